"""The door's flow: what a scan, Enter and Esc do at one session's door, on top of `Station.door`.

The path: `ScanInput.submitted` -> `DoorController.submit` (the search and Enter rules shared with the desk,
`StationController`) -> `DoorController.scan` -> `Door.enter` (or `Door.leave` in exit mode)
-> a `DoorVerdict` -> `verdicts.for_verdict` -> the banner, a sound, the offer (admit, override) and a
`counts` signal with the session's numbers. A guest who is not signed up here or finds the room full
stays pending, so that Enter or the offer's buttons act on them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from checkin.domain import DoorVerdict
from checkin.errors import UserError
from checkin.station import Station
from ui.door import verdicts
from ui.sound import Sounds
from ui.station.controller import StationController
from ui.widgets.banner import BannerView


class DoorController(StationController):
    offer = Signal(object)
    """The `verdicts.Offer` for the pending guest, or None when nothing awaits the staff."""
    counts = Signal(object)
    """The session's `SessionCounts` after a scan here or a write by another station."""

    def __init__(
        self, station: Station, session_id: int, sounds: Sounds, parent: QObject | None = None
    ) -> None:
        super().__init__(station, sounds, parent)
        self.session_id = session_id
        self.exit_mode = False
        self.pending: DoorVerdict | None = None

    # --- typing and scanning ------------------------------------------------------------------------------

    def _not_found(self) -> BannerView:
        return verdicts.not_found()

    def _choose_guest(self) -> BannerView:
        return verdicts.choose_guest()

    def scan(self, code_or_id: str | int) -> None:
        """Let the guest in (or, in exit mode, out), or say why not."""
        door, session_id = self.station.door, self.session_id
        if self.exit_mode:
            self._run(lambda: door.leave(code_or_id, session_id))
        else:
            self._run(lambda: door.enter(code_or_id, session_id))

    # --- the staff's answer to a pending guest ------------------------------------------------------------

    def admit(self) -> None:
        """Let a guest who is not signed up here in, recording the switch (they may then find it full)."""
        pending = self.pending
        if pending is not None and pending.attendee is not None:
            attendee_id = pending.attendee.id
            self._run(lambda: self.station.door.enter(attendee_id, self.session_id, admit=True))

    def override(self, reason: str) -> None:
        """Let a guest into a full session; the reason goes to the log."""
        pending = self.pending
        if pending is not None and pending.attendee is not None:
            attendee_id = pending.attendee.id
            self._run(
                lambda: self.station.door.enter(attendee_id, self.session_id, admit=True, override=reason)
            )

    def dismiss(self) -> None:
        """Esc, or "send to the right room": nothing is recorded and the door is ready for the next guest."""
        if self.pending is not None:
            self.banner_cleared()
            self.banner.emit(verdicts.idle(self.exit_mode))

    def banner_cleared(self) -> None:
        """Nobody answered for the guest held at the door: they are let go with nothing recorded, so that a
        stray Enter later cannot admit them."""
        self.pending = None
        self.offer.emit(None)

    def set_exit_mode(self, exit_mode: bool) -> None:
        self.exit_mode = exit_mode
        self.pending = None
        self.offer.emit(None)
        self.banner.emit(verdicts.idle(exit_mode))

    def refresh(self) -> None:
        """The session as stored now, with its numbers: another station may have written or edited it."""
        programme = self.station.programme
        try:
            self.counts.emit(programme.counts_of(programme.session(self.session_id)))
        except UserError as error:  # the session was removed from the programme meanwhile
            self._refused(error)

    def _run(self, action: Callable[[], DoorVerdict]) -> None:
        try:
            verdict = action()
        except UserError as error:
            self._refused(error)
            return
        offer = verdicts.offer(verdict)
        self.pending = verdict if offer is not None else None
        self._show(verdicts.for_verdict(verdict, self.station.event.days))
        self.offer.emit(offer)
        self.cleared.emit()
        self.counts.emit(verdict.counts)

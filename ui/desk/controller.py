"""The desk's flow: what a keystroke, Enter or a scan does, on top of `Station`.

The path a newcomer should read: `ScanInput.submitted` -> `DeskController.submit` -> `Station.check_in`
-> a `Verdict` -> `verdicts.for_verdict` -> the banner, a sound and a `changed` broadcast.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from checkin import codes
from checkin.domain import Attendee, Registrant, Verdict, VerdictKind
from checkin.errors import UserError
from checkin.station import SearchHit, Station
from ui import messages
from ui.desk import verdicts
from ui.desk.verdicts import BannerView
from ui.models import ResultsModel
from ui.sound import Sounds
from ui.theme import Tone


class DeskController(QObject):
    banner = Signal(object)
    """A `BannerView` to show."""
    select = Signal(int)
    """The result row to select (-1: none)."""
    changed = Signal(object)
    """Something was written: the record of what (a Verdict, an Undone, an Attendee)."""
    cleared = Signal()
    """The input should be emptied (after an action)."""

    def __init__(self, station: Station, sounds: Sounds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.sounds = sounds
        self.results = ResultsModel(self)
        self.last_check_in: Verdict | None = None
        self._query = ""

    # --- typing -------------------------------------------------------------------------------------------

    def search(self, text: str) -> None:
        self._query = text
        hits = self.station.search(text) if text.strip() else []
        self.results.set_hits(hits)
        self.select.emit(0 if hits and not hits[0].ambiguous else -1)

    def refresh(self, selected_row: int) -> None:
        """Search again (another desk wrote), keeping the same guest selected."""
        selected = self.results.hit(selected_row)
        hits = self.station.search(self._query) if self._query.strip() else []
        self.results.set_hits(hits)
        ids = [hit.attendee.id for hit in hits]
        self.select.emit(ids.index(selected.attendee.id) if selected and selected.attendee.id in ids else -1)

    def submit(self, text: str, selected_row: int) -> None:
        """Enter: a code checks its owner in; otherwise the selected result; a guest who shares a name or e-mail is never guessed."""
        # A 17-letter name typed by hand has the shape of a code too: only a valid code, or a code-shaped
        # string that matches nobody (a forged or foreign badge, shown red), is treated as a scan.
        if self.station.is_code(text) or (codes.looks_like_code(text) and self.results.rowCount() == 0):
            self._run(lambda: self.station.check_in(text))
            return
        hit = self.results.hit(selected_row)
        if hit is not None:
            self.check_in(hit.attendee.id)
        elif self.results.rowCount() == 0 and text.strip():
            self._show(verdicts.BannerView(
                Tone.ERROR, QCoreApplication.translate("desk", "No guest found"),
                details=[QCoreApplication.translate(
                    "desk", "Check the spelling, search by organisation, or register a walk-in (Ctrl+N).")],
            ))  # fmt: skip
        elif self.results.rowCount() > 0:
            self._show(verdicts.BannerView(
                Tone.WARN, QCoreApplication.translate("desk", "Choose the guest"),
                details=[QCoreApplication.translate(
                    "desk", "Several guests share this name: pick the right organisation with ↑ ↓, then Enter.")],
            ))  # fmt: skip

    # --- actions ------------------------------------------------------------------------------------------

    def check_in(self, attendee_id: int) -> None:
        self._run(lambda: self.station.check_in(attendee_id))

    def undo_last(self, reason: str) -> None:
        last = self.last_check_in
        if last is None or last.attendee is None:
            return
        try:
            undone = self.station.undo(last.attendee.id, reason, day=last.day)
        except UserError as error:
            self._show(verdicts.for_error(messages.describe(error)))
            return
        self.last_check_in = None
        self._show(verdicts.for_undo(undone))
        self.changed.emit(undone)

    def walk_in(self, person: Registrant) -> bool:
        return self._run(lambda: self.station.walk_in(person))

    def edit(self, attendee_id: int, changes: dict[str, str]) -> Attendee | None:
        try:
            edited = self.station.edit(attendee_id, changes, reason="desk")
        except UserError as error:
            self._show(verdicts.for_error(messages.describe(error)))
            return None
        self.changed.emit(edited)
        return edited

    def selected(self, row: int) -> SearchHit | None:
        return self.results.hit(row)

    def _run(self, action: object) -> bool:
        try:
            verdict: Verdict = action()  # type: ignore[operator]
        except UserError as error:
            self._show(verdicts.for_error(messages.describe(error)))
            return False
        if verdict.kind is VerdictKind.CHECKED_IN:
            self.last_check_in = verdict
        self._show(verdicts.for_verdict(verdict))
        self.cleared.emit()
        self.changed.emit(verdict)
        return verdict.kind is VerdictKind.CHECKED_IN

    def _show(self, view: BannerView) -> None:
        self.banner.emit(view)
        self.sounds.play(view.tone)

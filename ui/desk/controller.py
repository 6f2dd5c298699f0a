"""The desk's flow: what a keystroke, Enter or a scan does, on top of `Station`.

The path a newcomer should read: `ScanInput.submitted` -> `DeskController.submit` (the search and Enter
rules shared with the door, `StationController`) -> `DeskController.scan` -> `Station.check_in` -> a
`Verdict` -> `verdicts.for_verdict` -> the banner and a sound; the commit itself reaches every view as a
`Changes` record (`StationController.changed`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject

from checkin.domain import Attendee, CheckIn, Registrant, SessionCounts, Status, Verdict, VerdictKind
from checkin.errors import UserError
from checkin.programme.choices import ChoiceMade, WorkshopsAhead
from checkin.registrations import check_change
from checkin.replication.conflicts import ConflictWatch, check_ins
from checkin.station import Station
from ui import messages
from ui.desk import verdicts
from ui.desk.choices import MealChange
from ui.sound import Sounds
from ui.station.controller import StationController
from ui.widgets.banner import BannerView
from ui.widgets.theme import Tone

AskOverride = Callable[[str], str]
"""Shown why a full session refused the guest; returns the staff's reason to take them anyway ("" declines)."""
SHOWS_WORKSHOPS = (VerdictKind.CHECKED_IN, VerdictKind.ALREADY_CHECKED_IN)


class Declined(Exception):
    """The staff cancelled the reason a full session asked for: a refusal they chose, not one to show."""

    def __init__(self, refusal: UserError) -> None:
        super().__init__(str(refusal))
        self.refusal = refusal


class DeskController(StationController):
    def __init__(self, station: Station, sounds: Sounds, parent: QObject | None = None) -> None:
        super().__init__(station, sounds, parent)
        self.last_check_in: Verdict | None = None
        self.prints_badges = False
        """This desk prints a guest's first badge at check-in (the window's setting)."""
        self.last_guest: Attendee | None = None
        """The guest the banner is about: F6 and F7 act on them when no result is selected."""
        self.conflicts = ConflictWatch(station)

    # --- typing -------------------------------------------------------------------------------------------

    def refresh(self, selected_row: int) -> None:
        """Search again (another desk wrote), keeping the same guest selected."""
        selected = self.results.hit(selected_row)
        hits = self.station.search(self._query) if self._query.strip() else []
        self.results.set_hits(hits)
        ids = [hit.attendee.id for hit in hits]
        self.select.emit(ids.index(selected.attendee.id) if selected and selected.attendee.id in ids else -1)

    def scan(self, code_or_id: str | int) -> None:
        """Check in the owner of a code, or the guest chosen in the results."""
        self._run(lambda: self.station.check_in(code_or_id))

    def _not_found(self) -> BannerView:
        return BannerView(
            Tone.ERROR, QCoreApplication.translate("desk", "No guest found"),
            details=[QCoreApplication.translate(
                "desk", "Check the spelling, search by organisation, or register a walk-in (Ctrl+N).")],
        )  # fmt: skip

    def _choose_guest(self) -> BannerView:
        return BannerView(
            Tone.WARN, QCoreApplication.translate("desk", "Choose the guest"),
            details=[QCoreApplication.translate(
                "desk", "Several guests share this name: pick the right organisation with ↑ ↓, then Enter.")],
        )  # fmt: skip

    # --- actions ------------------------------------------------------------------------------------------

    def banner_cleared(self) -> None:
        self.last_guest = None

    def guest_to_undo(self, selected_row: int) -> tuple[Attendee, str] | None:
        """(guest, day) whose check-in Ctrl+Z takes back: the guest selected in the results (on the desk's
        day) when they are checked in, else this desk's last check-in."""
        hit = self.results.hit(selected_row)
        if hit is not None and hit.checked_in and self.station.day is not None:
            return hit.attendee, self.station.day
        last = self.last_check_in
        return (last.attendee, last.day) if last is not None and last.attendee is not None else None

    def undo(self, guest: Attendee, day: str, reason: str) -> None:
        try:
            undone = self.station.undo(guest.id, reason, day=day)
        except UserError as error:
            self._refused(error)
            return
        last = self.last_check_in
        if last is not None and last.attendee is not None and last.attendee.id == guest.id:
            self.last_check_in = None
        self._show(verdicts.for_undo(undone))
        self.cleared.emit()

    def walk_in(
        self, person: Registrant, workshops: Sequence[int], ask_override: AskOverride
    ) -> UserError | None:
        """Register and check in, then sign the new guest up for the workshops picked in the dialog.

        A workshop that filled up meanwhile asks for a reason; without one (or when the file cannot be
        written) the guest has no choice there: the banner says why and offers the workshops with seats left.
        Returns None once the guest is registered, else the core's refusal (no name, a mistyped e-mail),
        which the banner shows too: the window gives the form back with it, at the field to correct.
        """
        try:
            verdict = self.station.walk_in(person)
        except UserError as error:
            self._refused(error)
            return error
        assert verdict.attendee is not None  # a walk-in's verdict always carries the new guest
        refusals = []
        for session_id in workshops:
            try:
                self._choose(verdict.attendee.id, session_id, ask_override)
            except Declined as declined:  # the check-in stands; the banner says why the workshop did not
                refusals.append(messages.describe(declined.refusal))
            except UserError as error:
                refusals.append(messages.describe(error))
        self._announce(verdict, refusals)
        return None

    def edit(self, attendee_id: int, changes: dict[str, str]) -> UserError | None:
        """Returns None once saved, else the core's refusal, which the banner shows too: the window gives the
        form back with it, at the field to correct."""
        try:
            self.station.edit(attendee_id, changes, reason="desk")
        except UserError as error:
            self._refused(error)
            return error
        return None

    def guest_for_status(self, selected_row: int, status: Status) -> Attendee | None:
        """The guest whose registration Ctrl+Shift+X cancels (`status`) or Ctrl+Shift+R restores: the selected
        result, else the guest on the banner, as the file has them now. None when there is none or their
        registration has that status already: the banner then says so."""
        hit = self.results.hit(selected_row)
        chosen = hit.attendee if hit is not None else self.last_guest
        if chosen is None:
            self._show(verdicts.no_guest_for_status())
            return None
        try:
            guest = self.station.guest(chosen.id)
            check_change(guest, status)
        except UserError as error:
            self._refused(error)
            return None
        return guest

    def change_status(self, guest: Attendee, status: Status, reason: str) -> None:
        registrations = self.station.registrations
        change = registrations.cancel if status is Status.CANCELLED else registrations.restore
        try:
            changed = change(guest.id, reason)
        except UserError as error:
            self._refused(error)
            return
        self.last_guest = changed.attendee
        self._show(verdicts.for_status_change(changed))
        self.cleared.emit()

    def organiser_only(self) -> None:
        self._show(verdicts.organiser_only_status())

    def forget_guests(self) -> None:
        """After a purge or a restore: the guests kept for undo and F6/F7 may no longer be as they were."""
        self.last_check_in = None
        self.last_guest = None
        self.conflicts.restart()

    def show_conflicts(self) -> None:
        """Another station's rows (brought by sync) checked in a guest this station checked in too: the
        banner says so, without a sound (no scan happened here)."""
        conflicts = self.conflicts.new()
        if conflicts:
            self.last_guest = conflicts[0].attendee
            self.banner.emit(verdicts.for_conflicts(conflicts))

    # --- workshops and meals ------------------------------------------------------------------------------

    def guest_for_choices(self, selected_row: int) -> Attendee | None:
        """The selected result, else the guest on the banner; with neither, the banner says what to do."""
        hit = self.results.hit(selected_row)
        guest = hit.attendee if hit is not None else self.last_guest
        if guest is None:
            self._show(verdicts.no_guest_for_choices())
        return guest

    def options(self, guest: Attendee, *, workshops: bool) -> list[SessionCounts]:
        """The guest's workshops (or meals and the dinner) with seats left; the banner says when none."""
        options = [
            c for c in self.station.choices.options(guest) if bool(c.session.choice_group) == workshops
        ]
        if not options:
            self._show(verdicts.nothing_to_choose(guest, workshops))
        return options

    def signups(self, guest: Attendee) -> dict[int, str]:
        """Session id -> diet note of everything the guest is signed up for."""
        return {signup.session.id: signup.diet for signup in self.station.choices.of(guest.id)}

    def choose_workshop(self, guest: Attendee, session_id: int, ask_override: AskOverride) -> None:
        try:
            change = self._choose(guest.id, session_id, ask_override)
        except Declined:
            return  # the staff cancelled the reason for a full room: nothing changed, the banner stays
        except UserError as error:
            self._refused(error)
            return
        self.last_guest = change.attendee
        self._show(verdicts.for_choice(change))
        self.cleared.emit()

    def save_meals(self, guest: Attendee, changes: Sequence[MealChange], ask_override: AskOverride) -> None:
        """Each meal on its own: one refused (full, no reason given) does not undo the others."""
        refusals = []
        for change in changes:
            try:
                if change.wanted:
                    self._choose(guest.id, change.session.id, ask_override, diet=change.diet)
                else:
                    self.station.choices.withdraw(guest.id, change.session.id)
            except Declined:
                continue  # the staff cancelled the reason for this full meal: they chose not to
            except UserError as error:
                refusals.append(messages.describe(error))
        meals = [signup for signup in self.station.choices.of(guest.id) if not signup.session.choice_group]
        self.last_guest = guest
        self._show(verdicts.for_meals(guest, meals, refusals))
        self.cleared.emit()

    def _choose(
        self, attendee_id: int, session_id: int, ask_override: AskOverride, diet: str = ""
    ) -> ChoiceMade:
        """The core decides what is full (another desk may have taken the last seat since the list was shown);
        only then are the staff asked for a reason. Raises the refusal, or `Declined` when the staff cancelled
        the question."""
        try:
            change = self.station.choices.choose(attendee_id, session_id, diet=diet)
        except UserError as error:
            if error.code != "session_full":
                raise
            reason = ask_override(messages.describe(error))
            if not reason.strip():
                raise Declined(error) from error
            change = self.station.choices.choose(attendee_id, session_id, diet=diet, override=reason)
        return change

    def _badge(self, verdict: Verdict) -> verdicts.Badge:
        if verdict.kind is not VerdictKind.CHECKED_IN or verdict.attendee is None:
            return verdicts.Badge.PRINTED
        if not self.station.badges.needs_badge(verdict.attendee.id):
            return verdicts.Badge.PRINTED
        return verdicts.Badge.PRINTING if self.prints_badges else verdicts.Badge.NONE

    def _workshops(self, verdict: Verdict) -> WorkshopsAhead | None:
        guest = verdict.attendee
        if guest is None or verdict.kind not in SHOWS_WORKSHOPS:
            return None
        return self.station.choices.workshops_ahead(guest, verdict.day)

    def _also(self, verdict: Verdict) -> list[CheckIn]:
        """Besides the check-in that counts, those of stations that could not reach each other."""
        if verdict.kind is not VerdictKind.ALREADY_CHECKED_IN or verdict.attendee is None:
            return []
        rows = self.station.replica.standing_check_ins(verdict.attendee.id, verdict.day)
        return list(check_ins(rows[1:]))

    # --- showing ------------------------------------------------------------------------------------------

    def _run(self, action: Callable[[], Verdict]) -> None:
        try:
            verdict = action()
        except UserError as error:
            self._refused(error)
            return
        self._announce(verdict)

    def _announce(self, verdict: Verdict, refusals: Sequence[str] = ()) -> None:
        """The verdict on the banner (with the guest's workshops) and a sound."""
        if verdict.kind is VerdictKind.CHECKED_IN:
            self.last_check_in = verdict
        self.last_guest = verdict.attendee
        view = verdicts.for_verdict(
            verdict,
            self._workshops(verdict),
            refusals,
            self._also(verdict),
            self._badge(verdict),
            self.station.event.days,
        )
        self._show(view)
        self.cleared.emit()

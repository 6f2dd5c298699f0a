"""Cancelling a registration and restoring it (`station.registrations`), by hand or from an imported list.

A cancelled guest keeps their record, check-ins and sign-ups (the history stays), but is refused at the desk
and the doors, takes no seat in a workshop or meal count and drops off the attendance lists and expected
counts made afterwards. A restore brings all of it back, the sign-ups included, even where the room filled
meanwhile: the guest was promised the seat first, so they get it and the room shows over its capacity, which
the restore reports (`StatusChange.over_capacity`) for the organiser to sort out.

Cancelling and restoring by hand (a desk or the command line) is the organiser's. An imported list's status
column does the same, with one rule about who knows best: a status set by hand is newer knowledge than any
list, so an import changes only the status of guests whose latest status change (if any) was an import's.
A registration cancelled at the desk stays cancelled whatever a later list says, and one restored at the
desk stays registered; the import says so on that row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from checkin.domain import Attendee, SessionCounts, Status
from checkin.errors import UserError, required_reason
from checkin.importing.problems import RowProblem
from checkin.importing.status import ListedStatus
from checkin.log_kinds import LogKind
from checkin.station_part import StationPart

STATUS_KINDS = (LogKind.CANCEL, LogKind.RESTORE)
BY_IMPORT = "by_import"
"""The flag in the data of a status row an import wrote."""


@dataclass(frozen=True)
class StatusChange:
    """A registration cancelled or restored. `over_capacity`: after a restore, the sessions the guest's
    sign-ups (kept while cancelled) now fill beyond their seats."""

    attendee: Attendee
    over_capacity: tuple[SessionCounts, ...] = ()


@dataclass(frozen=True)
class ListedStatusReport:
    """What an import's status column did (or, in a dry run, would do)."""

    cancelled: int = 0
    restored: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    """Rows whose status stays as set by hand, and restores that put a room over its capacity."""


class Registrations(StationPart):
    """Cancel and restore registrations; organiser only."""

    def cancel(self, code_or_id: str | int, reason: str) -> StatusChange:
        """Cancel a registration; the reason is kept in the log. Raises `already_cancelled`."""
        return self._change(code_or_id, Status.CANCELLED, reason)

    def restore(self, code_or_id: str | int, reason: str) -> StatusChange:
        """Restore a cancelled registration with its sign-ups. Raises `not_cancelled`."""
        return self._change(code_or_id, Status.REGISTERED, reason)

    def _change(self, code_or_id: str | int, status: Status, reason: str) -> StatusChange:
        self._station.roles.require_organiser()
        reason = required_reason(reason)
        with self._storage.transaction():
            guest = self._station.guest(code_or_id)
            check_change(guest, status)
            self._write(guest.id, status, reason, {})
        after = self._station.guest(guest.id)
        return StatusChange(after, self._over_capacity(after.id) if status is Status.REGISTERED else ())

    def _write(self, attendee_id: int, status: Status, reason: str, data: Mapping[str, object]) -> None:
        kind = LogKind.CANCEL if status is Status.CANCELLED else LogKind.RESTORE
        self._storage.update_attendee(attendee_id, {"status": status.value})
        self._storage.append_log(
            kind, station=self._station.name, staff=self._station.staff, attendee_id=attendee_id,
            reason=reason, data=data,
        )  # fmt: skip

    def _over_capacity(self, attendee_id: int) -> tuple[SessionCounts, ...]:
        sessions = [s.session for s in self._station.choices.of(attendee_id) if s.session.needs_signup]
        counts = self._station.programme.counts(sessions) if sessions else []
        return tuple(c for c in counts if c.session.capacity is not None and c.signed_up > c.session.capacity)

    # --- an imported list's status column -----------------------------------------------------------------

    def apply_listed(
        self, listed: Iterable[tuple[int, int, ListedStatus]], reason: str, *, apply: bool
    ) -> ListedStatusReport:
        """(row, guest id, listed status) from an import ("import lista.xlsx", the `reason`), inside its
        transaction; `apply` False counts only (a dry run, where a guest the import would create has a
        negative id). See the module's rule."""
        wanted = [(row, guest_id, status) for row, guest_id, status in listed]
        known = self._storage.attendees_by_ids([guest_id for _, guest_id, _ in wanted if guest_id > 0])
        by_hand = self._set_by_hand(known)
        cancelled = restored = 0
        problems: list[RowProblem] = []
        for row, guest_id, status in wanted:
            guest = known.get(guest_id)
            current = guest.status if guest is not None else Status.REGISTERED
            if status.status is current:
                continue
            if guest is not None and guest_id in by_hand:
                problems.append(_kept(row, guest, status))
                continue
            if apply:
                self._write(guest_id, status.status, f"{reason}: {status.text}", {BY_IMPORT: True})
            if status.status is Status.CANCELLED:
                cancelled += 1
                continue
            restored += 1
            if apply and guest is not None:
                problems += [_over(row, guest, counts) for counts in self._over_capacity(guest_id)]
        return ListedStatusReport(cancelled, restored, problems)

    def _set_by_hand(self, guests: Mapping[int, Attendee]) -> set[int]:
        """Guests whose latest cancel or restore was made by hand (at a desk, on the command line)."""
        latest: dict[int, bool] = {}
        for row in self._storage.history(STATUS_KINDS, list(guests)):
            assert row.attendee_id is not None  # asked by guest
            latest[row.attendee_id] = not row.data.get(BY_IMPORT)
        return {guest_id for guest_id, by_hand in latest.items() if by_hand}


def check_change(guest: Attendee, status: Status) -> None:
    """Raises `already_cancelled` or `not_cancelled` when `guest` has `status` already: a desk asks before it
    asks for a reason."""
    if guest.status is not status:
        return
    if guest.status is Status.CANCELLED:
        raise UserError(
            "already_cancelled", "The registration of {name} is already cancelled.", name=guest.full_name
        )
    raise UserError(
        "not_cancelled", "The registration of {name} is not cancelled; there is nothing to restore.",
        name=guest.full_name,
    )  # fmt: skip


def _kept(row: int, guest: Attendee, listed: ListedStatus) -> RowProblem:
    code = "status_kept_cancelled" if guest.status is Status.CANCELLED else "status_kept_registered"
    return RowProblem(row, code, {"value": listed.text, "name": guest.full_name})


def _over(row: int, guest: Attendee, counts: SessionCounts) -> RowProblem:
    return RowProblem(row, "restored_over_capacity", {
        "name": guest.full_name, "title": counts.session.title, "signed_up": str(counts.signed_up),
        "capacity": str(counts.session.capacity),
    })  # fmt: skip

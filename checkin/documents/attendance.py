"""Who is on an attendance list (lista obecności), for a day or for one session, and its spreadsheet form.

An EU-funded project proves each participant's presence with a list they sign on the day, so a list holds
everyone who may come, not only those who came already: it is printed before the doors open and latecomers
sign it too. The organisers' auditors then compare it with the desk's record, which the spreadsheet form
carries as a time column.

- A day: every guest registered for that day (not cancelled), and anyone checked in that day whose
  registration was cancelled afterwards (they were there). The time is their check-in at the desk.
- A session that needs signing up (a workshop, a meal): the guests signed up for it, and anyone who
  entered it through its door (admitted without a seat, or cancelled since). A session open to all (a
  plenary): every guest registered for its day, and anyone who entered it. The time is their entry at the
  door (the latest one, after an exit and a return).

Rows are sorted by surname, then first name, in Polish alphabetical order (Ł after L, Ś after S).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checkin.collation import by_surname
from checkin.dates import clock
from checkin.documents.tables import Column, Table
from checkin.domain import Attendee, Session

if TYPE_CHECKING:
    from checkin.station import Station


@dataclass(frozen=True)
class AttendanceRow:
    """One person on a list; `present_at` is the log time of their check-in or entry (None: not yet)."""

    attendee: Attendee
    present_at: str | None = None

    @property
    def name(self) -> str:
        """First name then surname, as the list's "Imię i nazwisko" column reads; academic titles are left
        to the signature, as the project's participant records hold names only."""
        return " ".join(part for part in (self.attendee.first_name, self.attendee.last_name) if part)


@dataclass(frozen=True)
class AttendanceList:
    """A list's heading and rows: `day` is its ISO date, `session` None for the whole day's list."""

    event_name: str
    day: str
    session: Session | None
    rows: tuple[AttendanceRow, ...]
    place: str = ""
    """Where the list is signed (the venue and its town): a project's sign-in sheet names the place."""

    @property
    def time_header(self) -> str:
        return "Godzina rejestracji" if self.session is None else "Godzina wejścia"


def day_list(station: Station, day: str) -> AttendanceList:
    """Everyone registered for `day` (a date or a day number), and anyone checked in that day."""
    day = station.resolve_day(day)
    rows = (
        AttendanceRow(attendee, at)
        for attendee, at in station.storage.with_check_in(day)
        if at is not None or attendee.attends(day)
    )
    return AttendanceList(station.event.name, day, None, _sorted(rows), _place(station))


def session_list(station: Station, session_id: int) -> AttendanceList:
    """Those signed up for the session (or, open to all, registered for its day), and anyone who entered."""
    session = station.programme.session(session_id)
    day = station.programme.date_of(session)
    people = station.storage.with_entry(session.id, signed_up_only=session.needs_signup)
    rows = (AttendanceRow(attendee, at) for attendee, at in people if at is not None or attendee.attends(day))
    return AttendanceList(station.event.name, day, session, _sorted(rows), _place(station))


def _place(station: Station) -> str:
    """The venue, then its town unless the venue's address names the town already."""
    venue, town = station.event.venue.strip(), station.event.town.strip()
    if town and town.casefold() in venue.casefold():
        return venue
    return ", ".join(part for part in (venue, town) if part)


def _sorted(rows: Iterable[AttendanceRow]) -> tuple[AttendanceRow, ...]:
    return tuple(sorted(rows, key=lambda row: by_surname(row.attendee.last_name, row.attendee.first_name)))


def attendance_table(attendance: AttendanceList) -> Table:
    """The list as a spreadsheet: the same rows and numbers as the PDF, surname and first name apart (for
    sorting and mail merges), and the desk's or the door's time instead of a signature."""
    title = attendance.day if attendance.session is None else f"{attendance.day} {attendance.session.title}"
    columns = (
        Column("Lp.", 6), Column("Nazwisko", 24), Column("Imię", 18), Column("Instytucja", 50),
        Column(attendance.time_header, 12),
    )  # fmt: skip
    return Table(title, columns, _table_rows(attendance))


def _table_rows(attendance: AttendanceList) -> Iterator[tuple[int | str, ...]]:
    for number, row in enumerate(attendance.rows, start=1):
        person = row.attendee
        time = clock(row.present_at) if row.present_at else ""
        yield number, person.last_name, person.first_name, person.organisation, time

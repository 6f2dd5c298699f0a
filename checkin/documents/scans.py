"""The log of check-ins and door scans as a spreadsheet: who, when, which day, at which desk, by which staff
member, and what happened (a check-in, its undo, an entry to or exit from a session).

A check-in that was taken back stays in the list, marked as undone, and its undo follows as its own row
with the reason: the organisers' record of who came must show corrections, not hide them. Guests are named
as they are now (a corrected spelling shows everywhere); the session is named by its current title.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from checkin.dates import clock
from checkin.documents.tables import Column, Table
from checkin.log_kinds import LogKind
from checkin.storage.log import ScanRow

if TYPE_CHECKING:
    from checkin.station import Station

WHAT = {
    LogKind.CHECK_IN: "rejestracja",
    LogKind.UNDO: "cofnięcie rejestracji",
    LogKind.ENTRY: "wejście",
    LogKind.EXIT: "wyjście",
}
"""What each log kind is called in the sheet, in the desk's words ("Zarejestrowano" is a check-in)."""
COLUMNS = (
    Column("Data i godzina", 20), Column("Dzień", 11), Column("Zdarzenie", 20), Column("Sesja", 36),
    Column("Nazwisko", 22), Column("Imię", 16), Column("Instytucja", 36), Column("Kod", 19),
    Column("Stanowisko", 16), Column("Obsługa", 18), Column("Cofnięta", 9), Column("Powód", 30),
)  # fmt: skip


def scans_table(station: Station) -> Table:
    """Every check-in, undo, entry and exit of the event, in the order they were made (streamed)."""
    return Table("Rejestracje i wejścia", COLUMNS, _rows(station.storage.scans()))


def _rows(scans: Iterator[ScanRow]) -> Iterator[tuple[str, ...]]:
    for scan in scans:
        yield (
            clock(scan.at, "%Y-%m-%d %H:%M:%S"), scan.day, WHAT[LogKind(scan.kind)], scan.session,
            scan.last_name, scan.first_name, scan.organisation, scan.code, scan.station, scan.staff,
            "tak" if scan.undone else "", scan.reason,
        )  # fmt: skip

"""Guests checked in at this station and, while the stations could not reach each other, at another one.

Sync brings the other station's rows later; the core counts such a guest once and keeps both scans in the
history (`Replica.double_check_ins`). The desk tells its staff, who may have the guest in front of them: a
second badge handed over, or two people on one code. Only conflicts this station took part in are shown:
a third desk never saw the guest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from checkin.domain import Attendee, CheckIn
from checkin.station import Station
from checkin.storage.replication import HistoryRow


@dataclass(frozen=True)
class CheckInConflict:
    """A guest counted once although checked in at two (or more) stations on `day`, earliest first."""

    attendee: Attendee
    day: str
    check_ins: tuple[CheckIn, ...]


def check_ins(rows: Iterable[HistoryRow]) -> tuple[CheckIn, ...]:
    """`Replica.standing_check_ins` rows as the check-ins the banner shows (who, where, when)."""
    return tuple(CheckIn(row.at, row.station, row.staff) for row in rows)


class ConflictWatch:
    """Reads the log past the last row it looked at; cheap while no other station's row arrived."""

    def __init__(self, station: Station) -> None:
        self._station = station
        self._seen = station.storage.last_log_seq()
        self._shown: set[tuple[int, str, tuple[CheckIn, ...]]] = set()

    def restart(self) -> None:
        """After a purge or a restore rewrote the log: watch from its end as it is now."""
        self._seen = self._station.storage.last_log_seq()
        self._shown.clear()

    def new(self) -> list[CheckInConflict]:
        """Conflicts of this station that arrived since the last call (each reported once)."""
        station = self._station
        seq = station.storage.last_log_seq()
        if seq == self._seen:
            return []
        found = station.replica.double_check_ins(self._seen)
        self._seen = seq
        own = station.replica.origin
        conflicts = []
        for double in found:
            rows = station.replica.standing_check_ins(double.attendee_id, double.day)
            shown = check_ins(rows)
            key = (double.attendee_id, double.day, shown)
            guest = station.find(double.attendee_id)
            if len(rows) < 2 or not any(row.origin == own for row in rows) or key in self._shown or not guest:
                continue
            self._shown.add(key)
            conflicts.append(CheckInConflict(guest, double.day, shown))
        return conflicts

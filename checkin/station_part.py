"""The one shape of a station feature: a part of `Station`, reached as its attribute.

`station.roles`, `station.programme`, `station.choices`, `station.door`, `station.badges`, `station.exports`,
`station.privacy`, `station.backups`, `station.replica` and `station.registrations` each act for one
station: they read and write its event file, check its role, and log under its name and staff. A new
feature is a new part, made in `Station.__init__` (or on first use, as `badges` and `exports` are, when it
loads heavy libraries); what only follows the file for one view (`DashboardFeed`, `ConflictWatch`) is an
object that view keeps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from checkin.storage import Storage

if TYPE_CHECKING:
    from checkin.station import Station


class StationPart:
    """A part of one station's service API: it reads and writes that station's event file, and its log rows
    carry that station's name and staff (which may change at a shift change, so they are read each time)."""

    def __init__(self, station: Station) -> None:
        self._station = station

    @property
    def _storage(self) -> Storage:
        return self._station.storage

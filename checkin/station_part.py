"""What the Station's parts (the programme, the choices, the door) share: the station they act for."""

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

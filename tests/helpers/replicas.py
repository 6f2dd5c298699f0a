"""Stations of one event in one process, exchanging log rows the way the network service does."""

from __future__ import annotations

from pathlib import Path

from checkin.replication.replica import Received, Replica
from checkin.station import Station


def joined(original: Station, path: Path, name: str) -> Station:
    """A station that joined `original`'s event: a copy of its file, made a replica of its own."""
    original.replica.snapshot_to(path)
    Replica.adopt(path)
    return Station.open(path, name=name)


def pull(into: Station, source: Station, limit: int = 20_000) -> list[Received]:
    """Everything `into` lacks of what `source` holds, batch after batch."""
    results, more = [], True
    while more:
        rows, more = source.replica.entries_after(into.replica.version_vector(), limit)
        results.append(into.replica.receive(rows))
    return results


def exchange(*stations: Station) -> None:
    """Each station pulls from each other until all hold the same rows."""
    for _ in range(2):
        for into in stations:
            for source in stations:
                if source is not into:
                    pull(into, source)


def state(station: Station) -> dict[str, object]:
    """What a station shows, independent of local ids: guests by code."""
    storage = station.storage
    code = {a.id: a.code for a in storage.attendees()}
    return {
        "guests": sorted(
            (a.code, a.first_name, a.last_name, a.organisation, a.status.value) for a in storage.attendees()
        ),
        "check_ins": sorted(
            (code[g], day, storage.check_in_of(g, day)[1])
            for g, days in storage.checked_in_days().items()
            for day in days
        ),
        "signups": sorted((code[g], s) for g, s in storage.signups_in([s.id for s in storage.sessions()])),
        "entries": sorted(
            (code[g], s) for g, sessions in storage.entered_sessions().items() for s in sessions
        ),
        "sessions": sorted((s.id, s.title, s.room) for s in storage.sessions()),
        "log": sorted(row.uuid for row in storage.log_entries()),
    }

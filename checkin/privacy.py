"""Clearing the personal data of an event once it is over ("wyczyść dane osobowe"), keeping its numbers.

Cleared: every field of every guest except their category and days (names, titles, positions,
organisations, cities, e-mails, phones, notes, needs, registration ids, the typed workshop answer, the
columns kept from the import, consent answers, where the record came from), their codes (a printed badge
bears the name, so its code must not lead to the guest's check-ins), diet notes, the staff names and
free-text reasons in the log, check-ins and door entries, and every log row's data except ids and flags.
Kept: the programme, the desks' names, the rows themselves with their times, so the numbers stay the same:
registered, expected and checked in per day, by category, signed up, entered and in the room per session.

The file is then rewritten without free pages and its WAL emptied, so the cleared text survives nowhere in
it, and every backup is deleted (each holds what was cleared); a first snapshot of the cleared event
starts the backups again. There is no snapshot before the purge: it would keep exactly what the purge
must remove. Clearing is one transaction, so a failure there changes nothing; should compacting fail
afterwards (another program locking the file), purging again completes it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from checkin.backups import Reason
from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.log_kinds import LogKind
from checkin.station_part import StationPart
from checkin.text import fold

KEPT_FIELDS = ("category", "days")
"""What a guest's record keeps; every other field (and any field added later) is cleared."""
KEPT_LOG_KEYS = (
    "session", "previous", "left", "group", "admitted", "signups", "undoes", "also", "layout", "reprint",
    "sessions", "key", "value",
)  # fmt: skip
"""What log rows keep of their data: session and log ids (those replaying and the scans export read), flags,
the badge layout, the programme and the event settings (the venue, its town, the funding logos: nobody's
personal data). Diet notes go."""


@dataclass(frozen=True)
class Purged:
    """What a purge cleared. `wal_emptied` is False when another desk had the file open in the middle of
    a read: the WAL (which may still hold cleared text) is then emptied when the last desk closes it."""

    attendees: int
    log_rows: int
    backups_removed: int
    wal_emptied: bool


class Privacy(StationPart):
    """Clearing the event's personal data (`station.privacy`), on this station only."""

    def purge(self, confirm: str) -> Purged:
        """Clear the personal data (organiser only). `confirm` must be the event's name, as typed by a person
        (case, spaces and Polish letters aside): a script or a slip cannot purge by accident."""
        station = self._station
        station.roles.require_organiser()
        if not confirms(confirm, station.event.name):
            raise UserError(
                "purge_not_confirmed", "To clear all personal data, type the event's name: {name}.",
                name=station.event.name,
            )  # fmt: skip
        personal = [f.name for f in fields(Registrant) if f.name not in KEPT_FIELDS]
        storage = station.storage
        with storage.transaction():
            attendees, log_rows = storage.clear_personal_data(personal, KEPT_LOG_KEYS)
            storage.renew_generation()
            # Without the staff member's name either: after a purge, no name is left in the file.
            storage.append_log(LogKind.PURGE, station=station.name, staff="",
                               data={"attendees": attendees, "log_rows": log_rows})  # fmt: skip
        removed = station.backups.remove_all()
        emptied = storage.compact()  # before the snapshot: the backup API copies free pages too
        # Another desk's automatic snapshot may have started between the sweep and the compaction, copying the
        # cleared text from free pages: sweep again now that none is left to copy.
        removed += station.backups.remove_all()
        station.forget_cached()
        station.backups.snapshot(Reason.AFTER_PURGE)
        return Purged(attendees, log_rows, removed, emptied)


def confirms(typed: str, event_name: str) -> bool:
    """Whether `typed` is the event's name as `purge` takes it: case, spaces and Polish letters aside (a
    form may enable its button on this)."""
    folded = _folded(typed)
    return bool(folded) and folded == _folded(event_name)


def _folded(text: str) -> str:
    return " ".join(fold(text).split())

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
must remove.

Crash-safe as a whole: clearing is one transaction, which also marks the purge as pending in the file, so
a failure or a kill before its commit changes nothing. The mark is removed only once every copy is gone;
until then every station that opens the file finishes the purge first (`finish_pending`), whoever it is
(the clearing is done: what is left is removing copies of what it cleared), no snapshot is taken of the
file, and when removing fails the station refuses to open the event, saying what is left and what to do.
Other desks that have the file open drop what they cached: the clearing renews the file's generation.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields

from checkin.backups import Reason
from checkin.crash_points import crash_point
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
    a read: the WAL may still hold cleared text, so the purge stays pending, and the next station to open
    the file finishes it (SQLite also empties the WAL when the last desk closes the file)."""

    attendees: int
    log_rows: int
    backups_removed: int
    wal_emptied: bool


@dataclass(frozen=True)
class Finished:
    """What finishing a purge removed: backups and migration copies, and whether the WAL was emptied
    (False: the purge stays pending, and the next station to open the file tries again)."""

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
            storage.set_purge_pending(True)
        station.forget_cached()  # no cleared name may stay in this desk's search, even if finishing fails
        crash_point("purge-committed")
        finished = self.finish()
        return Purged(attendees, log_rows, finished.backups_removed, finished.wal_emptied)

    def finish_pending(self) -> None:
        """What a station does first when it opens the file: finish a purge still pending there (killed
        after its clearing, or whose removals failed). When that fails, the file is closed and the
        `purge_unfinished` UserError says what is left and what to do."""
        if not self._storage.purge_pending():
            return
        try:
            self.finish()
        except UserError:
            self._storage.close()
            raise

    def finish(self) -> Finished:
        """Remove every copy of what a committed clearing cleared, then unmark the purge. Anyone may: the
        clearing is done, and every step can be repeated (two stations may finish one purge at once)."""
        station, storage = self._station, self._storage
        try:
            removed = station.backups.remove_all()
            crash_point("purge-backups-removed")
            emptied = storage.compact()  # before the snapshot: the backup API copies free pages too
            # Another desk's snapshot may have begun before the compaction, copying the cleared text from
            # free pages: it ended before the WAL could be emptied, so it is on the disk now. Sweep again.
            removed += station.backups.remove_all()
            if emptied:
                with storage.transaction():
                    storage.set_purge_pending(False)
        except (OSError, sqlite3.Error, UserError) as error:
            raise UserError(
                "purge_unfinished", "The personal data of the event was cleared, but copies of it may be "
                "left in its backups or in the event file ({reason}). Close every other program and desk "
                "that has the event file or its backups open, check that the disk has space, then open the "
                "event again: that finishes the clearing.", reason=str(error),
            ) from error  # fmt: skip
        crash_point("purge-finished")
        if emptied:
            station.backups.snapshot(Reason.AFTER_PURGE)
        return Finished(removed, emptied)


def confirms(typed: str, event_name: str) -> bool:
    """Whether `typed` is the event's name as `purge` takes it: case, spaces and Polish letters aside (a
    form may enable its button on this)."""
    folded = _folded(typed)
    return bool(folded) and folded == _folded(event_name)


def _folded(text: str) -> str:
    return " ".join(fold(text).split())

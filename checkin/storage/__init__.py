"""The event database: one SQLite file per event. All SQL of the project lives in this package.

One function per question the rest of the code asks. Writes that belong together run inside
`transaction()`, which takes SQLite's write lock up front (BEGIN IMMEDIATE) so that two desk processes on
one file serialise instead of both deciding "not checked in yet".

`Storage` is the one object the rest of the code holds; its questions are grouped by what they are about:
`database` (opening, schema migrations, transactions, backups), `event` (the event's own row), `attendees`,
`log` (the append-only log and the check-ins), `imported` (what imports last read, from the log),
`numbers` (counts), `programme` (sessions), `organiser` (the organiser's PIN), `privacy` (clearing personal
data), `replication` (this file as one replica of the event among the stations), `searching` (the
search index kept in the file, by `search_words`) and `snapshot_counts` (the numbers a backup holds).
"""

from __future__ import annotations

from checkin.storage.attendees import AttendeeRows
from checkin.storage.database import (
    NotAnEventFileError,
    SchemaTooNewError,
    busy_timeout_s,
    place_new_event,
)
from checkin.storage.event import EventRow
from checkin.storage.imported import ImportedRows
from checkin.storage.log import LogEntry, now
from checkin.storage.numbers import Numbers
from checkin.storage.organiser import OrganiserRows, StoredPin
from checkin.storage.privacy import PrivacyRows
from checkin.storage.programme import ProgrammeRows
from checkin.storage.replication import ReplicaRows
from checkin.storage.searching import SearchRows
from checkin.storage.snapshot_counts import SnapshotCountRows

__all__ = [
    "LogEntry",
    "NotAnEventFileError",
    "SchemaTooNewError",
    "Storage",
    "StoredPin",
    "busy_timeout_s",
    "now",
    "place_new_event",
]


class Storage(
    EventRow,
    AttendeeRows,
    ImportedRows,
    Numbers,
    ProgrammeRows,
    OrganiserRows,
    PrivacyRows,
    ReplicaRows,
    SearchRows,
    SnapshotCountRows,
):
    """An open event database."""

"""The event database: one SQLite file per event. All SQL of the project lives here.

One function per question the rest of the code asks. Writes that belong together run inside
`transaction()`, which takes SQLite's write lock up front (BEGIN IMMEDIATE) so that two desk processes on
one file serialise instead of both deciding "not checked in yet".
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

import sqlite_utils

from checkin.domain import DEFAULT_CATEGORY, Attendee, CheckIn, Event, Registrant, Session, Status
from checkin.errors import UserError
from checkin.migrations import MIGRATIONS

BUSY_TIMEOUT_S = 5.0
"""How long a writer waits for another desk's transaction on the same file before giving up. Desk
transactions last milliseconds; a longer wait means something else holds the file, and the desk must say so
rather than freeze. `CHECKIN_BUSY_TIMEOUT_S` overrides it (tests, slow network drives)."""


def busy_timeout_s() -> float:
    try:
        return float(os.environ.get("CHECKIN_BUSY_TIMEOUT_S", BUSY_TIMEOUT_S))
    except ValueError:
        return BUSY_TIMEOUT_S


CACHE_KIB = 64 * 1024
INSERT_CHUNK = 5000
"""Page cache per connection: a 100,000-row import updates random-keyed indexes (codes, uuids).
With the default 2 MB cache that thrashes; 64 MB keeps it in memory."""

ATTENDEE_CHANGES = ("register", "walk_in", "edit", "cancel", "restore")
"""Log kinds that change what search shows, so an index can follow another process's writes."""

_REGISTRANT_FIELDS = tuple(f.name for f in fields(Registrant))
_BOOL_FIELDS = ("consent_data", "consent_image")
_CONVERTED = ("days", "extra", *_BOOL_FIELDS)
_ATTENDEE_COLUMNS = ("id", "code", "status", *_REGISTRANT_FIELDS)


class SchemaTooNewError(Exception):
    """The file was written by a newer version of the app; opening it could lose data."""


class NotAnEventFileError(Exception):
    """The file is not an event database (or no event was created in it)."""


@dataclass(frozen=True)
class LogEntry:
    seq: int
    uuid: str
    kind: str
    attendee_id: int | None
    day: str | None
    station: str
    staff: str
    at: str
    reason: str
    data: Mapping[str, object]


@dataclass(frozen=True)
class SearchRow:
    """What the search index needs of an attendee, without the rest of the record."""

    id: int
    code: str
    first_name: str
    last_name: str
    organisation: str
    city: str
    email: str


def now() -> str:
    """Wall-clock time with the local offset, to the millisecond: the log's `at`."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def _column_value(name: str, value: object) -> object:
    if name == "days":
        return json.dumps(list(value)) if value else "[]"  # type: ignore[call-overload]
    if name == "extra":
        return json.dumps(dict(value), ensure_ascii=False) if value else "{}"  # type: ignore[call-overload]
    if name in _BOOL_FIELDS:
        return None if value is None else int(bool(value))
    return value


def _registrant_columns(person: Registrant) -> dict[str, object]:
    columns = {name: getattr(person, name) for name in _REGISTRANT_FIELDS}
    columns["category"] = columns["category"] or DEFAULT_CATEGORY
    for name in _CONVERTED:
        columns[name] = _column_value(name, columns[name])
    return columns


def _attendee(row: sqlite3.Row) -> Attendee:
    values: dict[str, object] = {}
    for name in _ATTENDEE_COLUMNS:
        value = row[name]
        if name == "days":
            value = tuple(json.loads(value))
        elif name == "extra":
            value = json.loads(value)
        elif name in _BOOL_FIELDS:
            value = None if value is None else bool(value)
        elif name == "status":
            value = Status(value)
        values[name] = value
    return Attendee(**values)  # type: ignore[arg-type]


class Storage:
    """An open event database."""

    def __init__(self, path: Path, *, create: bool = False) -> None:
        """Open an event file; with `create`, make a new one (the file must not hold anything else).

        Opening never writes into a file that is not already an event database: a wrong file chosen in a
        dialog stays exactly as it was.
        """
        self.path = path
        mode = "rwc" if create else "rw"
        try:
            conn = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=busy_timeout_s()
            )
        except sqlite3.OperationalError as error:
            if path.exists():
                raise  # a real file we may not open (permissions, a folder): say that, not "wrong file"
            raise NotAnEventFileError(str(path)) from error
        conn.row_factory = sqlite3.Row
        self.db = sqlite_utils.Database(conn)
        self._check_is_event_file(create)
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = FULL")
        self.db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        self._migrate()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    def _check_is_event_file(self, create: bool) -> None:
        """Refuse, before writing anything, a file that is not SQLite or is some other program's database."""
        try:
            tables = {
                row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
        except sqlite3.DatabaseError as error:
            self.db.close()
            raise NotAnEventFileError(str(self.path)) from error
        if "schema_version" not in tables and (tables or not create):
            self.db.close()
            raise NotAnEventFileError(str(self.path))

    # --- schema -------------------------------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.db["schema_version"].exists():
            return 0
        row = self.db.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        current = self.schema_version()
        if current > len(MIGRATIONS):
            self.db.close()
            raise SchemaTooNewError(f"{self.path}: schema {current}, this app knows {len(MIGRATIONS)}")
        if current == len(MIGRATIONS):
            return
        if current > 0:
            self.backup(self.path.with_name(f"{self.path.stem}.before-schema-{current + 1}.sqlite"))
        for version in range(current + 1, len(MIGRATIONS) + 1):
            with self.transaction():
                if self.schema_version() >= version:
                    continue  # another desk opening the same file migrated it while we waited for the lock
                for statement in _statements(MIGRATIONS[version - 1]):
                    self.conn.execute(statement)
                self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                self.conn.execute("DELETE FROM schema_version")
                self.conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def backup(self, target: Path) -> None:
        """A consistent snapshot through SQLite's backup API, safe while other desks write."""
        destination = sqlite3.connect(target)
        try:
            self.conn.backup(destination)
        finally:
            destination.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: everything inside commits together or not at all.

        A file that cannot be written (locked by another program past the busy timeout, read-only, disk
        full) raises `UserError("not_saved")`: nothing was saved, and the caller says so.
        """
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            yield
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError):
                raise UserError(
                    "not_saved", "The event file could not be written ({reason}); nothing was saved.",
                    reason=str(error),
                ) from error  # fmt: skip
            raise

    def data_version(self) -> int:
        """Changes whenever another connection commits to this file: a cheap "anything new?" probe."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    # --- event --------------------------------------------------------------------------------------------

    def create_event(self, event: Event) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO event (id, name, venue, days, secret, settings, created_at)"
                " VALUES (1, ?, ?, ?, ?, ?, ?)",
                (
                    event.name,
                    event.venue,
                    json.dumps(list(event.days)),
                    event.secret,
                    json.dumps(dict(event.settings), ensure_ascii=False),
                    now(),
                ),
            )

    def event(self) -> Event:
        row = self.db.execute("SELECT name, venue, days, secret, settings FROM event WHERE id = 1").fetchone()
        if row is None:
            raise NotAnEventFileError(str(self.path))
        return Event(row[0], row[1], tuple(json.loads(row[2])), bytes(row[3]), json.loads(row[4]))

    def has_event(self) -> bool:
        return self.db.execute("SELECT 1 FROM event WHERE id = 1").fetchone() is not None

    # --- attendees ----------------------------------------------------------------------------------------

    def attendee_by_code(self, code: str) -> Attendee | None:
        row = self.db.execute("SELECT * FROM attendees WHERE code = ?", (code,)).fetchone()
        return _attendee(row) if row else None

    def attendee_by_id(self, attendee_id: int) -> Attendee | None:
        row = self.db.execute("SELECT * FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
        return _attendee(row) if row else None

    def attendees_by_ids(self, ids: Sequence[int]) -> dict[int, Attendee]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(f"SELECT * FROM attendees WHERE id IN ({marks})", list(ids))
        return {row["id"]: _attendee(row) for row in rows}

    def attendees(self) -> Iterator[Attendee]:
        for row in self.db.execute("SELECT * FROM attendees ORDER BY id"):
            yield _attendee(row)

    def search_rows(self, ids: Iterable[int] | None = None) -> Iterator[SearchRow]:
        sql = "SELECT id, code, first_name, last_name, organisation, city, email FROM attendees"
        if ids is None:
            cursor = self.db.execute(sql)
        else:
            wanted = list(ids)
            cursor = self.db.execute(f"{sql} WHERE id IN ({','.join('?' * len(wanted))})", wanted)
        for row in cursor:
            yield SearchRow(*row)

    def insert_attendees(
        self, people: Sequence[tuple[Registrant, str]], *, kind: str, station: str, staff: str, reason: str
    ) -> list[int]:
        """Insert (registrant, code) pairs and one `kind` log row each, carrying the whole record.

        Inside the caller's transaction, whose write lock makes `max(id) + 1` ours to hand out. Rows are
        built a chunk at a time so a 100,000-person import does not hold them all at once.
        """
        first_id = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM attendees").fetchone()[0])
        names = ("id", "uid", "code", *_REGISTRANT_FIELDS)
        sql = f"INSERT INTO attendees ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        for start in range(0, len(people), INSERT_CHUNK):
            records = [
                {"id": first_id + start + offset, "uid": uuid.uuid4().hex, "code": code,
                 **_registrant_columns(person)}
                for offset, (person, code) in enumerate(people[start : start + INSERT_CHUNK])
            ]  # fmt: skip
            self.conn.executemany(sql, (tuple(record.values()) for record in records))
            self.append_log_many(
                ((kind, record["id"], record) for record in records),
                station=station,
                staff=staff,
                reason=reason,
            )
        return list(range(first_id, first_id + len(people)))

    def update_attendee(self, attendee_id: int, changes: Mapping[str, object]) -> None:
        """Set the given registrant fields (or `status`); inside the caller's transaction."""
        allowed = set(_REGISTRANT_FIELDS) | {"status"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"not attendee fields: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in changes)
        values = [_column_value(name, value) for name, value in changes.items()]
        self.conn.execute(f"UPDATE attendees SET {assignments} WHERE id = ?", (*values, attendee_id))

    def identity_keys(self) -> Iterator[tuple[int, str, str, str, str, str]]:
        """(id, registration_id, email, first_name, last_name, organisation) of everyone: import matching."""
        yield from self.db.execute(
            "SELECT id, registration_id, email, first_name, last_name, organisation FROM attendees"
        )

    def codes(self) -> set[str]:
        return {row[0] for row in self.db.execute("SELECT code FROM attendees")}

    # --- log and check-ins --------------------------------------------------------------------------------

    def append_log(
        self,
        kind: str,
        *,
        station: str,
        staff: str,
        attendee_id: int | None = None,
        day: str | None = None,
        reason: str = "",
        data: Mapping[str, object] | None = None,
        at: str | None = None,
    ) -> tuple[str, str]:
        """Append one log row inside the caller's transaction; returns its (uuid, at)."""
        entry_uuid, when = uuid.uuid4().hex, at or now()
        self.conn.execute(
            "INSERT INTO log (uuid, kind, attendee_id, day, station, staff, at, reason, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry_uuid,
                kind,
                attendee_id,
                day,
                station,
                staff,
                when,
                reason,
                json.dumps(dict(data or {}), ensure_ascii=False, default=list),
            ),
        )
        return entry_uuid, when

    def append_log_many(
        self, rows: Iterable[tuple[str, int, Mapping[str, object]]], *, station: str, staff: str, reason: str
    ) -> None:
        """Bulk (kind, attendee_id, data) rows for an import, all stamped with one time."""
        when = now()
        self.conn.executemany(
            "INSERT INTO log (uuid, kind, attendee_id, day, station, staff, at, reason, data)"
            " VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?)",
            (
                (
                    uuid.uuid4().hex,
                    kind,
                    attendee_id,
                    station,
                    staff,
                    when,
                    reason,
                    json.dumps(dict(data), ensure_ascii=False, default=list),
                )
                for kind, attendee_id, data in rows
            ),
        )

    def log_entries(self, after_seq: int = 0, attendee_id: int | None = None) -> list[LogEntry]:
        sql = "SELECT * FROM log WHERE seq > ?"
        params: list[object] = [after_seq]
        if attendee_id is not None:
            sql += " AND attendee_id = ?"
            params.append(attendee_id)
        rows = self.db.execute(sql + " ORDER BY seq", params)
        return [
            LogEntry(
                r["seq"],
                r["uuid"],
                r["kind"],
                r["attendee_id"],
                r["day"],
                r["station"],
                r["staff"],
                r["at"],
                r["reason"],
                json.loads(r["data"]),
            )
            for r in rows
        ]

    def last_log_seq(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(seq), 0) FROM log").fetchone()[0])

    def last_attendee_change(self) -> int:
        """The log position of the newest change to any guest record (0: none); cheap (an index lookup)."""
        marks = ",".join("?" * len(ATTENDEE_CHANGES))
        row = self.db.execute(
            f"SELECT coalesce(max(seq), 0) FROM log WHERE kind IN ({marks})", ATTENDEE_CHANGES
        )
        return int(row.fetchone()[0])

    def attendees_changed_since(self, seq: int) -> set[int]:
        marks = ",".join("?" * len(ATTENDEE_CHANGES))
        rows = self.db.execute(
            f"SELECT DISTINCT attendee_id FROM log WHERE seq > ? AND kind IN ({marks})",
            (seq, *ATTENDEE_CHANGES),
        )
        return {row[0] for row in rows if row[0] is not None}

    def check_in_of(self, attendee_id: int, day: str) -> tuple[str, CheckIn] | None:
        """The current check-in of a guest on a day, with the uuid of its log row."""
        row = self.db.execute(
            "SELECT log_uuid, at, station, staff FROM checkins WHERE attendee_id = ? AND day = ?",
            (attendee_id, day),
        ).fetchone()
        return (row[0], CheckIn(row[1], row[2], row[3])) if row else None

    def add_check_in(self, attendee_id: int, day: str, log_uuid: str, check_in: CheckIn) -> None:
        self.conn.execute(
            "INSERT INTO checkins (attendee_id, day, log_uuid, at, station, staff) VALUES (?, ?, ?, ?, ?, ?)",
            (attendee_id, day, log_uuid, check_in.at, check_in.station, check_in.staff),
        )

    def remove_check_in(self, attendee_id: int, day: str) -> None:
        self.conn.execute("DELETE FROM checkins WHERE attendee_id = ? AND day = ?", (attendee_id, day))

    def checked_in_among(self, ids: Sequence[int], day: str) -> set[int]:
        if not ids:
            return set()
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT attendee_id FROM checkins WHERE day = ? AND attendee_id IN ({marks})", (day, *ids)
        )
        return {row[0] for row in rows}

    # --- numbers ------------------------------------------------------------------------------------------

    def registered_count(self) -> int:
        return int(
            self.db.execute("SELECT count(*) FROM attendees WHERE status = 'registered'").fetchone()[0]
        )

    def checked_in_count(self, day: str) -> int:
        return int(self.db.execute("SELECT count(*) FROM checkins WHERE day = ?", (day,)).fetchone()[0])

    def checked_in_by_day(self) -> dict[str, int]:
        rows = self.db.execute("SELECT day, count(*) FROM checkins GROUP BY day ORDER BY day")
        return {row[0]: row[1] for row in rows}

    def registered_by_category(self) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT category, count(*) FROM attendees WHERE status = 'registered' GROUP BY category"
        )
        return {row[0]: row[1] for row in rows}

    def expected_on(self, day: str) -> int:
        """Registered guests who attend `day` (an empty day list means every day)."""
        row = self.db.execute(
            "SELECT count(*) FROM attendees WHERE status = 'registered'"
            " AND (days = '[]' OR EXISTS (SELECT 1 FROM json_each(attendees.days) WHERE value = ?))",
            (day,),
        ).fetchone()
        return int(row[0])

    def ids_matching_like(self, pattern: str, limit: int) -> list[int]:
        """The naive search a spreadsheet user would write; only the benchmark's baseline uses it."""
        like = f"%{pattern}%"
        rows = self.db.execute(
            "SELECT id FROM attendees WHERE first_name LIKE ?1 OR last_name LIKE ?1 OR organisation LIKE ?1"
            " OR city LIKE ?1 OR email LIKE ?1 ORDER BY last_name, first_name LIMIT ?2",
            (like, limit),
        )
        return [row[0] for row in rows]

    # --- programme ----------------------------------------------------------------------------------------

    def replace_sessions(self, sessions: Iterable[Session]) -> None:
        """Inside the caller's transaction."""
        self.conn.execute("DELETE FROM sessions")
        self.conn.executemany(
            'INSERT INTO sessions (day, start, "end", title, room, kind, speakers, capacity, choice_group)'
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (s.day, s.start, s.end, s.title, s.room, s.kind, s.speakers, s.capacity, s.choice_group)
                for s in sessions
            ),
        )

    def sessions(self) -> list[Session]:
        rows = self.db.execute("SELECT * FROM sessions ORDER BY day, start, id")
        return [
            Session(
                id=r["id"],
                day=r["day"],
                start=r["start"],
                end=r["end"],
                title=r["title"],
                room=r["room"],
                kind=r["kind"],
                speakers=r["speakers"],
                capacity=r["capacity"],
                choice_group=r["choice_group"],
            )
            for r in rows
        ]


def _statements(script: str) -> list[str]:
    """Split a migration into statements; `sqlite3.complete_statement` keeps trigger bodies whole."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]

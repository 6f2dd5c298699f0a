"""The event file itself: opening it (and refusing what is not ours), WAL and the other pragmas, the schema
migrations, transactions and backups. The row-level questions build on this in the sibling modules.
"""

from __future__ import annotations

import glob
import os
import sqlite3
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import sqlite_utils

from checkin.changes import Changes
from checkin.errors import NotAnEventFileError, SchemaTooNewError, UserError
from checkin.file_troubles import content_refusal, opening_refusal, refuse_unusable, writing_refusal
from checkin.open_events import SIDE_FILES, hold, identity, release
from checkin.private_files import make_private
from checkin.storage.migrations import MIGRATIONS, Migration

BUSY_TIMEOUT_S = 5.0
"""How long a writer waits for another desk's transaction on the same file before giving up. Desk
transactions last milliseconds; a longer wait means something else holds the file, and the desk must say so
rather than freeze. `CHECKIN_BUSY_TIMEOUT_S` overrides it (tests, slow network drives)."""


def busy_timeout_s() -> float:
    try:
        return float(os.environ.get("CHECKIN_BUSY_TIMEOUT_S", BUSY_TIMEOUT_S))
    except ValueError:
        return BUSY_TIMEOUT_S


ID_CHUNK = 10_000
"""Ids per `IN (...)` question (see `Database.in_chunks`)."""

Key = TypeVar("Key", int, str)
"""What `in_chunks` looks rows up by: ids and log positions, or codes and uuids."""

CACHE_KIB = 64 * 1024
"""Page cache per connection: a 100,000-row import updates random-keyed indexes (codes, uuids).
With the default 2 MB cache that thrashes; 64 MB keeps it in memory."""
DEFERRED_INDEXES = ("search_guests_order", "attendees_email", "attendees_registration_id")
"""Indexes no query of an import reads, and that it fills in no order (sort keys, e-mails, the list's
registration numbers): a bulk import builds them at its end (`indexes_deferred`). Those of statuses,
sessions and log kinds stay: a list's status column restoring a guest counts a session's sign-ups by them,
and they are filled nearly in order anyway."""
CACHE_BYTES_PER_GUEST = 256
"""Past 250,000 guests the cache grows with the event (`fit_cache`): the indexes that take keys in no order
(codes, e-mails, the search's sort keys and words) hold about this much per guest. A million-guest import
in a 64 MB cache read and wrote their pages out and in again all along: 146 s of CPU and 23 s of system
time, against 127 and 15 with the cache sized (same peak memory, 441 MB)."""


@dataclass(frozen=True)
class SnapshotInfo:
    """What a backup decision needs to know of an event file, read without opening it as an event."""

    schema_version: int
    secret: bytes
    """The event's code secret: a file with another secret is another event's."""
    last_change: str
    """The uuid of the newest log row ('' when there is none): equal means nothing changed."""
    purge_pending: bool
    """A purge cleared the rows, but copies of what it cleared may be left (see checkin/privacy.py)."""


def refuse_existing_event(path: Path) -> None:
    """A new event goes only where no file with content is, nor an event's side files: never over an event
    another desk may have open, and never beside a log SQLite would replay into the new file. A folder is
    no event: `checkin.output_files` names it as a folder."""
    sides = [path.with_name(path.name + end) for end in SIDE_FILES]
    if (path.is_file() and path.stat().st_size > 0) or any(side.exists() for side in sides):
        raise _event_exists(path)


def _event_exists(path: Path) -> UserError:
    return UserError(
        "event_exists", "{path} already holds an event; choose another file name.", path=str(path)
    )


def place_new_event(finished: Path, path: Path) -> None:
    """Move a finished, closed new event file to `path`, never over an existing one.

    A desk that has `path` open keeps writing into the file it opened; a file moved over it would leave
    every such desk writing into a deleted file while the path shows another event. The hard link fails
    when `path` exists, at once and whatever another process does meanwhile; a file system without hard
    links (a FAT-formatted USB stick) gets the check and the rename.
    """
    refuse_existing_event(path)
    path.unlink(missing_ok=True)  # an empty file, as a file dialog may leave
    try:
        os.link(finished, path)
    except FileExistsError:  # made meanwhile, by another desk
        raise _event_exists(path) from None
    except OSError:
        os.replace(finished, path)
        return
    with suppress(OSError):  # in place already; a virus scanner holding the old name leaves it behind
        finished.unlink()


def migration_backup(path: Path, version: int) -> Path:
    """Where the copy taken before migration `version` goes: beside the event file."""
    return path.with_name(f"{path.stem}.before-schema-{version}.sqlite")


def migration_backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{glob.escape(path.stem)}.before-schema-*.sqlite"))


def _read_only(path: Path) -> sqlite3.Connection:
    """Never writes the database at `path`, nor creates it: a snapshot or a look at a backup changes no
    event file."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=busy_timeout_s())


def _connect(path: Path, create: bool) -> sqlite3.Connection:
    refuse_unusable(path)
    mode = "rwc" if create else "rw"
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=busy_timeout_s())
    except (sqlite3.Error, OSError) as error:
        raise opening_refusal(error, path) from error


def _scratch_copy(source: Path) -> sqlite3.Connection:
    """A connection to a copy of `source` in SQLite's nameless temporary file (the empty file name)."""
    conn = sqlite3.connect("", timeout=busy_timeout_s())
    try:
        with closing(_read_only(source)) as connection:
            connection.backup(conn)
    except sqlite3.DatabaseError as error:
        conn.close()
        raise NotAnEventFileError(str(source)) from error
    return conn


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy through SQLite's backup API, safe while other desks write. The copy is switched
    out of WAL mode, so it is one self-contained file (no -wal or -shm beside it)."""
    with closing(sqlite3.connect(target)) as destination:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")


def snapshot_file(source: Path, target: Path) -> None:
    """`copy_database` through a connection of its own: callable from any thread, e.g. a desk's timer."""
    with closing(_read_only(source)) as connection:
        copy_database(connection, target)


def snapshot_info(path: Path) -> SnapshotInfo:
    """Raises NotAnEventFileError for a file that is not an event database."""
    try:
        with closing(_read_only(path)) as connection:
            version = connection.execute("SELECT version FROM schema_version").fetchone()
            secret = connection.execute("SELECT secret FROM event WHERE id = 1").fetchone()
            last = connection.execute("SELECT uuid FROM log ORDER BY seq DESC LIMIT 1").fetchone()
            event_columns = {row[1] for row in connection.execute("PRAGMA table_info(event)")}
            pending = "purge_pending" in event_columns and bool(  # not in a backup of an older version
                connection.execute("SELECT max(purge_pending) FROM event").fetchone()[0]
            )
    except sqlite3.DatabaseError as error:
        raise NotAnEventFileError(str(path)) from error
    if version is None or secret is None:
        raise NotAnEventFileError(str(path))
    return SnapshotInfo(int(version[0]), bytes(secret[0]), last[0] if last else "", pending)


class Database:
    """An open event file: the connection, its schema and its transactions."""

    def __init__(self, path: Path, *, create: bool = False, scratch: bool = False) -> None:
        """Open an event file; with `create`, make a new one (the file must not hold anything else); with
        `scratch`, a copy of it to change before it replaces an event file's content (`restore_from`).

        Opening never writes into a file that is not already an event database: a wrong file chosen in a
        dialog stays exactly as it was.

        A scratch copy lives in a temporary file of SQLite's own, which has no name in any folder (unlinked
        as soon as it is made on POSIX, deleted when closed on Windows, even by a killed process): no copy
        of the event is left behind, whatever moment the process is killed at. It is migrated like any file
        opened, without a copy before migrating (the file it copies is that copy).

        A file that cannot be used raises a `UserError` saying why (a full disk, a read-only file, a
        lock, a file of another program...: see `checkin.file_troubles`).
        """
        self.path = path
        self.on_commit: Callable[[Changes], None] | None = None
        """Told what each committed `transaction` appended to the log (the station sets it)."""
        self._scratch = scratch
        conn = _scratch_copy(path) if scratch else _connect(path, create)
        conn.row_factory = sqlite3.Row
        if not scratch:
            for file in (path, *(path.with_name(path.name + end) for end in SIDE_FILES)):
                make_private(file)  # made by an older version, or by a process with a looser umask
        self._identity = identity(path)
        """The file this connection has open: another program may move or delete what `path` names."""
        self.db = sqlite_utils.Database(conn)
        try:
            self._prepare(create)
        except (sqlite3.Error, OSError) as error:
            self.db.close()
            raise opening_refusal(error, path) from error
        except BaseException:
            self.db.close()
            raise
        # Nothing but SQLite opens the file here from now on (`checkin.open_events`), until this closes
        # or, left unclosed, is collected: while it lives its file stays allocated, and no other file
        # can take its number.
        held = None if scratch else self._identity
        self._release = weakref.finalize(self, release, held)
        hold(held)

    def _prepare(self, create: bool) -> None:
        """Check the file is ours, set the pragmas and migrate: each may meet a full disk or a lock."""
        self._check_is_event_file(create)
        self.db.execute("PRAGMA journal_mode = WAL")  # not for a scratch copy: a temporary file has no WAL
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA synchronous = FULL")
        self.fit_cache(0)
        self._migrate()
        self.fit_cache(int(self.db.execute("SELECT coalesce(max(id), 0) FROM attendees").fetchone()[0]))

    def fit_cache(self, guests: int) -> None:
        """A page cache for an event of `guests` (an import calls it as the event grows): the pages are only
        taken as read or written, and given back when the cache is made smaller."""
        kib = max(CACHE_KIB, guests * CACHE_BYTES_PER_GUEST // 1024)
        self.db.execute(f"PRAGMA cache_size = -{kib}")

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()
        self._release()  # once: a second close releases nothing

    def _check_is_event_file(self, create: bool) -> None:
        """Refuse, before writing anything, a file that is not SQLite or is some other program's database.

        Not SQLite at all raises SQLITE_NOTADB here, which `opening_refusal` tells apart from a disk or lock
        trouble met by the same first read."""
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "schema_version" not in tables and (tables or not create):
            raise content_refusal(self.path)

    # --- schema -------------------------------------------------------------------------------------------

    def schema_version(self) -> int:
        if not self.db["schema_version"].exists():
            return 0
        row = self.db.execute("SELECT version FROM schema_version").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        self.applied_migrations: list[int] = []
        """The migrations this process ran on the file (another desk may have run them first)."""
        current = self.schema_version()
        if current > len(MIGRATIONS):
            raise SchemaTooNewError(f"{self.path}: schema {current}, this app knows {len(MIGRATIONS)}")
        if current == len(MIGRATIONS):
            return
        if current > 0 and not self._scratch:
            self.backup(migration_backup(self.path, current + 1))
        for version in range(current + 1, len(MIGRATIONS) + 1):
            with self.transaction():
                if self.schema_version() >= version:
                    continue  # another desk opening the same file migrated it while we waited for the lock
                migration = MIGRATIONS[version - 1]
                sql = migration.sql if isinstance(migration, Migration) else migration
                for statement in _statements(sql):
                    self.conn.execute(statement)
                if isinstance(migration, Migration):
                    migration.backfill(self.conn)
                self.applied_migrations.append(version)
                self.conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
                self.conn.execute("DELETE FROM schema_version")
                self.conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))

    def upgraded_by(self, version: int) -> bool:
        """Whether opening ran migration `version` on a file that existed before (not a new one)."""
        return version in self.applied_migrations and self.applied_migrations[0] > 1

    def backup(self, target: Path) -> None:
        copy_database(self.conn, target)

    def restore_from(self, source: Database) -> None:
        """Replace the whole content of the event file with `source`'s (a scratch copy, ready in every
        respect), through the backup API.

        It writes in one transaction under the write lock, like any desk: other desks with the file open
        see the old content or the new one, never half of each, and their connections stay valid; a process
        killed meanwhile leaves the old content. The caller must reopen this database.
        """
        source.conn.backup(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All-or-nothing: everything inside commits together or not at all.

        A file that cannot be written (locked by another program past the busy timeout, read-only, disk
        full) raises a `UserError` saying which (`writing_refusal`): nothing was saved, and the caller says
        so. Once committed, the log rows it appended go to `on_commit` as one `Changes` record.
        """
        if not self.still_at_path():
            raise UserError(
                "event_file_replaced", "The event file {path} was moved, removed or replaced by another "
                "program, so nothing was saved. Close this window and open the event again.",
                path=str(self.path),
            )  # fmt: skip
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            report = self.on_commit  # as it was when the transaction began: `before` belongs to it
            before = self._log_end() if report else 0
            yield
            written = self._log_rows_after(before) if report else None
            self.conn.execute("COMMIT")
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(error, sqlite3.OperationalError):
                raise writing_refusal(error, self.path) from error
            raise
        if report and written:
            report(written)

    def still_at_path(self) -> bool:
        """Whether `path` still names the file this connection writes: False once another program moved,
        deleted or replaced it (what is written then would be lost with the deleted file)."""
        if self._scratch:
            return True  # nobody else writes it, nor can another program reach it
        if self._identity is None:  # no file numbers here: only a file that is gone can be told
            return self.path.exists()
        return identity(self.path) == self._identity

    def _log_end(self) -> int:
        return int(self.conn.execute("SELECT coalesce(max(seq), 0) FROM log").fetchone()[0])

    def _log_rows_after(self, seq: int) -> Changes:
        """What the rows past `seq` were about: an index range of the log (AUTOINCREMENT: seq only grows)."""
        return Changes.of_rows(self.conn.execute("SELECT kind, attendee_id FROM log WHERE seq > ?", (seq,)))

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Several questions answered from one state of the file: another desk's commit lands before or
        after all of them, never between two (a count and the log position it was taken at must agree).

        Takes no lock: in WAL mode writers go on while this reads.
        """
        self.conn.execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            self.conn.execute("COMMIT")

    @contextmanager
    def indexes_deferred(self) -> Iterator[None]:
        """Inside the caller's transaction: the indexes a bulk import fills in no order (`DEFERRED_INDEXES`)
        are dropped, then made again, from their own statements, once the rows are in. Sorting a million
        keys once is cheaper than a million random inserts into indexes larger than the cache. A failure
        or a kill inside rolls the drop back with everything else."""
        assert self.conn.in_transaction
        marks = ",".join("?" * len(DEFERRED_INDEXES))
        statements = [
            row[0]
            for row in self.conn.execute(
                f"SELECT sql FROM sqlite_schema WHERE type = 'index' AND name IN ({marks})", DEFERRED_INDEXES
            )
        ]
        for name in DEFERRED_INDEXES:
            self.conn.execute(f"DROP INDEX IF EXISTS {name}")
        yield
        for statement in statements:
            self.conn.execute(statement)

    def in_chunks(self, sql: str, values: Iterable[Key], *params: object) -> Iterator[sqlite3.Row]:
        """`sql`, whose `{marks}` is an `IN` list, over `values` a chunk at a time: SQLite takes at most
        32,766 parameters, and a re-import or a catch-up asks about more. `params` follow the chunk."""
        wanted = sorted(set(values))
        for start in range(0, len(wanted), ID_CHUNK):
            chunk: list[Key] = wanted[start : start + ID_CHUNK]
            yield from self.db.execute(sql.format(marks=",".join("?" * len(chunk))), (*chunk, *params))

    def data_version(self) -> int:
        """Changes whenever another connection commits to this file: a cheap "anything new?" probe."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])


def _statements(script: str) -> list[str]:
    """Split a migration into statements; `sqlite3.complete_statement` keeps trigger bodies whole."""
    statements, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    return [s for s in statements if s]

"""The append-only log and the check-in state cached beside it.

Every change is a log row (triggers refuse updates and deletes); `checkins` holds who is in on which day,
written in the same transaction as the log row that explains it.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

import orjson

from checkin.domain import CheckIn
from checkin.log_kinds import GUEST_STATE, SCANS, LogKind
from checkin.replication import hlc
from checkin.storage.database import Database


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
class ScanRow:
    """A check-in, an undo, or a scan at a session's door, with the guest it was about (as they are named
    now) and the session's title; `undone` marks a check-in that an undo took back."""

    kind: str
    at: str
    day: str
    station: str
    staff: str
    reason: str
    first_name: str
    last_name: str
    organisation: str
    code: str
    session: str
    undone: bool


def log_data(data: Mapping[str, object]) -> str:
    """A log row's data as JSON text: sets and tuples as lists, keys that are not text (ids) as text, as
    `json` writes them. orjson: an import writes a row per guest carrying their whole record, and the
    standard library's encoder took a twentieth of a 100,000-guest import."""
    as_dict = data if type(data) is dict else dict(data)
    return orjson.dumps(as_dict, default=list, option=orjson.OPT_NON_STR_KEYS).decode()


LOG_COLUMNS = "uuid, kind, attendee_id, day, station, staff, at, reason, data, origin, origin_seq, hlc"
LOG_MARKS = ", ".join("?" * 12)


def now() -> str:
    """Wall-clock time with the local offset, to the millisecond: the log's `at`."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


def _consecutive_uuids(count: int) -> list[str]:
    """`count` row ids, unique as random ones are (a random 64-bit half, drawn per call), numbered in their
    other half: the log's index of ids takes an import's rows in one place, not at a million random ones
    (a page of it touched per row, in and out of the cache)."""
    prefix = secrets.token_hex(8)
    return [f"{prefix}{number:016x}" for number in range(count)]


class LogRows(Database):
    """Appending to and reading the log; adding, finding and removing check-ins."""

    def append_log(
        self,
        kind: LogKind,
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
        ((origin, origin_seq, clock),) = self._stamps(1)
        self.conn.execute(
            f"INSERT INTO log ({LOG_COLUMNS}) VALUES ({LOG_MARKS})",
            (
                entry_uuid, kind.value, attendee_id, day, station, staff, when, reason,
                log_data(data or {}), origin, origin_seq, clock,
            ),
        )  # fmt: skip
        return entry_uuid, when

    def append_log_many(
        self,
        rows: Sequence[tuple[LogKind, int, Mapping[str, object]]],
        *,
        station: str,
        staff: str,
        reason: str,
    ) -> None:
        """Bulk (kind, attendee_id, data) rows for an import, all stamped with one time."""
        when = now()
        uuids = _consecutive_uuids(len(rows))
        self.conn.executemany(
            f"INSERT INTO log ({LOG_COLUMNS}) VALUES ({LOG_MARKS})",
            (
                (
                    # The plain text: sqlite3 binds a str subclass through its adapter lookup, which costs
                    # an import of 100,000 guests a tenth of a second.
                    row_uuid, kind.value, attendee_id, None, station, staff, when, reason,
                    log_data(data), *stamp,
                )
                for (kind, attendee_id, data), stamp, row_uuid in zip(
                    rows, self._stamps(len(rows)), uuids, strict=True
                )
            ),
        )  # fmt: skip

    def _stamps(self, count: int) -> list[tuple[str, int, str]]:
        """(origin, origin_seq, hlc) for the next `count` rows this replica writes, inside the caller's
        transaction (whose write lock makes the numbers ours: desks sharing the file take turns)."""
        origin, last_seq, clock = self.conn.execute("SELECT origin, last_seq, clock FROM replica").fetchone()
        clocks = hlc.after(clock, count)
        if count:
            self.conn.execute("UPDATE replica SET last_seq = ?, clock = ?", (last_seq + count, clocks[-1]))
        return [(origin, last_seq + n, value) for n, value in enumerate(clocks, start=1)]

    @contextmanager
    def log_rewritten(self) -> Iterator[None]:
        """Inside the caller's transaction, for a rewrite that keeps every row (a purge clearing text, a
        restored backup taking its rows' numbers back): the log's append-only triggers are dropped and
        created again from their own definitions, so a failure leaves them as they were."""
        triggers = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'log'"
        ).fetchall()
        for name, _ in triggers:
            self.conn.execute(f'DROP TRIGGER "{name}"')
        yield
        for _, sql in triggers:
            self.conn.execute(sql)

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

    def log_uuid(self, seq: int) -> str | None:
        """The uuid of the log row at `seq`: a reader that followed the log up to there checks with it that
        the file still holds the same log (not another copy restored over it)."""
        row = self.db.execute("SELECT uuid FROM log WHERE seq = ?", (seq,)).fetchone()
        return row[0] if row else None

    def last_attendee_change(self) -> int:
        """The log position of the newest change to any guest record (0: none); cheap (an index lookup)."""
        return self.last_log_of(GUEST_STATE)

    def last_log_of(self, kinds: Sequence[LogKind]) -> int:
        """The log position of the newest row of these kinds (0: none): an index lookup per kind."""
        marks = ",".join("?" * len(kinds))
        row = self.db.execute(f"SELECT coalesce(max(seq), 0) FROM log WHERE kind IN ({marks})", tuple(kinds))
        return int(row.fetchone()[0])

    # --- check-ins ----------------------------------------------------------------------------------------

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

    def checked_in_days(self) -> dict[int, set[str]]:
        """Attendee id -> the days they are checked in on (guests never checked in are absent)."""
        found: dict[int, set[str]] = {}
        for attendee_id, day in self.db.execute("SELECT attendee_id, day FROM checkins"):
            found.setdefault(attendee_id, set()).add(day)
        return found

    def scans(self) -> Iterator[ScanRow]:
        """Every check-in, undo, entry and exit, in the order they were made.

        The undone check-ins are gathered once (an `IN` list SQLite builds an index for), not looked up per
        row: the log of a big event holds 100,000 check-ins and a handful of undos.
        """
        marks = ",".join("?" * len(SCANS))
        rows = self.db.execute(
            "SELECT log.kind, log.at, coalesce(log.day, ''), log.station, log.staff, log.reason,"
            " coalesce(a.first_name, ''), coalesce(a.last_name, ''), coalesce(a.organisation, ''),"
            " coalesce(a.code, ''), coalesce(s.title, ''),"
            f" log.kind = '{LogKind.CHECK_IN}' AND log.uuid IN"
            f" (SELECT json_extract(data, '$.undoes') FROM log WHERE kind = '{LogKind.UNDO}'"
            "  UNION ALL SELECT also.value FROM log, json_each(log.data, '$.also') AS also"
            f"  WHERE kind = '{LogKind.UNDO}')"
            " FROM log LEFT JOIN attendees AS a ON a.id = log.attendee_id"
            " LEFT JOIN sessions AS s ON s.id = json_extract(log.data, '$.session')"
            f" WHERE log.kind IN ({marks}) ORDER BY log.seq",
            SCANS,
        )
        # One tuple of all twelve fields: mypy reads `*row[:11], x` as *row already filling every field.
        return (ScanRow(*(*row[:11], bool(row[11]))) for row in rows)

    def print_counts(self, ids: Sequence[int] | None = None) -> dict[int, int]:
        """How many times each guest's badge was printed (guests never printed are absent)."""
        sql = f"SELECT attendee_id, count(*) FROM log WHERE kind = '{LogKind.BADGE_PRINT}'"
        params: list[object] = []
        if ids is not None:
            sql += f" AND attendee_id IN ({','.join('?' * len(ids))})"
            params = list(ids)
        return {row[0]: row[1] for row in self.db.execute(sql + " GROUP BY attendee_id", params)}

    def confirmations_sent(self) -> Iterator[tuple[str, str, str, str, str]]:
        """(guest's code, at, station, address, language) of every confirmation sent, in clock order (the
        last one of a guest is their latest)."""
        yield from self.db.execute(
            "SELECT a.code, log.at, log.station, coalesce(json_extract(log.data, '$.address'), ''),"
            " coalesce(json_extract(log.data, '$.language'), '') FROM log"
            " JOIN attendees AS a ON a.id = log.attendee_id"
            f" WHERE log.kind = '{LogKind.CONFIRMATION_SENT}' ORDER BY log.hlc, log.origin"
        )

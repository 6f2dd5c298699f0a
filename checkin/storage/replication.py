"""Replication rows: this file's identity as a replica, the log rows another replica lacks, inserting the
rows received from one, and the history of each kind of state that the received rows are replayed over.

Log rows name guests by local id; on the wire they name them by code (ids differ between files: two desks
may register two walk-ins as number 301 at once). The translation happens here, on the way out and in.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from checkin.log_kinds import NEW_GUEST, LogKind
from checkin.storage.log import LOG_COLUMNS, LOG_MARKS, LogRows, log_data
from checkin.storage.search_words import index_guests

WIRE_FIELDS = (
    "uuid", "origin", "origin_seq", "hlc", "kind", "attendee", "day", "station", "staff", "at", "reason",
    "data",
)  # fmt: skip
"""A log row as it travels: `attendee` is the guest's code."""


@dataclass(frozen=True)
class HistoryRow:
    """A log row as replaying reads it: ordered by `(hlc, origin)`, the same order on every station."""

    uuid: str
    kind: str
    attendee_id: int | None
    day: str | None
    hlc: str
    origin: str
    at: str
    station: str
    staff: str
    data: Mapping[str, Any]
    """JSON as logged: its shape for each kind was checked when the row came in (received_rows) or is
    written by this program, so replaying reads its fields as that shape."""

    @property
    def clock(self) -> tuple[str, str]:
        return self.hlc, self.origin


@dataclass(frozen=True)
class Pairing:
    code: str
    until: str
    failures: int


class ReplicaRows(LogRows):
    """This file as one replica among the event's stations."""

    if TYPE_CHECKING:  # ProgrammeRows's, which Storage mixes in beside this class (mypy checks they agree)

        def sessions_in_use(self) -> dict[int, int]: ...
        def add_signup(self, attendee_id: int, session_id: int, diet: str, log_uuid: str) -> None: ...
        def remove_signup(self, attendee_id: int, session_id: int) -> None: ...
        def remove_entry(self, attendee_id: int, session_id: int) -> None: ...

    def replica_origin(self) -> str:
        return str(self.db.execute("SELECT origin FROM replica").fetchone()[0])

    def take_numbers_from(self, live: Path) -> None:
        """A backup restored from before replication numbered its rows as a new replica's when it was
        migrated; `live`, the event file it replaces, holds the same rows under the numbers the other
        stations know them by. Taken back, so that no station skips a row it holds under another number."""
        self.conn.execute("ATTACH DATABASE ? AS live", (str(live),))
        try:
            with self.transaction(), self.log_rewritten():
                self.conn.execute(
                    "UPDATE log SET (origin, origin_seq, hlc) = (SELECT l.origin, l.origin_seq, l.hlc"
                    " FROM live.log AS l WHERE l.uuid = log.uuid) WHERE uuid IN (SELECT uuid FROM live.log)"
                )
        finally:
            self.conn.execute("DETACH DATABASE live")

    def renew_origin(self) -> None:
        """Make this file a new replica (a copy must never write rows under its original's numbers)."""
        with self.transaction():
            self.conn.execute(
                "UPDATE replica SET origin = ?, last_seq = 0, pairing_code = NULL, pairing_until = NULL,"
                " pairing_failures = 0",
                (secrets.token_hex(16),),
            )

    def version_vector(self) -> dict[str, int]:
        """Asked twice per exchange: a skip-scan of the (origin, origin_seq) index, a few lookups per origin,
        where GROUP BY would read every row of the log."""
        rows = self.db.execute(
            "WITH RECURSIVE origins(origin) AS (SELECT min(origin) FROM log"
            " UNION ALL SELECT (SELECT min(origin) FROM log WHERE origin > origins.origin) FROM origins"
            " WHERE origins.origin IS NOT NULL)"
            " SELECT origin, (SELECT max(origin_seq) FROM log WHERE log.origin = origins.origin) FROM origins"
            " WHERE origin IS NOT NULL"
        )
        return {origin: int(seq) for origin, seq in rows}

    def raise_clock(self, seen: str) -> None:
        """Inside the caller's transaction: the next rows written here sort after `seen`."""
        self.conn.execute("UPDATE replica SET clock = max(clock, ?)", (seen,))

    # --- out ----------------------------------------------------------------------------------------------

    def rows_after(self, vector: Mapping[str, int], limit: int) -> list[dict[str, object]]:
        """The rows the holder of `vector` lacks, in this file's order (which respects causality: a row is
        written after every row its writer had seen), as wire dicts: at most `limit`, the first of them."""
        seqs: list[int] = []
        for origin in self.version_vector():
            newer = self.db.execute(
                "SELECT seq FROM log WHERE origin = ? AND origin_seq > ? ORDER BY origin_seq LIMIT ?",
                (origin, int(vector.get(origin, 0)), limit),
            )
            seqs.extend(row[0] for row in newer)
        sql = (
            "SELECT log.uuid, log.origin, log.origin_seq, log.hlc, log.kind, a.code, log.day, log.station,"
            " log.staff, log.at, log.reason, log.data"
            " FROM log LEFT JOIN attendees AS a ON a.id = log.attendee_id"
            " WHERE log.seq IN ({marks}) ORDER BY log.seq"
        )
        rows = self.in_chunks(sql, sorted(seqs)[:limit])
        return [self._outgoing(dict(zip(WIRE_FIELDS, row, strict=True))) for row in rows]

    def _outgoing(self, row: dict[str, object]) -> dict[str, object]:
        data = json.loads(str(row["data"]))
        if row["kind"] in NEW_GUEST:
            data.pop("id", None)
        elif row["kind"] == LogKind.CHOICES_FROM_ANSWERS:
            data = self._pairs_named(data, self._codes_of)
        row["data"] = data
        return row

    # --- in -----------------------------------------------------------------------------------------------

    def known_uuids(self, uuids: Sequence[str]) -> set[str]:
        return {row[0] for row in self.in_chunks("SELECT uuid FROM log WHERE uuid IN ({marks})", uuids)}

    def ids_of_codes(self, codes: Iterable[str]) -> dict[str, int]:
        rows = self.in_chunks("SELECT code, id FROM attendees WHERE code IN ({marks})", codes)
        return {code: attendee_id for code, attendee_id in rows}

    def _codes_of(self, ids: Iterable[int]) -> dict[int, str]:
        rows = self.in_chunks("SELECT id, code FROM attendees WHERE id IN ({marks})", ids)
        return {attendee_id: code for attendee_id, code in rows}

    @staticmethod
    def _pairs_named(data: dict[str, object], names: Callable[[list], Mapping]) -> dict[str, object]:
        """Bulk sign-up rows list [guest, session, (diet)]: guests renamed from ids to codes or back; a
        guest `names` does not know is left out."""
        lists: dict[str, list[list]] = {
            key: list(cast("Iterable[list]", data.get(key) or [])) for key in ("signups", "left", "diets")
        }
        named = names([item[0] for items in lists.values() for item in items])
        renamed = {
            key: [[named[item[0]], *item[1:]] for item in items if item[0] in named]
            for key, items in lists.items()
        }
        return {**data, **renamed}

    def insert_guests(self, records: Sequence[Mapping[str, object]]) -> dict[str, int]:
        """Guests created on another station, under ids of this file (and indexed for search); returns
        code -> id."""
        first_id = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM attendees").fetchone()[0])
        if not records:
            return {}
        names = sorted({name for record in records for name in record if name != "id"})
        sql = f"INSERT INTO attendees (id, {', '.join(names)}) VALUES (?{', ?' * len(names)})"
        self.conn.executemany(
            sql,
            ((first_id + n, *(record.get(name) for name in names)) for n, record in enumerate(records)),
        )
        index_guests(self.conn, range(first_id, first_id + len(records)))
        return {str(record["code"]): first_id + n for n, record in enumerate(records)}

    def insert_received(self, rows: Sequence[Mapping[str, object]], ids: Mapping[str, int]) -> None:
        """Received wire rows, in the order given, under this file's guest ids (`ids`: code -> id)."""
        self.conn.executemany(
            f"INSERT INTO log ({LOG_COLUMNS}) VALUES ({LOG_MARKS})",
            (
                (
                    row["uuid"], row["kind"], ids.get(str(row["attendee"])) if row["attendee"] else None,
                    row["day"], row["station"], row["staff"], row["at"], row["reason"],
                    log_data(self._incoming(row, ids)), row["origin"], row["origin_seq"], row["hlc"],
                )
                for row in rows
            ),
        )  # fmt: skip

    def _incoming(self, row: Mapping[str, object], ids: Mapping[str, int]) -> Mapping[str, object]:
        data = dict(cast(Mapping[str, object], row["data"]))  # an object: received_rows checked the shape
        if row["kind"] in NEW_GUEST and row["attendee"]:
            data["id"] = ids[str(row["attendee"])]
        elif row["kind"] == LogKind.CHOICES_FROM_ANSWERS:
            data = self._pairs_named(data, lambda codes: {c: ids[c] for c in codes if c in ids})
        return data

    # --- the history received rows are replayed over -------------------------------------------------------

    def history(
        self, kinds: Sequence[LogKind], attendee_ids: Iterable[int] | None = None
    ) -> Iterator[HistoryRow]:
        """Log rows of these kinds (about these guests), in `(hlc, origin)` order within each chunk."""
        marks = ",".join("?" * len(kinds))
        columns = "uuid, kind, attendee_id, day, hlc, origin, at, station, staff, data"
        if attendee_ids is None:
            sql = f"SELECT {columns} FROM log WHERE kind IN ({marks}) ORDER BY hlc, origin"
            yield from (_history(row) for row in self.db.execute(sql, tuple(kinds)))
            return
        sql = (
            f"SELECT {columns} FROM log WHERE attendee_id IN ({{marks}}) AND kind IN ({marks})"
            " ORDER BY hlc, origin"
        )
        yield from (_history(row) for row in self.in_chunks(sql, attendee_ids, *kinds))

    def checked_in_keys(self, attendee_ids: Iterable[int]) -> set[tuple[int, str]]:
        """(guest, day) of the current check-ins of these guests."""
        rows = self.in_chunks(
            "SELECT attendee_id, day FROM checkins WHERE attendee_id IN ({marks})", attendee_ids
        )
        return {(row[0], row[1]) for row in rows}

    def received_check_in_keys(self, after_seq: int) -> set[tuple[int, str]]:
        """(guest, day) of the check-ins other stations' rows brought after `after_seq` of guests this file's
        own station also checked in that day: an index lookup per received row, so a catch-up of 100,000
        check-ins costs the desk a fraction of a second, not a replay of each guest's history."""
        rows = self.db.execute(
            "SELECT DISTINCT received.attendee_id, received.day FROM log AS received"
            " JOIN log AS own ON own.attendee_id = received.attendee_id AND own.day = received.day"
            f" AND own.kind = '{LogKind.CHECK_IN}' AND own.origin = (SELECT origin FROM replica)"
            f" WHERE received.seq > ? AND received.kind = '{LogKind.CHECK_IN}'"
            " AND received.origin != (SELECT origin FROM replica)",
            (after_seq,),
        )
        return {(row[0], row[1]) for row in rows}

    def latest_of(self, kind: LogKind, setting: str | None = None) -> HistoryRow | None:
        """The latest row of `kind` by the replicas' order; with `setting`, the latest change of that event
        setting (`LogKind.SETTING` rows name theirs in `key`)."""
        row = self.db.execute(
            "SELECT uuid, kind, attendee_id, day, hlc, origin, at, station, staff, data FROM log"
            " WHERE kind = ?1 AND (?2 IS NULL OR json_extract(data, '$.key') = ?2)"
            " ORDER BY hlc DESC, origin DESC LIMIT 1",
            (kind, setting),
        ).fetchone()
        return _history(row) if row else None

    def put_check_ins(self, rows: Sequence[tuple[int, str, HistoryRow | None]]) -> None:
        """(guest, day, the check-in that counts or None): the cached check-in state, replayed."""
        self.conn.executemany(
            "DELETE FROM checkins WHERE attendee_id = ? AND day = ?", ((a, day) for a, day, _ in rows)
        )
        self.conn.executemany(
            "INSERT INTO checkins (attendee_id, day, log_uuid, at, station, staff) VALUES (?, ?, ?, ?, ?, ?)",
            ((a, day, row.uuid, row.at, row.station, row.staff) for a, day, row in rows if row is not None),
        )

    def put_signups(self, rows: Iterable[tuple[int, int, str | None, str]]) -> None:
        """(guest, session, diet or None for "not signed up", explaining log row)."""
        for attendee_id, session_id, diet, log_uuid in rows:
            if diet is None:
                self.remove_signup(attendee_id, session_id)
            else:
                self.add_signup(attendee_id, session_id, diet, log_uuid)

    def put_entries(self, rows: Iterable[tuple[int, int, HistoryRow | None, str | None]]) -> None:
        """(guest, session, the entry that stands or None, when they left or None)."""
        for attendee_id, session_id, entry, exited_at in rows:
            self.remove_entry(attendee_id, session_id)
            if entry is not None:
                self.conn.execute(
                    "INSERT INTO entries (attendee_id, session_id, log_uuid, at, station, staff, exited_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (attendee_id, session_id, entry.uuid, entry.at, entry.station, entry.staff, exited_at),
                )

    def drop_unused_sessions(self, kept: set[int]) -> None:
        """Sessions not in `kept` go unless guests chose or entered them."""
        in_use = self.sessions_in_use()
        for (session_id,) in self.db.execute("SELECT id FROM sessions").fetchall():
            if session_id not in kept and session_id not in in_use:
                self.conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def put_sessions(self, sessions: Sequence[Mapping[str, object]]) -> None:
        """Sessions as another station's programme defines them, ids included."""
        self.conn.executemany(
            'INSERT OR REPLACE INTO sessions (id, day, start, "end", title, room, kind, speakers, capacity,'
            " choice_group, signup) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                (s["id"], s["day"], s["start"], s["end"], s["title"], s["room"], s["kind"], s["speakers"],
                 s["capacity"], s["choice_group"], int(bool(s["signup"])))
                for s in sessions
            ),
        )  # fmt: skip

    # --- pairing ------------------------------------------------------------------------------------------

    def set_pairing(self, code: str, until: str) -> None:
        with self.transaction():
            self.conn.execute(
                "UPDATE replica SET pairing_code = ?, pairing_until = ?, pairing_failures = 0", (code, until)
            )

    def pairing(self) -> Pairing | None:
        row = self.db.execute("SELECT pairing_code, pairing_until, pairing_failures FROM replica").fetchone()
        return Pairing(row[0], row[1], row[2]) if row and row[0] else None

    def count_pairing_failure(self, limit: int) -> None:
        """One more wrong code, from any address; at `limit` the code is dropped."""
        with self.transaction():
            self.conn.execute("UPDATE replica SET pairing_failures = pairing_failures + 1")
            self.conn.execute(
                "UPDATE replica SET pairing_code = NULL, pairing_until = NULL WHERE pairing_failures >= ?",
                (limit,),
            )


def _history(row: Sequence[Any]) -> HistoryRow:
    """`row`: HistoryRow's fields in their order, as sqlite3 gives them (untyped), `data` as JSON text."""
    # One tuple of all ten fields: mypy reads `*row[:9], x` as *row already filling every field.
    return HistoryRow(*(*row[:9], json.loads(str(row[9]))))

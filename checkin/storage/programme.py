"""The programme and attendance at it: sessions, who signed up for which, and who came through its door.

`signups` and `entries` are cached state, like `checkins`: each row is written in the same transaction as
the log row that explains it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from typing import Any

from checkin.domain import Registrant, Session, SessionEntry
from checkin.log_kinds import LogKind
from checkin.storage.database import Database

_SESSION_FIELDS = tuple(f.name for f in fields(Session))
"""The sessions table has one column per `Session` field, of the same name."""
_COLUMNS = tuple(name for name in _SESSION_FIELDS if name != "id")


def _values(session: Session) -> tuple[object, ...]:
    return tuple(getattr(session, name) for name in _COLUMNS)


class ProgrammeRows(Database):
    """The sessions, signups and entries tables."""

    # --- sessions -----------------------------------------------------------------------------------------

    def save_sessions(self, sessions: Iterable[Session]) -> list[int]:
        """Inside the caller's transaction: the programme becomes `sessions`. A session with an id keeps it
        (and its sign-ups and entries); id 0 adds one; a stored session left out is deleted. Returns the ids
        in order; raises KeyError for an id that is no longer stored."""
        ids = []
        quoted = ", ".join(f'"{name}"' for name in _COLUMNS)
        for session in sessions:
            if session.id:
                sets = ", ".join(f'"{name}" = ?' for name in _COLUMNS)
                cursor = self.conn.execute(
                    f"UPDATE sessions SET {sets} WHERE id = ?", (*_values(session), session.id)
                )
                if cursor.rowcount == 0:
                    raise KeyError(session.id)  # removed meanwhile: the caller's programme is out of date
                ids.append(session.id)
            else:
                marks = ", ".join("?" * len(_COLUMNS))
                cursor = self.conn.execute(
                    f"INSERT INTO sessions ({quoted}) VALUES ({marks})", _values(session)
                )
                ids.append(int(cursor.lastrowid or 0))
        marks = ",".join("?" * len(ids))
        self.conn.execute(f"DELETE FROM sessions WHERE id NOT IN ({marks})", ids)
        return ids

    def programme_version(self) -> int:
        """The log position of the last programme change (0: never changed): what an editor started from."""
        row = self.db.execute(
            f"SELECT coalesce(max(seq), 0) FROM log WHERE kind = '{LogKind.PROGRAMME}'"
        ).fetchone()
        return int(row[0])

    def sessions(self) -> list[Session]:
        rows = self.db.execute("SELECT * FROM sessions ORDER BY day, start, id")
        return [_session(row) for row in rows]

    def session(self, session_id: int) -> Session | None:
        row = self.db.execute("SELECT * FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return _session(row) if row else None

    def sessions_in_use(self) -> dict[int, int]:
        """Sessions someone signed up for or entered, with how many such rows: they cannot simply vanish."""
        rows = self.db.execute(
            "SELECT session_id, count(*) FROM (SELECT session_id FROM signups UNION ALL"
            " SELECT session_id FROM entries) GROUP BY session_id"
        )
        return {row[0]: row[1] for row in rows}

    # --- sign-ups -----------------------------------------------------------------------------------------

    def signups_of(self, attendee_id: int) -> dict[int, str]:
        """Session id -> diet note, for one guest."""
        rows = self.db.execute("SELECT session_id, diet FROM signups WHERE attendee_id = ?", (attendee_id,))
        return {row[0]: row[1] for row in rows}

    def signups_among(self, attendee_ids: Sequence[int], session_ids: Sequence[int]) -> dict[int, list[int]]:
        """Attendee id -> the ids among `session_ids` they signed up for (guests with none are absent)."""
        if not session_ids:
            return {}
        sessions = ",".join("?" * len(session_ids))  # a programme's few: the guests may be 100,000
        rows = self.in_chunks(
            "SELECT attendee_id, session_id FROM signups WHERE attendee_id IN ({marks})"
            f" AND session_id IN ({sessions})",
            attendee_ids, *session_ids,
        )  # fmt: skip
        found: dict[int, list[int]] = {}
        for row in rows:
            found.setdefault(row[0], []).append(row[1])
        return found

    def signups_in(self, session_ids: Sequence[int]) -> list[tuple[int, int]]:
        """(attendee id, session id) for every sign-up to one of `session_ids`."""
        sql = "SELECT attendee_id, session_id FROM signups WHERE session_id IN ({marks})"
        rows = self.in_chunks(sql, session_ids)
        return [(row[0], row[1]) for row in rows]

    def signup_counts(self, session_ids: Sequence[int] | None = None) -> dict[int, int]:
        """Session id -> registered guests signed up for it (of `session_ids`, or of every session).

        All sign-ups counted from the index, minus those of cancelled guests (few, found by status): a
        join over every sign-up would cost ~80 ms at 100,000 guests, and the desk asks after each scan.
        """
        where = ""
        params: tuple[int, ...] = ()
        if session_ids is not None:
            where, params = f"WHERE session_id IN ({','.join('?' * len(session_ids))})", tuple(session_ids)
        counts = dict(
            self.db.execute(f"SELECT session_id, count(*) FROM signups {where} GROUP BY session_id", params)
        )
        for session_id, cancelled in self.db.execute(
            "SELECT s.session_id, count(*) FROM attendees AS a JOIN signups AS s ON s.attendee_id = a.id"
            " WHERE a.status = 'cancelled' GROUP BY s.session_id"
        ):
            if session_id in counts:
                counts[session_id] -= cancelled
        return counts

    def diet_counts(self, session_ids: Sequence[int]) -> list[tuple[int, str, int]]:
        """(session id, diet note as typed, registered guests signed up with it) for `session_ids`."""
        marks = ",".join("?" * len(session_ids))
        rows = self.db.execute(
            "SELECT s.session_id, s.diet, count(*) FROM signups AS s JOIN attendees AS a"
            f" ON a.id = s.attendee_id WHERE a.status = 'registered' AND s.session_id IN ({marks})"
            " GROUP BY s.session_id, s.diet",
            tuple(session_ids),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def diets_of_guests(self, session_ids: Sequence[int]) -> list[tuple[int, int, str]]:
        """(session id, attendee id, diet note) of the registered guests signed up for `session_ids` with a
        note."""
        marks = ",".join("?" * len(session_ids))
        rows = self.db.execute(
            "SELECT s.session_id, s.attendee_id, s.diet FROM signups AS s JOIN attendees AS a"
            " ON a.id = s.attendee_id WHERE a.status = 'registered' AND s.diet != ''"
            f" AND s.session_id IN ({marks})",
            tuple(session_ids),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def signup_count(self, session_id: int) -> int:
        return self.signup_counts([session_id]).get(session_id, 0)

    def add_signup(self, attendee_id: int, session_id: int, diet: str, log_uuid: str) -> None:
        """Inside the caller's transaction; signing up again replaces the diet note."""
        self.conn.execute(
            "INSERT INTO signups (attendee_id, session_id, diet, log_uuid) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (attendee_id, session_id)"
            " DO UPDATE SET diet = excluded.diet, log_uuid = excluded.log_uuid",
            (attendee_id, session_id, diet, log_uuid),
        )

    def remove_signup(self, attendee_id: int, session_id: int) -> None:
        self.conn.execute(
            "DELETE FROM signups WHERE attendee_id = ? AND session_id = ?", (attendee_id, session_id)
        )

    def add_signups(
        self, pairs: Iterable[tuple[int, int]], diet: Mapping[tuple[int, int], str], log_uuid: str
    ) -> None:
        """Bulk (attendee id, session id) sign-ups from an import, all explained by one log row."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO signups (attendee_id, session_id, diet, log_uuid) VALUES (?, ?, ?, ?)",
            (
                (attendee_id, session_id, diet.get((attendee_id, session_id), ""), log_uuid)
                for attendee_id, session_id in pairs
            ),
        )

    def remove_signups(self, pairs: Iterable[tuple[int, int]]) -> None:
        self.conn.executemany("DELETE FROM signups WHERE attendee_id = ? AND session_id = ?", pairs)

    # --- what registrants answered ------------------------------------------------------------------------

    def answers(self) -> Iterator[tuple[int, Registrant]]:
        """(id, what they answered) of registered guests with a workshop answer or kept columns, in
        registration order: only `workshop`, `extra`, `needs` and `days` are filled in."""
        rows = self.db.execute(
            "SELECT id, workshop, extra, needs, days FROM attendees WHERE status = 'registered'"
            " AND (workshop != '' OR extra != '{}') ORDER BY id"
        )
        return (
            (row[0], Registrant(first_name="", last_name="", workshop=row[1], extra=json.loads(row[2]),
                                needs=row[3], days=tuple(json.loads(row[4]))))
            for row in rows
        )  # fmt: skip

    def desk_decisions(self) -> list[tuple[int, int]]:
        """(attendee id, session id) of every sign-up a desk or a door made or took back, and of the session
        a desk moved a guest out of."""
        rows = self.db.execute(
            "SELECT attendee_id, json_extract(data, '$.session'), json_extract(data, '$.previous') FROM log"
            f" WHERE kind IN ('{LogKind.CHOICE}', '{LogKind.WITHDRAW}', '{LogKind.DOOR_SWITCH}')"
        )
        return [(row[0], session) for row in rows for session in row[1:] if session is not None]

    # --- entries ------------------------------------------------------------------------------------------

    def entry_of(self, attendee_id: int, session_id: int) -> SessionEntry | None:
        row = self.db.execute(
            "SELECT at, station, staff, exited_at FROM entries WHERE attendee_id = ? AND session_id = ?",
            (attendee_id, session_id),
        ).fetchone()
        return SessionEntry(row[0], row[1], row[2], row[3]) if row else None

    def add_entry(self, attendee_id: int, session_id: int, log_uuid: str, entry: SessionEntry) -> None:
        """Inside the caller's transaction; entering again after an exit starts a new stay."""
        self.conn.execute(
            "INSERT OR REPLACE INTO entries (attendee_id, session_id, log_uuid, at, station, staff)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (attendee_id, session_id, log_uuid, entry.at, entry.station, entry.staff),
        )

    def mark_exit(self, attendee_id: int, session_id: int, at: str) -> None:
        self.conn.execute(
            "UPDATE entries SET exited_at = ? WHERE attendee_id = ? AND session_id = ?",
            (at, attendee_id, session_id),
        )

    def remove_entry(self, attendee_id: int, session_id: int) -> None:
        self.conn.execute(
            "DELETE FROM entries WHERE attendee_id = ? AND session_id = ?", (attendee_id, session_id)
        )

    def entered_sessions(self) -> dict[int, set[int]]:
        """Attendee id -> the sessions they entered (where they are counted: a move within a choice group
        keeps only the last); guests who never came through a door are absent."""
        found: dict[int, set[int]] = {}
        for attendee_id, session_id in self.db.execute("SELECT attendee_id, session_id FROM entries"):
            found.setdefault(attendee_id, set()).add(session_id)
        return found

    def entry_counts(self, session_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
        """Session id -> (entered, in the room now), for `session_ids`."""
        marks = ",".join("?" * len(session_ids))
        rows = self.db.execute(
            "SELECT session_id, count(*), count(*) - count(exited_at) FROM entries"
            f" WHERE session_id IN ({marks}) GROUP BY session_id",
            tuple(session_ids),
        )
        return {row[0]: (row[1], row[2]) for row in rows}


def _session(row: sqlite3.Row) -> Session:
    values: dict[str, Any] = {name: row[name] for name in _SESSION_FIELDS}  # Any: as sqlite3 gives them
    values["signup"] = bool(values["signup"])
    return Session(**values)

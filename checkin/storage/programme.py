"""The programme: the event's sessions (talks, workshops, breaks), always replaced as a whole."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from checkin.domain import Session
from checkin.storage.database import Database

_SESSION_FIELDS = tuple(f.name for f in fields(Session))
"""The sessions table has one column per `Session` field, of the same name."""


class ProgrammeRows(Database):
    """The sessions table."""

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
        return [Session(**{name: r[name] for name in _SESSION_FIELDS}) for r in rows]

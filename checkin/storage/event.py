"""The event's own row: its name, venue, days, code secret, settings and generation. One per file."""

from __future__ import annotations

import json
import uuid

from checkin.domain import Event
from checkin.storage.database import Database, NotAnEventFileError
from checkin.storage.log import now


class EventRow(Database):
    """Creating and reading the one event of the file."""

    def create_event(self, event: Event) -> None:
        """Inside the caller's transaction (which may set the organiser's PIN with it)."""
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

    def set_setting(self, key: str, value: object) -> None:
        """One event setting (the badge design, ...); inside the caller's transaction."""
        row = self.conn.execute("SELECT settings FROM event WHERE id = 1").fetchone()
        settings = {**json.loads(row[0]), key: value}
        self.conn.execute(
            "UPDATE event SET settings = ? WHERE id = 1", (json.dumps(settings, ensure_ascii=False),)
        )

    def set_venue(self, venue: str) -> None:
        """Inside the caller's transaction."""
        self.conn.execute("UPDATE event SET venue = ? WHERE id = 1", (venue,))

    def generation(self) -> str:
        """Changes when a restore or a purge rewrites the file: whatever was read from it before is stale."""
        return str(self.db.execute("SELECT generation FROM event WHERE id = 1").fetchone()[0])

    def renew_generation(self) -> None:
        """Inside the caller's transaction."""
        self.conn.execute("UPDATE event SET generation = ? WHERE id = 1", (uuid.uuid4().hex,))

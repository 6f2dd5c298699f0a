"""Counts for the organisers and the status bar: registered, expected, checked in."""

from __future__ import annotations

from checkin.storage.database import Database


class Numbers(Database):
    """Counting queries; none of them writes."""

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

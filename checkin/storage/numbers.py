"""Counts for the organisers, the status bar and the dashboard: registered, expected, checked in."""

from __future__ import annotations

from collections.abc import Sequence

from checkin.domain import CheckIn
from checkin.log_kinds import LogKind
from checkin.storage.database import Database

_ATTENDS = (
    "status = 'registered'"
    " AND (days = '[]' OR EXISTS (SELECT 1 FROM json_each(attendees.days) WHERE value = :day))"
)
"""Registered guests who attend `:day` (an empty day list means every day)."""


_CLOCK = "substr({at}, 12, 5)"
"""SQL for the wall-clock time ("09:07") of a log time (ISO, local): as the desk recorded it, offset ignored,
since every desk of a venue shares one zone."""


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
        row = self.db.execute(f"SELECT count(*) FROM attendees WHERE {_ATTENDS}", {"day": day}).fetchone()
        return int(row[0])

    # --- the dashboard --------------------------------------------------------------------------------

    def expected_by_category(self, day: str) -> dict[str, int]:
        rows = self.db.execute(
            f"SELECT category, count(*) FROM attendees WHERE {_ATTENDS} GROUP BY category", {"day": day}
        )
        return {row[0]: row[1] for row in rows}

    def expected_in_category(self, category: str, day: str) -> list[int]:
        """Ids of the registered guests of `category` who attend `day` (honorary guests: a few dozen)."""
        rows = self.db.execute(
            f"SELECT id FROM attendees WHERE category = :category AND {_ATTENDS} ORDER BY id",
            {"category": category, "day": day},
        )
        return [row[0] for row in rows]

    def checked_in_by_category(self, day: str) -> dict[str, int]:
        """People, not scans: `checkins` holds one row per guest and day, and an undo deletes it."""
        rows = self.db.execute(
            "SELECT a.category, count(*) FROM checkins AS c JOIN attendees AS a ON a.id = c.attendee_id"
            " WHERE c.day = ? GROUP BY a.category",
            (day,),
        )
        return {row[0]: row[1] for row in rows}

    def checked_in_by_minute(self, day: str) -> dict[str, int]:
        """Current check-ins of `day` per minute of the time they were made ("09:07" -> 3)."""
        rows = self.db.execute(
            f"SELECT {_CLOCK.format(at='at')} AS minute, count(*) FROM checkins WHERE day = ?"
            " GROUP BY minute",
            (day,),
        )
        return {row[0]: row[1] for row in rows}

    def check_in_changes(self, day: str, after_seq: int) -> list[tuple[int, str, str]]:
        """What the log rows after `after_seq` did to `day`'s check-ins: (+1 or -1, category, minute).

        An undo takes back the minute of the check-in it undoes. The counts above plus these are the counts
        now, without counting every check-in of the day again: the rows are an index range of the log.
        """
        rows = self.db.execute(
            f"SELECT CASE l.kind WHEN '{LogKind.CHECK_IN}' THEN 1 ELSE -1 END, a.category,"
            f" {_CLOCK.format(at='coalesce(undone.at, l.at)')}"
            " FROM log AS l JOIN attendees AS a ON a.id = l.attendee_id"
            f" LEFT JOIN log AS undone ON l.kind = '{LogKind.UNDO}'"
            "  AND undone.uuid = json_extract(l.data, '$.undoes')"
            f" WHERE l.kind IN ('{LogKind.CHECK_IN}', '{LogKind.UNDO}') AND l.seq > ? AND l.day = ?",
            (after_seq, day),
        )
        return [(row[0], row[1], row[2]) for row in rows]

    def received_check_ins_since(self, after_seq: int) -> bool:
        """Whether a check-in or an undo from another station arrived after `after_seq`: it may meet a
        check-in already counted (a guest scanned at two desks apart), so following the log would count
        wrong; an index range of the log, like `check_in_changes`."""
        row = self.db.execute(
            f"SELECT 1 FROM log WHERE seq > ? AND kind IN ('{LogKind.CHECK_IN}', '{LogKind.UNDO}')"
            " AND origin != (SELECT origin FROM replica) LIMIT 1",
            (after_seq,),
        ).fetchone()
        return row is not None

    def latest_check_ins(self, day: str, limit: int) -> list[tuple[int, CheckIn]]:
        """The newest current check-ins of `day`, newest first: (attendee id, check-in).

        Newest by rowid: a new row gets one above every row there is (even when the newest was undone and
        its rowid is taken again), and VACUUM keeps their order. `checkins_day` lists a day's rows in rowid
        order, so this reads `limit` index entries, where ordering by time or by log row would read the
        whole day (or, early on day two, every check-in of day one).
        """
        rows = self.db.execute(
            "SELECT attendee_id, at, station, staff FROM checkins WHERE day = ? ORDER BY rowid DESC LIMIT ?",
            (day, limit),
        )
        return [(row[0], CheckIn(row[1], row[2], row[3])) for row in rows]

    def check_ins_among(self, ids: Sequence[int], day: str) -> dict[int, CheckIn]:
        """The current check-ins on `day` of these guests (guests not checked in are absent)."""
        rows = self.in_chunks(
            "SELECT attendee_id, at, station, staff FROM checkins WHERE attendee_id IN ({marks}) AND day = ?",
            ids, day,
        )  # fmt: skip
        return {row[0]: CheckIn(row[1], row[2], row[3]) for row in rows}

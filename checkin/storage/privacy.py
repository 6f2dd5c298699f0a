"""Clearing personal data from the event file for good: the rows, the append-only log, and the free pages
and WAL frames where deleted text would otherwise survive.
"""

from __future__ import annotations

from collections.abc import Sequence

from checkin.crash_points import crash_point
from checkin.domain import Registrant
from checkin.storage.attendees import registrant_columns
from checkin.storage.log import LogRows
from checkin.storage.search_words import fill_search_words

PURGED_CODE_PREFIX = "purged-"
"""A purged guest's code: a printed badge (which bears the name) must not lead back to their check-ins."""


class PrivacyRows(LogRows):
    """The purge's SQL: what is cleared where, and compacting the file afterwards."""

    def clear_personal_data(self, fields: Sequence[str], log_keys: Sequence[str]) -> tuple[int, int]:
        """Inside the caller's transaction: empty the attendees' `fields` and replace their codes; clear
        the staff names and free-text reasons of the log, check-ins and door entries, and the diet notes of
        sign-ups; keep of each log row's data only the `log_keys` (ids and flags). Rows are kept, so every
        count stays. Returns (attendees, log rows) cleared.

        The log refuses updates by trigger: see `log_rewritten`.
        """
        # Cleared text is overwritten where it lay, not only freed: a desk's snapshot copying the file before
        # the VACUUM must find no name in a free page either.
        self.conn.execute("PRAGMA secure_delete = ON")
        empty = registrant_columns(Registrant(first_name="", last_name=""))
        assignments = ", ".join(f"{name} = ?" for name in fields)
        attendees = self.conn.execute(
            f"UPDATE attendees SET {assignments}, code = ? || id", (*(empty[name] for name in fields),
                                                                      PURGED_CODE_PREFIX),
        ).rowcount  # fmt: skip
        fill_search_words(self.conn)  # the cleared names leave the index (and its vocabulary) too
        self.conn.execute("UPDATE checkins SET staff = ''")
        self.conn.execute("UPDATE entries SET staff = ''")
        self.conn.execute("UPDATE signups SET diet = ''")
        keys = ",".join("?" * len(log_keys))
        with self.log_rewritten():
            log_rows = self.conn.execute(
                "UPDATE log SET staff = '', reason = '', data = (SELECT json_group_object(key, CASE type"
                " WHEN 'true' THEN json('true') WHEN 'false' THEN json('false') ELSE value END)"
                f" FROM json_each(log.data) WHERE key IN ({keys}))",
                tuple(log_keys),
            ).rowcount
        return attendees, log_rows

    def set_purge_pending(self, pending: bool) -> None:
        """Inside the caller's transaction: set with the clearing, unset once nothing it cleared is left."""
        self.conn.execute("UPDATE event SET purge_pending = ? WHERE id = 1", (int(pending),))

    def purge_pending(self) -> bool:
        """Whether a purge cleared the rows but copies of what it cleared may still be on the disk."""
        return bool(self.db.execute("SELECT purge_pending FROM event WHERE id = 1").fetchone()[0])

    def compact(self) -> bool:
        """Rewrite the file without free pages (VACUUM) and empty its WAL, so that no cleared text
        survives in either: the WAL holds earlier versions of pages, and the file's free pages and the free
        space inside its pages hold what was deleted or changed before secure deletion was on. False when
        another desk's open read kept the WAL from being emptied (for longer than the busy timeout)."""
        self.conn.execute("VACUUM")
        crash_point("purge-vacuumed")
        busy, _, _ = self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return busy == 0

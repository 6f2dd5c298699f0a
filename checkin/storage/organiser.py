"""The organiser's PIN as stored (a salted hash, never the PIN) and the record of attempts to unlock with it.

Attempts are log rows, so the count of wrong PINs is shared by every desk and process on the file and
survives a restart: closing the app does not reset the wait.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.log_kinds import LogKind
from checkin.storage.log import LogRows


@dataclass(frozen=True)
class StoredPin:
    """The scrypt hash of the PIN with the salt and cost parameters it was made with."""

    salt: bytes
    digest: bytes
    n: int
    r: int
    p: int


class OrganiserRows(LogRows):
    """The organiser_pin table and the log's unlock attempts."""

    def organiser_pin(self) -> StoredPin | None:
        """None: the event has no PIN (made before PINs existed, or without one), so everyone organises."""
        row = self.db.execute("SELECT salt, hash, n, r, p FROM organiser_pin WHERE id = 1").fetchone()
        return StoredPin(bytes(row[0]), bytes(row[1]), row[2], row[3], row[4]) if row else None

    def set_organiser_pin(self, pin: StoredPin) -> None:
        """Inside the caller's transaction."""
        self.conn.execute(
            "INSERT OR REPLACE INTO organiser_pin (id, salt, hash, n, r, p) VALUES (1, ?, ?, ?, ?, ?)",
            (pin.salt, pin.digest, pin.n, pin.r, pin.p),
        )

    def pin_failures(self) -> tuple[int, str | None]:
        """Wrong PINs since the last right one (or since the PIN was set), and when the last was typed."""
        row = self.db.execute(
            "SELECT count(*), (SELECT at FROM log WHERE kind = ?1 ORDER BY seq DESC LIMIT 1) FROM log"
            " WHERE kind = ?1 AND seq > (SELECT coalesce(max(seq), 0) FROM log WHERE kind IN (?2, ?3))",
            (LogKind.PIN_FAILED, LogKind.PIN_ACCEPTED, LogKind.PIN_SET),
        ).fetchone()
        return int(row[0]), row[1]

"""What a write changed, as one record that every listener reads the same way (after Anki's `OpChanges`).

Every state change appends log rows inside one transaction; when the transaction commits, the rows it
appended become a `Changes` record and the station hands it to whoever listens (`Station.listen`). The
desktop app broadcasts it once, and each window asks only "does this concern me?" before refreshing: a
write made anywhere (a scan, an undo, a dialog of the organiser's) reaches every view, and no view has to be
told by the code that made it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from checkin.log_kinds import CHECK_INS, DESK_SIGNUPS, DOOR_SCANS, GUEST_STATE, LogKind


@dataclass(frozen=True)
class Changes:
    """The log rows one commit appended, by kind: which guests each kind was about (None: a row about no
    guest, such as a programme saved or a backup put back)."""

    guests_by_kind: Mapping[str, frozenset[int | None]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of_rows(cls, rows: Iterable[tuple[str, int | None]]) -> Changes:
        """From (kind, attendee id) pairs, as the log holds them."""
        gathered: dict[str, set[int | None]] = {}
        for kind, attendee_id in rows:
            gathered.setdefault(kind, set()).add(attendee_id)
        return cls(MappingProxyType({kind: frozenset(ids) for kind, ids in gathered.items()}))

    def __bool__(self) -> bool:
        return bool(self.guests_by_kind)

    def touches(self, *kinds: LogKind) -> bool:
        return any(kind in self.guests_by_kind for kind in kinds)

    def guests(self, *kinds: LogKind) -> frozenset[int]:
        """The guests rows of these kinds were about."""
        return frozenset(i for kind in kinds for i in self.guests_by_kind.get(kind, ()) if i is not None)

    @property
    def checked_in(self) -> frozenset[int]:
        """Guests this commit checked in (at the desk, or as walk-ins)."""
        return self.guests(LogKind.CHECK_IN)

    @property
    def attendance(self) -> bool:
        """Who is in: check-ins, undos, and entries to and exits from sessions."""
        return self.touches(*CHECK_INS, *DOOR_SCANS)

    @property
    def guest_records(self) -> bool:
        """Guests created, corrected, cancelled or restored: what search and the expected counts read."""
        return self.touches(*GUEST_STATE)

    @property
    def sign_ups(self) -> bool:
        return self.touches(*DESK_SIGNUPS, LogKind.CHOICES_FROM_ANSWERS, LogKind.PROGRAMME)

    @property
    def rewritten(self) -> bool:
        """The file's content was replaced (a backup put back) or its personal data cleared: everything read
        from it before is stale."""
        return LogKind.PURGE in self.guests_by_kind or None in self.guests_by_kind.get(LogKind.RESTORE, ())

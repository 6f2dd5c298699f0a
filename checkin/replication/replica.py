"""Replication: every station keeps its own event file and exchanges log rows with the others.

The log is the truth that travels; the tables beside it (guests, check-ins, sign-ups, door entries, the
programme, the badge design) are its consequences. Each file is one replica with an `origin` id; its rows
are numbered 1, 2, 3... (`origin_seq`), so "what do you lack?" is a version vector (origin -> highest number
held) and an exchange is idempotent, order-independent and resumable: rows already held are skipped, and
a batch cut short is asked for again from where it stopped.

A received row is replayed over the history of what it touches, ordered by hybrid logical clock with the
origin as tie-break (`(hlc, origin)`: the same order on every station), so every station ends in the same
state whatever order the rows arrived in:

- a guest's field or status: the latest write wins (a walk-in's record, an import's update, a desk's edit,
  a cancellation);
- a check-in: a guest is checked in on a day while any check-in of theirs that day is not undone; the
  earliest one counts. A guest checked in at two desks that could not talk counts once, both scans stay in
  the log, and `Received.double_check_ins` names them so the desk shows the conflict. An undo at a desk
  undoes every check-in of that guest and day it knows of (`undoes` and `also`);
- a sign-up or a door entry: the latest decision about that guest and session wins; signing up for one
  session of a choice group takes the guest out of the others, so two parallel workshops chosen at two
  desks cut off from each other leave the guest in the later one;
- the programme, the badge design, each event setting (the venue, its town, the funding logos) and the
  organiser PIN: the latest saved whole wins; a session the programme left out stays while a guest's
  sign-up or door entry still points at it.

The replaying itself is `checkin.replication.replay`; what a received row must look like is
`checkin.replication.received_rows`.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from checkin import codes
from checkin.log_kinds import CHECK_INS, NEW_GUEST
from checkin.replication.received_rows import bad, bulk_pairs, checked
from checkin.replication.replay import DoubleCheckIn, Replay, doubles, standing_of
from checkin.station_part import StationPart
from checkin.storage import Storage
from checkin.storage.replication import HistoryRow

MAX_BATCH = 50_000
"""Rows one exchange may carry: a catch-up after an hour offline is one or a few batches."""

PAIRING_MINUTES = 10
"""How long a pairing code shown on a station lets a new laptop join."""

PAIRING_FAILURES = 10_000
"""Wrong pairing codes from all addresses together before the code is dropped and a new one must be shown:
a backstop that no stranger reaches within a code's minutes, as each address is limited on its own (the
numbers are in `checkin.sync.pairing`)."""

PAIRING_LENGTH = 8


@dataclass(frozen=True)
class Received:
    added: int
    double_check_ins: tuple[DoubleCheckIn, ...] = ()


class Replica(StationPart):
    """This station's file as one replica of the event."""

    @property
    def origin(self) -> str:
        return self._storage.replica_origin()

    @property
    def fingerprint(self) -> str:
        """Names the event without revealing its secret: equal on every station of the event."""
        return hashlib.sha256(b"checkin event fingerprint\0" + self._station.event.secret).hexdigest()[:16]

    def sync_key(self) -> bytes:
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"checkin sync v1")
        return hkdf.derive(self._station.event.secret)

    def version_vector(self) -> dict[str, int]:
        return self._storage.version_vector()

    def entries_after(self, vector: Mapping[str, int], limit: int = 20_000) -> tuple[list[dict], bool]:
        rows = self._storage.rows_after(vector, min(limit, MAX_BATCH) + 1)
        return rows[:limit], len(rows) > limit

    # --- receiving ----------------------------------------------------------------------------------------

    def receive(self, entries: Sequence[Mapping[str, object]]) -> Received:
        """Add the rows this file lacks and replay them, all in one transaction (or nothing, with
        `bad_sync_entries`, for anything malformed)."""
        if not isinstance(entries, Sequence) or len(entries) > MAX_BATCH:
            raise bad("too many rows")
        station = self._station
        rows = [checked(entry, station.event.days) for entry in entries]
        storage = self._storage
        try:
            with storage.transaction():
                fresh = self._fresh(rows)
                if not fresh:
                    return Received(0)
                ids = self._guest_ids(fresh)
                storage.insert_received(fresh, ids)
                storage.raise_clock(max(str(row["hlc"]) for row in fresh))
                doubles = Replay(storage, fresh, ids).run()
        except (TypeError, ValueError, KeyError, sqlite3.IntegrityError) as error:
            # A shape the checks above let through: the transaction was rolled back, the batch is refused.
            raise bad(f"{type(error).__name__}: {error}"[:200]) from error
        return Received(len(fresh), doubles)

    def _fresh(self, rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
        """The rows this file lacks, each continuing its origin's numbering (a row past a gap waits for the
        next exchange, so the version vector always describes a whole prefix of each origin)."""
        storage, own = self._storage, self.origin
        held = storage.version_vector()
        known = storage.known_uuids([str(row["uuid"]) for row in rows])
        fresh = []
        for row in rows:
            origin, number = str(row["origin"]), cast(int, row["origin_seq"])  # checked(): an int id
            if origin == own and number > held.get(own, 0):
                raise bad(
                    "rows written under this station's own id: the event file was copied instead of joined"
                )
            if row["uuid"] in known:
                continue
            if number <= held.get(origin, 0):
                raise bad(f"row {origin}:{number} differs from the one held")
            if number == held.get(origin, 0) + 1:
                held[origin] = number
                known.add(str(row["uuid"]))
                fresh.append(row)
        return fresh

    def _guest_ids(self, fresh: Sequence[dict[str, object]]) -> dict[str, int]:
        """code -> this file's id for every guest the rows name; guests they create are inserted first."""
        storage = self._storage
        named = {str(row["attendee"]) for row in fresh if row["attendee"]}
        ids = storage.ids_of_codes(named | {str(p[0]) for row in fresh for p in bulk_pairs(row)})
        new = {str(row["attendee"]): row for row in fresh if row["kind"] in NEW_GUEST}
        records = [_guest_record(code, row) for code, row in new.items() if code not in ids]
        ids.update(storage.insert_guests(records))
        missing = named - set(ids)
        if missing:
            raise bad(f"rows about {len(missing)} guests this station has no record of")
        return ids

    # --- what the desk shows of it ------------------------------------------------------------------------

    def standing_check_ins(self, attendee_id: int, day: str) -> list[HistoryRow]:
        """The guest's check-ins that day no undo took back, earliest first (two after a conflict)."""
        return standing_of(self._storage.history(CHECK_INS, [attendee_id])).get((attendee_id, day), [])

    def double_check_ins(self, after_seq: int) -> list[DoubleCheckIn]:
        """Guests this station checked in whom a desk cut off from it checked in too, among the check-ins
        other stations' rows brought after log position `after_seq` (a desk asks after each sync it sees)."""
        keys = self._storage.received_check_in_keys(after_seq)
        standing = standing_of(self._storage.history(CHECK_INS, {attendee for attendee, _ in keys}))
        return doubles(standing, keys)

    # --- joining ------------------------------------------------------------------------------------------

    def snapshot_to(self, target: Path) -> None:
        """The whole event as one self-contained file, consistent while desks write."""
        self._storage.backup(target)

    @staticmethod
    def adopt(path: Path) -> None:
        """Make a file copied from another station a replica of its own (it must never write rows under the
        numbers of the station it came from)."""
        storage = Storage(path)
        try:
            storage.renew_origin()
        finally:
            storage.close()

    def new_pairing_code(self, minutes: int = PAIRING_MINUTES) -> str:
        code = "".join(secrets.choice(codes.ALPHABET) for _ in range(PAIRING_LENGTH))
        until = datetime.now(UTC) + timedelta(minutes=minutes)
        self._storage.set_pairing(code, until.isoformat())
        return f"{code[:4]}-{code[4:]}"

    def active_pairing_code(self) -> str | None:
        pairing = self._storage.pairing()
        if pairing is None or datetime.fromisoformat(pairing.until) < datetime.now(UTC):
            return None
        return pairing.code

    def pairing_failed(self) -> None:
        self._storage.count_pairing_failure(PAIRING_FAILURES)


def _guest_record(code: str, row: Mapping[str, object]) -> dict[str, object]:
    data = dict(cast(Mapping[str, object], row["data"]))  # checked(): an object
    return {**{k: v for k, v in data.items() if k != "status"}, "code": code}

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
- a sign-up or a door entry: the latest decision about that guest and session wins;
- the programme and the badge design: the latest saved whole wins.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from checkin import codes, hlc
from checkin.domain import CheckIn, Registrant, Session
from checkin.errors import UserError
from checkin.station_part import StationPart
from checkin.storage import Storage
from checkin.storage.replication import BULK_SIGNUPS, NEW_GUEST_KINDS, WIRE_FIELDS, HistoryRow

MAX_BATCH = 50_000
"""Rows one exchange may carry: a catch-up after an hour offline is one or a few batches."""

MAX_TEXT = 2_000
"""Longest name, reason or note a row may carry (the desk's own limits are far below)."""

PAIRING_MINUTES = 10
"""How long a pairing code shown on a station lets a new laptop join."""

PAIRING_FAILURES = 5
"""Wrong pairing codes accepted before the code is dropped and a new one must be shown."""

PAIRING_ALPHABET = codes.ALPHABET
PAIRING_LENGTH = 8

GUEST_FIELDS = frozenset(f.name for f in fields(Registrant))
_DESK_EDITED = frozenset(
    ("title", "first_name", "last_name", "position", "organisation", "city", "email", "phone", "category",
     "notes", "needs", "workshop")
)  # fmt: skip
"""Fields a desk edit logs as [old, new] (an import's update logs the new value alone)."""
_JSON_COLUMNS = ("days", "extra")
_SESSION_FIELDS = frozenset(f.name for f in fields(Session))
_SESSION_TEXTS = ("start", "end", "title", "room", "kind", "speakers", "choice_group")
_GUEST_STATE = ("register", "walk_in", "edit", "cancel", "restore")
_CHECK_INS = ("check_in", "undo")
_DESK_SIGNUPS = ("choice", "withdraw", "door_switch")
_ENTRIES = ("entry", "exit")
_WIRE_KEYS = frozenset(WIRE_FIELDS)
_WIRE_TEXTS = ("uuid", "origin", "hlc", "kind", "station", "staff", "at", "reason")
_KIND = re.compile(r"[a-z_]{1,40}")
_HEX32 = re.compile(r"[0-9a-f]{32}")


@dataclass(frozen=True)
class DoubleCheckIn:
    """A guest checked in on one day at two desks that could not see each other: both scans are kept."""

    attendee_id: int
    day: str
    check_ins: tuple[CheckIn, ...]


@dataclass(frozen=True)
class Received:
    added: int
    double_check_ins: tuple[DoubleCheckIn, ...] = ()


def bad(why: str) -> UserError:
    return UserError(
        "bad_sync_entries",
        "Another station sent data this station cannot accept ({why}); nothing was changed.",
        why=why,
    )  # fmt: skip


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
        rows = [_checked(entry, station.event.days) for entry in entries]
        storage = self._storage
        with storage.transaction():
            fresh = self._fresh(rows)
            if not fresh:
                return Received(0)
            ids = self._guest_ids(fresh)
            storage.insert_received(fresh, ids)
            storage.raise_clock(max(str(row["hlc"]) for row in fresh))
            doubles = _Replay(storage, fresh, ids).run()
        return Received(len(fresh), doubles)

    def _fresh(self, rows: Sequence[dict[str, object]]) -> list[dict[str, object]]:
        """The rows this file lacks, each continuing its origin's numbering (a row past a gap waits for the
        next exchange, so the version vector always describes a whole prefix of each origin)."""
        storage, own = self._storage, self.origin
        held = storage.version_vector()
        known = storage.known_uuids([str(row["uuid"]) for row in rows])
        fresh = []
        for row in rows:
            origin, number = str(row["origin"]), int(row["origin_seq"])  # type: ignore[call-overload]
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
        ids = storage.ids_of_codes(named | {str(p[0]) for row in fresh for p in _bulk_pairs(row)})
        new = {str(row["attendee"]): row for row in fresh if row["kind"] in NEW_GUEST_KINDS}
        records = [_guest_record(code, row) for code, row in new.items() if code not in ids]
        ids.update(storage.insert_guests(records))
        missing = named - set(ids)
        if missing:
            raise bad(f"rows about {len(missing)} guests this station has no record of")
        return ids

    # --- what the desk shows of it ------------------------------------------------------------------------

    def standing_check_ins(self, attendee_id: int, day: str) -> list[HistoryRow]:
        """The guest's check-ins that day no undo took back, earliest first (two after a conflict)."""
        return _standing(self._storage.history(_CHECK_INS, [attendee_id])).get((attendee_id, day), [])

    def double_check_ins(self, after_seq: int) -> list[DoubleCheckIn]:
        """Guests checked in twice on a day, at desks that were cut off, among the check-ins other
        stations' rows brought after log position `after_seq` (a desk asks after each sync it sees)."""
        keys = self._storage.received_check_in_keys(after_seq)
        standing = _standing(self._storage.history(_CHECK_INS, {attendee for attendee, _ in keys}))
        return [
            DoubleCheckIn(attendee, day, tuple(CheckIn(r.at, r.station, r.staff) for r in found))
            for (attendee, day), found in sorted(standing.items())
            if (attendee, day) in keys and len(found) > 1
        ]

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
        code = "".join(secrets.choice(PAIRING_ALPHABET) for _ in range(PAIRING_LENGTH))
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


def normalise_pairing_code(typed: str) -> str:
    return codes.normalise(typed)


# --- checking what arrives ----------------------------------------------------------------------------------


def _checked(entry: object, days: Sequence[str]) -> dict[str, object]:
    """A wire row with every field of the right type and size, or `bad_sync_entries`."""
    if not isinstance(entry, Mapping) or entry.keys() != _WIRE_KEYS:
        raise bad("a row with missing or unknown fields")
    row = dict(entry)
    for name in _WIRE_TEXTS:
        if type(row[name]) is not str or len(row[name]) > MAX_TEXT:
            raise bad("a row with a field that is not text")
    if not (
        _HEX32.fullmatch(row["uuid"]) and _HEX32.fullmatch(row["origin"]) and _KIND.fullmatch(row["kind"])
    ):
        raise bad("a row with a malformed id or kind")
    number = row["origin_seq"]
    if not (isinstance(number, int) and not isinstance(number, bool) and 0 < number < 2**62):
        raise bad("a row with a malformed number")
    if not hlc.is_hlc(row["hlc"]):
        raise bad("a row with a malformed clock")
    if row["attendee"] is not None and not (
        isinstance(row["attendee"], str) and codes.looks_like_code(row["attendee"])
    ):
        raise bad("a row naming a guest by something that is not a code")
    if row["day"] is not None and row["day"] not in days:
        raise bad("a row for a day the event does not have")
    if not isinstance(row["data"], Mapping):
        raise bad("a row whose data is not an object")
    _check_data(row)
    return row


def _check_data(row: Mapping[str, object]) -> None:
    """The data that replaying reads must have the shape replaying expects: it becomes SQL values."""
    kind, data = row["kind"], row["data"]
    assert isinstance(data, Mapping)
    if kind in NEW_GUEST_KINDS:
        if not row["attendee"] or not set(data) <= GUEST_FIELDS | {"code", "status"}:
            raise bad("a new guest with unknown fields")
        if data.get("code", row["attendee"]) != row["attendee"]:
            raise bad("a new guest whose code does not match")
    elif kind == "edit" and not set(data) <= GUEST_FIELDS:
        raise bad("an edit of unknown fields")
    elif kind in (*_DESK_SIGNUPS, *_ENTRIES) and not (_is_id(data.get("session")) and row["attendee"]):
        raise bad("a choice or a door scan without its session")
    elif kind == BULK_SIGNUPS and not all(
        isinstance(p, list) and len(p) >= 2 and isinstance(p[0], str) and _is_id(p[1])
        for p in _bulk_pairs(row)
    ):
        raise bad("sign-ups that are not (guest, session) pairs")
    elif kind == "programme" and not _sessions_ok(data.get("sessions")):
        raise bad("a programme with malformed sessions")
    elif kind in _CHECK_INS and not (row["attendee"] and row["day"]):
        raise bad("a check-in without its guest or day")
    if kind == "undo" and not all(
        isinstance(u, str) for u in [data.get("undoes"), *(data.get("also") or [])]
    ):  # type: ignore[misc]
        raise bad("an undo of something that is not a check-in")
    if kind in _ENTRIES and not all(_is_id(s) for s in data.get("left") or []):  # type: ignore[union-attr]
        raise bad("a door scan with malformed sessions")


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**62


def _sessions_ok(sessions: object) -> bool:
    return isinstance(sessions, list) and all(
        isinstance(s, Mapping) and set(s) == _SESSION_FIELDS and _is_id(s["id"]) and isinstance(s["day"], int)
        and all(isinstance(s[k], str) for k in _SESSION_TEXTS)
        and (s["capacity"] is None or _is_id(s["capacity"]))
        for s in sessions
    )  # fmt: skip


def _bulk_pairs(row: Mapping[str, object]) -> list:
    if row["kind"] != BULK_SIGNUPS:
        return []
    data = row["data"]
    assert isinstance(data, Mapping)
    pairs = [*(data.get("signups") or []), *(data.get("left") or [])]  # type: ignore[misc]
    return pairs if all(isinstance(p, list) and p for p in pairs) else []


def _guest_record(code: str, row: Mapping[str, object]) -> dict[str, object]:
    data = dict(row["data"])  # type: ignore[call-overload]
    return {**{k: v for k, v in data.items() if k != "status"}, "code": code}


# --- replaying ----------------------------------------------------------------------------------------------


def _standing(rows: Iterable[HistoryRow]) -> dict[tuple[int, str], list[HistoryRow]]:
    """(guest, day) -> the check-ins no undo took back, in clock order."""
    check_ins: dict[tuple[int, str], list[HistoryRow]] = defaultdict(list)
    undone: set[object] = set()
    for row in rows:
        if row.kind == "undo":
            undone.add(row.data.get("undoes"))
            undone.update(row.data.get("also") or [])  # type: ignore[arg-type]
        elif row.attendee_id is not None and row.day:
            check_ins[(row.attendee_id, row.day)].append(row)
    return {key: [r for r in found if r.uuid not in undone] for key, found in check_ins.items()}


def _field_value(row: HistoryRow, name: str) -> object:
    value = row.data[name]
    if row.kind in NEW_GUEST_KINDS and name in _JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    if row.kind == "edit" and name in _DESK_EDITED and isinstance(value, list) and len(value) == 2:
        return value[1]
    return value


class _Replay:
    """One received batch replayed over the history of everything it touches, inside its transaction."""

    def __init__(
        self, storage: Storage, fresh: Sequence[Mapping[str, object]], ids: Mapping[str, int]
    ) -> None:
        self.storage = storage
        self.uuids = {str(row["uuid"]) for row in fresh}
        self.kinds = {str(row["kind"]) for row in fresh}
        self.fresh = fresh
        self.ids = ids

    def guests(self, kinds: Iterable[str]) -> set[int]:
        wanted = set(kinds)
        return {
            self.ids[str(row["attendee"])] for row in self.fresh if row["kind"] in wanted and row["attendee"]
        }

    def run(self) -> tuple[DoubleCheckIn, ...]:
        if "programme" in self.kinds:
            self.programme()
        if "badge_template" in self.kinds:
            self.template()
        self.guest_records()
        self.signups()
        self.entries()
        return self.check_ins()

    def latest_is_fresh(self, kind: str) -> HistoryRow | None:
        latest = self.storage.latest_of(kind)
        return latest if latest is not None and latest.uuid in self.uuids else None

    def programme(self) -> None:
        latest = self.latest_is_fresh("programme")
        if latest is not None:
            self.storage.put_sessions(latest.data["sessions"])  # type: ignore[arg-type]

    def template(self) -> None:
        from checkin.badge_printing import TEMPLATE_SETTING

        latest = self.latest_is_fresh("badge_template")
        if latest is not None and isinstance(latest.data.get("template"), str):
            self.storage.set_setting(TEMPLATE_SETTING, latest.data["template"])

    def guest_records(self) -> None:
        """Fields and status of the guests whose existing records the batch changed: the latest wins."""
        touched: dict[int, set[str]] = defaultdict(set)
        for row in self.fresh:
            if row["kind"] == "edit":
                touched[self.ids[str(row["attendee"])]].update(row["data"])  # type: ignore[arg-type]
            elif row["kind"] in ("cancel", "restore") and row["attendee"]:
                touched[self.ids[str(row["attendee"])]].add("status")
        values: dict[int, dict[str, object]] = defaultdict(dict)
        for row in self.storage.history(_GUEST_STATE, touched):
            assert row.attendee_id is not None
            wanted = touched[row.attendee_id]
            if row.kind in ("cancel", "restore"):
                values[row.attendee_id]["status"] = "cancelled" if row.kind == "cancel" else "registered"
            else:
                values[row.attendee_id].update({n: _field_value(row, n) for n in wanted & set(row.data)})
        for attendee_id, changes in values.items():
            self.storage.update_attendee(attendee_id, changes)

    def check_ins(self) -> tuple[DoubleCheckIn, ...]:
        """A first check-in of a guest that day is simply written (an hour offline brings 100,000 of them);
        anything meeting an existing check-in, a second one or an undo is replayed over its history."""
        first: dict[tuple[int, str], HistoryRow] = {}
        keys: set[tuple[int, str]] = set()
        for r in self.fresh:
            if r["kind"] in _CHECK_INS:
                key = (self.ids[str(r["attendee"])], str(r["day"]))
                if key in keys or r["kind"] == "undo":
                    first.pop(key, None)
                elif r["kind"] == "check_in":
                    first[key] = _history_of_wire(r, key[0])
                keys.add(key)
        if not keys:
            return ()
        present = self.storage.checked_in_keys({attendee for attendee, _ in keys})
        simple = [
            (attendee, day, row) for (attendee, day), row in first.items() if (attendee, day) not in present
        ]
        self.storage.put_check_ins(simple)
        keys -= {(attendee, day) for attendee, day, _ in simple}
        standing = _standing(self.storage.history(_CHECK_INS, {attendee for attendee, _ in keys}))
        self.storage.put_check_ins(
            [(attendee, day, (standing.get((attendee, day)) or [None])[0]) for attendee, day in keys]
        )
        return tuple(
            DoubleCheckIn(attendee, day, tuple(CheckIn(r.at, r.station, r.staff) for r in found))
            for (attendee, day), found in sorted(standing.items())
            if (attendee, day) in keys and len(found) > 1 and any(r.uuid in self.uuids for r in found)
        )

    def signups(self) -> None:
        """Each (guest, session) the batch decided about: the latest decision wins."""
        touched = {pair for row in self.fresh for pair, _ in self.signup_effects_of_wire(row)}
        if not touched:
            return
        guests = {attendee for attendee, _ in touched}
        history = [*self.storage.history(_DESK_SIGNUPS, guests), *self.storage.history((BULK_SIGNUPS,))]
        decided: dict[tuple[int, int], tuple[str | None, str]] = {}
        for row in sorted(history, key=lambda r: r.clock):
            for pair, diet in _signup_effects(row):
                if pair in touched:
                    decided[pair] = (diet, row.uuid)
        sessions = {s.id for s in self.storage.sessions()}
        self.storage.put_signups(
            (attendee, session, diet, uuid) for (attendee, session), (diet, uuid) in decided.items()
            if session in sessions
        )  # fmt: skip

    def signup_effects_of_wire(self, row: Mapping[str, object]) -> list[tuple[tuple[int, int], str | None]]:
        data = row["data"]
        assert isinstance(data, Mapping)
        if row["kind"] == BULK_SIGNUPS:
            return [((self.ids[p[0]], p[1]), None) for p in _bulk_pairs(row) if p[0] in self.ids]
        if row["kind"] in _DESK_SIGNUPS:
            attendee = self.ids[str(row["attendee"])]
            pairs = [((attendee, data["session"]), None)]
            if _is_id(data.get("previous")):
                pairs.append(((attendee, data["previous"]), None))
            return pairs  # type: ignore[return-value]
        return []

    def entries(self) -> None:
        """Each (guest, session) the batch scanned at a door: the latest scan decides, an exit closes it."""
        touched = set()
        for row in self.fresh:
            if row["kind"] in _ENTRIES:
                attendee, data = self.ids[str(row["attendee"])], row["data"]
                assert isinstance(data, Mapping)
                touched.update((attendee, s) for s in [data["session"], *(data.get("left") or [])])
        if not touched:
            return
        state: dict[tuple[int, int], tuple[HistoryRow | None, str | None]] = {}
        for row in self.storage.history(_ENTRIES, {attendee for attendee, _ in touched}):
            assert row.attendee_id is not None
            pair = (row.attendee_id, int(row.data["session"]))  # type: ignore[call-overload]
            if row.kind == "exit":
                entry, _ = state.get(pair, (None, None))
                state[pair] = (entry, row.at if entry is not None else None)
                continue
            state[pair] = (row, None)
            for left in row.data.get("left") or []:  # type: ignore[attr-defined]
                state[(row.attendee_id, left)] = (None, None)
        sessions = {s.id for s in self.storage.sessions()}
        self.storage.put_entries(
            (attendee, session, *state.get((attendee, session), (None, None)))
            for attendee, session in touched if session in sessions
        )  # fmt: skip


def _history_of_wire(row: Mapping[str, object], attendee_id: int) -> HistoryRow:
    """A received row (checked: its fields are text) as replaying reads rows."""
    return HistoryRow(
        row["uuid"], row["kind"], attendee_id, row["day"], row["hlc"], row["origin"], row["at"],  # type: ignore[arg-type]
        row["station"], row["staff"], {},  # type: ignore[arg-type]
    )  # fmt: skip


def _signup_effects(row: HistoryRow) -> list[tuple[tuple[int, int], str | None]]:
    """What a sign-up row decided: (guest, session) -> diet when signed up, None when not."""
    data = row.data
    if row.kind == BULK_SIGNUPS:
        added = [((p[0], p[1]), str(p[2]) if len(p) > 2 else "") for p in data.get("signups") or []]  # type: ignore[attr-defined]
        return [*added, *(((p[0], p[1]), None) for p in data.get("left") or [])]  # type: ignore[attr-defined]
    assert row.attendee_id is not None
    session = int(data["session"])  # type: ignore[call-overload]
    if row.kind == "withdraw":
        return [((row.attendee_id, session), None)]
    effects: list[tuple[tuple[int, int], str | None]] = []
    if _is_id(data.get("previous")):
        effects.append(((row.attendee_id, int(data["previous"])), None))  # type: ignore[call-overload]
    return [*effects, ((row.attendee_id, session), str(data.get("diet") or ""))]

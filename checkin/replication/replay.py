"""Replaying received log rows over the history of what they touch, ordered by `(hlc, origin)` (the same
order on every station), so every station ends in the same state whatever order the rows arrived in.
The rules are listed in `checkin.replication`."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from checkin.badges import TEMPLATE_SETTING
from checkin.domain import CheckIn
from checkin.event_settings import REPLICATED, apply_setting
from checkin.log_kinds import (
    CHECK_INS,
    DESK_EDITED,
    DESK_SIGNUPS,
    DOOR_SCANS,
    GUEST_STATE,
    NEW_GUEST,
    LogKind,
)
from checkin.replication.received_rows import JSON_COLUMNS, bulk_pairs, is_id
from checkin.roles import pin_from_record
from checkin.storage import Storage
from checkin.storage.replication import HistoryRow


@dataclass(frozen=True)
class DoubleCheckIn:
    """A guest checked in on one day at two desks that could not see each other: both scans are kept."""

    attendee_id: int
    day: str
    check_ins: tuple[CheckIn, ...]


def standing_of(rows: Iterable[HistoryRow]) -> dict[tuple[int, str], list[HistoryRow]]:
    """(guest, day) -> the check-ins no undo took back, in clock order."""
    check_ins: dict[tuple[int, str], list[HistoryRow]] = defaultdict(list)
    undone: set[object] = set()
    for row in rows:
        if row.kind == LogKind.UNDO:
            undone.add(row.data.get("undoes"))
            undone.update(row.data.get("also") or [])
        elif row.attendee_id is not None and row.day:
            check_ins[(row.attendee_id, row.day)].append(row)
    return {key: [r for r in found if r.uuid not in undone] for key, found in check_ins.items()}


def _field_value(row: HistoryRow, name: str) -> object:
    value = row.data[name]
    if row.kind in NEW_GUEST and name in JSON_COLUMNS and isinstance(value, str):
        return json.loads(value)
    if row.kind == LogKind.EDIT and name in DESK_EDITED and isinstance(value, list) and len(value) == 2:
        return value[1]
    return value


class Replay:
    """One received batch replayed over the history of everything it touches, inside its transaction."""

    def __init__(
        self, storage: Storage, fresh: Sequence[Mapping[str, object]], ids: Mapping[str, int]
    ) -> None:
        self.storage = storage
        self.uuids = {str(row["uuid"]) for row in fresh}
        self.kinds = {str(row["kind"]) for row in fresh}
        self.fresh = fresh
        self.ids = ids

    def run(self) -> tuple[DoubleCheckIn, ...]:
        if LogKind.PROGRAMME in self.kinds:
            self.programme()
        if LogKind.BADGE_TEMPLATE in self.kinds:
            self.template()
        if LogKind.SETTING in self.kinds:
            self.settings()
        if LogKind.PIN_SET in self.kinds:
            self.organiser_pin()
        self.guest_records()
        taken_out = self.signups() | self.entries()
        if taken_out or LogKind.PROGRAMME in self.kinds:
            settle_sessions(self.storage)
        return self.check_ins()

    def latest_is_fresh(self, kind: LogKind) -> HistoryRow | None:
        latest = self.storage.latest_of(kind)
        return latest if latest is not None and latest.uuid in self.uuids else None

    def programme(self) -> None:
        latest = self.latest_is_fresh(LogKind.PROGRAMME)
        if latest is not None:
            self.storage.put_sessions(latest.data["sessions"])

    def with_sessions(self, pairs: Iterable[tuple[int, int]]) -> set[int]:
        """The sessions of `pairs` this file has, after bringing back those a later programme dropped here;
        a session no programme had stays out."""
        have = {s.id for s in self.storage.sessions()}
        found = _newest_definitions(self.storage, {session for _, session in pairs} - have)
        self.storage.put_sessions(found)
        return have | {int(s["id"]) for s in found}

    def template(self) -> None:
        latest = self.latest_is_fresh(LogKind.BADGE_TEMPLATE)
        if latest is not None and isinstance(latest.data.get("template"), str):
            self.storage.set_setting(TEMPLATE_SETTING, latest.data["template"])

    def settings(self) -> None:
        """Each event setting the batch changed: the latest change of it (here or anywhere) wins."""
        # received_rows checked that a setting row's data is an object with a text `key`
        keys = {
            cast(Mapping[str, str], row["data"])["key"]
            for row in self.fresh
            if row["kind"] == LogKind.SETTING
        }
        for key in sorted(keys & set(REPLICATED)):
            latest = self.storage.latest_of(LogKind.SETTING, key)
            if latest is not None and latest.uuid in self.uuids:
                apply_setting(self.storage, key, latest.data["value"])

    def organiser_pin(self) -> None:
        """A PIN set or changed at another station opens this one too (the latest wins)."""
        latest = self.latest_is_fresh(LogKind.PIN_SET)
        pin = pin_from_record(latest.data) if latest is not None else None
        if pin is not None:
            self.storage.set_organiser_pin(pin)

    def guest_records(self) -> None:
        """Fields and status of the guests whose existing records the batch changed: the latest wins."""
        touched: dict[int, set[str]] = defaultdict(set)
        for wire in self.fresh:
            if wire["kind"] == LogKind.EDIT:
                # the fields edited: received_rows checked that an edit's data is an object
                touched[self.ids[str(wire["attendee"])]].update(cast(Mapping[str, object], wire["data"]))
            elif wire["kind"] in (LogKind.CANCEL, LogKind.RESTORE) and wire["attendee"]:
                touched[self.ids[str(wire["attendee"])]].add("status")
        values: dict[int, dict[str, object]] = defaultdict(dict)
        for row in self.storage.history(GUEST_STATE, touched):
            assert row.attendee_id is not None
            wanted = touched[row.attendee_id]
            if row.kind in (LogKind.CANCEL, LogKind.RESTORE):
                values[row.attendee_id]["status"] = (
                    "cancelled" if row.kind == LogKind.CANCEL else "registered"
                )
            else:
                values[row.attendee_id].update({n: _field_value(row, n) for n in wanted & set(row.data)})
        self.storage.update_attendees(values)

    def check_ins(self) -> tuple[DoubleCheckIn, ...]:
        """A first check-in of a guest that day is simply written (an hour offline brings 100,000 of them);
        anything meeting an existing check-in, a second one or an undo is replayed over its history."""
        first: dict[tuple[int, str], HistoryRow] = {}
        keys: set[tuple[int, str]] = set()
        for r in self.fresh:
            if r["kind"] in CHECK_INS:
                key = (self.ids[str(r["attendee"])], str(r["day"]))
                if key in keys or r["kind"] == LogKind.UNDO:
                    first.pop(key, None)
                elif r["kind"] == LogKind.CHECK_IN:
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
        standing = standing_of(self.storage.history(CHECK_INS, {attendee for attendee, _ in keys}))
        self.storage.put_check_ins(
            [(attendee, day, _first(standing.get((attendee, day)))) for attendee, day in keys]
        )
        return tuple(doubles(standing, keys, among=self.uuids))

    def signups(self) -> bool:
        """Each (guest, session) the batch decided about: the latest decision wins. A desk's choice in a
        choice group took the guest out of the group's other sessions, as its row lists them (the group as
        it was there and then, not as this station's programme has it now): two desks cut off from each
        other that chose two parallel workshops leave the guest in the later one. True when it took a guest
        out of a session."""
        touched = {pair for row in self.fresh for pair in self.signup_pairs_of_wire(row)}
        if not touched:
            return False
        guests = {attendee for attendee, _ in touched}
        history = [
            *self.storage.history(DESK_SIGNUPS, guests),
            *self.storage.history((LogKind.CHOICES_FROM_ANSWERS,)),
        ]
        decided: dict[tuple[int, int], tuple[str | None, str]] = {}
        for row in sorted(history, key=lambda r: r.clock):
            for pair, diet in _signup_effects(row, guests):
                if pair in touched:
                    decided[pair] = (diet, row.uuid)
        sessions = self.with_sessions(pair for pair, (diet, _) in decided.items() if diet is not None)
        self.storage.put_signups(
            (attendee, session, diet, uuid) for (attendee, session), (diet, uuid) in decided.items()
            if session in sessions
        )  # fmt: skip
        return any(diet is None for diet, _ in decided.values())

    def signup_pairs_of_wire(self, row: Mapping[str, object]) -> list[tuple[int, int]]:
        """The (guest, session) pairs a received row decides about."""
        data = row["data"]
        assert isinstance(data, Mapping)
        if row["kind"] == LogKind.CHOICES_FROM_ANSWERS:
            return [(self.ids[p[0]], p[1]) for p in bulk_pairs(row) if p[0] in self.ids]
        if row["kind"] not in DESK_SIGNUPS:
            return []
        guest = self.ids[str(row["attendee"])]
        others = [data["previous"]] if is_id(data.get("previous")) else []
        return [(guest, session) for session in [data["session"], *others, *data.get("group", [])]]

    def entries(self) -> bool:
        """Each (guest, session) the batch scanned at a door: the latest scan decides, an exit closes it.
        True when it took a guest out of a room."""
        touched: set[tuple[int, int]] = set()
        for wire in self.fresh:
            if wire["kind"] in DOOR_SCANS:
                attendee, data = self.ids[str(wire["attendee"])], wire["data"]
                assert isinstance(data, Mapping)
                touched.update((attendee, s) for s in [data["session"], *(data.get("left") or [])])
        if not touched:
            return False
        state: dict[tuple[int, int], tuple[HistoryRow | None, str | None]] = {}
        for row in self.storage.history(DOOR_SCANS, {attendee for attendee, _ in touched}):
            assert row.attendee_id is not None
            pair = (row.attendee_id, int(row.data["session"]))
            if row.kind == LogKind.EXIT:
                entry, _ = state.get(pair, (None, None))
                state[pair] = (entry, row.at if entry is not None else None)
                continue
            state[pair] = (row, None)
            for left in row.data.get("left") or []:
                state[(row.attendee_id, left)] = (None, None)
        sessions = self.with_sessions(pair for pair, (entry, _) in state.items() if entry is not None)
        self.storage.put_entries(
            (attendee, session, *state.get((attendee, session), (None, None)))
            for attendee, session in touched if session in sessions
        )  # fmt: skip
        return any(state.get(pair, (None, None))[0] is None for pair in touched)


def doubles(
    standing: Mapping[tuple[int, str], list[HistoryRow]],
    keys: set[tuple[int, str]],
    among: set[str] | None = None,
) -> list[DoubleCheckIn]:
    """The (guest, day) of `keys` with more than one standing check-in (one of them `among` these rows)."""
    return [
        DoubleCheckIn(attendee, day, tuple(CheckIn(r.at, r.station, r.staff) for r in found))
        for (attendee, day), found in sorted(standing.items())
        if (attendee, day) in keys
        and len(found) > 1
        and (among is None or any(r.uuid in among for r in found))
    ]


def settle_sessions(storage: Storage) -> None:
    """The sessions are the latest programme's, and those it left out that a guest still chose or entered
    (a programme saved at one desk while another signed a guest up for a session it removed), as the newest
    programme that had them defines them: whatever order the two arrived in, every station keeps that
    session while the sign-up stands, and drops it when the last one goes (there or at a desk)."""
    latest = storage.latest_of(LogKind.PROGRAMME)
    if latest is None:
        return
    listed = {int(s["id"]) for s in latest.data["sessions"]}
    storage.drop_unused_sessions(listed)
    storage.put_sessions(_newest_definitions(storage, {s.id for s in storage.sessions()} - listed))


def _newest_definitions(storage: Storage, wanted: set[int]) -> list[Mapping[str, Any]]:
    """These sessions as the newest programme that had each of them defines it (JSON, as logged)."""
    found: dict[int, Mapping[str, Any]] = {}
    if wanted:
        for row in storage.history((LogKind.PROGRAMME,)):  # oldest first: the newest definition wins
            found.update({s["id"]: s for s in row.data["sessions"] if s["id"] in wanted})
    return list(found.values())


def _history_of_wire(row: Mapping[str, object], attendee_id: int) -> HistoryRow:
    """A received row (checked: its fields are text) as replaying reads rows."""
    text = cast(Mapping[str, str], row)  # received_rows checked these fields: text (the day may be None)
    return HistoryRow(
        text["uuid"], text["kind"], attendee_id, text["day"], text["hlc"], text["origin"], text["at"],
        text["station"], text["staff"], {},
    )  # fmt: skip


def _first(rows: list[HistoryRow] | None) -> HistoryRow | None:
    return rows[0] if rows else None


def _signup_effects(row: HistoryRow, guests: set[int]) -> list[tuple[tuple[int, int], str | None]]:
    """What a sign-up row decided about these guests: (guest, session) -> diet when signed up, None when
    not; the sessions it took the guest out of come first. An import's row names every guest: only the
    ones asked about are read out of it."""
    data = row.data
    if row.kind == LogKind.CHOICES_FROM_ANSWERS:
        diets = {(g, s): diet for g, s, diet in data.get("diets") or [] if g in guests}
        added = [
            (p[0], p[1], p[2] if len(p) > 2 else diets.get((p[0], p[1]), ""))
            for p in data.get("signups") or []
            if p[0] in guests
        ]
        return [
            *(((p[0], p[1]), None) for p in data.get("left") or [] if p[0] in guests),
            *(((guest, session), diet) for guest, session, diet in added),
        ]
    assert row.attendee_id is not None
    guest, session = row.attendee_id, int(data["session"])
    if row.kind == LogKind.WITHDRAW:
        return [((guest, session), None)]
    others = [data["previous"]] if is_id(data.get("previous")) else []
    left = [((guest, int(other)), None) for other in [*others, *data.get("group", [])]]
    return [*left, ((guest, session), str(data.get("diet") or ""))]

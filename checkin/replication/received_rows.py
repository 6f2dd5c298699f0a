"""Checking the log rows another station sent, before any of them touches the event file.

Rows come from stations holding the event's key, but a station may run a buggy or older version, or its file
may be damaged: every field must have the type and size replaying expects (it becomes SQL values, guest
records and programme sessions), else the whole batch is refused with `bad_sync_entries` and nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import datetime
from typing import cast

import orjson

from checkin import codes
from checkin.domain import SESSION_KINDS, Registrant, Session
from checkin.errors import UserError
from checkin.event_settings import is_setting_row
from checkin.log_kinds import CHECK_INS, DESK_EDITED, DESK_SIGNUPS, DOOR_SCANS, NEW_GUEST, LogKind
from checkin.replication import hlc
from checkin.storage.replication import WIRE_FIELDS

MAX_TEXT = 2_000
"""Longest name, reason, note or title a row may carry (the desk's own limits are far below)."""

GUEST_FIELDS = frozenset(f.name for f in fields(Registrant))
JSON_COLUMNS = ("days", "extra")
CONSENTS = ("consent_data", "consent_image")

_WIRE_KEYS = frozenset(WIRE_FIELDS)
_WIRE_TEXTS = ("uuid", "origin", "hlc", "kind", "station", "staff", "at", "reason")
_SESSION_FIELDS = frozenset(f.name for f in fields(Session))
_SESSION_TEXTS = ("title", "room", "speakers", "choice_group")
_KIND = re.compile(r"[a-z_]{1,40}")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


def bad(why: str) -> UserError:
    return UserError(
        "bad_sync_entries",
        "Another station sent data this station cannot accept ({why}); nothing was changed.",
        why=why,
    )  # fmt: skip


def checked(entry: object, days: Sequence[str]) -> dict[str, object]:
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
    if not is_id(row["origin_seq"]):
        raise bad("a row with a malformed number")
    if not hlc.is_hlc(row["hlc"]):
        raise bad("a row with a malformed clock")
    if not hlc.is_plausible(row["hlc"]):
        raise bad("a row dated more than a day ahead of this station's clock; check the other laptop's clock")
    if not _is_moment(row["at"]):
        raise bad("a row with a malformed time")
    if row["attendee"] is not None and not (
        type(row["attendee"]) is str and codes.looks_like_code(row["attendee"])
    ):
        raise bad("a row naming a guest by something that is not a code")
    if row["day"] is not None and row["day"] not in days:
        raise bad("a row for a day the event does not have")
    if not isinstance(row["data"], Mapping):
        raise bad("a row whose data is not an object")
    _check_data(row, days)
    return row


def _check_data(row: Mapping[str, object], days: Sequence[str]) -> None:
    """The data that replaying reads must have the shape replaying expects."""
    kind, data = row["kind"], row["data"]
    assert isinstance(data, Mapping)
    if kind in NEW_GUEST:
        if not row["attendee"] or data.get("code", row["attendee"]) != row["attendee"]:
            raise bad("a new guest whose code does not match")
        _check_guest_fields({k: v for k, v in data.items() if k not in ("code", "status")}, days, stored=True)
    elif kind == LogKind.EDIT:
        _check_guest_fields(data, days, stored=False)
    elif kind == LogKind.IMPORTED:
        if not row["attendee"]:
            raise bad("imported values without their guest")
        _check_guest_fields(data, days, stored=False, pairs=False)
    elif kind in (*DESK_SIGNUPS, *DOOR_SCANS):
        if not (is_id(data.get("session")) and row["attendee"]):
            raise bad("a choice or a door scan without its session")
        if not (_all_ids(data.get("left", [])) and _all_ids(data.get("group", []))) or not _is_text(
            data.get("diet", "")
        ):
            raise bad("a choice or a door scan with malformed sessions")
    elif kind == LogKind.CHOICES_FROM_ANSWERS:
        _check_bulk(data)
    elif kind == LogKind.PROGRAMME:
        _check_sessions(data.get("sessions"), len(days))
    elif kind == LogKind.SETTING and not is_setting_row(data):
        raise bad("an event setting of the wrong kind")
    elif kind == LogKind.CONFIRMATION_SENT:
        if not (row["attendee"] and _is_text(data.get("address")) and _is_text(data.get("language"))):
            raise bad("a confirmation sent without its guest or address")
    elif kind in CHECK_INS:
        if not (row["attendee"] and row["day"]):
            raise bad("a check-in without its guest or day")
        undone = [data.get("undoes"), *_list(data.get("also", []))] if kind == LogKind.UNDO else []
        if not all(type(u) is str and _HEX32.fullmatch(u) for u in undone):
            raise bad("an undo of something that is not a check-in")


def _check_guest_fields(
    values: Mapping[str, object], days: Sequence[str], *, stored: bool, pairs: bool = True
) -> None:
    """A guest's fields as a new record stores them (`stored`: days and extra as JSON text) or as an edit
    logs them (values, or with `pairs` [old, new] for a desk's edit)."""
    for name, value in values.items():
        if name not in GUEST_FIELDS:
            raise bad("a guest field this station does not know")
        if name in CONSENTS:
            ok = value is None or type(value) in (bool, int)
        elif name in JSON_COLUMNS:
            ok = _json_field(name, _loads(value) if stored else value, days)
        elif not stored and pairs and name in DESK_EDITED and type(value) is list:
            ok = len(value) == 2 and all(_is_text(v) for v in value)
        else:
            ok = _is_text(value)
        if not ok:
            raise bad(f"a guest's {name} of the wrong kind")


def _json_field(name: str, value: object, days: Sequence[str]) -> bool:
    if name == "days":
        return type(value) is list and all(day in days for day in value)
    return isinstance(value, Mapping) and all(_is_text(k) and _is_text(v) for k, v in value.items())


def _check_bulk(data: Mapping[str, object]) -> None:
    """[guest, session] items in `signups` and `left`, [guest, session, diet] in `diets`."""
    lists = [data.get(key, []) for key in ("signups", "left", "diets")]
    if not all(type(items) is list for items in lists):
        raise bad("sign-ups that are not lists")
    for sizes, items in zip(((2, 3), (2,), (3,)), lists, strict=True):  # earlier sign-ups had their diet
        for item in cast(list, items):  # a list: checked above
            if not (type(item) is list and len(item) in sizes and type(item[0]) is str and is_id(item[1])):
                raise bad("sign-ups that are not (guest, session) pairs")
            if len(item) == 3 and not _is_text(item[2]):
                raise bad("a sign-up with a malformed diet")


def _check_sessions(sessions: object, day_count: int) -> None:
    if type(sessions) is not list:
        raise bad("a programme without its sessions")
    for s in sessions:
        if not (isinstance(s, Mapping) and s.keys() == _SESSION_FIELDS and is_id(s["id"])):
            raise bad("a programme session with missing fields")
        if not (type(s["day"]) is int and 1 <= s["day"] <= day_count):
            raise bad("a programme session on a day the event does not have")
        if not (_is_clock(s["start"]) and _is_clock(s["end"]) and s["kind"] in SESSION_KINDS):
            raise bad("a programme session with a malformed time or kind")
        if not all(_is_text(s[k]) for k in _SESSION_TEXTS):
            raise bad("a programme session with a malformed title")
        if not (s["capacity"] is None or is_id(s["capacity"])) or type(s["signup"]) is not bool:
            raise bad("a programme session with a malformed capacity")


def bulk_pairs(row: Mapping[str, object]) -> list[list]:
    """The [guest, session, ...] items of a checked bulk sign-up row (none for other rows)."""
    if row["kind"] != LogKind.CHOICES_FROM_ANSWERS:
        return []
    data = row["data"]
    assert isinstance(data, Mapping)
    return [*data.get("signups", []), *data.get("left", []), *data.get("diets", [])]


def is_id(value: object) -> bool:
    return type(value) is int and 0 < value < 2**62


def _all_ids(value: object) -> bool:
    return type(value) is list and all(is_id(item) for item in value)


def _list(value: object) -> list:
    if type(value) is not list:
        raise bad("a list of the wrong kind")
    return value


def _loads(value: object) -> object:
    """A stored JSON column's value; None (refused by the caller) when it is not JSON text."""
    try:
        return orjson.loads(value) if type(value) is str else None
    except ValueError:  # orjson's, as the stored rows are read: text no UTF-8 can hold is refused here
        return None


def _is_text(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT


def _is_clock(value: object) -> bool:
    return type(value) is str and _CLOCK.fullmatch(value) is not None


def _is_moment(value: str) -> bool:
    try:
        return datetime.fromisoformat(value).tzinfo is not None  # every station writes its offset
    except ValueError:
        return False

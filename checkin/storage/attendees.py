"""Attendee rows: inserting and updating them, looking them up, and the narrow views of them that search
and import matching read. Each row is converted to and from the `Attendee` record here and only here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import fields
from functools import lru_cache
from operator import attrgetter
from typing import Any, cast

import orjson

from checkin.domain import DEFAULT_CATEGORY, Attendee, Registrant, Status
from checkin.log_kinds import LogKind
from checkin.storage.log import LogRows
from checkin.storage.search_words import index_guests, index_new_guests

INSERT_CHUNK = 5000
"""Rows built and inserted at a time, so a 100,000-person import does not hold them all at once."""

_REGISTRANT_FIELDS = tuple(f.name for f in fields(Registrant))
_registrant_values = attrgetter(*_REGISTRANT_FIELDS)
"""A record's fields as a tuple, in one call: an import takes them from 100,000 records."""
_BOOL_FIELDS = ("consent_data", "consent_image")
_CONVERTED = ("days", "extra", *_BOOL_FIELDS)
_ATTENDEE_COLUMNS = ("id", "code", "status", *_REGISTRANT_FIELDS)
_SELECTED = ", ".join(f"attendees.{name}" for name in _ATTENDEE_COLUMNS)
"""What `_attendee` reads, in its order."""


SEARCHED_FIELDS = frozenset(("first_name", "last_name", "organisation", "city", "email"))
"""What the search index holds of a guest: a change to one of them re-indexes the guest."""


def _column_value(name: str, value: object) -> object:
    if name == "days":
        return _days_text(tuple(cast(Iterable[str], value))) if value else "[]"
    if name == "extra":
        return orjson.dumps(dict(cast(Mapping[str, str], value))).decode() if value else "{}"
    if name in _BOOL_FIELDS:
        return None if value is None else int(bool(value))
    return value


def registrant_columns(person: Registrant) -> dict[str, object]:
    columns = dict(zip(_REGISTRANT_FIELDS, _registrant_values(person), strict=True))
    columns["category"] = columns["category"] or DEFAULT_CATEGORY
    for name in _CONVERTED:
        columns[name] = _column_value(name, columns[name])
    return columns


def _attendee(row: sqlite3.Row) -> Attendee:
    # A row selected as `_SELECTED` names them, other columns after: read by position (`row[name]`
    # compares names column by column), and only the few stored in another shape converted. Search turns
    # 50 rows into guests on every keystroke.
    values: dict[str, Any] = dict(zip(_ATTENDEE_COLUMNS, row, strict=False))  # Any: converted below
    values["days"] = _days(values["days"])
    values["extra"] = orjson.loads(values["extra"]) if values["extra"] != "{}" else {}
    for name in _BOOL_FIELDS:
        if values[name] is not None:
            values[name] = bool(values[name])
    values["status"] = _STATUSES[values["status"]]
    return Attendee(**values)


_STATUSES = {status.value: status for status in Status}


@lru_cache(maxsize=1024)
def _days_text(days: tuple[str, ...]) -> str:
    """The days to store: an event's guests share a few sets of days, each written once."""
    return json.dumps(list(days))


@lru_cache(maxsize=1024)
def _days(stored: str) -> tuple[str, ...]:
    """The days as stored: an event has a few sets of days that all its guests share, each parsed once."""
    return tuple(json.loads(stored))


BADGE_TEXTS = {
    "name": "title || ' ' || first_name || ' ' || last_name",
    "organisation": "organisation",
    "surname": "last_name",
    "position": "position",
}
"""The texts of a badge that may not fit it, as SQL: the whole name, the organisation, the surname (set
largest of all) and the position."""


class AttendeeRows(LogRows):
    """The attendees table. A log row goes with every insert, hence the log underneath."""

    def attendee_by_code(self, code: str) -> Attendee | None:
        row = self.db.execute(f"SELECT {_SELECTED} FROM attendees WHERE code = ?", (code,)).fetchone()
        return _attendee(row) if row else None

    def attendee_by_id(self, attendee_id: int) -> Attendee | None:
        row = self.db.execute(f"SELECT {_SELECTED} FROM attendees WHERE id = ?", (attendee_id,)).fetchone()
        return _attendee(row) if row else None

    def attendees_by_ids(self, ids: Sequence[int]) -> dict[int, Attendee]:
        rows = self.in_chunks(f"SELECT {_SELECTED} FROM attendees WHERE id IN ({{marks}})", ids)
        return {row[0]: _attendee(row) for row in rows}

    def attendees(self) -> Iterator[Attendee]:
        for row in self.db.execute(f"SELECT {_SELECTED} FROM attendees ORDER BY id"):
            yield _attendee(row)

    def identity_rows(self) -> Iterator[tuple[int, str, str, str, str, str]]:
        """(id, registration id, e-mail, first name, last name, organisation) of every guest, a row at a
        time: what an import matches its list against."""
        yield from self.db.execute(
            "SELECT id, registration_id, email, first_name, last_name, organisation FROM attendees"
        )

    def longest(self, text: str, limit: int) -> list[int]:
        """The ids of the `limit` registered guests whose `text` (a `BADGE_TEXTS` key) is the longest,
        longest first (then by id): one scan of the table."""
        order = f"length({BADGE_TEXTS[text]}) DESC, id"
        rows = self.db.execute(
            f"SELECT id FROM attendees WHERE status = 'registered' ORDER BY {order} LIMIT ?", (limit,)
        )
        return [row[0] for row in rows]

    def registered_from_files(self, files: Sequence[str]) -> Iterator[tuple[int, str, str]]:
        """(id, full name, registration id) of the registered guests a list of one of `files`
        registered (their source "file:row"), in id order, a row at a time: who a re-import may lack."""
        if not files:
            return
        wanted = " OR ".join("substr(source, 1, ?) = ?" for _ in files)
        yield from self.db.execute(
            "SELECT id, trim(trim(title || ' ' || first_name) || ' ' || last_name), registration_id"
            " FROM attendees"
            f" WHERE status = 'registered' AND ({wanted}) ORDER BY id",
            [value for name in files for value in (len(name) + 1, f"{name}:")],
        )

    def ids_matching_like(self, pattern: str, limit: int) -> list[int]:
        """The naive search a spreadsheet user would write; only the benchmark's baseline uses it."""
        like = f"%{pattern}%"
        rows = self.db.execute(
            "SELECT id FROM attendees WHERE first_name LIKE ?1 OR last_name LIKE ?1 OR organisation LIKE ?1"
            " OR city LIKE ?1 OR email LIKE ?1 ORDER BY last_name, first_name LIMIT ?2",
            (like, limit),
        )
        return [row[0] for row in rows]

    def insert_attendees(
        self,
        people: Sequence[tuple[Registrant, str]],
        *,
        kind: LogKind,
        station: str,
        staff: str,
        reason: str,
    ) -> list[int]:
        """Insert (registrant, code) pairs and one `kind` log row each, carrying the whole record, and
        index them for search.

        Inside the caller's transaction, whose write lock makes `max(id) + 1` ours to hand out. Rows are
        built a chunk at a time so a 100,000-person import does not hold them all at once.
        """
        first_id = int(self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM attendees").fetchone()[0])
        names = ("id", "code", *_REGISTRANT_FIELDS)
        sql = f"INSERT INTO attendees ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        for start in range(0, len(people), INSERT_CHUNK):
            records = [
                {"id": first_id + start + offset, "code": code, **registrant_columns(person)}
                for offset, (person, code) in enumerate(people[start : start + INSERT_CHUNK])
            ]  # fmt: skip
            self.conn.executemany(sql, (tuple(record.values()) for record in records))
            self.append_log_many(
                [(kind, first_id + start + offset, record) for offset, record in enumerate(records)],
                station=station,
                staff=staff,
                reason=reason,
            )
        ids = list(range(first_id, first_id + len(people)))
        index_new_guests(self.conn, list(zip(ids, (person for person, _ in people), strict=True)))
        return ids

    def update_attendee(self, attendee_id: int, changes: Mapping[str, object]) -> None:
        """Set the given registrant fields (or `status`), and the guest's search words with them; inside the
        caller's transaction (a desk's edit)."""
        self.update_attendees({attendee_id: changes})

    def update_attendees(self, changes: Mapping[int, Mapping[str, object]]) -> None:
        """Set each guest's given fields, then re-index the searched ones in one pass; inside the caller's
        transaction (an import's updates, edits received from another station)."""
        allowed = set(_REGISTRANT_FIELDS) | {"status"}
        for attendee_id, fields_changed in changes.items():
            unknown = set(fields_changed) - allowed
            if unknown:
                raise ValueError(f"not attendee fields: {sorted(unknown)}")
            assignments = ", ".join(f"{name} = ?" for name in fields_changed)
            values = [_column_value(name, value) for name, value in fields_changed.items()]
            self.conn.execute(f"UPDATE attendees SET {assignments} WHERE id = ?", (*values, attendee_id))
        searched = [attendee_id for attendee_id, changed in changes.items() if SEARCHED_FIELDS & set(changed)]
        index_guests(self.conn, searched)

    def roster(
        self, category: str | None = None, ids: Sequence[int] | None = None
    ) -> list[tuple[int, str, str]]:
        """(id, last name, first name) of registered guests, optionally of one category or these ids."""
        sql = "SELECT id, last_name, first_name FROM attendees WHERE status = 'registered'"
        params: list[object] = []
        if category:
            sql += " AND category = ?"
            params.append(category)
        if ids is not None:
            sql += f" AND id IN ({','.join('?' * len(ids))})"
            params.extend(ids)
        return [tuple(row) for row in self.db.execute(sql, params)]

    def codes_taken(self, codes: Sequence[str]) -> set[str]:
        """Those of `codes` that are guests' codes."""
        return {row[0] for row in self.in_chunks("SELECT code FROM attendees WHERE code IN ({marks})", codes)}

    # --- attendance lists ---------------------------------------------------------------------------------

    def with_check_in(self, day: str) -> Iterator[tuple[Attendee, str | None]]:
        """Registered guests, and anyone else checked in on `day` (cancelled after coming), each with the
        time of their check-in that day (None: not checked in)."""
        rows = self.db.execute(
            f"SELECT {_SELECTED}, checkins.at AS present_at FROM attendees LEFT JOIN checkins"
            " ON checkins.attendee_id = attendees.id AND checkins.day = ?"
            " WHERE attendees.status = 'registered' OR checkins.at IS NOT NULL",
            (day,),
        )
        return ((_attendee(row), row["present_at"]) for row in rows)

    def with_entry(self, session_id: int, *, signed_up_only: bool) -> Iterator[tuple[Attendee, str | None]]:
        """Registered guests (with `signed_up_only`, those signed up for the session), and anyone else who
        entered it, each with the time of their entry through its door (None: did not enter)."""
        signed_up = (
            " AND EXISTS (SELECT 1 FROM signups WHERE signups.attendee_id = attendees.id"
            " AND signups.session_id = ?1)"
        )
        rows = self.db.execute(
            f"SELECT {_SELECTED}, entries.at AS present_at FROM attendees LEFT JOIN entries"
            " ON entries.attendee_id = attendees.id AND entries.session_id = ?1"
            f" WHERE (attendees.status = 'registered'{signed_up if signed_up_only else ''})"
            " OR entries.at IS NOT NULL",
            (session_id,),
        )
        return ((_attendee(row), row["present_at"]) for row in rows)

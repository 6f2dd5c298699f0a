"""What an event file must be after any kill: whole, and its log telling the same story as its tables.

The log is what travels to the other stations and what every count is rebuilt from, so a table that says
one thing and a log that says another is data lost, even when each looks fine alone. The checks read the
file with plain SQLite, as another program would, before the app opens it (opening may tidy things up).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from contextlib import closing
from pathlib import Path

from checkin.log_kinds import DESK_EDITED, NEW_GUEST, LogKind
from checkin.station import Station


def assert_sound(db: Path, context: object = "") -> None:
    """The file passes SQLite's own checks, its log agrees with its tables, and the app opens it. A station
    may be writing it meanwhile: the checks read one snapshot of it (one read transaction)."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        conn.execute("BEGIN")
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], context
        assert _guests(conn) == _logged_guests(conn), context
        assert _check_ins(conn) == _standing_check_ins(conn), context
        assert _corrected_fields(conn) == _logged_corrections(conn), context
        assert _numbering(conn), context
    Station.open(db).close()


def _guests(conn: sqlite3.Connection) -> list[int]:
    return sorted(row[0] for row in conn.execute("SELECT id FROM attendees"))


def _logged_guests(conn: sqlite3.Connection) -> list[int]:
    """Every guest created by exactly one row (a list's or a walk-in's)."""
    marks = ",".join("?" * len(NEW_GUEST))
    return sorted(
        row[0] for row in conn.execute(f"SELECT attendee_id FROM log WHERE kind IN ({marks})", NEW_GUEST)
    )


def _check_ins(conn: sqlite3.Connection) -> dict[tuple[int, str], str]:
    return {
        (guest, day): uuid
        for guest, day, uuid in conn.execute("SELECT attendee_id, day, log_uuid FROM checkins")
    }


def _standing_check_ins(conn: sqlite3.Connection) -> dict[tuple[int, str], str]:
    """(guest, day) -> the check-in row no undo took back. Two such rows for one guest and day are two desks
    that could not see each other; the table keeps the first by the stations' shared clock."""
    undone: set[str] = set()
    for (data,) in conn.execute("SELECT data FROM log WHERE kind = ?", (LogKind.UNDO,)):
        taken_back = json.loads(data)
        undone.update([taken_back["undoes"], *taken_back.get("also", [])])
    standing: dict[tuple[int, str], str] = {}
    rows = conn.execute(
        "SELECT attendee_id, day, uuid FROM log WHERE kind = ? ORDER BY hlc, origin", (LogKind.CHECK_IN,)
    )
    for guest, day, uuid in rows:
        if uuid not in undone:
            standing.setdefault((guest, day), uuid)
    return standing


def _logged_corrections(conn: sqlite3.Connection) -> dict[tuple[int, str], str]:
    """(guest, field) -> the value the last correction of it wrote (a desk's logs [old, new], an import's the
    new value), in the stations' clock order (the order every station replays the log in)."""
    last: dict[tuple[int, str], str] = {}
    rows = conn.execute(
        "SELECT attendee_id, data FROM log WHERE kind = ? ORDER BY hlc, origin", (LogKind.EDIT,)
    )
    for guest, data in rows:
        for name, value in json.loads(data).items():
            new = value[1] if isinstance(value, list) and len(value) == 2 else value
            if name in DESK_EDITED and isinstance(new, str):
                last[(guest, name)] = new
    return last


def _corrected_fields(conn: sqlite3.Connection) -> dict[tuple[int, str], str]:
    """The same fields as the log's corrections, read from the guests' records."""
    wanted: dict[int, set[str]] = defaultdict(set)
    for guest, name in _logged_corrections(conn):
        wanted[guest].add(name)
    values: dict[tuple[int, str], str] = {}
    for guest, names in wanted.items():
        columns = ", ".join(f'"{name}"' for name in sorted(names))
        row = conn.execute(f"SELECT {columns} FROM attendees WHERE id = ?", (guest,)).fetchone()
        values.update(zip(((guest, name) for name in sorted(names)), row, strict=True))
    return values


def _numbering(conn: sqlite3.Connection) -> bool:
    """The rows this file wrote are numbered 1, 2, ... without a gap up to the number it says it issued
    last: a row given a number and then lost would leave a hole other stations wait for for ever."""
    origin, last_seq = conn.execute("SELECT origin, last_seq FROM replica").fetchone()
    count, highest = conn.execute(
        "SELECT count(*), coalesce(max(origin_seq), 0) FROM log WHERE origin = ?", (origin,)
    ).fetchone()
    return count == highest == last_seq

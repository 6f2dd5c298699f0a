"""Small real event files for tests: a two-day event with a handful of Polish and Cyrillic guests."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from checkin.domain import Registrant, Session
from checkin.station import Station
from checkin.storage import migrations

DAYS = ("2026-06-21", "2026-06-22")

GUESTS = (
    Registrant(first_name="Jan", last_name="Kowalski", organisation="CUS Starachowice", email="jan@cus.pl",
               registration_id="R1"),
    Registrant(first_name="Marcin", last_name="Jóżko", title="dr", organisation="Instytut Rozwoju Profesji",
               email="m.jozko@irpius.pl", registration_id="R2", category="speaker"),
    Registrant(first_name="Łucja", last_name="Gołębiowska", organisation="MOPS Łódź", registration_id="R3",
               category="honorary_guest", notes="Powiadomić organizatora"),
    Registrant(first_name="Олена", last_name="Коваленко", organisation="Фонд Форпост", registration_id="R4",
               days=(DAYS[1],)),
    Registrant(first_name="Anna", last_name="Nowak", organisation="GOPS Wiązowna", registration_id="R5"),
)  # fmt: skip


def make_station(path: Path, guests: tuple[Registrant, ...] = GUESTS, **kwargs: str) -> Station:
    station = Station.create(path, event_name="Kongres testowy", venue="Hotel", days=DAYS, **kwargs)
    station.register(list(guests), reason="test fixture")
    return station


def as_older_version(current: Path, target: Path, version: int) -> None:
    """Write at `target` the file an older version of the app (schema `version`) would have kept of the
    event in `current`: the tables and columns that version had, their rows copied over."""
    with closing(sqlite3.connect(target)) as old:
        for number, script in enumerate(migrations.MIGRATIONS[:version], start=1):
            old.executescript(script)
            old.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            old.execute("DELETE FROM schema_version")
            old.execute("INSERT INTO schema_version VALUES (?)", (number,))
        old.execute("ATTACH DATABASE ? AS current", (str(current),))
        tables = [row[0] for row in old.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")]
        for table in (t for t in tables if t not in ("schema_version", "sqlite_sequence")):
            columns = ", ".join(f'"{row[1]}"' for row in old.execute(f'PRAGMA main.table_info("{table}")'))
            # OR REPLACE: a row the migrations made (the replica's own) is the current file's
            old.execute(
                f'INSERT OR REPLACE INTO main."{table}" ({columns}) SELECT {columns} FROM current."{table}"'
            )
        old.commit()


def code_of(station: Station, last_name: str) -> str:
    return next(a.code for a in station.storage.attendees() if a.last_name == last_name)


def workshop(title: str, room: str, capacity: int | None = 2, group: str = "warsztaty") -> Session:
    """A day-two workshop of the choice group `group`."""
    return Session(day=2, start="09:00", end="12:00", title=title, room=room, kind="workshop",
                   capacity=capacity, choice_group=group)  # fmt: skip


PROGRAMME = (
    Session(day=1, start="11:00", end="12:00", title="Otwarcie", room="Bruksela", kind="plenary", capacity=3),
    Session(day=1, start="18:00", end="20:00", title="Uroczysta kolacja", room="Sala Europejska",
            kind="social", capacity=3, signup=True),
    workshop("Zarządzanie usługami społecznymi", "Warszawa"),
    workshop("Organizowanie Społeczności Lokalnej", "Bruksela"),
)  # fmt: skip
"""A small programme with small rooms, so that "full" is two or three guests away."""


def session_titled(station: Station, title: str) -> Session:
    return next(s for s in station.programme.sessions() if s.title == title)

"""`main.py import` of a long list killed at a random moment (starting up, taking the backup, reading,
writing, committing): the file is whole after, and holds the list whole or not at all."""

import shutil
import time
from pathlib import Path

import pytest
from helpers.cli import ROOT, cli
from helpers.hostile_guests import with_hostile_guests
from helpers.kill_trials import trials
from helpers.sound_file import assert_sound
from helpers.stations import query

from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.station import Station

LISTED = 8000
"""Rows in the list: an import of a few seconds, so that most kills land inside it."""
ROUNDS = 3
"""Imports killed per trial, each into a fresh copy of the event."""
DEMO_PIN = "1234"


@pytest.fixture(scope="module")
def listing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float, tuple[int, int]]:
    """(the event before the import, the list, seconds a whole import took, what the file holds after it)."""
    folder = tmp_path_factory.mktemp("listing")
    event, listed = folder / "event.sqlite", folder / "list.csv"
    cli(event, "demo", "--registrants", "50")
    station = Station.open(event)
    days = tuple(station.event.days)
    station.close()
    write_registrants_csv(listed, with_hostile_guests(generate_registrants(LISTED, 7, days)), days)
    whole = folder / "whole.sqlite"
    shutil.copy(event, whole)
    start = time.monotonic()
    cli(whole, "import", str(listed), CHECKIN_PIN=DEMO_PIN)
    return event, listed, time.monotonic() - start, held(whole)


def held(db: Path) -> tuple[int, int]:
    """(guests, log rows)."""
    return query(db, "SELECT (SELECT count(*) FROM attendees), (SELECT count(*) FROM log)")[0]


@pytest.mark.parametrize("seed", trials(1))
def test_an_import_killed_at_any_moment_is_all_or_nothing(listing, tmp_path, trial, monkeypatch):
    event, listed, import_s, after = listing
    monkeypatch.setenv("CHECKIN_PIN", DEMO_PIN)
    for round_ in range(ROUNDS):
        db = tmp_path / f"round{round_}" / "event.sqlite"
        db.parent.mkdir()
        shutil.copy(event, db)
        before = held(db)
        importing = trial.start(
            [str(ROOT / "main.py"), "--db", str(db), "import", str(listed)], db.with_suffix(".out")
        )
        trial.kill_at_random([importing.process], import_s)

        assert_sound(db, trial)
        assert held(db) in (before, after), (trial, held(db), before, after)
        trial.note("the list is in" if held(db) == after else "the list is not in")

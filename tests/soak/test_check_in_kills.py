"""Two desks checking guests in on one event file, each killed at a random moment, round after round: every
check-in a desk acknowledged is in the file after, exactly once, and the file is whole."""

import shutil
from pathlib import Path

import pytest
from helpers.desk_loop import __file__ as DESK_LOOP
from helpers.events import DAYS, make_station
from helpers.kill_trials import trials
from helpers.sound_file import assert_sound
from helpers.stations import query

from checkin.demo.registrants import generate_registrants
from checkin.domain import VerdictKind

GUESTS = 1500
"""Enough that a desk is still scanning when its kill comes, on a fast machine too."""
DESKS = 2
ROUNDS = 3
KILL_WINDOW_S = 1.0
ACKNOWLEDGED = {VerdictKind.CHECKED_IN.value, VerdictKind.ALREADY_CHECKED_IN.value}
"""The verdicts that tell the receptionist the guest is in."""


@pytest.fixture(scope="module")
def crowd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("crowd") / "event.sqlite"
    make_station(path, guests=tuple(generate_registrants(GUESTS, 3, DAYS))).close()
    return path


def held_check_ins(db: Path) -> set[tuple[str, str]]:
    return set(query(db, "SELECT a.code, c.day FROM checkins c JOIN attendees a ON a.id = c.attendee_id"))


@pytest.mark.parametrize("seed", trials(1))
def test_every_check_in_a_killed_desk_acknowledged_is_in_the_file_once(crowd, tmp_path, trial):
    db = tmp_path / "event.sqlite"
    shutil.copy(crowd, db)
    acknowledged: set[tuple[str, str]] = set()
    for round_ in range(ROUNDS):
        desks = [
            trial.start([DESK_LOOP, str(db), f"Recepcja {n}", "checkin", str(trial.random.randrange(10**6))],
                        tmp_path / f"round{round_}-desk{n}.out")
            for n in range(DESKS)
        ]  # fmt: skip
        for desk in desks:
            desk.wait_ready()
        trial.kill_at_random([desk.process for desk in desks], KILL_WINDOW_S)
        for desk in desks:
            acknowledged |= {
                (line["code"], line["day"]) for line in desk.lines() if line.get("verdict") in ACKNOWLEDGED
            }
        trial.note(f"{len(acknowledged)} acknowledged")

        assert_sound(db, trial)
        lost = acknowledged - held_check_ins(db)
        assert not lost, (trial, sorted(lost))
        twice = query(
            db, "SELECT attendee_id, day FROM log WHERE kind = 'check_in' GROUP BY 1, 2 HAVING count(*) > 1"
        )
        assert twice == [], (trial, twice)

"""Two station processes catching up after a day apart while a desk at the first keeps checking guests in,
killed at random moments (either station, or both), restarted, killed again, and the desk killed too: once
the stations run undisturbed they agree, both files are whole, and every row either held before and every
check-in the desk acknowledged is in both."""

import shutil
from pathlib import Path

import pytest
from helpers.cli import cli
from helpers.desk_loop import __file__ as DESK_LOOP
from helpers.hostile_guests import with_hostile_guests
from helpers.kill_trials import trials
from helpers.sound_file import assert_sound
from helpers.stations import StationProcess, Stations, query, running_stations, wait_until

from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.domain import VerdictKind
from checkin.replication.replica import Replica
from checkin.station import Station

LISTED = 3000
"""Guests the first station imports while the second is away: a catch-up of about a second."""
OFFLINE_CHECK_INS = 100
"""Check-ins the second station makes while away, which the first must receive."""
KILL_ROUNDS = 2
AGREE_S = 120.0
"""A bound on the stations agreeing once left alone (normally a few seconds), not a speed."""
DEMO_PIN = "1234"
ACKNOWLEDGED = {VerdictKind.CHECKED_IN.value, VerdictKind.ALREADY_CHECKED_IN.value}


BY_CODE = "JOIN attendees a ON a.id = t.attendee_id"
SHOWN = {
    "guests": "SELECT code, first_name, last_name, organisation, status FROM attendees",
    "check_ins": f"SELECT a.code, t.day, t.station, t.at FROM checkins t {BY_CODE}",
    "signups": f"SELECT a.code, t.session_id, t.diet FROM signups t {BY_CODE}",
    "log": "SELECT uuid FROM log",
}
"""What a desk shows, independent of each file's own guest numbers."""


def held_check_ins(db: Path) -> set[tuple[str, str]]:
    return set(query(db, f"SELECT a.code, t.day FROM checkins t {BY_CODE}"))


def shown(db: Path) -> dict[str, set[tuple]]:
    return {what: set(query(db, sql)) for what, sql in SHOWN.items()}


def log_uuids(db: Path) -> set[str]:
    return {row[0] for row in query(db, "SELECT uuid FROM log")}


@pytest.fixture(scope="module")
def apart(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """(the first station's file, the second's, seconds a whole catch-up took): the second joined the
    first, then the first imported a long list while the second checked guests in."""
    folder = tmp_path_factory.mktemp("apart")
    first, second, listed = folder / "a.sqlite", folder / "b.sqlite", folder / "list.csv"
    cli(first, "demo", "--registrants", "400")
    desk = Station.open(first, name="A")
    desk.replica.snapshot_to(second)
    days = tuple(desk.event.days)
    desk.close()
    Replica.adopt(second)
    write_registrants_csv(listed, with_hostile_guests(generate_registrants(LISTED, 11, days)), days)
    cli(first, "import", str(listed), CHECKIN_PIN=DEMO_PIN)
    away = Station.open(second, name="B", day=days[0])
    for guest in list(away.storage.attendees())[:OFFLINE_CHECK_INS]:
        away.check_in(guest.code)
    away.close()
    return first, second, catch_up_s(*copies(first, second, folder / "calibration"))


def copies(first: Path, second: Path, folder: Path) -> tuple[Path, Path]:
    folder.mkdir()
    return Path(shutil.copy(first, folder)), Path(shutil.copy(second, folder))


def catch_up_s(first: Path, second: Path) -> float:
    """Seconds from both stations listening to their agreeing: the transfer, where the kills should land."""
    with running_stations() as stations:
        a = stations.start(first, "A")
        stations.start(second, "B", peers=[a.address])
        _, took = wait_until(lambda: log_uuids(first) == log_uuids(second), AGREE_S)
    return took


def restart(stations: Stations, n: int, files: tuple[Path, Path], port: int) -> StationProcess:
    """Station A (n = 0) on its port, or B (n = 1) with A as its peer, as the venue runs them."""
    address = f"127.0.0.1:{port}"
    return stations.start(files[n], "AB"[n], port=port if n == 0 else 0, peers=[address] if n else [])


@pytest.mark.parametrize("seed", trials(1))
def test_stations_killed_mid_catch_up_agree_after_a_restart_with_nothing_lost(apart, tmp_path, trial):
    files = first, second = copies(*apart[:2], tmp_path / "files")
    held_before = log_uuids(first) | log_uuids(second)
    with running_stations() as stations:
        a = stations.start(first, "A")
        port, running = a.port, [a, stations.start(second, "B", peers=[a.address])]
        desk = trial.start(
            [DESK_LOOP, str(first), "Recepcja A", "checkin", str(trial.seed)], tmp_path / "desk.out"
        )
        desk.wait_ready()
        for _ in range(KILL_ROUNDS):
            victims = trial.random.choice([[0], [1], [0, 1]])
            trial.note("killing " + " and ".join("AB"[n] for n in victims))
            trial.kill_at_random([running[n].process for n in victims], apart[2])
            for n in victims:
                trial.note(f"{'AB'[n]} held {len(log_uuids(files[n]))} rows")
                assert_sound(files[n], trial)
                running[n] = restart(stations, n, files, port)
        trial.kill_at_random([desk.process], apart[2])
        acknowledged = {
            (line["code"], line["day"]) for line in desk.lines() if line.get("verdict") in ACKNOWLEDGED
        }
        trial.note(f"the desk checked {len(acknowledged)} guests in")
        wait_until(lambda: log_uuids(first) == log_uuids(second), AGREE_S)
        assert [station.stop() for station in running] == [0, 0], trial
    for db in files:
        assert held_before <= log_uuids(db), (trial, len(held_before - log_uuids(db)))
        assert acknowledged <= held_check_ins(db), (trial, sorted(acknowledged - held_check_ins(db)))
        assert_sound(db, trial)
    assert shown(first) == shown(second), trial

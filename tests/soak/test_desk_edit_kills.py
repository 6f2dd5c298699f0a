"""A desk correcting guests, checking them in and taking check-ins back without a pause, killed at a random
moment, round after round on one file: the file holds every operation the desk acknowledged and nothing
half done (the state after the last acknowledged operation, or after the one in flight)."""

import shutil
from pathlib import Path

import pytest
from helpers.desk_loop import __file__ as DESK_LOOP
from helpers.desk_loop import edited_guests, state_after
from helpers.events import make_station
from helpers.kill_trials import trials
from helpers.sound_file import assert_sound

from checkin.station import Station

ROUNDS = 4
KILL_WINDOW_S = 0.5


@pytest.fixture(scope="module")
def small_event(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("small") / "event.sqlite"
    make_station(path).close()
    return path


def desk_state(db: Path) -> list[tuple[str, bool]]:
    """(organisation, checked in on day one) of the guests the corrections loop works on, in its order."""
    station = Station.open(db)
    try:
        day = station.event.days[0]
        return [
            (station.guest(guest).organisation, station.storage.check_in_of(guest, day) is not None)
            for guest in edited_guests(station)
        ]
    finally:
        station.close()


@pytest.mark.parametrize("seed", trials(1))
def test_a_desk_killed_amid_corrections_keeps_every_acknowledged_one(small_event, tmp_path, trial):
    db = tmp_path / "event.sqlite"
    shutil.copy(small_event, db)
    organisations = [organisation for organisation, _ in desk_state(db)]
    done = 0
    for round_ in range(ROUNDS):
        desk = trial.start(
            [DESK_LOOP, str(db), "Recepcja 1", "edits", str(done)], tmp_path / f"round{round_}.out"
        )
        desk.wait_ready()
        trial.kill_at_random([desk.process], KILL_WINDOW_S)
        acknowledged = [line["op"] for line in desk.lines() if "op" in line]
        last = acknowledged[-1] + 1 if acknowledged else done
        trial.note(f"operations {done} to {last - 1} acknowledged")

        assert_sound(db, trial)
        found = desk_state(db)
        assert found in (state_after(last, organisations), state_after(last + 1, organisations)), trial
        done = last if found == state_after(last, organisations) else last + 1

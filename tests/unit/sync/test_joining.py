"""A join run as the window runs it: its stages in order while the event arrives, and a cancel at any of
them that leaves no file behind (the join itself is pairing's, tested in test_pairing)."""

import asyncio
from pathlib import Path

import pytest
from helpers.events import make_station
from helpers.sync_server import serving

from checkin.errors import UserError
from checkin.station import Station
from checkin.sync.joining import JoinCancelled, Joining, JoinStage


@pytest.fixture
def event(tmp_path):
    path = tmp_path / "a.sqlite"
    make_station(path).close()
    return path


def show_code(path):
    station = Station.open(path)
    try:
        return station.replica.new_pairing_code()
    finally:
        station.close()


def run_join(event, target, cancel_at=None):
    """Joins from a station serving `event`; (stages seen, "joined" or "cancelled")."""
    code = show_code(event)
    seen = []

    async def scenario():
        async with serving(event) as (address, _):
            joining = None

            def progress(step):
                seen.append(step)
                if step.stage is cancel_at:
                    joining.cancel()

            joining = Joining(address, code, target, progress)
            try:
                await asyncio.to_thread(joining.run)
            except JoinCancelled:
                return "cancelled"
            return "joined"

    return seen, asyncio.run(scenario())


def test_a_join_says_each_stage_and_the_bytes_received(event, tmp_path):
    target = tmp_path / "new.sqlite"
    seen, outcome = run_join(event, target)
    assert outcome == "joined" and target.exists()
    stages = [step.stage for step in seen]
    assert stages[:2] == [JoinStage.PAIRING, JoinStage.PREPARING] and stages[-1] is JoinStage.CHECKING
    receiving = [step for step in seen if step.stage is JoinStage.RECEIVING]
    assert receiving and receiving[-1].received == receiving[-1].total > 0
    assert [step.received for step in receiving] == sorted(step.received for step in receiving)
    joined = Station.open(target)
    assert joined.event.name == "Kongres testowy"
    joined.close()


@pytest.mark.parametrize("stage", list(JoinStage))
def test_a_cancel_at_any_stage_leaves_no_file_behind(event, tmp_path, stage):
    folder = tmp_path / "new"
    folder.mkdir()
    seen, outcome = run_join(event, folder / "new.sqlite", cancel_at=stage)
    assert outcome == "cancelled"
    assert list(folder.iterdir()) == []
    assert seen[-1].stage is stage


def test_a_join_cancelled_before_it_starts_asks_the_station_nothing(event, tmp_path):
    joining = Joining("127.0.0.1:9", show_code(event), tmp_path / "new.sqlite")
    joining.cancel()
    with pytest.raises(JoinCancelled):
        joining.run()
    assert not (tmp_path / "new.sqlite").exists()


@pytest.mark.parametrize("left_there", ["", "-wal"])
def test_a_join_into_a_place_an_event_holds_is_refused_before_asking_any_station(event, tmp_path, left_there):
    """Port 9 answers nothing: a join that asked would fail as `station_unreachable`, not `event_exists`."""
    target = tmp_path / "there.sqlite"
    Path(f"{target}{left_there}").write_bytes(b"an event's log SQLite would replay")
    with pytest.raises(UserError) as refused:
        Joining("127.0.0.1:9", "ABCD-EFGH", target).run()
    assert refused.value.code == "event_exists"
    assert Path(f"{target}{left_there}").read_bytes() == b"an event's log SQLite would replay"

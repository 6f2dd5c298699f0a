"""A new event never goes over an existing event file, which desks may have open: from a list, the demo,
or a join, and even when the file appears while the new one is being built."""

import pytest
from helpers.events import DAYS, code_of, make_station

from checkin.demo.event import create_demo_event, write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.domain import VerdictKind
from checkin.errors import UserError
from checkin.station import Station, build_event_from_list, building
from checkin.storage import place_new_event


@pytest.fixture
def guest_list(tmp_path):
    path = tmp_path / "lista.csv"
    write_registrants_csv(path, list(generate_registrants(20, 1, DAYS)), DAYS)
    return path


def test_a_new_event_from_a_list_refuses_a_file_a_desk_has_open_and_the_desk_goes_on(tmp_path, guest_list):
    path = tmp_path / "ev.sqlite"
    desk = make_station(path, name="Recepcja 1", day=DAYS[0])
    before = path.read_bytes()
    with pytest.raises(UserError) as refused:
        build_event_from_list(path, guest_list, event_name="Inne", venue="", days=DAYS)
    assert refused.value.code == "event_exists"
    assert path.read_bytes() == before and not list(tmp_path.glob("ev.sqlite.partial*"))
    assert desk.check_in(code_of(desk, "Kowalski")).kind is VerdictKind.CHECKED_IN
    desk.close()
    assert Station.open(path).event.name == "Kongres testowy"


def test_the_demo_refuses_an_existing_event_too(tmp_path):
    path = tmp_path / "ev.sqlite"
    make_station(path).close()
    with pytest.raises(UserError):
        create_demo_event(path, registrants=5)
    assert Station.open(path).event.name == "Kongres testowy"


def test_an_event_made_while_the_new_one_was_built_is_not_replaced(tmp_path, guest_list):
    """Two desks making an event under one name at once: the later one is refused at the end."""
    path = tmp_path / "ev.sqlite"
    with pytest.raises(UserError), building(path) as partial:
        Station.create(partial, event_name="Druga", venue="", days=DAYS).close()
        make_station(path).close()  # the other desk was quicker
    assert Station.open(path).event.name == "Kongres testowy"


def test_an_empty_file_a_file_dialog_left_is_taken(tmp_path):
    path = tmp_path / "ev.sqlite"
    path.touch()
    finished = tmp_path / "new.sqlite"
    Station.create(finished, event_name="Nowe", venue="", days=DAYS).close()
    place_new_event(finished, path)
    assert Station.open(path).event.name == "Nowe" and not finished.exists()


@pytest.mark.parametrize("how", ["replaced", "removed", "moved"])
def test_a_station_whose_file_was_taken_away_refuses_to_write_and_says_why(tmp_path, how):
    """Whatever another program did to the path, nothing is written into a file no one will see again."""
    path = tmp_path / "ev.sqlite"
    desk = make_station(path, name="Recepcja 1", day=DAYS[0])
    code = code_of(desk, "Kowalski")
    assert not desk.file_replaced()
    if how == "replaced":
        other = tmp_path / "other.sqlite"
        make_station(other).close()
        other.replace(path)
    elif how == "removed":
        path.unlink()
    else:
        path.rename(tmp_path / "moved.sqlite")
    assert desk.file_replaced()
    with pytest.raises(UserError) as refused:
        desk.check_in(code)
    assert refused.value.code == "event_file_replaced"
    desk.close()


def test_a_killed_desks_log_beside_the_path_is_an_event_too(tmp_path):
    """SQLite would replay an old event's -wal into a new file placed there: refused."""
    path = tmp_path / "ev.sqlite"
    path.with_name("ev.sqlite-wal").write_bytes(b"left by a desk that was killed")
    with pytest.raises(UserError):
        create_demo_event(path, registrants=5)
    assert not path.exists()


def test_two_desks_building_under_one_name_at_once_leave_one_whole_event_and_no_leftovers(tmp_path):
    path = tmp_path / "ev.sqlite"
    with pytest.raises(UserError), building(path) as first:
        Station.create(first, event_name="Pierwsza", venue="", days=DAYS).close()
        with building(path) as second:
            assert second != first
            Station.create(second, event_name="Druga", venue="", days=DAYS).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ev.sqlite"]
    assert Station.open(path).event.name == "Druga"

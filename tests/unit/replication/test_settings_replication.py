"""Event settings (the venue, its town, the funding logos) travel between stations: the latest change of
each wins, whatever order the stations exchange in."""

import time

import pytest
from helpers.events import make_station
from helpers.replicas import exchange, joined, pull, state
from PIL import Image

from checkin.errors import UserError


@pytest.fixture
def desks(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    return first, second


def test_the_town_and_venue_set_at_one_station_reach_the_other(desks):
    first, second = desks
    first.event_settings.save(venue="Hotel Europa, ul. Radomska 76", town="Starachowice")
    pull(second, first)
    event = second.event_settings.current()
    assert (event.venue, event.town) == ("Hotel Europa, ul. Radomska 76", "Starachowice")


def test_the_latest_town_wins_at_both_stations_whichever_pulls_first(desks):
    first, second = desks
    first.event_settings.save(town="Radom")
    time.sleep(0.002)  # the clock ticks: the second change is the later one
    second.event_settings.save(town="Starachowice")
    pull(first, second)  # the later change arrives at the earlier station
    pull(second, first)  # the earlier change arrives after the later one: it must not win
    assert first.event_settings.current().town == second.event_settings.current().town == "Starachowice"
    assert state(first) == state(second)


def test_settings_of_different_keys_both_stand(desks, tmp_path):
    first, second = desks
    Image.new("RGB", (200, 100), "#FFCC00").save(tmp_path / "ue.png")
    first.event_settings.add_funding_logos([tmp_path / "ue.png"])
    second.event_settings.save(town="Starachowice")
    exchange(first, second)
    for station in desks:
        assert station.event_settings.current().town == "Starachowice"
        assert [lg.name for lg in station.event_settings.funding_logos()] == ["ue.png"]


@pytest.mark.parametrize(
    "data",
    [
        {"key": "town", "value": 7},
        {"key": "town", "value": "x" * 101},
        {"key": "funding_logos", "value": [{"name": "a.png", "data": "bm90IGFuIGltYWdl"}]},  # "not an image"
        {"key": "funding_logos", "value": "fe.png"},
        {"key": "town"},
    ],
)
def test_a_malformed_setting_row_is_refused_and_changes_nothing(desks, data):
    first, second = desks
    first.event_settings.save(town="Radom")
    (row,), _ = first.replica.entries_after(second.replica.version_vector())
    with pytest.raises(UserError) as refused:
        second.replica.receive([{**row, "data": data}])
    assert refused.value.code == "bad_sync_entries" and second.event_settings.current().town == ""


def test_a_setting_this_version_does_not_know_is_kept_but_changes_nothing(desks):
    first, second = desks
    first.event_settings.save(town="Radom")
    (row,), _ = first.replica.entries_after(second.replica.version_vector())
    received = second.replica.receive([{**row, "data": {"key": "colour_scheme", "value": "dark"}}])
    assert received.added == 1
    assert "colour_scheme" not in second.event_settings.current().settings

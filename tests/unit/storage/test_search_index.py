"""The search index lives in the event file: every way a guest's searchable fields change keeps it in step,
in the same transaction, and a file from before it had one gets it when it is opened."""

import pytest
from helpers.events import DAYS, as_older_version, make_station
from helpers.replicas import joined, pull

from checkin.domain import Registrant
from checkin.log_kinds import LogKind
from checkin.station import Station
from checkin.storage import migrations


def surnames(station, query):
    return [hit.attendee.last_name for hit in station.search(query)]


def test_a_file_from_before_the_index_is_indexed_when_opened(tmp_path):
    current, older = tmp_path / "now.sqlite", tmp_path / "event.sqlite"
    make_station(current).close()
    as_older_version(current, older, len(migrations.MIGRATIONS) - 1)

    station = Station.open(older)

    assert surnames(station, "golebiowska") == ["Gołębiowska"]
    assert surnames(station, "kowalenko") == ["Коваленко"]  # the Polish spelling of a Cyrillic name
    assert surnames(station, "kowlaski") == ["Kowalski"]  # and the vocabulary of the typo fallback
    station.close()


def test_a_write_that_fails_leaves_the_index_as_it_was(tmp_path):
    station = make_station(tmp_path / "event.sqlite")
    with pytest.raises(RuntimeError), station.storage.transaction():
        station.storage.insert_attendees(
            [(Registrant(first_name="Ewa", last_name="Zawadzka"), "CODE1")], kind=LogKind.REGISTER,
            station="test", staff="", reason="",
        )  # fmt: skip
        raise RuntimeError("the disk is full")
    assert station.search("zawadzka") == []
    station.close()


def test_another_process_writes_are_found_at_the_next_keystroke(tmp_path):
    path = tmp_path / "event.sqlite"
    desk = make_station(path, day=DAYS[0])
    assert surnames(desk, "kowalski") == ["Kowalski"]
    other = Station.open(path, name="Recepcja 2")
    other.walk_in(Registrant(first_name="Zofia", last_name="Wrona"), day=DAYS[0])
    kowalski = desk.search("kowalski")[0].attendee
    other.edit(kowalski.id, {"last_name": "Kowalewski"})

    assert surnames(desk, "wrona") == ["Wrona"]
    assert surnames(desk, "kowalew") == ["Kowalewski"]
    assert surnames(desk, "kowalski") == []  # two edits from Kowalewski: the old name is gone
    other.close()
    desk.close()


def test_guests_and_edits_received_from_another_station_are_found(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1", day=DAYS[0])
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    first.walk_in(Registrant(first_name="Юлія", last_name="Шевченко"), day=DAYS[0])
    nowak = first.search("nowak")[0].attendee
    first.edit(nowak.id, {"last_name": "Nowakowska", "organisation": "MOPR Łódź"})

    pull(second, first)

    assert surnames(second, "szewczenko") == ["Шевченко"]
    assert surnames(second, "nowakowska mopr") == ["Nowakowska"]
    assert surnames(second, "wiazowna") == []  # her old organisation left the index with the edit
    first.close()
    second.close()

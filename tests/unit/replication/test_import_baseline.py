"""The baseline of a re-import travels with the log: an import made at one station is the baseline at every
other, and a desk's correction travelling to another station stays a correction there."""

import csv

import pytest
from helpers.events import make_station
from helpers.replicas import exchange, joined, pull

from checkin.errors import UserError
from checkin.log_kinds import LogKind

HEADER = ["Nr zgłoszenia", "Imię", "Nazwisko", "Instytucja"]


@pytest.fixture
def desks(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    yield first, second
    first.close()
    second.close()


def write(path, *rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows([HEADER, *rows])
    return path


def jan(station):
    return next(a for a in station.storage.attendees() if a.registration_id == "R1")


def test_a_desks_correction_received_from_another_station_is_kept_by_an_import_there(desks, tmp_path):
    first, second = desks
    first.edit(jan(first).id, {"organisation": "CUS w Starachowicach"})
    pull(second, first)

    report = second.import_file(write(tmp_path / "l.csv", ["R1", "Jan", "Kowalski", "CUS Starachowice"]))

    assert jan(second).organisation == "CUS w Starachowicach"
    assert [(c.field, c.desk) for c in report.kept] == [("organisation", "CUS w Starachowicach")]


def test_an_import_received_from_another_station_is_the_baseline_there(desks, tmp_path):
    first, second = desks
    first.edit(jan(first).id, {"organisation": "CUS w Starachowicach"})
    caught_up = write(tmp_path / "v2.csv", ["R1", "Jan", "Kowalski", "CUS w Starachowicach"])
    first.import_file(caught_up)  # the list now agrees with the desk: nothing changes but the baseline
    exchange(first, second)
    assert second.storage.last_imported()[jan(second).id]["organisation"] == "CUS w Starachowicach"
    second.edit(jan(second).id, {"organisation": "CUS (biuro)"})

    report = second.import_file(caught_up)

    assert jan(second).organisation == "CUS (biuro)"
    assert [c.desk for c in report.kept] == ["CUS (biuro)"]
    assert report.overwritten == []


def test_imported_rows_from_another_station_are_checked_like_an_edit(desks, tmp_path):
    first, second = desks
    first.import_file(write(tmp_path / "v2.csv", ["R1", "Jan", "Kowalski", "Urząd Miasta"]))
    rows, _ = first.replica.entries_after(second.replica.version_vector())
    assert any(row["kind"] == LogKind.IMPORTED for row in rows)
    bad = [{**row, "data": {"organisation": ["old", "new"]}} if row["kind"] == LogKind.IMPORTED else row
           for row in rows]  # fmt: skip
    with pytest.raises(UserError) as refused:
        second.replica.receive(bad)
    assert refused.value.code == "bad_sync_entries"
    assert second.replica.receive(rows).added == len(rows)

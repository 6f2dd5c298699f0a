"""The values imports last read for each guest, read from the log (the baseline of a re-import)."""

import csv

from helpers.events import make_station

from checkin.domain import Registrant


def write(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows([["Nr zgłoszenia", "Imię", "Nazwisko", "Instytucja"], *rows])
    return path


def test_a_registered_record_then_an_imports_update_are_the_baseline_and_a_desks_edit_is_not(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    jan = next(a for a in station.storage.attendees() if a.registration_id == "R1")
    assert station.storage.last_imported()[jan.id]["organisation"] == "CUS Starachowice"
    assert station.storage.last_imported()[jan.id]["days"] == []

    station.edit(jan.id, {"organisation": "CUS w Starachowicach", "city": "Starachowice"})
    baseline = station.storage.last_imported()[jan.id]
    assert (baseline["organisation"], baseline["city"]) == ("CUS Starachowice", "")

    station.import_file(write(tmp_path / "l.csv", [["R1", "Jan", "Kowalski", "Urząd Miasta"]]))
    assert station.storage.last_imported()[jan.id]["organisation"] == "Urząd Miasta"
    station.close()


def test_a_walk_in_has_no_baseline(tmp_path):
    station = make_station(tmp_path / "e.sqlite", day="2026-06-21")
    verdict = station.walk_in(Registrant(first_name="Ewa", last_name="Lis"))
    assert verdict.attendee is not None
    assert verdict.attendee.id not in station.storage.last_imported()
    station.close()

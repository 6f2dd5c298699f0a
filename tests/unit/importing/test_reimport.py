"""Importing into an event that already has people: updated lists update in place and lose nothing."""

import csv
from dataclasses import replace

import pytest
from helpers.events import DAYS

from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.domain import VerdictKind
from checkin.importing.importer import ImportFileError
from checkin.station import Station, build_event_from_list


@pytest.fixture
def station(empty_station):
    return empty_station


def write(path, rows, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def test_reimport_of_a_re_exported_list_keeps_codes_and_check_ins(station, tmp_path):
    people = list(generate_registrants(300, 11, DAYS))
    write_registrants_csv(tmp_path / "v1.csv", people, DAYS)
    first = station.import_file(tmp_path / "v1.csv")
    assert (first.created, first.updated) == (300, 0)
    before = {a.registration_id: a for a in station.storage.attendees()}
    checked = [a for a in before.values() if a.attends(DAYS[0])][:40]
    for attendee in checked:
        assert station.check_in(attendee.code).kind is VerdictKind.CHECKED_IN

    write_registrants_csv(tmp_path / "v2.csv", people, DAYS)
    again = station.import_file(tmp_path / "v2.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 300)

    moved = [p if i % 10 else _moved(p) for i, p in enumerate(people)]
    write_registrants_csv(tmp_path / "v3.csv", moved, DAYS)
    updated = station.import_file(tmp_path / "v3.csv")
    assert (updated.created, updated.updated) == (0, 30)
    after = {a.registration_id: a for a in station.storage.attendees()}
    assert {k: a.code for k, a in after.items()} == {k: a.code for k, a in before.items()}
    assert after[people[0].registration_id].organisation == "Nowa instytucja"
    assert station.stats().checked_in == {DAYS[0]: 40}
    for attendee in checked:
        assert station.check_in(attendee.code).kind is VerdictKind.ALREADY_CHECKED_IN
    edits = [e for e in station.storage.log_entries() if e.kind == "edit"]
    assert len(edits) == 30
    assert edits[0].reason == "import v3.csv"


def _moved(person):
    return replace(person, organisation="Nowa instytucja")


def test_blank_cells_in_an_update_never_erase_what_we_know(station, tmp_path):
    write(
        tmp_path / "a.csv",
        [["Imię", "Nazwisko", "E-mail", "Telefon"], ["Jan", "Kowalski", "jan@uw.pl", "111"]],
    )
    station.import_file(tmp_path / "a.csv")
    write(
        tmp_path / "b.csv",
        [["Imię", "Nazwisko", "E-mail", "Instytucja"], ["Jan", "Kowalski", "jan@uw.pl", "UW"]],
    )
    report = station.import_file(tmp_path / "b.csv")
    assert report.updated == 1
    (jan,) = station.storage.attendees()
    assert (jan.phone, jan.organisation) == ("111", "UW")


def test_different_registration_ids_are_different_people_even_with_one_name(station, tmp_path):
    write(tmp_path / "a.csv", [["ID", "Imię", "Nazwisko", "Instytucja"], ["1", "Anna", "Nowak", "MOPS"]])
    station.import_file(tmp_path / "a.csv")
    write(tmp_path / "b.csv", [["ID", "Imię", "Nazwisko", "Instytucja"], ["2", "Anna", "Nowak", "MOPS"]])
    assert station.import_file(tmp_path / "b.csv").created == 1
    assert station.stats().registered == 2


def test_a_shared_secretariat_email_does_not_merge_different_people(station, tmp_path):
    rows = [["Imię", "Nazwisko", "E-mail"], ["Jan", "Kowalski", "sekretariat@uni.pl"]]
    station.import_file(write(tmp_path / "a.csv", rows))
    rows = [["Imię", "Nazwisko", "E-mail"], ["Anna", "Nowak", "sekretariat@uni.pl"],
            ["Jan", "Kowalski", "sekretariat@uni.pl"]]  # fmt: skip
    report = station.import_file(write(tmp_path / "b.csv", rows))
    assert (report.created, report.unchanged) == (1, 1)


def test_dry_run_reports_the_same_numbers_and_writes_nothing(station, tmp_path):
    write_registrants_csv(tmp_path / "v1.csv", generate_registrants(50, 2, DAYS), DAYS)
    seq = station.storage.last_log_seq()
    dry = station.import_file(tmp_path / "v1.csv", dry_run=True)
    assert (dry.created, dry.dry_run) == (50, True)
    assert station.storage.last_log_seq() == seq
    assert station.stats().registered == 0
    assert station.import_file(tmp_path / "v1.csv").created == 50


def test_a_bad_file_changes_nothing(station, tmp_path):
    seq = station.storage.last_log_seq()
    (tmp_path / "x.csv").write_bytes(b"PK\x03\x04garbage")
    with pytest.raises(ImportFileError):
        station.import_file(tmp_path / "x.csv")
    assert station.storage.last_log_seq() == seq
    assert station.stats().registered == 0


def test_a_list_without_polish_letters_never_strips_them(station, tmp_path):
    rows = [["Nr zgłoszenia", "Imię", "Nazwisko", "Instytucja"], ["7", "Paweł", "Gołąb", "Urząd Łódź"],
            ["7", "Pawel", "Golab", "Urzad Lodz"]]  # fmt: skip
    station.import_file(write(tmp_path / "a.csv", rows))
    (person,) = station.storage.attendees()
    assert (person.first_name, person.last_name, person.organisation) == ("Paweł", "Gołąb", "Urząd Łódź")
    ascii_export = [["ID", "First name", "Last name", "Company"], ["7", "Pawel", "Golab", "Urzad Lodz, WPS"]]
    report = station.import_file(write(tmp_path / "b.csv", ascii_export, encoding="ascii"))
    assert report.updated == 1
    (person,) = station.storage.attendees()
    assert (person.first_name, person.last_name, person.organisation) == ("Paweł", "Gołąb", "Urzad Lodz, WPS")


def test_a_new_event_is_made_from_a_list_and_a_bad_list_leaves_no_file(tmp_path):
    write_registrants_csv(tmp_path / "lista.csv", generate_registrants(30, 4, DAYS), DAYS)
    report = build_event_from_list(
        tmp_path / "nowe.sqlite", tmp_path / "lista.csv", event_name="Forum", venue="Kielce", days=DAYS
    )
    created = Station.open(tmp_path / "nowe.sqlite")
    assert (created.event.name, created.event.days, report.created) == ("Forum", DAYS, 30)
    assert created.stats().registered == 30
    (tmp_path / "obraz.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(ImportFileError):
        build_event_from_list(
            tmp_path / "zle.sqlite", tmp_path / "obraz.csv", event_name="X", venue="", days=DAYS
        )
    assert not (tmp_path / "zle.sqlite").exists()

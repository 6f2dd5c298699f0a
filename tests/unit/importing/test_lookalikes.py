"""A new guest who looks like one the event has under another registration number is imported as a new
guest (two numbers are two registrations) and named in the report, so the organiser can correct it."""

import csv

import pytest

from checkin.importing import lookalikes
from checkin.importing.lookalikes import Lookalike

HEADER = ["Nr zgłoszenia", "Imię", "Nazwisko", "E-mail", "Instytucja"]


@pytest.fixture
def station(empty_station):
    return empty_station


def write(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows([HEADER, *rows])
    return path


def test_a_person_re_imported_under_another_number_is_named_with_the_guest_they_look_like(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", [["1203", "Anna", "Kowalska", "anna@uw.pl", "UW"]]))
    (anna,) = station.storage.attendees()
    rows = [["1204", "Jan", "Nowak", "", ""], ["1388", "Anna", "Kowalska", "ANNA@uw.pl", ""]]
    for dry_run in (True, False):
        report = station.import_file(write(tmp_path / "b.csv", rows), dry_run=dry_run)
        assert (report.created, report.lookalikes) == (2, 1)
        assert report.named_lookalikes == [
            Lookalike(3, "Anna Kowalska", "1388", anna.id, "Anna Kowalska", "1203")
        ]


def test_a_row_like_both_an_earlier_row_and_a_guest_is_named_once(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", [["1203", "Anna", "Kowalska", "anna@uw.pl", "UW"]]))
    rows = [
        ["1203", "Anna", "Kowalska", "anna@uw.pl", "UW"],
        ["1388", "Anna", "Kowalska", "anna@uw.pl", "UW"],
    ]
    report = station.import_file(write(tmp_path / "b.csv", rows))
    assert (report.created, report.lookalikes) == (1, 1)
    assert report.named_lookalikes == [
        Lookalike(3, "Anna Kowalska", "1388", "b.csv:2", "Anna Kowalska", "1203")
    ]


def test_name_and_organisation_make_a_lookalike_only_where_an_e_mail_is_missing(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", [["1", "Jan", "Nowak", "jan@uw.pl", "UW"]]))
    rows = [
        ["2", "Jan", "Nowak", "", "UW"],
        ["3", "Jan", "Nowak", "inny@uw.pl", "UW"],
        ["4", "Jan", "Nowak", "", "PW"],
    ]
    report = station.import_file(write(tmp_path / "b.csv", rows), dry_run=True)
    assert report.created == 3
    assert [found.row for found in report.named_lookalikes] == [2, 3]


def test_an_earlier_row_of_the_same_file_under_another_number_is_named_with_its_number(station, tmp_path):
    rows = [
        ["10", "Ewa", "Lis", "ewa@uw.pl", ""],
        ["11", "Piotr", "Lis", "ewa@uw.pl", ""],
        ["12", "Ewa", "Lis", "ewa@uw.pl", ""],
    ]
    report = station.import_file(write(tmp_path / "a.csv", rows))
    assert (report.created, report.lookalikes) == (3, 1)
    assert report.named_lookalikes == [Lookalike(4, "Ewa Lis", "12", "a.csv:2", "Ewa Lis", "10")]


def test_a_thousand_lookalikes_are_counted_and_the_first_few_named(station, tmp_path):
    rows = [[str(n), "Ola", "Kot", "ola@uw.pl", ""] for n in range(1, 1002)]
    report = station.import_file(write(tmp_path / "a.csv", rows), dry_run=True)
    assert report.lookalikes == 1000
    assert [found.row for found in report.named_lookalikes] == list(range(3, 3 + lookalikes.NAMED))


def test_the_same_number_again_is_no_lookalike(station, tmp_path):
    rows = [["7", "Ola", "Kot", "ola@uw.pl", "UW"]]
    station.import_file(write(tmp_path / "a.csv", rows))
    report = station.import_file(write(tmp_path / "b.csv", rows))
    assert (report.created, report.lookalikes, report.named_lookalikes) == (0, 0, [])


def test_merged_rows_name_the_person_they_are(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", [["5", "Ola", "Kot", "ola@uw.pl", ""]]))
    rows = [["5", "Ola", "Kot", "", ""], ["5", "Ola", "Kotówna", "", ""], ["6", "Jan", "Lis", "", ""]]
    report = station.import_file(write(tmp_path / "b.csv", rows), dry_run=True)
    assert report.merged_rows == [("b.csv:3", "b.csv:2")]
    assert report.merged_names == ["Ola Kotówna"]


def test_a_row_falling_onto_a_guest_another_row_matched_is_named(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", [["5", "Ola", "Kot", "ola@uw.pl", ""]]))
    rows = [["5", "O.", "Kot", "", ""], ["", "Ola", "Kot", "ola@uw.pl", ""]]
    report = station.import_file(write(tmp_path / "b.csv", rows), dry_run=True)
    (ola,) = station.storage.attendees()
    assert (report.merged_rows, report.merged_names) == ([("b.csv:3", ola.id)], ["Ola Kot"])

"""A re-import compares the file with the values last imported: a desk's correction stays unless the file's
value changed since, and the report names the corrections it kept and the ones it overwrote."""

import csv

import pytest

from checkin.domain import Registrant
from checkin.importing.merge import DeskCorrection
from checkin.log_kinds import LogKind

HEADER = ["Nr zgłoszenia", "Imię", "Nazwisko", "Instytucja", "E-mail"]


@pytest.fixture
def station(empty_station):
    return empty_station


def write(path, *rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows([HEADER, *rows])
    return path


JAN = ["R1", "Jan", "Kowalski", "CUS Starachowice", "jan@cus.pl"]
ANNA = ["R2", "Anna", "Nowak", "GOPS Wiązowna", "anna@gops.pl"]


def imported(station, tmp_path, *rows, name="lista.csv"):
    return station.import_file(write(tmp_path / name, *rows))


def jan(station):
    return next(a for a in station.storage.attendees() if a.registration_id == "R1")


def test_reimporting_an_unchanged_list_keeps_the_desks_correction_and_says_so(station, tmp_path):
    imported(station, tmp_path, JAN, ANNA)
    station.edit(jan(station).id, {"organisation": "Centrum Usług Społecznych w Starachowicach"})

    report = imported(station, tmp_path, JAN, ANNA)

    assert (report.updated, report.unchanged) == (0, 2)
    assert jan(station).organisation == "Centrum Usług Społecznych w Starachowicach"
    assert report.kept == [
        DeskCorrection(jan(station).id, "Jan Kowalski", "organisation",
                       "Centrum Usług Społecznych w Starachowicach", "CUS Starachowice")
    ]  # fmt: skip
    assert report.overwritten == []
    assert not [
        e for e in station.storage.log_entries() if e.kind == "edit" and e.reason.startswith("import")
    ]


def test_a_value_changed_in_the_file_updates_a_guest_the_desk_left_alone(station, tmp_path):
    imported(station, tmp_path, JAN, ANNA)
    station.edit(jan(station).id, {"email": "j.kowalski@cus.pl"})

    report = imported(station, tmp_path, [*JAN[:3], "Urząd Miasta", JAN[4]], ANNA)

    assert report.updated == 1
    assert (jan(station).organisation, jan(station).email) == ("Urząd Miasta", "j.kowalski@cus.pl")
    assert [(c.field, c.desk, c.file) for c in report.kept] == [("email", "j.kowalski@cus.pl", "jan@cus.pl")]


def test_when_desk_and_file_both_changed_the_file_wins_and_the_report_says_which_correction_went(
    station, tmp_path
):
    imported(station, tmp_path, JAN)
    station.edit(jan(station).id, {"organisation": "CUS w Starachowicach"})

    report = imported(station, tmp_path, [*JAN[:3], "Urząd Miasta Starachowice", JAN[4]])

    assert jan(station).organisation == "Urząd Miasta Starachowice"
    assert [(c.field, c.desk, c.file) for c in report.overwritten] == [
        ("organisation", "CUS w Starachowicach", "Urząd Miasta Starachowice")
    ]
    assert report.kept == []


def test_the_file_catching_up_with_the_desk_becomes_the_new_baseline(station, tmp_path):
    imported(station, tmp_path, JAN)
    station.edit(jan(station).id, {"organisation": "CUS w Starachowicach"})
    caught_up = [*JAN[:3], "CUS w Starachowicach", JAN[4]]
    first = imported(station, tmp_path, caught_up)
    station.edit(jan(station).id, {"organisation": "CUS Starachowice (biuro)"})

    again = imported(station, tmp_path, caught_up)

    assert (first.kept, first.overwritten, first.updated) == ([], [], 0)
    assert jan(station).organisation == "CUS Starachowice (biuro)"
    assert [c.desk for c in again.kept] == ["CUS Starachowice (biuro)"]
    assert again.overwritten == []


def test_a_dry_run_reports_the_corrections_it_would_keep_and_changes_nothing(station, tmp_path):
    imported(station, tmp_path, JAN)
    station.edit(jan(station).id, {"last_name": "Kowalski-Nowak"})
    seq = station.storage.last_log_seq()

    report = station.import_file(write(tmp_path / "l.csv", JAN), dry_run=True)

    assert [(c.field, c.desk, c.file) for c in report.kept] == [("last_name", "Kowalski-Nowak", "Kowalski")]
    assert station.storage.last_log_seq() == seq


def test_a_walk_in_matched_by_a_list_is_updated_by_it_as_before(station, tmp_path):
    station.walk_in(Registrant(first_name="Jan", last_name="Kowalski", email="jan@cus.pl"))

    report = imported(station, tmp_path, JAN)

    assert (report.updated, report.kept, report.overwritten) == (1, [], [])
    assert jan(station).organisation == "CUS Starachowice"
    station.edit(jan(station).id, {"organisation": "CUS (recepcja)"})
    assert [c.desk for c in imported(station, tmp_path, JAN).kept] == ["CUS (recepcja)"]


def test_an_import_logs_what_it_read_where_it_differs_from_the_baseline(station, tmp_path):
    imported(station, tmp_path, JAN)
    station.edit(jan(station).id, {"organisation": "CUS w Starachowicach"})
    imported(station, tmp_path, [*JAN[:3], "CUS w Starachowicach", JAN[4]], name="v2.csv")

    (row,) = [e for e in station.storage.log_entries() if e.kind == LogKind.IMPORTED]
    assert (row.attendee_id, row.reason) == (jan(station).id, "import v2.csv")
    assert row.data == {"organisation": "CUS w Starachowicach"}

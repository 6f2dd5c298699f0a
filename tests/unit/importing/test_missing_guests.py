"""A corrected export of a form that lacks guests an earlier export of it brought in says so (and cancels
nobody); a first import, or a list of another form, says nothing."""

import csv

import pytest
from helpers.events import DAYS, make_station
from helpers.replicas import exchange, joined

from checkin.domain import Status
from checkin.importing import form_files, lookalikes
from checkin.importing.form_files import Missing

FORM = ["Nr zgłoszenia", "Imię", "Nazwisko", "E-mail"]


@pytest.fixture
def station(empty_station):
    return empty_station


def write(path, rows, header=FORM):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows([header, *rows])
    return path


PEOPLE = [
    ["1", "Anna", "Kowalska", "anna@uw.pl"],
    ["2", "Jan", "Nowak", "jan@uw.pl"],
    ["3", "Ewa", "Lis", ""],
]


def test_a_corrected_export_lacking_guests_names_them_and_cancels_nobody(station, tmp_path):
    first = station.import_file(write(tmp_path / "Rejestracja.csv", PEOPLE))
    assert (first.missing, first.missing_guests) == (0, [])
    by_number = {guest.registration_id: guest for guest in station.storage.attendees()}
    corrected = write(tmp_path / "Rejestracja (1).csv", [PEOPLE[1]])
    for dry_run in (True, False):
        report = station.import_file(corrected, dry_run=dry_run)
        assert report.missing == 2
        assert report.missing_guests == [
            Missing(by_number["1"].id, "Anna Kowalska", "1"), Missing(by_number["3"].id, "Ewa Lis", "3")
        ]  # fmt: skip
    assert {guest.status for guest in station.storage.attendees()} == {Status.REGISTERED}
    again = station.import_file(write(tmp_path / "Rejestracja (2).csv", [PEOPLE[1], ["4", "Ola", "Kot", ""]]))
    assert again.missing == 2 and again.created == 1


def test_a_guest_cancelled_at_the_desk_is_no_longer_said_missing(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", PEOPLE))
    anna = next(guest for guest in station.storage.attendees() if guest.registration_id == "1")
    station.registrations.cancel(anna.id, reason="zrezygnowała")
    report = station.import_file(write(tmp_path / "b.csv", PEOPLE[1:]), dry_run=True)
    assert report.missing == 0


def test_a_first_import_and_a_list_of_another_form_say_nothing(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", PEOPLE))
    other = write(tmp_path / "warsztaty.csv", [[*PEOPLE[0][:3], "W1"]], header=[*FORM[:3], "Warsztat"])
    assert station.import_file(other, dry_run=True).missing == 0
    station.import_file(other)
    report = station.import_file(
        write(tmp_path / "warsztaty-2.csv", [[*PEOPLE[1][:3], "W1"]], header=[*FORM[:3], "Warsztat"]),
        dry_run=True,
    )
    assert report.missing == 0  # Anna came from the first form; the second never listed Jan's absence


def test_guests_walked_in_at_the_desk_are_never_missing(station, tmp_path):
    station.import_file(write(tmp_path / "a.csv", PEOPLE))
    station.register([_walk_in()], reason="walk-in")
    report = station.import_file(write(tmp_path / "a.csv", PEOPLE), dry_run=True)
    assert (report.missing, report.created) == (0, 0)


def test_many_missing_guests_are_counted_and_the_first_few_named(station, tmp_path):
    rows = [[str(n), f"Imię{n}", f"Nazwisko{n}", ""] for n in range(1, 301)]
    station.import_file(write(tmp_path / "a.csv", rows))
    report = station.import_file(write(tmp_path / "b.csv", rows[:50]), dry_run=True)
    assert report.missing == 250
    assert [guest.registration_id for guest in report.missing_guests] == [
        str(n) for n in range(51, 51 + lookalikes.NAMED)
    ]


def test_the_setting_keeps_a_file_name_with_the_form_that_read_it_last():
    one, two = frozenset({"imię", "nazwisko"}), frozenset({"imię", "nazwisko", "e-mail"})
    setting = form_files.with_file(form_files.with_file(None, one, "lista.csv"), one, "lista (1).csv")
    assert form_files.files_of(setting, one) == ("lista (1).csv", "lista.csv")
    moved = form_files.with_file(setting, two, "lista.csv")
    assert (form_files.files_of(moved, one), form_files.files_of(moved, two)) == (
        ("lista (1).csv",),
        ("lista.csv",),
    )
    assert form_files.cleaned(
        [{"headers": ["a"], "files": [1]}, "x", {"headers": ["b"], "files": ["b.csv"]}]
    ) == [{"headers": ["b"], "files": ["b.csv"]}]


def _walk_in():
    from checkin.domain import Registrant

    return Registrant(first_name="Piotr", last_name="Zając")


def test_another_station_knows_which_files_a_form_was_imported_from(tmp_path):
    first = make_station(tmp_path / "first.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    other = joined(first, tmp_path / "second.sqlite", "Recepcja 2")
    try:
        first.import_file(write(tmp_path / "a.csv", PEOPLE))
        exchange(first, other)
        assert other.import_file(write(tmp_path / "b.csv", PEOPLE[1:]), dry_run=True).missing == 1
    finally:
        other.close()
        first.close()

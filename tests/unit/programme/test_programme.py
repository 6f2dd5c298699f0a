"""Importing a programme file into an event: sessions matched to the stored ones, guests' sign-ups kept."""

import csv

import pytest
from helpers.events import PROGRAMME, code_of, make_station, session_titled

from checkin.errors import UserError

MANAGEMENT = "Zarządzanie usługami społecznymi"
HEADER = ["Dzień", "Początek", "Koniec", "Tytuł", "Sala", "Rodzaj", "Liczba miejsc", "Grupa wyboru"]


@pytest.fixture
def station(tmp_path):
    s = make_station(tmp_path / "event.sqlite", name="Biuro", staff="Ola")
    s.programme.save(PROGRAMME)
    yield s
    s.close()


def write_programme(path, rows):
    with path.open("w", encoding="cp1250", newline="") as file:
        csv.writer(file, delimiter=";").writerows([HEADER, *rows])
    return path


def signed_up_titles(station, last_name):
    guest = station.find(code_of(station, last_name))
    return [(s.session.title, s.session.room, s.session.start) for s in station.choices.of(guest.id)]


def test_an_imported_programme_keeps_the_sign_ups_of_a_matching_session(station, tmp_path):
    kowalski = station.find(code_of(station, "Kowalski"))
    management = session_titled(station, MANAGEMENT)
    station.choices.choose(kowalski.id, management.id)
    path = write_programme(tmp_path / "program.csv", [
        ["1", "18:00", "20:00", "Uroczysta kolacja", "Sala Europejska", "gala", "3", ""],
        ["2", "9.30", "12.30", "ZARZĄDZANIE usługami  społecznymi", "Sala Kielce", "warsztat", "2", "W"],
        ["2", "9.30", "12.30", "Organizowanie Społeczności Lokalnej", "Bruksela", "warsztat", "2", "W"],
        ["2", "13:00", "14:00", "Obiad", "Warszawa", "obiad", "", ""],
        ["2", "25:00", "26:00", "Godzina, której nie ma", "", "", "", ""],
    ])  # fmt: skip

    result = station.programme.import_file(path)

    assert (result.added, result.updated, result.unchanged, result.removed) == (1, 2, 1, 1)
    assert [(p.row, p.code) for p in result.problems] == [(6, "bad_session_time")] * 2
    assert [s.title for s in result.sessions] == [s.title for s in station.programme.sessions()]
    assert "Otwarcie" not in [s.title for s in station.programme.sessions()]
    kept = session_titled(station, "ZARZĄDZANIE usługami społecznymi")
    assert kept.id == management.id
    assert signed_up_titles(station, "Kowalski") == [
        ("ZARZĄDZANIE usługami społecznymi", "Sala Kielce", "09:30")
    ]
    assert station.programme.counts_of(kept).signed_up == 1


def test_importing_the_same_file_twice_changes_nothing_the_second_time(station, tmp_path):
    path = write_programme(tmp_path / "program.csv", [
        ["1", "11:00", "12:00", "Otwarcie", "Bruksela", "wykład", "3", ""],
        ["1", "11:00", "12:00", "Przerwa kawowa", "Hol", "", "", ""],
        ["1", "15:00", "15:15", "Przerwa kawowa", "Hol", "", "", ""],
    ])  # fmt: skip
    first = station.programme.import_file(path)
    ids = [s.id for s in first.sessions]

    again = station.programme.import_file(path)

    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 3, 0)
    assert [s.id for s in again.sessions] == ids and len(set(ids)) == 3


def test_a_file_leaving_out_a_session_guests_signed_up_for_is_refused_whole(station, tmp_path):
    kowalski = station.find(code_of(station, "Kowalski"))
    station.choices.choose(kowalski.id, session_titled(station, MANAGEMENT).id)
    before = station.programme.sessions()
    path = write_programme(tmp_path / "program.csv", [["1", "10:00", "11:00", "Nowy wykład", "", "", "", ""]])

    with pytest.raises(UserError) as refused:
        station.programme.import_file(path)

    assert refused.value.code == "session_in_use"
    assert refused.value.params["title"] == MANAGEMENT
    assert station.programme.sessions() == before
    assert signed_up_titles(station, "Kowalski") == [(MANAGEMENT, "Warszawa", "09:00")]

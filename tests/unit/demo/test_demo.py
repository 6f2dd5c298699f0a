"""The demo event: the congress programme file and the generated registrants and their CSV export."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from checkin.demo.event import (
    CSV_HEADERS,
    PROGRAMME_CSV,
    create_demo_event,
    load_programme,
    write_registrants_csv,
)
from checkin.demo.registrants import FEMALE_NAMES, MALE_NAMES, MEALS, WORKSHOP_TITLES, generate_registrants
from checkin.domain import CATEGORIES, SESSION_KINDS, Registrant, Session, Status
from checkin.paths import data_dir
from checkin.programme.meals import meal_counts, meals

DAYS = ("2026-06-21", "2026-06-22")
POLISH_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


@pytest.fixture(scope="module")
def programme() -> list[Session]:
    return load_programme()


@pytest.fixture(scope="module")
def registrants() -> list[Registrant]:
    return list(generate_registrants(2000, seed=42, days=DAYS))


def _one(programme: list[Session], day: int, start: str, title_part: str) -> Session:
    found = [s for s in programme if s.day == day and s.start == start and title_part in s.title]
    assert len(found) == 1, found
    return found[0]


def test_programme_file_lives_in_the_data_folder() -> None:
    assert data_dir() / "programme.csv" == PROGRAMME_CSV
    assert PROGRAMME_CSV.is_file()


def test_programme_has_every_item_of_both_days(programme: list[Session]) -> None:
    assert [s.start for s in programme if s.day == 1] == [
        "10:00", "11:00", "11:15", "12:00", "12:20", "12:50", "13:15", "14:00", "16:00", "16:15", "16:45",
        "18:00", "20:00",
    ]  # fmt: skip
    assert [s.start for s in programme if s.day == 2] == ["09:00"] * 3 + ["12:00", "12:30", "13:30", "14:00"]
    for session in programme:
        assert session.kind in SESSION_KINDS
        assert re.fullmatch(r"\d\d:\d\d", session.start) and re.fullmatch(r"\d\d:\d\d", session.end)
        assert session.start < session.end, session
        assert session.id == 0


def test_registration_is_at_the_hotel_reception_from_ten_to_eleven(programme: list[Session]) -> None:
    desk = _one(programme, 1, "10:00", "Rejestracja")
    assert (desk.end, desk.room, desk.kind) == ("11:00", "Recepcja hotelu", "registration")
    assert desk.capacity is None


def test_rymsza_lecture_is_in_bruksela_at_eleven_fifteen(programme: list[Session]) -> None:
    lecture = _one(programme, 1, "11:15", "Rozwój i integracja usług społecznych")
    assert (lecture.end, lecture.room, lecture.kind) == ("12:00", "Bruksela", "plenary")
    assert lecture.capacity == 220
    assert lecture.speakers.startswith("dr hab. Marek Rymsza, Doradca Prezydenta RP")


def test_monitoring_talk_lists_both_speakers(programme: list[Session]) -> None:
    talk = _one(programme, 1, "12:00", "Monitorowanie usług społecznych")
    assert talk.speakers.split("; ") == [
        "Jacek Gralczyk, Vigarat Sp. z o.o.",
        "Marcin Jóżko, Instytut Rozwoju Profesji i Usług Społecznych Sp. z o.o.",
    ]


def test_day_one_is_in_bruksela_and_lunch_needs_signing_up(programme: list[Session]) -> None:
    day_one = [s for s in programme if s.day == 1 and s.kind in ("plenary", "panel", "meal", "break")]
    assert {s.room for s in day_one} == {"Bruksela"}
    assert [(s.title, s.kind, s.signup) for s in day_one if s.kind in ("meal", "break")] == [
        ("Przerwa obiadowa", "meal", True),
        ("Przerwa kawowa", "break", False),
    ]


def test_day_two_workshops_run_in_parallel_in_three_rooms(programme: list[Session]) -> None:
    workshops = [s for s in programme if s.kind == "workshop"]
    assert len(workshops) == 3
    slots = {(s.day, s.start, s.end, s.choice_group) for s in workshops}
    assert slots == {(2, "09:00", "12:00", "warsztaty")}
    rooms = {s.room: s.capacity for s in workshops}
    assert rooms == {"Warszawa": 80, "Bruksela": 70, "Sala Europejska": 70}
    assert [s.title for s in workshops] == list(WORKSHOP_TITLES)


def test_rest_of_day_two_is_in_warszawa_ending_with_lunch(programme: list[Session]) -> None:
    after = [s for s in programme if s.day == 2 and s.kind != "workshop"]
    assert {s.room for s in after} == {"Warszawa"}
    assert not any(s.choice_group for s in after)
    lunch = after[-1]
    assert (lunch.title, lunch.start, lunch.end, lunch.kind) == ("Obiad", "14:00", "15:00", "meal")


def test_gala_dinner_and_concert_are_in_sala_europejska(programme: list[Session]) -> None:
    dinner = _one(programme, 1, "18:00", "kolacja")
    concert = _one(programme, 1, "20:00", "Koncert")
    assert (dinner.room, dinner.end, dinner.kind) == ("Sala Europejska", "20:00", "social")
    assert (concert.room, concert.end) == ("Sala Europejska", "21:30")


def test_load_programme_reads_a_given_file_and_blank_capacity_as_none(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text(
        "day,start,end,title,room,kind,capacity,speakers,choice_group\n"
        "2,09:00,10:00,Próba,Sala A,workshop,,Jan Nowak; Anna Kowalska,grupa\n",
        encoding="utf-8",
    )
    [session] = load_programme(path)
    assert session == Session(
        day=2, start="09:00", end="10:00", title="Próba", room="Sala A", kind="workshop",
        speakers="Jan Nowak; Anna Kowalska", capacity=None, choice_group="grupa", signup=True,
    )  # fmt: skip


def test_generator_is_deterministic_per_seed() -> None:
    first = list(generate_registrants(300, seed=7, days=DAYS))
    assert first == list(generate_registrants(300, seed=7, days=DAYS))
    assert first != list(generate_registrants(300, seed=8, days=DAYS))


def test_generator_gives_n_registrants_with_unique_emails_and_ids(registrants: list[Registrant]) -> None:
    assert len(registrants) == 2000
    emails = [r.email for r in registrants]
    assert len(set(emails)) == 2000
    assert all(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]+", e) for e in emails)
    ids = [r.registration_id for r in registrants]
    assert len(set(ids)) == 2000
    assert all(re.fullmatch(r"CUS-2026-\d{5}", i) for i in ids)
    assert ids == sorted(ids)


def test_emails_stay_unique_when_names_repeat() -> None:
    emails = [r.email for r in generate_registrants(30_000, seed=1, days=DAYS)]
    assert len(set(emails)) == len(emails)
    assert any(re.search(r"\d@", e) for e in emails)


def test_names_have_polish_diacritics_and_some_cyrillic(registrants: list[Registrant]) -> None:
    names = [f"{r.first_name} {r.last_name}" for r in registrants]
    assert sum(bool(POLISH_LETTERS & set(n)) for n in names) > 200
    cyrillic = [n for n in names if re.search("[\u0400-\u04ff]", n)]
    assert 5 <= len(cyrillic) <= 60
    assert len({r.city for r in registrants}) > 50


def test_surnames_take_the_gender_of_the_first_name(registrants: list[Registrant]) -> None:
    women = [r.last_name for r in registrants if r.first_name in FEMALE_NAMES]
    men = [r.last_name for r in registrants if r.first_name in MALE_NAMES]
    assert not [s for s in women if s.endswith(("ski", "cki"))]
    assert not [s for s in men if s.endswith(("ska", "cka"))]
    assert any(s.endswith("ska") for s in women) and any(s.endswith("ski") for s in men)
    assert "Nowak" in women or "Nowak" in men


def test_categories_are_mixed_and_mostly_participants(registrants: list[Registrant]) -> None:
    counts = Counter(r.category for r in registrants)
    assert set(counts) == set(CATEGORIES)
    assert counts["participant"] > 0.75 * len(registrants)
    assert 3 <= counts["honorary_guest"] < 60


def test_most_attend_both_days_and_the_rest_one_given_day(registrants: list[Registrant]) -> None:
    counts = Counter(r.days for r in registrants)
    assert set(counts) == {(), (DAYS[0],), (DAYS[1],)}
    assert 0.05 < (counts[(DAYS[0],)] + counts[(DAYS[1],)]) / len(registrants) < 0.15


def test_workshop_answers_name_a_workshop_and_only_day_two_guests_give_one(
    registrants: list[Registrant],
) -> None:
    answers = [r for r in registrants if r.workshop]
    assert len(answers) > 0.6 * len(registrants)
    assert all(r.days in ((), (DAYS[1],)) for r in answers)
    exact = Counter(r.workshop for r in answers if r.workshop in WORKSHOP_TITLES)
    assert set(exact) == set(WORKSHOP_TITLES)
    assert len(exact) < len({r.workshop for r in answers})  # some typed their own wording


def test_notes_needs_and_consents_have_realistic_shares(registrants: list[Registrant]) -> None:
    n = len(registrants)
    assert 0.01 < sum(bool(r.notes) for r in registrants) / n < 0.07
    assert 0.06 < sum(bool(r.needs) for r in registrants) / n < 0.14
    assert sum(r.consent_data is True for r in registrants) > 0.97 * n
    assert all(r.source == "" for r in registrants)


def test_no_generated_registrant_is_a_person_named_in_the_programme(programme: list[Session]) -> None:
    speakers = " ".join(s.speakers for s in programme)
    for registrant in generate_registrants(20_000, seed=3, days=DAYS):
        assert f"{registrant.first_name} {registrant.last_name}" not in speakers


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def test_csv_round_trips_with_polish_headers_and_bom(tmp_path: Path, registrants: list[Registrant]) -> None:
    path = tmp_path / "zgloszenia.csv"
    write_registrants_csv(path, iter(registrants), DAYS)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfNr zg\xc5\x82oszenia;Tytu\xc5\x82;Imi\xc4\x99;Nazwisko;")
    assert raw.count(b"\r\n") >= len(registrants) + 1
    header, *rows = _read_csv(path)
    assert tuple(header) == CSV_HEADERS
    assert len(rows) == len(registrants)
    for row, registrant in zip(rows, registrants, strict=True):
        record = dict(zip(header, row, strict=True))
        assert record["Nr zgłoszenia"] == registrant.registration_id
        assert (record["Imię"], record["Nazwisko"]) == (registrant.first_name, registrant.last_name)
        assert (record["Instytucja"], record["E-mail"]) == (registrant.organisation, registrant.email)
        assert record["Warsztat"] == registrant.workshop
        assert record["Uwagi"] == registrant.notes


def test_csv_writes_labels_day_numbers_and_tak_nie(tmp_path: Path) -> None:
    people = [
        Registrant(first_name="Anna", last_name="Śliwińska", category="honorary_guest", consent_data=True,
                   consent_image=False),
        Registrant(first_name="Олена", last_name="Коваленко", days=(DAYS[0],), category="partner"),
        Registrant(first_name="Jan", last_name="Żak", days=(DAYS[1],), notes="Uwaga; średnik"),
    ]  # fmt: skip
    path = tmp_path / "lista.csv"
    write_registrants_csv(path, people, DAYS)
    rows = [dict(zip(CSV_HEADERS, row, strict=True)) for row in _read_csv(path)[1:]]
    assert [r["Kategoria"] for r in rows] == ["Gość honorowy", "Partner", "Uczestnik"]
    assert [r["Dni"] for r in rows] == ["1, 2", "1", "2"]
    assert (rows[0]["Zgoda na przetwarzanie danych"], rows[0]["Zgoda na wizerunek"]) == ("tak", "nie")
    assert rows[1]["Zgoda na wizerunek"] == ""
    assert rows[1]["Imię"] == "Олена" and rows[2]["Uwagi"] == "Uwaga; średnik"


def test_the_demo_kitchen_counts_each_meal_for_the_guests_who_said_yes_to_it(tmp_path: Path) -> None:
    station = create_demo_event(tmp_path / "demo.sqlite", first_day=date(2026, 6, 21))
    guests = [a for a in station.storage.attendees() if a.status == Status.REGISTERED]
    counted = {(m.session.title, m.session.day): m.total for m in meal_counts(station, meals(station))}
    said_yes = {
        (title, day + 1): sum(1 for a in guests if a.extra.get(column) == "tak" and a.attends(DAYS[day]))
        for (column, day, _), title in zip(
            MEALS, ("Przerwa obiadowa", "Uroczysta kolacja", "Obiad"), strict=True
        )
    }
    station.close()
    assert counted == said_yes
    assert all(count > len(guests) / 2 for count in counted.values())  # most eat: lunch on day two too

"""A form's answers about the dinner and workshops: what a yes, a no and an unclear answer do, and where the
import says an answer was not understood."""

import pytest
from helpers.events import DAYS, PROGRAMME, code_of, make_station

from checkin.domain import Registrant

DINNER = "Czy weźmiesz udział w uroczystej kolacji?"


@pytest.fixture
def station(tmp_path):
    s = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola")
    s.programme.save(PROGRAMME)
    yield s
    s.close()


def dinner_guest(last_name, answer, **fields):
    return Registrant(first_name="Ewa", last_name=last_name, extra={DINNER: answer},
                      source=f"formularz.csv:{len(last_name)}", **fields)  # fmt: skip


def titles(station, last_name):
    return [s.session.title for s in station.choices.of(station.find(code_of(station, last_name)).id)]


def test_a_no_from_a_guest_who_skips_the_dinner_day_is_no_choice_on_a_wrong_day(station):
    people = [dinner_guest("Lis", "Nie wezmę udziału", days=(DAYS[1],)),
              dinner_guest("Żak", "nie", days=(DAYS[1],))]  # fmt: skip

    report = station.register(people, reason="import")

    assert report.answers.wrong_day == {}
    assert report.answers.columns == {DINNER: "Uroczysta kolacja"}
    assert titles(station, "Lis") == titles(station, "Żak") == []


def test_a_yes_from_a_guest_who_skips_the_dinner_day_is_still_reported(station):
    report = station.register([dinner_guest("Lis", "Tak, będę", days=(DAYS[1],))], reason="import")

    assert report.answers.wrong_day == {"Uroczysta kolacja": 1}


def test_tak_bede_signs_up_and_nie_wezme_udzialu_does_not(station):
    station.register([dinner_guest("Lis", "Tak, będę"), dinner_guest("Żak", "Nie wezmę udziału")],
                     reason="import")  # fmt: skip

    assert (titles(station, "Lis"), titles(station, "Żak")) == (["Uroczysta kolacja"], [])


def test_an_answer_neither_yes_nor_no_is_reported_with_its_rows_and_signs_nobody_up(station):
    people = [dinner_guest("Lis", "Może"), dinner_guest("Wróbel", "Może"), dinner_guest("Żak", "tak")]

    report = station.register(people, reason="import", dry_run=True)

    assert report.answers.unclear == {DINNER: {"Może": 2}}
    assert sorted(report.answers.rows["Może"]) == ["formularz.csv:3", "formularz.csv:6"]
    assert report.answers.signed_up == 1


def test_an_unmatched_workshop_answer_of_a_known_guest_names_the_guest(station):
    station.register([Registrant(first_name="Ewa", last_name="Lis", registration_id="F1")], reason="import 1")

    report = station.register(
        [Registrant(first_name="Ewa", last_name="Lis", registration_id="F1", workshop="Coś innego"),
         Registrant(first_name="Jan", last_name="Kot", workshop="Coś innego", source="f.csv:3")],
        reason="import 2",
    )  # fmt: skip

    assert report.answers.unmatched == {"Coś innego": 2}
    assert sorted(report.answers.rows["Coś innego"]) == ["Ewa Lis", "f.csv:3"]

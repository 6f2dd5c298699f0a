"""The kitchen's numbers: per meal, guests signed up, per diet (answers grouped), and who has which diet."""

import pytest
from helpers.events import DAYS, PROGRAMME, code_of, session_titled

from checkin.domain import Session
from checkin.programme.meals import STANDARD, diet_group, meal_counts, meals


@pytest.mark.parametrize(
    ("answer", "group"),
    [
        ("wegetariańska", "wegetariańska"), ("Wegetariańska ", "wegetariańska"), ("wege", "wegetariańska"),
        ("Dieta wegetariańska", "wegetariańska"), ("jarska", "wegetariańska"),
        ("vegetarian", "wegetariańska"),
        ("WEGAŃSKA", "wegańska"), ("vegan", "wegańska"), ("bez glutenu", "bezglutenowa"),
        ("celiakia", "bezglutenowa"), ("wegańska, bezglutenowa", "wegańska + bezglutenowa"),
        ("", STANDARD), ("  ", STANDARD), ("brak", STANDARD), ("Nie", STANDARD), ("standardowa", STANDARD),
        ("dieta standardowa", STANDARD), ("bez orzechów", "bez orzechow"),
        ("dieta wegetariańska; wózek inwalidzki", "wegetariańska"), ("tłumacz PJM", STANDARD),
        ("wózek inwalidzki, bez orzechów", "bez orzechow"), ("pętla indukcyjna", STANDARD),
        ("miejsce parkingowe dla osoby z niepełnosprawnością", STANDARD),
    ],
)  # fmt: skip
def test_diet_answers_are_grouped(answer, group):
    assert diet_group(answer) == group


@pytest.fixture
def kitchen(station):
    """Two meals of day one: the gala dinner (from the fixture) and a lunch; diets typed every which way."""
    station.programme.save([
        *PROGRAMME,
        Session(day=1, start="13:00", end="14:00", title="Obiad", room="Restauracja", kind="meal",
                signup=True),
        Session(day=1, start="10:30", end="11:00", title="Przerwa kawowa", room="Hol", kind="break"),
    ])  # fmt: skip
    dinner, lunch = session_titled(station, "Uroczysta kolacja").id, session_titled(station, "Obiad").id
    for name, diet in (("Kowalski", "Wegetariańska "), ("Jóżko", "wege"), ("Gołębiowska", ""),
                       ("Nowak", "bez orzechów")):  # fmt: skip
        station.choices.choose(station.find(code_of(station, name)).id, lunch, diet=diet)
    for name, diet in (("Kowalski", "wegetariańska"), ("Nowak", "brak")):
        station.choices.choose(station.find(code_of(station, name)).id, dinner, diet=diet)
    return station


def test_each_meal_counts_its_guests_per_diet_with_the_standard_menu_first(kitchen):
    found = meals(kitchen, DAYS[0])
    assert [s.title for s in found] == ["Obiad", "Uroczysta kolacja"]  # not the coffee break, not a plenary
    lunch, dinner = meal_counts(kitchen, found)
    assert lunch.total == 4
    assert lunch.diets == (("standardowa", 1), ("wegetariańska", 2), ("bez orzechów", 1))
    assert dinner.total == 2 and dinner.diets == (("standardowa", 1), ("wegetariańska", 1))


def test_the_guests_of_special_diets_are_named_with_their_answer_as_typed(kitchen):
    lunch, dinner = meal_counts(kitchen, meals(kitchen))
    assert [(s.attendee.last_name, s.diet, s.answer) for s in lunch.special] == [
        ("Nowak", "bez orzechów", "bez orzechów"),
        ("Jóżko", "wegetariańska", "wege"),
        ("Kowalski", "wegetariańska", "Wegetariańska"),
    ]
    assert [s.answered_otherwise for s in lunch.special] == [False, True, False]
    assert [s.attendee.last_name for s in dinner.special] == ["Kowalski"]  # Nowak's "brak" is no diet
    assert meal_counts(kitchen, meals(kitchen), named=False)[0].special == ()


def test_a_cancelled_guest_is_not_counted_as_the_session_counts_do_not_count_them(kitchen):
    kowalski = kitchen.find(code_of(kitchen, "Kowalski"))
    kitchen.registrations.cancel(kowalski.id, "rezygnacja")
    lunch_session = session_titled(kitchen, "Obiad")
    lunch, dinner = meal_counts(kitchen, meals(kitchen))
    assert lunch.total == 3 == kitchen.programme.counts_of(lunch_session).signed_up
    assert dict(lunch.diets)["wegetariańska"] == 1
    assert dinner.diets == (("standardowa", 1),)
    assert "Kowalski" not in [s.attendee.last_name for s in lunch.special]

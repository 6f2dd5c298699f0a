"""Registrants' workshop answers matched to the congress's three workshop titles."""

import pytest

from checkin.demo.registrants import WORKSHOP_ANSWERS, WORKSHOP_TITLES
from checkin.importing.answers import AnswerMatcher

MATCHER = AnswerMatcher(WORKSHOP_TITLES)


@pytest.mark.parametrize(
    ("answer", "workshop"),
    [
        (answer, index)
        for index, answers in enumerate(WORKSHOP_ANSWERS.items)
        for answer in answers
        if answer != "OSL"
    ],
)
def test_every_answer_the_demo_form_collects_finds_its_workshop(answer, workshop):
    assert MATCHER.match(answer) == workshop


@pytest.mark.parametrize(
    ("answer", "workshop"),
    [
        ("zarzadzanie uslugamy spolecznymi", 0),
        ("ZARZĄDZANIE", 0),
        ("organizownaie spolecznosci lokalnej", 1),
        ("Indywidualne plany uslug", 2),
        ("plany usług", 2),
    ],
)
def test_typos_missing_diacritics_and_short_forms_still_match(answer, workshop):
    assert MATCHER.match(answer) == workshop


@pytest.mark.parametrize(
    "answer", ["", "   ", "OSL", "IPUS", "usługi społeczne", "usługi", "Warsztat 1", "nie wiem"]
)
def test_an_answer_that_fits_no_title_or_several_is_not_guessed(answer):
    assert MATCHER.match(answer) is None


def test_a_long_question_names_a_meal_by_its_distinctive_words():
    meals = AnswerMatcher(["Przerwa obiadowa", "Uroczysta kolacja", "Obiad"], min_coverage=0)
    assert meals.match("Czy weźmie Pan/Pani udział w uroczystej kolacji?") == 1
    assert meals.match("Obiad – dzień 2") == 2
    assert meals.match("Przerwa obiadowa – dzień 1") == 0
    assert meals.match("Dieta") is None


def test_an_answer_with_the_full_title_finds_the_programmes_short_one():
    short = AnswerMatcher(["Zarządzanie usługami społecznymi", "Organizowanie Społeczności Lokalnej"])
    assert short.match(WORKSHOP_TITLES[0]) == 0
    assert short.match(WORKSHOP_TITLES[1]) == 1


@pytest.mark.parametrize(
    "answer",
    [
        "zarządzanie usługami społecznymi, organizowanie społeczności lokalnej",
        "Organizowanie społeczności lub indywidualne plany",
    ],
)
def test_an_answer_naming_two_workshops_is_not_guessed(answer):
    assert MATCHER.match(answer) is None

"""Which event days a form's answer names: checkbox answers, dates, ranges, weekdays, and what is refused."""

import pytest

from checkin.importing.days import DayReader

DAYS = ("2027-06-21", "2027-06-22")
"""A Monday and a Tuesday, like the congress's 21-22 June."""
FIRST, SECOND, BOTH = (DAYS[0],), (DAYS[1],), ()


@pytest.mark.parametrize(
    ("answer", "days"),
    [
        ("21 czerwca", FIRST), ("21 czerwca, 22 czerwca", BOTH), ("21 czerwca;22 czerwca;", BOTH),
        ("tylko 21 czerwca", FIRST), ("Tylko 22 czerwca 2027 r.", SECOND), ("21-22.06", BOTH),
        ("21–22 czerwca", BOTH), ("21 i 22 czerwca", BOTH), ("21.06-22.06", BOTH), ("oba dni", BOTH),
        ("obydwa dni", BOTH), ("cały kongres", BOTH), ("Both days", BOTH), ("2 dni", BOTH),
        ("pierwszy dzień", FIRST), ("Tylko drugi dzień kongresu", SECOND), ("first day", FIRST),
        ("dzień 1", FIRST), ("1, 2", BOTH), ("21.06", FIRST), ("21.06.2027", FIRST), ("2027-06-22", SECOND),
        ("Monday", FIRST), ("poniedziałek", FIRST), ("we wtorek", SECOND), ("June 21", FIRST),
        ("June 22nd, 2027", SECOND), ("22 June", SECOND), ("22 cze.", SECOND), ("21 czerwiec", FIRST),
        ("Dzień 1 – 21 czerwca (poniedziałek)", FIRST), ("Dzień 2 (22.06)", SECOND),
    ],
)  # fmt: skip
def test_an_answer_names_its_event_days(answer, days):
    assert DayReader(DAYS).read(answer) == days


@pytest.mark.parametrize(
    "answer",
    ["23 czerwca", "22.06.2026", "21 lipca", "środa", "czwarty dzień", "3 dni", "21", "tak", "nie wiem",
     "21-22.07"],
)  # fmt: skip
def test_a_day_outside_the_event_or_a_word_not_understood_makes_the_answer_unknown(answer):
    assert DayReader(DAYS).read(answer) is None


def test_a_weekday_the_event_has_twice_is_unknown():
    assert DayReader(("2027-06-21", "2027-06-28")).read("poniedziałek") is None

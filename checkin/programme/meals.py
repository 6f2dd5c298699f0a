"""The kitchen's numbers: for each meal, how many guests signed up, how many of them per diet, and who has a
special diet.

A meal is a session of kind "meal" or "social" (the gala dinner) that guests sign up for. Guests are counted
by the rule of the session counts: the sign-ups of registered guests, so a cancelled registration frees its
plate as it frees its seat.

Diets are typed freely (at the desk's F7, or the import's needs column), so answers are grouped: folded and
trimmed ("Wegetariańska " is "wegetariańska"), a leading "dieta" dropped, the usual words of a diet taken as
that diet ("wege", "jarska", "vegetarian" are vegetarian; "bez glutenu", "celiakia" gluten-free), several
of them joined ("wegańska + bezglutenowa": the kitchen must see both), and a blank or "brak" / "nie" /
"standardowa" answer is the standard menu. The same column holds needs that are not about food ("wózek
inwalidzki", "tłumacz PJM"): a part of an answer naming one is left out, so "dieta wegetariańska; wózek
inwalidzki" is vegetarian and "tłumacz PJM" alone the standard menu. Any other answer is a group of its own
(answers alike once folded are one), shown in lower case as one of them was typed. The labels are Polish,
as the kitchen's printouts.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checkin.collation import by_surname
from checkin.domain import Attendee, Session
from checkin.text import words

if TYPE_CHECKING:
    from checkin.station import Station

MEAL_KINDS = ("meal", "social")
STANDARD = "standardowa"
KNOWN_DIETS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("wegetariańska", ("wegetarian", "wege", "jarsk", "vegetarian", "veggie")),
    ("wegańska", ("wegan", "vegan")),
    ("bezglutenowa", ("bezgluten", "gluten", "celiak", "coeliac", "celiac")),
    ("bez laktozy", ("bezlaktoz", "laktoz", "lactose", "nabial", "dairy")),
    ("halal", ("halal",)),
    ("koszerna", ("koszer", "kosher")),
)
"""Diet label -> how the folded words of an answer naming it begin."""
STANDARD_ANSWERS = frozenset(
    {"", "brak", "nie", "nie dotyczy", "nd", "standard", "standardowa", "standardowe", "standardowy",
     "zwykla", "zwykle", "normalna", "tradycyjna", "bez", "bez diety", "bez uwag", "none", "no", "normal",
     "regular"}
)  # fmt: skip
"""Folded answers (a leading "dieta" dropped) that mean no special diet."""
NOT_A_DIET_WORD = frozenset({"dieta", "diet", "diety"})
NOT_FOOD = (
    "wozek", "wheelchair", "niepelnospraw", "disab", "tlumacz", "pjm", "interpret", "migow", "petla",
    "induk", "parking", "nocleg", "pokoj", "winda", "asystent", "opiekun", "niewidom", "niedowidz",
    "nieslysz", "hearing",
)  # fmt: skip
"""How the folded words of a part of an answer begin when it asks for something other than food."""
PARTS = re.compile(r"[;,+/\n]")


@dataclass(frozen=True)
class SpecialDiet:
    """A guest with a special diet at a meal: the group it counts under and their answer as typed."""

    attendee: Attendee
    diet: str
    answer: str

    @property
    def answered_otherwise(self) -> bool:
        """Whether the answer says more than its group's label ("wege" for "wegetariańska"; not "Dieta
        wegetariańska"): then a sheet shows it beside the label."""
        return [word for word in words(self.answer) if word not in NOT_A_DIET_WORD] != words(self.diet)


@dataclass(frozen=True)
class MealCount:
    """One meal's numbers. `diets`: (label, guests), the standard menu first, then the most numerous;
    `special`: the guests of every other diet, by diet then surname (empty when not asked for)."""

    session: Session
    total: int
    diets: tuple[tuple[str, int], ...]
    special: tuple[SpecialDiet, ...] = ()


def diet_group(answer: str) -> str:
    """The group an answer counts under (see the module's docstring)."""
    food = [part for part in PARTS.split(answer) if not any(w.startswith(NOT_FOOD) for w in words(part))]
    folded = [word for part in food for word in words(part) if word not in NOT_A_DIET_WORD]
    if " ".join(folded) in STANDARD_ANSWERS:
        return STANDARD
    known = [label for label, starts in KNOWN_DIETS if any(word.startswith(starts) for word in folded)]
    return " + ".join(known) if known else " ".join(folded)


def meals(station: Station, day: str | None = None) -> list[Session]:
    """The meals of the programme (of `day`, an ISO date, if given), in programme order."""
    programme = station.programme
    return [
        s for s in programme.sessions()
        if s.kind in MEAL_KINDS and s.needs_signup and (day is None or programme.date_of(s) == day)
    ]  # fmt: skip


def meal_counts(station: Station, sessions: Sequence[Session], *, named: bool = True) -> list[MealCount]:
    """The numbers of `sessions` (see `meals`); `named`: with the guests of special diets."""
    ids = [s.id for s in sessions]
    answers: dict[int, Counter[str]] = defaultdict(Counter)
    for session_id, answer, count in station.storage.diet_counts(ids):
        answers[session_id][answer] += count
    labels = _labels({answer for counted in answers.values() for answer in counted})
    special = _special(station, ids, labels) if named else {}
    return [_count(s, answers[s.id], labels, special.get(s.id, [])) for s in sessions]


def _labels(answers: set[str]) -> dict[str, str]:
    """Answer as typed -> its group's label: a known diet's, or the group's first spelling in alphabetical
    order, trimmed and in lower case."""
    groups = {answer: diet_group(answer) for answer in answers}
    spellings: dict[str, list[str]] = defaultdict(list)
    for answer, group in groups.items():
        spellings[group].append(" ".join(answer.split()))
    known = {STANDARD, *(label for label, _ in KNOWN_DIETS)}
    shown = {
        group: group if all(part in known for part in group.split(" + ")) else sorted(found)[0].lower()
        for group, found in spellings.items()
    }  # fmt: skip
    return {answer: shown[group] for answer, group in groups.items()}


def _special(station: Station, ids: list[int], labels: dict[str, str]) -> dict[int, list[SpecialDiet]]:
    rows = [row for row in station.storage.diets_of_guests(ids) if labels.get(row[2], STANDARD) != STANDARD]
    people = station.storage.attendees_by_ids(sorted({attendee_id for _, attendee_id, _ in rows}))
    found: dict[int, list[SpecialDiet]] = defaultdict(list)
    for session_id, attendee_id, answer in rows:
        found[session_id].append(SpecialDiet(people[attendee_id], labels[answer], " ".join(answer.split())))
    return found


def _count(
    session: Session, answers: Counter[str], labels: dict[str, str], special: list[SpecialDiet]
) -> MealCount:
    diets: Counter[str] = Counter()
    for answer, count in answers.items():
        diets[labels[answer]] += count
    order = sorted(diets.items(), key=lambda item: (item[0] != STANDARD, -item[1], item[0]))
    named = sorted(special, key=lambda s: (s.diet, by_surname(s.attendee.last_name, s.attendee.first_name)))
    return MealCount(session, sum(diets.values()), tuple(order), tuple(named))

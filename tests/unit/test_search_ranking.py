"""Every way the search takes to an answer gives the answer its rules define, on a generated event of a few
thousand guests and the kinds of query a desk types (one letter, prefixes of surnames, first name and a
surname's start, an e-mail's start, towns, organisations, words that fill several tiers at once).

The expected answer is worked out the slow way, from every guest: match every query word to the start of
a word, then order by tier (exact surname, surname prefix, first-name prefix, the rest) and sort key. The
search must give it under each of its plans: ranking a rare set, walking result order, a walk that gives
up and ranks the whole set, walking the surname and first-name groups and ranking the rest, and "too
many" told by a long prefix's shortest words.
"""

import random

import pytest

from checkin import search as search_module
from checkin.codes import new_code
from checkin.demo.registrants import generate_registrants
from checkin.log_kinds import LogKind
from checkin.search import Entry, Vocabulary, entry, search
from checkin.station import Station
from checkin.storage import searching
from checkin.text import fold, words

DAYS = ("2025-06-02", "2025-06-03")
GUESTS = 2000
LIMITS = (50, 7)
PLANS = {
    "rare": ({}, {}),
    "walk": ({"MIN_RARE": 0, "RANK_OR_WALK": 0, "WALK_WINDOW": 200}, {}),
    "walk-gives-up": ({"MIN_RARE": 0, "RANK_OR_WALK": 0, "WALK_WINDOW": 50, "WALK_STEPS_AT_MOST": 2}, {}),
    "rank-the-rest": ({"MIN_RARE": 0, "RANK_OR_WALK": 0.001, "RANK_THE_REST": 10**6}, {}),
    "shortest-words": ({"RANK_OR_WALK": 0.5}, {"EXPANDED_WORDS": 2, "SURE_WORDS": 1}),
}


@pytest.fixture(scope="module")
def event(tmp_path_factory):
    """(station, entries by id) of a generated event, made once: its answers do not depend on the plan."""
    station = Station.create(
        tmp_path_factory.mktemp("ranking") / "event.sqlite", event_name="Kongres", venue="Hotel", days=DAYS
    )
    people = list(generate_registrants(GUESTS, 17, DAYS))
    with station.storage.transaction():
        ids = station.storage.insert_attendees(
            [(person, new_code(station.event.secret)) for person in people],
            kind=LogKind.REGISTER, station="test", staff="", reason="",
        )  # fmt: skip
    entries = {
        attendee_id: entry(
            attendee_id, first_name=p.first_name, last_name=p.last_name, organisation=p.organisation,
            city=p.city, email=p.email,
        )
        for attendee_id, p in zip(ids, people, strict=True)
    }  # fmt: skip
    yield station, entries
    station.close()


@pytest.fixture(scope="module")
def answers(event):
    """(query, limit, expected answer) of every desk query that matches someone (nothing matching sends a
    query to the typo fallback, which test_search covers), worked out once for every plan."""
    _, entries = event
    queries = desk_queries(entries)
    found = [(query, limit, expected(entries, query, limit)) for query in queries for limit in LIMITS]
    return [(query, limit, want) for query, limit, want in found if want]


@pytest.fixture(params=list(PLANS))
def plan(request, monkeypatch):
    in_search, in_storage = PLANS[request.param]
    for name, value in in_search.items():
        monkeypatch.setattr(search_module, name, value)
    for name, value in in_storage.items():
        monkeypatch.setattr(searching, name, value)
    return request.param


def expected(entries: dict[int, Entry], query: str, limit: int) -> list[int]:
    typed = list(dict.fromkeys(words(query)))

    def starts(entry_words: tuple[str, ...]) -> bool:
        return any(word.startswith(prefix) for word in entry_words for prefix in typed)

    def tier(guest: Entry) -> int:
        if any(word in typed for word in guest.surname):
            return 0
        return 1 if starts(guest.surname) else 2 if starts(guest.first_name) else 3

    found = [g for g in entries.values() if all(any(w.startswith(p) for w in g.words) for p in typed)]
    return [g.id for g in sorted(found, key=lambda g: (tier(g), g.sort_key))][:limit]


def desk_queries(entries: dict[int, Entry]) -> list[str]:
    """Keystrokes of queries drawn from the guests, as the benchmark draws them, and a fixed set of the
    hard kinds: one letter, a letter range holding many, words common alone and together."""
    rng = random.Random(5)
    drawn: list[str] = []
    for guest in rng.sample(list(entries.values()), 30):
        surname, first = " ".join(guest.surname), " ".join(guest.first_name)
        email = next((w for w in guest.words if w not in guest.surname and w not in guest.first_name), "")
        drawn += [surname, f"{first} {surname[:1]}", f"{first[:3]} {surname[:2]}", email[:6]]
    fixed = ["k", "a", "w pl", "jan k", "k kow", "kow k", "anna n", "adam.k", "m o p s", "kowalsk", "nowa"]
    typed = [query[:length] for query in [*fixed, *drawn] for length in range(1, len(query) + 1)]
    return list(dict.fromkeys(fold(query) for query in typed if query.strip()))


def test_every_plan_gives_the_ranking_the_rules_define(event, answers, plan):
    station, _ = event
    vocabulary = Vocabulary()
    for query, limit, want in answers:
        assert search(station.storage, vocabulary, query, limit) == want, (query, limit)
    assert len(answers) > 400

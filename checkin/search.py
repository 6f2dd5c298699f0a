"""Finding a guest from a few typed letters, on every keystroke, at any size of event, from an index that
lives in the event file (so opening an event reads nothing of it, and no write ever waits for a rebuild).

Matching: every query word must be the start of some word of the guest's name, organisation, city or
e-mail, compared folded (`checkin.text.fold`: no case, no diacritics, Cyrillic transliterated). A Cyrillic
name, town or organisation also has its Polish spelling as words (`checkin.cyrillic`: Шевченко is found by
"shevchenko" and by "szewczenko"). A full code or e-mail matches that one guest exactly.

Ranking: guests whose surname equals a query word, then whose surname starts with one, then whose first
name does, then the rest; alphabetical by surname and first name within each group. Only when nothing
matches at all is a word allowed one typo (insertion, deletion, substitution or swap of neighbours).

How it stays fast: each guest has one index row whose key (`Entry.sort_key`: folded surname, first name,
id) is their place in alphabetical order, and their folded words are in SQLite's full-text index (see
`checkin.storage.searching`). A query takes one of two ways, each bounded by the size of the answer, not of
the event:
- at most `rare_cap` guests match every query word (SQLite's full-text index, fed folded words, finds
  them): they are ranked in SQL;
- more match ("k", "w pl"): each group is walked in result order and stops at the limit. Guests
  whose surname starts with a word sit in one key range (walked in order, each only up to the last guest
  of a page the ranges before it found); a first-name or other group is walked window by window (the
  rest is read and ranked instead when it is not many more, `RANK_THE_REST`); a common word is by
  definition dense enough to fill a page within a few windows.
Most keystrokes at a large event only learn "more than `rare_cap`": `checkin.storage.searching` answers
that without making a Python object per guest, and without merging the lists of every word a long prefix
starts.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checkin.codes import looks_like_code, normalise
from checkin.cyrillic import polish_spellings
from checkin.text import MAX_QUERY_LENGTH, words

DEFAULT_LIMIT = 50
TYPO_MIN_LENGTH = 3
"""Shorter words have too many one-typo neighbours to be a useful guess."""
TYPO_WORDS = 4
"""At most this many words of a query get typo neighbours (the longest); the rest must match as typed.
Pasted junk of 40 words must not cost 40 passes over the vocabulary."""
SHARED_TEXTS = 50_000
"""Names, towns and organisations whose folded words are kept for the next guest who has them."""
RANK_OR_WALK = 2.5
"""Ranking n matching guests costs about n; walking to a page of 50 of them costs about 50 * guests / n
guests walked, each about 1/20 of a ranked one. They are equal at n = sqrt(guests * 2.5): 500 at 100,000
guests (measured best over the bench's mix, for the median as for the 99th percentile), 1,580 at
1,000,000."""
RANK_THE_REST = 2
"""A walk of the surname and first-name groups tests a short column first (`checkin.storage.searching`)
and costs little; the rest's words may be anywhere, so its walk tests the long one, guest after guest.
Reaching the rest, a set up to this many times the cap is read and ranked rather than walked: the 518
from Puławy at 100,000 guests ("pu"), 1 ms ranked, 3 ms walked. Ranking every set that large instead
(a cap twice as high) cost the median keystroke 0.25 ms: most such sets fill their page before the rest."""
RANK_AT_MOST = 1600
"""Ranking costs more per guest in a large event (a deeper index, mostly out of the processor's caches):
no more than this many are ranked instead of walked. At 1,000,000 guests, ranking the 2,000 of "jerzy m"
took 14 to 16 ms; walking to a page of them, 11 ms."""
MIN_RARE = 50
WALK_WINDOW = 4000
"""Guests a walk looks at per step."""
WALK_STEPS_AT_MOST = 25
"""Whatever the estimate of density, a walk looks at no more than 100,000 guests before ranking instead."""

MORE_SURNAME, FIRST_NAME = "more_surname", "first_name"
"""Name fields a guest is looked up by for ranking: the surname's words after the first (a second surname,
a Polish spelling; the first is where the guest sits in result order), and the first name's."""
EXACT_SURNAME, SURNAME_PREFIX, FIRST_NAME_PREFIX, REST = range(4)
"""A guest's tier for a query, best first: a surname word is a query word, starts with one, a first-name
word starts with one, or the words are elsewhere (the index computes it: `checkin.storage.searching`)."""
_END_OF_WORD, _PAST_WORD_END = "\x00", "\x02"
"""A sort key's first surname word ends with "\\x00" (no more surname) or "\\x01" (another word follows)."""
_PAST_ANY_WORD = "\x7f"
"""Sorts after every folded character, so `[prefix, prefix + _PAST_ANY_WORD)` holds all its extensions."""

Terms = Sequence[tuple[str, ...]]


@dataclass(frozen=True)
class Entry:
    """A guest as the index sees them: folded words, nothing else."""

    id: int
    surname: tuple[str, ...]
    first_name: tuple[str, ...]
    words: tuple[str, ...]
    """Every word once: surname, first name, organisation, city, e-mail."""

    @property
    def sort_key(self) -> str:
        """Orders as (surname words, first-name words, id) do: "\\x01" between words sorts below any letter,
        "\\x00" after the last one below that, so "kow" < "kow kowal" < "kowal"."""
        return f"{chr(1).join(self.surname)}\x00{chr(1).join(self.first_name)}\x00{self.id:012d}"


def entry(
    attendee_id: int, *, first_name: str, last_name: str, organisation: str, city: str, email: str
) -> Entry:
    surname, first = _shared_words(last_name), _shared_words(first_name)
    every = (*surname, *first, *_shared_words(organisation), *_shared_words(city), *_words(email))
    return Entry(attendee_id, surname, first, tuple(dict.fromkeys(every)))


@lru_cache(maxsize=SHARED_TEXTS)
def _shared_words(text: str) -> tuple[str, ...]:
    """`_words` of a text many guests share (a first name, a town, an organisation): an import folds each
    once."""
    return _words(text)


def _words(text: str) -> tuple[str, ...]:
    """Folded words, then the Polish spellings of Cyrillic ones (nothing more for a Latin text)."""
    folded = words(text)
    return tuple(dict.fromkeys((*folded, *polish_spellings(text)))) if not text.isascii() else tuple(folded)


class SearchIndex(Protocol):
    """What search asks of the event file (`checkin.storage.searching.SearchRows`)."""

    def guests(self) -> int: ...
    def exact_guests(self, code: str, email: str) -> list[int]: ...
    def ids_matching(self, terms: Terms, cap: int | None = None) -> list[int] | None: ...
    def ids_named(
        self,
        field: str,
        prefixes: Sequence[str],
        *,
        exact: bool = False,
        cap: int | None = None,
        matching: Terms = (),
    ) -> list[int] | None: ...
    def ranked_among(
        self, ids: Sequence[int], terms: Terms, limit: int, tier: int | None = None
    ) -> list[tuple[str, int]]: ...
    def ranked_in_order(
        self, terms: Terms, tier: int, limit: int, low: str, high: str | None = None
    ) -> list[tuple[str, int]]: ...
    def sort_key_after(self, low: str, rows: int) -> str | None: ...
    def vocabulary_after(self, position: int) -> tuple[list[str], int]: ...


class Vocabulary:
    """Every indexed word, for the typo fallback: read on first use, then only what was added since."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self._position = 0
        self._prefixes_by_length: dict[int, list[str]] = {}

    def catch_up(self, index: SearchIndex) -> None:
        added, self._position = index.vocabulary_after(self._position)
        if added:
            self.words.extend(added)
            self._prefixes_by_length.clear()

    def prefixes(self, length: int) -> list[str]:
        if length not in self._prefixes_by_length:
            self._prefixes_by_length[length] = sorted({w[:length] for w in self.words if len(w) > length})
        return self._prefixes_by_length[length]


def search(index: SearchIndex, vocabulary: Vocabulary, query: str, limit: int = DEFAULT_LIMIT) -> list[int]:
    """Attendee ids, best first. `vocabulary` is the caller's cache (see `Vocabulary`)."""
    query = query[:MAX_QUERY_LENGTH].strip()
    exact = _exact_match(index, query)
    if exact is not None:
        return [exact]
    typed = list(dict.fromkeys(words(query)))  # a word typed twice asks nothing more
    if not typed:
        return []
    found = _ranked(index, [(word,) for word in typed], limit)
    if not found:
        vocabulary.catch_up(index)
        guessed = set(sorted(typed, key=len, reverse=True)[:TYPO_WORDS])
        terms = [_with_typos(vocabulary, word) if word in guessed else (word,) for word in typed]
        found = _ranked(index, terms, limit)
    return found


def _exact_match(index: SearchIndex, query: str) -> int | None:
    """The one guest a full code or e-mail names. An e-mail several guests share (a secretariat's) names
    nobody: the normal search then lists them all."""
    if not looks_like_code(query) and "@" not in query:
        return None  # neither a code nor an e-mail: no need to ask
    key = normalise(query) if looks_like_code(query) else query.lower()
    found = index.exact_guests(key, query.lower())
    return found[0] if len(found) == 1 else None


def _with_typos(vocabulary: Vocabulary, word: str) -> tuple[str, ...]:
    """Prefixes within one edit of `word`: whole words, and starts of words as long as `word`."""
    if len(word) < TYPO_MIN_LENGTH:
        return ()
    whole = process.extract(word, vocabulary.words, scorer=OSA.distance, score_cutoff=1, limit=None)
    starts = process.extract(
        word, vocabulary.prefixes(len(word)), scorer=OSA.distance, score_cutoff=1, limit=None
    )
    return tuple(sorted({match for match, _, _ in (*whole, *starts)}))


def _ranked(index: SearchIndex, terms: Terms, limit: int) -> list[int]:
    if any(not term for term in terms):
        return []
    guests = index.guests()
    cap = rare_cap(guests)
    rare = index.ids_matching(terms, cap=cap)
    if rare is not None:
        return [attendee_id for _, attendee_id in index.ranked_among(rare, terms, limit)]
    steps = math.ceil(limit * guests / (max(cap, 1) * WALK_WINDOW)) + 1
    walk = _Walk(index, terms, limit, steps=min(steps, WALK_STEPS_AT_MOST))
    found: list[int] = []
    for tier in (EXACT_SURNAME, SURNAME_PREFIX, FIRST_NAME_PREFIX, REST):
        found += [attendee_id for _, attendee_id in _tier(walk, tier, limit - len(found), cap)]
        if len(found) >= limit:
            break
    return found


def rare_cap(guests: int) -> int:
    """Up to how many matching guests are ranked whole rather than walked (see `RANK_OR_WALK`)."""
    return max(MIN_RARE, min(RANK_AT_MOST, round(math.sqrt(guests * RANK_OR_WALK))))


@dataclass(frozen=True)
class _Walk:
    """Walking result order a window at a time, for one query. A set found larger than the cap of ranking
    is at least cap / guests dense, so `steps` windows hold a page of it; fewer found means the set is
    sparse where it was walked (words common alone, rare together), and it is ranked whole instead."""

    index: SearchIndex
    terms: Terms
    limit: int
    steps: int

    def tier(self, tier: int, limit: int) -> list[tuple[str, int]] | None:
        """(sort key, id) of the first `limit` guests of `tier`; None when `steps` windows found fewer."""
        found: list[tuple[str, int]] = []
        low = ""
        for _ in range(self.steps):
            high = self.index.sort_key_after(low, WALK_WINDOW)
            if high is None:
                return found + self.index.ranked_in_order(self.terms, tier, limit - len(found), low)
            found += self.index.ranked_in_order(self.terms, tier, limit - len(found), low, high)
            if len(found) >= limit:
                return found
            low = high
        return None


def _tier(walk: _Walk, tier: int, limit: int, cap: int) -> list[tuple[str, int]]:
    """(sort key, id) of the first `limit` guests of one tier, every query word being common."""
    index, terms = walk.index, walk.terms
    prefixes = list(dict.fromkeys(p for term in terms for p in term))
    if tier in (EXACT_SURNAME, SURNAME_PREFIX):
        # The guests whose first surname word is the word sit in one key range, in order. Their other
        # words are few (second surnames, Polish spellings of Cyrillic ones, mostly sorting near their
        # first), so those are ranked whole: a walk from the start would not meet them.
        exact = tier == EXACT_SURNAME
        leading = _leading(index, terms, limit, sorted(prefixes), exact)
        more = index.ids_named(MORE_SURNAME, prefixes, exact=exact) or []
        return _first(limit, leading, index.ranked_among(more, terms, limit, tier))
    if tier == FIRST_NAME_PREFIX:
        # With more than one word, only the guests matching them all: a first name alone is many.
        matching = terms if len(terms) > 1 else ()
        named = index.ids_named(FIRST_NAME, prefixes, cap=cap, matching=matching)
        walked = walk.tier(tier, limit) if named is None else None
        if walked is not None:
            return walked
        every = named if named is not None else index.ids_named(FIRST_NAME, prefixes, matching=matching)
        return index.ranked_among(every or [], terms, limit, tier)
    # The rest: no short column speeds its walk (see RANK_THE_REST).
    known = index.ids_matching(terms, cap=min(RANK_AT_MOST, cap * RANK_THE_REST))
    if known is not None:
        return index.ranked_among(known, terms, limit, tier)
    walked = walk.tier(tier, limit)
    if walked is not None:
        return walked
    return index.ranked_among(index.ids_matching(terms) or [], terms, limit, tier)


def _leading(
    index: SearchIndex, terms: Terms, limit: int, prefixes: Sequence[str], exact: bool
) -> list[tuple[str, int]]:
    """(sort key, id) of the first `limit` guests of tier 0 (`exact`) or 1 whose first surname word is (starts
    with) one of `prefixes`, given in order. A range is walked only up to the last of the `limit` found in
    the ranges before it: "adam k" finds a page of Adamczyks, all before the first "k" surname, and need not
    walk the 150,000 guests of "k" (at 1,000,000) for the Adams among them."""
    tier, ends = (
        (EXACT_SURNAME, (_END_OF_WORD, _PAST_WORD_END)) if exact else (SURNAME_PREFIX, ("", _PAST_ANY_WORD))
    )
    found: list[tuple[str, int]] = []
    for prefix in prefixes:
        low, high = prefix + ends[0], prefix + ends[1]
        if len(found) == limit:
            if found[-1][0] <= low:
                break
            high = min(high, found[-1][0])
        found = _first(limit, found, index.ranked_in_order(terms, tier, limit, low, high))
    return found


def _first(limit: int, *ranked: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """The first `limit` of several lists each in sort-key order, without repeats."""
    found: list[tuple[str, int]] = []
    seen: set[int] = set()
    for key, attendee_id in heapq.merge(*ranked):
        if attendee_id not in seen:
            seen.add(attendee_id)
            found.append((key, attendee_id))
            if len(found) == limit:
                break
    return found

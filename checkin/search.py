"""Finding a guest from a few typed letters, fast enough to re-run on every keystroke at 100,000 guests.

Matching: every query word must be the start of some word of the guest's name, organisation, city or
e-mail, compared folded (`checkin.text.fold`: no case, no diacritics, Cyrillic transliterated). A Cyrillic
name, town or organisation also has its Polish spelling as words (`checkin.cyrillic`: Шевченко is found by
"shevchenko" and by "szewczenko"). A full code or e-mail matches that one guest exactly.

Ranking: guests whose surname equals a query word, then whose surname starts with one, then whose first
name does, then the rest; alphabetical by surname and first name within each group. Only when nothing
matches at all is a word allowed one typo (insertion, deletion, substitution or swap of neighbours).

How it stays fast: the index keeps sorted (word, ordinal) arrays, where a guest's ordinal is their place
in alphabetical order. A prefix is then a `bisect` range, and every group comes out already ordered by
sorting small integers, so no per-guest Python work happens for the thousands a one-letter query matches.
Guests added or edited after the build sit in a small overlay that is scanned linearly until the next
rebuild.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from checkin.codes import looks_like_code, normalise
from checkin.cyrillic import polish_spellings
from checkin.text import MAX_QUERY_LENGTH, words

DEFAULT_LIMIT = 50
OVERLAY_LIMIT = 2000
"""Past this many edits since the last build, rebuilding is cheaper than scanning the overlay."""
TYPO_MIN_LENGTH = 3
"""Shorter words have too many one-typo neighbours to be a useful guess."""

_PAST_ANY_WORD = "\x7f"
"""Sorts after every folded character, so `[prefix, prefix + _PAST_ANY_WORD)` holds all its extensions."""

_EXACT_SURNAME, _SURNAME_PREFIX, _FIRST_NAME_PREFIX, _OTHER = range(4)


@dataclass(frozen=True)
class Entry:
    """A guest as the index sees them: folded words, nothing else."""

    id: int
    surname: tuple[str, ...]
    first_name: tuple[str, ...]
    words: tuple[str, ...]
    code: str
    email: str

    @property
    def order(self) -> tuple[tuple[str, ...], tuple[str, ...], int]:
        return (self.surname, self.first_name, self.id)


def entry(
    attendee_id: int, *, code: str, first_name: str, last_name: str, organisation: str, city: str, email: str
) -> Entry:
    surname, first = _words(last_name), _words(first_name)
    words = (*surname, *first, *_words(organisation), *_words(city), *_words(email))
    return Entry(attendee_id, surname, first, words, code, email.strip().lower())


def _words(text: str) -> tuple[str, ...]:
    """Folded words, then the Polish spellings of Cyrillic ones (nothing more for a Latin text)."""
    folded = words(text)
    return tuple(dict.fromkeys((*folded, *polish_spellings(text)))) if not text.isascii() else tuple(folded)


class _WordArray:
    """Sorted (word, ordinal) pairs kept as two parallel lists so `bisect` runs on plain strings."""

    def __init__(self, words_of: Iterable[Iterable[str]]) -> None:
        flat_words: list[str] = []
        flat_ordinals: list[int] = []
        for ordinal, of_one in enumerate(words_of):
            for word in of_one:
                flat_words.append(word)
                flat_ordinals.append(ordinal)
        # A stable sort on the word alone keeps ordinals ascending among equal words, and is much faster
        # than sorting (word, ordinal) tuples.
        order = sorted(range(len(flat_words)), key=flat_words.__getitem__)
        self.words = [flat_words[i] for i in order]
        self.ordinals = [flat_ordinals[i] for i in order]

    def starting_with(self, prefix: str) -> list[int]:
        lo = bisect_left(self.words, prefix)
        return self.ordinals[lo : bisect_left(self.words, prefix + _PAST_ANY_WORD, lo)]

    def equal_to(self, word: str) -> list[int]:
        lo = bisect_left(self.words, word)
        return self.ordinals[lo : bisect_right(self.words, word, lo)]

    def count_starting_with(self, prefix: str) -> int:
        lo = bisect_left(self.words, prefix)
        return bisect_left(self.words, prefix + _PAST_ANY_WORD, lo) - lo


class SearchIndex:
    """The ranked search over a snapshot of guests, plus an overlay of later changes."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries = sorted(entries, key=lambda e: e.order)
        self._surnames = _WordArray(e.surname for e in self._entries)
        self._first_names = _WordArray(e.first_name for e in self._entries)
        self._all = _WordArray(set(e.words) for e in self._entries)
        self._vocabulary = list(dict.fromkeys(self._all.words))
        self._prefixes_by_length: dict[int, list[str]] = {}
        self._codes = {e.code: e.id for e in self._entries}
        self._emails: dict[str, list[int]] = {}
        for e in self._entries:
            if e.email:
                self._emails.setdefault(e.email, []).append(e.id)
        self._overlay: dict[int, Entry | None] = {}

    @property
    def needs_rebuild(self) -> bool:
        return len(self._overlay) > OVERLAY_LIMIT

    def update(self, entries: Iterable[Entry], removed: Iterable[int] = ()) -> None:
        """Make added or edited guests findable (and removed ones not) without a rebuild."""
        for e in entries:
            self._overlay[e.id] = e
        for attendee_id in removed:
            self._overlay[attendee_id] = None

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[int]:
        """Attendee ids, best first."""
        query = query[:MAX_QUERY_LENGTH].strip()
        exact = self._exact_match(query)
        if exact is not None:
            return [exact]
        terms = [(word,) for word in words(query)]
        if not terms:
            return []
        found = self._ranked(terms, limit)
        if not found:
            found = self._ranked([self._with_typos(term[0]) for term in terms], limit)
        return found

    def _exact_match(self, query: str) -> int | None:
        """The one guest a full code or e-mail names. An e-mail several guests share (a secretariat's)
        names nobody: the normal search then lists them all."""
        key = normalise(query) if looks_like_code(query) else query.lower()
        current = [e.id for e in self._overlay.values() if e is not None and key in (e.code, e.email)]
        snapshot = [i for i in (self._codes.get(key), *self._emails.get(key, ())) if i is not None]
        found = {*current, *(i for i in snapshot if i not in self._overlay)}
        return found.pop() if len(found) == 1 else None

    def _with_typos(self, word: str) -> tuple[str, ...]:
        """Prefixes within one edit of `word`: whole words, and starts of words as long as `word`."""
        if len(word) < TYPO_MIN_LENGTH:
            return ()
        whole = process.extract(word, self._vocabulary, scorer=OSA.distance, score_cutoff=1, limit=None)
        starts = process.extract(
            word, self._prefixes(len(word)), scorer=OSA.distance, score_cutoff=1, limit=None
        )
        return tuple({match for match, _, _ in (*whole, *starts)})

    def _prefixes(self, length: int) -> list[str]:
        if length not in self._prefixes_by_length:
            self._prefixes_by_length[length] = sorted(
                {w[:length] for w in self._vocabulary if len(w) > length}
            )
        return self._prefixes_by_length[length]

    def _ranked(self, terms: Sequence[tuple[str, ...]], limit: int) -> list[int]:
        base = self._ranked_base(terms, limit + len(self._overlay))
        if not self._overlay:
            return [self._entries[ordinal].id for _, ordinal in base[:limit]]
        keyed = [
            ((tier, self._entries[o].order), self._entries[o].id)
            for tier, o in base
            if self._entries[o].id not in self._overlay
        ]
        for e in self._overlay.values():
            if e is None:  # removed since the snapshot
                continue
            tier = _tier(e, terms)
            if tier is not None:
                keyed.append(((tier, e.order), e.id))
        return [attendee_id for _, attendee_id in sorted(keyed)[:limit]]

    def _ranked_base(self, terms: Sequence[tuple[str, ...]], limit: int) -> list[tuple[int, int]]:
        """(tier, ordinal) of the best `limit` snapshot guests matching every term."""
        if any(not term for term in terms):
            return []
        matching = self._matching_all(terms)
        if not matching:
            return []
        ranked: list[tuple[int, int]] = []
        taken: set[int] = set()
        for tier, group in self._groups(terms):
            fresh = sorted(set(group) & matching - taken)
            ranked.extend((tier, ordinal) for ordinal in fresh[: limit - len(ranked)])
            taken.update(fresh)
            if len(ranked) >= limit:
                return ranked
        rest = sorted(matching - taken)
        ranked.extend((_OTHER, ordinal) for ordinal in rest[: limit - len(ranked)])
        return ranked

    def _matching_all(self, terms: Sequence[tuple[str, ...]]) -> set[int]:
        """Ordinals matching every term, starting from the most selective one."""
        by_size = sorted(terms, key=lambda term: sum(self._all.count_starting_with(p) for p in term))
        matching: set[int] | None = None
        for term in by_size:
            found = set().union(*(self._all.starting_with(prefix) for prefix in term))
            matching = found if matching is None else matching & found
            if not matching:
                return set()
        return matching or set()

    def _groups(self, terms: Sequence[tuple[str, ...]]) -> Iterable[tuple[int, list[int]]]:
        prefixes = [prefix for term in terms for prefix in term]
        yield _EXACT_SURNAME, [o for p in prefixes for o in self._surnames.equal_to(p)]
        yield _SURNAME_PREFIX, [o for p in prefixes for o in self._surnames.starting_with(p)]
        yield _FIRST_NAME_PREFIX, [o for p in prefixes for o in self._first_names.starting_with(p)]


def _tier(e: Entry, terms: Sequence[tuple[str, ...]]) -> int | None:
    """The same rule as the index, for one overlay guest."""
    if not all(any(w.startswith(p) for w in e.words for p in term) for term in terms):
        return None
    prefixes = [prefix for term in terms for prefix in term]
    if any(w == p for w in e.surname for p in prefixes):
        return _EXACT_SURNAME
    if any(w.startswith(p) for w in e.surname for p in prefixes):
        return _SURNAME_PREFIX
    if any(w.startswith(p) for w in e.first_name for p in prefixes):
        return _FIRST_NAME_PREFIX
    return _OTHER

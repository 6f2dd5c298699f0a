"""The questions search asks of the index in the event file (see `checkin.search` for how it combines them,
and `checkin.storage.search_words` for how the index is kept).

Which guests match comes from the full-text indexes (`search_words` and the name fields'); their tier, as SQL
computes it from their row in `search_guests`: 0 when a surname word equals a query word, 1 when one starts
with a query word, 2 when a first-name word does, 3 otherwise. `terms` are the query's words, each as the
prefixes that may stand for it (one, or its one-typo neighbours).

Every look-up is bounded (a `cap`, a `limit`, a key range), and the ones asked on most keystrokes are kept
cheap in the ways measured to matter at 1,000,000 guests: ids come back as one text (`_capped`), a long
prefix is first asked by its shortest words (`_full_text`), and a walk tests the short column a tier
lives in before the long `words` (`_in_tier_sql`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlite_utils

from checkin.search import EXACT_SURNAME, FIRST_NAME_PREFIX, REST, SURNAME_PREFIX
from checkin.storage.database import Database

Terms = Sequence[Sequence[str]]
PREFIX_INDEXED = 4
"""The full-text index keeps the first 1 to 4 letters of every word as prefixes of their own (migration 7)."""
EXPANDED_WORDS = 16
"""A longer prefix is asked as the words it starts when they are this few: FTS5 steps through the words'
lists side by side, each step costing one look at each ("honorat" starts 172 words at 1,000,000 guests,
mostly e-mails written together like "honorataadamczyk": merged as a prefix, 1 ms; side by side, 4 ms)."""
SURE_WORDS = 3
"""How many of a long prefix's words (the shortest) tell that it matches too many guests to rank."""
_TIER_COLUMNS = {
    EXACT_SURNAME: ("surname", " "),
    SURNAME_PREFIX: ("surname", ""),
    FIRST_NAME_PREFIX: ("first_name", ""),
}
"""The short column a tier lives in, and what ends a query word there (a whole surname word: a space)."""
_NAME_TABLES = {"more_surname": "search_more_surnames", "first_name": "search_first_names"}


class SearchRows(Database):
    """Reading the search index: bounded look-ups by word, and ranked walks in result order."""

    def guests(self) -> int:
        """How many guests the index holds, about (the highest id: an index lookup, not a count)."""
        return int(self.db.execute("SELECT coalesce(max(attendee_id), 0) FROM search_guests").fetchone()[0])

    def exact_guests(self, code: str, email: str) -> list[int]:
        """Guests with this code or e-mail; two at most (two already make it no exact match)."""
        rows = self.db.execute(
            "SELECT id FROM attendees WHERE code = ?1"
            " UNION SELECT id FROM attendees WHERE email = ?2 LIMIT 2",
            (code, email),
        )
        return [row[0] for row in rows]

    def ids_matching(self, terms: Terms, cap: int | None = None) -> list[int] | None:
        """Guests having, for each term, a word that starts with one of its prefixes; None when there are
        more than `cap` (the caller then walks in result order instead)."""
        return self._full_text("search_words", terms, cap)

    def ids_named(
        self,
        field: str,
        prefixes: Sequence[str],
        *,
        exact: bool = False,
        cap: int | None = None,
        matching: Terms = (),
    ) -> list[int] | None:
        """Guests with a word of `field` (`checkin.search.MORE_SURNAME` or `FIRST_NAME`) that starts with
        (`exact`: is) one of `prefixes`, and with `matching`, that match its every term as `ids_matching`
        does; None when there are more than `cap`. The two together are few where each alone is many:
        `skarzysko kam` is every guest from Skarżysko-Kamienna, and every Kamil, but hardly a Kamil from
        there. Asked with a `cap`, when the named alone are at most `cap` they are the answer as they are,
        matching or not (whoever ranks them tests every term anyway): intersecting costs a pass over every
        guest the terms match ("cus star": 27,000 at 1,000,000 guests, 9 ms, to find that no first name
        starts so)."""
        table = _NAME_TABLES[field]
        if exact:
            return self._ids(table, " OR ".join(f'"{p}"' for p in prefixes), cap)
        words = _Prefixes(self.db)
        if not matching or cap is not None:
            named = self._full_text(table, [prefixes], cap, words)
            if named is not None or not matching:
                return named
        return self._capped(
            f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?"
            " INTERSECT SELECT rowid FROM search_words WHERE search_words MATCH ?",
            (words.query([prefixes]), words.query(matching)),
            cap,
        )

    def _full_text(
        self, table: str, terms: Terms, cap: int | None, words: _Prefixes | None = None
    ) -> list[int] | None:
        """`_ids` of the guests matching every term. Asked whether they are more than `cap`, a query with
        a prefix FTS5 must merge first ("kazimie" starts 160 words at 1,000,000 guests, mostly e-mails
        written together) costs the merge (4 ms) however early the answer is known; its shortest words
        ("kazimierz", "kazimiera": the names themselves) match only guests it matches too, and are asked
        one guest at a time: more than `cap` of those, and the answer is known for a tenth of the cost."""
        prefixes = words or _Prefixes(self.db)
        query = prefixes.query(terms)
        if cap is not None:
            surely = prefixes.query(terms, surely=True)
            if surely != query and self._more_than(table, surely, cap):
                return None
        return self._ids(table, query, cap)

    def _more_than(self, table: str, query: str, cap: int) -> bool:
        row = self.db.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)", (query, cap + 1)
        ).fetchone()
        return int(row[0]) > cap

    def _ids(self, table: str, query: str, cap: int | None) -> list[int] | None:
        return self._capped(f"SELECT rowid AS id FROM {table} WHERE {table} MATCH ?", (query,), cap)

    def _capped(self, sql: str, params: Sequence[str], cap: int | None) -> list[int] | None:
        """The ids `sql` selects (as `id`); None when more than `cap`. They come as one text, not a row each:
        asked whether a prefix matches more than `cap`, SQLite gives 1,583 ids in 0.14 ms so, and Python
        takes 0.36 ms to make as many rows (most keystrokes at 1,000,000 guests ask). And thousands of rows
        held at once outlive Python's young-object collections: every few keystrokes added up to a full
        collection of every object of the desk, 5 to 15 ms, in one keystroke of 70 (the 99th percentile at
        1,000,000 guests)."""
        (joined,) = self.db.execute(
            f"SELECT group_concat(id) FROM ({sql} LIMIT ?)", (*params, -1 if cap is None else cap + 1)
        ).fetchone()
        if not joined:
            return []
        if cap is not None and joined.count(",") >= cap:
            return None
        return [int(attendee_id) for attendee_id in joined.split(",")]

    def ranked_among(
        self, ids: Sequence[int], terms: Terms, limit: int, tier: int | None = None
    ) -> list[tuple[str, int]]:
        """(sort key, id) of the best `limit` of `ids` that match every term, by tier then sort key; with
        `tier`, only those of that tier."""
        if not ids:
            return []
        tier_sql, tier_params = _tier_sql(terms)
        match_sql, match_params = _match_sql(terms)
        first_sql, first_params = _in_tier_sql(terms, tier)
        only = f" AND {tier_sql} = {int(tier)}" if tier is not None else ""
        rows = self.db.execute(
            f"SELECT sort_key, attendee_id FROM search_guests"
            f" WHERE attendee_id IN (SELECT value FROM json_each(?)) AND {first_sql}{match_sql}{only}"
            f" ORDER BY {tier_sql}, sort_key LIMIT ?",
            (
                json.dumps(list(ids)), *first_params, *match_params, *(tier_params if only else ()),
                *tier_params, limit,
            ),
        )  # fmt: skip
        return [(row[0], row[1]) for row in rows]

    def ranked_in_order(
        self, terms: Terms, tier: int, limit: int, low: str, high: str | None = None
    ) -> list[tuple[str, int]]:
        """(sort key, id) of the first `limit` guests of `tier` matching every term, walking result order
        from `low` up to, not including, `high` (None: to the end)."""
        tier_sql, tier_params = _tier_sql(terms)
        match_sql, match_params = _match_sql(terms)
        first_sql, first_params = _in_tier_sql(terms, tier)
        below = " AND sort_key < ?" if high is not None else ""
        rows = self.db.execute(
            f"SELECT sort_key, attendee_id FROM search_guests WHERE sort_key >= ?{below}"
            f" AND {first_sql}{match_sql} AND {tier_sql} = {int(tier)} ORDER BY sort_key LIMIT ?",
            (low, *((high,) if high is not None else ()), *first_params, *match_params, *tier_params, limit),
        )
        return [(row[0], row[1]) for row in rows]

    def sort_key_after(self, low: str, rows: int) -> str | None:
        """The end of a walk's window: the sort key `rows` guests on from `low` (None: fewer are left)."""
        row = self.db.execute(
            "SELECT sort_key FROM search_guests WHERE sort_key >= ? ORDER BY sort_key LIMIT 1 OFFSET ?",
            (low, rows),
        ).fetchone()
        return row[0] if row else None

    def vocabulary_after(self, position: int) -> tuple[list[str], int]:
        """Words indexed since `position` (0: all), and the position to ask from next time."""
        rows = self.db.execute(
            "SELECT rowid, word FROM search_vocabulary WHERE rowid > ? ORDER BY rowid", (position,)
        ).fetchall()
        return [row[1] for row in rows], (rows[-1][0] if rows else position)


class _Prefixes:
    """The FTS5 queries of one look-up. A long prefix's words are read from the vocabulary once however many
    forms of the query the look-up asks (`_full_text` asks two on most keystrokes)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._words: dict[str, list[str]] = {}

    def query(self, terms: Terms, *, surely: bool = False) -> str:
        either = (" OR ".join(self._prefix(p, surely=surely) for p in term) for term in terms)
        return " AND ".join(f"({prefixes})" for prefixes in either)

    def _prefix(self, prefix: str, *, surely: bool) -> str:
        """An FTS5 query for the words starting with `prefix`. Past the lengths the full-text index keeps
        prefixes of, FTS5 would merge every such word's whole list of guests before giving the first; the
        words themselves, from the vocabulary, give theirs one at a time ("warszaw" at 1,000,000 guests:
        0.5 ms, not 9). Words are folded to [a-z0-9] already: quoting is all the escaping needed.

        `surely`: for a prefix that starts too many words to ask side by side, only the shortest few of
        them (see `SearchRows._full_text`)."""
        if len(prefix) <= PREFIX_INDEXED:
            return f'"{prefix}"*'
        words = self._words_of(prefix)
        if len(words) > EXPANDED_WORDS and surely:
            words = self._shortest_words_of(prefix)
        elif not words or len(words) > EXPANDED_WORDS:
            return f'"{prefix}"*'
        return " OR ".join(f'"{word}"' for word in words)

    def _words_of(self, prefix: str) -> list[str]:
        """The first `EXPANDED_WORDS` + 1 words starting with `prefix`: enough to tell too many."""
        if prefix not in self._words:
            rows = self.db.execute(
                "SELECT word FROM search_vocabulary WHERE word >= ? AND word < ? LIMIT ?",
                (prefix, prefix + "\x7f", EXPANDED_WORDS + 1),
            )
            self._words[prefix] = [row[0] for row in rows]
        return self._words[prefix]

    def _shortest_words_of(self, prefix: str) -> list[str]:
        rows = self.db.execute(
            "SELECT word FROM search_vocabulary WHERE word >= ? AND word < ? ORDER BY length(word) LIMIT ?",
            (prefix, prefix + "\x7f", SURE_WORDS),
        )
        return [row[0] for row in rows]


def _match_sql(terms: Terms) -> tuple[str, list[str]]:
    """Every term starts some word of the guest."""
    parts = [" OR ".join("instr(words, ?)" for _ in term) for term in terms]
    return " AND ".join(f"({part})" for part in parts), [f" {p}" for term in terms for p in term]


def _tier_sql(terms: Terms) -> tuple[str, list[str]]:
    prefixes = list(dict.fromkeys(p for term in terms for p in term))
    exact = " OR ".join("instr(surname, ?)" for _ in prefixes)
    starts = " OR ".join("instr(surname, ?)" for _ in prefixes)
    first = " OR ".join("instr(first_name, ?)" for _ in prefixes)
    sql = (
        f"(CASE WHEN {exact} THEN {EXACT_SURNAME} WHEN {starts} THEN {SURNAME_PREFIX}"
        f" WHEN {first} THEN {FIRST_NAME_PREFIX} ELSE {REST} END)"
    )
    return sql, [*(f" {p} " for p in prefixes), *(f" {p}" for p in prefixes), *(f" {p}" for p in prefixes)]


def _in_tier_sql(terms: Terms, tier: int | None) -> tuple[str, list[str]]:
    """What a guest of `tier` must have, asked of the short column it is in, before anything is asked of
    `words`: SQLite tests the conditions in the order written, and a walk spends its time in `instr` over
    the ~100 bytes of `words` of every guest it passes (a first-name walk of 4,000 guests: 0.8 ms, not 1.8).
    Nothing for the rest, whose words may be anywhere; "" ends with " AND " when not empty."""
    prefixes = list(dict.fromkeys(p for term in terms for p in term))
    if tier not in _TIER_COLUMNS:
        return "", []
    column, end = _TIER_COLUMNS[tier]
    sql = " OR ".join(f"instr({column}, ?)" for _ in prefixes)
    return f"({sql}) AND ", [f" {p}{end}" for p in prefixes]

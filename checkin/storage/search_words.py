"""Keeping the search index in the event file in step with the guests (migration 7 made its tables).

Every write that changes what search looks at (a guest's names, organisation, city or e-mail) calls
`index_guests` with their ids (`index_new_guests` with the records of guests just inserted) inside its own
transaction: an import, a walk-in, an edit, a guest received
from another station, a purge. Each guest's rows are replaced whole; the vocabulary only grows (a word no
guest has any more costs the typo fallback one empty look-up, never a wrong result).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from checkin.domain import Registrant
from checkin.search import Entry, entry

CHUNK = 5000
"""Guests folded and written at a time: an import of 1,000,000 never holds all their words at once."""

_GUEST_COLUMNS = "id, first_name, last_name, organisation, city, email"
_FULL_TEXT = ("search_words", "search_more_surnames", "search_first_names")
"""The full-text indexes, each one column of words: every word, the surname's after the first, the first
name's (see `_texts`)."""


def fill_search_words(conn: sqlite3.Connection) -> None:
    """Index every guest afresh (migration 7 on an existing file; a purge after clearing the names)."""
    for table in _FULL_TEXT:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_guests")
    conn.execute("DELETE FROM search_vocabulary")
    rows = conn.execute(f"SELECT {_GUEST_COLUMNS} FROM attendees ORDER BY id")
    for chunk in _chunks(rows):
        _insert(conn, [_entry(row) for row in chunk])


def index_guests(conn: sqlite3.Connection, ids: Iterable[int]) -> None:
    """Make these guests findable as their rows now read (new ones, edited ones), in the caller's
    transaction."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        marks = ",".join("?" * len(chunk))
        _remove(conn, chunk)
        rows = conn.execute(f"SELECT {_GUEST_COLUMNS} FROM attendees WHERE id IN ({marks})", chunk)
        _insert(conn, [_entry(row) for row in rows])


def index_new_guests(conn: sqlite3.Connection, guests: Sequence[tuple[int, Registrant]]) -> None:
    """Make guests just inserted findable, in the caller's transaction: they have no words to remove yet,
    and their words come from the records in hand (an import's 100,000 rows are not read back)."""
    for start in range(0, len(guests), CHUNK):
        _insert(conn, [
            entry(
                attendee_id, first_name=person.first_name, last_name=person.last_name,
                organisation=person.organisation, city=person.city, email=person.email,
            )
            for attendee_id, person in guests[start : start + CHUNK]
        ])  # fmt: skip


def _chunks(rows: Iterable[Sequence[object]]) -> Iterator[list[Sequence[object]]]:
    chunk: list[Sequence[object]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _entry(row: Sequence[object]) -> Entry:
    attendee_id, first_name, last_name, organisation, city, email = row
    return entry(
        int(str(attendee_id)), first_name=str(first_name), last_name=str(last_name),
        organisation=str(organisation), city=str(city), email=str(email),
    )  # fmt: skip


def _insert(conn: sqlite3.Connection, entries: Sequence[Entry]) -> None:
    conn.executemany(
        "INSERT INTO search_guests (attendee_id, sort_key, surname, first_name, words)"
        " VALUES (?, ?, ?, ?, ?)",
        ((e.id, e.sort_key, _spaced(e.surname), _spaced(e.first_name), _spaced(e.words)) for e in entries),
    )
    for table, texts in zip(_FULL_TEXT, _texts(entries), strict=True):
        conn.executemany(f"INSERT INTO {table} (rowid, words) VALUES (?, ?)", texts)
    conn.executemany(
        "INSERT OR IGNORE INTO search_vocabulary (word) VALUES (?)",
        ((word,) for word in sorted({word for e in entries for word in e.words})),
    )


def _remove(conn: sqlite3.Connection, ids: Sequence[int]) -> None:
    """The full-text indexes keep no text: deleting a guest's words takes the very words they were
    given, rebuilt here from the guest's row in `search_guests`."""
    marks = ",".join("?" * len(ids))
    stored = conn.execute(
        f"SELECT attendee_id, surname, first_name, words FROM search_guests WHERE attendee_id IN ({marks})",
        ids,
    ).fetchall()
    old = [Entry(row[0], *(tuple(str(text).split()) for text in row[1:])) for row in stored]
    for table, texts in zip(_FULL_TEXT, _texts(old), strict=True):
        conn.executemany(f"INSERT INTO {table} ({table}, rowid, words) VALUES ('delete', ?, ?)", texts)
    conn.executemany("DELETE FROM search_guests WHERE attendee_id = ?", ((e.id,) for e in old))


def _texts(entries: Sequence[Entry]) -> tuple[list[tuple[int, str]], ...]:
    """(attendee id, words) rows for each full-text index; a guest without such words gets no row."""
    every = [(e.id, " ".join(e.words)) for e in entries if e.words]
    more = [(e.id, " ".join(e.surname[1:])) for e in entries if len(e.surname) > 1]
    first = [(e.id, " ".join(e.first_name)) for e in entries if e.first_name]
    return every, more, first


def _spaced(words: Sequence[str]) -> str:
    """' w1 w2 ': a query word q starts a word exactly where ' q' occurs, and is one where ' q ' does."""
    return f" {' '.join(words)} "

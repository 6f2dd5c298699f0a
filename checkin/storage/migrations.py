"""Numbered schema migrations. Append a new entry; never edit one that has shipped.

Each migration runs inside the transaction that also bumps `schema_version`, so a kill mid-migration leaves
the file at the previous version.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from checkin.storage.search_words import fill_search_words

SIGN_UPS = 3
"""The migration that added sign-ups: a file upgraded by it has workshop answers to turn into choices."""


@dataclass(frozen=True)
class Migration:
    """A migration whose new tables need what SQL cannot compute (folded words): `backfill` runs after `sql`,
    in the same transaction, so a kill in between leaves the file at the previous version."""

    sql: str
    backfill: Callable[[sqlite3.Connection], None]


MIGRATIONS: tuple[str | Migration, ...] = (
    # 1: event, attendees, the append-only log, the cached check-in state and the programme.
    """
    CREATE TABLE event (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        venue TEXT NOT NULL DEFAULT '',
        days TEXT NOT NULL,
        secret BLOB NOT NULL,
        settings TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL
    );
    CREATE TABLE attendees (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        registration_id TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        position TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT 'participant',
        days TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        needs TEXT NOT NULL DEFAULT '',
        consent_data INTEGER,
        consent_image INTEGER,
        status TEXT NOT NULL DEFAULT 'registered' CHECK (status IN ('registered', 'cancelled')),
        workshop TEXT NOT NULL DEFAULT '',
        extra TEXT NOT NULL DEFAULT '{}',
        source TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX attendees_email ON attendees (email);
    CREATE INDEX attendees_registration_id ON attendees (registration_id);
    CREATE TABLE log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        uuid TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        attendee_id INTEGER REFERENCES attendees (id),
        day TEXT,
        station TEXT NOT NULL,
        staff TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX log_attendee ON log (attendee_id);
    CREATE TRIGGER log_never_updated BEFORE UPDATE ON log
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TRIGGER log_never_deleted BEFORE DELETE ON log
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE TABLE checkins (
        attendee_id INTEGER NOT NULL REFERENCES attendees (id),
        day TEXT NOT NULL,
        log_uuid TEXT NOT NULL REFERENCES log (uuid),
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        staff TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (attendee_id, day)
    );
    CREATE INDEX checkins_day ON checkins (day);
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        day INTEGER NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        title TEXT NOT NULL,
        room TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        speakers TEXT NOT NULL DEFAULT '',
        capacity INTEGER,
        choice_group TEXT NOT NULL DEFAULT ''
    );
    """,
    # 2: "has any guest record changed since?" is asked on every keystroke and status refresh; answer it from
    # an index instead of scanning the log.
    """
    CREATE INDEX log_kind_seq ON log (kind, seq);
    """,
    # 3: who signed up for which session (workshop choices, meals), and who came through its door. Cancelled
    # guests keep their sign-ups but take no seat; the few of them are found through an index on status.
    # Sessions are rebuilt with AUTOINCREMENT: a door station and the log name sessions by id, so an id must
    # never be given to another session after one is deleted.
    """
    CREATE TABLE sessions_v3 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        day INTEGER NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        title TEXT NOT NULL,
        room TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        speakers TEXT NOT NULL DEFAULT '',
        capacity INTEGER,
        choice_group TEXT NOT NULL DEFAULT '',
        signup INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO sessions_v3
        (id, day, start, "end", title, room, kind, speakers, capacity, choice_group, signup)
        SELECT id, day, start, "end", title, room, kind, speakers, capacity, choice_group,
               choice_group != '' OR kind IN ('workshop', 'meal', 'social')
        FROM sessions;
    DROP TABLE sessions;
    ALTER TABLE sessions_v3 RENAME TO sessions;
    CREATE TABLE signups (
        attendee_id INTEGER NOT NULL REFERENCES attendees (id),
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        diet TEXT NOT NULL DEFAULT '',
        log_uuid TEXT NOT NULL REFERENCES log (uuid),
        PRIMARY KEY (attendee_id, session_id)
    );
    CREATE INDEX signups_session ON signups (session_id);
    CREATE TABLE entries (
        attendee_id INTEGER NOT NULL REFERENCES attendees (id),
        session_id INTEGER NOT NULL REFERENCES sessions (id),
        log_uuid TEXT NOT NULL REFERENCES log (uuid),
        at TEXT NOT NULL,
        station TEXT NOT NULL,
        staff TEXT NOT NULL DEFAULT '',
        exited_at TEXT,
        PRIMARY KEY (attendee_id, session_id)
    );
    CREATE INDEX entries_session ON entries (session_id);
    CREATE INDEX attendees_status ON attendees (status);
    """,
    # 4: the organiser's PIN, only as a salted scrypt hash with its parameters (so they can be raised later);
    # and the file's generation, renewed when a restore or a purge rewrites the file wholesale, so that
    # other desks drop what they cached from it (a purged guest's name must not linger in their search).
    # A file with a PIN is refused by older versions of the app, which would leave every function open.
    """
    CREATE TABLE organiser_pin (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        salt BLOB NOT NULL,
        hash BLOB NOT NULL,
        n INTEGER NOT NULL,
        r INTEGER NOT NULL,
        p INTEGER NOT NULL
    );
    ALTER TABLE event ADD COLUMN generation TEXT NOT NULL DEFAULT '';
    """,
    # 5: replication between stations. Every file is one replica with an `origin` id of its own; every log
    # row says which replica wrote it, its number among that replica's rows (`origin_seq`) and its hybrid
    # logical clock (`hlc`, see checkin/replication/hlc.py). The rows written before are this replica's, in
    # order, at clock zero. `replica` also keeps the last number and clock issued here, and the pairing code
    # shown to a joining laptop; it is this file's own and never travels.
    """
    ALTER TABLE log ADD COLUMN origin TEXT NOT NULL DEFAULT '';
    ALTER TABLE log ADD COLUMN origin_seq INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE log ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
    CREATE TABLE replica (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        origin TEXT NOT NULL,
        last_seq INTEGER NOT NULL,
        clock TEXT NOT NULL,
        pairing_code TEXT,
        pairing_until TEXT,
        pairing_failures INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO replica (id, origin, last_seq, clock)
        SELECT 1, lower(hex(randomblob(16))), coalesce(max(seq), 0),
               printf('%016d.%08d', 0, coalesce(max(seq), 0))
        FROM log;
    DROP TRIGGER log_never_updated;
    UPDATE log SET origin = (SELECT origin FROM replica), origin_seq = seq,
                   hlc = printf('%016d.%08d', 0, seq);
    CREATE TRIGGER log_never_updated BEFORE UPDATE ON log
        BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
    CREATE UNIQUE INDEX log_origin_seq ON log (origin, origin_seq);
    """,
    # 6: a purge under way. Set in the purge's own transaction, with the clearing, and unset only once no copy
    # of what it cleared is left (backups, migration copies, free pages, the WAL): a station that opens the
    # file while it is set finishes the purge first (checkin/privacy.py). It stays in this file, never
    # travels, and a file restored or joined with it set is finished the same way.
    """
    ALTER TABLE event ADD COLUMN purge_pending INTEGER NOT NULL DEFAULT 0;
    """,
    # 7: the search index, kept in the file beside the guests it indexes (see checkin/search.py): opening an
    # event reads nothing of it, and every write that changes a guest's searchable fields changes it in the
    # same transaction (checkin/storage/search_words.py). `search_guests` holds each guest's folded words
    # (the text a query word must start a word of) and their place in result order (`sort_key`: folded
    # surname, first name, id), walked through an index that covers the words too. `search_words`,
    # `search_more_surnames` and `search_first_names` are SQLite full-text indexes fed words folded
    # already (row id = attendee id; prefix indexes for the short starts a keystroke makes): every word,
    # the surname's words after the first, and the first name's, which rank above the rest. They keep no
    # copy of the text (content=''): a guest's old words, to delete, are read from `search_guests`.
    # `search_vocabulary` is every word ever indexed, in order of arrival, for the typo fallback to read
    # incrementally.
    Migration(
        """
        CREATE TABLE search_guests (
            attendee_id INTEGER PRIMARY KEY,
            sort_key TEXT NOT NULL,
            surname TEXT NOT NULL,
            first_name TEXT NOT NULL,
            words TEXT NOT NULL
        );
        CREATE INDEX search_guests_order ON search_guests (sort_key, surname, first_name, words);
        CREATE VIRTUAL TABLE search_words USING fts5(
            words, content='', prefix='1 2 3 4', detail=none, tokenize='ascii'
        );
        CREATE VIRTUAL TABLE search_more_surnames USING fts5(
            words, content='', prefix='1 2 3', detail=none, tokenize='ascii'
        );
        CREATE VIRTUAL TABLE search_first_names USING fts5(
            words, content='', prefix='1 2 3', detail=none, tokenize='ascii'
        );
        CREATE TABLE search_vocabulary (word TEXT NOT NULL UNIQUE);
        """,
        fill_search_words,
    ),
)

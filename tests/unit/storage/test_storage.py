"""The event file itself: migrations, backups, and refusing what it cannot safely open."""

import sqlite3

import pytest
from helpers.events import DAYS, as_older_version, code_of, make_station

from checkin.domain import CheckIn, Registrant
from checkin.station import Station
from checkin.storage import NotAnEventFileError, SchemaTooNewError, Storage, database, migrations


def test_a_file_from_an_older_version_is_migrated_after_a_backup(tmp_path, monkeypatch):
    path, current = tmp_path / "event.sqlite", tmp_path / "now.sqlite"
    station = make_station(current)
    station.check_in(code_of(station, "Kowalski"), day=DAYS[0])
    station.close()
    as_older_version(current, path, 1)
    upgraded = Storage(path)
    assert upgraded.schema_version() == len(migrations.MIGRATIONS)
    assert upgraded.checked_in_by_day() == {DAYS[0]: 1}
    backup = sqlite3.connect(tmp_path / "event.before-schema-2.sqlite")
    assert backup.execute("SELECT version FROM schema_version").fetchone() == (1,)
    assert backup.execute("SELECT count(*) FROM checkins").fetchone() == (1,)


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path).close()
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = 99")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError):
        Storage(path)
    assert path.read_bytes() == before


def test_something_that_is_not_sqlite_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Lista gości: Jan, Anna")
    with pytest.raises(NotAnEventFileError):
        Storage(path)


def test_files_are_in_wal_mode_with_foreign_keys(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    conn = station.storage.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError), station.storage.transaction():
        station.storage.add_check_in(99999, DAYS[0], "no-such-log-row", CheckIn("10:00", "desk", ""))
    assert station.stats().checked_in == {}


def test_progress_counts_today_and_follows_new_guests(tmp_path):
    station = make_station(tmp_path / "e.sqlite", day=DAYS[0])
    assert station.progress(DAYS[0]) == (0, 4)
    station.check_in(code_of(station, "Kowalski"))
    assert station.progress(DAYS[0]) == (1, 4)
    station.walk_in(Registrant(first_name="Ewa", last_name="Lis"))
    assert station.progress(DAYS[0]) == (2, 5)
    assert station.progress(DAYS[1]) == (0, 6)


def test_a_programme_saved_before_sign_ups_existed_keeps_its_sessions_and_turns_answers_into_choices(
    tmp_path, monkeypatch
):
    path, current = tmp_path / "event.sqlite", tmp_path / "now.sqlite"
    station = make_station(current)
    station.register([Registrant(first_name="Ewa", last_name="Lis", workshop="warsztat A")], reason="import")
    station.close()
    as_older_version(current, path, 2)
    db = sqlite3.connect(path)
    db.executemany(
        'INSERT INTO sessions (day, start, "end", title, room, kind, choice_group)'
        " VALUES (2, ?, ?, ?, ?, ?, ?)",
        [("11:00", "12:00", "Otwarcie", "Bruksela", "plenary", ""),
         ("13:00", "14:00", "Obiad", "Bruksela", "meal", ""),
         ("09:00", "12:00", "Warsztat A", "Warszawa", "workshop", "w")],
    )  # fmt: skip
    db.commit()
    db.close()

    upgraded = Station.open(path)
    assert [(s.title, s.signup) for s in upgraded.programme.sessions()] == [
        ("Warsztat A", True), ("Otwarcie", False), ("Obiad", True)
    ]  # fmt: skip
    lis = upgraded.find(code_of(upgraded, "Lis"))
    assert [s.session.title for s in upgraded.choices.of(lis.id)] == ["Warsztat A"]
    upgraded.close()
    assert Station.open(path).storage.applied_migrations == []  # once: the next opening changes nothing


def test_the_copies_before_a_migration_are_found_for_any_file_name(tmp_path):
    path = tmp_path / "kongres [2026] *.sqlite"
    copy = database.migration_backup(path, 3)
    copy.write_bytes(b"")
    assert database.migration_backups(path) == [copy]


def _cache_kib(storage: Storage) -> int:
    return -int(storage.db.execute("PRAGMA cache_size").fetchone()[0])


def test_the_page_cache_grows_with_the_event_as_an_import_writes_it(tmp_path, monkeypatch):
    monkeypatch.setattr(database, "CACHE_BYTES_PER_GUEST", 1024**2)  # so a test's few guests outgrow 64 MB
    station = make_station(tmp_path / "event.sqlite")
    assert _cache_kib(station.storage) == database.CACHE_KIB
    people = [Registrant(first_name="Ewa", last_name=f"Nowak{n}") for n in range(100)]
    guests = station.storage.registered_count() + len(people)

    station.register(people, reason="test")

    assert _cache_kib(station.storage) == guests * 1024
    station.close()
    assert _cache_kib(Storage(tmp_path / "event.sqlite")) == guests * 1024

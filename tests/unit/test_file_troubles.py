"""Every trouble of the event file gets its own true message, at open and on a write mid-shift, and nothing
acknowledged is lost (issue 16, point 6). The troubles are real ones: a full disk, read-only files, locks."""

import shutil
import sqlite3
from collections import namedtuple

import pytest
from helpers.disks import (
    AS_ROOT,
    DOCX,
    PDF,
    database_of_another_program,
    files_limited_to,
    fill,
    locked_by_another_program,
    read_only,
    small_disk,
)
from helpers.events import DAYS, make_station

from checkin.domain import Registrant, VerdictKind
from checkin.errors import NotAnEventFileError, UserError
from checkin.station import Station
from checkin.storage import Storage


@pytest.fixture
def event(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path).close()
    return path


def refusal_of_open(path, **kwargs) -> UserError:
    with pytest.raises(UserError) as refused:
        Station.open(path, **kwargs)
    return refused.value


def test_a_fresh_open_on_a_full_disk_says_the_disk_is_full_and_changes_nothing(tmp_path):
    """The case issue 16 found: a process opening the event on a full disk said "not an event database".
    The open fails growing the WAL index (-shm) to 32 KiB, which SQLite reports as SQLITE_IOERR_SHMSIZE."""
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "event.sqlite"
        make_station(path).close()
        before = path.read_bytes()
        fill(disk)
        refused = refusal_of_open(path)
        assert refused.code == "disk_full", refused
        assert "full" in str(refused)
        assert path.read_bytes() == before


def test_an_open_that_cannot_grow_the_wal_index_on_a_full_disk_says_the_disk_is_full(event, monkeypatch):
    """The same failure without root: SQLite's own error, from a -shm that may not grow (RLIMIT_FSIZE), on a
    disk reported full as it is when this happens for real."""
    before = event.read_bytes()
    empty = namedtuple("usage", "total used free")(1 << 30, 1 << 30, 0)
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: empty)
    with files_limited_to(16 * 1024), pytest.raises(UserError) as refused:
        Station.open(event)
    assert refused.value.code == "disk_full"
    assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
    assert refused.value.__cause__.sqlite_errorname == "SQLITE_IOERR_SHMSIZE"
    assert event.read_bytes() == before


def test_the_same_failure_with_room_on_the_disk_is_a_drive_error_not_a_full_disk(event):
    with files_limited_to(16 * 1024):
        refused = refusal_of_open(event)
    assert refused.code == "disk_error"


def test_a_desk_whose_disk_fills_mid_shift_says_so_and_loses_nothing_acknowledged(event):
    """`max_page_count` makes SQLite fail writes with SQLITE_FULL exactly as a full disk does."""
    desk = Station.open(event, day=DAYS[0])
    pages = desk.storage.conn.execute("PRAGMA page_count").fetchone()[0]
    desk.storage.conn.execute(f"PRAGMA max_page_count = {pages + 2}")
    acknowledged = []
    with pytest.raises(UserError) as refused:
        for number in range(2000):
            name = f"Gość{number:04}"
            assert desk.walk_in(Registrant(first_name="Ewa", last_name=name)).kind is VerdictKind.CHECKED_IN
            acknowledged.append(name)
    assert refused.value.code == "not_saved_disk_full"
    assert "full" in str(refused.value) and "nothing was saved" in str(refused.value)
    assert isinstance(refused.value.__cause__, sqlite3.OperationalError)
    assert refused.value.__cause__.sqlite_errorname == "SQLITE_FULL"
    assert acknowledged
    desk.close()
    reopened = Station.open(event, day=DAYS[0])
    walked_in = {a.last_name for a in reopened.storage.attendees() if a.last_name.startswith("Gość")}
    assert walked_in == set(acknowledged)
    assert reopened.stats().checked_in == {DAYS[0]: len(acknowledged)}


def test_a_real_disk_filling_mid_shift_refuses_the_write_and_keeps_what_was_acknowledged(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "event.sqlite"
        make_station(path).close()
        desk = Station.open(path, day=DAYS[0])
        assert desk.walk_in(Registrant(first_name="Jan", last_name="Przed")).kind is VerdictKind.CHECKED_IN
        filler = fill(disk)
        with pytest.raises(UserError) as refused:
            for number in range(2000):  # the WAL has some room left in its last pages
                desk.walk_in(Registrant(first_name="Ewa", last_name=f"Gość{number:04}"))
        assert refused.value.code == "not_saved_disk_full", refused.value
        filler.unlink()
        desk.close()
        names = {a.last_name for a in Station.open(path).storage.attendees()}
        assert "Przed" in names


def test_a_read_only_event_file_is_refused_at_open_and_left_as_it_was(event):
    before = event.read_bytes()
    with read_only(event):
        refused = refusal_of_open(event)
    assert refused.code == "read_only_file"
    assert event.read_bytes() == before
    assert not event.with_name("event.sqlite-shm").exists()


def test_an_event_file_in_a_read_only_folder_says_the_folder_is_read_only(event):
    with read_only(event.parent):
        refused = refusal_of_open(event)
    assert refused.code == "read_only_folder"
    assert "-wal" in str(refused)


def test_an_event_file_held_by_another_program_is_locked(event, monkeypatch):
    monkeypatch.setenv("CHECKIN_BUSY_TIMEOUT_S", "0.2")
    with locked_by_another_program(event):
        refused = refusal_of_open(event)
    assert refused.code == "file_locked"
    assert Station.open(event).event.name == "Kongres testowy"


def test_a_missing_file_and_a_folder_are_told_apart(tmp_path):
    assert refusal_of_open(tmp_path / "nowhere" / "event.sqlite").code == "event_file_missing"
    assert refusal_of_open(tmp_path / "event.sqlite").code == "event_file_missing"
    assert refusal_of_open(tmp_path).code == "event_path_is_folder"


@pytest.mark.skipif(AS_ROOT, reason="root may read any file (tests/e2e covers it without root's file rights)")
def test_a_file_the_user_may_not_read_is_a_matter_of_permission(event):
    event.chmod(0o000)
    try:
        refused = refusal_of_open(event)
    finally:
        event.chmod(0o600)
    assert refused.code == "no_permission"


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (PDF, "file_of_another_program", "PDF"),
        (DOCX, "file_of_another_program", "ZIP (DOCX"),
        (b"Lista: Jan, Anna", "not_an_event_file", "not an event database"),
        (b"", "not_an_event_file", "not an event database"),
    ],
)
def test_a_file_of_another_program_says_what_it_is_and_stays_untouched(tmp_path, content, code, words):
    path = tmp_path / "event.sqlite"
    path.write_bytes(content)
    with pytest.raises(NotAnEventFileError) as refused:
        Storage(path)
    assert (refused.value.code, path.read_bytes()) == (code, content)
    assert words in str(refused.value)


def test_a_database_of_another_program_is_named_so_and_stays_untouched(tmp_path):
    path = database_of_another_program(tmp_path / "places.sqlite")
    before = path.read_bytes()
    with pytest.raises(NotAnEventFileError) as refused:
        Storage(path)
    assert refused.value.code == "database_of_another_program"
    assert path.read_bytes() == before


def test_a_damaged_event_file_points_to_the_backups(event):
    data = bytearray(event.read_bytes())
    page = 4096
    data[page : 3 * page] = b"\xff" * (2 * page)  # the b-tree pages after the header page
    event.write_bytes(bytes(data))
    with pytest.raises(UserError) as raised:  # met at the open, which reads how many guests there are
        Station.open(event)  # (to size its page cache): the command line and the window say it as any refusal
    assert raised.value.code == "event_file_damaged"
    assert str(event) + ".backups" in str(raised.value)

"""Only SQLite opens an event file this process has open (`checkin.open_events`): a plain open and close
of it anywhere in the process drops the locks SQLite holds, and the next program to close the event
deletes its -wal and -shm beneath the desk. Each test has the desk open the event, does something with the
file, then lets another process open and close the event, and looks at the side files."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.events import DAYS, make_station

from checkin.errors import UserError
from checkin.importing.importer import ImportFileError, read_registrants
from checkin.input_files import OpenEventFile, read_regular_file
from checkin.output_files import refuse_unsafe_folder, refuse_unsafe_output

posix_locks = pytest.mark.skipif(os.name != "posix", reason="the hazard is of POSIX locks (Linux, macOS)")


def another_program_opens_and_closes(event: Path) -> None:
    script = "import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT 1 FROM log'); c.close()"
    subprocess.run([sys.executable, "-c", script, str(event)], check=True, timeout=60)


def side_files(event: Path) -> list[str]:
    return sorted(p.name for p in event.parent.glob(event.name + "-*"))


@pytest.fixture
def desk(tmp_path):
    station = make_station(tmp_path / "ev.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    station.check_in(station.search("Kowalski")[0].attendee.code)  # the desk is working: its -wal is there
    yield station
    station.close()


@posix_locks
def test_the_hazard_is_real_a_plain_open_and_close_of_the_event_loses_its_side_files(desk):
    event = desk.storage.path
    assert side_files(event) == ["ev.sqlite-shm", "ev.sqlite-wal"]
    event.open("rb").close()  # what reading its first bytes did
    another_program_opens_and_closes(event)
    assert side_files(event) == []  # deleted beneath the desk: the test below means something


@posix_locks
def test_asking_what_the_event_file_is_reads_nothing_and_keeps_the_desks_locks(desk, tmp_path):
    event = desk.storage.path
    with pytest.raises(OpenEventFile):
        read_regular_file(event, 10**9)  # a logo or a list chosen in a dialog
    with pytest.raises(OpenEventFile):
        read_regular_file(event.with_name("ev.sqlite-shm"), 10**9)
    with pytest.raises(ImportFileError) as imported:
        read_registrants(event, event_days=DAYS)  # the event file chosen as the list
    assert imported.value.code == "binary_file"
    for target in ("ev.sqlite-wal", "ev.sqlite-shm", "ev.sqlite.backups/lista.pdf"):
        with pytest.raises(UserError):
            refuse_unsafe_output(tmp_path / target)  # an export saved beside it or among its backups
    with pytest.raises(UserError):
        refuse_unsafe_folder(tmp_path / "ev.sqlite.backups")
    with pytest.raises(UserError) as event_itself:
        refuse_unsafe_output(event)
    assert event_itself.value.code == "output_is_database"

    another_program_opens_and_closes(event)
    assert side_files(event) == ["ev.sqlite-shm", "ev.sqlite-wal"]
    assert desk.check_in(desk.search("Nowak")[0].attendee.code).attendee is not None  # and it goes on


def test_a_closed_event_is_read_as_any_file(tmp_path):
    station = make_station(tmp_path / "ev.sqlite")
    station.close()
    assert read_regular_file(tmp_path / "ev.sqlite", 10**9, first=16) == b"SQLite format 3\x00"

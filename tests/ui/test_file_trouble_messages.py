"""The window names each trouble of an event file in the user's language: in the open dialog, at start-up
and on the banner when the disk fills mid-shift, and the desk loses nothing it showed green (issue 16)."""

import sqlite3
from contextlib import closing

import pytest
from conftest import screenshot, when_modal
from helpers.disks import (
    PDF,
    database_of_another_program,
    fill,
    locked_by_another_program,
    read_only,
    small_disk,
)
from helpers.events import DAYS, make_station
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from checkin.domain import Registrant
from checkin.station import Station
from ui import app as desk_app
from ui import messages
from ui.widgets import files
from ui.widgets.theme import Tone


def opening_says(qtbot, desk, monkeypatch, path) -> str:
    """The warning the desk shows when `path` is chosen in "Open event file"; the desk stays on its event."""
    monkeypatch.setattr(files, "open_file", lambda *args: str(path))
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        box.close()

    when_modal(read)
    desk.open_event_requested.emit()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert desk.station.event.name == "Kongres testowy"
    return shown[0]


@pytest.fixture
def other_event(tmp_path):
    path = tmp_path / "other" / "event.sqlite"
    path.parent.mkdir()
    make_station(path).close()
    return path


def test_a_read_only_event_file_is_named_in_polish(qtbot, desk, monkeypatch, other_event):
    with read_only(other_event):
        said = opening_says(qtbot, desk, monkeypatch, other_event)
    assert said.startswith("Plik ") and "jest tylko do odczytu" in said


def test_a_read_only_folder_is_named_in_polish(qtbot, desk, monkeypatch, other_event):
    with read_only(other_event.parent):
        said = opening_says(qtbot, desk, monkeypatch, other_event)
    assert said.startswith("Folder pliku ") and "-wal i -shm" in said


def test_a_locked_event_file_is_named_in_polish(qtbot, desk, monkeypatch, other_event):
    monkeypatch.setenv("CHECKIN_BUSY_TIMEOUT_S", "0.2")
    with locked_by_another_program(other_event):
        said = opening_says(qtbot, desk, monkeypatch, other_event)
    assert "jest zablokowany przez inny program" in said


def test_a_full_disk_is_named_in_polish(qtbot, desk, monkeypatch, tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "event.sqlite"
        make_station(path).close()
        fill(disk)
        said = opening_says(qtbot, desk, monkeypatch, path)
    assert "jest pełny" in said and "nie jest plikiem wydarzenia" not in said


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda path: path.write_bytes(PDF), "to plik PDF, a nie plik wydarzenia"),
        (database_of_another_program, "to baza danych innego programu"),
        (lambda path: path.mkdir(), "to folder, a nie plik wydarzenia"),
        (lambda path: None, "Nie ma pliku wydarzenia"),
    ],
)
def test_a_wrong_file_chosen_says_what_it_is_in_polish(qtbot, desk, monkeypatch, tmp_path, make, words):
    path = tmp_path / "chosen.sqlite"
    make(path)
    assert words in opening_says(qtbot, desk, monkeypatch, path)


def test_the_start_up_message_names_a_full_disk_in_english_when_english_is_chosen(
    qtbot, tmp_path, monkeypatch
):
    store = tmp_path / "desk.ini"
    QSettings(str(store), QSettings.Format.IniFormat).setValue("language", "en")
    monkeypatch.setattr(
        desk_app, "QSettings", lambda *args: QSettings(str(store), QSettings.Format.IniFormat)
    )
    shown: list[str] = []

    def read(box: QMessageBox) -> None:
        shown.append(box.text())
        box.close()

    with small_disk(tmp_path / "disk") as disk:
        path = disk / "event.sqlite"
        make_station(path).close()
        fill(disk)
        when_modal(read)
        assert desk_app.run_gui(path, db_given=True) == desk_app.EXIT_CANNOT_OPEN
    assert shown[0].startswith(f"The disk holding {path} is full")


def test_a_desk_whose_disk_fills_mid_shift_says_the_disk_is_full_and_loses_no_green_check_in(qtbot, desk):
    """`max_page_count` makes SQLite refuse writes with SQLITE_FULL exactly as a full disk does."""
    guests = [Registrant(first_name="Ewa", last_name=f"Gość{n:03}") for n in range(300)]
    desk.station.register(guests, reason="test")
    codes = [a.code for a in desk.station.storage.attendees() if a.last_name.startswith("Gość")]
    conn = desk.station.storage.conn
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
    green = 0
    for code in codes:
        qtbot.keyClicks(desk.input, code)
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
        if desk.banner.tone is not Tone.OK:
            break
        green += 1
    assert desk.banner.tone is Tone.ERROR
    assert "jest pełny. Nic nie zostało zapisane" in desk.banner.details.text()
    screenshot(desk, "disk-full")
    assert green > 0
    with closing(Station.open(desk.station.path)) as elsewhere:
        assert elsewhere.stats().checked_in == {DAYS[0]: green}


def test_an_error_nothing_caught_names_a_full_disk(desk, tmp_path):
    """What `failure` says of SQLite's own SQLITE_FULL, raised past the storage's transactions (in Polish,
    the desk's language)."""
    path = tmp_path / "raw.sqlite"
    make_station(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")
        with pytest.raises(sqlite3.OperationalError) as raised:
            conn.execute("CREATE TABLE filler (x)")
    assert raised.value.sqlite_errorname == "SQLITE_FULL"
    assert "jest pełny" in messages.failure(raised.value, path)

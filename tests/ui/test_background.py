"""Work on a worker thread under a note (`ui.background.run_with_progress`): the window stays alive, the
note stays until the work is done, and the work's result or error comes back to the window's thread."""

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.errors import UserError
from ui.background import WorkingNote, run_with_progress


def test_the_note_stays_until_the_work_is_done_whatever_is_pressed(qtbot):
    gate = threading.Event()
    seen = []

    def press_esc_and_close() -> None:
        note = QApplication.activeModalWidget()
        seen.append(isinstance(note, WorkingNote))
        QTest.keyClick(note, Qt.Key.Key_Escape)
        note.close()
        seen.append(note.isVisible())
        gate.set()

    QTimer.singleShot(100, press_esc_and_close)
    worker_threads = []

    def work(_progress) -> int:
        worker_threads.append(threading.current_thread())
        return 42 if gate.wait(10) else 0

    assert run_with_progress(None, "Nowe wydarzenie", "Tworzenie…", work) == 42
    assert seen == [True, True]
    assert worker_threads != [threading.main_thread()]
    assert not any(isinstance(w, WorkingNote) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_what_the_work_raised_is_raised_on_the_windows_thread(qtbot):
    def refuse(_progress) -> None:
        raise UserError("event_exists", "An event file is there already.")

    with pytest.raises(UserError) as raised:
        run_with_progress(None, "Nowe wydarzenie", "Tworzenie…", refuse)
    assert raised.value.code == "event_exists"

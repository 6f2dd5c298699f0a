"""Work on a worker thread under a note (`ui.background.run_under_note`): the window stays alive, the
note stays until the work is done, and the work's result or error comes back to the window's thread."""

import threading

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.errors import UserError
from ui.background import Background, WorkingNote, run_under_note


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

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 42 if gate.wait(10) else 0

    assert run_under_note(None, "Nowe wydarzenie", "Tworzenie…", work) == 42
    assert seen == [True, True]
    assert worker_threads != [threading.main_thread()]
    assert not any(isinstance(w, WorkingNote) and w.isVisible() for w in QApplication.topLevelWidgets())


def test_what_the_work_raised_is_raised_on_the_windows_thread(qtbot):
    def refuse() -> None:
        raise UserError("event_exists", "An event file is there already.")

    with pytest.raises(UserError) as raised:
        run_under_note(None, "Nowe wydarzenie", "Tworzenie…", refuse)
    assert raised.value.code == "event_exists"


def test_a_job_another_takes_the_place_of_stops_at_its_next_batch(qtbot):
    """Another column mapped while a dry run of 100,000 rows goes on: the old one must not run to its end."""
    owner = QObject()
    background = Background(owner)
    first_started, go_on, batches_after, results = threading.Event(), threading.Event(), [], []

    def first(progress) -> str:
        first_started.set()
        go_on.wait(10)
        for batch in range(1, 21):
            progress(batch * 5000)  # raises once a later job took its place
            batches_after.append(batch)
        return "first"

    background.start(first, results.append, "first")
    assert first_started.wait(10)
    background.start(lambda progress: "second", results.append, "second")
    go_on.set()
    qtbot.waitUntil(lambda: results == ["second"])
    qtbot.wait(100)  # the first, stopped, brings nothing back
    assert results == ["second"] and batches_after == []

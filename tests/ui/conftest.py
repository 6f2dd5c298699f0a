import os
from pathlib import Path

import pytest
from helpers.events import DAYS, make_station
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from checkin.station import Station
from ui.app import DeskApp
from ui.background import WorkingNote
from ui.gui_thread_gc import collecting_on_gui_thread
from ui.widgets.theme import MIN_WINDOW_SIZE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


PIN = "1234"


@pytest.fixture(scope="session", autouse=True)
def cycles_collected_on_the_gui_thread(qapp):
    """As in the running desk: the widgets of earlier tests, caught in cycles, are never freed by a worker
    thread's allocation (an import window's reading crashed the test process so)."""
    with collecting_on_gui_thread(qapp) as timer:
        yield timer


@pytest.fixture
def desk(qtbot, tmp_path):
    """The real desk window on a small event without an organiser PIN, in Polish, on day one."""
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    yield from _desk_window(qtbot, tmp_path, station)


@pytest.fixture
def locked_desk(qtbot, tmp_path):
    """The same, on an event with the organiser PIN 1234: the desk opens in reception."""
    path = tmp_path / "event.sqlite"
    make_station(path, pin=PIN).close()
    station = Station.open(path, name="Recepcja 1", staff="Ola", day=DAYS[0])
    yield from _desk_window(qtbot, tmp_path, station)


def _desk_window(qtbot, tmp_path, station):
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    app = DeskApp(store)
    window = app.show(station)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.input.setFocus()
    yield window
    window.close()
    station.close()


SCREENS = ((1366, 768), (1920, 1080))
"""The two screen sizes the desk must fit."""
SMALLEST = (*MIN_WINDOW_SIZE,)
"""The smallest window the app allows: a 1024 × 768 projector laptop with its taskbar."""


def screenshot(window, name: str, prefix: str = "desk", sizes=SCREENS) -> None:
    """Saved for people to look at (the suite's artefacts), at the screen sizes the desk must fit.

    Events are processed after each resize: word-wrapped labels settle their heights only then, and a grab
    before that shows lines drawn over each other that no user ever sees.
    """
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height in sizes:
        window.resize(width, height)
        QApplication.processEvents()
        window.grab().save(str(ARTIFACTS / f"{prefix}-{name}-{width}x{height}.png"))


def screenshot_dialog(window, dialog, name: str, prefix: str = "organiser", sizes=SCREENS) -> None:
    """A dialog as the user sees it, over the window, at the screen sizes the desk must fit (and it must fit
    in them)."""
    ARTIFACTS.mkdir(exist_ok=True)
    # Qt opens a window at most 2/3 of the screen wide, and the offscreen screen is 800 × 600: on the
    # screens below the dialog gets the size it asks for.
    dialog.resize(dialog.size().expandedTo(dialog.sizeHint()))
    QApplication.processEvents()
    for width, height in sizes:
        window.resize(width, height)
        QApplication.processEvents()
        assert dialog.width() <= width and dialog.height() <= height
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap((width - dialog.width()) // 2, (height - dialog.height()) // 2, dialog.grab())
        painter.end()
        picture.save(str(ARTIFACTS / f"{prefix}-{name}-{width}x{height}.png"))


def shown(qtbot, dialog):
    """`dialog` open (not modal, so the test drives it), closed with the test."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def when_modal(act, attempts: int = 100) -> None:
    """Run `act` on the modal dialog that the next action opens, as soon as it is open.

    Gives up after `attempts` tries 20 ms apart, so that a dialog that never opened cannot leave a poller
    behind to answer the next test's dialog. The modal dialog in front when it is called is not the one the
    next action opens: a try that meets it again (an export dialog, between its working note closing and
    its report box opening) tries again rather than answering it.

    When `act` fails (an assert on the dialog), the dialog is rejected all the same, so that the `exec()`
    the test is waiting in returns instead of waiting forever, and the failure is raised again: pytest-qt
    catches what a Qt callback raises and fails the test with it.
    """

    opener = QApplication.activeModalWidget()

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, WorkingNote):
            # A note over work under way is no question: the dialog after it is, however long the work
            # takes on a loaded machine (the note ends with the work; the test's timeout bounds both).
            QTimer.singleShot(20, lambda: attempt(left))
            return
        if dialog is not None and dialog is not opener:
            try:
                act(dialog)
            except BaseException:
                close_modal(dialog)
                raise
        elif left:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(20, lambda: attempt(attempts))


def close_modal(dialog: QWidget) -> None:
    """Ends the modal `dialog` as Escape would (`reject`), whatever its kind, so its `exec()` returns."""
    if isinstance(dialog, QDialog):
        dialog.reject()
    else:
        dialog.close()

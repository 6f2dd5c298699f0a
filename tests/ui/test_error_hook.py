"""An error nothing caught in the desk: its traceback in the log file, one sentence for the person (in red
on the banner at the desk, in a box over a dialog) naming the log file, and the desk goes on checking in.
The log holds no guest's name, e-mail or code after check-ins."""

import sys
import threading

import pytest
from conftest import screenshot, when_modal
from helpers.events import DAYS, GUESTS, code_of, make_station
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QDialog

from checkin import app_log
from ui import error_hook
from ui.app import DeskApp
from ui.widgets.theme import Tone


@pytest.fixture
def logged_desk(qtbot, tmp_path, monkeypatch):
    """The desk with the app's log file and hooks as `run_gui` installs them; the hooks restored after."""
    monkeypatch.setenv(app_log.LOG_DIR_VARIABLE, str(tmp_path / "logs"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log = app_log.configure()
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    app = DeskApp(store)
    window = app.show(station)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    error_hook.route_qt_messages()
    app_log.install_hooks(app.reporter)
    yield window, log
    window.close()
    station.close()
    app_log.unconfigure()


def _boom() -> None:
    raise ZeroDivisionError("a bug in a slot")


@pytest.mark.qt_no_exception_capture
def test_an_error_raised_in_a_slot_is_logged_and_said_on_the_banner_and_the_desk_goes_on(qtbot, logged_desk):
    window, log = logged_desk
    QTimer.singleShot(0, _boom)
    qtbot.waitUntil(lambda: window.banner.tone is Tone.ERROR)
    said = window.banner.details.text()
    assert "ZeroDivisionError: a bug in a slot" in said and "dane są bezpieczne" in said
    assert str(log) in said
    details = window.banner.details
    assert details.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert details.focusPolicy() == Qt.FocusPolicy.NoFocus  # the scanner's next code still reaches the input
    screenshot(window, "error-hook")
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "ZeroDivisionError: a bug in a slot" in text
    window.input.setFocus()
    window.input.setText(code_of(window.station, "Nowak"))
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    assert window.banner.tone is Tone.OK


@pytest.mark.qt_no_exception_capture
def test_an_error_on_another_thread_is_said_on_the_desks_thread(qtbot, logged_desk):
    window, _ = logged_desk
    worker = threading.Thread(target=_boom)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: window.banner.tone is Tone.ERROR)
    assert "a bug in a slot" in window.banner.details.text()


@pytest.mark.qt_no_exception_capture
def test_over_a_dialog_the_error_is_a_box_whose_sentence_can_be_copied(qtbot, logged_desk):
    window, log = logged_desk
    seen = []

    def in_box(box):
        seen.append(
            (box.text(), bool(box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse))
        )
        box.reject()

    def in_dialog(dialog):
        when_modal(in_box)
        _boom()  # raised in a Qt callback while the dialog is open: PySide6 hands it to sys.excepthook

    dialog = QDialog(window)
    QTimer.singleShot(0, lambda: in_dialog(dialog))
    QTimer.singleShot(0, lambda: QTimer.singleShot(1500, dialog.reject))
    dialog.exec()
    assert len(seen) == 1
    text, selectable = seen[0]
    assert "a bug in a slot" in text and str(log) in text and selectable


def test_check_ins_at_the_desk_leave_no_guests_name_email_or_code_in_the_log(qtbot, logged_desk):
    window, log = logged_desk
    station = window.station
    codes = [code_of(station, guest.last_name) for guest in GUESTS]
    for code in codes:
        window.input.setText(code)
        qtbot.keyClick(window.input, Qt.Key.Key_Return)
    qtbot.keyClicks(window.input, "Kowal")
    text = log.read_text(encoding="utf-8")
    assert "opening the event file event.sqlite" in text
    personal = [*codes, "Kowal"] + [v for g in GUESTS for v in (g.first_name, g.last_name, g.email) if v]
    assert [value for value in personal if value in text] == []

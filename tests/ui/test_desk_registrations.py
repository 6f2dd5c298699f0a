"""Cancelling and restoring a registration at the desk: the organiser's (reception is asked for the PIN and
told when it is not given), on the selected guest or the one on the banner, with a reason, shown in the
results and on the banner."""

import pytest
from conftest import PIN, screenshot, when_modal
from helpers.events import code_of
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.domain import Status
from ui.desk.dialogs import CancelRegistrationDialog, RestoreRegistrationDialog
from ui.models import ResultsModel
from ui.organiser.pin import UnlockDialog

CANCEL, RESTORE = Qt.Key.Key_X, Qt.Key.Key_R
SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def search(qtbot, desk, text):
    desk.input.clear()
    qtbot.keyClicks(desk.input, text)


def press(qtbot, desk, key):
    qtbot.keyClick(desk.input, key, SHIFT_CTRL)
    QApplication.processEvents()


def give_reason(qtbot, reason, asked):
    """Type `reason` where the dialog put the keyboard (its first field), then Enter."""

    def act(dialog):
        asked.append(type(dialog))
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.reason, timeout=2000)
        QTest.keyClicks(dialog.reason, reason)  # ASCII: keyClicks aborts Qt on other characters
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)

    return act


def status(desk, last_name):
    return desk.station.guest(code_of(desk.station, last_name)).status


def today_column(desk):
    return desk.controller.results.index(0, ResultsModel.PRESENT).data()


def test_the_organiser_cancels_the_selected_guest_with_a_reason_then_restores(qtbot, desk):
    asked = []
    search(qtbot, desk, "Nowak")
    when_modal(give_reason(qtbot, "rezygnacja mailowa", asked))
    press(qtbot, desk, CANCEL)

    assert asked == [CancelRegistrationDialog] and status(desk, "Nowak") is Status.CANCELLED
    assert desk.banner.headline.text() == "Zgłoszenie anulowane"
    assert "Ctrl+Shift+R" in desk.banner.details.text()
    search(qtbot, desk, "Nowak")
    assert today_column(desk) == "✖ anulowane"
    screenshot(desk, "cancelled-in-results")
    cancel = desk.station.storage.log_entries()[-1]
    assert (cancel.kind, cancel.reason, cancel.staff) == ("cancel", "rezygnacja mailowa", "Ola")

    when_modal(give_reason(qtbot, "jednak przyjedzie", asked))
    press(qtbot, desk, RESTORE)
    assert asked[-1] is RestoreRegistrationDialog and status(desk, "Nowak") is Status.REGISTERED
    assert desk.banner.headline.text() == "Zgłoszenie przywrócone"


def test_escape_in_the_reason_dialog_cancels_nothing(qtbot, desk):
    search(qtbot, desk, "Nowak")
    before = desk.station.storage.last_log_seq()
    when_modal(lambda dialog: QTest.keyClick(dialog.reason, Qt.Key.Key_Escape))
    press(qtbot, desk, CANCEL)
    assert status(desk, "Nowak") is Status.REGISTERED
    assert desk.station.storage.last_log_seq() == before


def test_a_guest_already_cancelled_is_said_without_asking_for_a_reason(qtbot, desk, monkeypatch):
    monkeypatch.setattr(
        "ui.desk.window.CancelRegistrationDialog", lambda *args: pytest.fail("asked a reason")
    )
    nowak = desk.station.guest(code_of(desk.station, "Nowak"))
    desk.station.registrations.cancel(nowak.id, "rezygnacja")
    search(qtbot, desk, "Nowak")
    press(qtbot, desk, CANCEL)
    assert "już anulowane" in desk.banner.details.text()


def test_reception_is_asked_for_the_pin_and_told_when_it_is_not_given(qtbot, locked_desk):
    search(qtbot, locked_desk, "Nowak")
    before = locked_desk.station.storage.last_log_seq()
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog)), dialog.reject()))
    press(qtbot, locked_desk, CANCEL)

    assert asked == [UnlockDialog]
    assert status(locked_desk, "Nowak") is Status.REGISTERED
    assert locked_desk.station.storage.last_log_seq() == before
    assert locked_desk.banner.headline.text() == "Tylko organizator może to zrobić"
    assert "Ctrl+Shift+O" in locked_desk.banner.details.text()
    screenshot(locked_desk, "cancel-refused-in-reception")


def test_reception_with_the_pin_cancels_the_guest_on_the_banner(qtbot, locked_desk):
    code = code_of(locked_desk.station, "Kowalski")
    search(qtbot, locked_desk, code)
    qtbot.keyClick(locked_desk.input, Qt.Key.Key_Return)  # checked in: the guest is on the banner
    asked = []

    def unlock(dialog):
        asked.append(type(dialog))
        when_modal(give_reason(qtbot, "pomylka w liscie", asked))
        QTest.keyClicks(dialog.pin, PIN)
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)

    when_modal(unlock)
    press(qtbot, locked_desk, CANCEL)

    assert asked == [UnlockDialog, CancelRegistrationDialog]
    assert status(locked_desk, "Kowalski") is Status.CANCELLED
    assert locked_desk.banner.headline.text() == "Zgłoszenie anulowane"

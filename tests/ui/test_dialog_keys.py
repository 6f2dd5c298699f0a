"""Every form dialog as a receptionist meets it, typing without looking: the keys land in the first field, a
space is a space (never OK or Cancel), Enter accepts and Esc cancels."""

import pytest
from helpers.events import DAYS, make_station
from helpers.mail_server import memory_keyring
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from checkin.domain import Attendee
from checkin.station import Station
from ui.desk.dialogs import (
    CancelRegistrationDialog,
    EditDialog,
    ReprintDialog,
    RestoreRegistrationDialog,
    SettingsDialog,
    UndoDialog,
    WalkInDialog,
)
from ui.organiser.confirmation_mailing import PasswordDialog
from ui.organiser.pin import ChangePinDialog, UnlockDialog
from ui.organiser.purge import PurgeNameDialog
from ui.organiser.smtp_settings import SmtpSettingsDialog
from ui.settings import DeskSettings
from ui.widgets.dialogs import FormDialog, OverrideDialog, ShiftDialog

TYPED = "Magda Kowalczyk"
PIN = "1234"


@pytest.fixture(autouse=True)
def keyring_store():
    """The SMTP settings ask whether there is a credential store: this test's own, never the machine's."""
    with memory_keyring() as store:
        yield store


@pytest.fixture
def station(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path, pin=PIN).close()
    s = Station.open(path, name="Recepcja 1", staff="Ola", day=DAYS[0])
    yield s
    s.close()


def guest(station: Station) -> Attendee:
    return station.search("Kowalski")[0].attendee


DIALOGS = {
    "shift": lambda station: ShiftDialog(""),
    "undo": lambda station: UndoDialog(guest(station)),
    "reprint": lambda station: ReprintDialog(guest(station), 1),
    "cancel registration": lambda station: CancelRegistrationDialog(guest(station)),
    "restore registration": lambda station: RestoreRegistrationDialog(guest(station)),
    "full workshop": lambda station: OverrideDialog("Sala A jest pełna."),
    "walk-in": lambda station: WalkInDialog([], station.similar_people),
    "edit": lambda station: EditDialog(guest(station)),
    "settings": lambda station: SettingsDialog(DeskSettings(), DAYS, DAYS[0]),
    "organiser PIN": lambda station: UnlockDialog(station),
    "change PIN": lambda station: ChangePinDialog(station),
    "purge": lambda station: PurgeNameDialog("Kongres testowy"),
    "SMTP settings": lambda station: SmtpSettingsDialog(station),
    "mailbox password": lambda station: PasswordDialog(),
}


@pytest.fixture
def opened(qtbot, station):
    """`opened(dialog)`: shown and active, as `exec()` shows it. Closed before the station is: a closing
    walk-in dialog still asks the station for similar guests."""
    shown: list[FormDialog] = []

    def show(dialog: FormDialog) -> FormDialog:
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        # Activation is asynchronous; until it lands, the keyboard may still be with an earlier window.
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()), timeout=2000)
        return dialog

    yield show
    for dialog in shown:
        dialog.close()
        dialog.deleteLater()


def type_keys(text: str) -> None:
    """Key events to whichever widget has the keyboard, as a keyboard sends them."""
    QTest.keyClicks(QApplication.focusWidget(), text)


@pytest.mark.parametrize("name", DIALOGS)
def test_typing_lands_in_the_first_field_and_a_space_presses_no_button(qtbot, station, opened, name):
    dialog = opened(DIALOGS[name](station))
    first = dialog.first_field()
    assert first is not None and QApplication.focusWidget() is first
    if not isinstance(first, QLineEdit):
        return  # a box to choose in: the check above is all there is
    first.clear()
    type_keys(TYPED)
    assert dialog.isVisible() and dialog.result() == 0, "a key pressed a button"
    assert first.text() == TYPED


@pytest.mark.parametrize("name", DIALOGS)
def test_escape_cancels_whatever_was_typed(qtbot, station, opened, name):
    dialog = opened(DIALOGS[name](station))
    type_keys("x")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize(
    "name",
    [
        "shift",
        "undo",
        "reprint",
        "cancel registration",
        "restore registration",
        "full workshop",
        "edit",
        "settings",
        "mailbox password",
    ],
)
def test_enter_after_typing_accepts(qtbot, station, opened, name):
    dialog = opened(DIALOGS[name](station))
    type_keys("zly gosc zeskanowany")  # ASCII: QTest.keyClicks aborts Qt on other characters
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_organiser_pin_typed_and_enter_unlocks(qtbot, station, opened):
    dialog = opened(UnlockDialog(station))
    type_keys(PIN)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and station.roles.is_organiser


def test_a_walk_in_typed_field_by_field_with_tab_fills_each_field(qtbot, station, opened):
    dialog = opened(WalkInDialog([], station.similar_people))
    for text in ("Magda", "Kowalczyk", "MOPS Radom"):
        type_keys(text)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert (dialog.first_name.text(), dialog.last_name.text(), dialog.organisation.text()) == (
        "Magda", "Kowalczyk", "MOPS Radom"
    )  # fmt: skip
    assert dialog.isVisible()

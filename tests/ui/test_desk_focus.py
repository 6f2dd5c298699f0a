"""The desk's keyboard stays with its one input: a scan that arrives while the menu bar holds the keyboard
(Alt pressed alone, or a menu closed with Esc) is still a scan."""

from helpers.events import DAYS, code_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.widgets.theme import Tone


def keys_to_focus(qtbot, text):
    """Each key to whatever has the keyboard at that moment, as the window system sends them."""
    for character in text:
        qtbot.keyClick(QApplication.focusWidget(), character)


def test_a_scan_while_the_menu_bar_holds_the_keyboard_checks_the_guest_in(qtbot, desk):
    desk.menuBar().setFocus(Qt.FocusReason.MenuBarFocusReason)  # as after Esc out of a menu
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.menuBar())
    keys_to_focus(qtbot, code_of(desk.station, "Kowalski"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.focusWidget() is desk.input
    assert desk.banner.tone is Tone.OK and desk.banner.name.text() == "Jan Kowalski"
    assert desk.station.stats().checked_in == {DAYS[0]: 1}


def test_a_name_typed_while_the_menu_bar_holds_the_keyboard_is_searched(qtbot, desk):
    desk.menuBar().setFocus(Qt.FocusReason.MenuBarFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.menuBar())
    keys_to_focus(qtbot, "nowak")
    assert desk.input.text() == "nowak"
    assert desk.controller.results.hit(0).attendee.last_name == "Nowak"

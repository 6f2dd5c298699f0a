"""The desk switched to another language in Settings: what stays on screen is said in the new one."""

from helpers.events import code_of
from PySide6.QtCore import Qt

from ui.printing import PrintTarget
from ui.widgets.theme import Tone


def test_the_ready_banner_takes_the_language_chosen_in_settings(qtbot, desk):
    assert desk.banner.headline.text() == "Zeskanuj kod lub wpisz nazwisko"
    desk.settings.language = "en"
    desk.settings_changed.emit(desk.settings)
    assert desk.banner.tone is Tone.IDLE
    assert desk.banner.headline.text() == "Scan a code or type a name"
    assert "Enter check in" in desk.banner.details.text()


def test_the_printer_strip_takes_the_language_chosen_in_settings(qtbot, desk):
    """A printer problem stays on screen while its badge waits: a switch of language says it again."""
    desk.settings.print_on_check_in = True
    desk.printer.use(PrintTarget(printer="Brother QL-800"))  # no printer is installed on a test machine
    qtbot.keyClicks(desk.input, code_of(desk.station, "Nowak"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "F9" in desk.print_notice.text(), timeout=10000)
    assert desk.print_notice.text().startswith("Drukarka: na tym komputerze nie jest zainstalowana")
    desk.settings.language = "en"
    desk.settings_changed.emit(desk.settings)
    assert desk.print_notice.text() == (
        "Printer: no printer is installed on this computer. 1 badge waiting, F9 retries."
    )

"""File > New event from a list, driven through the real dialogs."""

from conftest import screenshot_dialog, shown, when_modal
from helpers.events import DAYS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants
from ui.desk.window import DeskWindow
from ui.new_event import NewEventDialog


def type_pin(dialog: NewEventDialog, pin: str, again: str | None = None) -> None:
    dialog.pins.pin.setText(pin)
    dialog.pins.repeat.setText(pin if again is None else again)


def test_a_new_event_needs_an_organiser_pin_typed_twice_alike(qtbot, desk, tmp_path):
    dialog = shown(qtbot, NewEventDialog(desk))
    dialog.name.setText("Forum")
    dialog.list_file.setText(str(tmp_path / "lista.csv"))
    dialog.event_file.setText(str(tmp_path / "forum.sqlite"))
    assert not dialog.ok.isEnabled()
    cases = [
        ("12", "12", "PIN organizatora musi mieć od 4 do 64 znaków."),
        ("4821", "48", ""),
        ("4821", "4812", "Wpisane PIN-y nie są takie same."),
        ("4821", "48210", "Wpisane PIN-y nie są takie same."),
    ]
    for pin, again, problem in cases:
        type_pin(dialog, pin, again)
        assert (dialog.ok.isEnabled(), dialog.pins.problem.text()) == (False, problem)
    type_pin(dialog, "4821")
    assert dialog.ok.isEnabled()
    assert dialog.pins.problem.isHidden()
    screenshot_dialog(desk, dialog, "new-event-pin")


def test_a_new_event_from_a_list_opens_in_the_desk_with_a_report(qtbot, desk, tmp_path):
    write_registrants_csv(tmp_path / "lista.csv", generate_registrants(25, 9, DAYS), DAYS)
    reports = []

    def fill(dialog: NewEventDialog):
        dialog.name.setText("Forum CUS Kielce")
        dialog.venue.setText("Kielce, Targi Kielce, ul. Zakładowa 1")
        qtbot.keyClicks(dialog.town, "Kielce")
        dialog.list_file.setText(str(tmp_path / "lista.csv"))
        dialog.event_file.setText(str(tmp_path / "forum.sqlite"))
        type_pin(dialog, "4821")
        when_modal(lambda box: (reports.append(box.text()), box.accept()))
        dialog.ok.click()

    when_modal(fill)
    qtbot.keyClick(
        desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(reports), timeout=3000)
    assert "Utworzono: 25" in reports[0]
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, DeskWindow) and w.isVisible()]
    assert [(w.station.event.name, w.station.event.town) for w in windows] == [("Forum CUS Kielce", "Kielce")]
    assert windows[0].organiser.role.text() == "Tryb: recepcja"
    assert windows[0].station.roles.unlock("4821")
    windows[0].close()
    windows[0].station.close()


def test_an_unreadable_list_is_explained_and_creates_nothing(qtbot, desk, tmp_path):
    (tmp_path / "lista.csv").write_bytes(b"")
    warnings = []

    def fill(dialog: NewEventDialog):
        dialog.name.setText("Forum")
        dialog.list_file.setText(str(tmp_path / "lista.csv"))
        dialog.event_file.setText(str(tmp_path / "forum.sqlite"))
        type_pin(dialog, "4821")

        def warned(box: QMessageBox):
            warnings.append(box.text())
            box.accept()
            when_modal(lambda again: again.reject())

        when_modal(warned)
        dialog.ok.click()

    when_modal(fill)
    desk.new_event_requested.emit()
    assert "jest pusty" in warnings[0]
    assert not (tmp_path / "forum.sqlite").exists()
    assert desk.isVisible()

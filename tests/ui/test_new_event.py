"""File > New event from a list, driven through the real dialogs."""

from helpers.events import DAYS
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.demo import write_registrants_csv
from checkin.fake_registrants import generate_registrants
from ui.desk.window import DeskWindow
from ui.new_event import NewEventDialog


def _when_modal(check):
    """Run `check` on the next modal dialog, then close it."""

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        check(dialog)

    QTimer.singleShot(20, act)


def test_a_new_event_from_a_list_opens_in_the_desk_with_a_report(qtbot, desk, tmp_path):
    write_registrants_csv(tmp_path / "lista.csv", generate_registrants(25, 9, DAYS), DAYS)
    reports = []

    def fill(dialog: NewEventDialog):
        dialog.name.setText("Forum CUS Kielce")
        dialog.list_file.setText(str(tmp_path / "lista.csv"))
        dialog.event_file.setText(str(tmp_path / "forum.sqlite"))
        _when_modal(lambda box: (reports.append(box.text()), box.accept()))
        dialog.accept()

    _when_modal(fill)
    qtbot.keyClick(
        desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: bool(reports), timeout=3000)
    assert "Utworzono: 25" in reports[0]
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, DeskWindow) and w.isVisible()]
    assert [w.station.event.name for w in windows] == ["Forum CUS Kielce"]
    windows[0].close()
    windows[0].station.close()


def test_an_unreadable_list_is_explained_and_creates_nothing(qtbot, desk, tmp_path):
    (tmp_path / "lista.csv").write_bytes(b"")
    warnings = []

    def fill(dialog: NewEventDialog):
        dialog.name.setText("Forum")
        dialog.list_file.setText(str(tmp_path / "lista.csv"))
        dialog.event_file.setText(str(tmp_path / "forum.sqlite"))

        def warned(box: QMessageBox):
            warnings.append(box.text())
            box.accept()
            _when_modal(lambda again: again.reject())

        _when_modal(warned)
        dialog.accept()

    _when_modal(fill)
    desk.new_event_requested.emit()
    assert "jest pusty" in warnings[0]
    assert not (tmp_path / "forum.sqlite").exists()
    assert desk.isVisible()

"""The desk where a queue makes it messy: leftover text, look-alike codes, shared e-mails, a locked file,
another desk writing, and Qt's own buttons in Polish."""

import sqlite3
import sys

from conftest import screenshot, when_modal
from helpers.events import DAYS, code_of, make_station
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checkin import app_log
from checkin.domain import Registrant
from checkin.station import Station
from ui.app import DeskApp
from ui.widgets import files
from ui.widgets.theme import Tone


def test_a_scan_into_a_field_with_leftover_text_still_checks_in(qtbot, desk):
    qtbot.keyClicks(desk.input, "kow")
    qtbot.wait(100)  # a person typed this, then the next guest's badge is scanned
    qtbot.keyClicks(desk.input, code_of(desk.station, "Nowak"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    assert desk.banner.name.text() == "Anna Nowak"


def test_a_seventeen_letter_name_typed_by_hand_is_not_taken_for_a_code(qtbot, desk):
    desk.station.register([Registrant(first_name="Bartholomew", last_name="Kowalczykiewicz")], reason="test")
    qtbot.keyClicks(desk.input, "kowalczykiewiczba")
    assert len("kowalczykiewiczba") == 17
    desk.input.clear()
    qtbot.keyClicks(desk.input, "bart kowalczykiew")
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    assert desk.banner.name.text() == "Bartholomew Kowalczykiewicz"


def test_a_shared_email_lists_both_guests_and_picks_neither(qtbot, desk):
    ewa = Registrant(first_name="Ewa", last_name="Lis", email="jan@cus.pl", registration_id="R8")
    desk.station.register([ewa], reason="test")
    qtbot.keyClicks(desk.input, "jan@cus.pl")
    assert desk.controller.results.rowCount() == 2
    assert desk.results.selectionModel().selectedRows() == []
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.WARN
    assert desk.station.stats().checked_in == {}


def test_a_locked_event_file_shows_red_not_saved_and_keeps_nothing_green(qtbot, desk):
    desk.station.storage.conn.execute("PRAGMA busy_timeout = 200")  # the desk waits 5 s; the test need not
    qtbot.keyClicks(desk.input, code_of(desk.station, "Kowalski"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    blocker = sqlite3.connect(desk.station.storage.path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClicks(desk.input, code_of(desk.station, "Nowak"))
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    finally:
        blocker.rollback()
    assert desk.banner.tone is Tone.ERROR
    assert "Nic nie zostało zapisane" in desk.banner.details.text()
    assert desk.banner.name.text() == ""
    screenshot(desk, "not-saved")


def test_another_desks_check_in_appears_in_the_shown_results(qtbot, desk):
    qtbot.keyClicks(desk.input, "nowak")
    assert not desk.controller.results.hit(0).checked_in
    other = Station.open(desk.station.storage.path, name="Recepcja 2", day=DAYS[0])
    other.check_in(code_of(other, "Nowak"))
    other.close()
    qtbot.waitUntil(lambda: desk.controller.results.hit(0).checked_in, timeout=5000)
    assert desk.results.selectionModel().selectedRows()[0].row() == 0
    assert "<b>1 osoba</b>" in desk.status.text()


def test_sorting_by_a_column_keeps_enter_on_the_row_staff_see(qtbot, desk):
    people = [("Anna", "Urząd C"), ("Beata", "Urząd A"), ("Celina", "Urząd B")]
    guests = [Registrant(first_name=first, last_name="Zając", organisation=org) for first, org in people]
    desk.station.register(guests, reason="test")
    qtbot.keyClicks(desk.input, "zajac")
    count = desk.results.proxy.rowCount()
    ranked = [desk.controller.results.hit(r).attendee.organisation for r in range(count)]
    desk.results.horizontalHeader().sectionClicked.emit(1)
    shown = [desk.results.proxy.index(r, 1).data() for r in range(count)]
    assert shown == sorted(ranked) != ranked
    desk.results.selectRow(0)
    qtbot.keyClick(desk.input, Qt.Key.Key_Down)
    assert desk.results.proxy.index(1, 1).data() == "Urząd B"
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.name.text() == "Celina Zając"


def test_markup_in_a_staff_name_is_shown_as_text(qtbot, desk):
    desk.station.staff = "<i>Ola</i>"
    desk.refresh_status()
    assert "&lt;i&gt;Ola&lt;/i&gt;" in desk.status.text()


def test_qt_own_buttons_speak_polish_too(qtbot, desk):
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        box = dialog.findChild(QDialogButtonBox)
        seen.extend(button.text() for button in box.buttons())
        dialog.reject()

    QTimer.singleShot(50, look)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "&Anuluj" in seen or "Anuluj" in seen


def test_a_file_taken_away_under_the_desk_is_said_in_red_at_once_and_a_scan_is_refused(qtbot, desk, tmp_path):
    code = code_of(desk.station, "Kowalski")
    desk.station.path.rename(tmp_path / "moved-away.sqlite")
    qtbot.waitUntil(
        lambda: "przeniesiony, usunięty albo zastąpiony" in desk.banner.details.text(), timeout=10_000
    )
    assert desk.banner.tone is Tone.ERROR
    qtbot.keyClicks(desk.input, code)
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.ERROR and "nic nie zostało zapisane" in desk.banner.details.text()
    assert desk.input.text() == ""  # the refused code is not left to prefix the next scan
    screenshot(desk, "file-taken-away")


def test_an_error_no_code_caught_shows_in_red_on_the_banner(qtbot, tmp_path, capsys):
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    app = DeskApp(store)
    window = app.show(station)
    qtbot.addWidget(window)
    with app_log.hooks(app.reporter):
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError as error:
            sys.excepthook(type(error), error, error.__traceback__)  # as PySide6 hands on a slot's error
    assert window.banner.tone is Tone.ERROR
    assert "database disk image is malformed" in window.banner.details.text()
    assert "Traceback" in capsys.readouterr().err
    window.close()
    station.close()


def test_an_event_whose_clearing_cannot_be_finished_is_not_opened_and_the_desk_says_what_to_do(
    qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "po-kongresie.sqlite"
    purged = make_station(path)
    purged.privacy.purge("Kongres testowy")
    with purged.storage.transaction():
        purged.storage.set_purge_pending(True)  # as if killed before the copies were removed
    purged.close()
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    app = DeskApp(store)
    window = app.show(station)
    qtbot.addWidget(window)
    monkeypatch.setenv("CHECKIN_BUSY_TIMEOUT_S", "0.1")
    other_program = sqlite3.connect(path)
    other_program.execute("BEGIN IMMEDIATE")  # holds the write lock the clearing's VACUUM needs
    monkeypatch.setattr(files, "open_file", lambda *args: str(path))
    said = []
    when_modal(lambda box: (said.append((box.windowTitle(), box.text())), box.accept()))

    app.open_other()

    other_program.rollback()
    other_program.close()
    assert said[0][0] == "Nie można otworzyć"
    assert said[0][1].startswith("Dane osobowe wydarzenia zostały wyczyszczone, ale ich kopie")
    assert "otwórz wydarzenie ponownie: to dokończy czyszczenie" in said[0][1]
    assert app.window is window  # the event open before stays open
    station.close()

"""The organiser's functions at the desk: the PIN asked in reception, exports, clearing personal data,
backups and restoring them, the role in the status bar. Driven through the real menu and dialogs."""

import threading
from datetime import datetime

import pytest
from conftest import PIN, screenshot, screenshot_dialog, when_modal
from helpers.events import DAYS, PROGRAMME, code_of, session_titled
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.backups import Backups, Reason
from checkin.domain import Registrant
from checkin.privacy import Privacy
from checkin.station import Station
from ui.badge_design import BadgeDesignDialog
from ui.organiser import menu
from ui.organiser.backups import RestoreDialog
from ui.organiser.export_dialog import Choice, ExportDialog
from ui.organiser.pin import ChangePinDialog, UnlockDialog
from ui.organiser.purge import PurgeNameDialog
from ui.widgets import files

MANAGEMENT = "Zarządzanie usługami społecznymi"


def scan(qtbot, window, code):
    window.input.clear()
    qtbot.keyClicks(window.input, code)
    qtbot.keyClick(window.input, Qt.Key.Key_Return)
    QApplication.processEvents()  # as the event loop does before the next key: the commit's broadcast


def refused_if_opened(monkeypatch, name):
    """Replace what an organiser function would open with a failure: reaching it is the bug."""

    def opened(*args, **kwargs):
        raise AssertionError(f"{name} opened without the organiser PIN")

    monkeypatch.setattr(menu, name, opened)


def button(box, text):
    return next(b for b in box.buttons() if b.text() == text)


def unlock_with(pin, then=None):
    """Answer the PIN dialog with `pin` and Enter; `then` answers the dialog that follows."""

    def act(dialog):
        assert isinstance(dialog, UnlockDialog)
        QTest.keyClicks(dialog.pin, pin)
        if then is not None:
            when_modal(then)
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)

    return act


# --- reception ----------------------------------------------------------------------------------------------


def test_the_status_bar_shows_reception_then_the_organiser_after_the_pin_then_reception(qtbot, locked_desk):
    assert locked_desk.organiser.role.text() == "Tryb: recepcja"
    assert not locked_desk.organiser.lock_action.isEnabled()
    screenshot(locked_desk, "role-reception", prefix="organiser")

    when_modal(unlock_with(PIN))
    locked_desk.organiser.unlock_action.trigger()

    assert locked_desk.station.roles.is_organiser
    assert locked_desk.organiser.role.text() == "Tryb: organizator"
    assert locked_desk.organiser.lock_action.isEnabled()
    screenshot(locked_desk, "role-organiser", prefix="organiser")
    locked_desk.organiser.lock_action.trigger()
    assert not locked_desk.station.roles.is_organiser
    assert locked_desk.organiser.role.text() == "Tryb: recepcja"


def test_reception_cannot_export_cancelling_the_pin_writes_nothing(qtbot, locked_desk, tmp_path, monkeypatch):
    refused_if_opened(monkeypatch, "ExportDialog")
    before = sorted(tmp_path.iterdir())
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog)), dialog.reject()))
    locked_desk.organiser.export_action.trigger()
    assert asked == [UnlockDialog]
    assert not locked_desk.station.roles.is_organiser
    assert sorted(tmp_path.iterdir()) == before


def test_reception_cannot_purge_cancelling_the_pin_keeps_every_name(qtbot, locked_desk, monkeypatch):
    refused_if_opened(monkeypatch, "PersonalDataClearing")
    when_modal(lambda dialog: dialog.reject())
    locked_desk.organiser.purge_action.trigger()
    assert not locked_desk.station.roles.is_organiser
    assert {a.last_name for a in locked_desk.station.storage.attendees()} >= {"Kowalski", "Nowak"}


def test_reception_opening_the_programme_editor_is_asked_for_the_pin(qtbot, locked_desk, monkeypatch):
    monkeypatch.setattr("ui.desk.window.ProgrammeDialog", lambda *args: pytest.fail("opened without the PIN"))
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog)), dialog.reject()))
    locked_desk.programme_action.trigger()
    assert asked == [UnlockDialog]


def test_a_wrong_pin_is_refused_and_after_three_the_desk_says_how_long_to_wait(qtbot, locked_desk):
    notes = []

    def answer(dialog):
        for attempt in ("9999", "0000", "4321", PIN):
            dialog.pin.setText(attempt)
            dialog.ok.click()
            notes.append(dialog.note.text())
        assert dialog.isVisible()
        screenshot_dialog(locked_desk, dialog, "pin-wait")
        dialog.reject()

    when_modal(answer)
    locked_desk.organiser.unlock_action.trigger()
    assert notes[:3] == ["To nie jest PIN organizatora."] * 3
    assert notes[3] == "Za dużo błędnych PIN-ów: odczekaj 30 s i spróbuj ponownie."
    assert not locked_desk.station.roles.is_organiser


def test_the_pin_dialog(qtbot, locked_desk):
    def look(dialog):
        dialog.pin.setText("12")
        screenshot_dialog(locked_desk, dialog, "pin")
        dialog.reject()

    when_modal(look)
    locked_desk.organiser.unlock_action.trigger()


def test_the_organiser_is_locked_out_after_a_while_but_not_in_the_middle_of_a_dialog(qtbot, locked_desk):
    when_modal(unlock_with(PIN))
    locked_desk.organiser.unlock_action.trigger()
    assert locked_desk.organiser.auto_lock.isActive()

    def timeout_while_open(dialog):
        locked_desk.organiser.auto_lock.timeout.emit()
        assert locked_desk.station.roles.is_organiser
        dialog.reject()

    when_modal(timeout_while_open)
    locked_desk.organiser.export_action.trigger()
    locked_desk.organiser.auto_lock.timeout.emit()
    assert not locked_desk.station.roles.is_organiser
    assert locked_desk.organiser.role.text() == "Tryb: recepcja"


# --- exports ------------------------------------------------------------------------------------------------


def test_the_right_pin_unlocks_and_the_attendance_list_is_written(qtbot, locked_desk, tmp_path, monkeypatch):
    target = tmp_path / "lista.pdf"
    offered = []

    def save_as(parent, title, filters, suggested, event_file):
        offered.append(suggested)
        return str(target)

    monkeypatch.setattr(files, "save_file", save_as)
    reports = []

    def export(dialog):
        assert isinstance(dialog, ExportDialog)
        assert dialog.choice() is Choice.DAY_LIST
        assert [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())] == ["pdf", "xlsx", "csv"]
        screenshot_dialog(locked_desk, dialog, "export")
        when_modal(lambda box: (reports.append(box.text()), box.accept()))
        dialog.buttons.accepted.emit()

    when_modal(unlock_with(PIN, then=export))
    locked_desk.organiser.export_action.trigger()

    assert offered[0].endswith("lista-obecnosci-dzien-1.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    assert reports == [f"Osoby na liście: 4\nStrony: 1\nZapisano jako {target}"]
    assert locked_desk.organiser.role.text() == "Tryb: organizator"


def test_the_report_box_is_answered_even_when_the_export_dialog_is_in_front_a_while_after_the_note(
    qtbot, locked_desk, tmp_path, monkeypatch
):
    """The tests' `when_modal` once answered the export dialog itself, met between the working note closing
    and the report box opening on a loaded machine; the box then waited for an answer until the timeout."""
    report = ExportDialog._report

    def slow_report(self, *args):
        QTest.qWait(200)  # the event loop runs with the export dialog in front and the note gone
        report(self, *args)

    monkeypatch.setattr(ExportDialog, "_report", slow_report)
    test_the_right_pin_unlocks_and_the_attendance_list_is_written(qtbot, locked_desk, tmp_path, monkeypatch)


def test_checkins_are_offered_only_as_spreadsheets_and_certificates_only_as_pdf(qtbot, desk):
    def look(dialog):
        dialog.radios[Choice.CHECKINS].setChecked(True)
        checkins = [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())]
        dialog.radios[Choice.CERTIFICATES].setChecked(True)
        certificates = [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())]
        dialog.reject()
        assert (checkins, certificates) == (["xlsx", "csv"], ["pdf"])

    when_modal(look)
    desk.organiser.export_action.trigger()


def test_a_session_list_is_named_after_the_session_and_written_as_a_spreadsheet(qtbot, desk, tmp_path):
    desk.station.programme.save(list(PROGRAMME))
    dialog = ExportDialog(desk.station, desk)
    qtbot.addWidget(dialog)
    dialog.radios[Choice.SESSION_LIST].setChecked(True)
    dialog.session.setCurrentIndex(dialog.session.findData(session_titled(desk.station, MANAGEMENT).id))
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    request = dialog.request()
    assert dialog.default_name(request) == "lista-obecnosci-zarzadzanie-uslugami-spolecznymi.xlsx"
    dialog.show()
    screenshot_dialog(desk, dialog, "export-session")
    when_modal(lambda box: box.accept())
    assert dialog.export_to(request, tmp_path / "lista.xlsx").rows == 0
    assert (tmp_path / "lista.xlsx").exists()


def test_certificates_one_per_person_go_into_a_folder_and_errors_are_said_in_polish(qtbot, desk, tmp_path):
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    dialog = ExportDialog(desk.station, desk)
    qtbot.addWidget(dialog)
    dialog.radios[Choice.CERTIFICATES].setChecked(True)
    dialog.certificate_files.setCurrentIndex(1)
    request = dialog.request()
    assert dialog.default_name(request) == "zaswiadczenia"
    reports = []
    when_modal(lambda box: (reports.append(box.text()), box.accept()))
    done = dialog.export_to(request, tmp_path / "zaswiadczenia")
    assert [file.name for file in done.files] == [f"Kowalski-{code_of_id(desk, 'Kowalski')}.pdf"]
    assert reports == [f"Zaświadczenia: 1\nZapisano w folderze {tmp_path / 'zaswiadczenia'}"]

    dialog.radios[Choice.CHECKINS].setChecked(True)
    when_modal(lambda box: (reports.append(box.text()), box.accept()))
    gone = tmp_path / "brak"
    assert dialog.export_to(dialog.request(), gone / "skany.xlsx") is None
    assert reports[-1] == f"Nie ma folderu {gone}, w którym można zapisać skany.xlsx; wybierz inne miejsce."


def test_an_export_over_the_event_file_is_refused_in_polish_and_the_event_is_kept(qtbot, desk):
    event = desk.station.path
    dialog = ExportDialog(desk.station, desk)
    qtbot.addWidget(dialog)
    dialog.radios[Choice.CHECKINS].setChecked(True)
    reports = []
    when_modal(lambda box: (reports.append(box.text()), box.accept()))

    assert dialog.export_to(dialog.request(), event) is None

    assert reports == [
        f"{event} to sam plik wydarzenia: zapis w nim zniszczyłby wydarzenie. Wybierz inną nazwę pliku."
    ]
    assert desk.station.stats().registered == 5


def code_of_id(desk, last_name):
    return next(a.id for a in desk.station.storage.attendees() if a.last_name == last_name)


# --- clearing personal data ---------------------------------------------------------------------------------


def test_clearing_personal_data_asks_twice_then_the_event_name_and_the_desk_forgets_the_names(
    qtbot, desk, monkeypatch
):
    threads = []
    purge = Privacy.purge
    monkeypatch.setattr(
        Privacy, "purge", lambda *args: (threads.append(threading.current_thread()), purge(*args))[1]
    )
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    assert desk.banner.name.text() == "Jan Kowalski"

    when_modal(lambda box: button(box, "Anuluj").click())  # the warning, cancelled
    desk.organiser.purge_action.trigger()

    def name_cancelled(box):
        when_modal(lambda dialog: dialog.reject())
        button(box, "Dalej…").click()

    when_modal(name_cancelled)
    desk.organiser.purge_action.trigger()
    assert "Kowalski" in {a.last_name for a in desk.station.storage.attendees()}

    reports = []

    def warning(box):
        screenshot_dialog(desk, box, "purge-warning")
        when_modal(type_the_name)
        button(box, "Dalej…").click()

    def type_the_name(dialog):
        assert isinstance(dialog, PurgeNameDialog)
        for typed, accepted in (("", False), ("Kongres", False), ("kongres  TESTOWY", True)):
            dialog.name.setText(typed)
            assert dialog.ok.isEnabled() is accepted
        screenshot_dialog(desk, dialog, "purge-name")
        when_modal(lambda box: (reports.append(box.text()), box.accept()))
        dialog.ok.click()

    when_modal(warning)
    desk.organiser.purge_action.trigger()

    assert reports[0].startswith("Wyczyszczeni goście: 5\n")
    assert threads and threads[0] is not threading.main_thread()  # the window stayed alive meanwhile
    assert not desk.station.storage.purge_pending()  # the desk's own connection kept nothing back
    assert {a.last_name for a in desk.station.storage.attendees()} == {""}
    assert desk.banner.name.text() == ""
    assert desk.controller.last_check_in is None
    qtbot.keyClicks(desk.input, "kowal")
    assert desk.controller.results.rowCount() == 0
    assert "Zarejestrowano: <b>1 osoba</b> z 4" in desk.status.text()


def test_a_clearing_whose_copies_cannot_be_removed_says_it_is_not_finished_and_what_to_do(qtbot, desk):
    folder = desk.station.backups.folder
    folder.write_bytes(b"")  # a file where the backups folder goes: it cannot be removed as one
    said = []

    def warning(box):
        when_modal(type_the_name)
        button(box, "Dalej…").click()

    def type_the_name(dialog):
        dialog.name.setText("Kongres testowy")
        when_modal(lambda box: (said.append((box.windowTitle(), box.text())), box.accept()))
        dialog.ok.click()

    when_modal(warning)
    desk.organiser.purge_action.trigger()

    assert said[0][0] == "Czyszczenie niedokończone"
    assert said[0][1].startswith("Dane osobowe wydarzenia zostały wyczyszczone, ale ich kopie mogą")
    assert {a.last_name for a in desk.station.storage.attendees()} == {""}
    qtbot.keyClicks(desk.input, "kowal")
    assert desk.controller.results.rowCount() == 0
    assert desk.station.storage.purge_pending()
    folder.unlink()
    desk.station.privacy.finish_pending()
    assert not desk.station.storage.purge_pending()


# --- backups ------------------------------------------------------------------------------------------------


def test_restoring_a_backup_brings_the_earlier_state_back_into_the_window(qtbot, desk, monkeypatch):
    threads = []
    restore = Backups.restore
    monkeypatch.setattr(
        Backups, "restore", lambda *args: (threads.append(threading.current_thread()), restore(*args))[1]
    )
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    backup = desk.station.backups.snapshot(Reason.MANUAL)
    scan(qtbot, desk, code_of(desk.station, "Nowak"))
    assert "Zarejestrowano: <b>2 osoby</b> z 4" in desk.status.text()
    reports = []

    def choose(dialog):
        assert isinstance(dialog, RestoreDialog)
        assert dialog.chosen() == backup
        assert dialog.table.item(0, 1).text() == "wykonana ręcznie"
        screenshot_dialog(desk, dialog, "restore")
        when_modal(confirm)
        dialog.restore_button.click()

    def confirm(box):
        assert box.text().startswith("Przywrócić kopię zapasową z ")
        screenshot_dialog(desk, box, "restore-confirm")
        when_modal(lambda report: (reports.append(report.text()), report.accept()))
        button(box, "Przywróć").click()

    when_modal(choose)
    desk.organiser.restore_action.trigger()

    assert desk.station.stats().checked_in == {DAYS[0]: 1}
    assert "Zarejestrowano: <b>1 osoba</b> z 4" in desk.status.text()
    assert desk.controller.last_check_in is None
    assert reports[0].startswith(f"Przywrócono stan wydarzenia z {backup.taken_at:%Y-%m-%d %H:%M:%S}.")
    assert threads and threads[0] is not threading.main_thread()  # the window stayed alive meanwhile
    qtbot.keyClicks(desk.input, "nowak")
    assert not desk.controller.results.hit(0).checked_in


def test_the_restore_list_says_what_each_backup_holds_and_a_damaged_one_cannot_be_chosen(qtbot, desk):
    station = desk.station
    scan(qtbot, desk, code_of(station, "Kowalski"))
    damaged = station.backups.snapshot(Reason.AUTO, now=datetime(2026, 6, 21, 9, 0))
    scan(qtbot, desk, code_of(station, "Nowak"))
    station.check_in(code_of(station, "Jóżko"), DAYS[1])
    whole = station.backups.snapshot(Reason.MANUAL, now=datetime(2026, 6, 21, 10, 0))
    damaged.path.write_bytes(b"\0" * 4096)

    dialog = RestoreDialog(station, desk)
    qtbot.addWidget(dialog)
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == [
        "Utworzona", "Powód", "Goście", "Przybyli\ndzień 1 (21 czerwca)", "Przybyli\ndzień 2 (22 czerwca)"
    ]  # fmt: skip
    assert [table.item(0, c).text() for c in range(2, 5)] == ["5", "2", "1"]
    assert table.item(1, 2).text() == "uszkodzona: nie da się jej przywrócić"
    assert dialog.chosen() == whole and dialog.restore_button.isEnabled()
    screenshot_dialog(desk, dialog, "restore-counts")
    table.selectRow(1)
    assert dialog.chosen() is None and not dialog.restore_button.isEnabled()


def test_the_restore_list_of_a_long_event_counts_the_check_ins_of_all_days_in_one_column(qtbot, tmp_path):
    days = ("2026-06-21", "2026-06-22", "2026-06-23", "2026-06-24")
    station = Station.create(tmp_path / "long.sqlite", event_name="Szkoła letnia", venue="", days=days)
    station.register([Registrant(first_name="Jan", last_name=name) for name in ("Lis", "Kot")], reason="test")
    for name, day in (("Lis", days[0]), ("Lis", days[3]), ("Kot", days[3])):
        station.check_in(code_of(station, name), day)
    station.backups.snapshot()

    dialog = RestoreDialog(station)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.horizontalHeaderItem(3).text() == "Przybycia, wszystkie dni" and table.columnCount() == 4
    assert [table.item(0, c).text() for c in (2, 3)] == ["2", "3"]
    station.close()


def test_back_up_now_says_where_the_backup_is(qtbot, desk):
    reports = []
    when_modal(lambda box: (reports.append(box.text()), box.accept()))
    desk.organiser.backup_action.trigger()
    (backup,) = desk.station.backups.list_backups()
    assert backup.reason == "manual"
    assert reports == [f"Kopia zapasowa {backup.name} jest w folderze {backup.path.parent}."]


def test_the_backup_timer_takes_the_snapshot_on_a_worker_thread_without_waiting(qtbot, desk, monkeypatch):
    backups = desk.station.backups
    real, release, threads = backups.snapshot_if_due, threading.Event(), []

    def slow(now=None):
        threads.append(threading.current_thread())
        release.wait(5)
        return real(now)

    monkeypatch.setattr(backups, "snapshot_if_due", slow)
    desk.auto_backup.tick()  # the timer's slot returns while the snapshot still waits
    assert desk.auto_backup.running
    desk.auto_backup.tick()  # not doubled
    release.set()
    desk.auto_backup.wait()
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert [b.reason for b in backups.list_backups()] == ["auto"]


def test_a_failed_automatic_backup_is_a_quiet_note_until_one_works(qtbot, desk, monkeypatch):
    def full_disk(now=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(desk.station.backups, "snapshot_if_due", full_disk)
    desk.auto_backup.tick()
    qtbot.waitUntil(desk.backup_notice.isVisible, timeout=2000)
    assert desk.backup_notice.text() == "Kopia zapasowa nie powiodła się"
    assert "No space left on device" in desk.backup_notice.toolTip()
    monkeypatch.undo()
    desk.auto_backup.tick()
    qtbot.waitUntil(lambda: not desk.backup_notice.isVisible(), timeout=2000)


# --- the PIN itself -----------------------------------------------------------------------------------------


def test_an_event_without_a_pin_says_so_and_setting_one_puts_reception_behind_it(qtbot, desk):
    assert desk.organiser.role.text() == "Tryb: organizator (bez PIN-u)"
    assert desk.organiser.pin_action.text() == "Ustaw PIN organizatora…"
    screenshot(desk, "role-no-pin", prefix="organiser")

    def set_pin(dialog):
        assert isinstance(dialog, ChangePinDialog)
        dialog.new.pin.setText("4821")
        dialog.new.repeat.setText("4812")
        assert not dialog.ok.isEnabled()
        dialog.new.repeat.setText("4821")
        screenshot_dialog(desk, dialog, "set-pin")
        when_modal(lambda box: box.accept())
        dialog.ok.click()

    when_modal(set_pin)
    desk.organiser.pin_action.trigger()
    assert desk.station.roles.has_pin
    assert desk.organiser.role.text() == "Tryb: organizator"
    desk.organiser.lock_action.trigger()
    assert desk.organiser.role.text() == "Tryb: recepcja"
    assert desk.station.roles.unlock("4821")


def test_changing_the_pin_needs_the_current_one(qtbot, locked_desk):
    notes = []

    def change(dialog):
        assert isinstance(dialog, ChangePinDialog)
        dialog.current.setText("9999")
        dialog.new.pin.setText("5678")
        dialog.new.repeat.setText("5678")
        dialog.ok.click()
        notes.append(dialog.note.text())
        dialog.current.setText(PIN)
        when_modal(lambda box: box.accept())
        dialog.ok.click()

    when_modal(unlock_with(PIN, then=change))
    locked_desk.organiser.pin_action.trigger()
    assert notes == ["To nie jest PIN organizatora."]
    locked_desk.station.roles.lock()
    assert locked_desk.station.roles.unlock("5678")


def test_an_organiser_only_refusal_reaching_a_dialog_is_said_in_polish(qtbot, locked_desk):
    dialog = BadgeDesignDialog(locked_desk.station, locked_desk)
    qtbot.addWidget(dialog)
    warnings = []
    when_modal(lambda box: (warnings.append(box.text()), box.accept()))
    assert not dialog.save()
    assert warnings == [
        "Tylko organizator może to zrobić: odblokuj funkcje organizatora PIN-em (menu Organizator)."
    ]

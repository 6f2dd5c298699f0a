"""A guest's badge scanned while a dialog of the desk is open: the scanner types the code into the dialog's
field and presses Enter. The form stays open without the code, and nothing is written because of it."""

from conftest import PIN, when_modal
from helpers.events import DAYS, code_of
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import codes
from checkin.domain import Status
from ui.widgets import plain
from ui.widgets.scan_guard import without_codes


def scan_into(qtbot, field, code):
    """The scanner: the code's keys into the field that has the keyboard, then Enter."""
    qtbot.keyClicks(field, code)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def still_open_after(qtbot, dialog, field, code, seen):
    """Scans into `field`, notes what the form shows then, and closes it as Esc would if it is still open."""
    scan_into(qtbot, field, code)
    seen.update(open=dialog.isVisible(), text=field.text(), note=dialog.note.text())
    if dialog.isVisible():
        dialog.reject()


def test_a_badge_scanned_into_the_walk_in_form_registers_no_one(qtbot, desk):
    registered = desk.station.stats().registered
    seen = {}
    when_modal(lambda d: still_open_after(qtbot, d, d.first_name, code_of(desk.station, "Nowak"), seen))
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["open"] and seen["text"] == ""
    assert "zeskanowano identyfikator" in seen["note"]
    assert desk.station.stats().registered == registered
    assert desk.station.stats().checked_in == {}


def test_a_badge_scanned_into_the_undo_reason_undoes_nothing(qtbot, desk):
    qtbot.keyClicks(desk.input, code_of(desk.station, "Kowalski"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    QApplication.processEvents()
    seen = {}
    when_modal(lambda d: still_open_after(qtbot, d, d.reason, code_of(desk.station, "Nowak"), seen))
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["open"] and seen["text"] == ""
    assert desk.station.stats().checked_in == {DAYS[0]: 1}


def test_a_badge_scanned_into_a_correction_is_left_out_and_the_correction_kept(qtbot, desk):
    qtbot.keyClicks(desk.input, "nowak")
    QApplication.processEvents()
    guest = desk.controller.results.hit(0).attendee
    seen = {}

    def correct_then_scan(dialog):
        dialog.edits["last_name"].setText("Nowakowska")
        scan_into(qtbot, dialog.edits["title"], code_of(desk.station, "Kowalski"))
        seen.update(open=dialog.isVisible(), title=dialog.edits["title"].text())
        if dialog.isVisible():
            qtbot.keyClick(dialog.edits["title"], Qt.Key.Key_Return)  # the staff's own Enter: saved

    when_modal(correct_then_scan)
    qtbot.keyClick(desk.input, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["open"] and seen["title"] == guest.title
    corrected = desk.station.guest(guest.id)
    assert (corrected.title, corrected.last_name) == (guest.title, "Nowakowska")
    assert corrected.status is Status.REGISTERED


def test_the_note_of_a_badge_left_out_is_shown_whole(qtbot, desk):
    qtbot.keyClicks(desk.input, code_of(desk.station, "Kowalski"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    QApplication.processEvents()
    seen = {}

    def measure(dialog):
        scan_into(qtbot, dialog.reason, code_of(desk.station, "Nowak"))
        QApplication.processEvents()
        seen.update(height=dialog.note.height(), needed=dialog.note.heightForWidth(dialog.note.width()))
        dialog.reject()

    when_modal(measure)
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["height"] >= seen["needed"]  # two lines in Polish at the dialog's width, none cut


ANOTHER_EVENTS_CODE = codes.new_code(codes.new_secret())
"""Last year's badge: a code's shape, no signature of this event."""


def test_a_badge_of_another_event_scanned_into_the_walk_in_form_registers_no_one(qtbot, desk):
    registered = desk.station.stats().registered
    seen = {}
    when_modal(lambda d: still_open_after(qtbot, d, d.first_name, ANOTHER_EVENTS_CODE, seen))
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["open"] and seen["text"] == ""
    assert "zeskanowano identyfikator" in seen["note"]
    assert desk.station.stats().registered == registered


def test_a_code_scanned_after_a_typed_word_is_left_out_and_the_word_kept():
    assert without_codes(f"Nowak {ANOTHER_EVENTS_CODE}", lambda code: False) == "Nowak "
    assert without_codes(f"Nowak{ANOTHER_EVENTS_CODE}", lambda code: False) == "Nowak"


def test_longer_numbers_typed_into_a_form_are_someones_text_and_kept():
    for text in ("PL61109010140000071219812874", "konto 61109010140000071219812874", "tel. 600 123 456"):
        assert without_codes(text, lambda code: False) == text


def test_a_badge_scanned_into_the_pre_print_file_name_writes_no_file(qtbot, desk, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a relative name would be written here
    told = []
    monkeypatch.setattr(plain, "inform", lambda parent, title, text: told.append(text))  # "Badges saved"
    seen = {}

    def scan_into_path(dialog):
        dialog.pdf_path.setFocus()
        scan_into(qtbot, dialog.pdf_path, ANOTHER_EVENTS_CODE)
        seen.update(open=dialog.isVisible(), text=dialog.pdf_path.text(), note=dialog.note.text())
        dialog.reject()

    when_modal(scan_into_path)
    desk.preprint_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["open"] and seen["text"] == ""
    assert "zeskanowano identyfikator" in seen["note"]
    assert not [path for path in tmp_path.rglob("*") if ANOTHER_EVENTS_CODE in path.name] and told == []


def test_a_badge_scanned_while_a_question_is_open_answers_nothing(qtbot, desk):
    """In Polish Yes is "&Tak" and No is "&Nie": Qt pressed them on a code's T or N, and Enter pressed the
    default button; the staff's own Enter still answers."""
    box = plain.message_box(QMessageBox.Icon.Question, "Wysyłanie", "Wysłać potwierdzenia?", desk)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "&Tak"
    code = "TN" + ANOTHER_EVENTS_CODE[2:]
    answers = []

    def scan_then_answer(dialog):
        scan_into(qtbot, dialog.focusWidget(), code)
        answers.append(dialog.isVisible())
        if dialog.isVisible():
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_modal(scan_then_answer)
    answer = box.exec()
    assert answers == [True]
    assert answer == QMessageBox.StandardButton.No


def test_esc_still_closes_a_message_box_that_ignores_scans(qtbot, desk):
    box = plain.message_box(QMessageBox.Icon.Question, "Wysyłanie", "Wysłać potwierdzenia?", desk)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    still_open = []

    def escape(dialog):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
        still_open.append(dialog.isVisible())
        if dialog.isVisible():  # the box ate the Esc: end it here, or the test would wait for an answer
            dialog.done(QMessageBox.StandardButton.Yes)

    when_modal(escape)
    assert box.exec() == QMessageBox.StandardButton.No
    assert still_open == [False]


def test_a_pin_shaped_like_a_code_unlocks(qtbot, locked_desk):
    pin = "12345678901234567"  # 17 capitals and digits: a code's shape, yet the PIN the organiser chose
    roles = locked_desk.station.roles
    roles.grant_organiser()
    roles.change_pin(PIN, pin)
    roles.lock()
    seen = {}

    def type_pin(dialog):
        qtbot.keyClicks(dialog.pin, pin)
        dialog.ok.click()
        seen.update(note=dialog.note.text(), open=dialog.isVisible())
        if dialog.isVisible():
            dialog.reject()

    when_modal(type_pin)
    locked_desk.organiser.unlock_action.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert not seen["open"] and roles.is_organiser

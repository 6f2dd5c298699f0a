"""Door mode driven like door staff drive it: the app's menu into a session's door, then scans and keys."""

from dataclasses import replace
from datetime import date

import pytest
from conftest import SCREENS, SMALLEST, screenshot, when_modal
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from checkin import codes
from checkin.domain import Session
from checkin.station import Station
from ui.app import DeskApp
from ui.desk.window import DeskWindow
from ui.door.window import DoorWindow
from ui.settings import DeskSettings
from ui.sound import Sounds
from ui.widgets.banner import clock
from ui.widgets.plain import tooltip
from ui.widgets.theme import BANNER_MIN_HEIGHT, Tone

MANAGEMENT = "Zarządzanie usługami społecznymi"
ORGANISING = "Organizowanie Społeczności Lokalnej"
SIGNED_UP, CAPACITY, SEATS_LEFT, ENTERED, IN_ROOM = range(5)


def door_text(text: str) -> str:
    return QCoreApplication.translate("door", text)


def store_at(tmp_path) -> QSettings:
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    return store


@pytest.fixture
def app(qtbot, tmp_path):
    """The real app, in Polish, on a small event whose programme has two day-two workshops of two seats."""
    app = DeskApp(store_at(tmp_path))
    station = make_station(tmp_path / "event.sqlite", name="Drzwi 1", staff="Ola", day=DAYS[0])
    station.programme.save(list(PROGRAMME))
    qtbot.addWidget(app.show(station))
    yield app
    app.window.close()
    station.close()


def choose(station: Station, last_name: str, title: str) -> None:
    guest = station.find(code_of(station, last_name))
    station.choices.choose(guest.id, session_titled(station, title).id)


def open_door(qtbot, app: DeskApp, title: str) -> DoorWindow:
    """Programme → Door mode (Ctrl+D) at the desk, the session picked in the list, OK."""
    station = app.window.station
    row = [s.id for s in station.programme.sessions()].index(session_titled(station, title).id)
    when_modal(lambda dialog: (dialog.table.selectRow(row), dialog.accept()))
    qtbot.keyClick(app.window.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    door = app.window
    assert isinstance(door, DoorWindow)
    qtbot.waitExposed(door)
    activated(qtbot, door)
    return door


def activated(qtbot, window) -> None:
    """Keys go to the active window; activation (after a swap or a dialog) is asynchronous."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=1000)
    window.input.setFocus()


def scan(qtbot, door: DoorWindow, code: str) -> None:
    door.input.clear()
    qtbot.keyClicks(door.input, code)
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    QApplication.processEvents()  # as the event loop does before the next key: the commit's broadcast


def tiles(door: DoorWindow) -> list[str]:
    return [label.text() for label in door.tiles.values]


def test_a_signed_up_guest_enters_green_with_name_and_organisation(qtbot, app):
    choose(app.window.station, "Kowalski", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    assert door.header.title.text() == MANAGEMENT
    assert "Warszawa" in door.header.info.text()
    assert tiles(door) == ["1", "2", "1", "0", "0"]
    scan(qtbot, door, code_of(door.station, "Kowalski"))
    assert door.banner.tone is Tone.OK
    assert door.banner.headline.text() == door_text("Entered")
    assert door.banner.name.text() == "Jan Kowalski"
    assert "CUS Starachowice" in door.banner.details.text()
    assert tiles(door)[ENTERED] == tiles(door)[IN_ROOM] == "1"
    assert door.input.text() == ""
    assert not door.offer_row.isVisible()
    screenshot(door, "entered", "door")


def test_a_second_scan_is_amber_with_the_time_of_the_first_entry(qtbot, app):
    choose(app.window.station, "Kowalski", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    guest = door.station.find(code_of(door.station, "Kowalski"))
    scan(qtbot, door, guest.code)
    scan(qtbot, door, guest.code)
    entry = door.station.storage.entry_of(guest.id, door.controller.session_id)
    assert door.banner.tone is Tone.WARN
    assert door.banner.headline.text() == door_text("Already entered at {time}").format(time=clock(entry.at))
    assert "Drzwi 1" in door.banner.details.text()
    assert tiles(door)[ENTERED] == "1"
    screenshot(door, "already-entered", "door")


def test_a_guest_of_another_room_is_amber_naming_it_and_enter_admits_and_moves_the_counts(qtbot, app):
    station = app.window.station
    choose(station, "Nowak", ORGANISING)
    door = open_door(qtbot, app, MANAGEMENT)
    scan(qtbot, door, code_of(station, "Nowak"))
    assert door.banner.tone is Tone.WARN
    assert door.banner.headline.text() == door_text("Not signed up for this session")
    chose = door_text("Chose: {title} — room: {room}").format(title=ORGANISING, room="Bruksela")
    assert chose in door.banner.details.text()
    assert door.offer_row.isVisible()
    assert door.accept_button.text() == door_text("Admit and record the switch (Enter)")
    assert door.decline_button.text() == door_text("Send to {room} (Esc)").format(room="Bruksela")
    screenshot(door, "not-signed-up", "door")
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert door.banner.tone is Tone.OK
    assert ORGANISING in door.banner.details.text()
    assert tiles(door)[SIGNED_UP] == tiles(door)[IN_ROOM] == "1"
    here, there = (station.programme.counts_of(session_titled(station, t)) for t in (MANAGEMENT, ORGANISING))
    assert (here.signed_up, there.signed_up) == (1, 0)
    assert not door.offer_row.isVisible()
    screenshot(door, "admitted-switch", "door")


def test_send_to_the_right_room_with_esc_or_the_button_records_nothing(qtbot, app):
    station = app.window.station
    choose(station, "Nowak", ORGANISING)
    door = open_door(qtbot, app, MANAGEMENT)
    seq = station.storage.last_log_seq()
    scan(qtbot, door, code_of(station, "Nowak"))
    qtbot.keyClick(door.input, Qt.Key.Key_Escape)
    assert door.banner.tone is Tone.IDLE
    assert not door.offer_row.isVisible()
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    scan(qtbot, door, code_of(station, "Nowak"))
    qtbot.mouseClick(door.decline_button, Qt.MouseButton.LeftButton)
    assert door.banner.tone is Tone.IDLE
    assert station.storage.last_log_seq() == seq
    qtbot.waitUntil(lambda: QApplication.focusWidget() is door.input, timeout=1000)


def test_a_full_session_is_red_and_override_asks_for_a_reason_then_admits(qtbot, app):
    station = app.window.station
    for last_name in ("Kowalski", "Jóżko"):
        choose(station, last_name, MANAGEMENT)
    choose(station, "Nowak", ORGANISING)
    door = open_door(qtbot, app, MANAGEMENT)
    scan(qtbot, door, code_of(station, "Nowak"))
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert door.banner.tone is Tone.ERROR
    assert door.banner.headline.text() == door_text("Session full")
    assert door.accept_button.text() == door_text("Override… (Enter)")
    screenshot(door, "session-full", "door")
    ok_enabled = []

    def give_reason(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_enabled.append(ok.isEnabled())
        dialog.reason.setText("asystentka prelegenta")
        ok_enabled.append(ok.isEnabled())
        dialog.accept()

    when_modal(give_reason)
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert ok_enabled == [False, True]
    assert door.banner.tone is Tone.OK
    assert door_text("Admitted over the capacity; the reason is in the log.") in door.banner.details.text()
    assert tiles(door)[SIGNED_UP] == "3"
    entry = station.storage.log_entries()[-1]
    assert (entry.kind, entry.reason) == ("entry", "asystentka prelegenta")
    screenshot(door, "overridden", "door")


def test_cancelling_the_override_lets_nobody_in(qtbot, app):
    station = app.window.station
    for last_name in ("Kowalski", "Jóżko"):
        choose(station, last_name, MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    scan(qtbot, door, code_of(station, "Nowak"))
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    seq = station.storage.last_log_seq()
    when_modal(lambda dialog: dialog.reject())
    qtbot.mouseClick(door.accept_button, Qt.MouseButton.LeftButton)
    assert door.banner.tone is Tone.ERROR
    assert station.storage.last_log_seq() == seq
    assert tiles(door)[ENTERED] == "0"


def test_a_cancelled_registration_is_red_and_never_offered_admission(qtbot, app):
    station = app.window.station
    guest = station.find(code_of(station, "Nowak"))
    station.registrations.cancel(guest.id, "rezygnacja")
    door = open_door(qtbot, app, MANAGEMENT)
    scan(qtbot, door, guest.code)
    assert door.banner.tone is Tone.ERROR
    assert door.banner.headline.text() == door_text("Registration cancelled")
    assert not door.offer_row.isVisible()
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert tiles(door)[ENTERED] == "0"
    screenshot(door, "cancelled", "door")


def test_an_unknown_code_is_red_and_changes_nothing(qtbot, app):
    door = open_door(qtbot, app, MANAGEMENT)
    seq = door.station.storage.last_log_seq()
    scan(qtbot, door, codes.new_code(codes.new_secret()))
    assert door.banner.tone is Tone.ERROR
    assert door.banner.headline.text() == door_text("Unknown code")
    assert door.station.storage.last_log_seq() == seq
    screenshot(door, "unknown-code", "door")


def test_exit_mode_lowers_in_the_room_now_and_f4_comes_back_to_entries(qtbot, app):
    choose(app.window.station, "Kowalski", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    code = code_of(door.station, "Kowalski")
    scan(qtbot, door, code)
    qtbot.keyClick(door.input, Qt.Key.Key_F4)
    assert door.mode_button.isChecked()
    assert door.banner.tone is Tone.IDLE
    screenshot(door, "exit-mode", "door")
    scan(qtbot, door, code)
    assert door.banner.headline.text() == door_text("Exit recorded")
    assert (tiles(door)[ENTERED], tiles(door)[IN_ROOM]) == ("1", "0")
    scan(qtbot, door, code)
    assert door.banner.tone is Tone.WARN
    assert door.banner.headline.text() == door_text("Not in the room")
    qtbot.keyClick(door.input, Qt.Key.Key_F4)
    scan(qtbot, door, code)
    assert door.banner.headline.text() == door_text("Entered")
    assert tiles(door)[IN_ROOM] == "1"


def test_a_guest_without_a_badge_is_found_by_name_and_enter_scans_them(qtbot, app):
    choose(app.window.station, "Jóżko", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    qtbot.keyClicks(door.input, "jozko")
    assert door.controller.results.rowCount() == 1
    screenshot(door, "name-search", "door")
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert door.banner.tone is Tone.OK
    assert door.banner.name.text() == "dr Marcin Jóżko"
    assert door.controller.results.rowCount() == 0


def test_long_titles_wrap_and_leave_the_banner_and_its_answers_in_sight(qtbot, app):
    station = app.window.station
    long = (
        "w tym: powszechność, personalizacja i standaryzacja usług społecznych w centrach usług społecznych"
    )
    renamed = [
        replace(s, title=f"{s.title}: {long}") if s.choice_group else s for s in station.programme.sessions()
    ]
    station.programme.save(renamed)
    choose(station, "Nowak", renamed[3].title)
    door = open_door(qtbot, app, renamed[2].title)
    scan(qtbot, door, code_of(station, "Nowak"))
    for width, height in (SMALLEST, *SCREENS):
        door.resize(width, height)
        QApplication.processEvents()
        bottom = door.offer_row.mapTo(door, door.offer_row.rect().bottomLeft()).y()
        assert bottom < door.statusBar().y(), (width, height)
        assert door.banner.height() >= BANNER_MIN_HEIGHT
        assert door.banner.geometry().bottom() < door.offer_row.geometry().top(), (width, height)
        details = door.banner.details
        assert details.height() >= details.heightForWidth(details.width()), (width, height)
        assert door.header.title.toolTip() == tooltip(renamed[2].title)
    door.resize(*SMALLEST)
    QApplication.processEvents()
    assert door.header.title.text().endswith("…")  # one line in the smallest window; the tooltip has it all
    screenshot(door, "long-titles", "door", sizes=(SMALLEST, *SCREENS))


def test_the_session_not_today_is_warned_about_but_scans_are_recorded(qtbot, app):
    choose(app.window.station, "Kowalski", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    assert door.not_today.isVisible()
    assert "22 czerwca" in door.not_today.text() and DAYS[1] not in door.not_today.text()  # as staff read it
    scan(qtbot, door, code_of(door.station, "Kowalski"))
    assert door.banner.tone is Tone.OK


def test_a_session_today_shows_no_warning(qtbot, tmp_path):
    today = date.today().isoformat()
    station = Station.create(tmp_path / "today.sqlite", event_name="Dziś", venue="", days=[today])
    (session,) = station.programme.save(
        [Session(day=1, start="10:00", end="11:00", title="Otwarcie", room="Bruksela", kind="plenary")]
    )
    door = DoorWindow(station, session.id, DeskSettings(), Sounds())
    qtbot.addWidget(door)
    door.show()
    assert not door.not_today.isVisible()
    door.close()
    station.close()


def test_the_app_swaps_desk_door_desk_keeping_the_same_station_open(qtbot, app):
    station = app.window.station
    door = open_door(qtbot, app, MANAGEMENT)
    assert door.station is station
    assert app.settings.door_session == session_titled(station, MANAGEMENT).id
    assert DeskSettings.load(app.store).door_session == app.settings.door_session
    qtbot.keyClick(
        door.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    desk = app.window
    assert isinstance(desk, DeskWindow)
    assert desk.station is station
    assert desk.isVisible() and not door.isVisible()
    assert DeskSettings.load(app.store).door_session == 0
    assert station.stats().registered == 5


def test_change_session_moves_the_door_and_cancel_keeps_it(qtbot, app):
    door = open_door(qtbot, app, MANAGEMENT)
    when_modal(lambda dialog: dialog.reject())
    qtbot.keyClick(door.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert app.window is door
    activated(qtbot, door)
    station = door.station
    row = [s.id for s in station.programme.sessions()].index(session_titled(station, ORGANISING).id)
    when_modal(lambda dialog: (dialog.table.selectRow(row), dialog.accept()))
    qtbot.keyClick(door.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert app.window.header.title.text() == ORGANISING
    assert app.window.station is station


def test_the_picker_lists_the_programme_and_arrows_and_enter_choose(qtbot, app):
    station = app.window.station
    seen = []

    def pick(dialog):
        seen.extend(dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount()))
        seen.append(dialog.table.item(1, 3).text())
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    activated(qtbot, app.window)
    when_modal(pick)
    qtbot.keyClick(app.window.input, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert seen == [s.title for s in PROGRAMME] + ["Sala Europejska"]
    assert app.window.controller.session_id == session_titled(station, "Uroczysta kolacja").id


def test_a_restart_opens_the_door_it_was_left_at_and_only_for_that_event(qtbot, app, tmp_path):
    door = open_door(qtbot, app, MANAGEMENT)
    door.close()
    restarted = DeskApp(app.store)
    window = restarted.show(Station.open(door.station.storage.path, name="Drzwi 1"))
    qtbot.addWidget(window)
    assert isinstance(window, DoorWindow)
    assert window.header.title.text() == MANAGEMENT
    other = make_station(tmp_path / "other.sqlite")
    other.programme.save(list(PROGRAMME))  # the same session ids, in another event file
    desk = restarted.show(other)
    qtbot.addWidget(desk)
    assert isinstance(desk, DeskWindow)
    desk.close()
    other.close()


def test_door_session_is_stored_as_a_number(tmp_path):
    store = store_at(tmp_path)
    DeskSettings(door_session=7).save(store)
    assert DeskSettings.load(QSettings(store.fileName(), QSettings.Format.IniFormat)).door_session == 7
    store.setValue("door_session", "nie liczba")
    assert DeskSettings.load(store).door_session == 0


def test_a_session_open_to_all_counts_the_day_and_admits_a_guest_of_another_day_only_when_asked(qtbot, app):
    door = open_door(qtbot, app, "Otwarcie")
    assert door.tiles.captions[SIGNED_UP].text() == door.tiles.tr("registered that day")
    assert tiles(door)[:3] == ["4", "3", "3"]
    scan(qtbot, door, code_of(door.station, "Коваленко"))
    assert door.banner.tone is Tone.WARN
    assert "Zgłoszenie na: dzień 2 (22 czerwca)" in door.banner.details.text()  # as the desk names it
    assert DAYS[1] not in door.banner.details.text()
    assert door.accept_button.text() == door_text("Admit anyway (Enter)")
    assert door.decline_button.text() == door_text("Do not admit (Esc)")
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert door.banner.tone is Tone.OK
    assert tiles(door)[SEATS_LEFT:] == ["2", "1", "1"]


def test_a_code_read_by_the_webcam_is_a_scan_like_the_usb_scanners(qtbot, app):
    choose(app.window.station, "Kowalski", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    door.camera.scanner.code_found.emit(code_of(door.station, "Kowalski"))
    assert door.banner.headline.text() == door_text("Entered")


def test_the_door_shows_the_role_and_a_restore_made_there_brings_back_its_numbers(qtbot, app):
    choose(app.window.station, "Kowalski", MANAGEMENT)
    door = open_door(qtbot, app, MANAGEMENT)
    door.station.backups.snapshot()
    scan(qtbot, door, code_of(door.station, "Kowalski"))
    assert tiles(door)[ENTERED] == "1"
    assert door.menuBar().actions()[-1].menu() is door.organiser
    assert door.organiser.role.text() == "Tryb: organizator (bez PIN-u)"
    screenshot(door, "organiser-role", "door")

    def restore(dialog):
        when_modal(confirm)
        dialog.restore_button.click()

    def confirm(box):
        when_modal(lambda report: report.accept())
        next(button for button in box.buttons() if button.text() == "Przywróć").click()

    when_modal(restore)
    door.organiser.restore_action.trigger()
    assert tiles(door)[ENTERED] == "0"
    assert door.banner.name.text() == ""


def test_the_enter_after_a_code_that_submitted_itself_does_not_admit_the_guest_held_at_the_door(qtbot, app):
    """A hand-typed (or Bluetooth) code submits itself; the staff's habitual Enter that follows belongs to
    that scan and must not answer for the guest: only a deliberate Enter admits."""
    station = app.window.station
    choose(station, "Nowak", ORGANISING)
    door = open_door(qtbot, app, MANAGEMENT)
    for character in code_of(station, "Nowak"):
        qtbot.keyClick(door.input, character)
        qtbot.wait(40)  # a person's pace: the code submits itself once complete
    qtbot.waitUntil(lambda: door.banner.tone is Tone.WARN, timeout=2000)
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert door.banner.tone is Tone.WARN and door.offer_row.isVisible()
    assert station.programme.counts_of(session_titled(station, MANAGEMENT)).signed_up == 0
    qtbot.wait(1100)  # past the grace: now Enter is the staff's answer
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert door.banner.tone is Tone.OK


def test_a_guest_held_at_the_door_with_no_answer_is_let_go_and_a_later_enter_admits_nobody(qtbot, app):
    station = app.window.station
    choose(station, "Nowak", ORGANISING)
    door = open_door(qtbot, app, MANAGEMENT)
    scan(qtbot, door, code_of(station, "Nowak"))
    held = door.banner.shown_at
    door.age_banner(held + 60)
    assert door.banner.tone is Tone.WARN and door.offer_row.isVisible()  # still waiting for the answer
    door.age_banner(held + 91)
    assert door.banner.tone is Tone.IDLE and not door.offer_row.isVisible()
    qtbot.keyClick(door.input, Qt.Key.Key_Return)
    assert station.programme.counts_of(session_titled(station, MANAGEMENT)).signed_up == 0

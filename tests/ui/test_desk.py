"""The reception desk driven like staff and a USB scanner drive it: keys into the real window."""

import xml.etree.ElementTree as ET
from dataclasses import replace

from conftest import screenshot, when_modal
from helpers.events import DAYS, code_of
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from checkin import codes
from checkin.demo.event import load_programme
from checkin.domain import Registrant, Session
from checkin.station import Station
from ui.i18n import translations_dir
from ui.printing import PrintTarget
from ui.widgets.theme import Tone


def typed(qtbot, desk, text):
    desk.input.clear()
    qtbot.keyClicks(desk.input, text)


def scan(qtbot, desk, code, enter=True):
    typed(qtbot, desk, code)
    if enter:
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
        QApplication.processEvents()  # as the event loop does before the next key: the commit's broadcast


def focus_is_back_in_the_field(qtbot, desk):
    """Window activation after a dialog is asynchronous; it must come back within a moment."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=1000)


def first_result(desk):
    return desk.controller.results.hit(0).attendee


def test_typing_a_surname_without_diacritics_shows_that_guest_first(qtbot, desk):
    typed(qtbot, desk, "golebiow")
    assert first_result(desk).last_name == "Gołębiowska"
    assert desk.results.selectionModel().selectedRows()[0].row() == 0
    screenshot(desk, "search")


def test_enter_checks_in_the_selected_guest_and_focus_stays_in_the_field(qtbot, desk):
    typed(qtbot, desk, "jozko")
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    assert desk.banner.name.text() == "dr Marcin Jóżko"
    assert desk.input.text() == ""
    focus_is_back_in_the_field(qtbot, desk)
    assert desk.station.stats().checked_in == {DAYS[0]: 1}


def test_scanner_with_enter_checks_in_at_once_and_again_shows_amber_with_the_first_time(qtbot, desk):
    code = code_of(desk.station, "Kowalski")
    scan(qtbot, desk, code)
    assert desk.banner.tone is Tone.OK
    assert desk.banner.headline.text() == "Zarejestrowano"
    screenshot(desk, "checked-in")
    scan(qtbot, desk, code)
    assert desk.banner.tone is Tone.WARN
    assert "Recepcja 1" in desk.banner.details.text()
    assert "Ola" in desk.banner.details.text()
    screenshot(desk, "already-checked-in")


def test_scanner_without_enter_submits_itself_after_a_pause(qtbot, desk):
    code = code_of(desk.station, "Nowak")
    scan(qtbot, desk, code, enter=False)
    assert desk.banner.tone is Tone.IDLE
    qtbot.waitUntil(lambda: desk.banner.tone is Tone.OK, timeout=2000)
    assert desk.banner.name.text() == "Anna Nowak"


def test_a_code_of_this_event_is_a_scan_however_slowly_it_arrived(qtbot, desk):
    """Whatever the timing (a busy laptop handles a scanner's keys late, a person types from an invitation),
    a complete code this event signed checks the guest in, once, without Enter."""
    code = code_of(desk.station, "Nowak")
    for character in code[:-1]:
        qtbot.keyClick(desk.input, character)
        qtbot.wait(40)
    qtbot.wait(300)
    assert desk.banner.tone is Tone.IDLE  # sixteen of seventeen: not a code yet
    qtbot.keyClick(desk.input, code[-1])
    qtbot.waitUntil(lambda: desk.banner.tone is Tone.OK, timeout=2000)
    assert desk.banner.name.text() == "Anna Nowak" and desk.input.text() == ""
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)  # the staff's habitual Enter changes nothing
    assert desk.banner.tone is Tone.OK and desk.banner.name.text() == "Anna Nowak"


def test_a_name_typed_at_scanner_speed_without_enter_is_never_taken_for_a_code(qtbot, desk):
    desk.station.register([Registrant(first_name="Bartholomew", last_name="Kowalczykiewicz")], reason="test")
    qtbot.keyClicks(desk.input, "kowalczykiewiczba")  # seventeen letters, all at once
    qtbot.wait(300)
    assert desk.banner.tone is not Tone.OK
    assert desk.station.progress(desk.station.day)[0] == 0


def test_forged_code_shows_red_and_changes_nothing(qtbot, desk):
    seq = desk.station.storage.last_log_seq()
    scan(qtbot, desk, codes.new_code(codes.new_secret()))
    assert desk.banner.tone is Tone.ERROR
    assert desk.banner.headline.text() == "Nieznany kod"
    assert desk.station.storage.last_log_seq() == seq
    screenshot(desk, "unknown-code")


def test_honorary_guest_gets_the_alert_line(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Gołębiowska"))
    assert desk.banner.alert.isVisibleTo(desk)
    assert "GOŚĆ HONOROWY" in desk.banner.alert.text()
    assert "Powiadomić organizatora" in desk.banner.alert.text()
    screenshot(desk, "honorary-guest")


def test_guest_of_another_day_is_amber(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Коваленко"))
    assert desk.banner.tone is Tone.WARN
    assert desk.banner.headline.text() == "Brak zgłoszenia na dziś"
    said = desk.banner.details.text().splitlines()[0]
    assert said == "Zgłoszenie na: dzień 2 (22 czerwca). Zapytaj organizatora."  # the day by its number


def answer_dialog(fill):
    """Fill the modal dialog that the next action opens, then accept it."""

    def act():
        dialog = QApplication.activeModalWidget()
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(50, act)


def test_ctrl_z_undoes_the_last_check_in_with_a_reason(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    answer_dialog(lambda d: d.reason.setText("zły skan"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.banner.headline.text() == "Cofnięto rejestrację"
    assert desk.station.stats().checked_in == {}
    undo = desk.station.storage.log_entries()[-1]
    assert (undo.kind, undo.reason) == ("undo", "zły skan")
    focus_is_back_in_the_field(qtbot, desk)


def test_enter_after_typing_the_reason_undoes_rather_than_cancels(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))

    def type_reason(dialog):
        qtbot.keyClicks(dialog.reason, "zle zeskanowany")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    when_modal(type_reason)
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.station.stats().checked_in == {}


def test_walk_in_registers_and_checks_in_and_warns_about_a_similar_guest(qtbot, desk):
    warnings = []

    def fill(dialog):
        dialog.first_name.setText("Jan")
        dialog.last_name.setText("Kowalski")
        dialog.last_name.editingFinished.emit()
        warnings.append(dialog.note.text())
        dialog.last_name.setText("Kowalczyk")
        dialog.organisation.setText("Starostwo Powiatowe")

    answer_dialog(fill)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "CUS Starachowice" in warnings[0]
    assert desk.banner.tone is Tone.OK
    assert desk.banner.name.text() == "Jan Kowalczyk"
    typed(qtbot, desk, "kowalczyk")
    assert first_result(desk).organisation == "Starostwo Powiatowe"
    assert desk.controller.results.hit(0).checked_in
    focus_is_back_in_the_field(qtbot, desk)


def test_f2_corrects_a_misspelt_name_and_logs_it(qtbot, desk):
    typed(qtbot, desk, "nowak")
    answer_dialog(lambda d: d.edits["last_name"].setText("Nowakowska"))
    qtbot.keyClick(desk.input, Qt.Key.Key_F2)
    assert first_result(desk).last_name == "Nowakowska"
    edit = desk.station.storage.log_entries()[-1]
    assert edit.kind == "edit"
    assert edit.data == {"last_name": ["Nowak", "Nowakowska"]}


def test_namesakes_are_never_preselected(qtbot, desk):
    namesake = Registrant(
        first_name="Jan", last_name="Kowalski", organisation="MOPS Kielce", registration_id="R9"
    )
    desk.station.register([namesake], reason="test")
    typed(qtbot, desk, "jan kowalski")
    assert desk.controller.results.rowCount() == 2
    assert desk.results.selectionModel().selectedRows() == []
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.WARN
    assert desk.station.stats().checked_in == {}
    screenshot(desk, "namesakes")
    qtbot.keyClick(desk.input, Qt.Key.Key_Down)
    qtbot.keyClick(desk.input, Qt.Key.Key_Down)
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    assert "MOPS Kielce" in desk.banner.details.text()


def test_escape_clears_the_field_and_the_results(qtbot, desk):
    typed(qtbot, desk, "kow")
    qtbot.keyClick(desk.input, Qt.Key.Key_Escape)
    assert desk.input.text() == ""
    assert desk.controller.results.rowCount() == 0


def _untranslated_sources() -> set[str]:
    """English source strings whose Polish translation differs (so seeing them means a leak)."""
    tree = ET.parse(f"{translations_dir()}/checkin_pl.ts")
    return {
        m.find("source").text
        for m in tree.getroot().iter("message")
        if m.find("translation").text != m.find("source").text
    }


def _visible_texts(window) -> set[str]:
    texts = {window.windowTitle(), window.input.placeholderText()}
    for menu in (window.file_menu, window.desk_menu):
        texts.add(menu.title())
        texts.update(action.text() for action in menu.actions() if action.text())
    texts.update(label.text() for label in window.findChildren(QLabel) if label.text())
    texts.update(e.placeholderText() for e in window.findChildren(QLineEdit))
    model = window.controller.results
    texts.update(model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()))
    return texts


def test_polish_main_window_shows_no_untranslated_string(qtbot, desk):
    typed(qtbot, desk, "kow")
    english = _untranslated_sources()
    assert len(english) > 50
    leaks = {text for text in _visible_texts(desk) if text in english}
    assert leaks == set()
    assert "Zarejestrowano: <b>0 osób</b> z 4" in desk.status.text()
    screenshot(desk, "idle-pl")


def test_english_catalogue_loads_and_switches_the_window(qtbot, desk):
    desk.settings.language = "en"
    desk.settings_changed.emit(desk.settings)
    assert desk.file_menu.title() == "&File"
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    assert desk.banner.headline.text() == "Checked in"
    assert "Checked in: <b>1 person</b> of 4" in desk.status.text()
    screenshot(desk, "checked-in-en")


def test_a_write_made_outside_the_controller_reaches_the_window_as_one_change_record(qtbot, desk):
    """A dialog writes through the station (here the programme editor's save): the desk hears of it the
    same way as of its own scans, once the event loop runs."""
    with qtbot.waitSignal(desk.controller.changed, timeout=2000) as heard:
        desk.station.programme.save(load_programme(days=desk.station.event.days))
    assert heard.args[0].sign_ups and not heard.args[0].attendance


def test_the_window_starts_maximised(desk):
    assert desk.isMaximized()


def test_ctrl_z_undoes_the_check_in_of_the_guest_selected_in_the_list(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    scan(qtbot, desk, code_of(desk.station, "Nowak"))  # this desk's last check-in
    typed(qtbot, desk, "kowalski")
    assert desk.results.selected_row() == 0

    def give_reason(dialog):
        assert "Jan Kowalski" in dialog.question.text()
        QTest.keyClicks(dialog.reason, "zly gosc")
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return)

    when_modal(give_reason)
    qtbot.keyClick(desk.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    day = desk.station.day
    kowalski, nowak = (desk.station.find(code_of(desk.station, name)) for name in ("Kowalski", "Nowak"))
    assert desk.station.storage.check_in_of(kowalski.id, day) is None
    assert desk.station.storage.check_in_of(nowak.id, day) is not None
    assert desk.banner.name.text() == "Jan Kowalski"


def test_the_banner_says_how_old_it_is_and_steps_back_to_ready_when_quiet(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    shown = desk.banner.shown_at
    desk.age_banner(shown + 5)
    assert desk.banner.age.text() == ""  # the guest is still at the desk
    desk.age_banner(shown + 20)
    assert desk.banner.tone is Tone.OK and desk.banner.age.text() == "20 s temu"
    desk.age_banner(shown + 46)
    assert desk.banner.tone is Tone.IDLE and desk.banner.name.text() == ""


def test_typing_for_the_next_guest_takes_the_last_verdict_off_the_banner(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Kowalski"))
    assert desk.banner.tone is Tone.OK
    qtbot.keyClicks(desk.input, "n")
    assert desk.banner.tone is Tone.IDLE and "Jan Kowalski" not in desk.banner.name.text()


def press_stamped(field, text, gap_ms, handled_every_ms):
    """Key events stamped `gap_ms` apart when "pressed", handled `handled_every_ms` apart (a busy laptop)."""
    for n, character in enumerate(text):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, ord(character.upper()), Qt.KeyboardModifier.NoModifier, character)
            event.setTimestamp(1_000_000 + n * gap_ms)
            QApplication.sendEvent(field, event)
        QTest.qWait(handled_every_ms)


def test_another_events_badge_scanned_without_enter_on_a_busy_laptop_is_still_a_scan(qtbot, desk):
    foreign = codes.new_code(codes.new_secret())
    press_stamped(desk.input, foreign, gap_ms=5, handled_every_ms=60)  # handled late, pressed fast
    qtbot.waitUntil(lambda: desk.banner.tone is Tone.ERROR, timeout=2000)
    assert desk.banner.headline.text() == "Nieznany kod" and desk.input.text() == ""


def test_code_shaped_keys_pressed_at_a_persons_pace_are_not_a_scan(qtbot, desk):
    foreign = codes.new_code(codes.new_secret())
    press_stamped(desk.input, foreign, gap_ms=80, handled_every_ms=1)  # handled at once, pressed slowly
    qtbot.wait(400)
    assert desk.banner.tone is Tone.IDLE and desk.input.text() == foreign


def test_namesakes_from_look_alike_institutions_show_what_differs_at_both_screen_sizes(qtbot, desk):
    long = "Centrum Usług Społecznych Gminy i Miasta z siedzibą przy ulicy Długiej w"
    anna = Registrant(first_name="Anna", last_name="Wiśniewska")
    desk.station.register([
        replace(anna, organisation=f"{long} Starachowicach", registration_id="W1"),
        replace(anna, organisation=f"{long} Skarżysku", registration_id="W2"),
        replace(anna, organisation="MOPS", city="Radom", registration_id="W3"),
    ], reason="test")  # fmt: skip
    typed(qtbot, desk, "anna wisniewska")
    view, column = desk.results, desk.controller.results.ORGANISATION
    texts = [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]
    assert len(texts) == 3 and "MOPS, Radom" in texts  # the town beside an organisation that does not say it
    assert view.textElideMode() is Qt.TextElideMode.ElideMiddle and not view.wordWrap()
    for width, height in ((1366, 768), (1920, 1080)):
        desk.resize(width, height)
        QApplication.processEvents()
        room = view.columnWidth(column) - 12  # the cell's margins
        for text in texts:  # the end, where the town is, stays in sight
            assert view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room).endswith(text[-8:])
    screenshot(desk, "namesakes-towns")


def test_a_guest_whose_workshop_answer_matched_none_is_shown_it_on_the_banner(qtbot, desk):
    desk.station.programme.save([
        Session(day=1, start="11:00", end="13:00", title="Superwizja", room="Praga", kind="workshop",
                capacity=5, choice_group="w1", signup=True),
    ])  # fmt: skip
    guest = desk.station.guest(code_of(desk.station, "Kowalski"))
    desk.station.edit(guest.id, {"workshop": "IPUS"})
    scan(qtbot, desk, guest.code)
    assert "„IPUS”" in desk.banner.details.text() or "“IPUS”" in desk.banner.details.text()


def test_markup_in_a_guests_name_and_answer_is_shown_as_typed_on_the_banner(qtbot, desk):
    hostile = '<font color="#00aa00" size="7">ZAREJESTROWANO</font>'
    desk.station.register(
        [Registrant(first_name="Jan", last_name=hostile, workshop="<b>IPUS</b>")], reason="t"
    )
    desk.station.programme.save([
        Session(day=1, start="11:00", end="13:00", title="Superwizja", room="Praga", kind="workshop",
                capacity=5, choice_group="w1", signup=True),
    ])  # fmt: skip
    guest = next(h.attendee for h in desk.station.search("zarejestrowano") if h.attendee.first_name == "Jan")
    scan(qtbot, desk, guest.code)
    assert hostile in desk.banner.name.text() and "<b>IPUS</b>" in desk.banner.details.text()
    assert all(
        label.textFormat() is Qt.TextFormat.PlainText for label in (desk.banner.name, desk.banner.details)
    )


def test_a_scan_with_the_cursor_inside_leftover_text_still_checks_in(qtbot, desk):
    typed(qtbot, desk, "kowal")
    desk.input.setCursorPosition(2)  # clicked into the half-typed name
    qtbot.keyClicks(desk.input, code_of(desk.station, "Nowak"))
    qtbot.waitUntil(lambda: desk.banner.tone is Tone.OK, timeout=2000)
    assert desk.banner.name.text() == "Anna Nowak"


def test_ctrl_p_prints_the_guest_on_the_banner_not_the_last_one_checked_in(qtbot, desk, tmp_path):
    desk.printer.use(PrintTarget(pdf_file=tmp_path / "paper.pdf"))
    scan(qtbot, desk, code_of(desk.station, "Nowak"))  # checked in: the desk's last check-in
    scan(qtbot, desk, code_of(desk.station, "Nowak"))  # amber now, still Nowak
    kowalski = desk.station.guest(code_of(desk.station, "Kowalski"))
    desk.station.check_in(kowalski.code)
    scan(qtbot, desk, kowalski.code)  # amber: Kowalski is on the banner
    with qtbot.waitSignal(desk.printer.printed, timeout=10000) as printed:
        qtbot.keyClick(desk.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed.args[0].attendee_ids == (kowalski.id,)
    qtbot.keyClicks(desk.input, "x")  # the banner steps back to ready: no guest to print for
    desk.input.clear()
    assert desk.controller.last_guest is None


def test_a_purge_by_another_desk_takes_every_name_off_this_window(qtbot, desk):
    scan(qtbot, desk, code_of(desk.station, "Nowak"))
    other = Station.open(desk.station.path, name="Biuro")
    other.privacy.purge(other.event.name)
    other.close()
    desk.look_for_changes()  # the window's next look at the file
    assert desk.banner.tone is Tone.IDLE and desk.banner.name.text() == ""
    assert desk.controller.last_check_in is None and desk.controller.last_guest is None


def test_a_two_thousand_character_organisation_is_cut_in_the_middle_and_the_rest_of_the_verdict_stays(
    qtbot, desk
):
    long = "Centrum Usług Społecznych " * 80 + "w Starachowicach"
    desk.station.register([Registrant(first_name="Ewa", last_name="Długa", organisation=long)], reason="t")
    guest = next(h.attendee for h in desk.station.search("dluga"))
    scan(qtbot, desk, guest.code)
    lines = desk.banner.details.text().split("\n")
    assert len(lines[0]) < 250 and lines[0].endswith("w Starachowicach")  # category · organisation, cut
    assert "Wydaj:" in lines[-1]  # what to hand over is still on the banner

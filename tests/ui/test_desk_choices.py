"""Workshops and meals at the reception desk, driven by keys like staff drive them: F6 and a digit, F7."""

from dataclasses import replace

import pytest
from conftest import ARTIFACTS, screenshot, when_modal
from helpers.events import code_of
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit
from test_desk import focus_is_back_in_the_field, press_stamped, scan

from checkin.domain import Registrant, Session
from checkin.errors import UserError
from ui import labels, messages
from ui.widgets import theme
from ui.widgets.theme import Tone

WARSZAWA = "Zarządzanie usługami społecznymi w gminie: od diagnozy potrzeb do planu usług"
BRUKSELA = "Organizowanie Społeczności Lokalnej"
PRAGA = "Superwizja"
DINNER = "Uroczysta kolacja"


def workshop(title, room, capacity, day=1, group="warsztaty-1"):
    return Session(day=day, start="14:00", end="16:00", title=title, room=room, kind="workshop",
                   capacity=capacity, choice_group=group)  # fmt: skip


@pytest.fixture
def programme(desk):
    """Three parallel workshops on day one with tiny rooms, and a gala dinner of two seats."""
    return desk.station.programme.save([
        workshop(WARSZAWA, "Warszawa", 2), workshop(BRUKSELA, "Bruksela", 1), workshop(PRAGA, "Praga", 3),
        Session(day=1, start="19:00", end="22:00", title=DINNER, room="Sala Europejska", kind="social",
                capacity=2, signup=True),
    ])  # fmt: skip


def session(desk, title):
    return next(s for s in desk.station.programme.sessions() if s.title == title)


def guest_id(desk, last_name):
    return desk.station.guest(code_of(desk.station, last_name)).id


def sign_up(desk, last_name, title):
    desk.station.choices.choose(guest_id(desk, last_name), session(desk, title).id)


def signed_up(desk, last_name):
    return {s.session.title: s.diet for s in desk.station.choices.of(guest_id(desk, last_name))}


def scan_badge(qtbot, desk, last_name):
    scan(qtbot, desk, code_of(desk.station, last_name))


def pick(qtbot, chooser, key):
    """The staff's key in F6's chooser, which picks once no scanner's key has followed it."""
    qtbot.keyClick(chooser, key)
    qtbot.waitUntil(lambda: not chooser.isVisible())


def save_dialog(name):
    """Screenshots of dialogs sit next to the window's (the dialog is its own window, not in its grab)."""

    def act(dialog):
        ARTIFACTS.mkdir(exist_ok=True)
        dialog.grab().save(str(ARTIFACTS / f"desk-{name}.png"))

    return act


def counts(desk, title):
    return desk.station.programme.counts_of(session(desk, title))


def test_the_verdict_shows_the_chosen_workshop_and_its_room(qtbot, desk, programme):
    sign_up(desk, "Kowalski", WARSZAWA)
    scan_badge(qtbot, desk, "Kowalski")
    assert desk.banner.tone is Tone.OK
    details = desk.banner.details.text()
    assert "Zarządzanie usługami społecznymi" in details
    assert "Warszawa" in details
    screenshot(desk, "workshop")
    scan_badge(qtbot, desk, "Kowalski")
    assert desk.banner.tone is Tone.WARN
    assert "Warszawa" in desk.banner.details.text()


def test_a_guest_without_a_workshop_is_offered_those_with_seats_left(qtbot, desk, programme):
    sign_up(desk, "Nowak", BRUKSELA)
    scan_badge(qtbot, desk, "Kowalski")
    details = desk.banner.details.text()
    assert "F6" in details
    assert f"{PRAGA} ({labels.seats_left(counts(desk, PRAGA))})" in details
    assert BRUKSELA not in details
    screenshot(desk, "workshop-offer")


def verdict_text(text):
    return QCoreApplication.translate("verdicts", text)


def test_a_day_one_check_in_shows_the_day_two_workshop_and_offers_day_twos_other_group(qtbot, desk):
    """The congress checks guests in on day one; their workshops are on day two."""
    desk.station.programme.save([
        workshop(WARSZAWA, "Warszawa", 2, day=2, group="warsztaty-2"),
        workshop(BRUKSELA, "Bruksela", 1, day=2, group="warsztaty-2"),
        replace(workshop(PRAGA, "Praga", 3, day=2, group="warsztaty-3"), start="16:30", end="18:00"),
    ])  # fmt: skip
    sign_up(desk, "Kowalski", WARSZAWA)
    scan_badge(qtbot, desk, "Kowalski")
    assert desk.banner.tone is Tone.OK
    details = desk.banner.details.text().splitlines()
    chosen = verdict_text("Workshop (day {day}): {workshop} — room: {room}").format(
        day=2, workshop=labels.shortened(WARSZAWA, theme.BANNER_TITLE_CHARS), room="Warszawa"
    )
    offered = verdict_text("No workshop chosen (day {day}) — F6: {workshops}").format(
        day=2, workshops=f"{PRAGA} ({labels.seats_left(counts(desk, PRAGA))})"
    )
    assert chosen in details and offered in details
    assert BRUKSELA not in desk.banner.details.text()
    screenshot(desk, "workshop-day-two")


def test_a_walk_in_whose_workshop_could_not_be_saved_is_checked_in_and_told_why(qtbot, desk, programme,
                                                                                monkeypatch):  # fmt: skip
    refusal = UserError("not_saved", "The event file could not be written.")

    def not_saved(*args, **kwargs):
        raise refusal

    monkeypatch.setattr(desk.station.choices, "choose", not_saved)

    def fill(dialog):
        dialog.first_name.setText("Jan")
        dialog.last_name.setText("Kowalczyk")
        box = dialog.workshops[0]
        box.setCurrentIndex(box.findData(session(desk, PRAGA).id))
        dialog.accept()

    when_modal(fill)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert desk.banner.tone is Tone.OK
    assert desk.banner.headline.text() == verdict_text("Checked in")
    why = verdict_text("Workshop not saved: {reason}").format(reason=messages.describe(refusal))
    assert why in desk.banner.details.text().splitlines()
    guest = desk.station.guest(code_of(desk.station, "Kowalczyk"))
    assert desk.station.progress(desk.station.day)[0] == 1
    assert desk.station.choices.of(guest.id) == []
    screenshot(desk, "walk-in-workshop-not-saved")


def test_f6_and_a_digit_change_the_workshop_and_the_counts_move(qtbot, desk, programme):
    sign_up(desk, "Kowalski", WARSZAWA)
    scan_badge(qtbot, desk, "Kowalski")
    when_modal(lambda dialog: (save_dialog("workshop-chooser")(dialog), qtbot.keyClick(dialog, "3")))
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert signed_up(desk, "Kowalski") == {PRAGA: ""}
    assert (counts(desk, WARSZAWA).signed_up, counts(desk, PRAGA).signed_up) == (0, 1)
    assert desk.banner.tone is Tone.OK
    assert "Praga" in desk.banner.details.text()
    screenshot(desk, "workshop-changed")


def test_escape_closes_the_chooser_and_changes_nothing(qtbot, desk, programme):
    sign_up(desk, "Kowalski", WARSZAWA)
    scan_badge(qtbot, desk, "Kowalski")
    seq = desk.station.storage.last_log_seq()
    when_modal(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert desk.station.storage.last_log_seq() == seq


def test_a_badge_scanned_into_the_open_chooser_picks_no_workshop_and_checks_its_guest_in(
    qtbot, desk, programme
):
    scan_badge(qtbot, desk, "Kowalski")
    desk.station.register(
        [Registrant(first_name="Ewa", last_name=f"Gość{n}") for n in range(20)], reason="test"
    )
    # A code holding an option's key (1 to 3): picked at once, it would sign Kowalski up for that workshop.
    badge = next(
        a
        for a in desk.station.storage.attendees()
        if a.last_name.startswith("Gość") and set(a.code) & set("123")
    )

    def scanner(dialog):
        press_stamped(dialog, badge.code, gap_ms=5, handled_every_ms=1)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    when_modal(scanner)
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert signed_up(desk, "Kowalski") == {}
    assert desk.banner.tone is Tone.OK and desk.banner.name.text() == f"Ewa {badge.last_name}"
    assert desk.station.progress(desk.station.day)[0] == 2


def test_f6_acts_on_the_selected_result_before_the_last_guest(qtbot, desk, programme):
    scan_badge(qtbot, desk, "Kowalski")
    qtbot.keyClicks(desk.input, "nowak")
    when_modal(lambda dialog: qtbot.keyClick(dialog, "1"))
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert signed_up(desk, "Nowak") == {WARSZAWA: ""}
    assert signed_up(desk, "Kowalski") == {}


def test_f6_with_no_guest_says_to_scan_one_first(qtbot, desk, programme):
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert desk.banner.tone is Tone.WARN
    assert "F6" in desk.banner.details.text()


def test_a_full_workshop_refuses_without_a_reason_and_takes_the_guest_with_one(qtbot, desk, programme):
    sign_up(desk, "Nowak", BRUKSELA)
    scan_badge(qtbot, desk, "Kowalski")

    def refuse(dialog):
        save_dialog("workshop-override")(dialog)
        dialog.reject()

    def choose_the_full_one(chooser):
        save_dialog("workshop-chooser-full")(chooser)
        pick(qtbot, chooser, "2")
        when_modal(refuse)

    before = (desk.banner.tone, desk.banner.name.text(), desk.banner.details.text())
    when_modal(choose_the_full_one)
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    # The staff cancelled the reason: nothing changed, and the guest's green banner stays as it was.
    assert (desk.banner.tone, desk.banner.name.text(), desk.banner.details.text()) == before
    assert before[0] is Tone.OK
    assert signed_up(desk, "Kowalski") == {}
    focus_is_back_in_the_field(qtbot, desk)

    def give_reason(dialog):
        dialog.reason.setText("prelegentka prosiła")
        dialog.accept()

    when_modal(lambda chooser: (pick(qtbot, chooser, "2"), when_modal(give_reason)))
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert signed_up(desk, "Kowalski") == {BRUKSELA: ""}
    assert counts(desk, BRUKSELA).signed_up == 2
    choice = desk.station.storage.log_entries()[-1]
    assert (choice.kind, choice.reason) == ("choice", "prelegentka prosiła")
    assert desk.banner.tone is Tone.OK


def test_a_guest_of_two_days_picks_either_days_workshop_from_one_numbered_list(qtbot, desk):
    desk.station.programme.save([
        workshop(WARSZAWA, "Warszawa", 2), workshop(BRUKSELA, "Bruksela", 1),
        workshop("Dzień drugi: mediacje", "Wiedeń", 5, day=2, group="warsztaty-2"),
    ])  # fmt: skip
    sign_up(desk, "Kowalski", WARSZAWA)
    scan_badge(qtbot, desk, "Kowalski")
    when_modal(lambda dialog: qtbot.keyClick(dialog, "3"))
    qtbot.keyClick(desk.input, Qt.Key.Key_F6)
    assert signed_up(desk, "Kowalski") == {WARSZAWA: "", "Dzień drugi: mediacje": ""}


def test_a_badge_scanned_into_a_diet_note_is_left_out_and_the_note_kept(qtbot, desk, programme):
    scan_badge(qtbot, desk, "Nowak")
    seen = {}

    def tick_note_then_scan(dialog):
        dialog.findChildren(QCheckBox)[0].setChecked(True)
        note = dialog.findChildren(QLineEdit)[0]
        note.setText("wegańska")
        qtbot.keyClicks(note, code_of(desk.station, "Kowalski"))  # the scanner, then its Enter
        qtbot.keyClick(note, Qt.Key.Key_Return)
        seen.update(open=dialog.isVisible(), note=note.text(), hint=dialog.hint.text())
        if dialog.isVisible():
            qtbot.keyClick(note, Qt.Key.Key_Return)  # the staff's own Enter: saved

    when_modal(tick_note_then_scan)
    qtbot.keyClick(desk.input, Qt.Key.Key_F7)
    assert seen["open"] and seen["note"] == "wegańska"
    assert "zeskanowano identyfikator" in seen["hint"]
    assert signed_up(desk, "Nowak") == {DINNER: "wegańska"}


def test_f7_signs_up_for_the_dinner_with_a_diet_note_and_unticking_withdraws(qtbot, desk, programme):
    desk.station.edit(guest_id(desk, "Nowak"), {"needs": "bez glutenu"})
    scan_badge(qtbot, desk, "Nowak")

    def tick_and_save(dialog):
        save_dialog("meals")(dialog)
        box = dialog.findChildren(QCheckBox)[0]
        # The dialog puts the keyboard on its first box once it is active (activation is asynchronous).
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=5000)
        qtbot.keyClick(box, Qt.Key.Key_Space)
        note = dialog.findChildren(QLineEdit)[0]
        assert note.text() == "bez glutenu"
        qtbot.keyClick(box, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is note
        qtbot.keyClick(note, Qt.Key.Key_End)  # Tab selected the note: typing now would replace it
        qtbot.keyClicks(note, ", bez laktozy")
        save_dialog("meals-ticked")(dialog)
        qtbot.keyClick(note, Qt.Key.Key_Return)

    when_modal(tick_and_save)
    qtbot.keyClick(desk.input, Qt.Key.Key_F7)
    assert signed_up(desk, "Nowak") == {DINNER: "bez glutenu, bez laktozy"}
    assert counts(desk, DINNER).signed_up == 1
    assert desk.banner.tone is Tone.OK
    assert "bez glutenu, bez laktozy" in desk.banner.details.text()
    screenshot(desk, "meals-saved")
    focus_is_back_in_the_field(qtbot, desk)

    def untick(dialog):
        box = dialog.findChildren(QCheckBox)[0]
        # The dialog puts the keyboard on its first box once it is active (activation is asynchronous).
        qtbot.waitUntil(lambda: QApplication.focusWidget() is box, timeout=5000)
        qtbot.keyClick(box, Qt.Key.Key_Space)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(untick)
    qtbot.keyClick(desk.input, Qt.Key.Key_F7)
    assert signed_up(desk, "Nowak") == {}
    assert desk.station.storage.log_entries()[-1].kind == "withdraw"


def test_a_walk_in_is_offered_workshops_with_seats_left_and_signed_up(qtbot, desk, programme):
    sign_up(desk, "Nowak", BRUKSELA)
    offered = []

    def fill(dialog):
        dialog.first_name.setText("Jan")
        dialog.last_name.setText("Kowalczyk")
        box = dialog.workshops[0]
        offered.extend(box.itemData(i) for i in range(box.count()))
        box.setCurrentIndex(box.findData(session(desk, PRAGA).id))
        dialog.accept()

    when_modal(fill)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert session(desk, BRUKSELA).id not in offered
    assert signed_up(desk, "Kowalczyk") == {PRAGA: ""}
    assert desk.banner.tone is Tone.OK
    assert "Praga" in desk.banner.details.text()


def test_the_results_list_shows_the_workshop_each_guest_chose_and_its_room(qtbot, desk, programme):
    sign_up(desk, "Kowalski", BRUKSELA)
    qtbot.keyClicks(desk.input, "Kowalski")

    model = desk.controller.results
    column = model.WORKSHOP
    assert model.data(model.index(0, column)) == f"{BRUKSELA} (Bruksela)"


def test_a_full_workshop_whose_title_has_braces_declined_at_a_walk_in_is_said_not_crashed(qtbot, desk):
    desk.station.programme.save([workshop("Szablony pism {imię}", "Sala B", 1)])
    full = session(desk, "Szablony pism {imię}")
    sign_up(desk, "Nowak", full.title)
    desk.controller.walk_in(Registrant(first_name="Ewa", last_name="Lis"), [full.id], lambda refusal: "")
    assert desk.banner.tone is Tone.OK  # checked in; the workshop was not taken
    assert "Szablony pism {imię}" in desk.banner.details.text()

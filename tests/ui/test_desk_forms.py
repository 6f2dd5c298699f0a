"""The desk's forms, Ctrl+N and F2: the search that found nobody starts a walk-in, and a form the core refuses
comes back as typed, saying why."""

from conftest import shown, when_modal
from PySide6.QtCore import Qt
from test_desk import focus_is_back_in_the_field

from ui.desk.dialogs import WalkInDialog
from ui.widgets.theme import Tone


def test_a_walk_in_with_a_mistyped_e_mail_comes_back_as_typed_and_registers_once_corrected(qtbot, desk):
    registered = desk.station.stats().registered
    seen = {}

    def correct(dialog):
        seen.update(
            first=dialog.first_name.text(), last=dialog.last_name.text(),
            organisation=dialog.organisation.text(), email=dialog.email.text(), note=dialog.note.text(),
            at_email=dialog.focusWidget() is dialog.email,
        )  # fmt: skip
        dialog.email.setText("jan.wisniewski@mops.radom.pl")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)

    def type_with_a_mistake(dialog):
        dialog.first_name.setText("Jan")
        dialog.last_name.setText("Wiśniewski")
        dialog.organisation.setText("MOPS Radom")
        dialog.email.setText("jan.wisniewski@")
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
        when_modal(correct)  # the form given back, once this one has closed

    when_modal(type_with_a_mistake)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert (seen["first"], seen["last"], seen["organisation"], seen["email"]) == (
        "Jan", "Wiśniewski", "MOPS Radom", "jan.wisniewski@",
    )  # fmt: skip
    assert "nie jest adresem e-mail" in seen["note"]
    assert seen["at_email"]  # the keyboard is where the mistake is
    assert desk.banner.tone is Tone.OK
    assert desk.station.stats().registered == registered + 1
    guest = desk.controller.last_guest
    assert (guest.last_name, guest.email) == ("Wiśniewski", "jan.wisniewski@mops.radom.pl")


def test_a_surname_searched_in_vain_is_the_walk_ins_last_name_and_the_first_name_is_typed_first(qtbot, desk):
    seen = {}

    def look(dialog):
        seen.update(first=dialog.first_name.text(), last=dialog.last_name.text(), email=dialog.email.text(),
                    focus=dialog.focusWidget() is dialog.first_name)  # fmt: skip
        dialog.reject()

    qtbot.keyClicks(desk.input, "brzozowska")
    when_modal(look)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"first": "", "last": "Brzozowska", "email": "", "focus": True}
    focus_is_back_in_the_field(qtbot, desk)
    desk.input.clear()
    qtbot.keyClicks(desk.input, "a.brzozowska@mops.pl")
    when_modal(look)
    qtbot.keyClick(desk.input, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"first": "", "last": "", "email": "a.brzozowska@mops.pl", "focus": True}


def test_a_correction_the_core_refuses_comes_back_as_typed_and_saves_once_corrected(qtbot, desk):
    qtbot.keyClicks(desk.input, "nowak")
    guest = desk.controller.results.hit(0).attendee
    seen = {}

    def correct(dialog):
        seen.update(
            last=dialog.edits["last_name"].text(), organisation=dialog.edits["organisation"].text(),
            note=dialog.note.text(), at_name=dialog.focusWidget() is dialog.edits["first_name"],
        )  # fmt: skip
        dialog.edits["last_name"].setText("Nowakowska")
        qtbot.keyClick(dialog.edits["last_name"], Qt.Key.Key_Return)

    def leave_no_name(dialog):
        dialog.edits["first_name"].setText("")
        dialog.edits["last_name"].setText("")
        dialog.edits["organisation"].setText("MOPS Radom")
        qtbot.keyClick(dialog.edits["organisation"], Qt.Key.Key_Return)
        when_modal(correct)  # the form given back, once this one has closed

    when_modal(leave_no_name)
    qtbot.keyClick(desk.input, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: bool(seen))
    assert (seen["last"], seen["organisation"]) == ("", "MOPS Radom")
    assert "imię albo nazwisko" in seen["note"] and seen["at_name"]
    corrected = desk.station.guest(guest.id)
    assert (corrected.first_name, corrected.last_name) == ("", "Nowakowska")
    assert corrected.organisation == "MOPS Radom"


def test_the_similar_guests_check_leaves_the_refusal_of_a_form_given_back(qtbot, desk):
    dialog = shown(qtbot, WalkInDialog([], desk.station.similar_people, desk))
    dialog.show_note("jan@ nie jest adresem e-mail.")
    dialog.first_name.setText("Jan")
    dialog.last_name.setText("Zzyzx")
    dialog.last_name.editingFinished.emit()  # nobody similar: the refusal stays
    assert dialog.note.text() == "jan@ nie jest adresem e-mail."
    dialog.last_name.setText("Kowalski")
    dialog.last_name.editingFinished.emit()
    assert "Jan Kowalski" in dialog.note.text()
    dialog.last_name.setText("Zzyzx")
    dialog.last_name.editingFinished.emit()  # its own list goes when it no longer applies
    assert not dialog.note.isVisibleTo(dialog)

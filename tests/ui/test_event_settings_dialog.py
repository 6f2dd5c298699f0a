"""Organiser → Event settings: the venue, the town and the funding logos, through the real menu and dialog."""

from conftest import screenshot_dialog, shown, when_modal
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ui.organiser import menu
from ui.organiser.event_settings import EventSettingsDialog
from ui.organiser.pin import UnlockDialog


def logo_file(folder, name, size, colour):
    image = Image.new("RGB", size, colour)
    ImageDraw.Draw(image).rectangle((6, 6, size[0] - 6, size[1] - 6), outline="white", width=6)
    image.save(folder / name)
    return folder / name


def test_the_organiser_sets_the_town_and_orders_the_logos_and_ok_saves_them(qtbot, desk, tmp_path):
    dialog = shown(qtbot, EventSettingsDialog(desk.station, desk))
    qtbot.waitUntil(lambda: dialog.venue.hasFocus())  # the keyboard starts in the first field
    assert dialog.town.text() == "" and dialog.town.placeholderText()  # unset, and the dialog says what then
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Tab)
    QTest.keyClicks(dialog.town, "Starachowice")
    files = [
        logo_file(tmp_path, "fe.png", (600, 200), "#003399"),
        logo_file(tmp_path, "ue.png", (300, 200), "#FFCC00"),
    ]
    assert dialog.add_files(files)
    assert dialog.logos.currentRow() == 1
    dialog.up_button.click()  # the EU emblem first
    assert [logo.name for logo in dialog.logos_shown()] == ["ue.png", "fe.png"]
    screenshot_dialog(desk, dialog, "event-settings")
    assert desk.station.event_settings.current().town == ""  # nothing stored before OK

    qtbot.keyClick(dialog.town, Qt.Key.Key_Return)  # Enter is OK

    assert dialog.result() == EventSettingsDialog.DialogCode.Accepted
    event = desk.station.event_settings.current()
    assert event.town == "Starachowice"
    assert [logo.name for logo in desk.station.event_settings.funding_logos()] == ["ue.png", "fe.png"]


def test_a_bad_image_is_said_in_polish_and_the_list_stays_and_esc_changes_nothing(qtbot, desk, tmp_path):
    dialog = shown(qtbot, EventSettingsDialog(desk.station, desk))
    (tmp_path / "notatka.png").write_text("to nie jest obraz")
    assert dialog.add_files([logo_file(tmp_path, "fe.png", (600, 200), "#003399")])
    assert not dialog.add_files([tmp_path / "notatka.png"])
    assert "notatka.png" in dialog.note.text() and "PNG" in dialog.note.text() and dialog.note.isVisible()
    assert [logo.name for logo in dialog.logos_shown()] == ["fe.png"]
    dialog.remove_button.click()
    assert dialog.logos_shown() == []
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Escape)
    assert dialog.result() == EventSettingsDialog.DialogCode.Rejected
    assert desk.station.event_settings.funding_logos() == ()


def test_reception_is_asked_for_the_pin_before_the_settings_open(qtbot, locked_desk, monkeypatch):
    opened = []
    monkeypatch.setattr(menu, "EventSettingsDialog", lambda *args: opened.append(args))
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog)), dialog.reject()))
    locked_desk.organiser.event_settings_action.trigger()
    assert asked == [UnlockDialog] and opened == []

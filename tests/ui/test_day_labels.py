"""An event day as staff read it, in the UI language: "Dzień 1 (21 czerwca)", "Day 1 (21 June)", never the
stored ISO date (2026-06-21), wherever the desk, the door or the dashboard names a day."""

from helpers.events import DAYS, PROGRAMME

from ui import labels
from ui.desk.dialogs import SettingsDialog
from ui.door.header import SessionHeader
from ui.organiser.export_dialog import ExportDialog


def test_the_desk_names_its_day_with_the_date_in_words_and_follows_a_language_switch(qtbot, desk):
    assert "dzień 1 (21 czerwca)" in desk.status.text() and DAYS[0] not in desk.status.text()
    desk.settings.language = "en"
    desk.settings_changed.emit(desk.settings)
    assert "day 1 (21 June)" in desk.status.text()
    assert labels.day(2, DAYS[1]) == "day 2 (22 June)"


def test_day_lists_of_the_desk_and_the_organiser_name_the_days_alike(qtbot, desk):
    settings = SettingsDialog(desk.settings, DAYS, DAYS[0], parent=desk)
    export = ExportDialog(desk.station, desk)
    for dialog in (settings, export):
        qtbot.addWidget(dialog)
        assert [dialog.day.itemText(i) for i in range(2)] == ["Dzień 1 (21 czerwca)", "Dzień 2 (22 czerwca)"]
        assert dialog.day.itemData(1) == DAYS[1]  # what is chosen stays the stored day


def test_the_door_header_names_the_day_in_words(qtbot, desk):
    header = SessionHeader()
    qtbot.addWidget(header)
    header.show_session(PROGRAMME[0], DAYS[0])
    assert header.info.text() == "Sala: Bruksela · dzień 1 (21 czerwca) · 11:00–12:00"


def test_a_date_qt_cannot_read_is_shown_as_stored():
    assert labels.date("21.06.2026") == "21.06.2026"

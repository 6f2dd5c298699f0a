"""The programme editor through the real dialog: edits stay in memory until Save, and a refusal keeps them."""

import csv
from dataclasses import replace

import pytest
from conftest import screenshot, shown, when_modal
from helpers.events import DAYS, PROGRAMME, code_of, session_titled
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from checkin.demo.event import load_programme
from checkin.errors import UserError
from checkin.station import Station
from ui import labels, messages
from ui.models import ProgrammeModel
from ui.programme_editor import ProgrammeDialog
from ui.widgets import files

MANAGEMENT = "Zarządzanie usługami społecznymi"


@pytest.fixture
def dialog(qtbot, desk):
    desk.station.programme.save(PROGRAMME)
    return _open(qtbot, desk)


def _open(qtbot, desk) -> ProgrammeDialog:
    return shown(qtbot, ProgrammeDialog(desk.station, desk))


def _row(dialog: ProgrammeDialog, title: str) -> int:
    return next(row for row, s in enumerate(dialog.model.sessions()) if s.title == title)


def _type_into(qtbot, dialog: ProgrammeDialog, row: int, column: int, text: str) -> None:
    """Open the cell's editor as a double click would, type over its text (ASCII: QTest types no other) and
    press Enter."""
    index = dialog.model.index(row, column)
    editor = _editor(dialog, index)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _commit(qtbot, dialog, editor, index)


def _editor(dialog: ProgrammeDialog, index):
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    return dialog.table.indexWidget(index)


def _commit(qtbot, dialog: ProgrammeDialog, editor, index) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.indexWidget(index) is None)


def _save(qtbot, dialog: ProgrammeDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_an_edited_cell_and_an_added_session_are_saved_together(qtbot, desk, dialog):
    _type_into(qtbot, dialog, _row(dialog, "Otwarcie"), ProgrammeModel.ROOM, "Sala Kielce")
    assert dialog.isVisible(), "Enter in a cell must not save and close the dialog"
    dialog.table.selectRow(_row(dialog, MANAGEMENT))
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    new_row = dialog.model.rowCount() - 1
    title = dialog.model.index(new_row, ProgrammeModel.TITLE)
    editor = dialog.table.indexWidget(title)
    qtbot.keyClicks(editor, "Sesja posterowa")
    _commit(qtbot, dialog, editor, title)
    _type_into(qtbot, dialog, new_row, ProgrammeModel.START, "14:00")
    _type_into(qtbot, dialog, new_row, ProgrammeModel.END, "15:30")
    _type_into(qtbot, dialog, new_row, ProgrammeModel.CAPACITY, "40")

    _save(qtbot, dialog)

    assert not dialog.isVisible()
    assert session_titled(desk.station, "Otwarcie").room == "Sala Kielce"
    added = session_titled(desk.station, "Sesja posterowa")
    assert (added.day, added.start, added.end, added.capacity, added.kind) == (
        2,
        "14:00",
        "15:30",
        40,
        "plenary",
    )


def test_the_kind_is_chosen_from_translated_labels(qtbot, desk, dialog):
    row = _row(dialog, "Otwarcie")
    index = dialog.model.index(row, ProgrammeModel.KIND)
    combo = _editor(dialog, index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())][:2] == [
        labels.session_kind("registration"),
        labels.session_kind("plenary"),
    ]
    combo.setCurrentIndex(combo.findData("panel"))
    _commit(qtbot, dialog, combo, index)
    assert index.data() == labels.session_kind("panel")

    _save(qtbot, dialog)

    assert session_titled(desk.station, "Otwarcie").kind == "panel"


def test_sign_up_is_a_check_box_fixed_on_for_the_sessions_of_a_choice_group(qtbot, desk, dialog):
    workshop = dialog.model.index(_row(dialog, MANAGEMENT), ProgrammeModel.SIGNUP)
    assert workshop.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not workshop.flags() & Qt.ItemFlag.ItemIsEnabled
    opening = dialog.model.index(_row(dialog, "Otwarcie"), ProgrammeModel.SIGNUP)
    assert opening.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    dialog.model.setData(opening, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)

    _save(qtbot, dialog)

    assert session_titled(desk.station, "Otwarcie").signup is True


def test_a_bad_time_is_explained_and_nothing_is_saved(qtbot, desk, dialog):
    before = desk.station.programme.sessions()
    row = _row(dialog, "Otwarcie")
    _type_into(qtbot, dialog, row, ProgrammeModel.START, "25:00")
    _type_into(qtbot, dialog, _row(dialog, MANAGEMENT), ProgrammeModel.ROOM, "Sala Kielce")

    _save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.note.isVisible() and "25:00" in dialog.note.text() and "Otwarcie" in dialog.note.text()
    assert [index.row() for index in dialog.table.selectionModel().selectedRows()] == [row]
    assert dialog.model.session(_row(dialog, MANAGEMENT)).room == "Sala Kielce"
    assert desk.station.programme.sessions() == before
    screenshot(dialog, "editor-refused", prefix="programme")


def test_removing_a_session_guests_signed_up_for_is_refused_and_the_table_stays(qtbot, desk, dialog):
    kowalski = desk.station.find(code_of(desk.station, "Kowalski"))
    desk.station.choices.choose(kowalski.id, session_titled(desk.station, MANAGEMENT).id)
    dialog.table.selectRow(_row(dialog, MANAGEMENT))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert MANAGEMENT not in [s.title for s in dialog.model.sessions()]

    _save(qtbot, dialog)

    assert dialog.isVisible() and MANAGEMENT in dialog.note.text()
    assert MANAGEMENT not in [s.title for s in dialog.model.sessions()]
    assert [s.session.title for s in desk.station.choices.of(kowalski.id)] == [MANAGEMENT]


def test_a_programme_changed_by_another_station_meanwhile_is_not_overwritten(qtbot, desk, dialog):
    other = Station.open(desk.station.storage.path, name="Recepcja 2")
    try:
        elsewhere = [replace(s, room="Sala Kielce") if s.title == "Otwarcie" else s
                     for s in other.programme.sessions()]  # fmt: skip
        other.programme.save(elsewhere)
        _type_into(qtbot, dialog, _row(dialog, MANAGEMENT), ProgrammeModel.ROOM, "Sala Radom")

        _save(qtbot, dialog)

        assert dialog.isVisible()
        refusal = messages.describe(UserError("programme_changed_elsewhere", ""))
        assert dialog.note.isVisible() and dialog.note.text() == refusal
        assert dialog.model.session(_row(dialog, MANAGEMENT)).room == "Sala Radom"
        assert desk.station.programme.sessions() == other.programme.sessions()
        assert session_titled(desk.station, "Otwarcie").room == "Sala Kielce"
        assert session_titled(desk.station, MANAGEMENT).room == "Warszawa"
        screenshot(dialog, "editor-changed-elsewhere", prefix="programme")
    finally:
        other.close()


def test_cancel_keeps_the_stored_programme(qtbot, desk, dialog):
    before = desk.station.programme.sessions()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    _type_into(qtbot, dialog, 0, ProgrammeModel.TITLE, "Inny temat")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert desk.station.programme.sessions() == before


def test_an_imported_file_fills_the_table_with_a_report_and_is_saved_by_save(qtbot, desk, dialog, tmp_path,
                                                                            monkeypatch):  # fmt: skip
    management = session_titled(desk.station, MANAGEMENT)
    path = tmp_path / "program.csv"
    with path.open("w", encoding="cp1250", newline="") as file:
        csv.writer(file, delimiter=";").writerows([
            ["Dzień", "Od", "Do", "Tytuł", "Sala", "Rodzaj"],
            ["2", "9.30", "12.00", MANAGEMENT, "Sala Kielce", "warsztat"],
            ["2", "9.30", "12.00", "Organizowanie Społeczności Lokalnej", "Bruksela", "warsztat"],
            ["2", "13:00", "14:00", "Obiad", "Warszawa", "obiad"],
            ["7", "13:00", "14:00", "Siódmy dzień", "", ""],
        ])  # fmt: skip
    monkeypatch.setattr(files, "open_file", lambda *args: str(path))
    reports = []
    when_modal(lambda box: (reports.append((box.text(), box.informativeText())), box.accept()))

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    [(summary, problems)] = reports
    counts = [line.rsplit(" ", 1)[-1] for line in summary.splitlines()[1:]]
    assert counts == ["1", "2", "0", "2", "1"]  # new, changed, unchanged, removed, rows with problems
    assert "Siódmy" not in problems and "7" in problems
    assert [s.title for s in dialog.model.sessions()] == [
        MANAGEMENT,
        "Organizowanie Społeczności Lokalnej",
        "Obiad",
    ]
    assert desk.station.programme.session(management.id).room == "Warszawa"
    assert "program.csv" in dialog.note.text()

    _save(qtbot, dialog)

    assert session_titled(desk.station, MANAGEMENT).id == management.id
    assert session_titled(desk.station, MANAGEMENT).room == "Sala Kielce"
    groups = {s.choice_group for s in desk.station.programme.sessions() if s.kind == "workshop"}
    assert groups == {"warsztaty-2-09:30"}


def test_a_file_that_is_not_a_programme_is_explained_in_the_dialog(qtbot, dialog, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Imię;Nazwisko\nJan;Nowak\n", encoding="utf-8")
    before = dialog.model.sessions()

    assert dialog.import_from(path) is None

    assert dialog.note.isVisible() and "lista.csv" in dialog.note.text()
    assert dialog.model.sessions() == before


def test_the_congress_programme_fits_the_dialog_at_both_screen_sizes(qtbot, desk):
    desk.station.programme.save(load_programme(days=DAYS))
    dialog = _open(qtbot, desk)
    dialog.table.selectRow(3)
    screenshot(dialog, "editor", prefix="programme")
    header = dialog.table.horizontalHeader()
    for width, height in ((1366, 768), (1920, 1080)):
        dialog.resize(width, height)
        qtbot.waitUntil(lambda width=width: dialog.width() == width)
        assert header.length() <= dialog.table.viewport().width() + 1
        for column in range(dialog.model.columnCount()):
            if column not in (ProgrammeModel.TITLE, ProgrammeModel.SPEAKERS):
                assert header.sectionSize(column) >= dialog.table.sizeHintForColumn(column), (width, column)

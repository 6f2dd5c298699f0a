"""Organiser → Import an updated list, driven through the real window on a real event file and real CSVs:
the preview of every column, mapping by hand, the dry run's counts, applying, the remembered mapping, the
keyboard, bad files and the organiser-only gate."""

import csv
import threading

from conftest import PIN, screenshot_dialog, shown, when_modal
from helpers.events import PROGRAMME, code_of
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from checkin.errors import UserError
from checkin.importing.preview import Imports
from ui import messages
from ui.organiser.import_columns import HEADER, SAMPLES, WHY
from ui.organiser.import_window import ImportDialog
from ui.widgets import files

MEAL = "Udział w uroczystej kolacji"
ROWS = [
    ["Sygnatura czasowa", "Imię", "Nazwisko", "Zakład pracy", "E-mail", "Nr zgłoszenia", MEAL],
    ["2026/05/01 10:00", "Jan", "Kowalski", "CUS Starachowice", "jan@cus.pl", "R1", "tak"],
    ["2026/05/01 10:05", "Marcin", "Jóżko", "IRPiUS", "marcin@irpius.pl", "R2", "nie"],
    ["2026/05/01 10:07", "Łucja", "Gołębiowska", "MOPS Łódź", "", "R3", "tak"],
    ["2026/05/01 10:09", "Ewa", "Lis", "PCPR Radom", "ewa@pcpr.pl", "R6", "tak"],
]  # fmt: skip
"""An updated export: Jóżko's e-mail and workplace changed, Lis is new; "Zakład pracy" is no known header."""


def write(path, rows=ROWS):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def opened(qtbot, desk, path):
    """The import window over the desk, `path` read and previewed."""
    dialog = shown(qtbot, ImportDialog(desk.station, desk))
    dialog.open_list(path)
    qtbot.waitUntil(lambda: not dialog.reading)
    return dialog


def imported(qtbot, dialog):
    """Import, as the Import button does, and wait for the worker thread's end."""
    dialog.apply()
    qtbot.waitUntil(lambda: not dialog.importing)


def row_of(dialog, header):
    return next(
        row for row in range(dialog.table.rowCount()) if dialog.table.item(row, HEADER).text() == header
    )


def choose(qtbot, dialog, header, field):
    """Pick `field` in the column's combo, as the mouse does, and wait for the preview to follow."""
    before = dialog.preview
    combo = dialog.table.combo(row_of(dialog, header))
    combo.setCurrentIndex(combo.findData(field))
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview is not before)


def test_the_preview_shows_every_column_its_values_field_and_why_and_the_counts(qtbot, desk, tmp_path):
    desk.station.programme.save(PROGRAMME)
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv"))
    table = dialog.table

    assert [table.item(row, HEADER).text() for row in range(table.rowCount())] == ROWS[0]
    assert table.item(row_of(dialog, "Imię"), SAMPLES).text() == "Jan · Marcin · Łucja"
    assert [dialog.table.combo(row).currentText() for row in range(table.rowCount())] == [
        "Pominięta", "Imię", "Nazwisko", "Zachowana jako informacja dodatkowa", "E-mail", "Numer zgłoszenia",
        "Zachowana jako informacja dodatkowa",
    ]  # fmt: skip
    assert table.item(row_of(dialog, "Zakład pracy"), WHY).text().startswith("Nierozpoznana")
    assert "Uroczysta kolacja" in table.item(row_of(dialog, MEAL), WHY).text()
    assert dialog.counts.text().startswith("Nowi goście: 1   Zmienieni: 3")
    assert "e-mail: 1" in dialog.counts.text()
    assert dialog.apply_button.isEnabled()
    screenshot_dialog(desk, dialog, "import-preview")


def test_a_column_mapped_by_hand_changes_the_counts_at_once_and_apply_updates_the_guests(
    qtbot, desk, tmp_path
):
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv"))
    choose(qtbot, dialog, "Zakład pracy", "organisation")
    assert "instytucja: 1" in dialog.counts.text()
    assert dialog.table.item(row_of(dialog, "Zakład pracy"), WHY).text() == "Przypisana ręcznie"

    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None)

    station = desk.station
    assert station.find(code_of(station, "Jóżko")).organisation == "IRPiUS"
    assert station.find(code_of(station, "Lis")).email == "ewa@pcpr.pl"
    assert dialog.report is not None and dialog.counts.text().startswith("Zaimportowano.")
    assert not dialog.apply_button.isVisible() and dialog.cancel.text() == "Zamknij"
    assert dialog.cancel.isDefault()


def test_the_next_export_of_the_same_form_opens_with_the_remembered_mapping(qtbot, desk, tmp_path):
    first = opened(qtbot, desk, write(tmp_path / "lista.csv"))
    choose(qtbot, first, "Zakład pracy", "organisation")
    imported(qtbot, first)
    first.close()
    changed = [row[:] for row in ROWS]
    changed[1][3] = "CUS Skarżysko"

    again = opened(qtbot, desk, write(tmp_path / "eksport-2.csv", changed))
    assert again.preview.read.remembered
    assert "zapamiętane" in again.note.text() or "tak jak wtedy" in again.note.text()
    assert again.table.combo(row_of(again, "Zakład pracy")).currentData() == "organisation"
    assert again.counts.text().startswith("Nowi goście: 0   Zmienieni: 1")
    imported(qtbot, again)
    assert desk.station.find(code_of(desk.station, "Kowalski")).organisation == "CUS Skarżysko"


def test_keyboard_starts_in_the_first_combo_enter_does_not_import_and_esc_closes(qtbot, desk, tmp_path):
    log_end = desk.station.storage.last_log_seq()
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv"))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.table.combo(0))

    QTest.keyClick(dialog.table.combo(0), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.table.combo(1)  # combo to combo, not cell by cell
    QTest.keyClick(dialog.table.combo(1), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.report is None
    QTest.keyClick(dialog.table.combo(1), Qt.Key.Key_Escape)

    assert not dialog.isVisible()
    assert desk.station.storage.last_log_seq() == log_end
    assert desk.station.find(code_of(desk.station, "Jóżko")).email == "m.jozko@irpius.pl"


def test_a_file_that_is_not_a_list_is_explained_in_the_window(qtbot, desk, tmp_path):
    picture = tmp_path / "logo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    dialog = opened(qtbot, desk, picture)
    assert "ani tekstowym (CSV), ani plikiem Excel" in dialog.note.text() or "logo.csv" in dialog.note.text()
    assert dialog.preview is None and not dialog.apply_button.isEnabled()
    no_names = opened(qtbot, desk, write(tmp_path / "adresy.csv", [["Ulica", "Kod"], ["Polna 1", "00-001"]]))
    assert "adresy.csv" in no_names.note.text() and no_names.table.rowCount() == 0


def test_reception_is_asked_for_the_pin_and_cancelling_it_opens_no_file(qtbot, locked_desk, monkeypatch):
    monkeypatch.setattr(files, "open_file", lambda *args: (_ for _ in ()).throw(AssertionError("file asked")))
    when_modal(lambda dialog: dialog.reject())
    locked_desk.organiser.import_action.trigger()
    assert not locked_desk.station.roles.is_organiser


def test_the_organiser_opens_the_window_from_the_menu_after_the_pin(
    qtbot, locked_desk, tmp_path, monkeypatch
):
    path = write(tmp_path / "lista.csv")
    monkeypatch.setattr(files, "open_file", lambda *args: str(path))
    seen = []

    def look(dialog):
        seen.append(type(dialog))
        dialog.reject()

    def unlock(dialog):
        QTest.keyClicks(dialog.pin, PIN)
        when_modal(look)
        QTest.keyClick(dialog.pin, Qt.Key.Key_Return)

    when_modal(unlock)
    locked_desk.organiser.import_action.trigger()
    assert seen == [ImportDialog]


def test_the_preview_names_desk_corrections_kept_and_registrations_cancelled(qtbot, desk, tmp_path):
    kowalski = desk.station.find(code_of(desk.station, "Kowalski"))
    desk.station.edit(kowalski.id, {"organisation": "CUS w Starachowicach"}, reason="desk")
    listing = [
        ["Imię", "Nazwisko", "Instytucja", "Nr zgłoszenia", "Status"],
        ["Jan", "Kowalski", "CUS Starachowice", "R1", "potwierdzone"],  # the value imported before
        ["Anna", "Nowak", "GOPS Wiązowna", "R5", "Rezygnacja"],
    ]
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv", listing))

    assert "Anulowane zgłoszenia: 1   Przywrócone: 0" in dialog.counts.text()
    details = dialog.details.toPlainText()
    assert "poprawka z recepcji w polu instytucja, „CUS w Starachowicach”, zostaje" in details
    assert "„CUS Starachowice”" in details
    assert desk.station.find(kowalski.id).organisation == "CUS w Starachowicach"  # a preview writes nothing


def test_while_the_list_is_imported_the_window_counts_and_cannot_be_closed_or_changed(
    qtbot, desk, tmp_path, monkeypatch
):
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv"))
    assert dialog.progress.isHidden()  # nothing under way
    gate, importing = threading.Event(), threading.Event()
    apply = Imports.apply

    def held(imports, read, progress=None):
        importing.set()
        assert gate.wait(10)
        return apply(imports, read, progress)

    monkeypatch.setattr(Imports, "apply", held)
    dialog.apply()
    assert importing.wait(10)
    try:
        assert dialog.importing and dialog.progress.isVisible()
        assert dialog.note.text().startswith("Importowanie listy…")
        controls = (dialog.apply_button, dialog.cancel, dialog.choose, dialog.table)
        assert not any(control.isEnabled() for control in controls)
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        dialog.close()
        assert dialog.isVisible()  # Esc and the title bar's close wait for the end
        screenshot_dialog(desk, dialog, "import-importing")
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.progress.value() == dialog.progress.maximum() == 4  # every guest of the file, done
    assert dialog.cancel.isEnabled() and dialog.cancel.text() == "Zamknij"
    assert desk.station.find(code_of(desk.station, "Lis")).email == "ewa@pcpr.pl"
    qtbot.waitUntil(lambda: "z 5" in desk.status.text(), timeout=10_000)  # as it follows other desks
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_failed_import_says_why_and_leaves_the_preview_to_try_again(qtbot, desk, tmp_path, monkeypatch):
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv"))

    def locked(imports, read, progress=None):
        raise UserError("organiser_only", "Only the organiser may do this: unlock with their PIN.")

    monkeypatch.setattr(Imports, "apply", locked)
    imported(qtbot, dialog)
    assert dialog.note.text() == messages.describe(UserError("organiser_only", ""))
    assert dialog.report is None and dialog.preview is not None
    assert dialog.apply_button.isEnabled() and dialog.cancel.isEnabled()
    assert desk.station.find(code_of(desk.station, "Jóżko")).email == "m.jozko@irpius.pl"


def test_the_problems_are_listed_in_the_files_row_order(qtbot, desk, tmp_path):
    """A skipped row, a cut cell and a bad e-mail are found by different passes; each was listed with its
    pass (rows 4 and 5, then row 3), so an organiser going down the file lost their place."""
    rows = [
        ["Imię", "Nazwisko", "Stanowisko", "E-mail"],
        ["Anna", "Kowalczyk", "Dyrektor", "anna@cus.pl"],
        ["", "", "Kierownik", "bez.nazwiska@mops.pl"],
        ["Jan", "Nowak", "X" * 3000, "jan@ug.pl"],
        ["Piotr", "Wiśniewski", "Specjalista", "to-nie-jest-email"],
    ]
    dialog = opened(qtbot, desk, write(tmp_path / "lista.csv", rows))
    lines = dialog.details.toPlainText().splitlines()
    assert [line.split(" ")[1].rstrip(":") for line in lines[:3]] == ["3", "4", "5"]

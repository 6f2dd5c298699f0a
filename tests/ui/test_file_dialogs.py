"""Qt's file dialogs in the Polish desk: they open in the user's Documents folder and speak Polish."""

import subprocess
import sys
from pathlib import Path

from conftest import when_modal
from PySide6.QtCore import QFileInfo, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from ui.widgets import files


def test_a_save_dialog_opens_in_documents_with_polish_labels(qtbot, desk):
    seen = {}

    def look(dialog):
        seen["folder"] = dialog.directory().absolutePath()
        seen["labels"] = [dialog.labelText(label) for label in (
            QFileDialog.DialogLabel.LookIn, QFileDialog.DialogLabel.FileName, QFileDialog.DialogLabel.FileType
        )]  # fmt: skip
        dialog.reject()

    when_modal(look)
    assert files.save_file(desk, "Zapisz listę", "PDF (*.pdf)") == ""
    assert seen["folder"] == str(files.documents()) != str(Path.cwd())  # not the program's folder
    assert seen["labels"] == ["Szukaj w:", "Nazwa &pliku:", "Pliki rodzaju:"]


def test_what_was_typed_before_is_where_the_dialog_opens(qtbot, desk, tmp_path):
    seen = []
    when_modal(lambda dialog: (seen.append(dialog.directory().absolutePath()), dialog.reject()))
    files.open_file(desk, "Lista", "CSV (*.csv)", str(tmp_path / "lista.csv"))
    assert seen == [str(tmp_path)]


def test_a_save_dialog_refuses_the_event_file_in_polish_and_opens_again(qtbot, desk):
    event = desk.station.path
    before = event.read_bytes()
    seen = []

    def choose_the_event(dialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(event))  # typed, as a user would
        when_modal(read_the_refusal)  # at once: no "replace it?" asked before the refusal
        dialog.accept()

    def read_the_refusal(box):
        seen.append((box.text(), box.textFormat()))
        when_modal(cancel_the_second_try)
        box.accept()

    def cancel_the_second_try(dialog):
        seen.append(dialog.selectedFiles())
        dialog.reject()

    when_modal(choose_the_event)
    assert files.save_file(desk, "Zapisz listę", "PDF (*.pdf)", event_file=event) == ""

    assert seen == [
        (f"{event} to sam plik wydarzenia: zapis w nim zniszczyłby wydarzenie. Wybierz inną nazwę pliku.",
         Qt.TextFormat.PlainText),
        [str(event)],
    ]  # fmt: skip
    assert event.read_bytes() == before


def test_an_existing_file_is_replaced_only_once_the_user_agreed(qtbot, desk, tmp_path):
    existing = tmp_path / "lista.pdf"
    existing.write_bytes(b"kept")
    seen = []

    def choose(dialog):
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(existing))
        when_modal(answer)
        dialog.accept()

    def answer(question):
        seen.append((question.text(), question.textFormat(), question.defaultButton().text()))
        if len(seen) == 1:
            when_modal(choose)  # Cancel: the dialog opens again, and the second time the user agrees
            question.defaultButton().click()
        else:
            next(b for b in question.buttons() if b.text() == "Zastąp").click()

    when_modal(choose)
    assert files.save_file(desk, "Zapisz listę", "PDF (*.pdf)") == str(existing)
    question = f"lista.pdf już istnieje w {tmp_path}. Zastąpić go?"
    assert seen[0] == (question, Qt.TextFormat.PlainText, "Anuluj")
    assert len(seen) == 2
    assert existing.read_bytes() == b"kept"


def test_a_dialog_in_the_event_files_folder_leaves_the_desk_holding_its_event(qtbot, desk):
    """Qt's own icon provider read every listed file; reading and closing the event file dropped this
    process's SQLite locks, and the next program to close the event deleted its -wal and -shm beneath the
    desk, whose later changes were then lost."""
    event = desk.station.path

    def list_the_folder(dialog):
        icons = dialog.iconProvider()
        for entry in sorted(event.parent.iterdir()):  # what the dialog's list asks for each file it shows
            icons.icon(QFileInfo(str(entry)))
            icons.type(QFileInfo(str(entry)))
        dialog.reject()

    when_modal(list_the_folder)
    files.open_file(desk, "Lista", "CSV (*.csv)", str(event.parent))
    another_program = "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute('SELECT 1 FROM log').close()"
    subprocess.run([sys.executable, "-c", another_program, str(event)], check=True, timeout=60)

    assert Path(f"{event}-wal").exists() and Path(f"{event}-shm").exists()

"""Qt's file dialogs in the Polish desk: they open in the user's Documents folder and speak Polish."""

from pathlib import Path

from conftest import when_modal
from PySide6.QtWidgets import QFileDialog

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

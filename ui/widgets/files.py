"""Where the file dialogs start: the user's Documents folder, where organisers keep their lists and look
for what they saved (the program's own folder, Qt's default, is the last place they would look). A save
dialog refuses what no output may replace: the event file, a database, a backup."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileInfo, QMimeDatabase, QStandardPaths
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QFileDialog, QFileIconProvider, QMessageBox, QWidget

from checkin.errors import UserError
from checkin.output_files import refuse_unsafe_output
from ui import messages
from ui.widgets import plain


class _IconsByName(QFileIconProvider):
    """A file's icon and kind from its name alone, never from its content.

    Qt's own provider reads the first bytes of every file the dialog lists to guess its kind. Reading the
    event file (a dialog opened in its folder) and closing it drops every SQLite lock this process holds on
    the event, since POSIX locks belong to the process and any close of the file releases them; the next
    program closing the same event (`main.py`, another desk window) then thinks it is the last, deletes the
    -wal and -shm beneath this desk, and the desk's later changes are lost or fail with "disk I/O error".
    """

    def icon(self, what: QFileInfo | QFileIconProvider.IconType) -> QIcon:
        if isinstance(what, QFileInfo):
            kind = QFileIconProvider.IconType.Folder if what.isDir() else QFileIconProvider.IconType.File
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:
        if info.isFile():
            kind = QMimeDatabase().mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension)
            return kind.comment() or kind.name()
        return super().type(info)


@cache
def _icons_by_name() -> _IconsByName:
    """One for every dialog, alive as long as the program: a dialog does not own its icon provider."""
    return _IconsByName()


def documents() -> Path:
    """The user's Documents folder (`C:\\Users\\<you>\\Documents` on Windows); the home folder when there is
    none (a fresh Linux account)."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_in(typed: str = "") -> str:
    """Where a file dialog opens: what the user typed or chose before, else their Documents folder."""
    return typed.strip() or str(documents())


def open_file(parent: QWidget | None, caption: str, filters: str, start: str = "") -> str:
    """The file chosen to open ("" when cancelled)."""
    return _chosen(parent, caption, filters, start, QFileDialog.FileMode.ExistingFile, save=False)


def open_files(parent: QWidget | None, caption: str, filters: str, start: str = "") -> list[str]:
    """The files chosen to open (none when cancelled)."""
    return _chosen_all(parent, caption, filters, start, QFileDialog.FileMode.ExistingFiles, save=False)


def save_file(
    parent: QWidget | None, caption: str, filters: str, start: str = "", *, event_file: Path | None = None
) -> str:
    """The file to write ("" when cancelled). One that must never be written over (`event_file`, any
    database, a backup: `checkin.output_files`) is refused in the user's language, and the dialog opens
    again there; any other existing file is replaced only once the user agreed. Qt's own "replace it?" is
    off: it asked first, so a user agreed to replace the event file and was then told it cannot be."""
    while chosen := _chosen(parent, caption, filters, start, QFileDialog.FileMode.AnyFile, save=True):
        start = chosen
        try:
            refuse_unsafe_output(Path(chosen), event_file)
        except UserError as error:
            _refused(parent, messages.describe(error))
            continue
        if not Path(chosen).exists() or _replace_agreed(parent, Path(chosen)):
            return chosen
    return ""


def _replace_agreed(parent: QWidget | None, path: Path) -> bool:
    """Whether the user agreed to replace `path`; Cancel (the default) opens the dialog again."""
    translate = QCoreApplication.translate
    box = plain.message_box(
        QMessageBox.Icon.Warning,
        translate("files", "Replace the file?"),
        translate("files", "{name} already exists in {folder}. Replace it?").format(
            name=path.name, folder=path.parent
        ),
        parent,
    )
    return messages.confirmed(box, translate("files", "Replace"))


def _refused(parent: QWidget | None, why: str) -> None:
    """Says why a file was refused; plain text, since `why` holds a name the user typed."""
    plain.warn(parent, QCoreApplication.translate("files", "Choose another file"), why)


def choose_folder(parent: QWidget | None, caption: str, start: str = "") -> str:
    """The folder chosen ("" when cancelled)."""
    return _chosen(parent, caption, "", start, QFileDialog.FileMode.Directory, save=False)


def _chosen(
    parent: QWidget | None, caption: str, filters: str, start: str, mode: QFileDialog.FileMode, *, save: bool
) -> str:
    chosen = _chosen_all(parent, caption, filters, start, mode, save=save)
    return chosen[0] if chosen else ""


def _chosen_all(
    parent: QWidget | None, caption: str, filters: str, start: str, mode: QFileDialog.FileMode, *, save: bool
) -> list[str]:
    dialog = QFileDialog(parent, caption, start_in(start), filters)
    dialog.setIconProvider(_icons_by_name())
    dialog.setFileMode(mode)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    if save:
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite)
    if mode is QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    # Qt's own Polish catalogue has these two labels only without their shortcut letter ("Look in:", not
    # "&Look in:"), so Qt's file dialog showed them in English; Windows' native dialog ignores them.
    for label, text in (
        (QFileDialog.DialogLabel.LookIn, "Look in:"),
        (QFileDialog.DialogLabel.FileType, "Files of type:"),
    ):
        dialog.setLabelText(label, QCoreApplication.translate("QFileDialog", text))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    return dialog.selectedFiles()

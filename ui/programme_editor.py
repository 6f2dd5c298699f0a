"""The organisers' programme editor: the sessions in a table, edited in memory and saved whole.

Nothing is stored until Save. The core then checks the whole programme (`Programme.save`), and a refusal (a
time that is not one, a session guests signed up for that was removed, a programme another station changed
since the editor opened) is shown in the user's language with the edits still there, so they can be
corrected. A programme file (CSV or XLSX) can be read into the
table: its sessions are matched to the table's by `merge_programme`, the rule `Programme.import_file` uses,
so a session guests signed up for keeps its place.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.domain import SESSION_KINDS, Session
from checkin.errors import UserError
from checkin.importing.problems import ImportFileError
from checkin.programme.choices import AnswerReport
from checkin.programme.file_reader import read_programme
from checkin.programme.sessions import ProgrammeImport, merge_programme
from checkin.station import Station
from ui import labels, messages
from ui.models import ProgrammeModel
from ui.widgets import files, plain, theme

NEW_SESSION = Session(day=1, start="09:00", end="10:00", title="", room="", kind="plenary")
"""What Add puts in the table (on the selected session's day): the organiser types the title next."""
SEATS_PATTERN = r"\d{0,6}"

_Index = QModelIndex | QPersistentModelIndex


class _SessionDelegate(QStyledItemDelegate):
    """Editors for the cells that are not free text: the kind from its translated labels, the day as one of
    the event's numbers, seats as digits only."""

    def __init__(self, days: int, parent: QWidget) -> None:
        super().__init__(parent)
        self._days = days

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = index.column()
        if column == ProgrammeModel.KIND:
            combo = QComboBox(parent)
            for key in SESSION_KINDS:
                combo.addItem(labels.session_kind(key), key)
            return combo
        if column == ProgrammeModel.DAY:
            spin = QSpinBox(parent)
            spin.setRange(1, self._days)
            return spin
        editor = super().createEditor(parent, option, index)
        if column == ProgrammeModel.CAPACITY and isinstance(editor, QLineEdit):
            editor.setValidator(QRegularExpressionValidator(QRegularExpression(SEATS_PATTERN), editor))
        return editor

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ProgrammeDialog(QDialog):
    """Programme → Edit programme…: add, remove, edit and import sessions, then save them all at once."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Programme"))
        self.resize(*theme.PROGRAMME_DIALOG_SIZE)
        self.model = ProgrammeModel(self)
        self._based_on = station.programme.version()
        """The stored programme this editor started from: Save refuses when another station changed it since
        (a file read into the table changes only the table, not this)."""
        self.model.set_sessions(station.programme.sessions())
        self.table = self._table()
        self.note = plain.plain_label(wrap=True)
        self.note.setVisible(False)
        self.add_button = QPushButton(self.tr("Add session"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import from file…"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._lay_out()
        self._connect()
        self._update_buttons()

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setItemDelegate(_SessionDelegate(len(self.station.event.days), table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (ProgrammeModel.TITLE, ProgrammeModel.SPEAKERS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ProgrammeModel.ROOM, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(ProgrammeModel.ROOM, theme.PROGRAMME_ROOM_COLUMN_WIDTH)
        return table

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        for any_button in (self.add_button, self.remove_button, self.import_button, *self.buttons.buttons()):
            if isinstance(any_button, QPushButton):  # all are: a button box makes push buttons
                any_button.setAutoDefault(
                    False
                )  # Enter commits a cell's edit; it must not save the whole dialog
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addLayout(row)

    def _connect(self) -> None:
        self.add_button.clicked.connect(self.add_session)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_file)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.rowsRemoved.connect(self._update_buttons)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.selectionModel().hasSelection())

    # --- editing ------------------------------------------------------------------------------------------

    def add_session(self) -> None:
        """A new row on the selected session's day, its title ready for typing."""
        current = self.model.session(self.table.currentIndex().row())
        row = self.model.append(replace(NEW_SESSION, day=current.day) if current else NEW_SESSION)
        index = self.model.index(row, ProgrammeModel.TITLE)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_selected(self) -> None:
        self.model.remove(index.row() for index in self.table.selectionModel().selectedRows())

    def accept(self) -> None:
        """Save the whole programme; on a refusal say why, point at the session and keep the edits."""
        try:
            self.station.programme.save(self.model.sessions(), based_on=self._based_on)
        except UserError as error:
            self._show_note(messages.describe(error), theme.ERROR_NOTE_STYLE)
            self._select_titled(error.params.get("title", ""))
            return
        self._report_answers(self.station.choices.answers_report())
        super().accept()

    def _report_answers(self, report: AnswerReport) -> None:
        """Registrants' answers the saved programme cannot place are said, never guessed away."""
        unmatched = sorted(report.unmatched.items(), key=lambda item: -item[1])
        lines = [
            self.tr('"{answer}" names no session (%n guest(s)): choose for them at the desk (F6).', "", count)
            .format(answer=answer)
            for answer, count in unmatched
        ] + [
            self.tr('"{title}" is full: %n guest(s) who chose it have no seat.', "", count).format(title=title)
            for title, count in report.full.items()
        ]  # fmt: skip
        if lines:
            box = plain.message_box(QMessageBox.Icon.Information, self.tr("Programme saved"),
                                    self.tr("Some registrants' answers need a look:"), self)  # fmt: skip
            messages.show_report(box, lines)

    def _select_titled(self, title: str) -> None:
        rows = [row for row, s in enumerate(self.model.sessions()) if title and s.title.strip() == title]
        if rows:
            self.table.selectRow(rows[0])

    def _show_note(self, text: str, style: str) -> None:
        self.note.setStyleSheet(style)
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- importing ----------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = files.open_file(
            self,
            self.tr("Programme file"),
            self.tr("Programme (*.csv *.xlsx *.txt);;All files (*)"),
        )
        result = self.import_from(Path(path)) if path else None
        if result is not None:
            self._report(Path(path).name, result)

    def import_from(self, path: Path) -> ProgrammeImport | None:
        """Read a programme file into the table, matched to the sessions there; None (and why) when the file
        cannot be read. Nothing is saved yet."""
        try:
            parsed = read_programme(path, self.station.event.days)
        except ImportFileError as error:
            self._show_note(messages.describe_import_error(error), theme.ERROR_NOTE_STYLE)
            return None
        result = merge_programme(self.model.sessions(), parsed)
        self.model.set_sessions(result.sessions)
        self._show_note(
            self.tr("The programme from {file} is in the table; Save keeps it, Cancel leaves the programme as it was.")
            .format(file=path.name), theme.NOTE_STYLE,
        )  # fmt: skip
        return result

    def _report(self, file_name: str, result: ProgrammeImport) -> None:
        box = plain.message_box(QMessageBox.Icon.NoIcon, self.tr("Programme read"), "", self)
        box.setText(
            self.tr("{file}\nNew sessions: {added}\nChanged: {updated}\nUnchanged: {unchanged}\nRemoved: {removed}\nRows with problems: {rows}").format(
                file=file_name, added=result.added, updated=result.updated, unchanged=result.unchanged,
                removed=result.removed, rows=len({problem.row for problem in result.problems}),
            )
        )  # fmt: skip
        messages.show_report(box, [messages.describe_problem(problem) for problem in result.problems])

"""Organiser → Import an updated list: the file's columns as they were understood, mapped by hand where they
were not, the dry run's counts, and then the import (`station.imports`).

The file is read on a worker thread (a 100,000-row list takes seconds and touches no database); the dry run
and the import use the Station's connection, so they run here under a wait cursor. No button is the default:
Enter on a combo must not import the list by accident, so Import takes a click, Space on it, or Alt and its
underlined letter. Esc and Cancel close the window without writing anything. Once imported, Close is the
default and the window shows the final report.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import UserError
from checkin.importing.columns import column_letters
from checkin.importing.importer import ImportFileError
from checkin.importing.preview import ColumnPreview, ImportPreview, ListRead
from checkin.station import ImportReport, Station
from ui import messages
from ui.organiser import import_texts
from ui.widgets import files, theme
from ui.widgets.busy import wait_cursor
from ui.widgets.plain import plain_label, tooltip

HEADER, SAMPLES, FIELD, WHY = range(4)
SAMPLE_SEPARATOR = " · "


class _Relay(QObject):
    """Brings a worker thread's result to the window's thread (a queued signal): (generation, result)."""

    finished = Signal(int, object)


class _FieldCombo(QComboBox):
    """A column's field. The wheel scrolls the table unless the combo was clicked or tabbed into: rolling
    over a long preview must not remap the columns it passes. `focused` lets the table scroll to a combo
    Tab brought the keyboard to."""

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ImportDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.preview: ImportPreview | None = None
        """The preview shown; None while the file is read or when it could not be."""
        self.report: ImportReport | None = None
        """The import's report, once the list was imported."""
        self._path: Path | None = None
        self._mapping: dict[str, str] = {}
        """The organiser's mapping the preview shows, changed by each combo."""
        self._generation = 0
        self.reading = False
        """True while the file is read on the worker thread."""
        self._relay = _Relay(self)
        self._relay.finished.connect(self._read_done)
        self.setWindowTitle(self.tr("Import an updated list"))
        self._fit_screen()
        self.file = plain_label()
        self.choose = QPushButton(self.tr("Choose a file…"))
        self.choose.clicked.connect(self.choose_file)
        self.note = plain_label(wrap=True)
        self.table = self._make_table()
        self.counts = plain_label(wrap=True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(theme.IMPORT_DETAILS_HEIGHT)
        self.automatic = QPushButton(self.tr("Automatic recognition"))
        self.automatic.setToolTip(self.tr("Forget the mapping chosen by hand or remembered for this form."))
        self.automatic.clicked.connect(self._automatic)
        self.apply_button = QPushButton(self.tr("&Import"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        for button in (self.choose, self.automatic, self.apply_button, self.cancel):
            button.setAutoDefault(False)  # else Qt makes the first one the default, and Enter presses it
        self._lay_out()
        self._show_state()

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Values in the file"), self.tr("Imported as"), self.tr("Why")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(False)
        # Tab goes from combo to combo, not through every cell of the table (four presses a column).
        table.setTabKeyNavigation(False)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((HEADER, 230), (SAMPLES, 300), (FIELD, 290)):
            table.setColumnWidth(column, width)
        return table

    def _fit_screen(self) -> None:
        available = self.screen().availableGeometry()
        least_w, least_h = theme.IMPORT_DIALOG_SIZE
        share = theme.IMPORT_DIALOG_SCREEN_SHARE
        self.resize(
            max(least_w, int(available.width() * share)), max(least_h, int(available.height() * share))
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        bottom = QHBoxLayout()
        bottom.addWidget(self.automatic)
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

    # --- reading ------------------------------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Ask for the list and read it; False when the organiser cancelled the file dialog."""
        chosen = files.open_file(
            self, self.tr("Updated registrant list"), self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"),
            str(self._path or ""),
        )  # fmt: skip
        if chosen:
            self.open_list(Path(chosen))
        return bool(chosen)

    def open_list(self, path: Path) -> None:
        """Read `path` with the mapping remembered for its form, if any."""
        self._path, self._mapping = path, {}
        self.file.setText(self.tr("File: {name}").format(name=str(path)))
        self.table.setRowCount(0)
        self._read(lambda: self.station.imports.reader(path))

    def map_column(self, header: str, target: str) -> None:
        """Read the file again with `header` mapped to `target` (a field, "extra" or "ignore")."""
        self._mapping[header] = target
        self._read_again()

    def _automatic(self) -> None:
        self._mapping = {}
        self._read_again()

    def _read_again(self) -> None:
        path, mapping = self._path, dict(self._mapping)
        if path is not None:
            self._read(lambda: self.station.imports.reader(path, mapping, remembered=False))

    def _read(self, prepare: Callable[[], Callable[[], ListRead]]) -> None:
        """Prepare the reading here (it reads the event's settings), run it on a worker thread."""
        self._generation += 1
        self.preview = None
        try:
            run = prepare()
        except UserError as error:
            self._failed(messages.describe(error))
            return
        generation, relay = self._generation, self._relay
        self.reading = True

        def work() -> None:
            try:
                result: object = run()
            except Exception as error:  # shown in the window: a bad file must never crash the desk
                result = error
            with suppress(RuntimeError):  # the window was closed and deleted meanwhile: nobody waits
                relay.finished.emit(generation, result)

        self.note.setText(self.tr("Reading the file…"))
        self.note.setStyleSheet(theme.NOTE_STYLE)
        self._show_state()
        threading.Thread(target=work, name="import-preview", daemon=True).start()

    def _read_done(self, generation: int, result: object) -> None:
        if generation != self._generation or self.report is not None:
            return  # a newer reading was asked for, or the list is imported already
        self.reading = False
        if isinstance(result, ImportFileError):
            self._failed(messages.describe_import_error(result))
        elif isinstance(result, ListRead):
            self._dry_run(result)
        else:
            self._failed(messages.failure(result if isinstance(result, BaseException) else Exception(result)))

    def _dry_run(self, read: ListRead) -> None:
        try:
            with wait_cursor():
                preview = self.station.imports.preview(read)
        except UserError as error:
            self._failed(messages.describe(error))
            return
        first = self.table.rowCount() == 0
        self.preview, self._mapping = preview, dict(read.mapping)
        self._show_columns(preview)
        self.counts.setText(import_texts.counts(preview.report))
        self.details.setPlainText("\n".join(import_texts.details(preview.report)))
        self._show_note(preview)
        self._show_state()
        if first:
            self.first_combo().setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, text: str) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.counts.setText("")
        self.details.setPlainText("")
        self.note.setText(text)
        self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
        self._show_state()
        self.choose.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- showing ------------------------------------------------------------------------------------------

    def _show_note(self, preview: ImportPreview) -> None:
        read = preview.read
        if read.parsed.sheet:
            self.file.setText(
                self.tr('File: {name}, sheet "{sheet}"').format(name=str(read.path), sheet=read.parsed.sheet)
            )
        if read.remembered:
            text = self.tr(
                "This form was imported before: the columns are mapped as they were then. Check the counts and import."
            )
        elif read.mapping:
            text = self.tr(
                "Columns mapped by hand are remembered for this form when you import, so the next export of it imports in one step."
            )
        else:
            text = self.tr(
                "Check how each column was understood; change a column's field where it is wrong, then import."
            )
        self.note.setText(text)
        self.note.setStyleSheet(theme.NOTE_STYLE)

    def _show_columns(self, preview: ImportPreview) -> None:
        """Rows are made once per file; a new mapping only updates them, so the keyboard stays where it was."""
        columns = preview.columns
        if self._shown_headers() != [column.header for column in columns]:
            self.table.setRowCount(0)
            self.table.setRowCount(len(columns))
            for row, column in enumerate(columns):
                self._make_row(row, column, _mapping_header(column, columns))
        for row, column in enumerate(columns):
            combo = self.combo(row)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.blockSignals(False)
            why = import_texts.why(column, remembered=preview.read.remembered)
            self.table.setItem(row, WHY, _cell(why))

    def _shown_headers(self) -> list[str]:
        items = (self.table.item(row, HEADER) for row in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _make_row(self, row: int, column: ColumnPreview, header: str | None) -> None:
        self.table.setItem(row, HEADER, _cell(column.header))
        self.table.setItem(row, SAMPLES, _cell(SAMPLE_SEPARATOR.join(column.samples)))
        combo = _FieldCombo()
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.focused.connect(lambda: self.table.scrollTo(self.table.model().index(row, FIELD)))
        for key in import_texts.offered_fields():
            combo.addItem(import_texts.field_label(key), key)
        if header is None:
            combo.setEnabled(False)
            combo.setToolTip(
                self.tr("A column without a header of its own cannot be mapped; name it in the file.")
            )
        else:
            combo.currentIndexChanged.connect(lambda _: self.map_column(header, str(combo.currentData())))
        self.table.setCellWidget(row, FIELD, combo)

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, FIELD)
        assert isinstance(widget, QComboBox)
        return widget

    def first_combo(self) -> QWidget:
        """Where the keyboard starts once the preview is shown: the first column that can be mapped."""
        for row in range(self.table.rowCount()):
            if self.combo(row).isEnabled():
                return self.combo(row)
        return self.apply_button

    def _show_state(self) -> None:
        done = self.report is not None
        self.apply_button.setVisible(not done)
        self.apply_button.setEnabled(self.preview is not None)
        self.automatic.setEnabled(not done and self.preview is not None and bool(self.preview.read.mapping))
        self.choose.setEnabled(not done)
        self.table.setEnabled(not done)

    # --- importing ----------------------------------------------------------------------------------------

    def apply(self) -> None:
        """Import the list previewed; the window then shows what was done."""
        if self.preview is None:
            return
        try:
            with wait_cursor():
                report = self.station.imports.apply(self.preview.read)
        except UserError as error:
            self.note.setText(messages.describe(error))
            self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
            return
        self.report = report
        self.counts.setText(self.tr("Imported. {counts}").format(counts=import_texts.counts(report)))
        self.details.setPlainText("\n".join(import_texts.details(report)))
        self.note.setText(
            self.tr(
                "The list was imported; a backup of the event was taken just before. This form's column mapping is remembered for the next import."
            )
        )
        self.note.setStyleSheet(theme.NOTE_STYLE)
        self.cancel.setText(self.tr("Close"))
        self.cancel.setDefault(True)
        self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_state()


def _cell(text: str) -> QTableWidgetItem:
    """Guest and file text is plain text in a table item; the whole of it shows as the tooltip."""
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip(text))
    return item


def _mapping_header(column: ColumnPreview, columns: tuple[ColumnPreview, ...]) -> str | None:
    """The header a mapping names this column by; None for a blank header ("Column C") or a repeated one
    ("Nazwisko (2)"), which the file does not name apart from the others."""
    if column.header == f"Column {column_letters(column.index)}":
        return None
    repeat = re.fullmatch(r"(.*) \(\d+\)", column.header)
    if repeat and any(other.header == repeat.group(1) for other in columns[: column.index]):
        return None
    return column.header

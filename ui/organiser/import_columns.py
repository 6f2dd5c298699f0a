"""The import window's table of the file's columns: each one's header, a few of its values as the file
writes them, the field it is imported as (a combo the organiser may change) and why it was read so."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from checkin.importing.columns import column_letters
from checkin.importing.preview import ColumnPreview, ImportPreview
from ui.organiser import import_texts
from ui.widgets.plain import tooltip

HEADER, SAMPLES, FIELD, WHY = range(4)
SAMPLE_SEPARATOR = " · "
WIDTHS = ((HEADER, 230), (SAMPLES, 300), (FIELD, 290))
"""Pixels; the last column, why, takes the rest."""


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


class ColumnTable(QTableWidget):
    """`mapped` (header, field) when the organiser picks another field for a column."""

    mapped = Signal(str, str)

    def __init__(self) -> None:
        super().__init__(0, 4)
        self.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Values in the file"), self.tr("Imported as"), self.tr("Why")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        # Tab goes from combo to combo, not through every cell of the table (four presses a column).
        self.setTabKeyNavigation(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in WIDTHS:
            self.setColumnWidth(column, width)

    def show_preview(self, preview: ImportPreview) -> None:
        """Rows are made once per file; a new mapping only updates them, so the keyboard stays where it was."""
        columns = preview.columns
        if self._shown_headers() != [column.header for column in columns]:
            self.setRowCount(0)
            self.setRowCount(len(columns))
            for row, column in enumerate(columns):
                self._make_row(row, column, _mapping_header(column, columns))
        for row, column in enumerate(columns):
            combo = self.combo(row)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(column.field), 0))
            combo.blockSignals(False)
            why = import_texts.why(column, remembered=preview.read.remembered)
            self.setItem(row, WHY, _cell(why))

    def combo(self, row: int) -> QComboBox:
        widget = self.cellWidget(row, FIELD)
        assert isinstance(widget, QComboBox)
        return widget

    def first_combo(self) -> QComboBox | None:
        """Where the keyboard starts once the preview is shown: the first column that can be mapped."""
        return next((self.combo(row) for row in range(self.rowCount()) if self.combo(row).isEnabled()), None)

    def _shown_headers(self) -> list[str]:
        items = (self.item(row, HEADER) for row in range(self.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def _make_row(self, row: int, column: ColumnPreview, header: str | None) -> None:
        self.setItem(row, HEADER, _cell(column.header))
        self.setItem(row, SAMPLES, _cell(SAMPLE_SEPARATOR.join(column.samples)))
        combo = _FieldCombo()
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        combo.focused.connect(lambda: self.scrollTo(self.model().index(row, FIELD)))
        for key in import_texts.offered_fields():
            combo.addItem(import_texts.field_label(key), key)
        if header is None:
            combo.setEnabled(False)
            combo.setToolTip(
                self.tr("A column without a header of its own cannot be mapped; name it in the file.")
            )
        else:
            combo.currentIndexChanged.connect(lambda _: self.mapped.emit(header, str(combo.currentData())))
        self.setCellWidget(row, FIELD, combo)


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

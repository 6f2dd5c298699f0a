"""The search results under the banner, the same at the desk and at a session's door.

The view never takes the focus (the input keeps it, so the next scan works whatever was clicked) and speaks
in rows of the controller's `ResultsModel`: the view itself may be sorted differently (a click on a column
header sorts; new results come back in the core's ranking).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models import ResultsModel, ResultsProxy
from ui.widgets import theme

_STRETCH, _FIT = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents
COLUMN_MODES = (_STRETCH, _STRETCH, _FIT, _STRETCH, _FIT)
"""Name, organisation and workshop share the width; category and "today" take what they need."""


class ResultsView(QTableView):
    picked = Signal(int)
    """A result was double-clicked: its row in the controller's model."""

    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = ResultsProxy(model)
        self.setModel(self.proxy)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        # Namesakes differ at the end ("Centrum Usług Społecznych w Starachowicach"): cut in the middle, on
        # one line (a wrapped cell is cut at its end whatever the mode).
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        font = QFont()
        font.setPointSize(theme.RESULT_POINT_SIZE)
        self.setFont(font)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + theme.RESULT_ROW_PADDING)
        self._set_up_header()
        self.doubleClicked.connect(self._double_clicked)

    def _set_up_header(self) -> None:
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, mode in enumerate(COLUMN_MODES):
            header.setSectionResizeMode(column, mode)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(lambda column: self.proxy.sort(column))

    def retranslate(self) -> None:
        """The column headers in the language just chosen."""
        self.proxy.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.proxy.columnCount() - 1)

    def _double_clicked(self, index: QModelIndex) -> None:
        self.picked.emit(self.proxy.source_row(index.row()))

    def _selected_view_row(self) -> int:
        rows = self.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected_row(self) -> int:
        """The selected result as a row of the controller's model; -1 when none is selected."""
        return self.proxy.source_row(self._selected_view_row())

    def select_row(self, row: int) -> None:
        """Select the controller model's `row`; -1 clears the selection."""
        if row < 0:
            self.clearSelection()
        else:
            self.selectRow(self.proxy.proxy_row(row))

    def move_selection(self, step: int) -> None:
        """↑ ↓ in the input: the next or previous shown row, the first when none is selected."""
        count = self.proxy.rowCount()
        if count:
            current = self._selected_view_row()
            self.selectRow(min(max(0, current + step) if current >= 0 else 0, count - 1))

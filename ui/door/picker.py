"""Choosing the session whose door this station keeps: the programme in order, arrows and Enter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.domain import SessionCounts
from checkin.station import Station
from ui import labels
from ui.widgets import theme
from ui.widgets.plain import plain_label, tooltip


class DoorSessionDialog(QDialog):
    """Lists every session (day, time, title, room, signed up and capacity); `session_id()` is the choice.

    The list has the keyboard: ↑ ↓ move, Enter chooses, Esc cancels. The current door's session, if any,
    starts selected, so "Change session…" followed by Enter changes nothing.
    """

    def __init__(self, station: Station, parent: QWidget | None = None, current: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Door mode: choose the session"))
        self.setMinimumSize(*theme.DOOR_PICKER_MIN_SIZE)
        self._counts = station.programme.counts()
        self.table = self._table(station)
        note = plain_label(self.tr("The programme has no sessions yet: add them with Programme → Edit programme…"),
                           wrap=True)  # fmt: skip
        note.setVisible(not self._counts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self._counts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(self.tr("Scans at this station will record entries to the chosen session."))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        ids = [counts.session.id for counts in self._counts]
        if ids:
            self.table.selectRow(ids.index(current) if current in ids else 0)
        self.table.setFocus()

    def session_id(self) -> int:
        """The chosen session's id (0 when the programme is empty)."""
        rows = self.table.selectionModel().selectedRows()
        return self._counts[rows[0].row()].session.id if rows else 0

    def _table(self, station: Station) -> QTableWidget:
        headers = (self.tr("Day"), self.tr("Time"), self.tr("Session"), self.tr("Room"), self.tr("Signed up"),
                   self.tr("Capacity"))  # fmt: skip
        table = QTableWidget(len(self._counts), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().setVisible(False)
        for row, counts in enumerate(self._counts):
            for column, text in enumerate(self._row(station, counts)):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.accept)
        return table

    def _row(self, station: Station, counts: SessionCounts) -> tuple[str, ...]:
        session = counts.session
        day = labels.day_heading(session.day, station.programme.date_of(session))
        capacity = "—" if session.capacity is None else str(session.capacity)
        return (
            day,
            f"{session.start}–{session.end}",
            session.title,
            session.room,
            str(counts.signed_up),
            capacity,
        )

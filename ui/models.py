"""Qt models over the core's records. Adapters only: ranking and rules live in `checkin/`."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from checkin.station import SearchHit
from ui import labels, theme

_Index = QModelIndex | QPersistentModelIndex


class ResultsModel(QAbstractTableModel):
    """Search results in the order the core ranked them."""

    NAME, ORGANISATION, CATEGORY, WORKSHOP, PRESENT = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return labels.result_columns()[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        hit = self.hit(index.row())
        if hit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(hit, column)
        if role == Qt.ItemDataRole.FontRole and column == self.NAME:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRESENT and hit.checked_in:
            return QColor(theme.CHECKED_IN_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                labels.namesake_hint() if hit.ambiguous and column == self.NAME else self._text(hit, column)
            )
        return None

    def _text(self, hit: SearchHit, column: int) -> str:
        person = hit.attendee
        if column == self.NAME:
            return labels.display_name(person) + (" ⚠" if hit.ambiguous else "")
        if column == self.ORGANISATION:
            return person.organisation
        if column == self.CATEGORY:
            return labels.category(person.category)
        if column == self.WORKSHOP:
            return person.workshop
        return labels.present(hit.checked_in, person.status)


class ResultsProxy(QSortFilterProxyModel):
    """Thin: keeps the core's ranking until staff click a column header, and back to it on new results."""

    def __init__(self, source: ResultsModel) -> None:
        super().__init__(source)
        self.setSourceModel(source)
        source.modelReset.connect(lambda: self.sort(-1))

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row() if proxy_row >= 0 else -1

    def proxy_row(self, source_row: int) -> int:
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row() if source_row >= 0 else -1

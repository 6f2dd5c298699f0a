"""Qt models over the core's records. Adapters only: ranking and rules live in `checkin/`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from checkin.domain import Session, Status
from checkin.station import SearchHit
from ui import labels
from ui.widgets import theme
from ui.widgets.plain import tooltip

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
        if role == Qt.ItemDataRole.ForegroundRole and column == self.PRESENT:
            return self._present_colour(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(
                labels.namesake_hint() if hit.ambiguous and column == self.NAME else self._text(hit, column)
            )
        return None

    @staticmethod
    def _present_colour(hit: SearchHit) -> QColor | None:
        """Besides the words: a cancelled registration in red, a check-in in green."""
        if hit.attendee.status is Status.CANCELLED:
            return QColor(theme.CANCELLED_COLOUR)
        return QColor(theme.CHECKED_IN_COLOUR) if hit.checked_in else None

    def _text(self, hit: SearchHit, column: int) -> str:
        person = hit.attendee
        if column == self.NAME:
            return labels.display_name(person) + (" ⚠" if hit.ambiguous else "")
        if column == self.ORGANISATION:
            return labels.organisation_and_town(person)
        if column == self.CATEGORY:
            return labels.category(person.category)
        if column == self.WORKSHOP:
            return _where(hit.workshop) if hit.workshop else person.workshop
        return labels.present(hit.checked_in, person.status)


def _where(session: Session) -> str:
    return f"{session.title} ({session.room})" if session.room else session.title


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


class ProgrammeModel(QAbstractTableModel):
    """The programme being edited, one session per row, in memory until the editor saves it.

    Cells are shown and taken as typed: whether a time, a day or a number of seats is right is for
    `Programme.save` to say. Seats are edited as text, blank meaning no limit; the kind is edited as its key
    and shown as its translated label.
    """

    FIELDS = ("day", "start", "end", "title", "room", "kind", "capacity", "speakers", "choice_group",
              "signup")  # fmt: skip
    DAY, START, END, TITLE, ROOM, KIND, CAPACITY, SPEAKERS, GROUP, SIGNUP = range(len(FIELDS))
    _TEXT_COLUMNS = frozenset({TITLE, ROOM, SPEAKERS, GROUP})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sessions: list[Session] = []

    def set_sessions(self, sessions: Sequence[Session]) -> None:
        self.beginResetModel()
        self._sessions = list(sessions)
        self.endResetModel()

    def sessions(self) -> list[Session]:
        return list(self._sessions)

    def session(self, row: int) -> Session | None:
        return self._sessions[row] if 0 <= row < len(self._sessions) else None

    def append(self, session: Session) -> int:
        """Add a row at the end; returns its number."""
        row = len(self._sessions)
        self.beginInsertRows(QModelIndex(), row, row)
        self._sessions.append(session)
        self.endInsertRows()
        return row

    def remove(self, rows: Iterable[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._sessions[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return labels.programme_columns()[section]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Sign-up is a check box, shown ticked and fixed for a session of a choice group: picking one of
        parallel sessions is signing up (`Session.needs_signup`)."""
        if index.column() != self.SIGNUP:
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        session = self.session(index.row())
        return flags if session is not None and session.choice_group else flags | Qt.ItemFlag.ItemIsEnabled

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        session = self.session(index.row())
        if session is None:
            return None
        column = index.column()
        value = getattr(session, self.FIELDS[column])
        if column == self.SIGNUP:
            checked = Qt.CheckState.Checked if session.needs_signup else Qt.CheckState.Unchecked
            return checked if role == Qt.ItemDataRole.CheckStateRole else None
        if role == Qt.ItemDataRole.EditRole:
            return value if column in (self.DAY, self.KIND) else "" if value is None else str(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.session_kind(value) if column == self.KIND else "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column in self._TEXT_COLUMNS:
            return tooltip(value) or None
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        session = self.session(index.row())
        column = index.column()
        if session is None:
            return False
        if column == self.SIGNUP and role == Qt.ItemDataRole.CheckStateRole:
            new: object = Qt.CheckState(value) == Qt.CheckState.Checked
        elif column != self.SIGNUP and role == Qt.ItemDataRole.EditRole:
            try:
                new = self._typed(column, value)
            except ValueError:
                return False  # not a number where one is needed: the cell keeps its value
        else:
            return False
        change: dict[str, Any] = {self.FIELDS[column]: new}  # Any: of that field's type, as _typed made it
        self._sessions[index.row()] = replace(session, **change)
        # the whole row: a choice group changes what the sign-up cell shows
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.FIELDS) - 1))
        return True

    def _typed(self, column: int, value: object) -> object:
        """The edited text as the session's field holds it: the day a number, blank seats None."""
        if column == self.DAY:
            return int(str(value))
        if column == self.CAPACITY:
            text = str(value).strip()
            return int(text) if text else None
        return str(value)

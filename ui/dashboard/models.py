"""The dashboard's tables: records of the core's `Dashboard` as rows of text. Adapters only: what is counted
and in which order is `checkin.dashboard`'s."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from checkin.dashboard import Arrival, CategoryCount
from checkin.domain import Attendee, SessionCounts
from checkin.programme.meals import STANDARD, MealCount
from ui import labels
from ui.widgets.plain import tooltip

_Index = QModelIndex | QPersistentModelIndex
Record = TypeVar("Record")


def clock(iso_time: str) -> str:
    """The time of day of a log time ("09:07"): the dashboard shows one day, so the date goes without saying."""
    return iso_time[11:16]


def percent(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "—"


def number(count: int) -> str:
    """Thousands apart by a thin space, which both Polish and English read: "12 345"."""
    return f"{count:,}".replace(",", "\u202f")


class RecordsModel(QAbstractTableModel, Generic[Record]):
    """Rows of text made from records, under translated headers; `NUMERIC` columns are right-aligned.

    The rows are made once per `set_records`, not per paint: a dashboard repaints more often than it changes.
    """

    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def cells(self, record: Record) -> tuple[str, ...]:
        raise NotImplementedError

    def set_records(self, records: Sequence[Record]) -> None:
        """Rows that read the same are left alone: a check-in changes one or two of the dashboard's tables,
        and a table reset repaints (and, on a full-HD projector, costs milliseconds)."""
        rows = [self.cells(record) for record in records]
        if rows != self._rows:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(self._rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        return None

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        horizontal = Qt.AlignmentFlag.AlignRight if column in self.NUMERIC else Qt.AlignmentFlag.AlignLeft
        return horizontal | Qt.AlignmentFlag.AlignVCenter


class SessionsModel(RecordsModel[SessionCounts]):
    """The day's sessions: signed up, capacity, entered, in the room now. A session open to everyone there
    that day says so rather than repeat the number of guests expected (the tile above shows it). The room
    has a column of its own: parallel workshops' long titles are cut short, and the room went with them."""

    NUMERIC = frozenset({3, 4, 5, 6})

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Time"),
            QCoreApplication.translate("dashboard", "Session"),
            QCoreApplication.translate("dashboard", "Room"),
            QCoreApplication.translate("dashboard", "Signed up"),
            QCoreApplication.translate("dashboard", "Seats"),
            QCoreApplication.translate("dashboard", "Entered"),
            QCoreApplication.translate("dashboard", "In the room"),
        )

    def cells(self, record: SessionCounts) -> tuple[str, ...]:
        session = record.session
        signed_up = (
            number(record.signed_up)
            if session.needs_signup
            else QCoreApplication.translate("dashboard", "all")
        )
        capacity = "—" if session.capacity is None else number(session.capacity)
        return (f"{session.start}–{session.end}", session.title, session.room, signed_up, capacity,
                number(record.entered), number(record.in_room))  # fmt: skip


class MealsModel(RecordsModel[MealCount]):
    """The day's meals for the kitchen: guests signed up, and how many per diet, the standard menu first."""

    NUMERIC = frozenset({2})

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Time"),
            QCoreApplication.translate("dashboard", "Meal"),
            QCoreApplication.translate("dashboard", "Signed up"),
            QCoreApplication.translate("dashboard", "Diets"),
        )

    def cells(self, record: MealCount) -> tuple[str, ...]:
        session = record.session
        diets = " · ".join(f"{_diet(label)} {number(count)}" for label, count in record.diets)
        return f"{session.start}–{session.end}", session.title, number(record.total), diets or "—"


def _diet(label: str) -> str:
    """The standard menu in the user's language; other diets as the guests' answers group them (Polish)."""
    return QCoreApplication.translate("dashboard", "standard") if label == STANDARD else label


class CategoriesModel(RecordsModel[CategoryCount]):
    NUMERIC = frozenset({1, 2, 3})

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Category"),
            QCoreApplication.translate("dashboard", "Checked in"),
            QCoreApplication.translate("dashboard", "Expected"),
            "%",
        )

    def cells(self, record: CategoryCount) -> tuple[str, ...]:
        return (labels.category(record.category), number(record.checked_in), number(record.expected),
                percent(record.checked_in, record.expected))  # fmt: skip


class LatestModel(RecordsModel[Arrival]):
    """The last check-ins, newest first: when, who, at which desk."""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Time"),
            QCoreApplication.translate("dashboard", "Guest"),
            QCoreApplication.translate("dashboard", "Desk"),
        )

    def cells(self, record: Arrival) -> tuple[str, ...]:
        return clock(record.check_in.at), labels.display_name(record.attendee), record.check_in.station


class HonoraryModel(RecordsModel[Arrival | Attendee]):
    """Honorary guests: those who arrived (with the time), newest first, then those still expected."""

    def headers(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("dashboard", "Arrived"),
            QCoreApplication.translate("dashboard", "Honorary guest"),
        )

    def cells(self, record: Arrival | Attendee) -> tuple[str, ...]:
        if isinstance(record, Arrival):
            return clock(record.check_in.at), _guest(record.attendee)
        return "—", _guest(record)


def _guest(person: Attendee) -> str:
    name = labels.display_name(person)
    return f"{name} · {person.organisation}" if person.organisation else name

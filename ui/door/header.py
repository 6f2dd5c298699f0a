"""The top of the door window: which session this door is for, and its numbers, live."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from checkin.domain import Session, SessionCounts
from ui import labels
from ui.widgets import theme
from ui.widgets.banner import big_label
from ui.widgets.plain import tooltip


class SessionHeader(QWidget):
    """The session's title, large, and under it the room, the day and the time.

    The title takes at most `title_lines` lines, cut with an ellipsis where it runs longer (the whole title is
    its tooltip): the door window gives it fewer lines when it is low, so that the banner stays whole.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(theme.DOOR_TITLE_POINT_SIZE, bold=True)
        self.info = big_label(theme.DOOR_INFO_POINT_SIZE)
        self.title_lines = 0
        self._title = ""
        self.set_title_lines(theme.DOOR_TITLE_LINES)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)

    def show_session(self, session: Session, date: str) -> None:
        """A title of any length (the programme allows 500 characters) is cut to leave the banner in sight."""
        self._title = labels.shortened(session.title, theme.DOOR_TITLE_CHARS)
        self.title.setToolTip(tooltip(session.title))
        self._fit_title()
        if session.room:
            text = self.tr("Room: {room} · {day} · {start}–{end}").format(
                room=session.room, day=labels.day(session.day, date), start=session.start, end=session.end
            )
        else:
            text = self.tr("{day} · {start}–{end}").format(
                day=labels.day_heading(session.day, date), start=session.start, end=session.end
            )
        self.info.setText(text)

    def set_title_lines(self, lines: int) -> None:
        """The label's height is bounded too, so that the window's layout is right at once, before the title
        is cut to the width the layout then gives it."""
        if lines != self.title_lines:
            self.title_lines = lines
            self.title.setMaximumHeight(lines * self.title.fontMetrics().lineSpacing())
            self._fit_title()
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def _fit_title(self) -> None:
        """The longest beginning of the title that `title_lines` lines hold at the header's width."""
        title, width = self._title, self.contentsRect().width()
        if self._title_height(title, width) > self.title_lines:
            shortest, longest = 1, len(title) - 1  # the longest cut that fits lies between these
            while shortest < longest:
                middle = (shortest + longest + 1) // 2
                if self._title_height(labels.shortened(title, middle), width) <= self.title_lines:
                    shortest = middle
                else:
                    longest = middle - 1
            title = labels.shortened(title, shortest)
        if self.title.text() != title:
            self.title.setText(title)

    def _title_height(self, text: str, width: int) -> int:
        """How many lines `text` takes in the title label at `width` pixels."""
        metrics = self.title.fontMetrics()
        flags = Qt.TextFlag.TextWordWrap
        height = metrics.boundingRect(
            QRect(0, 0, max(width, 1), theme.DOOR_TITLE_MEASURE_PX), flags, text
        ).height()
        return max(1, round(height / metrics.lineSpacing()))


class CountTiles(QWidget):
    """Signed up, capacity, seats left, entered and in the room now: each a big number over its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(theme.DOOR_TILE_STYLE)
        self.values: list[QLabel] = []
        self.captions: list[QLabel] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for _ in range(5):
            row.addWidget(self._tile(), 1)

    def _tile(self) -> QFrame:
        tile = QFrame()
        tile.setObjectName("countTile")
        tile.setMinimumWidth(theme.DOOR_TILE_MIN_WIDTH)
        value, caption = (
            big_label(theme.DOOR_COUNT_POINT_SIZE, bold=True),
            big_label(theme.DOOR_COUNT_CAPTION_POINT_SIZE),
        )
        for label in (value, caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.values.append(value)
        self.captions.append(caption)
        column = QVBoxLayout(tile)
        column.addWidget(value)
        column.addWidget(caption)
        return tile

    def show_counts(self, counts: SessionCounts) -> None:
        """A session open to all counts the guests registered that day where others count sign-ups."""
        capacity, left = counts.session.capacity, counts.seats_left
        numbers = (counts.signed_up, capacity, left, counts.entered, counts.in_room)
        signed = self.tr("signed up") if counts.session.needs_signup else self.tr("registered that day")
        captions = (
            signed,
            self.tr("capacity"),
            self.tr("seats left"),
            self.tr("entered"),
            self.tr("in the room now"),
        )
        for value, caption, number, text in zip(self.values, self.captions, numbers, captions, strict=True):
            value.setText("—" if number is None else str(number))
            caption.setText(text)

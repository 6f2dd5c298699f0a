"""The top of the door window: which session this door is for, and its numbers, live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from checkin.domain import Session, SessionCounts
from ui import labels, theme
from ui.desk.banner import big_label


class SessionHeader(QWidget):
    """The session's title, large, and under it the room, the day and the time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = big_label(theme.DOOR_TITLE_POINT_SIZE, bold=True)
        self.info = big_label(theme.DOOR_INFO_POINT_SIZE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)

    def show_session(self, session: Session, date: str) -> None:
        """A title of any length (the programme allows 500 characters) is cut to leave the banner in sight."""
        self.title.setText(labels.shortened(session.title, theme.DOOR_TITLE_CHARS))
        self.title.setToolTip(session.title)
        self.info.setText(
            self.tr("Room {room} · day {number} ({date}) · {start}–{end}").format(
                room=session.room or "—", number=session.day, date=date, start=session.start, end=session.end
            )
        )


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

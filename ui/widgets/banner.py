"""The verdict banner: colour, icon and words big enough to read at two metres. Never modal.

`BannerView` is what it shows; the desk and the door each decide it from their verdicts."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from time import monotonic

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui import labels
from ui.widgets import theme
from ui.widgets.plain import plain_label
from ui.widgets.theme import Tone


@dataclass(frozen=True)
class BannerView:
    tone: Tone
    headline: str
    name: str = ""
    details: list[str] = field(default_factory=list)
    alert: str = ""


def clock(at: str) -> str:
    """The time of day of a log timestamp, as staff say it ("10:42")."""
    try:
        return datetime.fromisoformat(at).strftime("%H:%M")
    except ValueError:
        return at


def for_error(message: str) -> BannerView:
    return BannerView(Tone.ERROR, QCoreApplication.translate("verdicts", "Not done"), details=[message])


def no_camera() -> BannerView:
    """F8 at a station with no webcam (the desk's and the door's)."""
    return BannerView(
        Tone.WARN, QCoreApplication.translate("verdicts", "No camera found"),
        details=[QCoreApplication.translate("verdicts", "Connect a webcam, or use the USB scanner or the keyboard.")],
    )  # fmt: skip


def big_label(point_size: int, *, bold: bool = False, wrap: bool = True) -> QLabel:
    """Text to read from a distance that never takes the input's focus (the door's header uses it too)."""
    label = plain_label()  # names and answers come from guests: never markup
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return label


class VerdictBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setMinimumHeight(theme.BANNER_MIN_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.icon = big_label(theme.ICON_POINT_SIZE, bold=True, wrap=False)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.icon.setMinimumWidth(theme.ICON_POINT_SIZE * 2)
        self.headline = big_label(theme.HEADLINE_POINT_SIZE, bold=True)
        self.name = big_label(theme.NAME_POINT_SIZE, bold=True)
        self.details = big_label(theme.DETAIL_POINT_SIZE)
        # An error's sentence names the log file: selectable and copyable (right click), never focused.
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.alert = big_label(theme.ALERT_POINT_SIZE, bold=True)
        self.alert.setObjectName("alertLine")
        self.alert.setContentsMargins(*theme.ALERT_MARGINS_PX)
        self.age = big_label(theme.BANNER_AGE_POINT_SIZE, wrap=False)
        self.age.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        for widget in (self.headline, self.name, self.details, self.alert):
            text.addWidget(widget)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        row.addWidget(self.age, 0, Qt.AlignmentFlag.AlignTop)
        self.tone = Tone.IDLE
        self.shown_at = monotonic()
        """When the view on it was shown (`time.monotonic`): how old what it says is."""

    def show_view(self, view: BannerView) -> None:
        self.tone = view.tone
        self.shown_at = monotonic()
        self.age.clear()
        self.setStyleSheet(
            f"#verdictBanner {{ background: {view.tone.background}; border-radius: {theme.BANNER_RADIUS_PX}px; }}"
            f"#verdictBanner QLabel {{ color: {view.tone.foreground}; }}"
            f"#verdictBanner #alertLine {{ background: {theme.ALERT_BACKGROUND}; color: {theme.ALERT_FOREGROUND};"
            f" border-radius: {theme.ALERT_RADIUS_PX}px; }}"
        )
        self.icon.setText(view.tone.icon)
        self.headline.setText(view.headline)
        self.name.setText(labels.cut_middle(view.name, theme.BANNER_NAME_CHARS))
        self.name.setVisible(bool(view.name))
        self.details.setText("\n".join(view.details))
        self.alert.setText(view.alert)
        self.alert.setVisible(bool(view.alert))

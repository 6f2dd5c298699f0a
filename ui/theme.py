"""Every size, colour and timing the desk uses, named: no magic numbers in widgets."""

from __future__ import annotations

from enum import Enum

SCANNER_MAX_KEY_INTERVAL_MS = 35
"""USB scanners type a character every few milliseconds; no person types this fast for a whole code."""
SCANNER_PAUSE_MS = 150
"""A scanner configured without Enter has finished when this much time passes without a key."""

INPUT_POINT_SIZE = 26
NAME_POINT_SIZE = 40
HEADLINE_POINT_SIZE = 22
DETAIL_POINT_SIZE = 15
ALERT_POINT_SIZE = 18
RESULT_POINT_SIZE = 14
ICON_POINT_SIZE = 64
BANNER_MIN_HEIGHT = 230
BANNER_RADIUS_PX = 10
ALERT_RADIUS_PX = 6
ALERT_MARGINS_PX = (12, 6, 12, 6)
RESULT_ROW_PADDING = 12
MIN_WINDOW_SIZE = (1024, 640)
DEFAULT_WINDOW_SIZE = (1280, 720)
STATUS_REFRESH_MS = 2000
DIALOG_MIN_WIDTH = 560


class Tone(Enum):
    """A verdict's colour family: what staff read at two metres before any word."""

    IDLE = ("#ECEFF1", "#263238", "")
    OK = ("#1B7F3A", "#FFFFFF", "✔")
    WARN = ("#F2A900", "#1A1A1A", "!")
    ERROR = ("#B3261E", "#FFFFFF", "✖")

    @property
    def background(self) -> str:
        return self.value[0]

    @property
    def foreground(self) -> str:
        return self.value[1]

    @property
    def icon(self) -> str:
        return self.value[2]


ALERT_BACKGROUND = "#4A148C"
ALERT_FOREGROUND = "#FFFFFF"
CHECKED_IN_COLOUR = "#1B7F3A"
WARNING_COLOUR = "#B3261E"
PRINT_OK_STYLE = "background: #E8F5E9; color: #1B5E20; border-radius: 6px; padding: 6px; font-size: 13pt;"
PRINT_PROBLEM_STYLE = (
    "background: #FDECEA; color: #B3261E; border: 1px solid #B3261E; border-radius: 6px; padding: 6px;"
    " font-size: 13pt; font-weight: bold;"
)
PRINT_OK_SHOWN_MS = 4000
NOTE_STYLE = (
    "background: #FFF3CD; color: #5C4400; border: 1px solid #F2A900; border-radius: 6px; padding: 8px;"
)

"""The one input field of the desk: a person types a name, a USB scanner "types" a code.

A scanner types a whole code within a few milliseconds per key and usually ends with Enter. Some are set
up without Enter, so what arrived decides, never how long handling it took (a busy laptop handles a burst
of keys late and all at once):
- a field that holds, whole or at its end, a code this event signed is a scan, whatever the timing;
- otherwise a burst of code-shaped keys whose key events the window system stamped a few milliseconds
  apart is a scan too (another event's badge, or a damaged one: the desk says so in red).
Either submits itself after a short pause, so those scanners work with no key at all. A name typed by hand
is never taken for a code: no name carries this event's signature.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin import codes
from checkin.text import MAX_QUERY_LENGTH
from ui.widgets import theme


class KeyTiming:
    """Tells a scanner's keys from a person's: a key pressed within `SCANNER_MAX_KEY_INTERVAL_MS` of the one
    before follows it fast. Keys are timed by when they were pressed (the event's timestamp), not when they
    are handled; an event without one (0: made by a program) is timed on arrival."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.clock.start()
        self._last_ms: int | None = None

    def fast(self, event: QKeyEvent) -> bool:
        """Whether `event` came fast after the key before it (the first key never does)."""
        pressed = event.timestamp() or self.clock.elapsed()
        gap = pressed - self._last_ms if self._last_ms is not None else None
        self._last_ms = pressed
        return gap is not None and 0 <= gap <= theme.SCANNER_MAX_KEY_INTERVAL_MS


class ScanInput(QLineEdit):
    submitted = Signal(str)
    """Enter, or a scanner's code followed by a pause."""
    moved = Signal(int)
    """Up (-1) or Down (+1) through the results."""
    escaped = Signal()
    """Esc, after the field was cleared: the door also drops the guest awaiting the staff's decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont()
        font.setPointSize(theme.INPUT_POINT_SIZE)
        self.setFont(font)
        self.setMaxLength(MAX_QUERY_LENGTH)
        self.setClearButtonEnabled(True)
        self._timing = KeyTiming()
        self._fast_keys = 0
        self._burst_start = 0
        self._is_code: Callable[[str], bool] = codes.looks_like_code
        self._self_submitted_ms: int | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(theme.SCANNER_PAUSE_MS)
        self._pause.timeout.connect(self._submit_scanned)
        self.textEdited.connect(self._on_edited)

    def check_codes_with(self, is_code: Callable[[str], bool]) -> None:
        """The event's own check (`Station.is_code`): a code it signed is a scan however it arrived."""
        self._is_code = is_code

    def event(self, event: QEvent) -> bool:
        """Ctrl+Z belongs to the desk (undo the last check-in), not to QLineEdit's text undo."""
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo))
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pause.stop()
            if self._enter_after_self_submitted():
                return
            self.submitted.emit(self._scanned_or_typed())
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moved.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Escape:
            self._pause.stop()
            self.clear()
            self.textEdited.emit("")
            self.escaped.emit()
            return
        self._time_key(event)
        super().keyPressEvent(event)

    def _time_key(self, event: QKeyEvent) -> None:
        fast = self._timing.fast(event)
        self._fast_keys = self._fast_keys + 1 if fast else 0
        if not fast:
            self._burst_start = self.cursorPosition()

    def _enter_after_self_submitted(self) -> bool:
        """An Enter into the emptied field just after a code submitted itself: the scanner's own, or the
        staff's habit. Passed on, it would answer for the guest the door holds (admit them)."""
        submitted, self._self_submitted_ms = self._self_submitted_ms, None
        return (
            not self.text()
            and submitted is not None
            and self._timing.clock.elapsed() - submitted <= theme.SCANNER_ENTER_GRACE_MS
        )

    def _burst(self) -> str:
        """What the last scanner-speed burst typed, up to the cursor, if it was a whole code (else empty)."""
        if self._fast_keys < codes.CODE_LENGTH - 1:
            return ""
        burst = self.text()[self._burst_start : self.cursorPosition()]
        return burst if codes.looks_like_code(burst) else ""

    def _scanned(self) -> str:
        """The code a scan put in the field ("" when none): the field, or what was typed up to the cursor,
        is a code of this event, or the last burst at scanner speed had a code's shape."""
        text = self.text()
        up_to_cursor = text[: self.cursorPosition()][-codes.CODE_LENGTH :]  # typed into leftover text
        for candidate in (text, up_to_cursor):
            if codes.looks_like_code(candidate) and self._is_code(candidate):
                return candidate
        return self._burst()

    def _scanned_or_typed(self) -> str:
        """A scan into a field that still held someone's half-typed name replaces that text."""
        scanned = self._scanned()
        if scanned and scanned != self.text():
            self.setText(scanned)
        return scanned or self.text()

    def _on_edited(self, text: str) -> None:
        if self._scanned():
            self._pause.start()
        else:
            self._pause.stop()

    def _submit_scanned(self) -> None:
        if self._scanned():
            self._self_submitted_ms = self._timing.clock.elapsed()
            self.submitted.emit(self._scanned_or_typed())

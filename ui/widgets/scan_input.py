"""The one input field of the desk: a person types a name, a USB scanner "types" a code.

A scanner types a whole code within a few milliseconds per key and usually ends with Enter. Some are set
up without Enter; a string that looks like a code and arrived at scanner speed submits itself after a
short pause, so those scanners work with no key at all.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin import codes
from checkin.text import MAX_QUERY_LENGTH
from ui.widgets import theme


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
        self._clock = QElapsedTimer()
        self._fast_keys = 0
        self._burst_start = 0
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(theme.SCANNER_PAUSE_MS)
        self._pause.timeout.connect(self._submit_scanned)
        self.textEdited.connect(self._on_edited)

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
        self._time_key()
        super().keyPressEvent(event)

    def _time_key(self) -> None:
        fast = self._clock.isValid() and self._clock.elapsed() <= theme.SCANNER_MAX_KEY_INTERVAL_MS
        self._fast_keys = self._fast_keys + 1 if fast else 0
        if not fast:
            self._burst_start = self.cursorPosition()
        self._clock.restart()

    def _burst(self) -> str:
        """What the last scanner-speed burst typed, if it was a whole code (else empty)."""
        if self._fast_keys < codes.CODE_LENGTH - 1:
            return ""
        burst = self.text()[self._burst_start :]
        return burst if codes.looks_like_code(burst) else ""

    def _scanned_or_typed(self) -> str:
        """A scan into a field that still held someone's half-typed name replaces that text."""
        burst = self._burst()
        if burst and burst != self.text():
            self.setText(burst)
        return burst or self.text()

    def _on_edited(self, text: str) -> None:
        if self._burst():
            self._pause.start()
        else:
            self._pause.stop()

    def _submit_scanned(self) -> None:
        if self._burst():
            self.submitted.emit(self._scanned_or_typed())

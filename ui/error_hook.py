"""The desk's side of `checkin.app_log`: Qt's own warnings into the log file, and an error nothing caught
told to the person at the desk in one sentence, wherever it was raised.

An error in a slot, a timer or a key (PySide6 hands those to `sys.excepthook`) or on another thread comes
here after its traceback is in the log. The desk then goes on: at a desk window it shows in red on the
banner, where a scanner's next code still reaches the input; over a dialog (or before any window) it is a
message box, since the banner is out of sight there. The log file's path is plain, selectable text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QObject, Qt, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui import messages
from ui.widgets import plain

qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}  # fmt: skip


def route_qt_messages() -> None:
    """Qt's qWarning and friends (a missing font, a failed printer) into the log file instead of a console
    a windowed build does not have."""
    qInstallMessageHandler(_qt_message)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", text)


ShowOnWindow = Callable[[BaseException, Path | None], bool]
"""show(error, log file): said on the station window's banner; False when there is no window to say it on."""


class ErrorReporter(QObject):
    """`app_log.Report` for the desk: callable from any thread, shown on the GUI thread (a queued signal)."""

    _failed = Signal(object, object)

    def __init__(self, on_window: ShowOnWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_window = on_window
        self._box: QMessageBox | None = None
        self._failed.connect(self._show)

    def __call__(self, error: BaseException, log: Path | None) -> None:
        self._failed.emit(error, log)

    def _show(self, error: BaseException, log: Path | None) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None and self._on_window(error, log):
            return
        if self._box is not None:  # one box at a time: an error repeating in a timer must not pile them up
            return
        self._box = failure_box(modal, messages.failure(error, None, log))
        try:
            self._box.exec()
        finally:
            self._box = None


def failure_box(parent: QWidget | None, text: str) -> QMessageBox:
    """A message box whose sentence (and the log file's path in it) can be selected and copied."""
    box = plain.message_box(QMessageBox.Icon.Critical, QApplication.translate("app", "Error"), text, parent)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return box

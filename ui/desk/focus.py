"""Where the desk's keyboard goes: to the one input, so that a scan is never lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMainWindow

from ui.widgets.scan_input import ScanInput


class FocusKeeper(QObject):
    """Gives the input its focus back whenever the window is activated again (after dialogs, clicks), and
    takes back what is typed while the menu bar holds the keyboard with no menu open: after Alt alone, or a
    menu closed with Esc, the bar shows no sign of it, and a scan would vanish there or open menus by the
    letters of its code. Alt with a letter still opens a menu, and arrows still walk the bar."""

    def __init__(self, target: ScanInput, window: QMainWindow) -> None:
        super().__init__(window)
        self._target = target
        self._bar = window.menuBar()
        window.installEventFilter(self)
        self._bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar:
            if not self._typed_into_bar(event):
                return False
            self._target.setFocus(Qt.FocusReason.OtherFocusReason)
            QCoreApplication.sendEvent(self._target, event)  # its time stamp too: a scan stays a scan
            return True
        if event.type() == QEvent.Type.WindowActivate:
            self._target.setFocus()
        return False

    @staticmethod
    def _typed_into_bar(event: QEvent) -> bool:
        """A character typed or scanned (a menu's own keys, with Alt or Ctrl, are left to the bar)."""
        return (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.text().isprintable()  # not Esc, Enter or Tab, which are the bar's
            and bool(event.text())
            and not event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier)
        )  # fmt: skip

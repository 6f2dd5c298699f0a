"""The strip under the desk's banner that says what its printer did: "Badge printed" for a moment, or a
problem that stays while badges wait. It is under the banner, not in the status bar: a printer problem must
be seen, and fit, at 1366 px."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ui.printing import BadgePrinter, PrinterProblem
from ui.widgets import theme


class PrintNotice(QLabel):
    """Keeps what it says, not the words: `retranslate` says it again in the language chosen since."""

    def __init__(self, printer: BadgePrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the printer's name is the system's text
        self.setWordWrap(True)
        self.setVisible(False)
        self._printer = printer
        self._problem: PrinterProblem | None = None
        self._ok_timer = QTimer(self)
        self._ok_timer.setSingleShot(True)
        self._ok_timer.setInterval(theme.PRINT_OK_SHOWN_MS)
        self._ok_timer.timeout.connect(lambda: self.setVisible(self._printer.waiting > 0))

    def show_printed(self) -> None:
        """A badge reached the printer; once none waits, the strip goes after a moment."""
        self._problem = None
        self._show()
        if not self._printer.waiting:
            self._ok_timer.start()

    def show_problem(self, problem: PrinterProblem) -> None:
        self._problem = problem
        self._show()

    def retranslate(self) -> None:
        if self.text():  # it has said something; hidden again, it may show once more (printer.waiting)
            self.setText(self._text())

    def _show(self) -> None:
        self.setText(self._text())
        self.setStyleSheet(theme.PRINT_OK_STYLE if self._problem is None else theme.PRINT_PROBLEM_STYLE)
        self.setVisible(True)

    def _text(self) -> str:
        if self._problem is None:
            return self.tr("Badge printed")
        text = self.tr("Printer: {reason}. %n badge(s) waiting, F9 retries.", "", self._printer.waiting)
        return text.format(reason=self._problem.text())

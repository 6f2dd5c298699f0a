"""A badge scanned while a station's dialog is open: the scanner types the code into the field that has the
keyboard and presses Enter, which would press OK with it (a walk-in named by the code, a check-in undone
"because" of one, a code as a guest's diet note). A station's dialogs leave such a code out instead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from checkin.codes import CODE_LENGTH, normalise


class GuardedDialog(QDialog):
    """Once the station gave its code check (`refuse_codes`), OK takes every code of this event out of the
    dialog's text fields, keeps the dialog open and says so (`say_scanned`). Only a code the event signed
    counts, so no typed text is touched."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_code: Callable[[str], bool] | None = None

    def refuse_codes(self, is_code: Callable[[str], bool]) -> None:
        """`is_code`: the event's check (`Station.is_code`)."""
        self._is_code = is_code

    def accept(self) -> None:
        if self._is_code is not None and self._codes_left_out(self._is_code):
            self.say_scanned(QCoreApplication.translate(
                "GuardedDialog", "A badge was scanned into this form: its code was left out. Finish the form, "
                "or press Esc and scan the badge again at the desk.",
            ))  # fmt: skip
            return
        super().accept()

    def say_scanned(self, text: str) -> None:
        """Shows `text` where the dialog keeps its notes."""
        raise NotImplementedError

    def _codes_left_out(self, is_code: Callable[[str], bool]) -> bool:
        """Takes every code of this event out of the text fields; True when there was one."""
        found = False
        for edit in self.findChildren(QLineEdit):
            text = edit.text()
            for start in range(len(text) - CODE_LENGTH, -1, -1):  # from the end: removals keep the rest
                window = text[start : start + CODE_LENGTH]
                if window == normalise(window) and is_code(window):
                    text = text[:start] + text[start + CODE_LENGTH :]
            if text != edit.text():
                edit.setText(text)
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                found = True
        return found

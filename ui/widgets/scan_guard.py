"""A badge scanned while a station's dialog or message box is open: the scanner types the code into whatever
has the keyboard and presses Enter, which would press OK with it (a walk-in named by the code, a check-in
undone "because" of one, a code as a guest's diet note, badges saved to a file named by it) or answer the
box. A station's dialogs leave such a code out instead, and its message boxes ignore it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from checkin.codes import ALPHABET, CODE_LENGTH, looks_like_code, normalise


def without_codes(text: str, is_code: Callable[[str], bool]) -> str:
    """`text` without the badge codes a scanner typed into it: a code this event signed wherever it stands
    (typed after a half-written word: "Nowak7K3…"), and anything else with a code's shape (another event's
    badge, which no signature of this event recognises) where it stands apart, touching no other capital
    or digit of the codes' alphabet: a longer number (an account number) is someone's text."""
    for start in range(len(text) - CODE_LENGTH, -1, -1):  # from the end: removals keep the rest in place
        window = text[start : start + CODE_LENGTH]
        if window == normalise(window) and (is_code(window) or _stands_apart(text, start)):
            text = text[:start] + text[start + CODE_LENGTH :]
    return text


def _stands_apart(text: str, start: int) -> bool:
    end = start + CODE_LENGTH
    touching = text[max(start - 1, 0) : start] + text[end : end + 1]
    return looks_like_code(text[start:end]) and not any(character in ALPHABET for character in touching)


class GuardedDialog(QDialog):
    """Once the station gave its code check (`refuse_codes`), OK takes the scanned codes out of the
    dialog's text fields (`without_codes`), keeps the dialog open and says so (`say_scanned`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_code: Callable[[str], bool] | None = None

    def refuse_codes(self, is_code: Callable[[str], bool]) -> None:
        """`is_code`: the event's check (`Station.is_code`)."""
        self._is_code = is_code

    def accept(self) -> None:
        if not self.scan_left_out():
            super().accept()

    def scan_left_out(self) -> bool:
        """Takes scanned codes out of the text fields and says so; True when there were some, and OK must
        then do nothing. A dialog whose OK does more than close asks this first."""
        if self._is_code is None or not self._codes_left_out(self._is_code):
            return False
        self.say_scanned(QCoreApplication.translate(
            "GuardedDialog", "A badge was scanned into this form: its code was left out. Finish the form, "
            "or press Esc and scan the badge again at the desk.",
        ))  # fmt: skip
        return True

    def say_scanned(self, text: str) -> None:
        """Shows `text` where the dialog keeps its notes."""
        raise NotImplementedError

    def _codes_left_out(self, is_code: Callable[[str], bool]) -> bool:
        found = False
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() is not QLineEdit.EchoMode.Normal:
                continue  # a PIN or a password may be any characters: one shaped like a code is still typed
            text = without_codes(edit.text(), is_code)
            if text != edit.text():
                edit.setText(text)
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                found = True
        return found


class ScanProofMessageBox(QMessageBox):
    """A message box that a scanner cannot answer. Qt's box presses the button whose shortcut letter is
    typed even without Alt (Polish "&Tak": a code with a T in it answered Yes), and the Enter ending a scan
    pressed the default button. Here a letter or digit typed into the box does nothing, nor does the Enter
    right after such keys; Alt+letter, Enter on its own, Esc, Space and clicks answer as ever."""

    def __init__(self, icon: QMessageBox.Icon, title: str, parent: QWidget | None = None) -> None:
        super().__init__(icon, title, "", parent=parent)
        self._typed = False

    def showEvent(self, event: QShowEvent) -> None:
        """Keys go to the button that has the keyboard first: the filter watches every part of the box."""
        super().showEvent(event)
        for widget in (self, *self.findChildren(QWidget)):
            widget.installEventFilter(self)  # once each: Qt moves a filter installed again to the front

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self._scanned(event):
            return True
        return super().eventFilter(watched, event)

    def _scanned(self, event: QKeyEvent) -> bool:
        """Whether `event` belongs to what a scanner typed (a key of a code, or the Enter after one)."""
        commands = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        text = event.text()
        typed = (
            len(text) == 1 and text.isprintable() and not text.isspace() and not event.modifiers() & commands
        )
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        scanned = typed or (enter and self._typed)
        self._typed = typed
        return scanned

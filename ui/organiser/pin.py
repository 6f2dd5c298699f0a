"""The organiser's PIN at a desk: unlocking the organiser functions, and choosing a PIN (for a new event, or
to change it). The rules are the core's (`checkin.roles`): the dialogs only say what it answered."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from checkin.errors import UserError
from checkin.roles import PIN_MAX_LENGTH, check_pin
from checkin.station import Station
from ui import messages
from ui.widgets import theme
from ui.widgets.dialogs import FormDialog, enable_default
from ui.widgets.plain import plain_label

PIN_HINTS = (
    Qt.InputMethodHint.ImhPreferNumbers
    | Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
)
"""A keypad of digits where the system shows one; letters stay allowed (a PIN set on the command line may
have them)."""


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(PIN_MAX_LENGTH)
    field.setInputMethodHints(PIN_HINTS)
    return field


def _explanation(text: str) -> QLabel:
    return plain_label(text, wrap=True)


class UnlockDialog(FormDialog):
    """Organiser → Unlock, and the question an organiser function asks first at a desk in reception. OK
    checks the PIN (`Roles.unlock`); a wrong one, or the wait after too many, is said here and the dialog
    stays open; Cancel leaves the desk as it was."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Organiser functions"), parent)
        self.station = station
        self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
        minutes = theme.ORGANISER_AUTO_LOCK_MS // 60_000
        self.form.addRow(_explanation(
            self.tr("Type the organiser PIN. This desk then works as the organiser's until it is locked (Organiser menu), or {minutes} minutes after the last organiser function.")
            .format(minutes=minutes)
        ))  # fmt: skip
        self.pin = pin_field()
        self.row(self.tr("PIN"), self.pin)
        self.ok.setText(self.tr("Unlock"))
        self.pin.textChanged.connect(lambda typed: enable_default(self.ok, bool(typed)))
        enable_default(self.ok, False)

    def accept(self) -> None:
        try:
            unlocked = self.station.roles.unlock(self.pin.text())
        except UserError as error:  # pin_wait: too many wrong PINs in a row, at any desk
            self._refuse(messages.describe(error))
            return
        if not unlocked:
            self._refuse(messages.sentence("wrong_pin"))
            return
        super().accept()

    def _refuse(self, text: str) -> None:
        self.show_note(text)
        self.pin.clear()
        self.pin.setFocus()


class NewPinRows(QObject):
    """A new organiser PIN typed twice, as rows of a form. `chosen()` is the PIN once both agree and the core
    takes it (`check_pin`); otherwise None, and the reason shows under the rows as soon as it is one."""

    changed = Signal()

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self.pin, self.repeat = pin_field(), pin_field()
        self.problem = plain_label(wrap=True)
        self.problem.setStyleSheet(theme.FULL_STYLE)
        form.addRow(plain_label(self.tr("Organiser PIN")), self.pin)
        form.addRow(plain_label(self.tr("The PIN again")), self.repeat)
        form.addRow("", self.problem)
        for field in (self.pin, self.repeat):
            field.textChanged.connect(self._update)
        self._update()

    def chosen(self) -> str | None:
        typed = self.pin.text()
        return typed if typed and typed == self.repeat.text() and not self._problem() else None

    def _problem(self) -> str:
        """Why the PIN cannot be taken ("" while it still may be: nothing typed, the repeat half-typed)."""
        typed, again = self.pin.text(), self.repeat.text()
        if not typed:
            return ""
        try:
            check_pin(typed)
        except UserError as error:
            return messages.describe(error)
        if again != typed and not (len(again) < len(typed) and typed.startswith(again)):
            return self.tr("The two PINs are not the same.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self._form.setRowVisible(self.problem, bool(problem))
        self.changed.emit()


class ChangePinDialog(FormDialog):
    """Organiser → Change the organiser PIN (or set a first one on an event without). The current PIN is
    asked again, as the core's `change_pin` wants: an unlocked desk left alone must not give the PIN away."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        has_pin = station.roles.has_pin
        super().__init__(
            self.tr("Change the organiser PIN") if has_pin else self.tr("Set an organiser PIN"), parent
        )
        self.station = station
        self._needs_current = has_pin
        self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
        self.current = pin_field()
        if has_pin:
            self.row(self.tr("Current PIN"), self.current)
        else:
            self.form.addRow(_explanation(self.tr(
                "This event has no organiser PIN: every desk can export, clear the personal data and restore backups. With a PIN, desks start in reception and ask for it."
            )))  # fmt: skip
        self.new = NewPinRows(self.form, self)
        self.current.textChanged.connect(self._update)
        self.new.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        has_current = bool(self.current.text()) or not self._needs_current
        enable_default(self.ok, self.new.chosen() is not None and has_current)

    def accept(self) -> None:
        chosen = self.new.chosen()
        if chosen is None:
            return
        try:
            self.station.roles.change_pin(self.current.text(), chosen)
        except UserError as error:
            self.show_note(messages.describe(error))
            self.current.clear()
            return
        super().accept()

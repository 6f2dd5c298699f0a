"""Keyboard-first form dialogs every window shares: Enter accepts, Esc cancels, and OK waits for the input it
needs. The desk's and the organiser's dialogs are built from these.

A receptionist types without looking: the keyboard starts in the form's first field, whatever the dialog
(`FormDialog.showEvent`), and the buttons never take the keyboard, so a space typed in a name is a space
and never presses OK or Cancel. A badge scanned into a station's form is left out of it (`GuardedDialog`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import theme
from ui.widgets.plain import plain_label
from ui.widgets.scan_guard import GuardedDialog


def enable_default(ok: QPushButton, enabled: bool) -> None:
    """For an OK button that waits for input. Enabled, it is made the default button again: while it is
    disabled Qt makes Cancel the default, and Enter after typing a reason (or a PIN) would cancel."""
    ok.setEnabled(enabled)
    if enabled:
        ok.setDefault(True)


class FormDialog(GuardedDialog):
    """A form with OK/Cancel and a note under it; it opens with the keyboard in its first field, Enter
    accepts, Esc cancels."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.setMinimumWidth(theme.DIALOG_MIN_WIDTH)
        self._to_correct: QWidget | None = None
        self.note = plain_label(wrap=True)  # the similar guests a walk-in may be
        self.note.setStyleSheet(theme.NOTE_STYLE)
        self.note.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            # Created before the fields, the buttons would come first in the tab order and get the keyboard.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def say_scanned(self, text: str) -> None:
        self.show_note(text)

    def line(self, label: str, text: str = "") -> QLineEdit:
        edit = QLineEdit(text)
        self.row(label, edit)
        return edit

    def row(self, label: str, field: QWidget | QLayout) -> None:
        """A row of the form whose label is plain text (`QFormLayout.addRow` with a string guesses)."""
        self.form.addRow(plain_label(label), field)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        field, self._to_correct = self._to_correct or self.first_field(), None
        if field is not None and not event.spontaneous():  # not when restored from minimised mid-form
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_refusal(self, text: str, field: QWidget | None) -> None:
        """The form given back with why it was refused: the keyboard lands in `field`, the one to correct
        (None: the first), when the form shows again."""
        self.show_note(text)
        self._to_correct = field

    def first_field(self) -> QWidget | None:
        """The first widget of the form that takes the keyboard: where typing lands when the dialog opens."""
        for row in range(self.form.rowCount()):
            for role in (QFormLayout.ItemRole.FieldRole, QFormLayout.ItemRole.SpanningRole):
                item = self.form.itemAt(row, role)
                widget = item.widget() if item is not None else None
                if (
                    widget is not None
                    and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                ):
                    return widget
        return None

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        # A wrapped note's lines are not in the form's minimum size: the dialog grows to show them whole.
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def ok(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class ReasonDialog(FormDialog):
    """Undo and reprint ask why: the reason goes to the log, where organisers read it later."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__("", parent)
        self.question = plain_label(wrap=True)  # names the guest
        self.form.addRow(self.question)
        self.reason_label, self.reason = plain_label(), QLineEdit()
        self.form.addRow(self.reason_label, self.reason)
        self.reason.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        enable_default(self.ok, bool(self.reason.text().strip()))

    def _texts(self, title: str, question: str, reason: str, example: str) -> None:
        self.setWindowTitle(title)
        self.question.setText(question)
        self.reason_label.setText(reason)
        self.reason.setPlaceholderText(example)


class ShiftDialog(FormDialog):
    """Asked at the start of a shift: the staff name goes into every log row this desk writes."""

    def __init__(self, staff: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Start of shift"), parent)
        self.staff = self.line(self.tr("Your name"), staff)
        self.staff.selectAll()


class OverrideDialog(ReasonDialog):
    """A full session takes a guest only with the staff's reason, which the log keeps for the organisers."""

    def __init__(self, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts(
            self.tr("Session full"), refusal, self.tr("Reason"), self.tr("e.g. agreed with the organiser")
        )

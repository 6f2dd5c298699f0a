"""Workshop and meal choices at the desk: F6's chooser (one more key picks), F7's meals.

The dialogs only show options and collect what the staff picked; the controller asks the core to change the
sign-ups, and the core decides what a full session refuses.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import codes
from checkin.domain import Attendee, Session, SessionCounts
from checkin.programme.choices import MAX_DIET_LENGTH, by_group
from ui import labels
from ui.widgets import theme
from ui.widgets.plain import mnemonic_free, plain_label, tooltip
from ui.widgets.scan_guard import GuardedDialog
from ui.widgets.scan_input import KeyTiming

KEYS = "123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
"""The one key that picks an option: digits first, then letters, so even a long list needs no Enter."""


@dataclass(frozen=True)
class MealChange:
    """What the staff changed in F7 for one meal: signed up (with this diet note) or not."""

    session: Session
    wanted: bool
    diet: str = ""


class WorkshopChooser(QDialog):
    """F6's second keystroke: the key before a workshop picks it at once, no Enter; Esc cancels.

    Every choice group on the guest's days is listed, numbered continuously in programme order, so a guest
    of two days changes either day's workshop the same way. Full workshops stay listed (marked): choosing
    one asks for a reason.

    A badge scanned while the chooser is open types a code whose digits are option keys: the key picks only
    once no key followed it at a scanner's pace (stamped by the window system, not timed on handling), and a
    burst chooses nothing: the chooser closes with the code in `scanned`, for the desk to scan.
    """

    def __init__(
        self, guest: Attendee, options: Sequence[SessionCounts], chosen: Collection[int],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop — {name}").format(name=labels.display_name(guest)))
        self.chosen: Session | None = None
        self.scanned = ""
        """The code a scanner typed into the open chooser (which then chose nothing); "" when none."""
        self._keys: dict[str, Session] = {}
        self._typed = ""  # the keys since the last pause: one is a pick, more a scan
        self._timing = KeyTiming()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(theme.SCANNER_PAUSE_MS)
        self._settle.timeout.connect(self._settled)
        grid, row = QGridLayout(), 0
        grid.setHorizontalSpacing(theme.CHOICE_COLUMN_SPACING_PX)
        for group in by_group(options[: len(KEYS)]):
            grid.addWidget(self._heading(group[0].session), row, 0, 1, 4)
            for counts in group:
                row += 1
                self._add_row(grid, row, counts, counts.session.id in chosen)
            row += 1
        hint = plain_label(self.tr("Press the number to choose · Esc cancels"))
        hint.setStyleSheet(theme.NOTE_STYLE)
        layout = QVBoxLayout(self)
        if guest.workshop and not any(counts.session.id in chosen for counts in options):
            answer = plain_label(labels.unmatched_workshop(guest), wrap=True)  # what the guest asked for
            layout.addWidget(answer)
        layout.addLayout(grid)
        layout.addWidget(hint)

    def _heading(self, session: Session) -> QLabel:
        """A group is named by when it runs: the organisers' group name may be an internal label."""
        label = plain_label(
            self.tr("Day {day}, {start}–{end}").format(day=session.day, start=session.start, end=session.end)
        )
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _add_row(self, grid: QGridLayout, row: int, counts: SessionCounts, current: bool) -> None:
        session, key = counts.session, KEYS[len(self._keys)]
        self._keys[key] = session
        button = QPushButton(key)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoDefault(False)
        button.setFixedWidth(button.sizeHint().height())
        button.clicked.connect(lambda: self._pick(session))
        title = plain_label(
            ("✔ " if current else "") + labels.shortened(session.title, theme.CHOOSER_TITLE_CHARS)
        )
        title.setToolTip(tooltip(session.title))
        seats = plain_label(labels.seats_left(counts))
        if current:
            title.setStyleSheet(theme.CURRENT_CHOICE_STYLE)
        if counts.full:
            seats.setStyleSheet(theme.FULL_STYLE)
        room = plain_label(self.tr("room: {room}").format(room=session.room) if session.room else "")
        for column, widget in enumerate((button, title, room, seats)):
            grid.addWidget(widget, row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text().upper()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(self._typed) > 1:
            self._settle.stop()
            self._settled()  # the scanner's Enter ends its code
        elif text and (text in codes.ALPHABET or text in self._keys):
            self._type(text, fast=self._timing.fast(event))
        else:
            super().keyPressEvent(event)

    def _type(self, text: str, *, fast: bool) -> None:
        self._typed = self._typed + text if fast else text
        self._settle.start()

    def _settled(self) -> None:
        """No key for a moment: one key picks its option; a burst was a badge, handed to the desk."""
        typed, self._typed = self._typed, ""
        if len(typed) > 1:
            self.scanned = typed if codes.looks_like_code(typed) else ""
            self.reject()
        elif typed in self._keys:
            self._pick(self._keys[typed])

    def _pick(self, session: Session) -> None:
        self.chosen = session
        self.accept()


class MealsDialog(GuardedDialog):
    """F7: a box per meal and the gala dinner on the guest's days, each with its diet note.

    Space ticks, Tab moves to the diet note and the next meal, Enter saves. An empty note starts as the
    guest's needs, so the kitchen hears of them without retyping.
    """

    def __init__(
        self, guest: Attendee, meals: Sequence[SessionCounts], signed: Mapping[int, str],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meals — {name}").format(name=labels.display_name(guest)))
        self.setMinimumWidth(theme.DIALOG_MIN_WIDTH)
        self._signed = signed
        self._rows: list[tuple[Session, QCheckBox, QLineEdit]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.CHOICE_COLUMN_SPACING_PX)
        grid.setColumnStretch(2, 1)
        for counts in meals:
            self._add_row(grid, counts, signed.get(counts.session.id) or guest.needs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.hint = plain_label(self.tr("Space ticks · Tab moves · Enter saves · Esc cancels"), wrap=True)
        self.hint.setStyleSheet(theme.NOTE_STYLE)
        for button in buttons.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes box, note, next box; Enter saves
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

    def say_scanned(self, text: str) -> None:
        self.hint.setText(text)
        self.adjustSize()  # two lines now: the meals keep their height

    def showEvent(self, event: QShowEvent) -> None:
        """The keyboard starts on the first meal's box: Space ticks it."""
        super().showEvent(event)
        if self._rows and not event.spontaneous():
            self._rows[0][1].setFocus(Qt.FocusReason.OtherFocusReason)

    def _add_row(self, grid: QGridLayout, counts: SessionCounts, diet: str) -> None:
        session, row = counts.session, len(self._rows)
        box = QCheckBox(mnemonic_free(self.tr("{title} — day {day}, {start}").format(
            title=labels.shortened(session.title, theme.CHOOSER_TITLE_CHARS), day=session.day, start=session.start
        )))  # fmt: skip
        box.setChecked(session.id in self._signed)
        seats = plain_label(labels.seats_left(counts))
        if counts.full:
            seats.setStyleSheet(theme.FULL_STYLE)
        note = QLineEdit(diet)
        note.setMaxLength(MAX_DIET_LENGTH)
        note.setPlaceholderText(self.tr("diet, e.g. vegetarian"))
        note.setEnabled(box.isChecked())
        box.toggled.connect(note.setEnabled)
        for column, widget in enumerate((box, seats, note)):
            grid.addWidget(widget, row, column)
        self._rows.append((session, box, note))

    def changes(self) -> list[MealChange]:
        """Only what differs from the guest's sign-ups: a tick added or removed, or a new diet note."""
        result = []
        for session, box, note in self._rows:
            wanted, diet = box.isChecked(), note.text().strip()
            had = session.id in self._signed
            if wanted != had or (wanted and diet != self._signed[session.id]):
                result.append(MealChange(session, wanted, diet))
        return result

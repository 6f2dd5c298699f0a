"""Organiser → Confirmations: every guest's confirmation with their QR code, by e-mail from the organiser's
mailbox, as .eml files or as one PDF for the post, and the guests without an e-mail to print for.

Who (all, not yet sent, a category, the guest selected at the desk) and the language decide the counts
shown and what every button does; the core chooses the guests (`station.confirmations.recipients`), so the
window and `main.py confirmations` mail the same people. The e-mail half, with its progress bar, is
`ui.organiser.confirmation_mailing`; the files are written here, on a worker thread under a note. Esc closes; while
a send runs it asks first, then stops after the message being sent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.confirmations.audience import Audience, Recipients
from checkin.confirmations.part import EmlFiles
from checkin.confirmations.template import LANGUAGES
from checkin.domain import CATEGORIES
from checkin.errors import UserError
from checkin.station import Station
from ui import labels, messages
from ui.background import on_station, run_under_note
from ui.organiser.confirmation_mailing import Choice, MailingPanel, named_reasons
from ui.organiser.confirmation_template import language_names
from ui.widgets import files, plain

CONFIRMATIONS_DIALOG_SIZE = (1100, 680)
"""Fits a 1366 × 768 screen with its taskbar."""
NO_EMAIL_LIST_MIN_HEIGHT = 160
NAMES_SHOWN = 10
"""Guests left without an .eml file named in the message, the rest counted: it must fit the screen."""


class ConfirmationsDialog(QDialog):
    """The organiser's confirmations window; `selected_codes`: the guest selected at the desk, if any."""

    def __init__(
        self, station: Station, selected_codes: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.selected_codes = tuple(selected_codes)
        self.setWindowTitle(self.tr("Confirmations with the QR code"))
        self.resize(*CONFIRMATIONS_DIALOG_SIZE)
        self.recipients = Recipients((), ())
        left = QVBoxLayout()
        left.addWidget(self._who_group())
        self.mailing = MailingPanel(station, self.choice, self)
        left.addWidget(self.mailing, 1)
        right = QVBoxLayout()
        right.addWidget(self._files_group())
        right.addWidget(self._no_email_group(), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter never presses a button here: Send must be clicked
        self.who.buttonToggled.connect(self._who_toggled)
        self.category.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.resend.toggled.connect(self.refresh)
        self.mailing.running_changed.connect(lambda _running: self._enable())
        self.mailing.ended.connect(self.refresh)
        self.refresh()

    # -- building ------------------------------------------------------------------------------------------

    def _who_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who gets a confirmation"))
        grid = QGridLayout(box)
        self.who = QButtonGroup(self)
        self.all_guests = QRadioButton(self.tr("All guests"))
        self.not_sent = QRadioButton(self.tr("Guests not sent one yet"))
        self.of_category = QRadioButton(self.tr("A category:"))
        self.selected = QRadioButton(
            self.tr("The guest selected at the desk", "", len(self.selected_codes) or 1)
        )
        self.category = QComboBox()
        for key in CATEGORIES:
            self.category.addItem(labels.category(key), key)
        for row, radio in enumerate((self.all_guests, self.not_sent, self.of_category, self.selected)):
            self.who.addButton(radio)
            grid.addWidget(radio, row, 0)
        grid.addWidget(self.category, 2, 1)
        self.all_guests.setChecked(True)  # the guests without an e-mail listed too; Send skips those sent
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_names()[code], code)
        grid.addWidget(plain.plain_label(self.tr("Language")), 4, 0)
        grid.addWidget(self.language, 4, 1)
        self.resend = QCheckBox(self.tr("Send again to guests already sent one"))
        grid.addWidget(self.resend, 5, 0, 1, 2)
        self.counts = plain.plain_label(wrap=True)
        self.counts.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.counts, 6, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        return box

    def _files_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Without a mailbox"))
        layout = QVBoxLayout(box)
        layout.addWidget(plain.plain_label(self.tr(
            "One .eml file per guest opens in Outlook or Thunderbird as a ready message; one PDF holds every "
            "confirmation in alphabetical order, for the post."
        ), wrap=True))  # fmt: skip
        self.eml_button = self._button(self.tr("Save as .eml files…"), self.save_eml)
        self.pdf_button = self._button(self.tr("Save as one PDF…"), lambda: self._save_pdf(self.audience()))
        layout.addWidget(self.eml_button)
        layout.addWidget(self.pdf_button)
        return box

    def _no_email_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guests without an e-mail: print these instead"))
        layout = QVBoxLayout(box)
        self.no_email = QListWidget()  # items are plain text
        self.no_email.setMinimumHeight(NO_EMAIL_LIST_MIN_HEIGHT)
        self.print_button = self._button(
            self.tr("Save their confirmations as one PDF…"), self.save_no_email_pdf
        )
        layout.addWidget(self.no_email, 1)
        layout.addWidget(self.print_button)
        return box

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # -- what is chosen ------------------------------------------------------------------------------------

    def audience(self) -> Audience:
        if self.all_guests.isChecked():
            return Audience.everyone()
        if self.of_category.isChecked():
            return Audience.of_category(self.category.currentData())
        if self.selected.isChecked():
            return Audience.of_codes(self.selected_codes)
        return Audience.not_sent()

    def choice(self) -> Choice:
        return Choice(
            self.audience(),
            self.language.currentData(),
            self.resend.isChecked(),
            self.recipients,
        )

    def _who_toggled(self, _button: QAbstractButton, checked: bool) -> None:
        """Once per choice: the button turned off toggles too."""
        if checked:
            self.refresh()

    def refresh(self) -> None:
        """The counts, the list to print and the Send button for who is chosen now."""
        self.recipients = self.station.confirmations.recipients(self.audience())
        already = len(self.recipients.already_sent)
        self.counts.setText(self.tr(
            "With an e-mail: {with_email} · without one: {without} · already sent: {sent}"
        ).format(with_email=len(self.recipients.with_email), without=len(self.recipients.without_email),
                 sent=already))  # fmt: skip
        self.no_email.clear()
        self.no_email.addItems([labels.display_name(guest) for guest in self.recipients.without_email])
        self.mailing.show_count(self.recipients.to_send(self.resend.isChecked()))
        self._enable()

    def _enable(self) -> None:
        """While a send runs, who and the language stay as they are, and no files are written."""
        idle = not self.mailing.running
        for widget in (*self.who.buttons(), self.language, self.resend, self.eml_button, self.pdf_button):
            widget.setEnabled(idle)
        self.selected.setEnabled(idle and bool(self.selected_codes))
        self.category.setEnabled(idle and self.of_category.isChecked())
        self.print_button.setEnabled(idle and bool(self.recipients.without_email))

    # -- files ---------------------------------------------------------------------------------------------

    def save_eml(self) -> None:
        folder = files.choose_folder(self, self.tr("Folder for the .eml files"))
        if folder:
            audience, language = self.audience(), self.language.currentData()
            self._write(
                lambda station: station.confirmations.write_eml(Path(folder), audience, language), folder
            )

    def _left_out(self, made: EmlFiles) -> list[str]:
        """The guests who got no file, each with why (plain text: names and addresses are the guests')."""
        if not made.unwritable:
            return []
        names = {guest.code: labels.display_name(guest) for guest in self.recipients.with_email}
        shown, hidden = named_reasons(made.unwritable, lambda code: names.get(code, code), NAMES_SHOWN)
        lines = [self.tr("No file for %n guest(s):", "", len(made.unwritable)), *shown]
        if hidden:
            lines.append(self.tr("…and %n more.", "", hidden))
        return lines

    def save_no_email_pdf(self) -> None:
        self._save_pdf(Audience.of_codes(tuple(guest.code for guest in self.recipients.without_email)))

    def _save_pdf(self, audience: Audience) -> None:
        path = files.save_file(self, self.tr("Confirmations as one PDF"), self.tr("PDF (*.pdf)"),
                               event_file=self.station.storage.path)  # fmt: skip
        if path:
            language = self.language.currentData()

            def write(station: Station) -> None:  # one file: written whole or not at all
                station.confirmations.write_pdf(Path(path), audience, language)

            self._write(write, path)

    def _write(self, write: Callable[[Station], EmlFiles | None], where: str) -> None:
        """`write` runs on a worker thread with a station of its own (300 guests' confirmations take
        seconds); it returns the .eml files it made, None for the one PDF."""
        opener = self.station.opener()
        try:
            made = run_under_note(
                self,
                self.windowTitle(),
                self.tr("Writing the confirmations…"),
                lambda: on_station(opener, write),
            )
        except OSError as error:
            plain.warn(self, self.tr("Nothing saved"), self.tr(
                "{where} could not be written: {reason}. Check that the disk has space and that the folder may "
                "be written in."
            ).format(where=where, reason=error.strerror or error))  # fmt: skip
            return
        except (
            UserError,
            sqlite3.Error,
        ) as error:  # the event file read on the worker: said as the desk says it
            plain.warn(self, self.tr("Nothing saved"), messages.failure(error, self.station.path))
            return
        saved = self.tr("Saved in {where}.").format(where=where)
        left_out = self._left_out(made) if made is not None else []
        if left_out:
            plain.warn(self, self.tr("Not every confirmation saved"), "\n".join([saved, *left_out]))
        else:
            plain.inform(self, self.tr("Confirmations saved"), saved)

    # -- closing -------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc and Close; while sending, asks first (No is the default), then stops after the message being
        sent and waits for it."""
        if self.mailing.running:
            box = plain.message_box(
                QMessageBox.Icon.Question, self.tr("Sending"),
                self.tr("Confirmations are being sent. Stop after the message being sent and close?"), self,
            )  # fmt: skip
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
            self.mailing.stop_and_wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        """The title bar's close button is Esc: it asks the same while a send runs."""
        event.ignore()
        self.reject()

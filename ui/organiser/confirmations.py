"""Organiser → Confirmations: every guest's confirmation with their QR code, by e-mail from the organiser's
mailbox, as .eml files or as one PDF for the post, and the guests without an e-mail to print for.

Who (all, not yet sent, a category, the guest selected at the desk) and the language decide the counts
shown and what every button does; the core chooses the guests (`station.confirmations.recipients`), so the
window and `main.py confirmations` send to the same people. Sending runs on a thread of its own
(`ui.organiser.confirmation_sending`) with a progress bar; Stop finishes the message being sent. Enter
never sends: no button here is the default, and Send asks first with the number of guests.
"""

from __future__ import annotations

import smtplib
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.confirmations.audience import Audience, Recipients
from checkin.confirmations.sending import SendProgress, SendReport
from checkin.confirmations.template import LANGUAGES
from checkin.domain import CATEGORIES
from checkin.errors import UserError
from checkin.station import Station
from ui import labels, messages
from ui.organiser.confirmation_sending import ConfirmationSender
from ui.organiser.confirmation_template import ConfirmationTemplateDialog, language_names
from ui.organiser.smtp_settings import SmtpSettingsDialog
from ui.widgets import files, plain
from ui.widgets.busy import wait_cursor

CONFIRMATIONS_DIALOG_SIZE = (1100, 680)
"""Fits a 1366 × 768 screen with its taskbar."""
REPORT_REASONS_SHOWN = 50
"""Failed addresses listed one per line; more would only scroll: the log keeps every one."""
NO_EMAIL_LIST_MIN_HEIGHT = 160

ERRORS = (UserError, OSError, sqlite3.Error, smtplib.SMTPException)
"""What saving files or a send may end with: said in the window, never a crash."""


class ConfirmationsDialog(QDialog):
    """The organiser's confirmations window; `selected_codes`: the guest(s) selected at the desk."""

    def __init__(
        self, station: Station, selected_codes: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.selected_codes = tuple(selected_codes)
        self.worker = ConfirmationSender(self)
        self.worker.progressed.connect(self._show_progress)
        self.worker.finished.connect(self._send_finished)
        self.worker.failed.connect(self._send_failed)
        self.setWindowTitle(self.tr("Confirmations with the QR code"))
        self.resize(*CONFIRMATIONS_DIALOG_SIZE)
        self.recipients = Recipients((), ())
        self.to_send = 0
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._who_group())
        left.addWidget(self._mail_group())
        left.addWidget(self._progress_group(), 1)
        right = QVBoxLayout()
        right.addWidget(self._files_group())
        right.addWidget(self._no_email_group(), 1)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter never presses a button here: Send must be clicked
            button.setDefault(False)
        self.who.buttonToggled.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.resend.toggled.connect(self.refresh)
        self.refresh()
        self.show_smtp()

    # -- building ------------------------------------------------------------------------------------------

    def _who_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who gets a confirmation"))
        grid = QGridLayout(box)
        self.who = QButtonGroup(self)
        self.all_guests = QRadioButton(self.tr("All guests"))
        self.not_sent = QRadioButton(self.tr("Guests not sent one yet"))
        self.of_category = QRadioButton(self.tr("A category:"))
        self.selected = QRadioButton(self._selected_text())
        self.selected.setEnabled(bool(self.selected_codes))
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

    def _selected_text(self) -> str:
        return self.tr("The guest selected at the desk", "", len(self.selected_codes) or 1)

    def _mail_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("By e-mail"))
        grid = QGridLayout(box)
        self.smtp = plain.plain_label(wrap=True)
        self.smtp_button = self._button(self.tr("SMTP settings…"), self.edit_smtp)
        self.text_button = self._button(self.tr("Confirmation text…"), self.edit_text)
        grid.addWidget(self.smtp, 0, 0, 1, 2)
        grid.addWidget(self.smtp_button, 0, 2)
        grid.addWidget(self.text_button, 0, 3)
        self.test_address = QLineEdit()
        self.test_address.setPlaceholderText(self.tr("the organiser's address"))
        self.test_button = self._button(self.tr("Send a test"), self.send_test)
        grid.addWidget(plain.plain_label(self.tr("Test to")), 1, 0)
        grid.addWidget(self.test_address, 1, 1, 1, 2)
        grid.addWidget(self.test_button, 1, 3)
        self.send_button = self._button("", self.send)
        self.send_button.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.send_button, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        return box

    def _progress_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress"))
        layout = QVBoxLayout(box)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress_text = plain.plain_label(wrap=True)
        self.stop_button = self._button(self.tr("Stop after this message"), self.stop)
        self.stop_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("The report of the last send appears here."))
        layout.addLayout(row)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.report, 1)
        return box

    def _files_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Without a mailbox"))
        layout = QVBoxLayout(box)
        layout.addWidget(plain.plain_label(self.tr(
            "One .eml file per guest opens in Outlook or Thunderbird as a ready message; one PDF holds every "
            "confirmation in alphabetical order, for the post."
        ), wrap=True))  # fmt: skip
        self.eml_button = self._button(self.tr("Save as .eml files…"), self.save_eml)
        self.pdf_button = self._button(self.tr("Save as one PDF…"), self.save_pdf)
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

    def chosen_language(self) -> str:
        return self.language.currentData()

    def refresh(self) -> None:
        """The counts, the list to print and the Send button for who is chosen now."""
        self.recipients = self.station.confirmations.recipients(self.audience())
        # Who is due is the core's rule (sent one at the address they have now): its "not sent" audience.
        due = {guest.code for guest in self.station.confirmations.recipients(Audience.not_sent()).with_email}
        already = sum(1 for guest in self.recipients.with_email if guest.code not in due)
        self.to_send = len(self.recipients.with_email) - (0 if self.resend.isChecked() else already)
        self.counts.setText(self.tr(
            "With an e-mail: {with_email} · without one: {without} · already sent: {sent}"
        ).format(with_email=len(self.recipients.with_email), without=len(self.recipients.without_email),
                 sent=already))  # fmt: skip
        self.send_button.setText(self.tr("Send to %n guest(s)…", "", self.to_send))
        self.no_email.clear()
        self.no_email.addItems([labels.display_name(guest) for guest in self.recipients.without_email])
        self._enable()

    def _enable(self) -> None:
        running = self.worker.running
        for button in (self.send_button, self.test_button, self.smtp_button, self.text_button):
            button.setEnabled(not running)
        self.send_button.setEnabled(not running and self.to_send > 0)
        self.print_button.setEnabled(bool(self.recipients.without_email))
        self.stop_button.setEnabled(running and not self.worker.stopping)
        for widget in (*self.who.buttons(), self.category, self.language, self.resend):
            widget.setEnabled(not running)
        self.selected.setEnabled(not running and bool(self.selected_codes))
        self.category.setEnabled(not running and self.of_category.isChecked())

    def show_smtp(self) -> None:
        settings = self.station.confirmations.smtp_settings()
        if settings is None:
            self.smtp.setText(self.tr("No mailbox set up yet: SMTP settings…"))
            return
        self.smtp.setText(self.tr("From {name} <{address}> through {host}").format(
            name=settings.sender_name, address=settings.sender_address, host=settings.host
        ))  # fmt: skip
        if not self.test_address.text():
            self.test_address.setText(settings.sender_address)

    # -- e-mail --------------------------------------------------------------------------------------------

    def edit_smtp(self) -> None:
        if SmtpSettingsDialog(self.station, self).exec() == QDialog.DialogCode.Accepted:
            self.show_smtp()

    def edit_text(self) -> None:
        ConfirmationTemplateDialog(self.station, self.chosen_language(), self).exec()

    def send_test(self) -> None:
        """The sample guest's confirmation to the organiser's address, to look at before the guests get
        theirs. On this thread under the wait cursor (one message; the core prepares it from the event)."""
        settings = self.station.confirmations.smtp_settings()
        if settings is None:
            self.edit_smtp()
            return
        address = self.test_address.text().strip()
        self.report.clear()
        try:
            with wait_cursor():
                self.station.confirmations.send_test(settings, address, self.chosen_language())
        except ERRORS as error:
            self.report.setPlainText(self.failure_text(error))
            return
        self.report.setPlainText(
            self.tr("The test was sent to {address}: look at it in that mailbox.").format(address=address)
        )

    def send(self) -> None:
        """Asks first, with the number of guests and the language; No is the default."""
        if self.station.confirmations.smtp_settings() is None:
            self.edit_smtp()
            return
        count = self.to_send
        box = plain.message_box(
            QMessageBox.Icon.Question,
            self.tr("Send confirmations"),
            self.tr("Send %n confirmation(s) by e-mail now?", "", count),
            self,
            self.tr("Language: {language}. Sending can be stopped after any message.").format(
                language=language_names()[self.chosen_language()]
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        try:
            sending = self.station.confirmations.sending(
                self.audience(), self.chosen_language(), resend=self.resend.isChecked()
            )
        except ERRORS as error:
            self.report.setPlainText(self.failure_text(error))
            return
        self.progress.setRange(0, max(len(sending.confirmations), 1))
        self.progress.setValue(0)
        self.worker.start(sending.run)
        self._begin(self.tr("Connecting to the mailbox…"))

    def stop(self) -> None:
        self.worker.stop()
        self.progress_text.setText(self.tr("Stopping after the message being sent…"))
        self._enable()

    def _begin(self, text: str) -> None:
        self.report.clear()
        self.progress_text.setText(text)
        self._enable()

    def _show_progress(self, progress: SendProgress) -> None:
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        lines = [self.tr("Sent: {sent} · failed: {failed} · last: {guest}").format(
            sent=progress.sent, failed=progress.failed, guest=self._guest(progress.current)
        )]  # fmt: skip
        if self.worker.stopping:
            lines.append(self.tr("Stopping after the message being sent…"))
        self.progress_text.setText("\n".join(lines))

    def _guest(self, code: str) -> str:
        """The guest of `code` as the report names them: their name and the code."""
        guest = next((g for g in self.recipients.with_email if g.code == code), None)
        return f"{labels.display_name(guest)} ({code})" if guest else code

    def _send_finished(self, report: SendReport) -> None:
        self.progress_text.setText(self.tr("Stopped.") if report.stopped else self.tr("Done."))
        self.report.setPlainText(self.report_text(report))
        self.refresh()

    def report_text(self, report: SendReport) -> str:
        """Plain text: the reasons are the server's words and the codes the guests'."""
        lines = [
            self.tr("Sent: %n", "", len(report.sent)),
            self.tr("Skipped (sent before): %n", "", len(report.skipped)),
            self.tr("Failed: %n", "", len(report.failed)),
        ]
        lines += [f"  {self._guest(code)}: {reason}" for code, reason in report.failed[:REPORT_REASONS_SHOWN]]
        if len(report.failed) > REPORT_REASONS_SHOWN:
            lines.append(
                self.tr("…and %n more (all are in the log).", "", len(report.failed) - REPORT_REASONS_SHOWN)
            )
        if report.failed:
            lines.append(self.tr("Sending again later tries only those not sent yet."))
        return "\n".join(lines)

    def _send_failed(self, error: Exception) -> None:
        self.progress_text.setText(self.tr("Sending stopped."))
        self.report.setPlainText(self.failure_text(error))
        self.refresh()

    def failure_text(self, error: Exception) -> str:
        if isinstance(error, UserError):
            return messages.describe(error)
        return self.tr("Sending stopped: {reason}. The guests sent so far are recorded; send again to go on.").format(
            reason=error
        )  # fmt: skip

    # -- files ---------------------------------------------------------------------------------------------

    def save_eml(self) -> None:
        folder = files.choose_folder(self, self.tr("Folder for the .eml files"))
        if folder:
            self._write(lambda: self.station.confirmations.write_eml(
                Path(folder), self.audience(), self.chosen_language()
            ), folder)  # fmt: skip

    def save_pdf(self) -> None:
        self._save_pdf(self.audience())

    def save_no_email_pdf(self) -> None:
        self._save_pdf(Audience.of_codes(tuple(guest.code for guest in self.recipients.without_email)))

    def _save_pdf(self, audience: Audience) -> None:
        path = files.save_file(self, self.tr("Confirmations as one PDF"), self.tr("PDF (*.pdf)"),
                               event_file=self.station.storage.path)  # fmt: skip
        if path:
            self._write(lambda: self.station.confirmations.write_pdf(Path(path), audience, self.chosen_language()),
                        path)  # fmt: skip

    def _write(self, write: Callable[[], object], where: str) -> None:
        try:
            with wait_cursor():
                write()
        except ERRORS as error:
            plain.warn(self, self.tr("Nothing saved"), self.failure_text(error))
            return
        plain.inform(self, self.tr("Confirmations saved"), self.tr("Saved in {where}.").format(where=where))

    # -- closing -------------------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc and Close; while sending, asks first, then stops after the message being sent and waits."""
        if self.worker.running:
            box = plain.message_box(
                QMessageBox.Icon.Question, self.tr("Sending"),
                self.tr("Confirmations are being sent. Stop after the message being sent and close?"), self,
            )  # fmt: skip
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            box.setDefaultButton(QMessageBox.StandardButton.No)
            if box.exec() != QMessageBox.StandardButton.Yes:
                return
            self.worker.stop()
            with wait_cursor():
                self.worker.wait()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()

"""The e-mail half of the confirmations window: the mailbox, its settings and the text, a test send to the
organiser, Send with its progress bar, Stop, and the report of the last send.

Sending runs on a thread of its own (`ui.organiser.confirmation_sending`): the batch is prepared here, on
the GUI thread, and the window never freezes while it goes. Enter never sends: Send must be clicked, and it
asks first with the number of guests and No as the default answer. On a computer whose credential store
cannot keep the password (a Linux without a keyring), the password is asked for that one send.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.confirmations.audience import Audience, Recipients
from checkin.confirmations.sending import SendProgress, SendReport
from checkin.errors import UserError
from checkin.station import Station
from ui import labels, messages
from ui.organiser.confirmation_sending import ConfirmationSender, Progress
from ui.organiser.confirmation_template import ConfirmationTemplateDialog, language_names
from ui.organiser.smtp_settings import SmtpSettingsDialog
from ui.widgets import plain
from ui.widgets.busy import wait_cursor
from ui.widgets.dialogs import FormDialog

REPORT_REASONS_SHOWN = 50
"""Failed addresses listed one per line; more would only scroll: the log keeps every one."""
ERRORS = (UserError, OSError, sqlite3.Error)
"""What a send, a test or a file written may end with: said in the window, never a crash (smtplib's errors
are OSErrors)."""
T = TypeVar("T")


@dataclass(frozen=True)
class Choice:
    """Who is chosen in the window, in which language, and how many of them Send would mail now."""

    audience: Audience
    language: str
    resend: bool
    recipients: Recipients

    @property
    def to_send(self) -> int:
        return self.recipients.to_send(self.resend)


def failure_text(error: Exception) -> str:
    """Why a send or a file stopped, in the user's language."""
    if isinstance(error, UserError):
        return messages.describe(error)
    return QCoreApplication.translate(
        "MailingPanel", "Sending stopped: {reason}. The guests sent so far are recorded; send again to go on."
    ).format(reason=error)


class MailingPanel(QWidget):
    running_changed = Signal(bool)
    ended = Signal()
    """A send ended (finished, stopped or failed): the window counts again."""

    def __init__(self, station: Station, choice: Callable[[], Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station, self._choice = station, choice
        self.worker = ConfirmationSender(self)
        self.worker.progressed.connect(self._show_progress)
        self.worker.finished.connect(self._send_finished)
        self.worker.failed.connect(self._send_failed)
        self._testing: str | None = None
        """The address of the test being sent; None while a batch is, or nothing."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._mail_group())
        layout.addWidget(self._progress_group(), 1)
        self.show_smtp()

    def _mail_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("By e-mail"))
        grid = QGridLayout(box)
        self.smtp = plain.plain_label(wrap=True)
        self.smtp_button = _button(self.tr("SMTP settings…"), self.edit_smtp)
        self.text_button = _button(self.tr("Confirmation text…"), self.edit_text)
        grid.addWidget(self.smtp, 0, 0, 1, 4)  # the whole width: an address is not broken at its hyphen
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.smtp_button)
        buttons.addWidget(self.text_button)
        grid.addLayout(buttons, 1, 0, 1, 4)
        self.test_address = QLineEdit()
        self.test_address.setPlaceholderText(self.tr("the organiser's address"))
        self.test_button = _button(self.tr("Send a test"), self.send_test)
        grid.addWidget(plain.plain_label(self.tr("Test to")), 2, 0)
        grid.addWidget(self.test_address, 2, 1, 1, 2)
        grid.addWidget(self.test_button, 2, 3)
        self.send_button = _button("", self.send)
        self.send_button.setStyleSheet("font-weight: bold;")
        grid.addWidget(self.send_button, 3, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        return box

    def _progress_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress"))
        layout = QVBoxLayout(box)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress_text = plain.plain_label(wrap=True)
        self.stop_button = _button(self.tr("Stop after this message"), self.stop)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.stop_button)
        self.report = QPlainTextEdit()  # plain text: the server's words and the guests' names
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("The report of the last send appears here."))
        layout.addLayout(row)
        layout.addWidget(self.progress_text)
        layout.addWidget(self.report, 1)
        return box

    @property
    def running(self) -> bool:
        return self.worker.running

    def show_count(self, to_send: int) -> None:
        """Send's label and state for the guests it would mail now."""
        self.send_button.setText(self.tr("Send to %n guest(s)…", "", to_send))
        self._enable(to_send)

    def _enable(self, to_send: int | None = None) -> None:
        running = self.running
        for button in (self.test_button, self.smtp_button, self.text_button):
            button.setEnabled(not running)
        count = self._choice().to_send if to_send is None else to_send
        self.send_button.setEnabled(not running and count > 0)
        self.stop_button.setEnabled(running and not self.worker.stopping)

    def show_smtp(self) -> None:
        settings = self.station.confirmations.smtp_settings()
        if settings is None:
            self.smtp.setText(self.tr("No mailbox set up yet: SMTP settings…"))
            return
        self.smtp.setText(self.tr("Sender: {name} <{address}> · server: {host}").format(
            name=settings.sender_name, address=settings.sender_address, host=settings.host
        ))  # fmt: skip
        if not self.test_address.text():
            self.test_address.setText(settings.sender_address)

    # -- the mailbox and the text --------------------------------------------------------------------------

    def edit_smtp(self) -> None:
        if SmtpSettingsDialog(self.station, self).exec() == QDialog.DialogCode.Accepted:
            self.show_smtp()

    def edit_text(self) -> None:
        ConfirmationTemplateDialog(self.station, self._choice().language, self).exec()

    # -- sending -------------------------------------------------------------------------------------------

    def send_test(self) -> None:
        """The sample guest's confirmation to the organiser's address, to look at before the guests get
        theirs; on the thread like a batch (connecting to an unreachable server takes a while)."""
        settings = self.station.confirmations.smtp_settings()
        if settings is None:
            self.edit_smtp()
            return
        address, language = self.test_address.text().strip(), self._choice().language
        try:
            sending = self._with_password(lambda password: self.station.confirmations.test_sending(
                settings, address, language, password=password
            ))  # fmt: skip
        except ERRORS as error:
            self.report.setPlainText(failure_text(error))
            return
        if sending is not None:
            self._testing = address
            self._start(sending.run, self.tr("Sending a test to {address}…").format(address=address))

    def send(self) -> None:
        """Asks first, with the number of guests and the language; No is the default."""
        if self.station.confirmations.smtp_settings() is None:
            self.edit_smtp()
            return
        choice = self._choice()
        if not self._confirmed(choice):
            return
        try:
            sending = self._with_password(lambda password: self.station.confirmations.sending(
                choice.audience, choice.language, resend=choice.resend, password=password
            ))  # fmt: skip
        except ERRORS as error:
            self.report.setPlainText(failure_text(error))
            return
        if sending is None:
            return
        self.progress.setRange(0, max(len(sending.confirmations), 1))
        self.progress.setValue(0)
        self._start(sending.run, self.tr("Connecting to the mailbox…"))

    def _start(self, job: Callable[[Progress], object], text: str) -> None:
        self.worker.start(job)
        self.report.clear()
        self.progress_text.setText(text)
        self._enable()
        self.running_changed.emit(True)

    def _confirmed(self, choice: Choice) -> bool:
        box = plain.message_box(
            QMessageBox.Icon.Question,
            self.tr("Send confirmations"),
            self.tr("Send %n confirmation(s) by e-mail now?", "", choice.to_send),
            self,
            self.tr("Language: {language}. Sending can be stopped after any message.").format(
                language=language_names()[choice.language]
            ),
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _with_password(self, act: Callable[[str | None], T]) -> T | None:
        """`act` with the stored password (None); on a computer whose credential store cannot keep it,
        with the password the organiser types for this once (None when they cancel)."""
        try:
            return act(None)
        except UserError as error:
            if error.code != "keyring_unavailable":
                raise
        dialog = PasswordDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return act(dialog.password.text())

    def stop(self) -> None:
        """Stop after the message being sent."""
        self.worker.stop()
        self.progress_text.setText(self.tr("Stopping after the message being sent…"))
        self._enable()

    def stop_and_wait(self) -> None:
        """For the window closing: stop after the message being sent, and wait for it."""
        self.worker.stop()
        with wait_cursor():
            self.worker.wait()

    def _show_progress(self, progress: SendProgress) -> None:
        if self._testing is not None:
            return  # the sample guest: the bar stays with the last batch
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
        guest = next((g for g in self._choice().recipients.with_email if g.code == code), None)
        return f"{labels.display_name(guest)} ({code})" if guest else code

    def _send_finished(self, report: SendReport) -> None:
        if self._testing is not None:
            self.progress_text.setText("")
            self.report.setPlainText(self._test_report(self._testing, report))
        else:
            self.progress_text.setText(self.tr("Stopped.") if report.stopped else self.tr("Done."))
            self.report.setPlainText(self.report_text(report))
        self._ended()

    def _test_report(self, address: str, report: SendReport) -> str:
        if report.failed:
            return messages.sentence(
                "test_send_failed", address=address, reason=messages.describe(report.failed[0][1])
            )
        return self.tr("The test was sent to {address}: look at it in that mailbox.").format(address=address)

    def _send_failed(self, error: Exception) -> None:
        self.progress_text.setText(self.tr("Sending stopped."))
        self.report.setPlainText(failure_text(error))
        self._ended()

    def _ended(self) -> None:
        self._testing = None
        self.running_changed.emit(False)
        self.ended.emit()

    def report_text(self, report: SendReport) -> str:
        """Plain text: the reasons carry the server's words and the names are the guests'."""
        lines = [
            self.tr("Sent: %n", "", len(report.sent)),
            self.tr("Skipped (sent before): %n", "", len(report.skipped)),
            self.tr("Failed: %n", "", len(report.failed)),
        ]
        shown, hidden = named_reasons(report.failed, self._guest, REPORT_REASONS_SHOWN)
        lines += [f"  {line}" for line in shown]
        if hidden:
            lines.append(self.tr("…and %n more (all are in the log).", "", hidden))
        if report.failed:
            lines.append(self.tr("Sending again later tries only those not sent yet."))
        return "\n".join(lines)


def named_reasons(
    failed: Sequence[tuple[str, UserError]], name: Callable[[str], str], shown: int
) -> tuple[list[str], int]:
    """A line per guest ("their name: why", plain text), the first `shown` of them, and how many more."""
    lines = [f"{name(code)}: {messages.describe(why)}" for code, why in failed[:shown]]
    return lines, max(0, len(failed) - shown)


def _button(text: str, slot: Callable[[], object]) -> QPushButton:
    """A button Enter never presses (the window has no default button: Send must be clicked)."""
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


class PasswordDialog(FormDialog):
    """The mailbox password for one send, on a computer whose credential store cannot keep it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Mailbox password"), parent)
        self.password = self.line(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_note(self.tr(
            "This computer has no credential store to keep the mailbox's password in, so type it for this "
            "send. Leave it empty when the mail server needs no login."
        ))  # fmt: skip

"""Organiser → Confirmations → SMTP settings: the organiser's own mailbox that sends the confirmations.

The settings go with the event (every station sends from the same mailbox); the password never does: the
core keeps it in the operating system's credential store (`keyring`), and an empty password field keeps the
one stored. A preset fills in what a Polish office mailbox, Gmail or Microsoft 365 needs and says, in a
hint, what the organiser must do on the provider's side (an app password), since that is where it fails.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from checkin.confirmations.smtp import (
    DEFAULT_PER_MINUTE,
    DEFAULT_PORTS,
    MAX_PER_MINUTE,
    MAX_PORT,
    MAX_TEXT,
    SmtpSettings,
    port_for,
)
from checkin.errors import UserError
from checkin.station import Station
from ui import messages
from ui.widgets import plain, theme
from ui.widgets.dialogs import FormDialog
from ui.widgets.plain import plain_label


@dataclass(frozen=True)
class Preset:
    key: str
    host: str
    security: str


PRESETS = (
    Preset("custom", "", "starttls"),
    Preset("office", "", "tls"),
    Preset("gmail", "smtp.gmail.com", "starttls"),
    Preset("microsoft", "smtp.office365.com", "starttls"),
)


def preset_names() -> dict[str, str]:
    return {
        "custom": QCoreApplication.translate("smtp", "Other server"),
        "office": QCoreApplication.translate("smtp", "Office mailbox (home.pl, nazwa.pl, OVH…)"),
        "gmail": QCoreApplication.translate("smtp", "Gmail (Google Workspace)"),
        "microsoft": QCoreApplication.translate("smtp", "Microsoft 365 (Outlook)"),
    }


def preset_hints() -> dict[str, str]:
    return {
        "custom": QCoreApplication.translate("smtp", "Type the outgoing mail (SMTP) server your provider names, its port and security."),
        "office": QCoreApplication.translate("smtp", "Server: the name shown in your hosting panel, e.g. serwer1234.home.pl or serwer1234.nazwa.pl; TLS on port 465 (or STARTTLS on 587). User name: the whole e-mail address; password: the mailbox's own."),
        "gmail": QCoreApplication.translate("smtp", "Turn on 2-Step Verification in the Google account, create an app password (Google account → Security → App passwords) and type it below. User name: the whole Gmail address."),
        "microsoft": QCoreApplication.translate("smtp", "The administrator must allow authenticated SMTP (SMTP AUTH) for this mailbox in the Microsoft 365 admin centre; with multi-factor sign-in create an app password and type it below. User name: the whole address."),
    }  # fmt: skip


def security_names() -> dict[str, str]:
    return {
        "starttls": QCoreApplication.translate("smtp", "STARTTLS (usually port 587)"),
        "tls": QCoreApplication.translate("smtp", "TLS (usually port 465)"),
        "none": QCoreApplication.translate("smtp", "None (unencrypted; only inside the office)"),
    }


class SmtpSettingsDialog(FormDialog):
    """The mailbox's settings; OK stores them (and a password typed) through the core, Cancel changes
    nothing. Enter is OK: saving sends nothing."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sending e-mail: SMTP settings"), parent)
        self.station = station
        stored = station.confirmations.smtp_settings()
        self.preset = QComboBox()
        for key, name in preset_names().items():
            self.preset.addItem(name, key)
        self.row(self.tr("Mailbox"), self.preset)
        self.hint = plain_label(wrap=True)
        self.hint.setStyleSheet(theme.NOTE_STYLE)
        self.form.addRow(self.hint)
        self.host = self._line(self.tr("Server (SMTP)"), stored.host if stored else "")
        self.security = QComboBox()
        for key, name in security_names().items():
            self.security.addItem(name, key)
        self.row(self.tr("Security"), self.security)
        self.port = QSpinBox()
        self.port.setRange(1, MAX_PORT)
        self.row(self.tr("Port"), self.port)
        self.username = self._line(self.tr("User name"), stored.username if stored else "")
        self.password = self._line(self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_status = plain_label(wrap=True)
        self.form.addRow(self.password_status)
        self.sender_address = self._line(self.tr("Sender address"), stored.sender_address if stored else "")
        self.sender_name = self._line(self.tr("Sender name"), stored.sender_name if stored else "")
        self.per_minute = QSpinBox()
        self.per_minute.setRange(1, MAX_PER_MINUTE)
        self.per_minute.setSuffix(self.tr(" per minute"))
        self.row(self.tr("Pace"), self.per_minute)
        self._show_stored(stored)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        self.security.currentIndexChanged.connect(self._security_chosen)

    def _line(self, label: str, text: str) -> QLineEdit:
        edit = self.line(label, text)
        edit.setMaxLength(MAX_TEXT)
        return edit

    def _show_stored(self, stored: SmtpSettings | None) -> None:
        security = stored.security if stored else "starttls"
        self.security.setCurrentIndex(self.security.findData(security))
        self.port.setValue(stored.port if stored else DEFAULT_PORTS[security])
        self.per_minute.setValue(stored.per_minute if stored else DEFAULT_PER_MINUTE)
        host = stored.host if stored else ""
        known = next((preset for preset in PRESETS if preset.host and preset.host == host), None)
        self.preset.setCurrentIndex(self.preset.findData(known.key if known else "custom"))
        self.hint.setText(preset_hints()[self.preset.currentData()])
        self.password_status.setText(self._password_status(stored))

    def _password_status(self, stored: SmtpSettings | None) -> str:
        """Where the password goes; on a computer with no credential store the field is off, and the
        confirmations window asks for the password at each send instead."""
        if not self.station.confirmations.keyring_available():
            self.password.setEnabled(False)
            return self.tr(
                "This computer has no credential store, so the password is not kept: the window asks for it at each send."
            )  # fmt: skip
        if stored is not None and self.station.confirmations.has_password(stored):
            return self.tr("A password is saved in the system's keyring; leave the field empty to keep it.")
        return self.tr("The password is saved in the system's keyring, never in the event file.")

    def _preset_chosen(self) -> None:
        chosen = next(preset for preset in PRESETS if preset.key == self.preset.currentData())
        self.hint.setText(preset_hints()[chosen.key])
        if chosen.host or chosen.key == "office":
            self.host.setText(chosen.host)
            self.security.setCurrentIndex(self.security.findData(chosen.security))

    def _security_chosen(self) -> None:
        """The port follows the security chosen, unless the organiser typed a port of their own."""
        self.port.setValue(port_for(self.security.currentData(), self.port.value()))

    def settings(self) -> SmtpSettings:
        """The settings as the form shows them (no password: that goes to the keyring alone)."""
        return SmtpSettings(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            username=self.username.text().strip(),
            sender_address=self.sender_address.text().strip(),
            sender_name=self.sender_name.text().strip(),
            per_minute=self.per_minute.value(),
        )

    def save(self) -> bool:
        """Store the settings, and the password when one was typed; on a refusal say why (False)."""
        try:
            password = self.password.text() if self.password.isEnabled() else ""
            self.station.confirmations.save_smtp_settings(self.settings(), password or None)
        except UserError as error:
            plain.warn(self, self.tr("SMTP settings not saved"), messages.describe(error))
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()

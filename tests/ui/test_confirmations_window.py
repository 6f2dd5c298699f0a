"""The organiser's confirmations window against a real station and a real SMTP server on loopback: the
counts, a send with its progress bar and report, Stop half-way, the text editor's live preview and the
SMTP settings stored with the password in a keyring the test sets (never the OS store)."""

import socket
import threading
from email import message_from_bytes, policy

import keyring
import pytest
from aiosmtpd.controller import Controller
from conftest import screenshot_dialog, shown, when_modal
from helpers.events import code_of
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.confirmations.smtp import SmtpSettings
from checkin.domain import Registrant
from ui.organiser import menu
from ui.organiser.confirmation_template import ConfirmationTemplateDialog
from ui.organiser.confirmations import ConfirmationsDialog
from ui.organiser.pin import UnlockDialog
from ui.organiser.smtp_settings import SmtpSettingsDialog

SCREEN = ((1366, 768),)


class MemoryKeyring(KeyringBackend):
    """The credential store of a test: a dict, never the OS store."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def keyring_backend():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class Inbox:
    """What the loopback SMTP server received, as raw messages. With `hold_after` set, the message after
    that many waits for `gate` (at most 10 s) before it is accepted."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.port = 0
        self.hold_after: int | None = None
        self.holding, self.gate = threading.Event(), threading.Event()

    async def handle_DATA(self, server, session, envelope):
        if self.hold_after is not None and len(self.messages) == self.hold_after:
            self.holding.set()
            self.gate.wait(10)
        self.messages.append(envelope.content)
        return "250 OK"


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        inbox.port = probe.getsockname()[1]
    controller = Controller(inbox, hostname="127.0.0.1", port=inbox.port)
    controller.start()
    yield inbox
    controller.stop()


@pytest.fixture
def window(qtbot, desk):
    """The confirmations window over the desk of the small event (two guests with an e-mail, three
    without), nothing sent yet."""
    return shown(qtbot, ConfirmationsDialog(desk.station, (), desk))


def mailbox(station, server) -> None:
    """The test server as the event's mailbox: no login, no encryption, the fastest pace."""
    station.confirmations.save_smtp_settings(
        SmtpSettings("127.0.0.1", server.port, "none", "", "biuro@kongres.pl", "Biuro Kongresu", 600), None
    )


def answer_yes(dialog) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def test_the_window_counts_guests_with_and_without_an_email_and_lists_those_to_print(window):
    assert window.counts.text() == "Z adresem e-mail: 2 · bez adresu: 3 · już wysłano: 0"
    assert window.all_guests.isChecked()
    assert sorted(window.no_email.item(row).text() for row in range(window.no_email.count())) == [
        "Anna Nowak", "Łucja Gołębiowska", "Олена Коваленко",
    ]  # fmt: skip
    window.of_category.setChecked(True)
    window.category.setCurrentIndex(window.category.findData("speaker"))
    assert window.counts.text() == "Z adresem e-mail: 1 · bez adresu: 0 · już wysłano: 0"
    assert not window.print_button.isEnabled()
    assert not window.selected.isEnabled()  # nothing selected at the desk


def test_a_send_reaches_the_end_of_the_progress_bar_and_reports_what_was_sent(qtbot, window, smtp_server):
    mailbox(window.station, smtp_server)
    window.mailing.show_smtp()
    assert window.mailing.send_button.text() == "Wyślij do 2 gości…"
    seen = []
    window.mailing.worker.progressed.connect(lambda progress: seen.append(progress))
    when_modal(answer_yes)
    window.mailing.send_button.click()
    qtbot.waitUntil(lambda: not window.mailing.worker.running, timeout=20_000)

    assert window.mailing.progress.value() == window.mailing.progress.maximum() == 2
    assert [p.done for p in seen] == [1, 2]
    assert window.mailing.report.toPlainText().startswith(
        "Wysłano: 2\nPominięto (wysłane wcześniej): 0\nBłędy: 0"
    )
    received = [message_from_bytes(m, policy=policy.default) for m in smtp_server.messages]
    arrived = {message["To"].addresses[0].addr_spec for message in received}
    assert arrived == {"jan@cus.pl", "m.jozko@irpius.pl"}
    assert window.counts.text() == "Z adresem e-mail: 2 · bez adresu: 3 · już wysłano: 2"
    assert not window.mailing.send_button.isEnabled()
    screenshot_dialog(window.parent(), window, "confirmations-report", sizes=SCREEN)


def test_stop_ends_the_send_after_the_message_being_sent(qtbot, window, smtp_server):
    window.station.register(
        [Registrant(first_name="Ewa", last_name="Zając", email="ewa@gops.pl")], reason="test"
    )
    window.refresh()
    mailbox(window.station, smtp_server)
    smtp_server.hold_after = 1  # the second message waits at the server while Stop is clicked
    when_modal(answer_yes)
    window.mailing.send_button.click()
    qtbot.waitUntil(smtp_server.holding.is_set, timeout=20_000)
    window.mailing.stop_button.click()
    assert window.mailing.progress_text.text() == "Zatrzymanie po wysyłanej wiadomości…"
    smtp_server.gate.set()
    qtbot.waitUntil(lambda: not window.mailing.worker.running, timeout=20_000)

    assert len(smtp_server.messages) == 2, window.mailing.report.toPlainText()
    assert window.mailing.progress.value() == 2 and window.mailing.progress.maximum() == 3
    assert window.mailing.report.toPlainText().startswith("Wysłano: 2\n")
    assert window.mailing.send_button.text() == "Wyślij do 1 gościa…"


def test_enter_never_sends_and_no_is_the_answer_to_the_question(qtbot, window, smtp_server):
    mailbox(window.station, smtp_server)
    QTest.keyClick(window, Qt.Key.Key_Return)
    asked = []
    when_modal(
        lambda dialog: (
            asked.append(dialog.defaultButton().text()),
            QTest.keyClick(dialog, Qt.Key.Key_Return),
        )
    )
    window.mailing.send_button.click()
    assert asked == ["&Nie"] or asked == ["Nie"]
    assert not window.mailing.worker.running
    assert smtp_server.messages == []


def test_the_text_editor_previews_the_text_as_it_is_typed_and_names_an_unknown_placeholder(qtbot, desk):
    dialog = shown(qtbot, ConfirmationTemplateDialog(desk.station, "pl", desk))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.subject, timeout=2000)
    before = dialog.preview.pixmap().toImage()
    dialog.body.setPlainText("Zapraszamy na kongres, {first_name}!\n" * 8)
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage() != before, timeout=5_000)
    dialog.contact.setFocus()
    dialog.contact.moveCursor(QTextCursor.MoveOperation.End)
    dialog.placeholders.item(0).setSelected(True)
    qtbot.mouseClick(
        dialog.placeholders.viewport(), Qt.MouseButton.LeftButton,
        pos=dialog.placeholders.visualItemRect(dialog.placeholders.item(0)).center(),
    )  # fmt: skip
    assert dialog.contact.toPlainText().endswith("{first_name}")
    dialog.body.setPlainText("Dzień dobry {imie}")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=5_000)
    assert "{imie}" in dialog.problem.text()
    screenshot_dialog(desk, dialog, "confirmation-text", sizes=SCREEN)


def test_the_smtp_settings_are_stored_with_the_event_and_the_password_in_the_keyring(
    qtbot, desk, keyring_backend
):
    dialog = shown(qtbot, SmtpSettingsDialog(desk.station, desk))
    dialog.preset.setCurrentIndex(dialog.preset.findData("gmail"))
    assert dialog.host.text() == "smtp.gmail.com" and dialog.port.value() == 587
    dialog.security.setCurrentIndex(dialog.security.findData("tls"))
    assert dialog.port.value() == 465
    dialog.username.setText("kongres.cus@gmail.com")
    dialog.password.setText("abcd efgh ijkl mnop")
    dialog.sender_address.setText("kongres.cus@gmail.com")
    dialog.sender_name.setText("Biuro Kongresu CUS")
    screenshot_dialog(desk, dialog, "smtp-settings", sizes=SCREEN)
    QTest.keyClick(dialog.sender_name, Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = desk.station.confirmations.smtp_settings()
    assert (stored.host, stored.port, stored.security) == ("smtp.gmail.com", 465, "tls")
    assert desk.station.confirmations.has_password(stored)
    assert b"abcd efgh" not in desk.station.storage.path.read_bytes()
    again = shown(qtbot, SmtpSettingsDialog(desk.station, desk))
    assert "zapisane" in again.password_status.text()


def test_reception_is_asked_for_the_pin_before_the_window_opens(qtbot, locked_desk, monkeypatch):
    monkeypatch.setattr(menu, "ConfirmationsDialog", lambda *args: pytest.fail("opened without the PIN"))
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog)), dialog.reject()))
    locked_desk.organiser.confirmations_action.trigger()
    assert asked == [UnlockDialog]


def test_the_guest_selected_at_the_desk_can_be_sent_alone(qtbot, desk):
    qtbot.keyClicks(desk.input, "Kowalski")
    desk.results.select_row(0)
    dialogs = []
    when_modal(lambda dialog: (dialogs.append(dialog), dialog.reject()))
    desk.organiser.confirmations_action.trigger()
    assert dialogs[0].selected_codes == (code_of(desk.station, "Kowalski"),)
    assert dialogs[0].selected.isEnabled()

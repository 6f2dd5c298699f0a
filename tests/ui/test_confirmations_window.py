"""The organiser's confirmations window against a real station and a real SMTP server on loopback
(`helpers.mail_server`): the counts, a send with its progress bar and report, a refused address in the
report, Stop half-way, Esc while sending, the password asked when no keyring can keep it, the text editor's
live preview, and the SMTP settings stored with the password in a keyring the test sets (never the OS one)."""

import sqlite3
import threading
from dataclasses import dataclass, field

import keyring
import pytest
from conftest import screenshot_dialog, shown, when_modal
from helpers.events import code_of
from helpers.mail_server import Mailbox, mail_server, memory_keyring, self_signed
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin.confirmations.smtp import SmtpSettings
from checkin.confirmations.template import PLACEHOLDERS
from checkin.domain import Registrant
from ui.organiser.confirmation_mailing import PasswordDialog
from ui.organiser.confirmation_template import ConfirmationTemplateDialog
from ui.organiser.confirmations import ConfirmationsDialog
from ui.organiser.pin import UnlockDialog
from ui.organiser.smtp_settings import SmtpSettingsDialog

SEND_TIMEOUT_MS = 20_000


@dataclass
class HeldMailbox(Mailbox):
    """With `hold_after` set, the message after that many waits at the server (at most 10 s) until `gate`
    opens: the test acts while one message is being sent."""

    hold_after: int | None = None
    holding: threading.Event = field(default_factory=threading.Event)
    gate: threading.Event = field(default_factory=threading.Event)

    async def handle_DATA(self, server, session, envelope):
        if self.hold_after is not None and len(self.received) == self.hold_after:
            self.holding.set()
            self.gate.wait(10)
        return await super().handle_DATA(server, session, envelope)


class BrokenKeyring(KeyringBackend):
    """A computer whose credential store cannot be used (a Linux without a keyring daemon)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringError("no keyring daemon")

    def set_password(self, service, username, password):
        raise KeyringError("no keyring daemon")

    def delete_password(self, service, username):
        raise KeyringError("no keyring daemon")


@pytest.fixture(autouse=True)
def keyring_store():
    with memory_keyring() as store:
        yield store


@pytest.fixture
def mailbox():
    return HeldMailbox()


@pytest.fixture
def server(mailbox):
    with mail_server(mailbox) as port:
        yield port


@pytest.fixture
def window(qtbot, desk):
    """The confirmations window over the desk of the small event (two guests with an e-mail, three
    without), nothing sent yet."""
    return shown(qtbot, ConfirmationsDialog(desk.station, (), desk))


def use_mailbox(station, port: int, **login: str) -> None:
    """The test server as the event's mailbox: no encryption (unless a login is given), the fastest pace."""
    security = "starttls" if login else "none"
    station.confirmations.save_smtp_settings(
        SmtpSettings("127.0.0.1", port, security, login.get("username", ""), "biuro@kongres.pl",
                     "Biuro Kongresu", 600), None,
    )  # fmt: skip


def answer_yes(dialog) -> None:
    assert isinstance(dialog, QMessageBox)
    dialog.button(QMessageBox.StandardButton.Yes).click()


def send_all(qtbot, window) -> None:
    when_modal(answer_yes)
    window.mailing.send_button.click()
    qtbot.waitUntil(lambda: not window.mailing.running, timeout=SEND_TIMEOUT_MS)


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


def test_a_send_reaches_the_end_of_the_progress_bar_and_reports_what_was_sent(qtbot, window, mailbox, server):
    use_mailbox(window.station, server)
    window.mailing.show_smtp()
    assert window.mailing.send_button.text() == "Wyślij do 2 gości…"
    seen = []
    window.mailing.worker.progressed.connect(seen.append)
    send_all(qtbot, window)

    assert window.mailing.progress.value() == window.mailing.progress.maximum() == 2
    assert [p.done for p in seen] == [1, 2]
    assert window.mailing.report.toPlainText() == "Wysłano: 2\nPominięto (wysłane wcześniej): 0\nBłędy: 0"
    assert {m["To"].addresses[0].addr_spec for m in mailbox.received} == {"jan@cus.pl", "m.jozko@irpius.pl"}
    assert window.counts.text() == "Z adresem e-mail: 2 · bez adresu: 3 · już wysłano: 2"
    assert not window.mailing.send_button.isEnabled()
    assert set(window.station.confirmations.sent()) == {
        code_of(window.station, "Kowalski"), code_of(window.station, "Jóżko"),
    }  # fmt: skip
    screenshot_dialog(window.parent(), window, "confirmations-report")


def test_a_refused_address_is_reported_with_the_guest_and_the_servers_reason(qtbot, window, mailbox, server):
    mailbox.refuse = frozenset({"jan@cus.pl"})
    use_mailbox(window.station, server)
    send_all(qtbot, window)

    report = window.mailing.report.toPlainText().splitlines()
    assert report[:3] == ["Wysłano: 1", "Pominięto (wysłane wcześniej): 0", "Błędy: 1"]
    assert report[3].startswith(f"  Jan Kowalski ({code_of(window.station, 'Kowalski')}): ")
    assert report[3].endswith(": Serwer poczty odrzucił wiadomość (550 5.1.1 No such user here).")
    assert window.mailing.send_button.text() == "Wyślij do 1 gościa…"


def test_guests_a_lost_connection_left_unsent_are_listed_with_why_in_polish(qtbot, window, mailbox, server):
    mailbox.drop_from = 2
    use_mailbox(window.station, server)
    send_all(qtbot, window)

    report = window.mailing.report.toPlainText().splitlines()
    assert report[:3] == ["Wysłano: 1", "Pominięto (wysłane wcześniej): 0", "Błędy: 1"]
    assert "Nie wysłano: połączenie z serwerem poczty zostało zerwane (" in report[3]
    assert window.mailing.progress_text.text() == "Zatrzymano."
    screenshot_dialog(window.parent(), window, "confirmations-lost-connection")


def test_stop_ends_the_send_after_the_message_being_sent(qtbot, window, mailbox, server):
    window.station.register(
        [Registrant(first_name="Ewa", last_name="Zając", email="ewa@gops.pl")], reason="test"
    )
    window.refresh()
    use_mailbox(window.station, server)
    mailbox.hold_after = 1  # the second message waits at the server while Stop is clicked
    when_modal(answer_yes)
    window.mailing.send_button.click()
    qtbot.waitUntil(mailbox.holding.is_set, timeout=SEND_TIMEOUT_MS)
    assert window.mailing.running and not window.all_guests.isEnabled() and not window.pdf_button.isEnabled()
    window.mailing.stop_button.click()
    assert window.mailing.progress_text.text().endswith("Zatrzymanie po wysyłanej wiadomości…")
    mailbox.gate.set()
    qtbot.waitUntil(lambda: not window.mailing.running, timeout=SEND_TIMEOUT_MS)

    assert len(mailbox.received) == 2
    assert (window.mailing.progress.value(), window.mailing.progress.maximum()) == (2, 3)
    assert window.mailing.progress_text.text() == "Zatrzymano."
    assert window.mailing.report.toPlainText().startswith("Wysłano: 2\n")
    assert window.mailing.send_button.text() == "Wyślij do 1 gościa…"


def test_esc_while_sending_asks_and_no_goes_on_yes_stops_and_closes(qtbot, window, mailbox, server):
    use_mailbox(window.station, server)
    mailbox.hold_after = 1
    when_modal(answer_yes)
    window.mailing.send_button.click()
    qtbot.waitUntil(mailbox.holding.is_set, timeout=SEND_TIMEOUT_MS)
    asked = []
    when_modal(lambda box: (asked.append(box.text()), QTest.keyClick(box, Qt.Key.Key_Return)))  # No
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert asked == ["Trwa wysyłka potwierdzeń. Zatrzymać po wysyłanej wiadomości i zamknąć?"]
    assert window.isVisible() and window.mailing.running

    when_modal(answer_yes)
    opener = threading.Timer(0.2, mailbox.gate.set)  # the server takes the message while the window waits
    opener.start()
    QTest.keyClick(window, Qt.Key.Key_Escape)
    opener.join()
    assert not window.isVisible()
    assert len(mailbox.received) == 2
    qtbot.waitUntil(lambda: not window.mailing.running, timeout=SEND_TIMEOUT_MS)


def test_enter_never_sends_and_no_is_the_default_answer(qtbot, window, mailbox, server):
    use_mailbox(window.station, server)
    QTest.keyClick(window, Qt.Key.Key_Return)
    answered = []
    when_modal(lambda box: (answered.append(box.defaultButton() is box.button(QMessageBox.StandardButton.No)),
                            QTest.keyClick(box, Qt.Key.Key_Return)))  # fmt: skip
    window.mailing.send_button.click()
    assert answered == [True]
    assert not window.mailing.running and mailbox.received == []


def test_without_a_keyring_the_password_is_asked_for_the_send(qtbot, window, mailbox, tmp_path, monkeypatch):
    tls, certificate = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate))  # the client trusts the test's own certificate
    with mail_server(mailbox, tls, login=True) as port:
        use_mailbox(window.station, port, username="biuro@kongres.pl")
        keyring.set_keyring(BrokenKeyring())  # the fixture puts the memory store back afterwards

        def type_password(dialog) -> None:
            assert isinstance(dialog, PasswordDialog)
            QTest.keyClicks(dialog.password, "app-password")
            QTest.keyClick(dialog.password, Qt.Key.Key_Return)

        when_modal(lambda box: (when_modal(type_password), answer_yes(box)))
        window.mailing.send_button.click()
        qtbot.waitUntil(lambda: not window.mailing.running, timeout=SEND_TIMEOUT_MS)

    assert mailbox.logins == ["biuro@kongres.pl"]
    assert len(mailbox.received) == 2


def test_a_test_send_goes_to_the_organisers_address(qtbot, window, mailbox, server):
    use_mailbox(window.station, server)
    window.mailing.show_smtp()
    assert window.mailing.test_address.text() == "biuro@kongres.pl"
    window.mailing.test_button.click()
    assert window.mailing.running and not window.mailing.send_button.isEnabled()  # on the thread
    qtbot.waitUntil(lambda: not window.mailing.running, timeout=SEND_TIMEOUT_MS)
    assert [m["To"].addresses[0].addr_spec for m in mailbox.received] == ["biuro@kongres.pl"]
    assert window.mailing.report.toPlainText().startswith("Próbne potwierdzenie wysłano na biuro@kongres.pl")
    assert window.station.confirmations.sent() == {}
    assert window.mailing.progress.value() == -1  # the bar is the batches'


def test_a_test_the_server_refuses_says_why(qtbot, window, mailbox, server):
    mailbox.refuse = frozenset({"zly@kongres.pl"})
    use_mailbox(window.station, server)
    window.mailing.test_address.setText("zly@kongres.pl")
    window.mailing.test_button.click()
    qtbot.waitUntil(lambda: not window.mailing.running, timeout=SEND_TIMEOUT_MS)
    assert window.mailing.report.toPlainText().startswith(
        "Próbna wiadomość na zly@kongres.pl nie została wysłana. Serwer poczty odrzucił wiadomość (550 "
    )


def test_the_text_editor_previews_the_text_as_it_is_typed_and_names_an_unknown_placeholder(qtbot, desk):
    dialog = shown(qtbot, ConfirmationTemplateDialog(desk.station, "pl", desk))
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.subject, timeout=2000)
    before = dialog.preview.pixmap().toImage()
    dialog.body.setPlainText("Zapraszamy na kongres, {first_name}!\n" * 8)
    qtbot.waitUntil(lambda: dialog.preview.pixmap().toImage() != before, timeout=5_000)
    dialog.contact.setFocus()
    dialog.contact.moveCursor(QTextCursor.MoveOperation.End)
    first = dialog.placeholders.item(0)
    qtbot.mouseClick(dialog.placeholders.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.placeholders.visualItemRect(first).center())  # fmt: skip
    assert dialog.contact.toPlainText() == "Biuro organizatora{first_name}"
    listed = [dialog.placeholders.item(row).text() for row in range(dialog.placeholders.count())]
    assert [text.split(" — ")[0] for text in listed] == [f"{{{name}}}" for name in PLACEHOLDERS]
    assert listed[0] == "{first_name} — imię gościa"
    dialog.body.setPlainText("Dzień dobry {imie}")
    qtbot.waitUntil(dialog.problem.isVisible, timeout=5_000)
    assert dialog.problem.text().startswith("{imie} nie jest polem do wstawienia")
    screenshot_dialog(desk, dialog, "confirmation-text")
    dialog.body.setPlainText("Do zobaczenia, {first_name}!")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.subject.text() == "Your registration: {event}"
    dialog.accept()

    assert desk.station.confirmations.template("pl").body == "Do zobaczenia, {first_name}!"
    assert desk.station.confirmations.template("en").subject == "Your registration: {event}"


def test_the_smtp_settings_are_stored_with_the_event_and_the_password_in_the_keyring(
    qtbot, desk, keyring_store
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
    screenshot_dialog(desk, dialog, "smtp-settings")
    QTest.keyClick(dialog.sender_name, Qt.Key.Key_Return)

    assert dialog.result() == dialog.DialogCode.Accepted
    stored = desk.station.confirmations.smtp_settings()
    assert (stored.host, stored.port, stored.security) == ("smtp.gmail.com", 465, "tls")
    assert list(keyring_store.passwords.values()) == ["abcd efgh ijkl mnop"]
    assert b"abcd efgh" not in desk.station.storage.path.read_bytes()
    again = shown(qtbot, SmtpSettingsDialog(desk.station, desk))
    assert again.password_status.text().startswith("Hasło jest zapisane w magazynie haseł systemu")
    assert again.preset.currentData() == "gmail" and again.password.text() == ""


def test_reception_is_asked_for_the_pin_before_the_window_opens(qtbot, locked_desk, monkeypatch):
    monkeypatch.setattr(
        "ui.organiser.confirmations.ConfirmationsDialog", lambda *args: pytest.fail("opened without the PIN")
    )
    asked = []
    when_modal(lambda dialog: (asked.append(type(dialog)), dialog.reject()))
    locked_desk.organiser.confirmations_action.trigger()
    assert asked == [UnlockDialog]


def test_the_guest_selected_at_the_desk_can_be_chosen_alone(qtbot, desk):
    qtbot.keyClicks(desk.input, "Kowalski")
    desk.results.select_row(0)
    opened = []
    when_modal(
        lambda dialog: (opened.append((dialog.selected_codes, dialog.selected.isEnabled())), dialog.reject())
    )
    desk.organiser.confirmations_action.trigger()
    assert opened == [((code_of(desk.station, "Kowalski"),), True)]


def test_without_a_keyring_the_smtp_dialog_keeps_no_password_and_says_it_is_asked_at_each_send(qtbot, desk):
    keyring.set_keyring(BrokenKeyring())  # the fixture puts the memory store back afterwards
    dialog = shown(qtbot, SmtpSettingsDialog(desk.station, desk))
    assert not dialog.password.isEnabled()
    assert dialog.password_status.text().startswith("Ten komputer nie ma magazynu haseł")
    dialog.host.setText("poczta.example.pl")
    dialog.sender_address.setText("biuro@example.pl")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert desk.station.confirmations.smtp_settings().host == "poczta.example.pl"


def eml_export_said(qtbot, window, folder, monkeypatch) -> tuple[str, str]:
    """The title and text of the box the .eml export ends with, `folder` chosen for the files."""
    monkeypatch.setattr("ui.widgets.files.choose_folder", lambda *args: str(folder))
    said = []

    def read(box) -> None:
        said.append((box.windowTitle(), box.text()))
        box.accept()

    when_modal(read)
    window.eml_button.click()
    qtbot.waitUntil(lambda: bool(said))
    return said[0]


def test_eml_files_for_everyone_but_the_guest_whose_address_no_message_can_carry(
    qtbot, window, tmp_path, monkeypatch
):
    window.station.register(
        [Registrant(first_name="Józef", last_name="Ząbek", email="józef@poczta.pl")], reason="test"
    )
    window.refresh()
    title, text = eml_export_said(qtbot, window, tmp_path, monkeypatch)
    assert len(list(tmp_path.glob("*.eml"))) == 2
    assert title == "Nie wszystkie potwierdzenia zapisano"
    assert text.splitlines() == [
        f"Zapisano w {tmp_path}.",
        "Bez pliku zostaje 1 gość:",
        "Józef Ząbek: józef@poczta.pl nie może być użyty jako adres e-mail (dozwolone są tylko zwykłe "
        "litery); popraw go w danych gościa.",
    ]


def test_an_event_file_that_fails_while_the_files_are_written_is_named_not_taken_for_a_send(
    qtbot, window, tmp_path, monkeypatch
):
    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("checkin.confirmations.part.Confirmations.write_eml", locked)
    title, text = eml_export_said(qtbot, window, tmp_path, monkeypatch)
    assert title == "Nic nie zapisano"
    assert "Nie można odczytać ani zapisać pliku wydarzenia (database is locked)" in text
    assert "Wysyłanie" not in text

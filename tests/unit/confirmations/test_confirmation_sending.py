"""Sending confirmations through a real SMTP server on loopback (aiosmtpd): what arrives, what is logged,
what happens when an address is refused or the connection drops, and that nothing is sent twice."""

import io
import threading
from dataclasses import replace

import pypdfium2
import pytest
import zxingcpp
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled
from helpers.mail_server import HOST, Mailbox, free_port, mail_server, memory_keyring, self_signed
from PIL import Image

from checkin.confirmations.audience import Audience
from checkin.confirmations.mailer import RECONNECTS, Mailer, Pace
from checkin.confirmations.smtp import SmtpSettings
from checkin.domain import Registrant, VerdictKind
from checkin.errors import UserError
from checkin.log_kinds import LogKind

GUESTS_WITH_MAIL = {"Kowalski": "jan@cus.pl", "Jóżko": "m.jozko@irpius.pl"}


@pytest.fixture
def keyring_store():
    with memory_keyring() as store:
        yield store


@pytest.fixture
def station(tmp_path, keyring_store):
    s = make_station(tmp_path / "event.sqlite", name="Biuro", staff="Ola", day=DAYS[0])
    s.register(
        [Registrant(first_name="Zofia", last_name="Żółkiewska-Brzęczyszczykiewicz", email="zofia@gops.pl",
                    organisation="Gminny Ośrodek Pomocy Społecznej w Łące", registration_id="R9")],
        reason="test",
    )  # fmt: skip
    s.programme.save(list(PROGRAMME))
    s.choices.choose(s.guest(code_of(s, "Kowalski")).id, session_titled(s, "Uroczysta kolacja").id)
    s.choices.choose(
        s.guest(code_of(s, "Kowalski")).id, session_titled(s, "Organizowanie Społeczności Lokalnej").id
    )
    yield s
    s.close()


def settings(port: int, security="none", username="", per_minute=600) -> SmtpSettings:
    return SmtpSettings(
        HOST, port, security, username, "biuro@kongres.pl", "Biuro Kongresu, Łódź", per_minute
    )


def no_wait(per_minute: int) -> Pace:
    """The pace as configured, never sleeping: the tests' clock stands still."""
    return Pace(per_minute, clock=lambda: 0.0, sleep=lambda _: None)


EVERYONE = Audience.everyone()


def send(station, port, audience=EVERYONE, language="pl", *, resend=False, progress=None):
    station.confirmations.save_smtp_settings(settings(port), None)
    job = station.confirmations.sending(audience, language, resend=resend)
    return replace(job, pace=no_wait).run(progress)


def qr_codes_in(pdf: bytes) -> list[str]:
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=150 / 72).to_pil().convert("L")
    return [found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def test_every_guest_with_an_address_gets_a_confirmation_whose_qr_checks_them_in(station):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        report = send(station, port)
    addresses = sorted(m["To"].addresses[0].addr_spec for m in mailbox.received)
    assert addresses == ["jan@cus.pl", "m.jozko@irpius.pl", "zofia@gops.pl"]
    assert sorted(report.sent) == sorted(code_of(station, name) for name in
                                         ("Kowalski", "Jóżko", "Żółkiewska-Brzęczyszczykiewicz"))  # fmt: skip
    assert sorted(report.without_email) == sorted(
        code_of(station, n) for n in ("Gołębiowska", "Коваленко", "Nowak")
    )
    message = mailbox.to("zofia@gops.pl")[0]
    assert message["Subject"] == "Potwierdzenie udziału: Kongres testowy"
    assert message["To"].addresses[0].display_name == "Zofia Żółkiewska-Brzęczyszczykiewicz"
    assert message["From"].addresses[0].display_name == "Biuro Kongresu, Łódź"
    (attachment,) = list(message.iter_attachments())
    code = code_of(station, "Żółkiewska-Brzęczyszczykiewicz")
    assert attachment.get_filename() == f"potwierdzenie-{code}.pdf"
    assert qr_codes_in(attachment.get_content()) == [code]
    assert station.check_in(qr_codes_in(attachment.get_content())[0]).kind is VerdictKind.CHECKED_IN


def test_the_raw_headers_are_encoded_and_the_html_shows_the_qr_inline(station):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        send(station, port, Audience.of_codes((code_of(station, "Kowalski"),)))
    (message,) = mailbox.received
    raw = message.as_bytes()
    assert raw.isascii()  # no 8-bit header: "Żółkiewska" travels as an encoded word
    html = message.get_body(preferencelist=("html",)).get_content()
    (image,) = [part for part in message.walk() if part.get_content_type() == "image/png"]
    assert f"cid:{image['Content-ID'].strip('<>')}" in html
    decoded = zxingcpp.read_barcodes(Image.open(io.BytesIO(image.get_content())))
    assert [found.text for found in decoded] == [code_of(station, "Kowalski")]
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Uroczysta kolacja" in text and "Organizowanie Społeczności Lokalnej" in text


def test_a_guests_text_is_escaped_in_the_html(station):
    station.edit(station.guest(code_of(station, "Kowalski")).id, {"organisation": "<b>CUS</b> & co"})
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        send(station, port, Audience.of_codes((code_of(station, "Kowalski"),)))
    content = mailbox.received[0].get_body(preferencelist=("html",)).get_content()
    assert "&lt;b&gt;CUS&lt;/b&gt; &amp; co" in content and "<b>CUS</b>" not in content


def test_each_accepted_message_is_one_log_row_and_sending_again_sends_nothing_twice(station):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        first = send(station, port)
        again = send(station, port)
    assert len(mailbox.received) == 3
    assert again.sent == () and sorted(again.skipped) == sorted(first.sent)
    rows = [e for e in station.storage.log_entries() if e.kind == LogKind.CONFIRMATION_SENT]
    assert len(rows) == 3 and {r.data["address"] for r in rows} == set(GUESTS_WITH_MAIL.values()) | {
        "zofia@gops.pl"
    }
    sent = station.confirmations.sent()
    assert sent[code_of(station, "Kowalski")].address == "jan@cus.pl"
    assert sent[code_of(station, "Kowalski")].station == "Biuro"


def test_resend_sends_again_and_a_corrected_address_is_sent_without_asking(station):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        send(station, port)
        station.edit(station.guest(code_of(station, "Kowalski")).id, {"email": "jan.kowalski@cus.pl"})
        corrected = send(station, port)
        resent = send(station, port, resend=True)
    assert corrected.sent == (code_of(station, "Kowalski"),)
    assert len(resent.sent) == 3 and len(mailbox.received) == 7


def test_a_refused_address_is_reported_and_the_rest_are_sent(station):
    mailbox = Mailbox(refuse=frozenset({"m.jozko@irpius.pl"}))
    with mail_server(mailbox) as port:
        report = send(station, port)
        assert station.confirmations.recipients(Audience.not_sent()).with_email[0].last_name == "Jóżko"
    assert [code for code, _ in report.failed] == [code_of(station, "Jóżko")]
    assert report.failed[0][1].code == "smtp_refused" and "550" in report.failed[0][1].params["reason"]
    assert len(report.sent) == 2 and len(mailbox.received) == 2
    assert code_of(station, "Jóżko") not in station.confirmations.sent()


def test_a_dropped_connection_is_reopened_and_the_message_sent(station):
    mailbox = Mailbox(drop_at=2)
    with mail_server(mailbox) as port:
        report = send(station, port)
    assert len(report.sent) == 3 and report.failed == ()
    assert len(mailbox.received) == 3


def test_a_connection_that_keeps_dropping_stops_the_run_and_says_who_was_not_sent(station):
    mailbox = Mailbox(drop_from=2)
    with mail_server(mailbox) as port:
        report = send(station, port)
    assert len(report.sent) == 1 and report.stopped
    assert len(report.failed) == 2 and all(why.code == "smtp_connection_lost" for _, why in report.failed)
    assert mailbox.datas == 2 + RECONNECTS
    assert set(station.confirmations.sent()) == set(report.sent)


def test_a_refused_sender_stops_the_run_at_once(station):
    mailbox = Mailbox(refuse=frozenset({"biuro@kongres.pl"}))
    with mail_server(mailbox) as port:
        report = send(station, port)
    assert report.stopped and report.sent == () and len(report.failed) == 3
    assert report.failed[0][1].code == "smtp_sender_refused" and mailbox.datas == 0
    assert "553" in report.failed[0][1].params["reason"]
    # Plain copies: no traceback holds the finished session's objects for as long as the report is shown.
    assert all(why.__traceback__ is None and why.__cause__ is None for _, why in report.failed)


def test_a_batch_prepared_here_runs_on_a_worker_thread_with_its_own_connection(station):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        station.confirmations.save_smtp_settings(settings(port), None)
        job = replace(station.confirmations.sending(Audience.everyone(), "pl"), pace=no_wait)
        reports = []
        worker = threading.Thread(target=lambda: reports.append(job.run()))
        worker.start()
        worker.join(timeout=60)
    assert len(reports[0].sent) == 3 and len(station.confirmations.sent()) == 3


def test_progress_is_told_after_each_guest_and_can_stop_the_run(station):
    seen = []
    with mail_server(Mailbox()) as port:
        report = send(station, port, progress=lambda p: seen.append(p) or False)
    assert [(p.done, p.total, p.sent) for p in seen] == [(1, 3, 1)]
    assert report.stopped and len(report.sent) == 1


def test_the_pace_spaces_messages_by_the_limit():
    waits, now = [], [0.0]
    pace = Pace(30, clock=lambda: now[0], sleep=waits.append)
    pace.wait()
    now[0] = 0.5
    pace.wait()
    now[0] = 10.0
    pace.wait()
    assert waits == [1.5]


def test_starttls_with_a_login_reaches_a_server_with_its_own_certificate(
    station, tmp_path, monkeypatch, keyring_store
):
    context, cert = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    mailbox = Mailbox()
    with mail_server(mailbox, context, login=True) as port:
        station.confirmations.save_smtp_settings(settings(port, "starttls", "biuro"), "app-password")
        assert station.confirmations.has_password(settings(port, "starttls", "biuro"))
        assert "app-password" not in repr(station.confirmations.sending(Audience.everyone(), "en"))
        report = station.confirmations.send(Audience.of_codes((code_of(station, "Jóżko"),)), "en")
    assert report.sent == (code_of(station, "Jóżko"),)
    assert (
        mailbox.logins == ["biuro"] and mailbox.received[0]["Subject"] == "Your registration: Kongres testowy"
    )
    assert "app-password" not in station.path.read_bytes().decode("latin-1")


def test_tls_from_the_first_byte_reaches_a_server_with_its_own_certificate(station, tmp_path, monkeypatch):
    context, cert = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    mailbox = Mailbox()
    with mail_server(mailbox, context, implicit=True) as port:
        station.confirmations.save_smtp_settings(settings(port, "tls"), None)
        report = station.confirmations.send(Audience.of_codes((code_of(station, "Kowalski"),)), "pl")
    assert report.sent == (code_of(station, "Kowalski"),) and len(mailbox.received) == 1


def test_an_untrusted_certificate_is_a_clear_error_and_sends_nothing(station, tmp_path):
    context, _ = self_signed(tmp_path)
    mailbox = Mailbox()
    with mail_server(mailbox, context) as port:
        station.confirmations.save_smtp_settings(settings(port, "starttls"), None)
        with pytest.raises(UserError) as error:
            station.confirmations.send(Audience.everyone(), "pl")
    assert error.value.code == "smtp_tls_failed"
    assert mailbox.received == [] and station.confirmations.sent() == {}


def test_a_wrong_password_is_a_clear_error_and_sends_nothing(station, tmp_path, monkeypatch):
    context, cert = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    mailbox = Mailbox()
    with mail_server(mailbox, context, login=True) as port:
        station.confirmations.save_smtp_settings(settings(port, "starttls", "biuro"), "wrong")
        with pytest.raises(UserError) as error:
            station.confirmations.send(Audience.everyone(), "pl")
    assert error.value.code == "smtp_login_refused" and "app password" in str(error.value)
    assert mailbox.received == [] and station.confirmations.sent() == {}


def test_the_test_send_goes_to_the_organiser_with_the_sample_guest_and_logs_nothing(station):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        report = station.confirmations.test_sending(settings(port), "ja@kongres.pl", "pl").run()
    assert len(report.sent) == 1 and report.failed == ()
    (message,) = mailbox.received
    assert message["To"].addresses[0].addr_spec == "ja@kongres.pl"
    assert station.confirmations.sent() == {}
    log_kinds = {e.kind for e in station.storage.log_entries()}
    assert LogKind.CONFIRMATION_SENT not in log_kinds


def test_a_test_send_the_server_refuses_says_why(station):
    with mail_server(Mailbox(refuse=frozenset({"ja@kongres.pl"}))) as port:
        report = station.confirmations.test_sending(settings(port), "ja@kongres.pl", "en").run()
    (why,) = [why for _, why in report.failed]
    assert why.code == "smtp_refused" and "550" in why.params["reason"]


def test_a_server_that_cannot_be_reached_is_a_clear_error():
    with pytest.raises(UserError) as error:
        Mailer(settings(free_port()), None).open()
    assert error.value.code == "smtp_unreachable"


def test_what_was_sent_travels_to_another_station_which_then_skips_those_guests(station, tmp_path):
    from helpers.replicas import exchange, joined

    other = joined(station, tmp_path / "other.sqlite", "Recepcja 2")
    with mail_server(Mailbox()) as port:
        first = send(station, port, Audience.of_codes((code_of(station, "Kowalski"),)))
        exchange(station, other)
        assert other.confirmations.sent()[code_of(station, "Kowalski")].station == "Biuro"
        mailbox = Mailbox()
        with mail_server(mailbox) as other_port:
            again = send(other, other_port)
    assert first.sent == again.skipped == (code_of(station, "Kowalski"),)
    assert len(again.sent) == 2 and len(mailbox.received) == 2
    other.close()


def test_an_address_that_cannot_be_written_in_a_message_is_reported_and_the_rest_sent(station):
    station.edit(station.guest(code_of(station, "Kowalski")).id, {"email": "józef@cus.pl"})
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        report = send(station, port)
    assert [code for code, _ in report.failed] == [code_of(station, "Kowalski")]
    assert "józef@cus.pl" in str(report.failed[0][1]) and len(report.sent) == 2


def test_clearing_personal_data_clears_the_addresses_confirmations_were_sent_to(station):
    with mail_server(Mailbox()) as port:
        send(station, port)
    station.privacy.purge("Kongres testowy")
    rows = [e for e in station.storage.log_entries() if e.kind == LogKind.CONFIRMATION_SENT]
    assert len(rows) == 3 and all("address" not in row.data for row in rows)
    assert b"zofia@gops.pl" not in station.path.read_bytes()

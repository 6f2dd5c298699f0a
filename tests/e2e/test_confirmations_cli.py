"""`confirmations` on the command line: .eml files, one PDF for posting, and sending through a real SMTP
server on loopback; and the congress's 300 guests sent through that server."""

import email
import time
from dataclasses import replace
from email import policy

import pytest
from helpers.cli import as_json, assert_refused, cli
from helpers.events import DAYS, make_station
from helpers.mail_server import HOST, Mailbox, mail_server
from pypdf import PdfReader

from checkin.confirmations.audience import Audience
from checkin.confirmations.mailer import Pace
from checkin.confirmations.smtp import SmtpSettings
from checkin.demo.event import DEMO_PIN, create_demo_event
from checkin.domain import VerdictKind
from checkin.station import Station

PIN = "2468"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "CHECKIN_PIN": PIN}
"""The command line never reaches this machine's credential store in a test."""


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path, pin=PIN, day=DAYS[0]).close()
    return path


def test_eml_files_and_one_pdf_for_posting(db, tmp_path):
    written = as_json(cli(db, "confirmations", "--out", str(tmp_path / "eml"), "--json", **NO_KEYRING))
    assert len(written["files"]) == 2 and written["without_email"] == 3
    message = email.message_from_bytes(
        (tmp_path / "eml" / written["files"][0]).read_bytes(), policy=policy.default
    )
    assert message["Subject"] == "Potwierdzenie udziału: Kongres testowy"
    shown = cli(
        db, "confirmations", "--out", str(tmp_path / "all.pdf"), "--language", "en", **NO_KEYRING
    ).stdout
    assert "5 confirmations" in shown and len(PdfReader(tmp_path / "all.pdf").pages) == 5
    posted = cli(
        db, "confirmations", "--out", str(tmp_path / "post.pdf"), "--audience", "no_email", **NO_KEYRING
    )
    assert "3 confirmations" in posted.stdout and len(PdfReader(tmp_path / "post.pdf").pages) == 3


def test_send_through_the_given_mailbox_then_again_sends_nothing(db):
    mailbox = Mailbox()
    with mail_server(mailbox) as port:
        options = ("--smtp-host", HOST, "--smtp-port", str(port), "--smtp-security", "none", "--sender",
                   "biuro@kongres.pl", "--sender-name", "Biuro Kongresu", "--per-minute", "600")  # fmt: skip
        first = as_json(cli(db, "confirmations", "--send", *options, "--save-smtp", "--json", **NO_KEYRING))
        again = cli(db, "confirmations", "--send", **NO_KEYRING).stdout
    assert len(first["sent"]) == 2 and first["failed"] == [] and len(first["without_email"]) == 3
    assert "sent: 0" in again and "skipped (sent before; --resend sends again): 2" in again
    assert len(mailbox.received) == 2
    assert str(mailbox.received[0]["From"]) == "Biuro Kongresu <biuro@kongres.pl>"


def test_mistakes_are_one_line_and_send_nothing(db, tmp_path):
    assert_refused(cli(db, "confirmations", "--send", **NO_KEYRING, check=False), "mailbox")
    out = str(tmp_path / "x")
    assert_refused(
        cli(db, "confirmations", "--out", out, "--smtp-host", "x", **NO_KEYRING, check=False), "--send"
    )
    assert_refused(
        cli(db, "confirmations", "--out", out, "--audience", "nobody", **NO_KEYRING, check=False),
        "--audience",
    )
    assert_refused(cli(db, "confirmations", "--out", str(db), **NO_KEYRING, check=False), "event file")
    assert_refused(cli(db, "confirmations", "--out", out, check=False), "PIN")
    assert_refused(
        cli(db, "confirmations", "--send", "--smtp-host", HOST, "--smtp-user", "biuro", "--sender", "b@k.pl",
            **NO_KEYRING, check=False), "credential store",
    )  # fmt: skip


def test_the_congresss_300_guests_get_their_confirmations_through_the_server(tmp_path):
    station = create_demo_event(tmp_path / "kongres.sqlite", registrants=300)
    station.roles.unlock(DEMO_PIN)
    mailbox = Mailbox()
    seen = []
    with mail_server(mailbox) as port:
        station.confirmations.save_smtp_settings(
            SmtpSettings(HOST, port, "none", "", "biuro@kongres.pl", "Biuro"), None
        )
        job = station.confirmations.sending(Audience.everyone(), "pl")
        started = time.monotonic()
        report = replace(job, pace=lambda n: Pace(n, clock=lambda: 0.0, sleep=lambda _: None)).run(
            lambda progress: seen.append(progress.done) or True
        )
        print(f"300 guests sent in {time.monotonic() - started:.1f} s")  # the figure for the report
    expected = station.confirmations.recipients(Audience.everyone()).with_email
    assert len(report.sent) == len(expected) == len(mailbox.received) and report.failed == ()
    assert seen == list(range(1, len(expected) + 1))
    last = mailbox.received[-1]
    (attachment,) = last.iter_attachments()
    code = attachment.get_filename().removeprefix("potwierdzenie-").removesuffix(".pdf")
    desk = Station.open(station.path, day=station.event.days[0])
    assert desk.check_in(code).kind is VerdictKind.CHECKED_IN
    desk.close()
    station.close()

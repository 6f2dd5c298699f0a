"""The confirmation's editable text: placeholders checked on saving, filled safely, stored with the event and
carried to the other stations; the mailbox settings beside it, without the password."""

import pytest
from helpers.events import DAYS, make_station
from helpers.mail_server import memory_keyring
from helpers.replicas import exchange, joined
from keyring.backends.fail import Keyring as NoKeyring

from checkin.confirmations.smtp import SmtpSettings
from checkin.confirmations.template import (
    DEFAULT_TEMPLATES,
    PLACEHOLDERS,
    ConfirmationTemplate,
    checked_template,
    fill,
)
from checkin.errors import UserError
from checkin.event_settings import is_setting_row

MAILBOX = SmtpSettings("smtp.gmail.com", 587, "starttls", "biuro@kongres.pl", "biuro@kongres.pl", "Biuro")


@pytest.fixture
def keyring_store():
    with memory_keyring() as store:
        yield store


def edited(body: str, language: str = "pl") -> ConfirmationTemplate:
    return ConfirmationTemplate(language, "Potwierdzenie: {event}", body, "Biuro\ntel. 41 000 00 00")


def test_a_new_event_has_finished_text_in_both_languages(station):
    assert station.confirmations.template("pl") == DEFAULT_TEMPLATES["pl"]
    assert station.confirmations.template("en").subject.startswith("Your registration")


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("Dzień dobry {frist_name}", "unknown_placeholder"),
        ("{code.__class__}", "unknown_placeholder"),
        ("{code!r}", "unknown_placeholder"),
        ("{first_name:>40}", "unknown_placeholder"),
        ("Kod: {code", "confirmation_stray_brace"),
        ("x" * 1501, "confirmation_text_too_long"),
    ],
)
def test_a_template_with_an_unknown_placeholder_or_a_stray_brace_is_refused(station, body, code):
    with pytest.raises(UserError) as refused:
        station.confirmations.save_template(edited(body))
    assert refused.value.code == code
    assert station.confirmations.template("pl") == DEFAULT_TEMPLATES["pl"]


def test_the_refusal_names_the_placeholder_and_the_known_ones():
    with pytest.raises(UserError) as refused:
        checked_template(edited("{frist_name}"))
    assert "{frist_name}" in str(refused.value) and "first_name" in refused.value.params["known"]


def test_every_placeholder_is_filled_and_double_braces_are_braces():
    values = {name: f"<{name}>" for name in PLACEHOLDERS}
    text = " ".join(f"{{{name}}}" for name in PLACEHOLDERS) + " {{not}}"
    assert fill(text, values) == " ".join(f"<{name}>" for name in PLACEHOLDERS) + " {not}"


def test_a_saved_template_is_the_events_and_travels_to_another_station(station, tmp_path):
    saved = station.confirmations.save_template(edited("Witamy {first_name}!\r\n\r\nDo zobaczenia.  "))
    assert saved.body == "Witamy {first_name}!\n\nDo zobaczenia."
    rows = len(station.storage.log_entries())
    station.confirmations.save_template(saved)
    assert len(station.storage.log_entries()) == rows  # unchanged: nothing written
    other = joined(station, tmp_path / "other.sqlite", "Recepcja 2")
    english = station.confirmations.save_template(edited("Welcome {first_name}!", "en"))
    exchange(station, other)
    assert other.confirmations.template("pl") == saved
    assert other.confirmations.template("en") == english
    other.close()


def test_a_damaged_template_from_another_station_is_refused_and_the_default_stays(station):
    assert not is_setting_row({"key": "confirmation_template_pl", "value": {"subject": 1}})
    assert is_setting_row(
        {"key": "confirmation_template_pl", "value": {"subject": "", "body": "", "contact": ""}}
    )
    assert not is_setting_row({"key": "confirmation_smtp", "value": {"host": "x"}})


def test_templates_and_the_mailbox_are_the_organisers(tmp_path, keyring_store):
    station = make_station(tmp_path / "e.sqlite", pin="2468", day=DAYS[0])
    station.roles.lock()
    for attempt in (
        lambda: station.confirmations.save_template(edited("x")),
        lambda: station.confirmations.save_smtp_settings(MAILBOX, "secret"),
        lambda: station.confirmations.render_pdf(station.storage.attendees().__next__().code, edited("x")),
    ):
        with pytest.raises(UserError) as refused:
            attempt()
        assert refused.value.code == "organiser_only"
    assert keyring_store.passwords == {}
    station.close()


def test_the_mailbox_is_kept_with_the_event_and_its_password_in_the_credential_store(station, keyring_store):
    assert station.confirmations.keyring_available()
    saved = station.confirmations.save_smtp_settings(MAILBOX, "app password 1")
    assert station.confirmations.smtp_settings() == saved
    assert station.confirmations.has_password(saved)
    assert list(keyring_store.passwords.values()) == ["app password 1"]
    assert b"app password 1" not in station.path.read_bytes()
    station.confirmations.save_smtp_settings(MAILBOX, "")
    assert not station.confirmations.has_password(saved)


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"host": ""}, "smtp_host_required"),
        ({"port": 0}, "smtp_bad_port"),
        ({"sender_address": "biuro"}, "smtp_bad_sender"),
        ({"per_minute": 0}, "smtp_bad_pace"),
    ],
)
def test_mailbox_settings_that_cannot_work_are_refused(station, keyring_store, change, code):
    from dataclasses import replace

    with pytest.raises(UserError) as refused:
        station.confirmations.save_smtp_settings(replace(MAILBOX, **change), None)
    assert refused.value.code == code and station.confirmations.smtp_settings() is None


def test_a_computer_without_a_credential_store_is_told_what_to_do_and_nothing_is_saved(station):
    import keyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        with pytest.raises(UserError) as refused:
            station.confirmations.save_smtp_settings(MAILBOX, "secret")
        assert not station.confirmations.has_password(MAILBOX)
        assert not station.confirmations.keyring_available()
    finally:
        keyring.set_keyring(before)
    assert refused.value.code == "keyring_unavailable" and "type it each time" in str(refused.value)
    assert station.confirmations.smtp_settings() is None

"""The organiser's mailbox settings: which SMTP server, how to secure the connection, who the mail is from,
and the pace. Stored with the event as the replicated setting `confirmation_smtp`, WITHOUT the password
(that stays in the operating system's credential store, `checkin.confirmations.passwords`): an event file
handed to another laptop never carries it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal, get_args

from checkin.errors import UserError
from checkin.text import is_email

Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[str, ...] = get_args(Security)
SETTING_KEY = "confirmation_smtp"
DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


def port_for(security: str, port: int) -> int:
    """The port once `security` is chosen: its usual one, unless `port` is one of the organiser's own (no
    security's usual port)."""
    return DEFAULT_PORTS[security] if port in DEFAULT_PORTS.values() else port


DEFAULT_PER_MINUTE = 20
"""Slow enough for an office mailbox's sending limits (Gmail and Microsoft 365 allow some 30 a minute)."""
MAX_PER_MINUTE = 600
MAX_TEXT = 254
MAX_PORT = 65535
"""The longest e-mail address; a host name or a user name is shorter still."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: Security
    username: str
    sender_address: str
    sender_name: str
    per_minute: int = DEFAULT_PER_MINUTE
    """The pace limit: at most this many messages a minute."""


def checked_settings(settings: SmtpSettings) -> SmtpSettings:
    """The settings as stored, spaces trimmed; a UserError saying what to correct."""
    host, username = settings.host.strip(), settings.username.strip()
    address, name = settings.sender_address.strip().lower(), " ".join(settings.sender_name.split())
    if not host or any(c.isspace() for c in host) or len(host) > MAX_TEXT:
        raise UserError("smtp_host_required", "Give the mail server's name, e.g. smtp.gmail.com.")
    if not 1 <= settings.port <= MAX_PORT:
        raise UserError("smtp_bad_port", "The mail server's port is a number from 1 to 65535 (587 for "
                        "STARTTLS, 465 for TLS); {port} is not.", port=str(settings.port))  # fmt: skip
    if settings.security not in SECURITIES:
        raise UserError("smtp_bad_security", "The connection's security is one of {securities}, not "
                        "{security}.", securities=", ".join(SECURITIES),
                        security=str(settings.security))  # fmt: skip
    if not is_email(address):
        raise UserError("smtp_bad_sender", "The sender's address {address} is not an e-mail address.",
                        address=settings.sender_address)  # fmt: skip
    if not 1 <= settings.per_minute <= MAX_PER_MINUTE:
        raise UserError("smtp_bad_pace", "The pace is from 1 to {limit} messages a minute; {pace} is not.",
                        limit=str(MAX_PER_MINUTE), pace=str(settings.per_minute))  # fmt: skip
    if len(username) > MAX_TEXT or len(name) > MAX_TEXT:
        raise UserError("smtp_text_too_long", "The user name and the sender's name are at most {limit} "
                        "characters long.", limit=str(MAX_TEXT))  # fmt: skip
    return SmtpSettings(host, settings.port, settings.security, username, address, name, settings.per_minute)


def setting_value(settings: SmtpSettings) -> dict[str, object]:
    return asdict(settings)


def is_setting_value(value: object) -> bool:
    """Whether a received setting's value has the shape `from_setting` reads."""
    names = {"host", "port", "security", "username", "sender_address", "sender_name", "per_minute"}
    return (
        isinstance(value, dict)
        and value.keys() == names
        and all(type(value[n]) is str and len(value[n]) <= MAX_TEXT for n in names - {"port", "per_minute"})
        and type(value["port"]) is int
        and type(value["per_minute"]) is int
    )


def from_setting(value: object) -> SmtpSettings | None:
    """The stored settings; None when never saved or not well-formed (they are then asked for again)."""
    if not is_setting_value(value):
        return None
    assert isinstance(value, dict)
    try:
        return checked_settings(SmtpSettings(**value))
    except UserError:
        return None

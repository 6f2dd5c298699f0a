"""A real SMTP server on loopback for the confirmations' tests (aiosmtpd): it keeps what it received, and can
refuse an address, drop the connection, demand STARTTLS with a certificate made here, and take a login.

And the credential store the tests use: one in memory, set for the test (never the machine's own).
"""

from __future__ import annotations

import datetime
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import keyring
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.backend import KeyringBackend

HOST = "127.0.0.1"


@dataclass
class Mailbox:
    """The server's handler. `refuse`: addresses answered 550 at RCPT (553 at MAIL FROM); `drop_at`: the
    DATA command (counted from 1) at which the connection is closed instead of taking the message (0:
    never); `drop_from`: every DATA from that one on (0: never)."""

    refuse: frozenset[str] = frozenset()
    drop_at: int = 0
    drop_from: int = 0
    received: list[EmailMessage] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    datas: int = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if address in self.refuse:
            return "553 5.7.1 Sender address rejected: not owned by user"
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.datas += 1
        if self.datas == self.drop_at or 0 < self.drop_from <= self.datas:
            server.transport.close()
            return "421 4.4.2 Connection dropped"
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        self.received.append(message)
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.logins.append(auth_data.login.decode())
        return AuthResult(success=auth_data.password == b"app-password", handled=False)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.received if m["To"].addresses[0].addr_spec == address]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextmanager
def mail_server(
    mailbox: Mailbox, tls: ssl.SSLContext | None = None, *, implicit: bool = False, login: bool = False
) -> Iterator[int]:
    """The server running while in the block; its port. With `tls`, STARTTLS is required, or with `implicit`
    the connection is TLS from its first byte (port 465's way)."""
    port = free_port()
    if tls and implicit:
        extra: dict = {"ssl_context": tls}
    else:
        extra = {"tls_context": tls, "require_starttls": True} if tls else {}
    if login:
        extra |= {"authenticator": mailbox.authenticate, "auth_required": True}
    controller = Controller(mailbox, hostname=HOST, port=port, decode_data=False, **extra)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def self_signed(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """A server context with a certificate for 127.0.0.1 made now, and the certificate's file (what a
    client must trust)."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context, cert_file


class MemoryKeyring(KeyringBackend):
    """A credential store in memory: what the tests set instead of the machine's."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)

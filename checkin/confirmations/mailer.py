"""One SMTP session to the organiser's mailbox (smtplib): STARTTLS or TLS with the system's certificates,
a login when a user name is set, reconnecting when the connection drops, and the pace limit.

What can go wrong is sorted by what the caller does next: `Refused` (the server refused this one message or
address: record it, go on), `Stopped` (reconnecting failed `RECONNECTS` times, or the server refuses the
sender's address: no further message can go, stop), and a UserError before anything was sent (the server
cannot be reached, the login or the certificate is refused: the settings need correcting).
"""

from __future__ import annotations

import smtplib
import ssl
import time
from collections.abc import Callable
from email.message import EmailMessage

from checkin.confirmations.smtp import SmtpSettings
from checkin.errors import UserError

TIMEOUT_S = 30.0
RECONNECTS = 3
"""A dropped connection is opened again this many times for one message before the run stops."""


class Refused(UserError):
    """The server refused this message (its address, its size, its content): the rest may go on."""

    def __init__(self, reason: str) -> None:
        super().__init__("smtp_refused", "The mail server refused the message ({reason}).", reason=reason)


class Stopped(UserError):
    """No further message can be sent: its code says why, for each guest left unsent."""


class Pace:
    """At most `per_minute` messages a minute, evenly spread: the next one waits until its turn."""

    def __init__(
        self, per_minute: int, clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:  # fmt: skip
        self.interval = 60.0 / per_minute
        self._clock, self._sleep = clock, sleep
        self._next: float | None = None

    def wait(self) -> None:
        now = self._clock()
        if self._next is not None and now < self._next:
            self._sleep(self._next - now)
            now = self._next
        self._next = now + self.interval


class Mailer:
    """An SMTP session, opened on the first message; use as a context manager."""

    def __init__(self, settings: SmtpSettings, password: str | None) -> None:
        self.settings, self._password = settings, password
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect, secure and log in; a UserError saying what to correct when that fails."""
        s = self.settings
        context = ssl.create_default_context()
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT_S, context=context)
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT_S)
            try:
                if s.security == "starttls":
                    smtp.starttls(context=context)
                if s.username:
                    smtp.login(s.username, self._password or "")
            except BaseException:
                smtp.close()
                raise
        except smtplib.SMTPNotSupportedError as error:
            raise _refused(s, error, "smtp_no_starttls", "The mail server {host} does not offer STARTTLS; "
                           "choose TLS (port 465) or ask the mailbox's provider.") from error  # fmt: skip
        except smtplib.SMTPAuthenticationError as error:
            raise _refused(s, error, "smtp_login_refused", "The mail server {host} refused the user name or "
                           "password ({reason}). For Gmail or Microsoft 365 use an app password.",
                           ) from error  # fmt: skip
        except ssl.SSLError as error:
            raise _refused(s, error, "smtp_tls_failed", "The secure connection to {host} failed ({reason}); "
                           "check the security and the port (587 STARTTLS, 465 TLS).") from error  # fmt: skip
        except (OSError, smtplib.SMTPException) as error:
            raise _refused(s, error, "smtp_unreachable", "The mail server {host}:{port} cannot be reached "
                           "({reason}); check the server's name, the port and the internet connection.",
                           ) from error  # fmt: skip
        self._smtp = smtp

    def close(self) -> None:
        if self._smtp is None:
            return
        try:
            self._smtp.quit()
        except (OSError, smtplib.SMTPException):
            self._smtp.close()
        self._smtp = None

    def send(self, message: EmailMessage) -> None:
        """Hand the message to the server; reconnects when the connection dropped (before or during)."""
        for attempt in range(RECONNECTS + 1):
            try:
                if self._smtp is None:
                    self.open()
                assert self._smtp is not None
                self._smtp.send_message(message)
                return
            except smtplib.SMTPRecipientsRefused as error:
                self._reset()
                raise Refused(_reasons(error.recipients)) from error
            except smtplib.SMTPSenderRefused as error:
                self._reset()
                if error.smtp_code >= 500:
                    raise Stopped(
                        "smtp_sender_refused", "Not sent: the mail server refuses the sender's address "
                        "{address} ({reason}); correct it in the SMTP settings and send again.",
                        address=str(error.sender), reason=_text(error.smtp_code, error.smtp_error),
                    ) from error  # fmt: skip
                self._drop()  # a 4xx: the server is busy for now; try again on a fresh connection
            except smtplib.SMTPDataError as error:
                self._reset()
                if error.smtp_code >= 500:
                    raise Refused(_text(error.smtp_code, error.smtp_error)) from error
                # a 4xx: the server is busy for now; try again on a fresh connection
                self._drop()
            except UserError as error:  # reconnecting: the server cannot be reached, or refuses the login now
                self._drop()
                if error.code == "smtp_login_refused" or attempt == RECONNECTS:
                    raise Stopped.carrying(error) from error
            except (smtplib.SMTPServerDisconnected, smtplib.SMTPResponseException, TimeoutError,
                    ConnectionError) as error:  # fmt: skip
                self._drop()
                if attempt == RECONNECTS:
                    reason = str(error) or type(error).__name__
                    raise Stopped(
                        "smtp_connection_lost", "Not sent: the connection to the mail server was lost "
                        "({reason}); send again when it is back.", reason=reason,
                    ) from error  # fmt: skip
        raise Stopped(
            "smtp_busy", "Not sent: the mail server kept answering 'try again later'; send again in a while."
        )

    def _reset(self) -> None:
        """After a refused message the session must forget it before the next one (RSET)."""
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self._drop()

    def _drop(self) -> None:
        if self._smtp is not None:
            self._smtp.close()
        self._smtp = None


def _refused(s: SmtpSettings, error: Exception, code: str, english: str) -> UserError:
    """The settings need correcting: `english` may name {host}, {port} and the server's {reason}."""
    if isinstance(error, smtplib.SMTPResponseException):
        reason = _text(error.smtp_code, error.smtp_error)
    else:
        reason = str(error) or type(error).__name__
    return UserError(code, english, host=s.host, port=str(s.port), reason=reason)


def _reasons(recipients: dict[str, tuple[int, bytes]]) -> str:
    return "; ".join(_text(code, text) for code, text in recipients.values())


def _text(code: int, text: bytes | str) -> str:
    return f"{code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"

"""The mailbox password, kept in the operating system's credential store (Windows Credential Manager, the
macOS Keychain, the Secret Service on Linux) through `keyring`: never in the event file, never in a log.

One password per mailbox (user name at server), so two events sending from one mailbox share it. A
computer without a working store (a Linux without a keyring daemon) gets a UserError saying what to do,
never a crash: the command line can still prompt for the password each time.
"""

from __future__ import annotations

import keyring
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, PasswordDeleteError

from checkin.confirmations.smtp import SmtpSettings
from checkin.errors import UserError

SERVICE = "checkin-station SMTP"


def account(settings: SmtpSettings) -> str:
    return f"{settings.username}@{settings.host}"


def keyring_available() -> bool:
    """Whether this computer has a credential store the password can be kept in (keyring's "fail" and
    "null" stand-ins, an empty chain, or a store that cannot be asked are not one)."""
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
            return False
        backend.get_password(SERVICE, "")  # a locked or absent keyring daemon fails here
    except (KeyringError, RuntimeError, OSError):
        return False
    return True


def stored_password(settings: SmtpSettings) -> str | None:
    """The stored password of this mailbox; None when none is stored."""
    try:
        return keyring.get_password(SERVICE, account(settings))
    except (KeyringError, RuntimeError, OSError) as error:
        raise _unavailable(error) from error


def store_password(settings: SmtpSettings, password: str) -> None:
    """Keep the password (an empty one removes it)."""
    try:
        if password:
            keyring.set_password(SERVICE, account(settings), password)
        elif stored_password(settings) is not None:
            keyring.delete_password(SERVICE, account(settings))
    except PasswordDeleteError:
        pass  # removed meanwhile: what was asked for
    except (KeyringError, RuntimeError, OSError) as error:
        raise _unavailable(error) from error


def _unavailable(error: Exception) -> UserError:
    return UserError(
        "keyring_unavailable", "The password cannot be kept in this computer's credential store ({reason}). "
        "On Linux, start a keyring (GNOME Keyring or KWallet) in the desktop session; or leave the password "
        "out and type it each time you send (the command line asks for it).",
        reason=str(error) or type(error).__name__,
    )  # fmt: skip

"""Error-to-message translation: what went wrong, in one sentence that says what to do, for the errors a
command may meet (bad input, a locked or foreign event file, a missing path). `run` prints it after `error:`.
"""

from __future__ import annotations

import argparse
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from checkin.errors import UserError
from checkin.importing.importer import ImportFileError
from checkin.storage import NotAnEventFileError, SchemaTooNewError

_SQLITE_MESSAGES: Mapping[str, str] = {
    "SQLITE_BUSY": "the event file {path}is locked by another program; close it and try again",
    "SQLITE_LOCKED": "the event file {path}is locked by another program; close it and try again",
    "SQLITE_READONLY": "the event file {path}is read-only; allow writing to it (file permissions, a locked "
    "drive or folder) or copy it to a writable folder and pass that copy with --db",
    "SQLITE_PERM": "the event file {path}cannot be written; check its permissions and try again",
    "SQLITE_CANTOPEN": "the event file {path}cannot be opened; check that the file and its folder exist and "
    "that you may write there",
    "SQLITE_IOERR": "the event file {path}could not be read or written (disk I/O error); check the drive "
    "(a removed USB stick, a lost network share) and try again",
    "SQLITE_FULL": "the disk holding the event file {path}is full; free some space and try again",
    "SQLITE_CORRUPT": "the event file {path}is damaged; restore it from a backup",
    "SQLITE_NOTADB": "{path}is not an event database of this app",
}
"""By SQLite's primary result code; the extended ones (SQLITE_IOERR_WRITE, ...) share their primary's text."""


def _primary_code(error: sqlite3.Error) -> str:
    """SQLITE_BUSY for SQLITE_BUSY_SNAPSHOT, ...: the extended codes share their primary's sentence."""
    return "_".join((getattr(error, "sqlite_errorname", "") or "").split("_")[:2])


def sqlite_message(error: sqlite3.Error, path: Path | None) -> str:
    """What went wrong with the event file and what to do, from SQLite's result code."""
    primary = _primary_code(error)
    where = f"{path} " if path else ""
    if primary in _SQLITE_MESSAGES:
        return _SQLITE_MESSAGES[primary].format(path=where)
    return f"the event file {where}could not be used ({error}); try again, and report it if it happens again"


def os_message(error: OSError) -> str:
    name = error.filename or ""
    if isinstance(error, IsADirectoryError):
        return f"{name} is a folder; give the path of a file"
    if isinstance(error, PermissionError):
        return f"no permission to use {name}; check its permissions or copy it somewhere you may use it"
    if isinstance(error, FileNotFoundError):
        return f"{name} does not exist; check the path"
    return f"{error.strerror or error}: {name}".rstrip(": ")


def error_message(error: Exception, args: argparse.Namespace) -> str:
    """The sentence for `error`, naming the event file of `args` where the error concerns it."""
    path = None if args.command == "bench" else args.db  # the benchmark's file is its own temporary one
    cause = error.__cause__
    if (
        isinstance(error, UserError)
        and error.code == "not_saved"
        and isinstance(cause, sqlite3.Error)
        and _primary_code(cause) in _SQLITE_MESSAGES
    ):
        # The storage reports a failed write as "not saved" with SQLite's words; say what to do instead.
        return f"{sqlite_message(cause, path)}; nothing was saved"
    if isinstance(error, UserError) and error.code == "organiser_only":
        return "this needs the organiser PIN: add --pin PIN (or set CHECKIN_PIN)"
    if isinstance(error, NotAnEventFileError):
        return f"{error} is not an event database of this app."
    if isinstance(error, SchemaTooNewError):
        return f"{error}; update the app to open it."
    if isinstance(error, sqlite3.Error):
        return sqlite_message(error, path)
    if isinstance(error, OSError):
        return os_message(error)
    return str(error)


EXPECTED_ERRORS = (UserError, ImportFileError, NotAnEventFileError, SchemaTooNewError)
"""Errors that already carry a sentence for the user."""

"""Error-to-message translation: what went wrong, in one sentence that says what to do, for the errors a
command may meet (bad input, a locked, full or foreign event file, a missing path). `run` prints it after
`error:`. The core already says most in `UserError`s (`checkin.file_troubles` for the event file's own
troubles); this adds the command line's hints and covers errors raised outside the storage's open and writes.
"""

from __future__ import annotations

import argparse
import errno
import logging
import sqlite3
from pathlib import Path

from checkin.errors import UserError
from checkin.file_troubles import opening_refusal
from checkin.importing.importer import ImportFileError
from checkin.storage import SchemaTooNewError

log = logging.getLogger("cli")


def _sqlite_message(error: sqlite3.Error, path: Path | None) -> str:
    """What went wrong with the event file at `path` and what to do, from SQLite's result code."""
    if path is None:  # the benchmark's own temporary file
        return f"the benchmark's database could not be used ({error}); try again"
    return str(opening_refusal(error, path))


def _os_message(error: OSError) -> str:
    name = error.filename or ""
    if isinstance(error, IsADirectoryError):
        return f"{name} is a folder; give the path of a file"
    if isinstance(error, PermissionError):
        return f"no permission to use {name}; check its permissions or copy it somewhere you may use it"
    if isinstance(error, FileNotFoundError):
        return f"{name} does not exist; check the path"
    if error.errno == errno.ENOSPC:
        what = f"{name} could not be written" if name else "the file could not be written"
        return f"the disk is full, so {what}; free some space and try again"
    if error.errno == errno.EROFS:
        return f"{name} is on a read-only drive; choose a writable folder"
    return f"{error.strerror or error}: {name}".rstrip(": ")


def error_message(error: Exception, args: argparse.Namespace) -> str:
    """The sentence for `error`, naming the event file of `args` where the error concerns it."""
    path = None if args.command == "bench" else args.db  # the benchmark's file is its own temporary one
    if isinstance(error, UserError) and error.code == "organiser_only":
        return "this needs the organiser PIN: add --pin PIN (or set CHECKIN_PIN)"
    if isinstance(error, SchemaTooNewError):
        return f"{error}; update the app to open it."
    if isinstance(error, sqlite3.Error):
        return _sqlite_message(error, path)
    if isinstance(error, OSError):
        return _os_message(error)
    return str(error)


EXPECTED_ERRORS = (UserError, ImportFileError, SchemaTooNewError)
"""Errors that already carry a sentence for the user."""


def log_outcome(command: str, error: Exception | None = None) -> None:
    """One line in the app's log per command: its name and how it ended, by code. Never its arguments nor
    the message: a search is a guest's name, a refusal may quote a typed code (see `checkin.app_log`)."""
    if error is None:
        log.info("%s: done", command)
    else:
        code = error.code if isinstance(error, (UserError, ImportFileError)) else type(error).__name__
        log.info("%s: refused (%s)", command, code)

"""Errors the user can act on. Each carries a stable `code` and `params` so the UI can show its own
translated sentence; `str()` is a plain English sentence for the command line and logs."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self


class UserError(Exception):
    """Bad input from a person or a file: never a crash, always a message saying what to do."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message.format(**params))
        self.code = code
        self.params: Mapping[str, str] = params

    @classmethod
    def carrying(cls, error: UserError) -> Self:
        """The same code, words and params, as a new error of this class: no traceback, no cause (a report
        keeps it after the session that raised it is gone), and no braces read twice."""
        carried = cls(error.code, "{sentence}", sentence=str(error))
        carried.params = error.params
        return carried


class SchemaTooNewError(Exception):
    """The file was written by a newer version of the app; opening it could lose data."""


NOT_AN_EVENT_FILE = "{path} is not an event database of this app; choose the .sqlite file of your event."


class NotAnEventFileError(UserError):
    """The file is not an event database (or no event was created in it); `code` says what it is instead
    where that is known (see `checkin.file_troubles.content_refusal`)."""

    def __init__(self, path: str, code: str = "not_an_event_file", message: str = "", **params: str) -> None:
        super().__init__(code, message or NOT_AN_EVENT_FILE, path=path, **params)


MAX_REASON_LENGTH = 500
"""A reason is kept in the log and shown in exports: a sentence, not an essay."""


def required_reason(reason: str) -> str:
    """The reason for an undo, a reprint or an override, as the log keeps it; refused when empty."""
    reason = reason.strip()[:MAX_REASON_LENGTH]
    if not reason:
        raise UserError("reason_required", "Say why (a short reason is kept in the log).")
    return reason

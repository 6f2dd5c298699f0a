"""Errors the user can act on. Each carries a stable `code` and `params` so the UI can show its own
translated sentence; `str()` is a plain English sentence for the command line and logs."""

from __future__ import annotations

from collections.abc import Mapping


class UserError(Exception):
    """Bad input from a person or a file: never a crash, always a message saying what to do."""

    def __init__(self, code: str, message: str, **params: str) -> None:
        super().__init__(message.format(**params))
        self.code = code
        self.params: Mapping[str, str] = params

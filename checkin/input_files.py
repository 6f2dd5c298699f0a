"""Reading a file someone chose (a registrant list, a programme, a logo): a regular file, and never more of
it than a limit.

A path may name anything: a folder, a device such as /dev/zero (endless, and 0 bytes by its size), a FIFO
(whose opening waits for a writer that never comes), a socket. Such a path is refused before anything is
read, and the open itself cannot wait (O_NONBLOCK, where the system has it), so whatever is put at the
path between the check and the open is caught by the second check on the opened file. A regular file is
refused by its size before it is read, and read no further than its limit even if it grows meanwhile.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from checkin.open_events import holds

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
"""O_NONBLOCK: opening a FIFO returns at once instead of waiting; it changes nothing for a regular file."""


class NotARegularFile(Exception):
    """The path is a folder, a device, a pipe or a socket: reading it could wait or go on forever."""

    def __init__(self) -> None:
        super().__init__("not a regular file but a folder, a device or a pipe")


class OpenEventFile(OSError):
    """The path is an event file this program has open, or one of its side files: SQLite's alone (reading
    it here would drop the locks SQLite holds on it, see `checkin.open_events`)."""

    def __init__(self) -> None:
        super().__init__("the event file open in this program, or a part of it")
        self.strerror = str(self)


class FileTooLarge(Exception):
    """The file holds more than `limit` bytes (`size`: as many as were found before reading stopped)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"{size} bytes, more than {limit}")
        self.size = size
        self.limit = limit


def read_regular_file(path: Path, limit: int, *, first: int | None = None) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; `NotARegularFile` or `FileTooLarge`
    otherwise, and OSError when it cannot be opened or read (`OpenEventFile`: it must not be). With
    `first`, only that many bytes are read (a file read on in a streaming way after its kind is known), the
    checks all the same."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise NotARegularFile
    if holds(path):
        raise OpenEventFile
    with os.fdopen(os.open(path, _OPEN_FLAGS), "rb") as file:
        found = os.fstat(file.fileno())
        if not stat.S_ISREG(found.st_mode):
            raise NotARegularFile
        if found.st_size > limit:
            raise FileTooLarge(found.st_size, limit)
        data = file.read(limit + 1 if first is None else first)
    if len(data) > limit:
        raise FileTooLarge(len(data), limit)
    return data

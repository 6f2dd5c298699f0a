"""The event files this process has open: only SQLite may open them here.

POSIX locks belong to a process, not to a file handle: when any handle of a file is closed, every lock the
process holds on that file goes with it. SQLite knows this and shares its handles among its own
connections; a plain open and close of the event file elsewhere in the process (reading its first bytes to
tell what it is, before writing an export beside it or importing it by mistake) silently dropped the desk's
locks, and the next program to close the event deleted its -wal and -shm beneath the desk: its later
changes were lost ("disk I/O error"). The same holds for the -shm file, where SQLite keeps the locks of a
WAL database. So a file is asked about here before it is read: one this process holds is known without
reading it.
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

SIDE_FILES = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside a database, named after it; left by a desk that was killed, they belong to its
event."""

_held: Counter[tuple[int, int]] = Counter()
_lock = threading.RLock()
"""Connections open and close on several threads (the desk, sync, backups, an import); re-entrant, as a
connection left unclosed is released by the garbage collector, which may run inside a held lock."""


def identity(path: Path) -> tuple[int, int] | None:
    """(device, file number): the same while the file is the same, whatever its name or content (NTFS has
    them too); None for a missing file, or where the file system gives no file numbers."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_dev, found.st_ino) if found.st_ino else None


def hold(file: tuple[int, int] | None) -> None:
    """A connection of this process opened the event file `file` (its `identity`)."""
    if file is not None:
        with _lock:
            _held[file] += 1


def release(file: tuple[int, int] | None) -> None:
    """That connection closed."""
    if file is not None:
        with _lock:
            _held[file] -= 1
            if _held[file] <= 0:
                del _held[file]


def holds_event(path: Path) -> bool:
    """True for an event file a connection of this process has open."""
    file = identity(path)
    with _lock:
        return file is not None and file in _held


def holds(path: Path) -> bool:
    """True for an event file this process has open, or one of its side files (-wal, -shm, -journal)."""
    if holds_event(path):
        return True
    name = path.name
    return any(name.endswith(side) and holds_event(path.with_name(name[: -len(side)])) for side in SIDE_FILES)

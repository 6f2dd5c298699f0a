"""Where the files the app writes may go, and how they are written: whole, and never over an event.

Badges, exports, certificates and new event files go where a person says (`--out`, `--db`, a save dialog),
and a slip there (`--out ev.sqlite`, a name the dialog offered from its history) once replaced the event
and every check-in in it with a PDF. `refuse_unsafe_output` refuses such a target before anything is
read or written: the event file, any SQLite database (the 16-byte header tells, whatever the name: other
events, backups, the copies migrations keep), SQLite's side files of a database (-wal, -shm, -journal),
anything inside an event's backups folder, a folder, or what is not a regular file (a pipe, a device).
Links are followed and existing names are asked of the file system, so a link to the event, or
`EV.SQLITE` on a case-insensitive disk, is caught as the event itself.

`write_output` then writes under a temporary name beside the target and renames it into place once
complete: a kill or a failure half-way leaves the previous file (or none), never half a file. A process
killed mid-write leaves its `.partial` file beside the target (private to the user, as every file the
app makes); the next write to that target does not reuse it.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from checkin.backups import FOLDER_SUFFIX
from checkin.errors import UserError
from checkin.file_troubles import SQLITE_HEADER
from checkin.open_events import SIDE_FILES, holds, holds_event
from checkin.storage.database import refuse_existing_event

SIDE_FILE_HEADERS = (bytes.fromhex("377f0682"), bytes.fromhex("377f0683"), bytes.fromhex("d9d505f920a163d7"))
"""A write-ahead log (either byte order of its checksums) and a rollback journal begin so; a shared-memory
file has no header and is known by its name only."""
PARTIAL_SUFFIX = ".partial"

Written = TypeVar("Written")


def write_output(out: Path, write: Callable[[Path], Written], *, event_file: Path | None = None) -> Written:
    """`write` the file `out` whole, after `refuse_unsafe_output`: `write` gets a temporary path beside
    `out` (links followed) and fills it; once it returns, that file replaces `out` in one rename. When
    `write` raises, the temporary file goes and `out` is as it was. Returns what `write` returned."""
    refuse_unsafe_output(out, event_file)
    target = out.resolve()
    partial = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}{PARTIAL_SUFFIX}")
    try:
        written = write(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return written


def refuse_new_event_file(target: Path) -> None:
    """Where a new event file (created, joined) may not go: where an event is already, which another desk
    may have open, nor anywhere `refuse_unsafe_output` refuses (a folder is named as one). A part of a
    database (its -wal) is named as such first: it is no event of its own."""
    path = target.resolve()
    _refuse_beside_a_database(path, shown=target)
    refuse_existing_event(target)
    _refuse_existing(path, shown=target)
    _refuse_no_folder(path, shown=target)


def refuse_unsafe_output(target: Path, event_file: Path | None = None) -> None:
    """A UserError saying what `target` is and what to do, for a target that would destroy data or cannot
    be a file (see the module's docstring); `event_file` is the event open here, named as such."""
    path = target.resolve()
    if event_file is not None and _same_file(path, event_file):
        raise UserError("output_is_event_file", "{path} is the event file itself: writing there would "
                        "destroy the event. Choose another file name.", path=str(target))  # fmt: skip
    _refuse_existing(path, shown=target)
    _refuse_beside_a_database(path, shown=target)
    _refuse_no_folder(path, shown=target)


def refuse_unsafe_folder(target: Path, event_file: Path | None = None) -> None:
    """As `refuse_unsafe_output`, for a folder files will be written into (made if missing): an existing
    file is refused, a folder is fine, except an event's backups folder or a folder inside it."""
    path = target.resolve()
    if path.is_dir():
        _refuse_beside_a_database(path, shown=target)
        return
    refuse_unsafe_output(target, event_file)
    if path.exists():
        raise UserError("output_not_a_folder", "{path} is a file, not a folder; choose a folder to write the "
                        "files in.", path=str(target))  # fmt: skip


def _is_database(path: Path) -> bool:
    """An existing regular file that begins as every SQLite database does."""
    return path.is_file() and _head(path).startswith(SQLITE_HEADER)


def _refuse_existing(path: Path, *, shown: Path) -> None:
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        return
    if stat.S_ISDIR(mode):
        raise UserError("output_is_folder", "{path} is a folder; give the path of the file to write.",
                        path=str(shown))  # fmt: skip
    if not stat.S_ISREG(mode):
        raise UserError("output_not_a_file", "{path} is not an ordinary file (a device or a pipe); choose a "
                        "file name in a folder.", path=str(shown))  # fmt: skip
    head = _head(path)
    if head.startswith(SQLITE_HEADER):
        raise UserError("output_is_database", "{path} is a database (an event file or a backup of one): "
                        "writing there would destroy it. Choose another file name.",
                        path=str(shown))  # fmt: skip
    if head.startswith(SIDE_FILE_HEADERS):
        raise _side_file(shown)


def _refuse_no_folder(path: Path, *, shown: Path) -> None:
    if not path.parent.is_dir():
        raise UserError("output_no_folder", "There is no folder {folder} to write {name} in; choose another "
                        "place.", folder=str(shown.parent), name=shown.name)  # fmt: skip


def _refuse_beside_a_database(path: Path, *, shown: Path) -> None:
    """SQLite's side files and backups folders are known by their names next to the database they
    belong to, whether they exist yet or not (a closed event has no -wal; its next desk makes one)."""
    name = path.name.lower()
    for side in SIDE_FILES:
        if name.endswith(side) and _is_database(path.with_name(path.name[: -len(side)])):
            raise _side_file(shown)
    for folder in (path, *path.parents):
        if folder.name.lower().endswith(FOLDER_SUFFIX):
            event = folder.with_name(folder.name[: -len(FOLDER_SUFFIX)])
            if _is_database(event):
                raise UserError("output_among_backups", "{path} is among the backups of the event {event}; "
                                "choose a place outside that folder.", path=str(shown),
                                event=str(event))  # fmt: skip


def _side_file(shown: Path) -> UserError:
    return UserError("output_is_database_part", "{path} is part of a database (SQLite keeps its latest "
                     "changes there): writing there would damage it. Choose another file name.",
                     path=str(shown))  # fmt: skip


def _same_file(path: Path, other: Path) -> bool:
    try:
        return os.path.samefile(path, other)
    except OSError:  # either is missing: not the same file
        return False


def _head(path: Path) -> bytes:
    if holds(path):  # SQLite's alone here (`checkin.open_events`): what it is is known without reading
        return SQLITE_HEADER if holds_event(path) else SIDE_FILE_HEADERS[0]
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER))

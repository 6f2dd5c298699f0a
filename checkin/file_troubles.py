"""Why an event file cannot be opened or written, said truly: a full disk, a read-only file or folder, a lock
another program holds, a missing file, a folder, no permission, a failing drive, a damaged file, or a file of
another program each get their own `UserError` code, so the user learns what to do.

SQLite's result codes do not say it all alone, so the path is looked at as well: SQLite answers
SQLITE_CANTOPEN for a missing file, a folder and a forbidden one alike, and a fresh open on a full disk fails
with SQLITE_IOERR_SHMSIZE (the WAL index, the -shm file, cannot grow), not SQLITE_FULL. Issue 16 found that
fresh open reported as "not an event database".
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
from enum import Enum
from pathlib import Path

from checkin.errors import NotAnEventFileError, UserError

NEARLY_FULL_BYTES = 1024 * 1024
"""Free space below which a disk error is put down to a full disk: a check-in needs a few pages, an open
the 32 KiB WAL index, a migration a copy of the file; a failing drive almost never has this little left."""


class Trouble(Enum):
    """What is wrong with the file or its disk; the value is the `UserError` code of an open that failed."""

    DISK_FULL = "disk_full"
    READ_ONLY_FILE = "read_only_file"
    READ_ONLY_FOLDER = "read_only_folder"
    LOCKED = "file_locked"
    MISSING = "event_file_missing"
    FOLDER = "event_path_is_folder"
    NO_PERMISSION = "no_permission"
    DISK_ERROR = "disk_error"
    DAMAGED = "event_file_damaged"


_OPENING = {
    Trouble.DISK_FULL: "The disk holding {path} is full, so the event cannot be opened; free some space on "
    "it (delete old exports or copies), then try again.",
    Trouble.READ_ONLY_FILE: "{path} is read-only, so nothing could be saved in it; allow writing to it (file "
    "properties, a write-protected USB stick) or copy it to a writable folder and open the copy.",
    Trouble.READ_ONLY_FOLDER: "The folder of {path} is read-only, and an open event keeps two working files "
    "beside it (-wal and -shm); allow writing to the folder, or copy the event file to a writable folder and "
    "open the copy.",
    Trouble.LOCKED: "{path} is locked by another program; close that program (or the other window that holds "
    "the file), then try again.",
    Trouble.MISSING: "There is no event file at {path}; check the file's name and folder (a USB stick or a "
    "network drive may be disconnected).",
    Trouble.FOLDER: "{path} is a folder, not an event file; choose the .sqlite file of your event.",
    Trouble.NO_PERMISSION: "You have no permission to open {path}; ask the owner of the file for access, or "
    "open a copy of it in your own folder.",
    Trouble.DISK_ERROR: "{path} could not be read (the drive reported an error); check that the USB stick or "
    "network drive is still connected, then try again.",
    Trouble.DAMAGED: "{path} is damaged; restore the latest backup of the event (the folder {path}.backups "
    "holds them).",
}

_WRITING = {
    Trouble.DISK_FULL: "The disk holding the event file {path} is full, so nothing was saved; free some "
    "space on it (delete old exports or copies), then repeat the last action.",
    Trouble.READ_ONLY_FILE: "The event file {path} became read-only, so nothing was saved; allow writing to "
    "it again, then repeat the last action.",
    Trouble.READ_ONLY_FOLDER: "The folder of the event file {path} became read-only, so nothing was saved; "
    "allow writing to it again, then repeat the last action.",
    Trouble.LOCKED: "The event file {path} is locked by another program, so nothing was saved; close that "
    "program, then repeat the last action.",
    Trouble.DISK_ERROR: "The event file {path} could not be written (the drive reported an error), so "
    "nothing was saved; check that the USB stick or network drive is still connected, then repeat the last "
    "action.",
}
"""A write mid-shift meets fewer troubles: the file was there and ours when it was opened."""

_FILE_KINDS = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (DOCX, XLSX, ODT…)"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office (DOC, XLS)"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
)
"""What a wrong file chosen in a dialog most often is, by its first bytes."""

SQLITE_HEADER = b"SQLite format 3\x00"
"""How every SQLite database file begins, ours and any other program's."""

_ERRNO_TROUBLES = {
    errno.ENOSPC: Trouble.DISK_FULL,
    getattr(errno, "EDQUOT", errno.ENOSPC): Trouble.DISK_FULL,  # over the user's quota: full for them
    errno.EROFS: Trouble.READ_ONLY_FILE,
    errno.EACCES: Trouble.NO_PERMISSION,
    errno.EPERM: Trouble.NO_PERMISSION,
    errno.ENOENT: Trouble.MISSING,
    errno.EISDIR: Trouble.FOLDER,
    errno.EIO: Trouble.DISK_ERROR,
}


def opening_refusal(error: sqlite3.Error | OSError, path: Path) -> UserError:
    """What to say when opening (or creating) the event file at `path` failed with `error`."""
    if _sqlite_name(error).startswith("SQLITE_NOTADB"):
        return content_refusal(path)
    trouble = trouble_of(error, path)
    if trouble is None:
        return UserError(
            "event_file_unusable", "{path} cannot be used ({reason}); try again, and report it if it "
            "happens again.", path=str(path), reason=str(error),
        )  # fmt: skip
    return _opening(trouble, path)


def writing_refusal(error: sqlite3.Error | OSError, path: Path) -> UserError:
    """What to say when a write to the open event file at `path` failed with `error`: nothing was saved."""
    return trouble_in_use(error, path) or UserError(
        "not_saved", "The event file could not be written ({reason}); nothing was saved.", reason=str(error)
    )


def trouble_in_use(error: sqlite3.Error | OSError, path: Path) -> UserError | None:
    """The sentence for a known trouble of the event file met while it is open (a write, or a read a
    damaged file fails); None when the error tells nothing known."""
    trouble = trouble_of(error, path)
    if trouble is Trouble.DAMAGED:
        return _opening(trouble, path)
    if trouble is not None and trouble in _WRITING:
        return UserError(f"not_saved_{trouble.value}", _WRITING[trouble], path=str(path))
    return None


def refuse_unusable(path: Path) -> None:
    """Refuse, before SQLite sees it, an event file this user may not read or write: SQLite would open a
    read-only file and then refuse every check-in of the shift, and says only "unable to open" for a file
    it may not read."""
    try:
        found = path.stat()
    except PermissionError:  # its folder may not be looked into
        raise _opening(Trouble.NO_PERMISSION, path) from None
    except OSError:
        return  # missing (a new event), or a trouble SQLite meets and `opening_refusal` says
    if not stat.S_ISREG(found.st_mode):
        return
    if not os.access(path, os.R_OK):
        raise _opening(Trouble.NO_PERMISSION, path)
    if not os.access(path, os.W_OK):
        raise _opening(Trouble.READ_ONLY_FILE, path)


def _opening(trouble: Trouble, path: Path) -> UserError:
    return UserError(trouble.value, _OPENING[trouble], path=str(path))


def content_refusal(path: Path) -> NotAnEventFileError:
    """The file is there and readable but holds something else: say what, when its first bytes tell."""
    try:
        with path.open("rb") as file:
            start = file.read(len(SQLITE_HEADER))
    except OSError:
        start = b""
    if start == SQLITE_HEADER:
        return NotAnEventFileError(
            str(path), "database_of_another_program", "{path} is a database of another program, not an event "
            "file of this app; choose the .sqlite file of your event.",
        )  # fmt: skip
    for magic, kind in _FILE_KINDS:
        if start.startswith(magic):
            return NotAnEventFileError(
                str(path), "file_of_another_program",
                "{path} is a {kind} file, not an event file of this app; choose the .sqlite file of your "
                "event.", kind=kind,
            )  # fmt: skip
    return NotAnEventFileError(str(path))


def trouble_of(error: sqlite3.Error | OSError, path: Path) -> Trouble | None:
    """What is wrong, from SQLite's result code or the errno, and where they do not tell, from the path;
    None when nothing known fits."""
    name = _sqlite_name(error)
    if name.startswith("SQLITE_FULL"):
        return Trouble.DISK_FULL
    if name == "SQLITE_READONLY_DIRECTORY":
        return Trouble.READ_ONLY_FOLDER
    if name.startswith("SQLITE_READONLY"):
        return Trouble.READ_ONLY_FILE
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return Trouble.LOCKED
    if name.startswith("SQLITE_CORRUPT"):
        return Trouble.DAMAGED
    if isinstance(error, OSError) and error.errno in _ERRNO_TROUBLES:
        return _ERRNO_TROUBLES[error.errno]
    if name.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        found = _look_at(path)
        if found is not None:
            return found
        return Trouble.NO_PERMISSION if name.startswith("SQLITE_PERM") else Trouble.DISK_ERROR
    return None


def _sqlite_name(error: BaseException) -> str:
    return str(getattr(error, "sqlite_errorname", "") or "")


def _look_at(path: Path) -> Trouble | None:
    """What the file system says of `path` and its folder, after SQLite failed without saying why."""
    folder = path.parent
    if _nearly_full(folder):
        return Trouble.DISK_FULL
    try:
        is_folder = path.is_dir()
        exists = path.exists()
    except PermissionError:  # the folder may not be looked into
        return Trouble.NO_PERMISSION
    if is_folder:
        return Trouble.FOLDER
    if not exists:
        return Trouble.MISSING if os.access(folder, os.X_OK) or not folder.exists() else Trouble.NO_PERMISSION
    if not os.access(path, os.R_OK):
        return Trouble.NO_PERMISSION
    if not os.access(path, os.W_OK):
        return Trouble.READ_ONLY_FILE
    if not os.access(folder, os.W_OK):
        return Trouble.READ_ONLY_FOLDER
    return None


def _nearly_full(folder: Path) -> bool:
    """Whether the disk of `folder` has (almost) no room left: too few bytes, or no file entries."""
    try:
        if shutil.disk_usage(folder).free < NEARLY_FULL_BYTES:
            return True
        if hasattr(os, "statvfs"):
            found = os.statvfs(folder)
            return found.f_files > 0 and found.f_favail == 0
    except OSError:
        return False
    return False

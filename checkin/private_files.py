"""Files the app makes are its user's alone: the event file holds the secret from which badge codes and the
venue network's key come, and every guest's personal data; backups, exports and joined copies hold the same.

On POSIX the process's umask is set to 0o077 at start (`keep_private`), so everything it creates (event
files, their WAL, backups, exports, badge PDFs, folders) is 0600 or 0700 whatever the login's umask; an
event file or backup folder made by an older version is tightened when opened (`make_private`). On Windows
files take the access rights of the folder they are made in, and the app's default folder is the user's
own profile (platformdirs), which other accounts cannot read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

PRIVATE_UMASK = 0o077
_SHARED_BITS = stat.S_IRWXG | stat.S_IRWXO


def keep_private() -> None:
    """From now on, what this process creates is readable by its user only (POSIX)."""
    if os.name == "posix":
        os.umask(PRIVATE_UMASK)


def make_private(path: Path) -> None:
    """Take group and other access off `path` (a file or folder of ours), if it has any. A file we cannot
    change (another user's, a read-only medium) is left as it is: opening it must not fail for that."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        if mode & _SHARED_BITS:
            path.chmod(stat.S_IMODE(mode) & ~_SHARED_BITS)
    except OSError:
        return

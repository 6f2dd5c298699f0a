"""Named moments of the long writes (a purge, a restore) at which the test suite kills the app, to prove
that a `kill -9` at any of them loses nothing and leaves no personal data behind (tests/e2e/test_kills.py).

With `CHECKIN_CRASH_AT=<name>` in its environment, a process kills itself with SIGKILL when it reaches the
point of that name: nothing is flushed or closed, exactly as when someone kills it from outside. Without
the variable (always, outside the tests) a point costs one comparison of two strings. The points are
listed in `CRASH_POINTS`, so a test can go through every one, and a point the code no longer reaches makes
its test fail rather than pass without a kill.
"""

from __future__ import annotations

import os
import signal

ENVIRONMENT_VARIABLE = "CHECKIN_CRASH_AT"
CRASH_AT = os.environ.get(ENVIRONMENT_VARIABLE, "")
"""Read once, when the app starts."""

CRASH_POINTS = {
    "purge": ("purge-committed", "purge-backups-removed", "purge-vacuumed", "purge-finished"),
    "restore": ("restore-previous-saved", "restore-copy-made", "restore-put-in-place"),
}
"""The points of each operation, in the order it reaches them."""


def crash_point(name: str) -> None:
    """Die here when the environment names this point (see the module's docstring)."""
    if name == CRASH_AT:
        # No SIGKILL on Windows, where os.kill with any other signal ends the process at once.
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))

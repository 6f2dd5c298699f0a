"""The app's log file and its last resort for errors nothing caught, for the desk and the command line alike.

A windowed build has no console: without a file, every warning and traceback would be lost. `configure`
(once, at start) sends the root logger to `checkin-station.log` in the per-user data folder (the folder of
the default event file), rotated at `MAX_BYTES` with `BACKUPS` older files kept, so that a week at the
venue never fills a disk. `CHECKIN_LOG_DIR` puts it elsewhere (the tests do).

What goes in: codes, counts, file names, station names and addresses, tracebacks. Never a guest's name,
e-mail or code: a log file is copied around when someone asks for help, and it outlives the event's purge.
Callers log what a command or an operation was, not what was typed (a search is a name).

`install_hooks` makes `sys.excepthook` and `threading.excepthook` write the traceback there, then tell the
person (`Report`): the command line prints one sentence on stderr, the desk shows it in its window.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs

from checkin import APP_NAME

LOG_FILE_NAME = "checkin-station.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
"""1 MB × 5: weeks of warnings, and a traceback never pushes out the one before it the same day."""
LOG_DIR_VARIABLE = "CHECKIN_LOG_DIR"
LINE_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(__name__)

Report = Callable[[BaseException, Path | None], None]
"""report(error, log file or None): tell the person, in one sentence, after the traceback is in the log."""

_handler: logging.Handler | None = None


def log_folder() -> Path:
    """`CHECKIN_LOG_DIR` when set, else the per-user data folder (where the default event file lives)."""
    configured = os.environ.get(LOG_DIR_VARIABLE)
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_file() -> Path | None:
    """The file the log is written to, once `configure` made it; None before, or when it could not."""
    return Path(_handler.baseFilename) if isinstance(_handler, RotatingFileHandler) else None


def configure(level: int = logging.INFO) -> Path | None:
    """Send the log to the file (once per process; again is a no-op). Returns the file, or None when it
    cannot be written (a read-only profile): the app still runs, its log then goes nowhere."""
    global _handler
    if _handler is not None:
        return log_file()
    path = log_folder() / LOG_FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _SharedRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                          encoding="utf-8", delay=True)  # fmt: skip
        with path.open("a", encoding="utf-8"):  # refused now rather than at the first line
            pass
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(LINE_FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    return path


def unconfigure() -> None:
    """Close the file and forget it (tests; a process that ends needs nothing)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


class _SharedRotatingHandler(RotatingFileHandler):
    """Several desks and commands on one computer share the file. When another process holds it open,
    Windows refuses to rename it: the rotation waits for a later line instead of printing an error."""

    def doRollover(self) -> None:
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def install_hooks(report: Report) -> None:
    """Errors nothing caught, on the main thread (and, in the desk, in a Qt slot: PySide6 hands those to
    `sys.excepthook`) or on any other thread: the traceback to the log, then `report`."""

    def on_main(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        uncaught(error, trace, report)

    def on_thread(hook: threading.ExceptHookArgs) -> None:
        if hook.exc_value is not None:
            uncaught(hook.exc_value, hook.exc_traceback, report)

    sys.excepthook = on_main
    threading.excepthook = on_thread


@contextmanager
def hooks(report: Report) -> Iterator[None]:
    """`install_hooks` while inside, the hooks there before restored after (the desk's `run_gui`)."""
    previous = sys.excepthook, threading.excepthook
    install_hooks(report)
    try:
        yield
    finally:
        sys.excepthook, threading.excepthook = previous


def uncaught(error: BaseException, trace: TracebackType | None, report: Report) -> None:
    """What the hooks do with an error nothing caught; the traceback goes to stderr too while no log file
    takes it (not configured, or not writable), so that it is never lost where it can be kept."""
    if isinstance(error, KeyboardInterrupt):  # Ctrl+C at the command line is no crash
        sys.__excepthook__(type(error), error, trace)
        return
    log.critical("an error nothing caught", exc_info=(type(error), error, trace))
    if log_file() is None and sys.stderr is not None:
        traceback.print_exception(type(error), error, trace)
    try:
        report(error, log_file())
    except Exception:  # the report itself failed: its own traceback is in the log, the app goes on
        log.exception("telling the user about the error failed")


def command_line_report(error: BaseException, path: Path | None) -> None:
    """The command line's one sentence on stderr (English, as every command's output)."""
    where = f"the details are in the log file {path}" if path else "the log file could not be written"
    print(f"error: something unexpected went wrong ({type(error).__name__}: {error}); your event data is "
          f"safe, since every change is saved whole or not at all; {where}", file=sys.stderr)  # fmt: skip

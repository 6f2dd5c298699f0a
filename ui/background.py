"""Work that takes seconds, on a worker thread, while the window that asked stays alive: reading a list,
its dry run and its import (the import window), building a new event from a list.

Windows greys out a window that does not answer for five seconds, and offers to end the program; a
list of 100,000 rows takes seconds to read and ten to import. Work on the event file uses a station of its
own (`Station.opener`): a connection belongs to the thread that made it, and the desk's stays the desk's.
A job's result, or the exception that ended it, comes back to the window's thread by a queued signal; a job
started later supersedes it, and what it brings back is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import TypeVar, cast

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QProgressBar, QVBoxLayout, QWidget

from checkin.registering import Progress
from checkin.station import Station
from ui.widgets import theme
from ui.widgets.plain import plain_label

_Result = TypeVar("_Result")


class _Superseded(Exception):
    """A later job took the place of this one (another column mapped while a dry run went on)."""


class Background(QObject):
    """One job at a time that counts: `start` runs it, `then` gets its result on the window's thread, and
    `progressed` tells how many of its people are done."""

    progressed = Signal(int)
    _ended = Signal(int, object)
    _advanced = Signal(int, int)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._job = 0
        self._running = False
        self._superseded = threading.Event()
        """Set once a later job takes the place of the one under way: the worker reads it, never this object
        (a worker thread holding a Qt object's wrapper could drop it while the window deletes it)."""
        self._thread: threading.Thread | None = None
        self._then: Callable[[object], None] | None = None
        self._ended.connect(self._end)
        self._advanced.connect(self._advance)

    @property
    def running(self) -> bool:
        """True until the latest job's result is handed over."""
        return self._running

    def start(self, work: Callable[[Progress], object], then: Callable[[object], None], name: str) -> None:
        """Run `work` on a thread named `name`; `then` gets what it returned or raised (any exception: a
        bad file must never crash the desk)."""
        self.drop()
        self._running, self._then = True, then
        job, ended, advanced, superseded = self._job, self._ended, self._advanced, self._superseded

        def progress(done: int) -> None:
            if superseded.is_set():
                raise _Superseded  # its result would be dropped: the work stops at its next batch
            with suppress(RuntimeError):  # the window was closed and deleted meanwhile: nobody waits
                advanced.emit(job, done)

        def run() -> None:
            try:
                result: object = work(progress)
            except Exception as error:  # handed to `then`, which says it in the window
                result = error
            with suppress(RuntimeError):
                ended.emit(job, result)

        self._thread = threading.Thread(target=run, name=name, daemon=True)
        self._thread.start()

    def drop(self) -> None:
        """What the job under way brings back is dropped (and the work stops at its next batch): the window
        asked for something newer."""
        self._superseded.set()
        self._superseded = threading.Event()
        self._job += 1
        self._running = False

    def wait(self) -> None:
        """Until the latest job's thread has ended, its last references gone with it."""
        if self._thread is not None:
            self._thread.join()

    def _end(self, job: int, result: object) -> None:
        if job == self._job and self._then is not None:
            self._running = False
            self._then(result)

    def _advance(self, job: int, done: int) -> None:
        if job == self._job:
            self.progressed.emit(done)


def on_station(opener: Callable[[], Station], work: Callable[[Station], _Result]) -> _Result:
    """`work` with the station `opener` opens on this thread (a worker's), closed once it is done."""
    station = opener()
    try:
        return work(station)
    finally:
        station.close()


class WorkingNote(QDialog):
    """A note and a bar that only moves, over the window, until the work is done: neither Esc nor the
    title bar closes it (the work ends whole or not at all, and the window then says which)."""

    def __init__(self, parent: QWidget | None, title: str, text: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        # A title and no buttons on it: there is nothing to close until the work is done.
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setMinimumWidth(theme.DIALOG_MIN_WIDTH)
        self.done_working = False
        bar = QProgressBar()
        bar.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(text, wrap=True))
        layout.addWidget(bar)

    def finish(self) -> None:
        self.done_working = True
        self.accept()

    def reject(self) -> None:
        if self.done_working:
            super().reject()


def run_under_note(parent: QWidget | None, title: str, text: str, work: Callable[[], _Result]) -> _Result:
    """`work`'s result, computed on a worker thread under a modal note saying `text`; what it raised is
    raised here, on the window's thread."""
    dialog = WorkingNote(parent, title, text)
    outcome: list[object] = []

    def then(result: object) -> None:
        outcome.append(result)
        dialog.finish()

    background = Background(dialog)
    background.start(lambda _progress: work(), then, "working")
    dialog.exec()  # the result comes by the dialog's event loop, however quick the job
    background.wait()  # its thread ends just after handing the result over: the note goes only then
    dialog.deleteLater()
    (result,) = outcome
    if isinstance(result, Exception):
        raise result
    return cast(_Result, result)  # what `work` returned: `Background` passes results on as objects

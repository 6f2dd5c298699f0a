"""Sending confirmations without freezing the window: the SMTP work runs on a thread of its own.

The batch is prepared on the GUI thread, which owns the station's connection (`Confirmations.sending`: the
guests, the text, the mailbox and its password); its `run` then talks to the mail server on the worker
thread and logs each accepted message through a connection of its own, which the window sees as it sees
any other desk's writes. The window hears progress through signals; Stop is a flag the core's progress
callback reads, so the message being sent is finished and nothing is cut half-way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot

from checkin.confirmations.sending import SendProgress

Progress = Callable[[SendProgress], bool]
Job = Callable[[Progress], object]
"""What runs on the thread: given the progress callback, returns what the window reports (a `SendReport`)."""


class _Worker(QObject):
    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    """The exception that ended the job: the window says it in the user's language."""

    def __init__(self, job: Job, stop: threading.Event) -> None:
        super().__init__()
        self._job, self._stop = job, stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except Exception as error:  # shown in the window: a send that died must not leave it waiting forever
            self.failed.emit(error)
        else:
            self.finished.emit(result)
        finally:  # the thread ends by itself, so the window can wait for it without running its event loop
            QThread.currentThread().quit()

    def _progress(self, progress: SendProgress) -> bool:
        """Called by the core after each guest; False asks it to stop before the next one."""
        self.progressed.emit(progress)
        return not self._stop.is_set()


class ConfirmationSender(QObject):
    """One job at a time on a thread; `progressed` after each guest, then `finished` with the job's result
    or `failed` with the exception that ended it."""

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def stopping(self) -> bool:
        return self.running and self._stop.is_set()

    def start(self, job: Job) -> None:
        if self.running:
            raise RuntimeError("a job is already running")
        self._stop.clear()
        self._thread = QThread(self)
        self._worker = _Worker(job, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._on_progress)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()

    def stop(self) -> None:
        """Stop after the message being sent (the core asks after each one)."""
        self._stop.set()

    def wait(self) -> None:
        """Until the job has ended (the window closing waits for the message being sent)."""
        if self._thread is not None:
            self._thread.wait()

    @Slot(object)
    def _on_progress(self, progress: SendProgress) -> None:
        self.progressed.emit(progress)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._ended()
        self.finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self._ended()
        self.failed.emit(error)

    def _ended(self) -> None:
        if self._thread is not None:
            self._thread.wait()  # it quits by itself right after the job
        self._thread, self._worker = None, None

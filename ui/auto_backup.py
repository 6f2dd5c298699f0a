"""The desk's automatic backups: every minute a worker thread asks `Backups.snapshot_if_due`, which takes a
snapshot when one is due (see `checkin.backups`), so a busy desk never waits for the copy.

The worker touches no connection of the Station: `snapshot_if_due` lists the backups folder and reads and
copies the event file through connections of its own. It works silently; a failure is a quiet note in the
status bar (the `failed` signal) until a later snapshot succeeds.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.backups import Backups
from ui.widgets import theme


class AutoBackup(QObject):
    failed = Signal(str)
    """A snapshot failed: why, as the system said it (a full disk, a folder that cannot be written)."""
    succeeded = Signal()
    """A look at the schedule ended well (a snapshot taken, or none due)."""

    def __init__(self, backups: Backups, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self._worker: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(theme.BACKUP_CHECK_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        """No further snapshots; one under way is waited for (it is whole on disk, or was never listed)."""
        self._timer.stop()
        self.wait()

    def tick(self) -> None:
        """The timer's slot: start a look at the schedule on a worker thread and return at once. A look
        still running (a large file on a slow disk) is not doubled."""
        if self.running:
            return
        self._worker = threading.Thread(target=self._snapshot_if_due, name="auto-backup", daemon=True)
        self._worker.start()

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def wait(self) -> None:
        if self._worker is not None:
            self._worker.join()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No snapshot runs inside: around a purge (a snapshot read before it and saved after it would keep
        what it clears) and a restore."""
        active = self._timer.isActive()
        self.stop()
        try:
            yield
        finally:
            if active:
                self._timer.start()

    def _snapshot_if_due(self) -> None:
        try:
            self._backups.snapshot_if_due()
        except Exception as error:  # on a worker thread: whatever went wrong becomes the note, not a trace
            self.failed.emit(str(error) or type(error).__name__)
            return
        self.succeeded.emit()

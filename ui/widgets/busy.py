"""The wait cursor for a moment the GUI thread waits (the confirmations window closing waits for the message
being sent): the cursor says the app is busy, not stuck. Work that takes seconds runs on a worker thread
instead (`ui.background`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()

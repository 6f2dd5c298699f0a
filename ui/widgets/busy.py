"""The wait cursor for work done on the GUI thread that may take a moment (a PDF, a restore).

Such work uses the Station's connection, which belongs to the GUI thread, so it is not moved to a worker:
at 200 guests it takes well under a second, and the cursor says the app is busy, not stuck.
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

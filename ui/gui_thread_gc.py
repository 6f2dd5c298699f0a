"""Python's cycle collector, run on the GUI thread only, while the app runs.

A collection runs on whichever thread happens to allocate when a threshold is crossed. On a worker thread
(the import window's reading, a backup, the sync service, a join) it may free the wrapper of a Qt object
caught in a reference cycle, whose C++ side must go on the GUI thread: PySide6 then crashes the process (a
segmentation fault seen in the import window's reading of a list). So the automatic collector is off,
and a timer on the GUI thread collects a generation whenever its threshold is crossed, as the collector
would have done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 200
"""How often the counts are looked at: a few thousand cycles at most wait for a collection."""


def collect_if_due() -> None:
    """The oldest generation whose threshold is crossed, collected (with the younger ones)."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    for generation in (2, 1, 0):
        if thresholds[generation] and counts[generation] > thresholds[generation]:
            gc.collect(generation)
            return


@contextmanager
def collecting_on_gui_thread(parent: QObject) -> Iterator[QTimer]:
    """While inside, cycles are collected by a timer of `parent`'s thread (the GUI's), never elsewhere; the
    collector is as it was afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    timer = QTimer(parent)
    timer.timeout.connect(collect_if_due)
    timer.start(CHECK_MS)
    try:
        yield timer
    finally:
        timer.stop()
        timer.deleteLater()
        if was_enabled:
            gc.enable()

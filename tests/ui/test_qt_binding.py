"""Guards against a broken Qt binding release, which would crash the desk in the middle of the day."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emitting_signals_does_not_leak_references_to_true(qapp):
    # PySide6 6.12.0 drops a reference to True on every emit(); after enough scans the interpreter aborts
    # with "bool_dealloc". pyproject.toml excludes that release; this test fails if it comes back.
    emitter = _Emitter()
    emitter.fired.connect(lambda _: None)
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.fired.emit(1)
    assert sys.getrefcount(True) - before > -10

"""`python main.py bench --ui`: typing and scanning in the real desk window at a large event.

Measured as the desk feels it: from a key press event sent to the input field until the results model
finished its reset, and from the scanner's Enter until the verdict banner has been painted.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.bench.figures import SEED, percentile, queries
from checkin.demo.event import EVENT_NAME, EVENT_VENUE, generate_registrants, load_programme
from checkin.station import Station
from ui.app import DeskApp
from ui.station.window import StationWindow

SCANS = 200


def run_ui_benchmark(registrants: int) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(SEED)
    first = date.today()
    days = (first.isoformat(), (first + timedelta(days=1)).isoformat())
    with tempfile.TemporaryDirectory(prefix="checkin-ui-bench-") as folder:
        station = Station.create(Path(folder) / "bench.sqlite", event_name=EVENT_NAME, venue=EVENT_VENUE,
                                 days=days, name="bench", day=days[0])  # fmt: skip
        station.programme.save(load_programme(days=days))  # banners name workshops and offer seats
        station.register(list(generate_registrants(registrants, SEED, days)), reason="bench")
        station.index()
        window = DeskApp(QSettings(str(Path(folder) / "desk.ini"), QSettings.Format.IniFormat)).show(station)
        app.processEvents()
        sample = [station.guest(i) for i in rng.sample(range(1, registrants + 1), SCANS)]
        keystroke_ms = _typing(window, queries(sample, rng))
        scan_ms = _scanning(window, [p.code for p in sample])
        window.close()
        station.close()
    return {
        "registrants": registrants,
        "keystrokes": len(keystroke_ms),
        "keystroke_to_model_p50_ms": percentile(keystroke_ms, 50),
        "keystroke_to_model_p99_ms": percentile(keystroke_ms, 99),
        "scan_to_painted_verdict_p99_ms": percentile(scan_ms, 99),
    }


def _typing(window: StationWindow, typed: list[str]) -> list[float]:
    timings: list[float] = []
    started = [0.0]

    def reset_finished() -> None:
        timings.append((perf_counter() - started[0]) * 1000)

    model = window.controller.results
    model.modelReset.connect(reset_finished)
    for query in typed:
        window.input.clear()
        for character in query:
            started[0] = perf_counter()
            QTest.keyClick(window.input, character)  # type: ignore[call-overload]  # stubs lack (QWidget, char)
    model.modelReset.disconnect(reset_finished)
    return timings


def _scanning(window: StationWindow, codes: list[str]) -> list[float]:
    timings: list[float] = []
    for code in codes:
        window.input.setText(code)
        start = perf_counter()
        QTest.keyClick(window.input, Qt.Key.Key_Return)
        window.banner.repaint()
        timings.append((perf_counter() - start) * 1000)
    return timings

"""`python main.py bench --ui`: typing and scanning in the real desk window at a large event.

Measured as the desk feels it: from a key press event sent to the input field until the results model
finished its reset, and from the scanner's Enter until the verdict banner has been painted. Then as the
organisers' dashboard feels it: from the desk's Enter, and from another station's check-in committed to the
same file, until the dashboard counts the guest.
"""

from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter, sleep

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin.bench.figures import SEED, percentile, queries
from checkin.demo.event import EVENT_NAME, EVENT_VENUE, generate_registrants, load_programme
from checkin.station import Station
from ui.app import DeskApp
from ui.dashboard.window import DashboardWindow
from ui.station.window import StationWindow

SCANS = 200
DASHBOARD_SCANS = 50
ELSEWHERE_CHECK_INS = 20
"""Each waits for the dashboard's next look at the file (`DASHBOARD_POLL_MS`): a handful give the spread."""
WAIT_S = 10.0


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
        desk = DeskApp(QSettings(str(Path(folder) / "desk.ini"), QSettings.Format.IniFormat))
        window = desk.show(station)
        app.processEvents()
        sample = [
            station.guest(i) for i in rng.sample(range(1, registrants + 1), min(SCANS * 2, registrants))
        ]
        keystroke_ms = _typing(window, queries(sample[:SCANS], rng))
        scan_ms = _scanning(window, [p.code for p in sample[:SCANS]])
        # Guests of today not scanned above: each of these check-ins changes the dashboard's count.
        fresh = [p.code for p in sample[SCANS:] if p.attends(days[0])]
        dashboard = desk.open_dashboard()
        desk_to_dashboard_ms = _scans_followed(window, dashboard, fresh[:DASHBOARD_SCANS])
        elsewhere_ms = _check_ins_elsewhere(station.path, dashboard, fresh[DASHBOARD_SCANS:])
        dashboard.close()
        window.close()
        station.close()
    return {
        "registrants": registrants,
        "keystrokes": len(keystroke_ms),
        "keystroke_to_model_p50_ms": percentile(keystroke_ms, 50),
        "keystroke_to_model_p99_ms": percentile(keystroke_ms, 99),
        "scan_to_painted_verdict_p99_ms": percentile(scan_ms, 99),
        "scan_to_dashboard_p99_ms": percentile(desk_to_dashboard_ms, 99),
        "other_station_to_dashboard_p50_ms": percentile(elsewhere_ms, 50),
        "other_station_to_dashboard_max_ms": round(max(elsewhere_ms), 1),
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


def _scans_followed(window: StationWindow, dashboard: DashboardWindow, codes: list[str]) -> list[float]:
    """From the desk's Enter until the dashboard counts the guest: the desk's own broadcast brings it."""
    timings: list[float] = []
    for code in codes:
        counted = _counted(dashboard)
        window.input.setText(code)
        start = perf_counter()
        QTest.keyClick(window.input, Qt.Key.Key_Return)
        _wait_for_count(dashboard, above=counted)
        timings.append((perf_counter() - start) * 1000)
    return timings


def _check_ins_elsewhere(path: Path, dashboard: DashboardWindow, codes: list[str]) -> list[float]:
    """From another station's commit to the same file until the dashboard counts the guest: its next look
    at the file brings it."""
    other = Station.open(path, name="bench elsewhere")
    timings: list[float] = []
    for code in codes[:ELSEWHERE_CHECK_INS]:
        counted = _counted(dashboard)
        other.check_in(code)
        start = perf_counter()
        _wait_for_count(dashboard, above=counted)
        timings.append((perf_counter() - start) * 1000)
    other.close()
    return timings


def _counted(dashboard: DashboardWindow) -> int:
    return dashboard.shown.checked_in if dashboard.shown is not None else 0


def _wait_for_count(dashboard: DashboardWindow, above: int) -> None:
    deadline = perf_counter() + WAIT_S
    while _counted(dashboard) <= above:
        if perf_counter() > deadline:
            raise TimeoutError("the dashboard did not show the check-in")
        QApplication.processEvents()
        sleep(0.001)

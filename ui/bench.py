"""`python main.py bench --ui` and `bench --scanner`: typing and scanning in the real desk window at a large
event.

Measured as the desk feels it: from a key press event sent to the input field until the results model
finished its reset, and from the scanner's Enter until the verdict banner has been painted. Then as the
organisers' dashboard feels it: from the desk's Enter, and from another station's check-in committed to the
same file, until the dashboard counts the guest.

`bench --scanner` is a scanner set up without Enter on a laptop whose every core is busy: key events
stamped 5 ms apart by a thread of their own, as a keyboard's are stamped when pressed, reach a window that
handles them late and in bunches. Every code must be submitted, and no name typed by hand ever.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import tempfile
import threading
from datetime import date, timedelta
from pathlib import Path
from time import monotonic, perf_counter, sleep

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from checkin.bench.figures import SEED, percentile, queries
from checkin.demo.event import EVENT_NAME, EVENT_VENUE, generate_registrants, load_programme
from checkin.station import Station
from ui.app import DeskApp
from ui.dashboard.window import DashboardWindow
from ui.gui_thread_gc import collecting_on_gui_thread
from ui.station.window import StationWindow

SCANS = 200
DASHBOARD_SCANS = 50
ELSEWHERE_CHECK_INS = 20
"""Each waits for the dashboard's next look at the file (`DASHBOARD_POLL_MS`): a handful give the spread."""
WAIT_S = 10.0


def _bench_days() -> tuple[str, str]:
    """Today and tomorrow: the desk checks in on day one without asking which day it is."""
    first = date.today()
    return first.isoformat(), (first + timedelta(days=1)).isoformat()


def _desk_on_event(folder: str, registrants: int, days: tuple[str, str]) -> tuple[DeskApp, Station]:
    """The real desk, open on a new event of `registrants` generated guests with the congress programme
    (banners name workshops and offer seats)."""
    station = Station.create(Path(folder) / "bench.sqlite", event_name=EVENT_NAME, venue=EVENT_VENUE,
                             days=days, name="bench", day=days[0])  # fmt: skip
    station.programme.save(load_programme(days=days))
    station.register(list(generate_registrants(registrants, SEED, days)), reason="bench")
    return DeskApp(QSettings(str(Path(folder) / "desk.ini"), QSettings.Format.IniFormat)), station


def run_benchmark(registrants: int, *, scanner: bool) -> dict[str, object]:
    """`bench --ui` (or `--scanner`), with the cycle collector on the GUI thread, as the desk runs it
    (`run_gui`)."""
    app = QApplication.instance() or QApplication([])
    with collecting_on_gui_thread(app):
        return (run_scanner_benchmark if scanner else run_ui_benchmark)(registrants)


def run_ui_benchmark(registrants: int) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(SEED)
    days = _bench_days()
    with tempfile.TemporaryDirectory(prefix="checkin-ui-bench-") as folder:
        desk, station = _desk_on_event(folder, registrants, days)
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


SCANNER_KEY_MS = 5
PERSON_KEY_MS = 40
SCANNER_CODES = 100
TYPED_NAMES = 50
SCANNER_WAIT_S = 5.0
KEY_EVENT_KINDS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
QUIET_AFTER_NAME_S = 0.5
"""Longer than the scanner pause: a name would have been submitted by then."""


def run_scanner_benchmark(registrants: int) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    rng = random.Random(SEED)
    days = _bench_days()
    spinners = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(os.cpu_count() or 2)]
    for spinner in spinners:
        spinner.start()
    try:
        with tempfile.TemporaryDirectory(prefix="checkin-scanner-bench-") as folder:
            desk, station = _desk_on_event(folder, registrants, days)
            window = desk.show(station)
            app.processEvents()
            submitted: list[str] = []
            window.input.submitted.connect(submitted.append)
            sample = rng.sample(range(1, registrants + 1), (SCANNER_CODES + TYPED_NAMES) * 2)
            guests = [p for p in map(station.guest, sample) if p.attends(days[0])]
            scan_ms = [_scanned_without_enter(window, p.code, submitted) for p in guests[:SCANNER_CODES]]
            before = len(submitted)
            for person in guests[SCANNER_CODES : SCANNER_CODES + TYPED_NAMES]:
                _press(window.input, f"{person.first_name} {person.last_name}", PERSON_KEY_MS)
                _settle(QUIET_AFTER_NAME_S)
                window.input.clear()
            names_taken = len(submitted) - before
            checked_in, _ = station.progress(days[0])
            window.close()
            station.close()
    finally:
        for spinner in spinners:
            spinner.terminate()
    done = [ms for ms in scan_ms if ms is not None]
    return {
        "registrants": registrants,
        "cpu_busy_processes": len(spinners),
        "scans_without_enter": SCANNER_CODES,
        "scans_submitted": len(done),
        "scans_checked_in": checked_in,
        "last_key_to_submit_p99_ms": percentile(done, 99) if done else None,
        "names_typed": TYPED_NAMES,
        "names_taken_for_codes": names_taken,
    }


def _scanned_without_enter(window: StationWindow, code: str, submitted: list[str]) -> float | None:
    """Milliseconds from the scanner's last key to the field submitting the code (None: never)."""
    count = len(submitted)
    last_key = _press(window.input, code, SCANNER_KEY_MS)
    deadline = perf_counter() + SCANNER_WAIT_S
    while len(submitted) == count and perf_counter() < deadline:
        QApplication.processEvents()
        sleep(0.001)
    return (perf_counter() - last_key) * 1000 if len(submitted) > count and submitted[-1] == code else None


def _press(field: QWidget, text: str, key_ms: int) -> float:
    """Key events for `text`, posted from a thread of their own `key_ms` apart and stamped when "pressed",
    while this thread (the window's) goes on handling them whenever it gets to them. Returns the
    `perf_counter` time of the last key."""
    last = [0.0]
    # Made here: a key event made on another thread would give Qt's keyboard device a parent there.
    pressed = [
        tuple(QKeyEvent(kind, ord(c.upper()), Qt.KeyboardModifier.NoModifier, c) for kind in KEY_EVENT_KINDS)
        for c in text
    ]

    def keys() -> None:
        for events in pressed:
            stamp = int(monotonic() * 1000)
            for event in events:
                event.setTimestamp(stamp)
                QCoreApplication.postEvent(field, event)
            last[0] = perf_counter()
            sleep(key_ms / 1000)

    typist = threading.Thread(target=keys)
    typist.start()
    while typist.is_alive():
        QApplication.processEvents()
        sleep(0.001)
    typist.join()
    QApplication.processEvents()
    return last[0]


def _settle(seconds: float) -> None:
    deadline = perf_counter() + seconds
    while perf_counter() < deadline:
        QApplication.processEvents()
        sleep(0.005)


def _spin() -> None:
    """One core kept busy, as a venue laptop's antivirus scan or update does."""
    while True:
        pass

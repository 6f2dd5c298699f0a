"""`python main.py bench --sync`: how fast stations agree, measured with real station processes on loopback.

Two `station` processes serve two files of one event (the second a joined copy of the first), each with
the other as its peer, exactly as two venue laptops would. The benchmark then

- checks guests in one at a time in the first file (as a desk there does) and times each until the second
  file holds it: the propagation a desk on the second laptop sees;
- stops the second station, writes an hour's worth of log rows into the first (check-ins of every guest on
  both days), starts the second again and times it from its start until it holds every row: the catch-up
  after an hour offline, process start-up and the whole exchange included;
- joins a third laptop to the first station with a pairing code, timing the `join` command whole.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter, sleep

from checkin.bench.figures import SEED, check_registrants, percentile
from checkin.demo.registrants import generate_registrants
from checkin.domain import CheckIn
from checkin.log_kinds import LogKind
from checkin.replication.replica import Replica
from checkin.station import Station

DAYS = ("2026-06-21", "2026-06-22")
PROPAGATED = 200
"""Check-ins timed one by one: enough for a 99th percentile."""
SPACING_S = 0.02
POLL_S = 0.002
TIMEOUT_S = 60.0
MIN_ENTRIES = 1_000
"""Fewer log rows than this catch up faster than a station starts: the figure would say nothing."""


def run_sync_benchmark(entries: int) -> dict[str, object]:
    check_registrants(entries, MIN_ENTRIES)
    guests = entries // len(DAYS)
    with tempfile.TemporaryDirectory(prefix="checkin-bench-sync-") as folder:
        first_path, second_path = Path(folder) / "first.sqlite", Path(folder) / "second.sqlite"
        desk = Station.create(first_path, event_name="Bench", venue="Starachowice", days=DAYS, name="Desk 1")
        desk.register(list(generate_registrants(guests, SEED, ())), reason="bench")
        desk.replica.snapshot_to(second_path)
        Replica.adopt(second_path)
        watcher = Station.open(second_path, name="watcher")
        with _station(first_path, "Desk 1", []) as first_address:
            with _station(second_path, "Desk 2", [first_address]):
                propagation = _propagation(desk, watcher)
            _hour_of_check_ins(desk)
            start = perf_counter()
            with _station(second_path, "Desk 2", [first_address]):
                _wait_until(lambda: watcher.replica.version_vector() == desk.replica.version_vector())
                catch_up_s = perf_counter() - start
            join_s = _join(Path(folder) / "third.sqlite", first_address, desk.replica.new_pairing_code())
        held = watcher.storage.last_log_seq()
        desk.close()
        watcher.close()
    return {
        "guests": guests,
        "propagation_p50_ms": percentile(propagation, 50),
        "propagation_p99_ms": percentile(propagation, 99),
        "catch_up_entries": entries,
        "catch_up_s": round(catch_up_s, 2),
        "rows_held_after": held,
        "join_s": round(join_s, 2),
    }


def _propagation(desk: Station, watcher: Station) -> list[float]:
    """Milliseconds from a committed check-in in the first file to the same check-in in the second."""
    timings = []
    for attendee in list(desk.storage.attendees())[:PROPAGATED]:
        there = watcher.guest(attendee.code).id
        start = perf_counter()
        desk.check_in(attendee.code, day=DAYS[0])

        def arrived(there: int = there) -> bool:
            return watcher.storage.check_in_of(there, DAYS[0]) is not None

        _wait_until(arrived)
        timings.append((perf_counter() - start) * 1000)
        sleep(SPACING_S)
    return timings


def _join(path: Path, address: str, code: str) -> float:
    """Seconds a new laptop's `join` takes, from its start until it has the whole event file."""
    start = perf_counter()
    subprocess.run(
        [sys.executable, "-m", "main", "--db", str(path), "join", address, "--code", code],
        check=True, capture_output=True, timeout=TIMEOUT_S,
    )  # fmt: skip
    return perf_counter() - start


def _hour_of_check_ins(desk: Station) -> None:
    """Every guest checked in on both days, written as one desk's hour would leave them (in one transaction
    here, so that writing them is not what the benchmark waits for)."""
    storage = desk.storage
    with storage.transaction():
        done = storage.checked_in_days()
        for day in DAYS:
            for attendee in storage.attendees():
                if day not in done.get(attendee.id, ()):
                    log_uuid, at = storage.append_log(
                        LogKind.CHECK_IN, station=desk.name, staff="", attendee_id=attendee.id, day=day
                    )
                    storage.add_check_in(attendee.id, day, log_uuid, CheckIn(at, desk.name, ""))


def _wait_until(condition: Callable[[], bool]) -> None:
    deadline = perf_counter() + TIMEOUT_S
    while not condition():
        if perf_counter() > deadline:
            raise TimeoutError("the stations did not agree within a minute")
        sleep(POLL_S)


@contextmanager
def _station(path: Path, name: str, peers: list[str]) -> Iterator[str]:
    """A `station` process serving `path` on a free loopback port; yields its address."""
    peering = [arg for peer in peers for arg in ("--peer", peer)]
    command = [sys.executable, "-m", "main", "--db", str(path), "station", "--listen", "127.0.0.1:0",
               "--name", name, "--no-discovery", *peering]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline() if process.stdout else ""
        if not line.startswith("listening on "):
            raise RuntimeError(f"the station did not start: {line!r}")
        yield line.removeprefix("listening on ").strip()
    finally:
        process.terminate()
        process.wait(timeout=30)

"""Headless station processes for the sync tests: `main.py station` on loopback, started and stopped by the
test, and waiting for what they should do by polling rather than sleeping."""

from __future__ import annotations

import queue
import signal
import sqlite3
import subprocess
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from helpers.cli import ROOT, program

T = TypeVar("T")

START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 10.0


@dataclass
class StationProcess:
    db: Path
    name: str
    process: subprocess.Popen
    address: str
    """"127.0.0.1:PORT" it listens on."""
    errors: Path
    """Its stderr, kept in a file (a pipe nobody reads would stall it)."""

    @property
    def port(self) -> int:
        return int(self.address.rpartition(":")[2])

    def stop(self) -> int:
        """SIGTERM, as a service manager would stop it; its exit status."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.process.wait(STOP_TIMEOUT_S)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(STOP_TIMEOUT_S)


def start_station(
    db: Path, name: str, *, peers: Sequence[str] = (), port: int = 0, extra: Sequence[str] = ()
) -> StationProcess:
    """`main.py --db DB station` on 127.0.0.1 (port 0: a free one, read back from its first line), once it
    prints `listening on`."""
    errors = db.with_name(f"{db.name}.{name}.stderr")
    command = [*program(), "--db", str(db), "station", "--listen",
               f"127.0.0.1:{port}", "--name", name, "--no-discovery", *extra]  # fmt: skip
    for peer in peers:
        command += ["--peer", peer]
    with errors.open("w") as stderr:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=stderr, text=True)
    line = _first_line(process, START_TIMEOUT_S)
    if not line.startswith("listening on "):
        process.kill()
        process.wait()
        raise AssertionError(f"{name} did not start: {line!r}\n{errors.read_text()}")
    return StationProcess(db, name, process, line.removeprefix("listening on ").strip(), errors)


def _first_line(process: subprocess.Popen, timeout_s: float) -> str:
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout_s)
    except queue.Empty:
        return ""


@dataclass
class Stations:
    """The station processes of one test; `close` stops those still running."""

    started: list[StationProcess] = field(default_factory=list)

    def start(
        self, db: Path, name: str, *, peers: Sequence[str] = (), port: int = 0, extra: Sequence[str] = ()
    ) -> StationProcess:
        station = start_station(db, name, peers=peers, port=port, extra=extra)
        self.started.append(station)
        return station

    def close(self) -> None:
        for station in self.started:
            station.kill()


@contextmanager
def running_stations() -> Iterator[Stations]:
    stations = Stations()
    try:
        yield stations
    finally:
        stations.close()


def wait_until(check: Callable[[], T], timeout_s: float = 5.0, interval_s: float = 0.02) -> tuple[T, float]:
    """Polls `check` until it returns something true; (that value, seconds it took). Fails on timeout."""
    start = time.monotonic()
    while True:
        value = check()
        elapsed = time.monotonic() - start
        if value:
            return value, elapsed
        if elapsed > timeout_s:
            raise AssertionError(f"not within {timeout_s} s: {check.__doc__ or check}")
        time.sleep(interval_s)


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    """Read the event file as another program would (read-only, not holding it open)."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return conn.execute(sql, params).fetchall()

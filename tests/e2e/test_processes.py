"""Several processes on one event file: what two desks and a killed import do to the database."""

import multiprocessing
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from helpers.events import DAYS, make_station
from helpers.workers import check_in_all

from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants

ROOT = Path(__file__).resolve().parents[2]


def test_same_guests_scanned_at_two_desks_at_once_are_checked_in_exactly_once(tmp_path):
    path = tmp_path / "event.sqlite"
    station = make_station(path, guests=tuple(generate_registrants(150, 3, DAYS)))
    codes = [a.code for a in station.storage.attendees() if a.attends(DAYS[0])]
    station.close()
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    desks = [
        context.Process(target=check_in_all, args=(str(path), desk, DAYS[0], order, start, results))
        for desk, order in (("desk-1", codes), ("desk-2", codes[::-1]))
    ]
    for desk in desks:
        desk.start()
    outcome = dict(results.get(timeout=60) for _ in desks)
    for desk in desks:
        desk.join(timeout=30)
    firsts = outcome["desk-1"]
    seconds = outcome["desk-2"][::-1]
    for one, two in zip(firsts, seconds, strict=True):
        assert sorted((one, two)) == ["already_checked_in", "checked_in"]
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM checkins").fetchone()[0] == len(codes)
    assert db.execute("SELECT count(*) FROM log WHERE kind = 'check_in'").fetchone()[0] == len(codes)


def _wal_size(path: Path) -> int:
    wal = path.with_name(path.name + "-wal")
    return wal.stat().st_size if wal.exists() else 0


def test_import_killed_midway_leaves_the_database_valid_and_unchanged(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path).close()
    before = sqlite3.connect(path).execute("SELECT count(*) FROM attendees").fetchone()[0]
    csv_path = tmp_path / "big.csv"
    write_registrants_csv(csv_path, generate_registrants(60_000, 5, DAYS), DAYS)
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "import", str(csv_path)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while _wal_size(path) < 2_000_000 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the import finished before it could be killed; make the file bigger"
    process.send_signal(signal.SIGKILL)
    process.wait()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT count(*) FROM attendees").fetchone()[0] == before
    assert db.execute("SELECT count(*) FROM log WHERE kind = 'register'").fetchone()[0] == before

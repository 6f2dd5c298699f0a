"""Killing a purge or a restore at its worst moments, and what must hold of the event afterwards.

An event after a day of work (`busy_event`) is built once and copied for every trial; a trial runs the
command line's purge or restore in a real process and kills it, at a named crash point
(`checkin.crash_points`) or at a random moment; the next process to open the file is the next open. Then
`check_after_purge` and `check_after_restore` say what is wrong, as a list of sentences (empty: nothing).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from checkin.backups import PARTIAL_SUFFIX, STALE_PARTIAL_S, Reason
from checkin.crash_points import ENVIRONMENT_VARIABLE
from checkin.demo.registrants import generate_registrants
from checkin.station import Station
from checkin.storage.database import migration_backup
from helpers.cli import ROOT
from helpers.events import DAYS, PROGRAMME, make_station

EVENT_NAME = "Kongres testowy"
RESTORED = "the oldest backup"
GO_CLI = Path(__file__).with_name("go_cli.py")
TIMEOUT_S = 120
NOTE = "Notatka poufna o zdrowiu"
LONG_NOTE = " ".join([NOTE] * 400)


@dataclass(frozen=True)
class Busy:
    """A closed event file in a folder of its own, with its backups and a migration's copy."""

    path: Path
    personal: tuple[str, ...]
    """Every e-mail and phone of its guests, and text a desk typed about them: what a purge must leave
    nowhere."""
    registered: int


def busy_event(folder: Path, guests: int = 40) -> Busy:
    """Check-ins, a correction (whose old text lies freed in the file), a walk-in, workshops, two snapshots
    and the copy an old migration left: every place a name can hide."""
    folder.mkdir()
    path = folder / "event.sqlite"
    station = make_station(path, guests=tuple(generate_registrants(guests, 7, DAYS)), staff="Zofia Dyżurna")
    station.programme.save(PROGRAMME)
    station.backups.snapshot(Reason.BEFORE_PROGRAMME)  # the one restored: before every check-in
    people = list(station.storage.attendees())
    for person in people[: guests // 2]:
        station.check_in(person.code, DAYS[0])
    station.undo(people[0].code, "pomyłka przy Wiśniewskiej", DAYS[0])
    station.edit(people[1].id, {"last_name": "Literówkowska"}, reason="literówka")
    station.edit(people[1].id, {"last_name": people[1].last_name})
    station.edit(people[2].id, {"notes": LONG_NOTE})  # on pages of its own, freed by the next edit
    station.edit(people[2].id, {"notes": ""})
    station.storage.backup(migration_backup(path, 4))
    station.backups.snapshot()
    personal = ["Zofia Dyżurna", "pomyłka przy Wiśniewskiej", "Literówkowska", NOTE]
    personal += [text for person in people for text in (person.email, person.phone) if text]
    registered = station.stats().registered
    station.close()
    return Busy(path, tuple(personal), registered)


def copy_event(busy: Busy, folder: Path) -> Path:
    shutil.copytree(busy.path.parent, folder)
    return folder / busy.path.name


def event_files(path: Path) -> list[Path]:
    """Every file the event has on the disk: the file, what SQLite keeps beside it, the copies migrations
    left, and everything in the backups folder, however deep."""
    found = [f for f in path.parent.iterdir() if f.name.startswith(path.stem)]
    backups = path.with_name(f"{path.name}.backups")
    found += list(backups.rglob("*")) if backups.is_dir() else []
    return sorted(f for f in found if f.is_file())


def personal_data_left(path: Path, personal: tuple[str, ...]) -> dict[str, list[str]]:
    """By file name: which of the personal texts its bytes hold (as written, or in lower case)."""
    left = {}
    for file in event_files(path):
        data = file.read_bytes()
        found = [t for t in personal if t.encode() in data or t.lower().encode() in data]
        if found:
            left[str(file.relative_to(path.parent))] = found
    return left


def command(operation: str) -> list[str]:
    """The command line of a purge of the event, or of a restore of its oldest backup."""
    return ["purge", "--confirm", EVENT_NAME] if operation == "purge" else ["restore", RESTORED]


def backup_to_restore(path: Path) -> str:
    backups = path.with_name(f"{path.name}.backups").glob(f"*-{Reason.BEFORE_PROGRAMME}.sqlite")
    return next(backups).name


def run_cli(path: Path, args: list[str], **env: str) -> subprocess.CompletedProcess:
    args = [backup_to_restore(path) if a == RESTORED else a for a in args]
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(path), "--json", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_S, env={**os.environ, **env},
    )  # fmt: skip


def killed_at(path: Path, operation: str, point: str) -> subprocess.CompletedProcess:
    """The command run until it reaches `point`, where it kills itself."""
    return run_cli(path, command(operation), **{ENVIRONMENT_VARIABLE: point})


@dataclass(frozen=True)
class Run:
    killed: bool
    """Killed before it ended by itself."""
    seconds: float
    """From the go to its end."""


def timed_run(path: Path, operation: str, kill_after_s: float | None) -> Run:
    """The command run from the moment its process has started and loaded everything (`go_cli.py`), and
    killed `kill_after_s` after the go (None: never)."""
    args = [backup_to_restore(path) if a == RESTORED else a for a in command(operation)]
    child = subprocess.Popen(
        [sys.executable, str(GO_CLI), "--db", str(path), *args], cwd=ROOT, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline() == "ready\n", child.stderr.read() if child.stderr else ""
        child.stdin.write("go\n")
        child.stdin.flush()
        start = time.perf_counter()
        if kill_after_s is not None:
            try:
                child.wait(timeout=kill_after_s)
            except subprocess.TimeoutExpired:
                child.send_signal(getattr(signal, "SIGKILL", signal.SIGTERM))
        _, errors = child.communicate(timeout=TIMEOUT_S)
        seconds = time.perf_counter() - start
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode not in (0, -getattr(signal, "SIGKILL", signal.SIGTERM)):
        raise AssertionError(f"{operation} ended with {child.returncode}: {errors}")
    return Run(child.returncode != 0, seconds)


def duration_s(busy: Busy, folder: Path, operation: str, runs: int = 3) -> float:
    """How long the operation takes on a copy of the event here, from the go to the process's end: the
    median of `runs`, as the machine's load varies."""
    return statistics.median(
        timed_run(copy_event(busy, folder / str(run)), operation, None).seconds for run in range(runs)
    )


def random_delays(seed: int, longest_s: float) -> Iterator[float]:
    """Moments to kill at, from the go: as many as asked for, the same for the same seed."""
    chance = random.Random(seed)
    while True:
        yield chance.uniform(0, longest_s)


def next_open(path: Path) -> int:
    """Open the event as the next desk does, after the killed process; its number of registered guests."""
    station = Station.open(path)
    try:
        return station.stats().registered
    finally:
        station.close()


def log_of(path: Path) -> list[tuple[str, str, str]]:
    """(uuid, kind, data) of every log row, in order."""
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return [tuple(row) for row in conn.execute("SELECT uuid, kind, data FROM log ORDER BY seq")]


def integrity(path: Path) -> str:
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


def check_opens(path: Path, busy: Busy) -> list[str]:
    """The event opens, whole, with every guest still counted."""
    registered = next_open(path)
    problems = [] if integrity(path) == "ok" else [f"integrity check: {integrity(path)}"]
    if registered != busy.registered:
        problems.append(f"{registered} guests registered, not {busy.registered}")
    return problems


def check_after_purge(path: Path, busy: Busy) -> list[str]:
    """After the next open: purged, with no personal data in any file of the event; or not purged at all
    (killed before the clearing committed), with every guest's data as it was."""
    problems = check_opens(path, busy)
    left = personal_data_left(path, busy.personal)
    if any(kind == "purge" for _, kind, _ in log_of(path)):
        problems += [f"personal data left in {file}: {texts[:3]}..." for file, texts in left.items()]
    elif set().union(*left.values()) != set(busy.personal):
        problems.append("not purged, yet some of the guests' data is gone")
    return problems


def check_after_restore(path: Path, busy: Busy, before: list, backup: list, name: str) -> list[str]:
    """After the next open: no copy of the event in the backups folder but its backups (a snapshot killed
    half-written goes at the first prune once it is `STALE_PARTIAL_S` old: aged here, then a prune), and
    the content either as it was (`before`) or the backup's with its `restore` row."""
    problems = check_opens(path, busy)
    backups = path.with_name(f"{path.name}.backups")
    stale = time.time() - STALE_PARTIAL_S - 1
    for partial in backups.glob(f"*{PARTIAL_SUFFIX}*"):
        os.utime(partial, (stale, stale))
    with closing(Station.open(path)) as station:
        problems += [] if station.backups.snapshot() else ["no backup could be taken after the restore"]
    strays = [f for f in backups.rglob("*") if f.parent != backups or not f.name.endswith(".sqlite")]
    problems += [f"left behind: {f.relative_to(path.parent)}" for f in strays]
    log = log_of(path)
    uuids = [row[0] for row in log]
    if uuids == [row[0] for row in before]:
        return problems
    if uuids == [row[0] for row in backup]:
        return [*problems, "the backup's content is in place without its restore row"]
    if uuids[:-1] != [row[0] for row in backup]:
        return [*problems, "the content is neither the old one nor the backup's"]
    _, kind, data = log[-1]
    if kind != "restore" or json.loads(data).get("backup") != name:
        problems.append(f"the restored content has no restore row (last row: {kind} {data})")
    return problems

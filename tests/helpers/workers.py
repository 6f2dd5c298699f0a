"""Functions run in separate processes by the multi-process tests (importable by `spawn`)."""

from __future__ import annotations

from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from pathlib import Path

from checkin.errors import UserError
from checkin.station import Station


def check_in_all(
    path: str, desk: str, day: str, codes: list[str], start: Barrier, results: Queue[tuple[str, list[str]]]
) -> None:
    station = Station.open(Path(path), name=desk, day=day)
    start.wait()
    verdicts = [station.check_in(code).kind.value for code in codes]
    station.close()
    results.put((desk, verdicts))


def import_file(path: str, listing: str, start: Barrier) -> None:
    station = Station.open(Path(path), name=f"desk-{listing}")
    start.wait()
    station.import_file(Path(listing))
    station.close()


def choose_all(
    path: str,
    desk: str,
    sessions: list[int],
    ids: list[int],
    start: Barrier,
    results: Queue[tuple[str, dict[str, int]]],
) -> None:
    """Sign every guest up for each of `sessions` in turn; counts of "ok" and "session_full"."""
    station = Station.open(Path(path), name=desk)
    start.wait()
    outcome = {"ok": 0, "session_full": 0}
    for session_id in sessions:
        for attendee_id in ids:
            try:
                station.choices.choose(attendee_id, session_id)
                outcome["ok"] += 1
            except UserError as error:
                outcome[error.code] = outcome.get(error.code, 0) + 1
    station.close()
    results.put((desk, outcome))

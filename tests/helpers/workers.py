"""Functions run in separate processes by the multi-process tests (importable by `spawn`)."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier
from pathlib import Path

from checkin.station import Station


def check_in_all(path: str, desk: str, day: str, codes: list[str], start: Barrier, results: object) -> None:
    station = Station.open(Path(path), name=desk, day=day)
    start.wait()
    verdicts = [station.check_in(code).kind.value for code in codes]
    station.close()
    results.put((desk, verdicts))  # type: ignore[attr-defined]


def import_file(path: str, listing: str, start: Barrier) -> None:
    station = Station.open(Path(path), name=f"desk-{listing}")
    start.wait()
    station.import_file(Path(listing))
    station.close()

"""The search figures of `python main.py bench` (issue 17): each keystroke timed against the `LIKE '%q%'`
full scan it replaces, interleaved so that both see the same machine load; hostile queries; opening the
event in a fresh desk process; and the slowest keystroke after another process edited 5,000 guests.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from time import perf_counter

from checkin.bench.measure import peak_rss_mb, percentile
from checkin.log_kinds import LogKind
from checkin.station import Station
from checkin.storage import Storage

EDITS = 5000
"""Guests another process corrects at once (a re-imported list) before the stall is timed."""
HOSTILE_QUERIES = (
    "zx qv" * 40, "a" * 200, "m o p s", "w pl", "a", "k", "a b c d e f g h i j k l m n o p",
    "jan kowalski " * 15, "kowlaski nowka wisniewksa zielinsky", "kowalski@", "1 2 3 4 5 6 7 8 9 0",
)  # fmt: skip
"""Pasted junk (which sends every word to the typo fallback), many one-letter words, words common together
("w pl" matches most guests), a whole paragraph of names, several typos at once."""
LIKE_LIMIT = 50


def search_figures(station: Station, keystrokes: Sequence[str]) -> dict[str, object]:
    """Each query's keystrokes through the LIKE baseline, then the same keystrokes through the search, query
    after query, so that load hits both alike.

    Query by query rather than keystroke by keystroke: a scan of every guest between two keystrokes
    evicts the search's pages and code from the processor's caches, which nothing at a desk does (the
    search then measured half as fast again at 100,000 guests). The baseline reads through a connection
    of its own for the same reason. Both are warmed up first (one scan reads every row; the search reads
    its own pages), so neither is timed reading the file for the first time."""
    baseline = Storage(station.path)
    baseline.fit_cache(0)  # a scan of every row keeps nothing a cache of any size could hold for the next
    try:
        like = _like(baseline)
        like(keystrokes[0])
        for typed in keystrokes:
            station.search(typed)
        search_ms: list[float] = []
        like_ms: list[float] = []
        for query in typed_queries(keystrokes):  # each keystroke timed once, as a person types it once
            like_ms += [_ms(like, typed) for typed in query]
            search_ms += [_ms(station.search, typed) for typed in query]
    finally:
        baseline.close()
    hostile = [typed[:length] for typed in HOSTILE_QUERIES for length in range(1, len(typed) + 1)]
    worst = max(_ms(station.search, typed) for typed in hostile)
    search_p50, search_p99 = percentile(search_ms, 50), percentile(search_ms, 99)
    like_p50, like_p99 = percentile(like_ms, 50), percentile(like_ms, 99)
    faster = sum(1 for s, like in zip(search_ms, like_ms, strict=True) if like >= 20 * s) / len(like_ms)
    return {
        "search_p50_ms": search_p50,
        "search_p99_ms": search_p99,
        "baseline_like_p50_ms": like_p50,
        "baseline_like_p99_ms": like_p99,
        "like_ratio_p50": round(like_p50 / search_p50, 1),
        "like_ratio_p99": round(like_p99 / search_p99, 1),
        "keystrokes_20x_faster_share": round(faster, 3),
        "search_worst_ms": round(worst, 3),
    }


def open_figures(path: Path, keystrokes: Sequence[str]) -> dict[str, object]:
    """A fresh desk process opens the event and answers its first search, then types every keystroke:
    how long until it can answer, and the most memory a desk that searches holds."""
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_AND_SEARCH, str(path), json.dumps(list(keystrokes))],
        cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, check=True,
    )  # fmt: skip
    measured: dict[str, object] = json.loads(result.stdout)
    return measured


_OPEN_AND_SEARCH = (
    "import json, sys; from pathlib import Path; from checkin.bench.search import open_and_search;"
    " print(json.dumps(open_and_search(Path(sys.argv[1]), json.loads(sys.argv[2]))))"
)


def open_and_search(path: Path, keystrokes: Sequence[str]) -> dict[str, object]:
    start = perf_counter()
    station = Station.open(path, name="bench-desk")
    station.search(keystrokes[0])
    open_s = perf_counter() - start
    for typed in keystrokes:
        station.search(typed)
    station.close()
    return {"open_s": round(open_s, 3), "search_peak_rss_mb": peak_rss_mb()}


def stall_figure(station: Station, keystrokes: Sequence[str]) -> dict[str, object]:
    """Another process corrects `EDITS` guests in one write; then every keystroke at this desk is timed
    (the typo fallback among them, whose vocabulary must catch up): the slowest is the stall."""
    subprocess.run(
        [sys.executable, "-c", _EDIT_MANY, str(station.path), str(EDITS)],
        cwd=Path(__file__).resolve().parents[2], check=True,
    )  # fmt: skip
    station.changed_elsewhere()
    slowest = max(_ms(station.search, typed) for typed in keystrokes)
    return {"stall_after_edits_ms": round(slowest, 3)}


_EDIT_MANY = (
    "import sys; from pathlib import Path; from checkin.bench.search import edit_many;"
    " edit_many(Path(sys.argv[1]), int(sys.argv[2]))"
)


def edit_many(path: Path, count: int) -> None:
    """A corrected list's worth of edits, in one transaction as an import writes them: new organisations
    (new words for the vocabulary) and surnames spelt anew."""
    station = Station.open(path, name="bench-editor")
    people = station.storage.attendees_by_ids(list(range(1, count + 1)))
    with station.storage.transaction():
        diffs: dict[int, dict[str, object]] = {
            attendee_id: {
                "organisation": f"Ośrodek Korekty {attendee_id}", "last_name": f"{person.last_name}-Nowa"
            }
            for attendee_id, person in people.items()
        }  # fmt: skip
        station.storage.update_attendees(diffs)
        station.storage.append_log_many(
            [(LogKind.EDIT, attendee_id, diff) for attendee_id, diff in diffs.items()],
            station=station.name, staff="", reason="bench: corrected list",
        )  # fmt: skip
    station.close()


def _like(baseline: Storage) -> Callable[[str], object]:
    return lambda typed: baseline.ids_matching_like(typed, LIKE_LIMIT)


def typed_queries(keystrokes: Sequence[str]) -> list[list[str]]:
    """The keystrokes split where a query starts afresh (each keystroke of a query extends the last)."""
    queries: list[list[str]] = []
    for typed in keystrokes:
        if queries and typed.startswith(queries[-1][-1]) and len(typed) == len(queries[-1][-1]) + 1:
            queries[-1].append(typed)
        else:
            queries.append([typed])
    return queries


def _ms(action: Callable[[str], object], typed: str) -> float:
    start = perf_counter()
    action(typed)
    return (perf_counter() - start) * 1000

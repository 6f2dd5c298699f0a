"""`python main.py bench`: the numbers the issues name, measured on a fresh generated event.

Searching is timed the way reception types: each query of a fixed mix is typed one character at a time
and every prefix is searched through the same `Station.search` the desk calls (index and database fetch
of the shown rows). The baseline runs the same prefixes as the SQL `LIKE '%q%'` a spreadsheet user would
write, interleaved with them, over the same rows (see `checkin.bench.search` for the search figures).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path
from time import perf_counter
from typing import TypeVar

from checkin.badges import printing as badge_printing
from checkin.badges.drawing import write_badges
from checkin.badges.layouts import DEFAULT_LAYOUT, layout_named
from checkin.bench.measure import peak_rss_mb, percentile, reset_peak_rss
from checkin.bench.search import open_figures, search_figures, stall_figure
from checkin.demo.event import EVENT_NAME, EVENT_VENUE, load_programme, write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.domain import Attendee
from checkin.errors import UserError
from checkin.station import Station
from checkin.text import fold

T = TypeVar("T")
SEED = 7
SINGLE_BADGES = 200
"""Badges timed one at a time after the first (which loads the fonts, timed apart as `badge_first_ms`): of
30, the 99th percentile was the first one's font loading, 31 to 51 ms with the machine's load."""
BADGE_BATCHES = (1000, 5000)
CHECK_INS = 500
FIXED_QUERIES = ("kowalski", "jan kow", "cus star", "lodz", "mops", "kowlaski", "anna", "gołębiowska", "dyr")
"""Typical of a queue: surnames without diacritics, first + surname prefix, organisation words, a typo."""
DRAWN_PER_MIX = 20
MIXES = 3
MIN_REGISTRANTS = 10
"""Below this the run times too few check-ins for a 99th percentile (`statistics.quantiles` needs data)."""
MAX_REGISTRANTS = 1_000_000
"""Ten times the size the targets name: beyond it a run takes many minutes and gigabytes, telling nothing."""


def check_registrants(registrants: int, low: int = MIN_REGISTRANTS) -> None:
    """Refuse, before anything is built, a size the benchmark cannot measure or should not try."""
    if not low <= registrants <= MAX_REGISTRANTS:
        raise UserError(
            "bench_size", "The benchmark needs between {low} and {high} registrants, not {given}.",
            low=f"{low:,}", high=f"{MAX_REGISTRANTS:,}", given=str(registrants),
        )  # fmt: skip


def queries(people: list[Attendee], rng: random.Random) -> list[str]:
    """The fixed mix plus queries drawn from the generated people, as a person would type them: of every
    `DRAWN_PER_MIX` people, surnames, first name + surname prefix, e-mail starts, towns, surnames with
    their diacritics. Enough of them that each keystroke is timed once and a 99th percentile is still not
    the single slowest."""
    sample = rng.sample(people, min(len(people), DRAWN_PER_MIX * MIXES))
    mixes = [sample[start : start + DRAWN_PER_MIX] for start in range(0, len(sample), DRAWN_PER_MIX)]
    drawn: list[str] = []
    for mix in mixes:
        drawn += [fold(p.last_name) for p in mix[:8]]
        drawn += [f"{fold(p.first_name)} {fold(p.last_name)[:3]}" for p in mix[8:12]]
        drawn += [p.email.split("@")[0][:8] for p in mix[12:15] if p.email]
        drawn += [fold(p.city) for p in mix[15:18] if p.city]
        drawn += [p.last_name.lower() for p in mix[18:20]]
    return [*FIXED_QUERIES, *drawn]


def _keystrokes(queries: Iterable[str]) -> list[str]:
    return [query[:length] for query in queries for length in range(1, len(query) + 1)]


def _timed_ms(action: Callable[[T], object], inputs: Iterable[T]) -> list[float]:
    timings = []
    for value in inputs:
        start = perf_counter()
        action(value)
        timings.append((perf_counter() - start) * 1000)
    return timings


def run_benchmark(registrants: int) -> dict[str, object]:
    check_registrants(registrants)
    rng = random.Random(SEED)
    first_day = date.today()
    days = (first_day.isoformat(), (first_day + timedelta(days=1)).isoformat())
    with tempfile.TemporaryDirectory(prefix="checkin-bench-") as folder:
        csv_path = Path(folder) / "registrants.csv"
        write_registrants_csv(csv_path, generate_registrants(registrants, SEED, days), days)
        station = Station.create(
            Path(folder) / "bench.sqlite", event_name=EVENT_NAME, venue=EVENT_VENUE, days=days, name="bench"
        )
        station.programme.save(load_programme())  # so the import also turns answers into sign-ups

        start = perf_counter()
        report = station.import_file(csv_path)
        import_s = perf_counter() - start
        import_peak_rss_mb = peak_rss_mb()  # what the import itself needed

        count = station.storage.registered_count()
        people = list(
            station.storage.attendees_by_ids(rng.sample(range(1, count + 1), min(CHECK_INS, count))).values()
        )
        keystrokes = _keystrokes(queries(people, rng))
        searching = search_figures(station, keystrokes)
        codes = [p.code for p in people]
        checkin_ms = _timed_ms(lambda code: station.check_in(code, day=days[0]), codes)
        searching |= stall_figure(station, keystrokes) | open_figures(station.path, keystrokes)
        badge_figures = _badge_figures(station)
        station.close()
    return {
        "registrants": registrants,
        "imported": report.created,
        "import_s": round(import_s, 3),
        "import_peak_rss_mb": import_peak_rss_mb,
        "keystrokes": len(keystrokes),
        **searching,
        "checkin_p99_ms": percentile(checkin_ms, 99),
        "peak_rss_mb": peak_rss_mb(),
        **badge_figures,
    }


def _badge_figures(station: Station) -> dict[str, object]:
    """One badge from check-in to printable PDF (what the desk's printer queue waits for; the desk's first
    badge apart, which also loads the fonts), and batches on A4 sheets, each in a fresh process so its peak
    memory is its own: flat memory shows as equal peaks."""
    count = station.storage.registered_count()

    def one(attendee_id: int) -> bytes:
        return station.badges.run([attendee_id], "a6").pdf()

    first_ms = _timed_ms(one, [1])
    one_ms = _timed_ms(one, [1 + n % count for n in range(1, SINGLE_BADGES + 1)])
    figures: dict[str, object] = {
        "badge_first_ms": round(first_ms[0], 3), "badge_one_p99_ms": percentile(one_ms, 99)
    }  # fmt: skip
    for size in sorted({min(count, batch) for batch in BADGE_BATCHES}):
        result = subprocess.run(
            [sys.executable, "-c", _RENDER_BATCH, str(station.storage.path), str(size)],
            cwd=Path(__file__).resolve().parents[2], capture_output=True, text=True, check=True,
        )  # fmt: skip
        measured = json.loads(result.stdout)
        figures[f"badges_{size}_s"] = measured["seconds"]
        figures[f"badges_{size}_peak_rss_mb"] = measured["peak_rss_mb"]
    return figures


_RENDER_BATCH = (
    "import json, sys; from checkin.bench.figures import render_batch;"
    " print(json.dumps(render_batch(*sys.argv[1:])))"
)


def render_batch(db: str, size: str) -> dict[str, object]:
    """Pre-print `size` badges on A4 sheets from the event in `db` (run in its own process by the bench)."""
    station = Station.open(Path(db), name="bench")
    ids = list(range(1, int(size) + 1))
    reset_peak_rss()
    with tempfile.TemporaryDirectory(prefix="checkin-badges-bench-") as folder:
        start = perf_counter()
        design, header = station.badges.template(), badge_printing.header(station.event)
        guests = station.badges.of(ids)
        write_badges(Path(folder) / "badges.pdf", guests, layout_named(DEFAULT_LAYOUT), design, header)
        seconds = perf_counter() - start
    station.close()
    return {"seconds": round(seconds, 2), "peak_rss_mb": peak_rss_mb()}

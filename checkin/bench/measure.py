"""Measuring a benchmark run: percentiles of timings, and the process's peak memory."""

from __future__ import annotations

import statistics
import sys
from pathlib import Path


def reset_peak_rss() -> None:
    """Linux carries a process's peak memory over from the parent it was forked from (the bench, with its
    100,000-guest index); writing 5 to clear_refs starts the count afresh."""
    clear = Path("/proc/self/clear_refs")
    if clear.exists():
        clear.write_text("5")


def peak_rss_mb() -> float | None:
    status = Path("/proc/self/status")
    if status.exists():
        peak = next(line for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
        return round(int(peak.split()[1]) / 1024, 1)
    try:
        import resource
    except ImportError:  # Windows has no `resource`; the number is for our Linux benchmark runs
        return None
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale, 1)


def percentile(timings: list[float], percent: int) -> float:
    return round(statistics.quantiles(timings, n=100, method="inclusive")[percent - 1], 3)

"""Hybrid logical clocks: the order of concurrent changes made on stations that could not talk.

A clock value is wall-clock milliseconds plus a counter, written as one fixed-width string
(`0001781452800123.00000002`) so that SQLite and Python order it as text. A station's next value is above
both its own wall clock and every value it has seen from others, so a change made after receiving another
always sorts after it, even when the laptops' clocks disagree by minutes. Two values from different
stations can still be equal; the station id then breaks the tie (`(hlc, origin)`), so every station picks
the same winner for two concurrent edits of one field.
"""

from __future__ import annotations

import re
import time

_PHYSICAL_DIGITS = 16
_COUNTER_DIGITS = 8
_COUNTER_LIMIT = 10**_COUNTER_DIGITS
"""A counter that would need more digits carries into the milliseconds (the order is kept)."""
MAX_AHEAD_MS = 24 * 3600 * 1000
"""How far ahead of this laptop's clock a received value may be: laptops at one venue differ by minutes; a
value a year ahead would drag every station's clock along with it (and is refused, see `is_plausible`)."""
PATTERN = re.compile(rf"\d{{{_PHYSICAL_DIGITS}}}\.\d{{{_COUNTER_DIGITS}}}")


def format_hlc(physical_ms: int, counter: int) -> str:
    return f"{physical_ms:0{_PHYSICAL_DIGITS}d}.{counter:0{_COUNTER_DIGITS}d}"


def parse_hlc(value: str) -> tuple[int, int]:
    physical, counter = value.split(".")
    return int(physical), int(counter)


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


def after(last: str, count: int = 1, now_ms: int | None = None) -> list[str]:
    """`count` fresh values, each above `last` (the greatest value this station has issued or seen)."""
    physical, counter = parse_hlc(last) if last else (0, 0)
    now = wall_ms() if now_ms is None else now_ms
    if now > physical:
        physical, counter = now, -1
    values = (counter + n for n in range(1, count + 1))
    return [format_hlc(physical + value // _COUNTER_LIMIT, value % _COUNTER_LIMIT) for value in values]


def is_hlc(value: object) -> bool:
    return isinstance(value, str) and PATTERN.fullmatch(value) is not None


def is_plausible(value: str, now_ms: int | None = None) -> bool:
    """Not further ahead of this laptop's clock than laptops of one venue can be."""
    return parse_hlc(value)[0] <= (wall_ms() if now_ms is None else now_ms) + MAX_AHEAD_MS

"""Dates and times as our printed documents write them: Polish month names (in the genitive, as a date is
read: "21 czerwca 2026") and day names, and clock times taken from the log's ISO stamps.

Badges, attendance lists and certificates all name the event's days; they must agree on the wording.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from itertools import pairwise

POLISH_MONTHS = (
    "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
    "października", "listopada", "grudnia",
)  # fmt: skip
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


def polish_date(day: str) -> str:
    """An ISO date as Polish documents write it: "21 czerwca 2026"."""
    when = date.fromisoformat(day)
    return f"{when.day} {POLISH_MONTHS[when.month - 1]} {when.year}"


def with_weekday(day: str) -> str:
    """ "21 czerwca 2026 (niedziela)": an attendance list names the weekday, as signers check it."""
    return f"{polish_date(day)} ({POLISH_WEEKDAYS[date.fromisoformat(day).weekday()]})"


def date_span(days: Sequence[str]) -> str:
    """Sorted ISO dates as one phrase: "21–22 czerwca 2026", "30 września – 1 października 2026".

    Days that do not follow one another (a guest who came on the first and the third day) are listed, since
    a range would claim the day between.
    """
    dates = [date.fromisoformat(day) for day in days]
    first, last = dates[0], dates[-1]
    if any(later - earlier != timedelta(days=1) for earlier, later in pairwise(dates)):
        return ", ".join(map(polish_date, days))
    if first == last:
        return polish_date(days[0])
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {POLISH_MONTHS[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {POLISH_MONTHS[first.month - 1]} – {polish_date(days[-1])}"
    return f"{polish_date(days[0])} – {polish_date(days[-1])}"


def clock(at: str, pattern: str = "%H:%M") -> str:
    """A log stamp ("2026-06-21T09:12:33.123+02:00") as the wall-clock time the desk that wrote it showed;
    a stamp that does not parse is given back as it is rather than lost."""
    try:
        return datetime.fromisoformat(at).strftime(pattern)
    except ValueError:
        return at

"""Dates and times as our printed documents write them: Polish month names (in the genitive, as a date is
read: "21 czerwca 2026") and day names, English ones where a document is in English (a confirmation sent to
a foreign guest: "21 June 2026"), and clock times taken from the log's ISO stamps.

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
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
MONTHS = {"pl": POLISH_MONTHS, "en": ENGLISH_MONTHS}
"""Month names by document language; "21 czerwca 2026" and "21 June 2026" share their order."""
POLISH_WEEKDAYS = ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela")


def polish_date(day: str) -> str:
    """An ISO date as Polish documents write it: "21 czerwca 2026"."""
    return written_date(day, "pl")


def written_date(day: str, language: str) -> str:
    """An ISO date as a document in `language` ("pl" or "en") writes it: "21 czerwca 2026", "21 June 2026"."""
    when = date.fromisoformat(day)
    return f"{when.day} {MONTHS[language][when.month - 1]} {when.year}"


def with_weekday(day: str) -> str:
    """ "21 czerwca 2026 (niedziela)": an attendance list names the weekday, as signers check it."""
    return f"{polish_date(day)} ({POLISH_WEEKDAYS[date.fromisoformat(day).weekday()]})"


def date_span(days: Sequence[str], language: str = "pl") -> str:
    """Sorted ISO dates as one phrase: "21–22 czerwca 2026", "30 września – 1 października 2026" (in
    English "21–22 June 2026").

    Days that do not follow one another (a guest who came on the first and the third day) are listed, since
    a range would claim the day between.
    """
    dates, months = [date.fromisoformat(day) for day in days], MONTHS[language]
    first, last = dates[0], dates[-1]
    if any(later - earlier != timedelta(days=1) for earlier, later in pairwise(dates)):
        return ", ".join(written_date(day, language) for day in days)
    if first == last:
        return written_date(days[0], language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {months[first.month - 1]} {first.year}"
    if first.year == last.year:
        return f"{first.day} {months[first.month - 1]} – {written_date(days[-1], language)}"
    return f"{written_date(days[0], language)} – {written_date(days[-1], language)}"


def clock(at: str, pattern: str = "%H:%M") -> str:
    """A log stamp ("2026-06-21T09:12:33.123+02:00") as the wall-clock time the desk that wrote it showed;
    a stamp that does not parse is given back as it is rather than lost."""
    try:
        return datetime.fromisoformat(at).strftime(pattern)
    except ValueError:
        return at

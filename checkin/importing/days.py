"""Which event days an answer names: what forms' checkboxes and organisers write for "which days".

Understood, in any mix: day numbers ("1", "dzień 2", "pierwszy dzień", "second day"), dates ("21.06",
"21.06.2027", "2027-06-21", "21 czerwca", "June 21"), ranges ("21-22.06", "21–22 czerwca", "21.06-22.06"),
weekdays ("poniedziałek", "Monday") when exactly one event day falls on it, and every day ("oba dni",
"obydwa dni", "cały kongres", "both days"), with glue words ("tylko", "i", "oraz", "r.") ignored. Polish
month names are read in every case by their first three letters (czerwiec, czerwca, czerwcu, cze.), as are
English ones. A date that is not an event day, or any word not understood, makes the whole answer unknown:
the caller reports it rather than guess.
"""

from __future__ import annotations

import re
from datetime import date

from checkin.text import fold, words

MONTHS: dict[str, int] = {
    stem: number
    for number, stems in enumerate(
        [("sty", "jan"), ("lut", "feb"), ("mar",), ("kwi", "apr"), ("maj", "may"), ("cze", "jun"),
         ("lip", "jul"), ("sie", "aug"), ("wrz", "sep"), ("paz", "oct"), ("lis", "nov"), ("gru", "dec")],
        start=1,
    )
    for stem in stems
}  # fmt: skip
"""A month word's first three letters -> its number."""
_ORDINALS = {
    "pierwszy": 1, "pierwszego": 1, "pierwszym": 1, "first": 1, "drugi": 2, "drugiego": 2, "drugim": 2,
    "second": 2, "trzeci": 3, "trzeciego": 3, "trzecim": 3, "third": 3, "czwarty": 4, "czwartego": 4,
    "czwartym": 4, "fourth": 4,
}  # fmt: skip
_WEEKDAYS = {
    "poniedzial": 0, "pon": 0, "monday": 0, "mon": 0, "wtor": 1, "wt": 1, "tuesday": 1, "tue": 1, "srod": 2,
    "sr": 2, "wednesday": 2, "wed": 2, "czwart": 3, "czw": 3, "thursday": 3, "thu": 3, "piat": 4, "pt": 4,
    "friday": 4, "fri": 4, "sobot": 5, "sob": 5, "saturday": 5, "sat": 5, "niedziel": 6, "ndz": 6,
    "sunday": 6, "sun": 6,
}  # fmt: skip
"""A weekday's stem (Polish, every case: "środa", "środę", "w środy") or its abbreviation -> Monday 0."""
_EVERY_DAY = frozenset({
    "oba", "obydwa", "obu", "obydwu", "both", "all", "wszystkie", "wszystkich", "caly", "cale", "calym",
    "calosc", "whole", "entire", "full",
})  # fmt: skip
_GLUE = frozenset({
    "dzien", "dnia", "dni", "dniu", "dniach", "day", "days", "i", "and", "oraz", "tylko", "only", "r", "rok",
    "roku", "w", "we", "na", "on", "the", "of", "z", "a", "st", "nd", "rd", "th",
})  # fmt: skip
_EVENT_WORDS = ("kongres", "konferenc", "wydarzen", "congress", "conferenc", "event")
_NUMERIC_DATE = r"(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2})\b)?"
_PATTERNS = (
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dates", re.compile(rf"\b{_NUMERIC_DATE}\s*-+\s*{_NUMERIC_DATE}")),
    ("range", re.compile(rf"\b(\d{{1,2}})\s*-+\s*{_NUMERIC_DATE}")),
    ("named_range", re.compile(r"\b(\d{1,2})\s*-+\s*(\d{1,2})\.?\s*([a-z]{3,})\.?(?:\s*(\d{4})\b)?")),
    ("date", re.compile(rf"\b{_NUMERIC_DATE}")),
    ("named", re.compile(r"\b(\d{1,2})\.?\s*([a-z]{3,})\.?(?:\s*(\d{4})\b)?")),
    ("english", re.compile(r"\b([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s*(\d{4})\b)?")),
)
"""Tried in this order, each date or range found cut from the text: a range before the date it ends with."""

_COUNT = re.compile(r"\b(\d{1,2})\s*(?:dni|days)\b")
"""'2 dni': how many days, not which; all of them when that is the event's length, else unknown."""

DayRef = tuple[int | None, int, int]
"""(year or None when not written, month, day) of a date in an answer."""


class _NotADate(Exception):
    """A match of a date pattern whose word is no month ("2 dni"): left in the text for the word rules."""


class DayReader:
    """Reads answers against one event's days (ISO dates, day 1 first)."""

    def __init__(self, event_days: tuple[str, ...]) -> None:
        self.event_days = event_days
        self._dates = [date.fromisoformat(day) for day in event_days]

    def read(self, text: str) -> tuple[str, ...] | None:
        """The days `text` names, in event order; `()` is every day; None when any of it is not understood
        or names a day that is not the event's."""
        folded = fold(text)
        counted = {int(count) for count in _COUNT.findall(folded)}
        if counted - {len(self._dates)}:
            return None
        folded = _COUNT.sub(" oba ", folded)
        chosen: set[date] = set()
        for kind, pattern in _PATTERNS:
            rest: list[str] = []
            position = 0
            for match in pattern.finditer(folded):
                try:
                    start, end = _span(kind, match.groups())
                except _NotADate:
                    continue
                days = self._between(start, end)
                if not days:
                    return None
                chosen |= days
                rest.append(folded[position : match.start()])
                position = match.end()
            folded = " ".join([*rest, folded[position:]])
        return self._with_words(folded, chosen)

    def _with_words(self, folded: str, chosen: set[date]) -> tuple[str, ...] | None:
        """`chosen` with the days the remaining words name: numbers, ordinals, weekdays, "both"."""
        every_day = False
        month = _only_month(folded, chosen)
        for word in words(folded):
            if word in _EVERY_DAY:
                every_day = True
            elif not _is_glue(word, self.event_days):
                days = self._word(word, month)
                if not days:
                    return None
                chosen |= days
        if every_day or len(chosen) == len(self._dates):
            return ()
        return tuple(day.isoformat() for day in self._dates if day in chosen) or None

    def _between(self, start: DayRef, end: DayRef) -> set[date]:
        """The event days from `start` to `end`; a year is compared only where one was written."""
        if start[0] is None or end[0] is None:
            return {day for day in self._dates if start[1:] <= (day.month, day.day) <= end[1:]}
        return {day for day in self._dates if start <= (day.year, day.month, day.day) <= end}

    def _word(self, word: str, month: int | None) -> set[date]:
        if word.isdigit():
            number = int(word)
            if 1 <= number <= len(self._dates):
                return {self._dates[number - 1]}
            return self._between((None, month, number), (None, month, number)) if month else set()
        if word in _ORDINALS:
            number = _ORDINALS[word]
            return {self._dates[number - 1]} if number <= len(self._dates) else set()
        weekday = _weekday(word)
        days = {day for day in self._dates if day.weekday() == weekday} if weekday is not None else set()
        return days if len(days) == 1 else set()


def _span(kind: str, groups: tuple[str | None, ...]) -> tuple[DayRef, DayRef]:
    """(first, last) day a match names. Raises `_NotADate` when its word is no month."""
    if kind == "iso":
        return _both(_ref(groups[0], groups[1], groups[2]))
    if kind == "dates":
        return _ref(groups[2], groups[1], groups[0]), _ref(groups[5], groups[4], groups[3])
    if kind == "range":
        return _ref(groups[3], groups[2], groups[0]), _ref(groups[3], groups[2], groups[1])
    if kind == "date":
        return _both(_ref(groups[2], groups[1], groups[0]))
    if kind == "named_range":
        month = _month_or_raise(groups[2])
        return _ref(groups[3], month, groups[0]), _ref(groups[3], month, groups[1])
    if kind == "named":
        return _both(_ref(groups[2], _month_or_raise(groups[1]), groups[0]))
    return _both(_ref(groups[2], _month_or_raise(groups[0]), groups[1]))


def _both(day: DayRef) -> tuple[DayRef, DayRef]:
    return day, day


def _ref(year: str | None, month: str | int | None, day: str | None) -> DayRef:
    full_year = None if not year else int(year) + (2000 if len(year) == 2 else 0)
    return full_year, int(month or 0), int(day or 0)


def _month_or_raise(word: str | None) -> int:
    month = _month(word)
    if month is None:
        raise _NotADate
    return month


def _month(word: str | None) -> int | None:
    return MONTHS.get((word or "")[:3])


def _only_month(folded: str, chosen: set[date]) -> int | None:
    """The one month an answer names ("21 i 22 czerwca"): its bare numbers are that month's days."""
    months = {_month(word) for word in words(folded)} | {day.month for day in chosen}
    months.discard(None)
    return months.pop() if len(months) == 1 else None


def _weekday(word: str) -> int | None:
    if word in _WEEKDAYS:
        return _WEEKDAYS[word]
    stems = (number for stem, number in _WEEKDAYS.items() if len(stem) > 3 and word.startswith(stem))
    return next(stems, None)


def _is_glue(word: str, event_days: tuple[str, ...]) -> bool:
    """Words that name no day by themselves: glue, the event ("kongresu"), a month (its dates were read),
    the event's year."""
    return (
        word in _GLUE
        or word.startswith(_EVENT_WORDS)
        or (_month(word) is not None and word not in _ORDINALS and _weekday(word) is None)
        or (len(word) == 4 and any(day.startswith(word) for day in event_days))
    )

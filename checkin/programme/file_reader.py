"""Reading an organiser's programme file (CSV or XLSX) into sessions: the programme import's parser.

The programme arrives the way the registrant list does (a spreadsheet saved in Windows-1250 or UTF-8, with
`;` or `,`, or an Excel workbook), so its bytes are read by `checkin.importing.spreadsheet` exactly as
the registrant importer reads them; what a programme's columns and cells mean is said here. Headers are
recognised in
Polish or English, compared as `checkin.importing.columns.header_key` compares them.

A row that cannot become a session (no title, a time that is not one, an unknown kind) is skipped and
reported with the row number the spreadsheet shows (header = row 1); the file fails whole only when it has
no usable header or no rows. Checking the programme as a whole (event days, capacities, choice groups) is
`Programme.save`'s job, for an import as for every other edit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import MappingProxyType

from checkin.domain import SESSION_KINDS, SIGN_UP_KINDS, Session
from checkin.importing.columns import HEADER_SEARCH_ROWS, MAX_COLUMNS, MAX_HEADER_LENGTH, header_key
from checkin.importing.importer import MAX_CELL_LENGTH
from checkin.importing.problems import ImportFileError, RowProblem
from checkin.importing.spreadsheet import csv_readings, detect_kind, open_workbook, read_bytes, sheet_rows
from checkin.importing.values import Converter, yes_no
from checkin.text import words

MAX_SESSIONS = 2_000
"""A congress has dozens of sessions: thousands of rows mean a wrong file, refused before it is saved."""

PROGRAMME_HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "day": ("Dzień", "Data", "Date", "Dzień wydarzenia"),
    "start": ("Początek", "Od", "Godzina rozpoczęcia", "Rozpoczęcie", "Start time", "From", "Begins"),
    "end": ("Koniec", "Do", "Godzina zakończenia", "Zakończenie", "End time", "To", "Ends"),
    "title": ("Tytuł", "Temat", "Nazwa", "Punkt programu", "Sesja", "Title", "Session", "Name", "Topic"),
    "room": ("Sala", "Miejsce", "Room", "Venue", "Location"),
    "kind": ("Rodzaj", "Typ", "Rodzaj sesji", "Kind", "Type", "Session type"),
    "capacity": ("Liczba miejsc", "Limit miejsc", "Pojemność", "Miejsca", "Capacity", "Seats", "Limit"),
    "speakers": ("Prowadzący", "Prelegenci", "Prelegent", "Moderator", "Speakers", "Speaker", "Host"),
    "choice_group": ("Grupa wyboru", "Grupa", "Choice group", "Group"),
    "signup": ("Zapisy", "Zapis", "Wymaga zapisu", "Sign-up", "Sign-up required"),
})  # fmt: skip
"""Session field -> header names recognised for it besides the field's own name ("start", "choice_group");
the first is the one messages name."""

REQUIRED_FIELDS: tuple[str, ...] = ("day", "start", "end", "title")
HEADER_MIN_FIELDS = 3
"""A top row naming this many programme columns is the header: a title line above it names none."""

KIND_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "registration": ("Rejestracja", "Rejestracja uczestników", "Check-in"),
    "plenary": ("Plenarna", "Sesja plenarna", "Plenarny", "Wykład", "Wystąpienie", "Lecture", "Keynote",
                "Talk"),
    "panel": ("Panel", "Panel dyskusyjny", "Debata", "Dyskusja", "Discussion", "Debate"),
    "workshop": ("Warsztat", "Warsztaty", "Workshops"),
    "meal": ("Posiłek", "Obiad", "Lunch", "Kolacja", "Śniadanie", "Przerwa obiadowa", "Dinner", "Breakfast"),
    "break": ("Przerwa", "Przerwa kawowa", "Kawa", "Coffee break"),
    "social": ("Wydarzenie towarzyskie", "Wydarzenie towarzyszące", "Wydarzenia towarzyszące", "Koncert",
               "Gala", "Uroczysta kolacja", "Concert", "Social event", "Accompanying event", "Side event"),
})  # fmt: skip
"""Kind -> the words organisers write for it, besides the kind's own (English) key."""

AUTO_GROUP_PREFIX = "warsztaty"
"""Overlapping workshops without a group get one named "warsztaty-<day>-<start of the earliest>"."""

_FIELDS_BY_HEADER: dict[str, str] = {
    header_key(name): field for field, names in PROGRAMME_HEADERS.items() for name in (field, *names)
}
_KIND_WORDS: dict[str, str] = {header_key(name): kind for kind, names in KIND_NAMES.items() for name in names}
_KINDS: dict[str, str] = {header_key(kind): kind for kind in SESSION_KINDS} | _KIND_WORDS
_TIME = re.compile(r"(?:\d{4}-\d\d-\d\d[ T])?(\d{1,2})[:.](\d\d)(?:[:.]\d\d)?")
"""9:00, 09.00, Excel's 09:00:00, and a time cell read back as a date and time."""
_CAPACITY = re.compile(r"\d{1,9}")


@dataclass(frozen=True)
class ProgrammeFile:
    """What a programme file held: its sessions in file order (ids 0) and the rows skipped, with why."""

    sessions: list[Session]
    problems: list[RowProblem]


def read_programme(path: Path, event_days: tuple[str, ...]) -> ProgrammeFile:
    """Parse `path` (CSV or XLSX, told apart by content) into sessions of an event held on `event_days`.

    Days may be written as numbers (1, 2) or as dates of `event_days`. Raises `ImportFileError` when the file
    cannot be read or has no programme header or rows.
    """
    data = read_bytes(path)
    reader = _RowReader(event_days)
    if detect_kind(path.name, data) == "xlsx":
        return _read_workbook(path.name, data, reader)
    for records in csv_readings(path.name, data):
        header = _find_header(path.name, enumerate(records, 1))
        if header is not None:
            return _parse(path.name, header, reader)
    raise ImportFileError("no_programme_columns", file=path.name, columns=_names(REQUIRED_FIELDS))


def _read_workbook(name: str, data: bytes, reader: _RowReader) -> ProgrammeFile:
    """The first sheet (visible ones first) whose top rows hold a programme header."""
    with open_workbook(name, data) as sheets:
        for sheet in sheets:
            header = _find_header(name, enumerate(sheet_rows(name, sheet), 1))
            if header is not None:
                return _parse(name, header, reader)
        if not any(any(row) for sheet in sheets for row in sheet_rows(name, sheet)):
            raise ImportFileError("empty_file", file=name)
    raise ImportFileError("no_programme_columns", file=name, columns=_names(REQUIRED_FIELDS))


@dataclass(frozen=True)
class _Header:
    """The header row's columns (field -> index, header as written) and the numbered rows below it."""

    columns: Mapping[str, tuple[int, str]]
    rows: Iterator[tuple[int, list[str]]]


def _find_header(file_name: str, numbered: Iterator[tuple[int, list[str]]]) -> _Header | None:
    """The first of the top rows naming enough programme columns; refused when a required one is missing."""
    for number, cells in numbered:
        if number > HEADER_SEARCH_ROWS:
            return None
        columns: dict[str, tuple[int, str]] = {}
        for index, cell in enumerate(cells[:MAX_COLUMNS]):
            header = " ".join(cell.split())[:MAX_HEADER_LENGTH]
            field = _FIELDS_BY_HEADER.get(header_key(header))
            if field is not None and field not in columns:
                columns[field] = (index, header)
        if len(columns) >= HEADER_MIN_FIELDS:
            missing = [field for field in REQUIRED_FIELDS if field not in columns]
            if missing:
                raise ImportFileError("missing_programme_columns", file=file_name, columns=_names(missing))
            return _Header(columns, numbered)
    return None


def _names(fields: Sequence[str]) -> str:
    """Columns as organisers name them, with the English key: "Dzień" (day), "Koniec" (end)."""
    return ", ".join(f'"{PROGRAMME_HEADERS[field][0]}" ({field})' for field in fields)


def _parse(file_name: str, header: _Header, reader: _RowReader) -> ProgrammeFile:
    sessions: list[Session] = []
    problems: list[RowProblem] = []
    count = 0
    for number, cells in header.rows:
        values = reader.values(cells, header.columns, number, problems)
        if not any(values.values()):
            continue
        count += 1
        if count > MAX_SESSIONS:
            raise ImportFileError("too_many_sessions", file=file_name, limit=str(MAX_SESSIONS))
        session = reader.session(values, header.columns, number, problems)
        if session is not None:
            sessions.append(session)
    if not count:
        raise ImportFileError("no_programme_rows", file=file_name)
    return ProgrammeFile(_with_choice_groups(sessions), problems)


class _RowReader:
    """Turns one row's cells into a session, or into the problems that keep it out."""

    def __init__(self, event_days: tuple[str, ...]) -> None:
        self._event_days = event_days
        self._days = Converter(event_days, {})

    @staticmethod
    def values(
        cells: Sequence[str], columns: Mapping[str, tuple[int, str]], row: int, problems: list[RowProblem]
    ) -> dict[str, str]:
        """Field -> the cell's text, trimmed, inner whitespace collapsed, cut (and reported) when too long."""
        values = {}
        for field, (index, header) in columns.items():
            text = " ".join(cells[index].split()) if index < len(cells) else ""
            if len(text) > MAX_CELL_LENGTH:
                problems.append(
                    RowProblem(row, "cell_too_long", {"column": header, "limit": str(MAX_CELL_LENGTH)})
                )
                text = text[:MAX_CELL_LENGTH]
            values[field] = text
        return values

    def session(
        self, values: Mapping[str, str], columns: Mapping[str, tuple[int, str]], row: int,
        problems: list[RowProblem],
    ) -> Session | None:  # fmt: skip
        """The row's session; None, with the problems said, when a cell cannot be read."""
        found: list[RowProblem] = []

        def problem(code: str, field: str, **params: str) -> None:
            value = values[field][:MAX_HEADER_LENGTH]
            found.append(RowProblem(row, code, {"column": columns[field][1], "value": value, **params}))

        missing = [columns[field][1] for field in REQUIRED_FIELDS if not values[field]]
        if missing:
            problems.append(RowProblem(row, "missing_session_cells", {"columns": ", ".join(missing)}))
            return None
        day = self._day(values["day"])
        if day is None:
            problem("unknown_session_day", "day", days=", ".join(self._event_days))
        start, end = _time(values["start"]), _time(values["end"])
        for field, time in (("start", start), ("end", end)):
            if time is None:
                problem("bad_session_time", field)
        if start and end and end <= start:
            problem("end_before_start", "end", start=start)
        kind = _kind(values.get("kind", ""), values["title"])
        if kind is None:
            problem("unknown_session_kind", "kind", known=_known_kinds())
        capacity = values.get("capacity", "")
        if capacity and not (_CAPACITY.fullmatch(capacity) and int(capacity) > 0):
            problem("bad_session_capacity", "capacity")
        signup = yes_no(values["signup"]) if values.get("signup") else kind in SIGN_UP_KINDS
        if signup is None:
            problem("unknown_session_signup", "signup")
        problems.extend(found)
        if found or day is None or start is None or end is None or kind is None or signup is None:
            return None
        return Session(
            day=day, start=start, end=end, title=values["title"], room=values.get("room", ""), kind=kind,
            speakers=values.get("speakers", ""), capacity=int(capacity) if capacity else None,
            choice_group=values.get("choice_group", ""), signup=signup,
        )  # fmt: skip

    def _day(self, text: str) -> int | None:
        """A day number or a date of the event (what `checkin.importing.values` reads in a registrant's
        days)."""
        days, _ = self._days.convert("days", text)
        if days == () and len(self._event_days) == 1:
            return 1
        if isinstance(days, tuple) and len(days) == 1:
            return self._event_days.index(days[0]) + 1
        return None


def _time(text: str) -> str | None:
    """A time written "9:00", "09.00" or "9.00" as "09:00"; None when it is not a time of day."""
    match = _TIME.fullmatch(text)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _kind(text: str, title: str) -> str | None:
    """The kind the cell names; a blank cell takes the kind the title or its first word names ("Obiad",
    "Przerwa kawowa", "Warsztat 2: ...") and is a plenary otherwise. None for a kind nobody knows.

    Only the organisers' words name a kind in a title: the keys are English words a Polish title may start
    with for another reason ("Social media w pomocy społecznej").
    """
    if text:
        return _KINDS.get(header_key(text))
    first = next(iter(words(title)), "")
    return _KIND_WORDS.get(header_key(title)) or _KIND_WORDS.get(first) or "plenary"


def _known_kinds() -> str:
    return ", ".join(f"{KIND_NAMES[kind][0].lower()} ({kind})" for kind in SESSION_KINDS)


def _with_choice_groups(sessions: Sequence[Session]) -> list[Session]:
    """`sessions`, with workshops that have no choice group grouped by overlapping times on their day.

    Parallel workshops are what a guest picks one of, and a programme file rarely says so: each run of
    workshops whose times overlap (directly or through another) becomes a group named after its earliest
    start, e.g. "warsztaty-2-09:00". A workshop that overlaps no other stays ungrouped.
    """
    order = sorted(
        (i for i, s in enumerate(sessions) if s.kind == "workshop" and not s.choice_group),
        key=lambda i: (sessions[i].day, sessions[i].start),
    )
    runs: list[list[int]] = []
    for i in order:
        last = runs[-1] if runs else []
        if (
            last
            and sessions[last[0]].day == sessions[i].day
            and sessions[i].start < max(sessions[j].end for j in last)
        ):
            last.append(i)
        else:
            runs.append([i])
    grouped = list(sessions)
    for run in (run for run in runs if len(run) > 1):
        first = sessions[run[0]]
        for i in run:
            grouped[i] = replace(sessions[i], choice_group=f"{AUTO_GROUP_PREFIX}-{first.day}-{first.start}")
    return grouped

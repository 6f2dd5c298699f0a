"""Reading an organiser's registrant file (CSV or XLSX) into `Registrant` records: the import's public entry.

Pure parsing, no database: another module merges the result into the event. A file never fails whole for
one bad row: row-level trouble comes back as `RowProblem`s with the row number a spreadsheet user sees
(header = row 1). The steps, each in its own module:

- `spreadsheet`: the file's bytes -> rows of text cells (format, encoding, delimiter, sheets);
- `columns`: the header row -> which field each column feeds (the column plan);
- `values`: a cell's text -> a field value (category, days, consent, full name);
- here: the data rows -> records, duplicates merged -> `ParsedFile`.

A row the file does not hold faithfully is skipped with a problem saying why and what to do, never used as
it reads (a wrong value must not reach a guest, nor overwrite a good one): a cell flagged by `spreadsheet`
(a CSV quote that never closes, an XLSX formula never calculated), names that lost their letters to "?" in
a Windows-1250 CSV (`lossy`), or two columns for one field (two "Nazwisko", two "E-mail") that disagree.

`ImportFileError` and `RowProblem` live in `checkin.importing.problems` and are importable from here too.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from checkin.domain import DEFAULT_CATEGORY_LABELS, Registrant
from checkin.importing.columns import (
    MAX_COLUMNS,
    MAX_HEADER_LENGTH,
    Column,
    ColumnReading,
    Header,
    Plan,
    Why,
    check_mapping,
    column_letters,
    find_header,
)
from checkin.importing.lookalikes import Lookalike
from checkin.importing.lossy import fields_with_lost_letters
from checkin.importing.problems import ImportFileError, RowProblem
from checkin.importing.records import Merger, Record, Spill, merged_groups
from checkin.importing.spreadsheet import (
    FORMULA_WITHOUT_VALUE,
    CellFlaw,
    ListFile,
    csv_readings,
    list_file,
    open_workbook,
    sheet_rows,
)
from checkin.importing.status import ListedStatus
from checkin.importing.values import CONVERTED, Converter, split_full_name
from checkin.text import fold, fuller_spelling

__all__ = [
    "ColumnReading", "ImportFileError", "ParsedFile", "RowProblem", "Why", "read_columns", "read_registrants",
]  # fmt: skip

MAX_CELL_LENGTH = 2_000
"""A cell beyond this is a pasted document, not a registrant detail: it is cut and reported."""
MAX_ROWS = 1_000_000
"""A list beyond this is refused, counted while reading, before the rest of the file is read."""
_JOINED_FIELDS = frozenset({"workshop", "notes", "needs"})
"""Several such columns (a workshop choice per day) are all kept, joined; other fields take the one
non-empty cell, and a row where two of them disagree is skipped (`conflicting_columns`)."""
_NAME_PARTS = ("first_name", "last_name", "title")
_ANONYMOUS = frozenset({"anonymous", "anonimowy", "anonimowe"})
SAMPLES = 3
"""Distinct values shown per column in the import preview, taken from the first `SAMPLE_ROWS` data rows."""
SAMPLE_ROWS = 100
BATCH_ROWS = 5_000
"""Registrants read back, converted and written at a time: memory stays flat whatever the list's size."""

_Read = TypeVar("_Read")
_AfterHeader = Callable[[str, Header, Mapping[int, list[CellFlaw]], str], _Read]
"""What is done once a file's header row is found: (file name, header, flagged cells, sheet title)."""


@dataclass(frozen=True)
class ParsedFile:
    """What a file held. `merged` pairs (duplicate row, row it was merged into); `columns` maps every header
    to the field it fed ("extra" and "ignore" included); `readings` say, column by column, why, and `samples`
    hold, column by column, a few of its values as the file wrote them (for the preview).

    The registrants themselves are not held: `batches` reads them back from a temporary file, so a list
    of a million rows costs the import a few megabytes, not gigabytes."""

    problems: list[RowProblem]
    merged: list[tuple[int, int]]
    skipped: list[RowProblem]
    columns: Mapping[str, str]
    extra_columns: list[str]
    file_name: str
    spill: Spill = field(repr=False, compare=False)
    sheet: str = ""
    readings: tuple[ColumnReading, ...] = ()
    samples: tuple[tuple[str, ...], ...] = ()
    statuses: Mapping[str, tuple[int, ListedStatus]] = field(default_factory=dict)
    """Registrant source -> (row, what its status column said), for the rows where it said something."""
    count: int = 0
    """The registrants it holds (duplicates merged): what `batches` gives."""
    merged_names: tuple[str, ...] = ()
    """The person of each `merged` pair, by name."""
    lookalike_row_numbers: Sequence[int] = ()
    """The rows that look like an earlier row under another registration number, in order
    (`checkin.importing.lookalikes`); `named_lookalikes` names the first few."""
    named_lookalikes: tuple[Lookalike, ...] = ()

    def batches(self) -> Iterator[list[Registrant]]:
        """The registrants in the order of their first row, duplicates merged, BATCH_ROWS at a time."""
        duplicates = dict(self.merged)
        groups = merged_groups(self.spill, duplicates) if duplicates else {}
        batch: list[Registrant] = []
        for record in self.spill:
            if record.row in duplicates:
                continue
            batch.append(groups.pop(record.row, record).registrant(self.file_name))
            if len(batch) >= BATCH_ROWS:
                yield batch
                batch = []
        if batch:
            yield batch

    @property
    def registrants(self) -> list[Registrant]:
        """Every registrant at once, for a small list; an import takes `batches`."""
        return [person for batch in self.batches() for person in batch]


def read_registrants(
    path: Path | ListFile,
    *,
    event_days: tuple[str, ...],
    mapping: Mapping[str, str] | None = None,
    category_labels: Mapping[str, str] | None = None,
) -> ParsedFile:
    """Parse `path` (CSV or XLSX, told apart by content; a `ListFile` when it was looked at already) into
    registrants, merging duplicates.

    `event_days` are ISO dates: day 1 is `event_days[0]`. `mapping` (header -> field, or "ignore"/"extra")
    overrides the automatic header recognition. `category_labels` adds an event's own category names.
    Raises `ImportFileError` when nothing sensible can be read.
    """
    check_mapping(mapping or {})
    converter = Converter(event_days, category_labels or {})

    def parse(name: str, header: Header, flaws: Mapping[int, list[CellFlaw]], sheet: str) -> ParsedFile:
        return replace(_parse(name, header, converter, flaws), sheet=sheet)

    return _read_header(path, mapping, parse)


def read_columns(
    path: Path | ListFile, *, mapping: Mapping[str, str] | None = None
) -> tuple[ColumnReading, ...]:
    """How `read_registrants` would read the columns of `path`, from its header alone: the form of a list
    of 100,000 rows is known without reading them (the import window looks up the mapping remembered for
    it before the reading that counts)."""
    check_mapping(mapping or {})
    return _read_header(path, mapping, lambda _name, header, _flaws, _sheet: header.plan.readings)


def _read_header(
    path: Path | ListFile, mapping: Mapping[str, str] | None, then: _AfterHeader[_Read]
) -> _Read:
    file = path if isinstance(path, ListFile) else list_file(path)
    if file.kind == "xlsx":
        return _read_workbook(file.path.name, file.data, mapping, then)
    return _read_csv(file.path, mapping, then)


def _read_csv(path: Path, mapping: Mapping[str, str] | None, then: _AfterHeader[_Read]) -> _Read:
    """The first delimiter under which the top rows hold a header with name columns."""
    for records in csv_readings(path.name, path):
        header = find_header(path.name, enumerate(records, 1), mapping)
        if header is not None:
            return then(path.name, header, records.flaws, "")
    raise ImportFileError("no_name_columns", file=path.name)


def _read_workbook(
    name: str, data: bytes, mapping: Mapping[str, str] | None, then: _AfterHeader[_Read]
) -> _Read:
    """The first sheet (visible ones first) whose top rows hold a header with name columns."""
    with open_workbook(name, data) as sheets:
        for sheet in sheets:
            rows = sheet_rows(name, sheet)
            header = find_header(name, enumerate(rows, 1), mapping)
            if header is not None:
                return then(name, header, rows.flaws, sheet.title)
        if not any(any(row) for sheet in sheets for row in sheet_rows(name, sheet)):
            raise ImportFileError("empty_file", file=name)
        raise ImportFileError("no_name_columns", file=name)


class _RowReader:
    """Reads data rows by the plan. The common case, one plain column per field, is inlined in `read`: this
    loop runs once per cell of a 100,000-row import that must finish within the benchmark's budget."""

    def __init__(self, plan: Plan, converter: Converter) -> None:
        self.converter = converter
        self.simple: list[tuple[str, int, str, dict[str, tuple[object, str]] | None]] = []
        self.multi: list[tuple[str, tuple[Column, ...]]] = []
        for name, columns in plan.fields:
            plain = name in converter.caches or name not in CONVERTED
            if len(columns) == 1 and not columns[0].account and name != "notes" and plain:
                self.simple.append((name, columns[0].index, columns[0].header, converter.caches.get(name)))
            else:
                self.multi.append((name, columns))
        self.extra = [(column.index, column.header) for column in plan.extra]
        self.width = len(plan.columns)

    def read(self, cells: Sequence[str], row: int) -> tuple[Record, list[RowProblem]]:
        values: dict[str, object] = {}
        problems: list[RowProblem] = []
        width = len(cells)
        for name, index, header, cache in self.simple:
            raw = cells[index] if index < width else ""
            text = " ".join(raw.split()) if raw else ""
            if not text:
                continue
            if len(text) > MAX_CELL_LENGTH:
                text = _cut(text, header, row, problems)
            if cache is None:
                values[name] = text
                continue
            value, code = cache.get(text) or self.converter.convert(name, text)
            if code:
                problems.append(RowProblem(row, code, self._problem_params(code, text, header)))
            if value is not None:
                values[name] = value
        for name, columns in self.multi:
            text, header = self._field_text(cells, columns, name, row, problems)
            if text:
                self._convert(values, problems, name, text, header, row)
        extra: dict[str, str] = {}
        for index, header in self.extra:
            raw = cells[index] if index < width else ""
            text = " ".join(raw.split()) if raw else ""
            if text:
                extra[header] = text if len(text) <= MAX_CELL_LENGTH else _cut(text, header, row, problems)
        if width > self.width:
            self._beyond_header(cells, row, extra, problems)
        _split_name_cell(values)
        return Record(row, values, extra), problems

    def _beyond_header(
        self, cells: Sequence[str], row: int, extra: dict[str, str], problems: list[RowProblem]
    ) -> None:
        """Cells right of the last header (a column someone forgot to name) still land in `extra`."""
        for index in range(self.width, min(len(cells), MAX_COLUMNS)):
            text = " ".join(cells[index].split())
            if text:
                header = f"Column {column_letters(index)}"
                extra[header] = text if len(text) <= MAX_CELL_LENGTH else _cut(text, header, row, problems)

    def _convert(
        self, values: dict[str, object], problems: list[RowProblem], name: str, text: str, header: str,
        row: int,
    ) -> None:  # fmt: skip
        value, code = self.converter.convert(name, text)
        if code:
            problems.append(RowProblem(row, code, self._problem_params(code, text, header)))
        if value is not None:
            values[name] = value

    def _field_text(
        self, cells: Sequence[str], columns: Sequence[Column], name: str, row: int,
        problems: list[RowProblem],
    ) -> tuple[str, str]:  # fmt: skip
        """The non-empty column's text, or all of them joined for workshop, notes and needs."""
        if name not in _JOINED_FIELDS:
            return self._single_text(cells, columns, row, problems)
        joined: list[str] = []
        for column in columns:
            text = self._cell(cells, column, row, problems, multiline=name == "notes")
            if text and text not in joined:
                joined.append(text)
        return ("\n" if name == "notes" else "; ").join(joined), columns[0].header

    def _single_text(
        self, cells: Sequence[str], columns: Sequence[Column], row: int, problems: list[RowProblem]
    ) -> tuple[str, str]:
        """The one value the field's columns hold; two that differ beyond case and diacritics are a
        `conflicting_columns` problem. An MS Forms account column only fills in where the form asked
        nothing: it may well differ (a secretary's account), so it is never compared."""
        found: tuple[str, str] | None = None
        for column in columns:
            text = self._cell(cells, column, row, problems)
            if not text or (column.account and found is not None):
                continue
            if found is None:
                found = (text, column.header)
            elif fold(text) != fold(found[0]):
                problems.append(RowProblem(row, "conflicting_columns", {
                    "column": found[1], "value": found[0][:MAX_HEADER_LENGTH],
                    "other": column.header, "other_value": text[:MAX_HEADER_LENGTH],
                }))  # fmt: skip
                break
            else:
                found = (str(fuller_spelling(found[0], text)), found[1])
        return found or ("", columns[0].header)

    @staticmethod
    def _cell(
        cells: Sequence[str],
        column: Column,
        row: int,
        problems: list[RowProblem],
        *,
        multiline: bool = False,
    ) -> str:
        """Trimmed, inner whitespace collapsed (line breaks kept in notes), bounded to MAX_CELL_LENGTH."""
        raw = cells[column.index] if column.index < len(cells) else ""
        if not raw:
            return ""
        if multiline:
            text = "\n".join(filter(None, (" ".join(line.split()) for line in raw.splitlines())))
        else:
            text = " ".join(raw.split())
        if len(text) > MAX_CELL_LENGTH:
            text = _cut(text, column.header, row, problems)
        if column.account and fold(text) in _ANONYMOUS:
            return ""
        return text

    def _problem_params(self, code: str, text: str, header: str) -> dict[str, str]:
        params = {"column": header, "value": text[:MAX_HEADER_LENGTH]}
        if code == "unknown_category":
            params["known"] = ", ".join(DEFAULT_CATEGORY_LABELS.values())
        elif code == "unknown_days":
            params["days"] = ", ".join(self.converter.event_days)
        return params


def _cut(text: str, header: str, row: int, problems: list[RowProblem]) -> str:
    problems.append(RowProblem(row, "cell_too_long", {"column": header, "limit": str(MAX_CELL_LENGTH)}))
    return text[:MAX_CELL_LENGTH]


def _split_name_cell(values: dict[str, object]) -> None:
    full = values.pop("full_name", None)
    if not isinstance(full, str) or values.get("first_name") or values.get("last_name"):
        return
    title, first, last = split_full_name(full)
    values.update((key, value) for key, value in (("first_name", first), ("last_name", last)) if value)
    if title and not values.get("title"):
        values["title"] = title


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector: a big import allocates millions of small objects but no cycles, and the
    collector's repeated passes over them cost about a third of the parse time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parse(
    file_name: str, header: Header, converter: Converter, flaws: Mapping[int, list[CellFlaw]]
) -> ParsedFile:
    with _no_cycle_collection():
        return _parse_rows(file_name, header, converter, flaws)


def _parse_rows(
    file_name: str, header: Header, converter: Converter, flaws: Mapping[int, list[CellFlaw]]
) -> ParsedFile:
    reader = _RowReader(header.plan, converter)
    doubts = _Doubts(header.plan)
    merger = Merger(Spill())
    problems: list[RowProblem] = []
    skipped: list[RowProblem] = []
    statuses: dict[int, ListedStatus] = {}
    samples: list[list[str]] = [[] for _ in header.plan.readings]
    count = 0
    for number, cells in header.rows:
        flaw = doubts.flaw(flaws[number]) if number in flaws else None
        if flaw is not None:
            count += 1
            skipped.append(flaw)
            continue
        record, row_problems = reader.read(cells, number)
        if not record.values and not record.extra:
            continue  # a blank row, or only a form's timestamp: nothing the organiser typed
        count += 1
        if count <= SAMPLE_ROWS:
            _add_samples(samples, cells)
        if count > MAX_ROWS:
            raise ImportFileError("too_many_rows", file=file_name, limit=str(MAX_ROWS))
        if not record.values.get("first_name") and not record.values.get("last_name"):
            skipped.append(RowProblem(number, "missing_name", {"preview": _preview(record)}))
            continue
        doubt = doubts.of_record(record, row_problems)
        if doubt is not None:
            skipped.append(doubt)
            continue
        problems.extend(row_problems)
        status = record.values.pop("status", None)  # not a field of the guest's record: kept apart
        into = merger.add(record)
        if isinstance(status, ListedStatus):
            statuses[into] = status  # a later duplicate's status overlays, as its other values do
    if not count:
        raise ImportFileError("no_data_rows", file=file_name)
    merger.spill.flush()
    return ParsedFile(
        problems=problems,
        merged=merger.merged,
        skipped=skipped,
        columns=header.plan.columns,
        extra_columns=[column.header for column in header.plan.extra],
        readings=header.plan.readings,
        samples=tuple(map(tuple, samples)),
        statuses={f"{file_name}:{row}": (row, status) for row, status in statuses.items()},
        file_name=file_name,
        spill=merger.spill,
        count=len(merger.rows),
        merged_names=tuple(merger.merged_names),
        lookalike_row_numbers=merger.lookalike_row_numbers,
        named_lookalikes=tuple(merger.lookalikes(file_name)),
    )


def _add_samples(samples: list[list[str]], cells: Sequence[str]) -> None:
    for index, values in enumerate(samples[: len(cells)]):
        text = " ".join(cells[index].split())[:MAX_HEADER_LENGTH]
        if text and len(values) < SAMPLES and text not in values:
            values.append(text)


class _Doubts:
    """Why a row cannot be trusted as it reads, as the problem that skips it (None: it can be)."""

    def __init__(self, plan: Plan) -> None:
        self.ignored = {reading.index for reading in plan.readings if reading.field == "ignore"}
        self.headers = {reading.index: reading.header for reading in plan.readings}
        self.field_headers = {name: columns[0].header for name, columns in plan.fields}
        full_name = self.field_headers.get("full_name")
        if full_name is not None:
            self.field_headers = {**dict.fromkeys(_NAME_PARTS, full_name), **self.field_headers}

    def flaw(self, flaws: list[CellFlaw]) -> RowProblem | None:
        """A flawed cell spoils its row unless its column is one the import ignores (a form's timestamp, a
        row counter written as =ROW()-1)."""
        for flaw in flaws:
            if flaw.code == FORMULA_WITHOUT_VALUE and flaw.column not in self.ignored:
                return RowProblem(flaw.row, flaw.code, {"cell": f"{column_letters(flaw.column)}{flaw.row}"})
            if flaw.code != FORMULA_WITHOUT_VALUE:
                header = self.headers.get(flaw.column, f"Column {column_letters(flaw.column)}")
                return RowProblem(flaw.row, flaw.code, {"column": header})
        return None

    def of_record(self, record: Record, problems: list[RowProblem]) -> RowProblem | None:
        conflict = next((p for p in problems if p.code == "conflicting_columns"), None) if problems else None
        if conflict is not None:
            return conflict
        lost = fields_with_lost_letters(record.values)
        if not lost:
            return None
        value = str(record.values[lost[0]])
        return RowProblem(record.row, "lost_letters", {
            "column": self.field_headers.get(lost[0], lost[0]), "value": value[:MAX_HEADER_LENGTH],
        })  # fmt: skip


def _preview(record: Record) -> str:
    """A few of the row's values, so the organiser can find a skipped row without counting."""
    parts: Iterable[object] = (*record.values.values(), *record.extra.values())
    return ", ".join(str(part) for part in parts if part)[:80]

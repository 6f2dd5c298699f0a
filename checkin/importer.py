"""Reading an organiser's registrant file (CSV or XLSX) into `Registrant` records.

Pure parsing, no database: another module merges the result into the event. Organisers send whatever their
form tool or spreadsheet produced (Google Forms, MS Forms, Excel in Windows-1250, a hand-made list), so the
reader guesses format, encoding, delimiter and header meaning, and never fails a whole file for one bad row:
row-level trouble comes back as `RowProblem`s with the row number a spreadsheet user sees (header = row 1).
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from pathlib import Path
from types import MappingProxyType
from typing import Any

from checkin.domain import CATEGORIES, DEFAULT_CATEGORY_LABELS, Registrant
from checkin.identity import Identity, IdentityIndex
from checkin.text import fold, is_email, words

MAX_CELL_LENGTH = 2_000
"""A cell beyond this is a pasted document, not a registrant detail: it is cut and reported."""
MAX_ROWS = 200_000
MAX_COLUMNS = 500
MAX_FILE_BYTES = 256 * 1024 * 1024
HEADER_SEARCH_ROWS = 10
"""Organisers often put a title line or two above the header; it is looked for in this many rows."""
_MAX_HEADER_LENGTH = 200
_SAMPLE = 64 * 1024

FIELD_HEADERS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "first_name": ("Imię", "First name", "Firstname", "Given name"),
    "last_name": ("Nazwisko", "Last name", "Lastname", "Surname", "Family name"),
    "full_name": ("Imię i nazwisko", "Imię nazwisko", "Full name", "Name", "Nazwa", "Name and surname",
                  "Uczestnik", "Imię i nazwisko uczestnika", "Participant name"),
    "title": ("Tytuł", "Title", "Tytuł naukowy", "Stopień naukowy", "Tytuł/stopień", "Academic title",
              "Degree"),
    "position": ("Stanowisko", "Position", "Job title", "Funkcja", "Job position"),
    "organisation": ("Instytucja", "Organizacja", "Firma", "Organisation", "Organization", "Company",
                     "Nazwa instytucji", "Nazwa firmy", "Nazwa organizacji", "Institution", "Affiliation",
                     "Afiliacja", "Uczelnia", "Miejsce pracy", "Employer"),
    "city": ("Miejscowość", "Miasto", "City", "Town"),
    "email": ("E-mail", "Adres e-mail", "Email address", "E-mail address", "Mail",
              "Adres poczty elektronicznej"),
    "phone": ("Telefon", "Phone", "Nr telefonu", "Numer telefonu", "Phone number", "Tel",
              "Telefon kontaktowy", "Telefon komórkowy", "Mobile"),
    "category": ("Kategoria", "Rola", "Category", "Role", "Kategoria uczestnika", "Participant type"),
    "workshop": ("Warsztat", "Warsztaty", "Workshop", "Workshops"),
    "notes": ("Uwagi", "Notes", "Comments", "Komentarz", "Komentarze", "Uwagi dodatkowe", "Remarks"),
    "needs": ("Potrzeby", "Dieta", "Needs", "Diet", "Special needs", "Dietary requirements",
              "Potrzeby specjalne", "Szczególne potrzeby", "Wymagania dietetyczne"),
    "days": ("Dni", "Days", "Dzień", "Day", "Dni udziału", "Udział w dniach", "Attendance days"),
    "consent_data": ("Zgoda na przetwarzanie danych", "Zgoda na przetwarzanie danych osobowych",
                     "Data processing consent", "Zgoda RODO", "RODO", "GDPR consent"),
    "consent_image": ("Zgoda na wizerunek", "Zgoda na publikację wizerunku",
                      "Zgoda na wykorzystanie wizerunku", "Image consent", "Photo consent"),
    "registration_id": ("ID", "Nr zgłoszenia", "Numer zgłoszenia", "Registration ID", "ID zgłoszenia",
                        "Identyfikator", "Registration number"),
})  # fmt: skip
"""Field -> header names recognised for it, compared with `fold`ed letters and digits only."""

IGNORED_HEADERS: tuple[str, ...] = (
    "Sygnatura czasowa", "Timestamp", "Godzina rozpoczęcia", "Godzina ukończenia", "Start time",
    "Completion time", "Last modified time", "Godzina ostatniej modyfikacji", "Lp.",
)  # fmt: skip
"""Form-tool bookkeeping and row counters: never a registrant detail, so not even kept in `extra`."""

MAPPABLE_FIELDS: frozenset[str] = frozenset(FIELD_HEADERS) | {"ignore", "extra"}

CATEGORY_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "participant": ("Uczestnik", "Uczestniczka", "Participant", "Attendee", "Delegate", "Słuchacz"),
    "speaker": ("Prelegent", "Prelegentka", "Speaker", "Referent", "Referentka", "Wykładowca", "Panelista",
                "Panelistka", "Panelist", "Presenter"),
    "honorary_guest": ("Gość honorowy", "Gość specjalny", "VIP", "Honorary guest", "Guest of honour",
                       "Guest of honor", "Special guest"),
    "organiser": ("Organizator", "Organizatorka", "Organiser", "Organizer", "Komitet organizacyjny"),
    "press": ("Media", "Prasa", "Press", "Dziennikarz", "Dziennikarka", "Journalist"),
    "partner": ("Partner", "Partnerka", "Sponsor", "Wystawca", "Exhibitor"),
    "staff": ("Obsługa", "Staff", "Wolontariusz", "Wolontariuszka", "Volunteer", "Crew"),
})  # fmt: skip

_TITLE_WORDS = frozenset({
    "prof", "profesor", "professor", "dr", "doc", "hab", "mgr", "inz", "lek", "med", "dent", "wet", "farm",
    "lic", "ks", "mr", "mrs", "ms", "phd", "md", "mba", "msc", "dsc",
})  # fmt: skip
_WORKSHOP_STEMS = ("warsztat", "workshop")
_JOINED_FIELDS = frozenset({"workshop", "notes", "needs"})
"""Several such columns (a workshop choice per day) are all kept, joined; other fields take the first."""
_MS_FORMS_TIMES = frozenset({"starttime", "completiontime", "godzinarozpoczecia", "godzinaukonczenia"})
_MS_FORMS_ACCOUNT = frozenset(
    {"email", "adresemail", "name", "nazwa", "lastmodifiedtime", "godzinaostatniejmodyfikacji"}
)
_ANONYMOUS = frozenset({"anonymous", "anonimowy", "anonimowe"})
_ALL_DAYS = frozenset({
    "oba", "obydwa", "oba dni", "obydwa dni", "both", "both days", "all", "all days", "wszystkie",
    "wszystkie dni", "caly kongres", "cale wydarzenie", "whole event",
})  # fmt: skip
_DAY_NOISE = frozenset({"dzien", "dnia", "dni", "day", "days", "i", "and", "oraz", "tylko", "only"})
_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[./](\d{1,2})(?:[./](\d{4}|\d{2}))?")
_YES = frozenset({"tak", "yes", "y", "t", "x", "1", "true", "prawda", "zgoda", "ok", "agree"})
_NO = frozenset({"nie", "no", "n", "0", "false", "falsz", "brak", "brak zgody"})
_YES_PREFIXES = ("tak ", "yes ", "wyrazam zgode", "zgadzam sie", "akceptuje", "i agree", "i consent")
_NO_PREFIXES = ("nie ", "no ", "brak zgody", "i do not", "i don t", "odmawiam")
_IDENTITY_FIELDS = ("registration_id", "email", "first_name", "last_name", "organisation")
_CONVERTED = frozenset({"email", "category", "days", "consent_data", "consent_image"})
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CONTROLS = tuple(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127))
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
"""Old .xls and .doc files, and also password-protected .xlsx ones, are OLE compound files."""
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MAGIC = ((b"%PDF", "PDF"), (_OLE_MAGIC, "XLS (Excel 97-2003)"), (b"{\\rtf", "RTF"))

_FILE_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "cannot_open": 'The file "{file}" cannot be opened; check that it exists and is not open elsewhere.',
        "file_too_large": 'The file "{file}" is larger than {limit} MB; split the registrant list into '
        "smaller files.",
        "empty_file": 'The file "{file}" is empty; export the registrant list again and choose the new file.',
        "binary_file": 'The file "{file}" is neither a text (CSV) nor an Excel file; save the registrant '
        "list as CSV or XLSX and choose that file.",
        "unsupported_format": 'The file "{file}" is saved as {format}, which cannot be imported; open it '
        "and save it as Excel (.xlsx) or CSV.",
        "protected_xlsx": 'The Excel file "{file}" is protected with a password; open it in Excel, remove '
        "the password and save it again.",
        "unreadable_xlsx": 'The Excel file "{file}" is damaged and cannot be read; open it in Excel, save it '
        "again as .xlsx and choose the new file.",
        "unreadable_csv": 'The file "{file}" breaks the CSV format near line {line}; open it in a '
        "spreadsheet, save it again as CSV and choose the new file.",
        "no_name_columns": 'No name column was found in "{file}"; its header row needs "Imię" and '
        '"Nazwisko" (or "Imię i nazwisko") columns, so rename them or map the columns by hand.',
        "no_data_rows": 'The file "{file}" has a header row but no registrants below it; check that the '
        "right file or sheet was exported.",
        "too_many_rows": 'The file "{file}" has more than {limit} registrant rows; split it into smaller '
        "files.",
        "too_many_columns": 'The file "{file}" has more than {limit} columns; remove the unused columns and '
        "import it again.",
        "bad_mapping": 'The column mapping "{header}" -> "{field}" does not fit this file; map a column that '
        'exists in the file to a known field, or to "ignore".',
    }
)

_ROW_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "missing_name": "Row {row} has no first or last name ({preview}), so it was skipped; add the name in "
        "the file and import it again.",
        "bad_email": 'Row {row}: "{value}" is not a valid e-mail address; it was imported as written, so '
        "correct it in the file or on the attendee's record.",
        "unknown_category": 'Row {row}: the category "{value}" is not known, so the person was imported as a '
        "participant; use a category name such as {known}, or change it after the import.",
        "unknown_days": 'Row {row}: the days "{value}" do not match the event days ({days}), so the person '
        'was registered for every day; write day numbers (1, 2), dates or "oba", or fix it afterwards.',
        "unknown_consent": 'Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the '
        'consent was left unanswered; write "tak" or "nie".',
        "cell_too_long": 'Row {row}: the cell in column "{column}" is longer than {limit} characters, so '
        "only its beginning was kept; shorten it in the file if the rest matters.",
    }
)


class _Params(dict[str, str]):
    """Formatting never fails on a missing placeholder: a "?" in a message beats a crash in an error path."""

    def __missing__(self, key: str) -> str:
        return "?"


class ImportFileError(Exception):
    """The file as a whole cannot be imported. `code` is a stable key for translation, `params` its values."""

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.params: Mapping[str, str] = MappingProxyType(dict(params))
        super().__init__(
            _FILE_MESSAGES.get(code, "The file cannot be imported ({code}).").format_map(
                _Params(params, code=code)
            )
        )


@dataclass(frozen=True)
class RowProblem:
    """Something wrong in one row; the row was still imported unless it is in `ParsedFile.skipped`."""

    row: int
    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        template = _ROW_MESSAGES.get(self.code, "Row {row}: {code}.")
        return template.format_map(_Params(self.params, row=str(self.row), code=self.code))


@dataclass(frozen=True)
class ParsedFile:
    """What a file held. `merged` pairs (duplicate row, row it was merged into); `columns` maps every header
    to the field it fed ("extra" and "ignore" included)."""

    registrants: list[Registrant]
    problems: list[RowProblem]
    merged: list[tuple[int, int]]
    skipped: list[RowProblem]
    columns: Mapping[str, str]
    extra_columns: list[str]
    sheet: str = ""


def header_key(header: str) -> str:
    """What two headers must share to mean the same column: folded letters and digits, nothing else."""
    return "".join(words(header))


_HEADER_FIELDS: dict[str, str] = {
    header_key(name): name_field for name_field, names in FIELD_HEADERS.items() for name in names
} | {header_key(name): "ignore" for name in IGNORED_HEADERS}


def read_registrants(
    path: Path,
    *,
    event_days: tuple[str, ...],
    mapping: Mapping[str, str] | None = None,
    category_labels: Mapping[str, str] | None = None,
) -> ParsedFile:
    """Parse `path` (CSV or XLSX, told apart by content) into registrants, merging duplicates.

    `event_days` are ISO dates: day 1 is `event_days[0]`. `mapping` (header -> field, or "ignore"/"extra")
    overrides the automatic header recognition. `category_labels` adds an event's own category names.
    Raises `ImportFileError` when nothing sensible can be read.
    """
    _check_mapping_fields(mapping or {})
    data = _read_bytes(path)
    converter = _Converter(event_days, category_labels or {})
    if _detect_kind(path.name, data) == "xlsx":
        return _read_workbook(path.name, data, mapping, converter)
    text = _strip_sep_line(_decode(path.name, data))
    if not text.strip():
        raise ImportFileError("empty_file", file=path.name)
    header = None
    for delimiter in _delimiter_candidates(text):
        header = _find_header(path.name, enumerate(_csv_records(path.name, text, delimiter), 1), mapping)
        if header is not None:
            break
    if header is None:
        raise ImportFileError("no_name_columns", file=path.name)
    return _parse(path.name, header, converter)


def _check_mapping_fields(mapping: Mapping[str, str]) -> None:
    for header, target in mapping.items():
        if target not in MAPPABLE_FIELDS:
            raise ImportFileError("bad_mapping", header=header, field=target)


def _read_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("file_too_large", file=path.name, limit=str(MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError("cannot_open", file=path.name) from error
    if not data.strip():
        raise ImportFileError("empty_file", file=path.name)
    return data


def _detect_kind(name: str, data: bytes) -> str:
    """Tell XLSX from CSV by the bytes: organisers rename files, and the extension then lies."""
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data:
        raise ImportFileError("protected_xlsx", file=name)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError("unsupported_format", file=name, format=kind)
    if not data.startswith(b"PK\x03\x04"):
        return "csv"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile as error:
        raise ImportFileError("unreadable_xlsx", file=name) from error
    if any(member.startswith("xl/") for member in names):
        return "xlsx"
    for prefix, kind in (("word/", "DOCX"), ("ppt/", "PPTX"), ("content.xml", "OpenDocument")):
        if any(member.startswith(prefix) for member in names):
            raise ImportFileError("unsupported_format", file=name, format=kind)
    raise ImportFileError("binary_file", file=name)


def _decode(name: str, data: bytes) -> str:
    """UTF-16 (Excel's "Unicode text"), UTF-8 with or without BOM, else Windows-1250 (Polish Excel's CSV)."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            raise ImportFileError("binary_file", file=name)
        else:
            text = _decode_8bit(data)
    except UnicodeDecodeError as error:
        raise ImportFileError("binary_file", file=name) from error
    sample = text[:_SAMPLE]
    if sum(map(sample.count, _CONTROLS)) > max(2, len(sample) // 100):
        raise ImportFileError("binary_file", file=name)
    if sample.lstrip().startswith("<"):
        raise ImportFileError("unsupported_format", file=name, format="HTML/XML")
    return text


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1250")


def _strip_sep_line(text: str) -> str:
    """Drop Excel's "sep=;" hint line: Excel hides it, so the header below it is what users call row 1."""
    if text[:4].lower() == "sep=":
        line, _, rest = text.partition("\n")
        if len(line.strip()) == 5:
            return rest
    return text


def _delimiter_candidates(text: str) -> list[str]:
    """Delimiters to try, likeliest first: the sniffer's guess, then by count in the first non-empty line."""
    sample = text[: 16 * 1024]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    by_count = sorted(";,\t", key=first.count, reverse=True)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        return by_count
    if sniffed not in first:
        return by_count
    return [sniffed, *(d for d in by_count if d != sniffed)]


def _csv_records(name: str, text: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        raise ImportFileError("unreadable_csv", file=name, line=str(reader.line_num)) from error


def _read_workbook(
    name: str, data: bytes, mapping: Mapping[str, str] | None, converter: _Converter
) -> ParsedFile:
    """The first sheet (visible ones first) whose top rows hold a header with name columns."""
    import openpyxl  # deferred: loading it costs a quarter second that CSV imports need not pay

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises anything from KeyError to XML errors on a broken file
        raise ImportFileError("unreadable_xlsx", file=name) from error
    try:
        sheets = sorted(workbook.worksheets, key=lambda sheet: sheet.sheet_state != "visible")
        for sheet in sheets:
            sheet.reset_dimensions()  # tools other than Excel write wrong dimensions, cutting rows off
            header = _find_header(name, enumerate(_sheet_rows(name, sheet), 1), mapping)
            if header is not None:
                return replace(_parse(name, header, converter), sheet=sheet.title)
        if not any(any(row) for sheet in sheets for row in _sheet_rows(name, sheet)):
            raise ImportFileError("empty_file", file=name)
        raise ImportFileError("no_name_columns", file=name)
    finally:
        workbook.close()


def _sheet_rows(name: str, sheet: Any) -> Iterator[list[str]]:
    try:
        for values in sheet.iter_rows(values_only=True):
            yield [_cell_text(value) for value in values]
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError("unreadable_xlsx", file=name) from error


def _cell_text(value: object) -> str:
    """Excel values as the organiser sees them: 600123456.0 is a phone number, a midnight datetime a date."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    account: bool = False
    """An MS Forms respondent-account column: "anonymous" there means blank."""


@dataclass(frozen=True)
class _Plan:
    """How each column feeds the record, computed once per file so rows cost only lookups."""

    fields: tuple[tuple[str, tuple[_Column, ...]], ...]
    extra: tuple[_Column, ...]
    columns: Mapping[str, str]

    @property
    def has_names(self) -> bool:
        return any(name in {"first_name", "last_name", "full_name"} for name, _ in self.fields)


@dataclass(frozen=True)
class _Header:
    row: int
    plan: _Plan
    rows: Iterator[tuple[int, list[str]]]


def _find_header(
    file_name: str, numbered: Iterator[tuple[int, list[str]]], mapping: Mapping[str, str] | None
) -> _Header | None:
    """The first of the top rows that maps to name columns; `rows` then continues right below it."""
    for number, cells in numbered:
        if number > HEADER_SEARCH_ROWS:
            return None
        headers = _header_cells(cells)
        if not headers:
            continue
        plan = _plan(headers, mapping, strict=False)
        if plan.has_names:
            if len(headers) > MAX_COLUMNS:
                raise ImportFileError("too_many_columns", file=file_name, limit=str(MAX_COLUMNS))
            return _Header(number, _plan(headers, mapping, strict=True), numbered)
    return None


def _header_cells(cells: Sequence[str]) -> list[str]:
    headers = [" ".join(cell.split())[:_MAX_HEADER_LENGTH] for cell in cells]
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _plan(headers: Sequence[str], mapping: Mapping[str, str] | None, *, strict: bool) -> _Plan:
    names = _display_names(headers)
    keys = [header_key(header) for header in headers]
    chosen = [_auto_field(header, key) for header, key in zip(headers, keys, strict=True)]
    explicit = _explicit_fields(keys, mapping or {}, strict=strict)
    chosen = [explicit.get(index, target) for index, target in enumerate(chosen)]
    account = _account_columns(keys)
    if "first_name" in chosen or "last_name" in chosen:  # separate name columns beat a full-name one
        unused = {index: "ignore" if index in account else "extra" for index in range(len(chosen))}
        chosen = [unused[index] if target == "full_name" else target for index, target in enumerate(chosen)]
    grouped: dict[str, list[_Column]] = {}
    for index in sorted(range(len(headers)), key=lambda i: (i not in explicit, i in account, i)):
        grouped.setdefault(chosen[index], []).append(_Column(index, names[index], index in account))
    extra = tuple(grouped.pop("extra", ()))
    grouped.pop("ignore", None)
    return _Plan(
        tuple((name, tuple(cols)) for name, cols in grouped.items()),
        extra,
        dict(zip(names, chosen, strict=True)),
    )


def _display_names(headers: Sequence[str]) -> list[str]:
    """Unique header names for `extra` keys: a blank header becomes "Column C", a repeat gets " (2)"."""
    names: list[str] = []
    for index, header in enumerate(headers):
        name = header or f"Column {_column_letters(index)}"
        base, count = name, 1
        while name in names:
            count += 1
            name = f"{base} ({count})"
        names.append(name)
    return names


def _column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _auto_field(header: str, key: str) -> str:
    found = _HEADER_FIELDS.get(key)
    if found is None and ("(" in header or "[" in header):
        found = _HEADER_FIELDS.get(header_key(_PARENS.sub(" ", header)))
    if found is None and any(word.startswith(_WORKSHOP_STEMS) for word in words(header)):
        found = "workshop"
    return found or "extra"


def _explicit_fields(keys: Sequence[str], mapping: Mapping[str, str], *, strict: bool) -> dict[int, str]:
    explicit: dict[int, str] = {}
    for header, target in mapping.items():
        matches = [index for index, key in enumerate(keys) if key and key == header_key(header)]
        if not matches and strict:
            raise ImportFileError("bad_mapping", header=header, field=target)
        explicit.update((index, target) for index in matches)
    return explicit


def _account_columns(keys: Sequence[str]) -> set[int]:
    """MS Forms puts the respondent's account (e-mail, name, often "anonymous") right after its times."""
    account: set[int] = set()
    in_metadata = False
    for index, key in enumerate(keys[:8]):
        if key in _MS_FORMS_TIMES:
            in_metadata = True
        elif in_metadata and key in _MS_FORMS_ACCOUNT:
            account.add(index)
        elif in_metadata:
            break
    return account


class _Converter:
    """Turns cleaned cell text into field values; answers are cached because categories and days repeat."""

    def __init__(self, event_days: tuple[str, ...], category_labels: Mapping[str, str]) -> None:
        self.event_days = event_days
        self.categories = {header_key(key): key for key in CATEGORIES}
        for key, names in CATEGORY_NAMES.items():
            self.categories.update((header_key(name), key) for name in names)
        self.categories.update(
            (header_key(label), key) for key, label in category_labels.items() if key in CATEGORIES
        )
        self.caches: dict[str, dict[str, tuple[object, str]]] = {name: {} for name in _CONVERTED}

    def convert(self, name: str, text: str) -> tuple[object, str]:
        """(value, problem code or ""); a value of None means "leave the field unset"."""
        cache = self.caches.get(name)
        if cache is None:
            return text, ""
        result = cache.get(text)
        if result is None:
            result = cache[text] = self._lookup(name, text)
        return result

    def _lookup(self, name: str, text: str) -> tuple[object, str]:
        if name == "email":
            email = text.lower().removeprefix("mailto:")
            return email, "" if is_email(email) else "bad_email"
        if name == "category":
            key = self.categories.get(header_key(text))
            return key, "" if key else "unknown_category"
        if name == "days":
            days = self._days(text)
            return days, "" if days is not None else "unknown_days"
        consent = _consent(" ".join(words(text)))
        return consent, "" if consent is not None else "unknown_consent"

    def _days(self, text: str) -> tuple[str, ...] | None:
        """Day numbers, dates or "both" onto `event_days`; every day is `()`, anything unknown None."""
        folded = fold(text)
        if " ".join(words(folded)) in _ALL_DAYS:
            return ()
        chosen = {self._date(match) for match in _DATE.finditer(folded)}
        for word in words(_DATE.sub(" ", folded)):
            if word.isdigit() and 1 <= int(word) <= len(self.event_days):
                chosen.add(self.event_days[int(word) - 1])
            elif word not in _DAY_NOISE:
                return None
        if not chosen or None in chosen:
            return None
        return () if len(chosen) == len(self.event_days) else tuple(d for d in self.event_days if d in chosen)

    def _date(self, match: re.Match[str]) -> str | None:
        year, month, day = match.group(1), match.group(2), match.group(3)
        if year is None:
            day, month, year = match.group(4), match.group(5), match.group(6)
        if year is not None and len(year) == 2:
            year = f"20{year}"
        suffix = f"-{int(month):02d}-{int(day):02d}"
        return next((d for d in self.event_days if d.endswith(suffix) and d.startswith(year or "")), None)


def _consent(key: str) -> bool | None:
    if key in _YES or key.startswith(_YES_PREFIXES):
        return True
    if key in _NO or key.startswith(_NO_PREFIXES):
        return False
    return None


def split_full_name(text: str) -> tuple[str, str, str]:
    """(title, first, last) from "dr hab. Jan Kowalski", "Jan Kowalski, prof. UW" or "Kowalski, Jan".

    The last word is the last name: Polish double surnames are hyphenated, so that holds for nearly all.
    """
    head, comma, tail = text.partition(",")
    suffix = ""
    if comma and tail.split() and _is_title(tail.split()[0]):
        suffix = " ".join(tail.split())
    elif comma and len(head.split()) == 1 and tail.split():
        title, first = _peel_titles(tail.split())
        return title, " ".join(first), head.strip()
    else:
        head = text.replace(",", " ")
    prefix, rest = _peel_titles(head.split())
    while len(rest) > 1 and _is_title(rest[-1]):
        suffix = f"{rest.pop()} {suffix}".strip()
    title = " ".join(part for part in (prefix, suffix) if part)
    return title, " ".join(rest[:-1]), rest[-1] if rest else ""


def _peel_titles(tokens: list[str]) -> tuple[str, list[str]]:
    """Leading academic titles, keeping at least one name word ("n." only inside "dr n. med.")."""
    count = 0
    while count < len(tokens) - 1 and _is_title_at(tokens, count):
        count += 1
    return " ".join(tokens[:count]), tokens[count:]


def _is_title_at(tokens: Sequence[str], index: int) -> bool:
    return _is_title(tokens[index]) or (index > 0 and _fold_token(tokens[index]) == "n")


def _fold_token(token: str) -> str:
    return fold(token).strip(".,")


def _is_title(token: str) -> bool:
    return _fold_token(token) in _TITLE_WORDS


@dataclass(slots=True)
class _Record:
    """One registrant while the file is read: only the cells that had a value, so merging can overlay."""

    row: int
    values: dict[str, object]
    extra: dict[str, str]

    def registrant(self, file_name: str) -> Registrant:
        values = {"first_name": "", "last_name": "", **self.values}
        return Registrant(**values, extra=self.extra, source=f"{file_name}:{self.row}")  # type: ignore[arg-type]


class _RowReader:
    """Reads data rows by the plan. The common case, one plain column per field, is inlined in `read`: this
    loop runs once per cell of a 100,000-row import that must finish within the benchmark's budget."""

    def __init__(self, plan: _Plan, converter: _Converter) -> None:
        self.converter = converter
        self.simple: list[tuple[str, int, str, dict[str, tuple[object, str]] | None]] = []
        self.multi: list[tuple[str, tuple[_Column, ...]]] = []
        for name, columns in plan.fields:
            if len(columns) == 1 and not columns[0].account and name != "notes":
                self.simple.append((name, columns[0].index, columns[0].header, converter.caches.get(name)))
            else:
                self.multi.append((name, columns))
        self.extra = [(column.index, column.header) for column in plan.extra]
        self.width = len(plan.columns)

    def read(self, cells: Sequence[str], row: int) -> tuple[_Record, list[RowProblem]]:
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
        return _Record(row, values, extra), problems

    def _beyond_header(
        self, cells: Sequence[str], row: int, extra: dict[str, str], problems: list[RowProblem]
    ) -> None:
        """Cells right of the last header (a column someone forgot to name) still land in `extra`."""
        for index in range(self.width, min(len(cells), MAX_COLUMNS)):
            text = " ".join(cells[index].split())
            if text:
                header = f"Column {_column_letters(index)}"
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
        self, cells: Sequence[str], columns: Sequence[_Column], name: str, row: int,
        problems: list[RowProblem],
    ) -> tuple[str, str]:  # fmt: skip
        """The first non-empty column's text, or all of them joined for workshop, notes and needs."""
        joined: list[str] = []
        for column in columns:
            text = self._cell(cells, column, row, problems, multiline=name == "notes")
            if text and name not in _JOINED_FIELDS:
                return text, column.header
            if text and text not in joined:
                joined.append(text)
        return ("\n" if name == "notes" else "; ").join(joined), columns[0].header

    @staticmethod
    def _cell(
        cells: Sequence[str],
        column: _Column,
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
        params = {"column": header, "value": text[:_MAX_HEADER_LENGTH]}
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


class _Merger:
    """Duplicates within the file become one record, the later row's values overlaying the earlier's:
    organisers' exports repeat corrected entries. Who is a duplicate is `checkin.identity`'s rule."""

    def __init__(self) -> None:
        self.records: list[_Record] = []
        self.merged: list[tuple[int, int]] = []
        self.index: IdentityIndex[_Record] = IdentityIndex()

    def add(self, record: _Record) -> None:
        identity = _identity(record)
        target = self.index.find(identity)
        if target is None:
            self.records.append(record)
            target = record
        else:
            target.values.update(record.values)
            target.extra.update(record.extra)
            self.merged.append((record.row, target.row))
            identity = _identity(target)
        self.index.add(identity, target)


def _identity(record: _Record) -> Identity:
    values = {name: str(record.values.get(name, "")) for name in _IDENTITY_FIELDS}
    return Identity.of(**values)


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


def _parse(file_name: str, header: _Header, converter: _Converter) -> ParsedFile:
    with _no_cycle_collection():
        return _parse_rows(file_name, header, converter)


def _parse_rows(file_name: str, header: _Header, converter: _Converter) -> ParsedFile:
    reader = _RowReader(header.plan, converter)
    merger = _Merger()
    problems: list[RowProblem] = []
    skipped: list[RowProblem] = []
    count = 0
    for number, cells in header.rows:
        record, row_problems = reader.read(cells, number)
        if not record.values and not record.extra:
            continue  # a blank row, or only a form's timestamp: nothing the organiser typed
        count += 1
        if count > MAX_ROWS:
            raise ImportFileError("too_many_rows", file=file_name, limit=str(MAX_ROWS))
        if not record.values.get("first_name") and not record.values.get("last_name"):
            skipped.append(RowProblem(number, "missing_name", {"preview": _preview(record)}))
            continue
        problems.extend(row_problems)
        merger.add(record)
    if not count:
        raise ImportFileError("no_data_rows", file=file_name)
    return ParsedFile(
        registrants=[record.registrant(file_name) for record in merger.records],
        problems=problems,
        merged=merger.merged,
        skipped=skipped,
        columns=header.plan.columns,
        extra_columns=[column.header for column in header.plan.extra],
    )


def _preview(record: _Record) -> str:
    """A few of the row's values, so the organiser can find a skipped row without counting."""
    parts: Iterable[object] = (*record.values.values(), *record.extra.values())
    return ", ".join(str(part) for part in parts if part)[:80]

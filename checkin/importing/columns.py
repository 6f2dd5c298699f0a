"""Which registrant field each column of a file feeds: the header names, the header row, the column plan.

Headers are matched on folded letters and digits only, so "E-mail", "e-mail " and "EMAIL" are one column.
A header that is no known label may be a form's question, read by `questions`. An organiser's explicit
mapping (header -> field) beats the automatic recognition. The plan is computed once
per file, so reading a row costs only lookups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from checkin.importing.problems import ImportFileError
from checkin.importing.questions import question_field
from checkin.text import words

MAX_COLUMNS = 500
HEADER_SEARCH_ROWS = 10
"""Organisers often put a title line or two above the header; it is looked for in this many rows."""
MAX_HEADER_LENGTH = 200
"""A header is cut to this; a cell's value quoted in a problem message is bounded the same way."""

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
    "status": ("Status", "Status zgłoszenia", "Status rejestracji", "Registration status", "Stan zgłoszenia",
               "Status uczestnictwa", "Participation status"),
})  # fmt: skip
"""Field -> header names recognised for it, compared with `fold`ed letters and digits only."""

IGNORED_HEADERS: tuple[str, ...] = (
    "Sygnatura czasowa", "Timestamp", "Godzina rozpoczęcia", "Godzina ukończenia", "Start time",
    "Completion time", "Last modified time", "Godzina ostatniej modyfikacji", "Lp.",
)  # fmt: skip
"""Form-tool bookkeeping and row counters: never a registrant detail, so not even kept in `extra`."""

MAPPABLE_FIELDS: frozenset[str] = frozenset(FIELD_HEADERS) | {"ignore", "extra"}

_NAME_FIELDS = frozenset({"first_name", "last_name", "full_name"})
_MS_FORMS_TIMES = frozenset({"starttime", "completiontime", "godzinarozpoczecia", "godzinaukonczenia"})
_MS_FORMS_ACCOUNT = frozenset(
    {"email", "adresemail", "name", "nazwa", "lastmodifiedtime", "godzinaostatniejmodyfikacji"}
)
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")


def header_key(header: str) -> str:
    """What two headers must share to mean the same column: folded letters and digits, nothing else."""
    return "".join(words(header))


_HEADER_FIELDS: dict[str, str] = {
    header_key(name): name_field for name_field, names in FIELD_HEADERS.items() for name in names
} | {header_key(name): "ignore" for name in IGNORED_HEADERS}


def check_mapping(mapping: Mapping[str, str]) -> None:
    """Refuse a mapping to an unknown field before the file is even read."""
    for header, target in mapping.items():
        if target not in MAPPABLE_FIELDS:
            raise ImportFileError("bad_mapping", header=header, field=target)


class Why(StrEnum):
    """Why a column feeds the field it feeds: what the import preview and the dry run say about it."""

    LABEL = "label"
    """The header is one of the names known for the field."""
    WORKSHOP_WORD = "workshop_word"
    """The header mentions a workshop ("Warsztat – dzień 2", "W którym warsztacie chcesz wziąć udział?")."""
    QUESTION = "question"
    """The header is a form's question whose words ask for the field ("Z jakiej miejscowości Pan/Pani
    przyjeżdża?"): see `checkin.importing.questions` for the rules."""
    MAPPED = "mapped"
    """The organiser said so (a mapping given by hand or remembered for the event)."""
    BOOKKEEPING = "bookkeeping"
    """A form tool's timestamp or a row counter: ignored."""
    ACCOUNT = "account"
    """An MS Forms respondent-account column (often "anonymous"): it feeds its field only where the form
    asks nothing of its own for it (no e-mail question: the account's e-mail), and is ignored otherwise."""
    RESPONSE_NUMBER = "response_number"
    """An MS Forms "ID" column, the number of the response: read as the registration number."""
    NAME_COLUMNS = "name_columns"
    """A full-name column beside separate first- and last-name columns: kept as extra information."""
    UNRECOGNISED = "unrecognised"
    """No field has such a header: the values are kept as extra information on each guest."""


@dataclass(frozen=True)
class ColumnReading:
    """How one column of the file was understood: `field` is a registrant field, "extra" or "ignore"."""

    index: int
    header: str
    field: str
    why: Why


@dataclass(frozen=True)
class Column:
    """One column of the file, under its unique display name."""

    index: int
    header: str
    account: bool = False
    """An MS Forms respondent-account column: "anonymous" there means blank."""


@dataclass(frozen=True)
class Plan:
    """How each column feeds the record, computed once per file so rows cost only lookups."""

    fields: tuple[tuple[str, tuple[Column, ...]], ...]
    extra: tuple[Column, ...]
    columns: Mapping[str, str]
    readings: tuple[ColumnReading, ...] = ()

    @property
    def has_names(self) -> bool:
        return any(name in _NAME_FIELDS for name, _ in self.fields)


@dataclass(frozen=True)
class Header:
    """The header row found, its plan, and the numbered rows that follow it, not yet read."""

    row: int
    plan: Plan
    rows: Iterator[tuple[int, list[str]]]


def find_header(
    file_name: str, numbered: Iterator[tuple[int, list[str]]], mapping: Mapping[str, str] | None
) -> Header | None:
    """The first of the top rows that maps to name columns; `rows` then continues right below it.

    A top row wider than MAX_COLUMNS is refused before it is planned: a file of 100,000 columns took 89 s
    to be planned and then refused."""
    for number, cells in numbered:
        if number > HEADER_SEARCH_ROWS:
            return None
        headers = _header_cells(cells)
        if len(headers) > MAX_COLUMNS:
            raise ImportFileError("too_many_columns", file=file_name, limit=str(MAX_COLUMNS))
        if not headers:
            continue
        plan = _plan(headers, mapping, strict=False)
        if _names_found(plan, headers):
            return Header(number, _plan(headers, mapping, strict=True), numbered)
    return None


def _names_found(plan: Plan, headers: Sequence[str]) -> bool:
    """Whether the row is a header with name columns. A name read from a question's words needs a second
    header beside it: a title line above the header ("Lista uczestników: imię i nazwisko") is one cell."""
    if any(r.field in _NAME_FIELDS and r.why is not Why.QUESTION for r in plan.readings):
        return True
    return plan.has_names and sum(1 for header in headers if header) > 1


def _header_cells(cells: Sequence[str]) -> list[str]:
    headers = [" ".join(cell.split())[:MAX_HEADER_LENGTH] for cell in cells]
    while headers and not headers[-1]:
        headers.pop()
    return headers


def _plan(headers: Sequence[str], mapping: Mapping[str, str] | None, *, strict: bool) -> Plan:
    names = _display_names(headers)
    keys = [header_key(header) for header in headers]
    automatic = [_auto_field(header, key) for header, key in zip(headers, keys, strict=True)]
    why = [reason for _, reason in automatic]
    chosen = [target for target, _ in automatic]
    explicit = _explicit_fields(keys, mapping or {}, strict=strict)
    for index, target in explicit.items():
        chosen[index], why[index] = target, Why.MAPPED
    account = _account_columns(keys)
    asked = {target for index, target in enumerate(chosen) if index not in account}
    for index in account - explicit.keys() - {i for i, reason in enumerate(why) if reason is Why.BOOKKEEPING}:
        why[index] = Why.ACCOUNT
        if chosen[index] in asked:  # the form's own question answers it: the account's value would mislead
            chosen[index] = "ignore"
    if keys[1:2] and keys[0] == "id" and keys[1] in _MS_FORMS_TIMES and 0 not in explicit:
        why[0] = Why.RESPONSE_NUMBER
    if "first_name" in chosen or "last_name" in chosen:  # separate name columns beat a full-name one
        for index, target in enumerate(chosen):
            if target == "full_name":
                chosen[index] = "ignore" if index in account else "extra"
                why[index] = why[index] if index in account else Why.NAME_COLUMNS
    grouped: dict[str, list[Column]] = {}
    for index in sorted(range(len(headers)), key=lambda i: (i not in explicit, i in account, i)):
        grouped.setdefault(chosen[index], []).append(Column(index, names[index], index in account))
    extra = tuple(grouped.pop("extra", ()))
    grouped.pop("ignore", None)
    return Plan(
        tuple((name, tuple(cols)) for name, cols in grouped.items()),
        extra,
        dict(zip(names, chosen, strict=True)),
        tuple(ColumnReading(index, names[index], chosen[index], why[index]) for index in range(len(names))),
    )


def _display_names(headers: Sequence[str]) -> list[str]:
    """Unique header names for `extra` keys: a blank header becomes "Column C", a repeat gets " (2)".

    Linear: each name's next number is remembered, and names taken are a set."""
    names: list[str] = []
    taken: set[str] = set()
    next_count: dict[str, int] = {}
    for index, header in enumerate(headers):
        base = header or f"Column {column_letters(index)}"
        count = next_count.get(base, 1)
        name = base if count == 1 else f"{base} ({count})"
        while name in taken:
            count += 1
            name = f"{base} ({count})"
        next_count[base] = count + 1
        taken.add(name)
        names.append(name)
    return names


def column_letters(index: int) -> str:
    """A 0-based column index as the spreadsheet labels it: 0 is "A", 26 is "AA"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def _auto_field(header: str, key: str) -> tuple[str, Why]:
    found = _HEADER_FIELDS.get(key)
    if found is None and ("(" in header or "[" in header):
        found = _HEADER_FIELDS.get(header_key(_PARENS.sub(" ", header)))
    if found is not None:
        return found, Why.BOOKKEEPING if found == "ignore" else Why.LABEL
    asked = question_field(header)
    if asked is not None:
        return asked, Why.WORKSHOP_WORD if asked == "workshop" else Why.QUESTION
    return "extra", Why.UNRECOGNISED


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

"""What can go wrong in an import, and the English sentence for each: one place for all its messages.

`ImportFileError` stops a whole file; `RowProblem` notes trouble in one row, which is still imported unless
skipped (a programme row with a problem is skipped, as its message says). Both carry a stable `code` and
`params` so the UI can show its own translated sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

_FILE_MESSAGES: Mapping[str, str] = MappingProxyType(
    {
        "cannot_open": 'The file "{file}" cannot be opened; check that it exists and is not open elsewhere.',
        "file_too_large": 'The file "{file}" is larger than {limit} MB; split the registrant list into '
        "smaller files.",
        "not_a_file": '"{file}" is a folder, a device or a pipe, not a saved file; choose the list itself '
        "(a .csv or .xlsx file).",
        "xlsx_too_many_parts": 'The Excel file "{file}" holds more than {limit} parts, far more than any '
        "spreadsheet saves; open it in Excel, save it again as .xlsx and choose the new file.",
        "xlsx_too_large": 'The Excel file "{file}" unpacks to more than {limit} MB; save the list as CSV, or '
        "split it into smaller files.",
        "xlsx_overpacked": 'The Excel file "{file}" unpacks to more than {limit} times its size, which no '
        "spreadsheet writes: it is damaged or made to overload programs; save the list again from your "
        "spreadsheet and choose the new file.",
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
        "no_programme_columns": 'No programme header row was found in "{file}"; one of its first rows '
        "needs the columns {columns}, named in Polish or English.",
        "missing_programme_columns": 'The programme in "{file}" has no column for {columns}; add it to the '
        "header row and import the file again.",
        "no_programme_rows": 'The file "{file}" has a programme header row but no sessions below it; check '
        "that the right file or sheet was exported.",
        "too_many_sessions": 'The file "{file}" has more than {limit} programme rows, so it is probably not '
        "a programme; choose the programme file.",
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
        "unknown_status": 'Row {row}: "{value}" in column "{column}" is not a registration status, so the '
        'status was left as it was; write "anulowane" (or "rezygnacja") or "potwierdzone".',
        "status_kept_cancelled": 'Row {row}: the list says "{value}", but the registration of {name} was '
        "cancelled by hand at a desk, which is newer than the list, so it stays cancelled; restore it at "
        "the desk if the list is right.",
        "status_kept_registered": 'Row {row}: the list says "{value}", but the registration of {name} was '
        "restored by hand at a desk, which is newer than the list, so it stays registered; cancel it at "
        "the desk if the list is right.",
        "restored_over_capacity": 'Row {row}: {name} was restored with their sign-up for "{title}", which '
        "now has {signed_up} guests for {capacity} seats; move a guest to another session if the room "
        "cannot take them.",
        "cell_too_long": 'Row {row}: the cell in column "{column}" is longer than {limit} characters, so '
        "only its beginning was kept; shorten it in the file if the rest matters.",
        "lost_letters": 'Row {row}: "{value}" in column "{column}" shows that the file lost letters (?): '
        "Excel saved it as CSV in Windows-1250, which writes ? for letters it lacks (Cyrillic, for one), so "
        'the row was skipped; save the list as "CSV UTF-8" or .xlsx and import it again.',
        "conflicting_columns": 'Row {row}: the columns "{column}" and "{other}" hold different values '
        '("{value}", "{other_value}"), so the row was skipped; keep one of the two columns or make them '
        "agree, and import the file again.",
        "quote_left_open": 'Row {row}: a quote (") opens in column "{column}" and never closes, so the lines '
        "below ran into that cell; the row was skipped and the lines below it were read on their own. Close "
        "or remove the quote in that row and import the file again.",
        "formula_without_value": "Row {row}: cell {cell} holds a formula Excel never calculated, so the row "
        "was skipped; open the file in Excel, save it, and import it again.",
        "missing_session_cells": "Row {row} has nothing in {columns}, so it was skipped; every session needs "
        "a day, a start, an end and a title.",
        "unknown_session_day": 'Row {row}: "{value}" is not a day of the event ({days}), so the row was '
        "skipped; write the day number (1, 2) or its date.",
        "bad_session_time": 'Row {row}: "{value}" in column "{column}" is not a time, so the row was '
        "skipped; write it as 09:30.",
        "end_before_start": "Row {row}: the session ends at {value}, before it starts ({start}), so "
        "the row was skipped; correct the times.",
        "unknown_session_kind": 'Row {row}: "{value}" is not a kind of session, so the row was skipped; '
        "write one of: {known}.",
        "bad_session_capacity": 'Row {row}: "{value}" in column "{column}" is not a number of seats, so the '
        "row was skipped; write a whole number such as 80, or leave it empty for no limit.",
        "unknown_session_signup": 'Row {row}: "{value}" in column "{column}" is not a yes or no answer, so '
        'the row was skipped; write "tak" or "nie", or leave it empty.',
    }
)


ROW_CODES = frozenset(_ROW_MESSAGES)
"""Every code a `RowProblem` may carry: the UI has a translated sentence for each."""


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
    """Something wrong in one row; the row was still imported unless it is in `ParsedFile.skipped`.
    `ROW_CODES` lists the codes."""

    row: int
    code: str
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        template = _ROW_MESSAGES.get(self.code, "Row {row}: {code}.")
        return template.format_map(_Params(self.params, row=str(self.row), code=self.code))

"""The user's language for the core's errors: each `UserError.code` has a translated sentence here; the
core's English text is the fallback for codes the UI does not know yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.errors import UserError
from checkin.import_problems import ImportFileError, RowProblem


def _templates() -> dict[str, str]:
    return {
        "no_event_today": QCoreApplication.translate(
            "messages", "Today is not a day of this event ({days}). Choose the day in Settings."
        ),
        "not_an_event_day": QCoreApplication.translate("messages", "{day} is not a day of this event ({days})."),
        "reason_required": QCoreApplication.translate("messages", "Please give a short reason; it is kept in the log."),
        "name_required": QCoreApplication.translate("messages", "Enter at least a first name or a last name."),
        "unknown_category": QCoreApplication.translate("messages", "{category} is not a guest category."),
        "bad_email": QCoreApplication.translate("messages", "{email} is not an e-mail address. Correct it or leave it empty."),
        "unknown_attendee": QCoreApplication.translate("messages", "No guest has the code or number {key}."),
        "not_editable": QCoreApplication.translate("messages", "These fields cannot be edited: {fields}."),
        "not_saved": QCoreApplication.translate("messages", "The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again."),
    }  # fmt: skip


def _import_templates() -> dict[str, str]:
    return {
        "cannot_open": QCoreApplication.translate("messages", 'The file "{file}" cannot be opened; check that it exists and is not open elsewhere.'),
        "file_too_large": QCoreApplication.translate("messages", 'The file "{file}" is larger than {limit} MB; split the registrant list into smaller files.'),
        "empty_file": QCoreApplication.translate("messages", 'The file "{file}" is empty; export the registrant list again and choose the new file.'),
        "binary_file": QCoreApplication.translate("messages", 'The file "{file}" is neither a text (CSV) nor an Excel file; save the registrant list as CSV or XLSX and choose that file.'),
        "unsupported_format": QCoreApplication.translate("messages", 'The file "{file}" is saved as {format}, which cannot be imported; open it and save it as Excel (.xlsx) or CSV.'),
        "protected_xlsx": QCoreApplication.translate("messages", 'The Excel file "{file}" is protected with a password; open it in Excel, remove the password and save it again.'),
        "unreadable_xlsx": QCoreApplication.translate("messages", 'The Excel file "{file}" is damaged and cannot be read; open it in Excel, save it again as .xlsx and choose the new file.'),
        "unreadable_csv": QCoreApplication.translate("messages", 'The file "{file}" breaks the CSV format near line {line}; open it in a spreadsheet, save it again as CSV and choose the new file.'),
        "no_name_columns": QCoreApplication.translate("messages", 'No name column was found in "{file}"; its header row needs "Imię" and "Nazwisko" (or "Imię i nazwisko") columns.'),
        "no_data_rows": QCoreApplication.translate("messages", 'The file "{file}" has a header row but no registrants below it; check that the right file or sheet was exported.'),
        "too_many_rows": QCoreApplication.translate("messages", 'The file "{file}" has more than {limit} registrant rows; split it into smaller files.'),
        "too_many_columns": QCoreApplication.translate("messages", 'The file "{file}" has more than {limit} columns; remove the unused columns and import it again.'),
        "missing_name": QCoreApplication.translate("messages", "Row {row} has no first or last name ({preview}), so it was skipped."),
        "bad_email": QCoreApplication.translate("messages", 'Row {row}: "{value}" is not a valid e-mail address; it was imported as written.'),
        "unknown_category": QCoreApplication.translate("messages", 'Row {row}: the category "{value}" is not known, so the person was imported as a participant.'),
        "unknown_days": QCoreApplication.translate("messages", 'Row {row}: the days "{value}" do not match the event days ({days}), so the person was registered for every day.'),
        "unknown_consent": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the consent was left unanswered.'),
        "cell_too_long": QCoreApplication.translate("messages", 'Row {row}: the cell in column "{column}" is longer than {limit} characters, so only its beginning was kept.'),
    }  # fmt: skip


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(error: UserError) -> str:
    template = _templates().get(error.code)
    return template.format(**error.params) if template else str(error)


def describe_import_error(error: ImportFileError) -> str:
    template = _import_templates().get(error.code)
    return template.format_map(_Blank(error.params)) if template else str(error)


def describe_problem(problem: RowProblem) -> str:
    template = _import_templates().get(problem.code)
    return template.format_map(_Blank(problem.params, row=str(problem.row))) if template else problem.message

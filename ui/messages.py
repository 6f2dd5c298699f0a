"""The user's language for the core's errors: each `UserError.code` has a translated sentence here; the
core's English text is the fallback for codes the UI does not know yet."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from checkin.errors import SchemaTooNewError, UserError
from checkin.file_troubles import opening_refusal, trouble_in_use
from checkin.importing.problems import ImportFileError, RowProblem
from ui.widgets import theme

OPEN_ERRORS = (SchemaTooNewError, UserError, sqlite3.Error, OSError)
"""What opening an event file, or restoring a backup into one, may raise (`NotAnEventFileError` and the
file troubles are `UserError`s): `cannot_open` says each."""


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
        "session_full": QCoreApplication.translate("messages", '"{title}" is full ({capacity} seats). Choose another session, or give a reason to override.'),
        "guest_cancelled": QCoreApplication.translate("messages", "The registration of {name} is cancelled; ask the organiser to restore it first."),
        "already_cancelled": QCoreApplication.translate("messages", "The registration of {name} is already cancelled."),
        "not_cancelled": QCoreApplication.translate("messages", "The registration of {name} is not cancelled; there is nothing to restore."),
        "guest_not_that_day": QCoreApplication.translate("messages", '{name} is not registered for {day}, the day of "{title}". Ask the organiser.'),
        "no_signup_needed": QCoreApplication.translate("messages", '"{title}" is open to everyone; nobody signs up for it.'),
        "unknown_session": QCoreApplication.translate("messages", "The programme has no session number {id}."),
        "session_title_required": QCoreApplication.translate("messages", "Every session needs a title."),
        "session_bad_day": QCoreApplication.translate("messages", '"{title}": day {day} is not a day of this event (1 to {days}).'),
        "session_bad_time": QCoreApplication.translate("messages", '"{title}": "{time}" is not a time; write it as 09:30.'),
        "session_ends_before_start": QCoreApplication.translate("messages", '"{title}" must end after it starts.'),
        "session_bad_kind": QCoreApplication.translate("messages", '"{title}": "{kind}" is not a kind of session.'),
        "session_bad_capacity": QCoreApplication.translate("messages", '"{title}": the number of seats must be from 1 to {max}, or empty for no limit.'),
        "session_in_use": QCoreApplication.translate("messages", '"{title}" cannot be removed: guests signed up for it or entered it (sign-ups and entries: {count}). Move them to another session first, or keep it.'),
        "choice_group_spans_days": QCoreApplication.translate("messages", 'The choice group "{group}" has sessions on different days; give each day\'s parallel sessions their own group.'),
        "programme_changed_elsewhere": QCoreApplication.translate("messages", "Another station changed the programme meanwhile; nothing was saved. Close the editor and open it again to see the current programme."),
        "event_exists": QCoreApplication.translate("messages", "{path} already holds an event. Choose a new file name: an event file is never replaced, since other desks may have it open."),
        "event_file_replaced": QCoreApplication.translate("messages", "The event file {path} was moved, removed or replaced by another program, so nothing was saved. Close this window and open the event again."),
        "purge_unfinished": QCoreApplication.translate("messages", "The personal data of the event was cleared, but copies of it may still be in its backups or in the event file ({reason}). Close every other program and desk that has the event file or its backups open, make sure the disk has space, then open the event again: that finishes the clearing."),
        "not_saved": QCoreApplication.translate("messages", "The event file could not be written, so nothing was saved. Check that no other program holds the file, that it is not read-only and that the disk has space, then try again."),
        "not_saved_disk_full": QCoreApplication.translate("messages", "The disk holding the event file {path} is full. Nothing was saved: free some space on it (delete old exports or copies), then repeat the last action."),
        "not_saved_read_only_file": QCoreApplication.translate("messages", "The event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action."),
        "not_saved_read_only_folder": QCoreApplication.translate("messages", "The folder of the event file {path} became read-only. Nothing was saved: allow writing to it again, then repeat the last action."),
        "not_saved_file_locked": QCoreApplication.translate("messages", "The event file {path} is locked by another program. Nothing was saved: close that program, then repeat the last action."),
        "not_saved_disk_error": QCoreApplication.translate("messages", "The event file {path} could not be written: the drive reported an error. Nothing was saved: check that the USB stick or network drive is still connected, then repeat the last action."),
        "disk_full": QCoreApplication.translate("messages", "The disk holding {path} is full, so the event cannot be opened. Free some space on it (delete old exports or copies), then try again."),
        "read_only_file": QCoreApplication.translate("messages", "{path} is read-only, so nothing could be saved in it. Allow writing to it (file properties, a write-protected USB stick), or copy it to a writable folder and open the copy."),
        "read_only_folder": QCoreApplication.translate("messages", "The folder of {path} is read-only, and an open event keeps two working files beside it (-wal and -shm). Allow writing to the folder, or copy the event file to a writable folder and open the copy."),
        "file_locked": QCoreApplication.translate("messages", "{path} is locked by another program. Close that program (or the other window that holds the file), then try again."),
        "event_file_missing": QCoreApplication.translate("messages", "There is no event file at {path}. Check the file's name and folder (a USB stick or a network drive may be disconnected)."),
        "event_path_is_folder": QCoreApplication.translate("messages", "{path} is a folder, not an event file. Choose the .sqlite file of your event."),
        "no_permission": QCoreApplication.translate("messages", "You have no permission to open {path}. Ask the owner of the file for access, or open a copy of it in your own folder."),
        "disk_error": QCoreApplication.translate("messages", "{path} could not be read: the drive reported an error. Check that the USB stick or network drive is still connected, then try again."),
        "event_file_damaged": QCoreApplication.translate("messages", "{path} is damaged. Restore the latest backup of the event (the folder {path}.backups holds them)."),
        "event_file_unusable": QCoreApplication.translate("messages", "{path} cannot be used ({reason}). Try again, and report it if it happens again."),
        "not_an_event_file": QCoreApplication.translate("messages", "{path} is not an event file of this app. Choose the .sqlite file of your event."),
        "database_of_another_program": QCoreApplication.translate("messages", "{path} is a database of another program, not an event file of this app. Choose the .sqlite file of your event."),
        "file_of_another_program": QCoreApplication.translate("messages", "{path} is a {kind} file, not an event file of this app. Choose the .sqlite file of your event."),
        "organiser_only": QCoreApplication.translate("messages", "Only the organiser may do this: unlock the organiser functions with the PIN (Organiser menu)."),
        "pin_wait": QCoreApplication.translate("messages", "Too many wrong PINs: wait {seconds} s, then try again."),
        "wrong_pin": QCoreApplication.translate("messages", "That is not the organiser PIN."),
        "bad_pin": QCoreApplication.translate("messages", "The organiser PIN must be {min} to {max} characters long."),
        "purge_not_confirmed": QCoreApplication.translate("messages", "To clear all personal data, type the event's name: {name}."),
        "unknown_backup": QCoreApplication.translate("messages", "There is no backup named {name}; another desk may have removed it. Open the list again."),
        "backup_of_another_event": QCoreApplication.translate("messages", "The backup {name} is of another event, so it cannot be restored here."),
        "output_is_event_file": QCoreApplication.translate("messages", "{path} is the event file itself: saving there would destroy the event. Choose another file name."),
        "output_is_database": QCoreApplication.translate("messages", "{path} is a database (an event file or a backup of one): saving there would destroy it. Choose another file name."),
        "output_is_database_part": QCoreApplication.translate("messages", "{path} is part of a database (its latest changes are kept there): saving there would damage it. Choose another file name."),
        "output_among_backups": QCoreApplication.translate("messages", "{path} is among the backups of the event {event}. Choose a place outside that folder, such as Documents."),
        "output_is_folder": QCoreApplication.translate("messages", "{path} is a folder; choose a file name to save as."),
        "output_not_a_file": QCoreApplication.translate("messages", "{path} is not an ordinary file (a device or a pipe); choose a file name in a folder."),
        "output_not_a_folder": QCoreApplication.translate("messages", "{path} is a file, not a folder; choose a folder for the files."),
        "output_no_folder": QCoreApplication.translate("messages", "There is no folder {folder} to save {name} in; choose another place."),
        "cannot_listen": QCoreApplication.translate("messages", "This station cannot listen on {address} ({reason}): other stations cannot reach it, but it still reaches the stations added by address."),
        "bad_address": QCoreApplication.translate("messages", "{address} is not an address; write HOST:PORT, for example 192.168.1.20:{port}."),
        "station_unreachable": QCoreApplication.translate("messages", "Cannot reach a station at {address} ({reason}). Check the address, that the station runs, and that both laptops are on the same network."),
        "pairing_refused": QCoreApplication.translate("messages", "The station at {address} refused the pairing code. Check the code it shows, or show a new one there (Stations on the network → Show a pairing code…)."),
        "pairing_wait": QCoreApplication.translate("messages", "The station at {address} refused too many pairing tries from this laptop. Check the code it shows, and try again in {seconds} s."),
        "no_pairing_code": QCoreApplication.translate("messages", "The station at {address} shows no pairing code now (none, or it expired). Show one there (Stations on the network → Show a pairing code…) and try again."),
        "join_failed": QCoreApplication.translate("messages", "Could not join from {address} ({problem}). Check that it is a station of this app, of the same version."),
        "bad_pairing_code": QCoreApplication.translate("messages", "{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M)."),
        "funding_logo_unreadable": QCoreApplication.translate("messages", "The funding logo {path} cannot be read as an image ({reason}); add the logos again in Organiser → Event settings."),
        "town_too_long": QCoreApplication.translate("messages", "A town's name is at most {limit} characters long; shorten it."),
        "venue_too_long": QCoreApplication.translate("messages", "The venue is at most {limit} characters long; shorten it."),
        "logo_too_large": QCoreApplication.translate("messages", "{file} is {size} KB; a logo may have at most {limit} KB. Save it smaller (or as PNG) and add it again."),
        "logo_unreadable": QCoreApplication.translate("messages", "{file} cannot be read ({reason}); check the file's name and folder."),
        "logo_not_image": QCoreApplication.translate("messages", "{file} is not a PNG or JPEG image (or it is damaged); save the logo as PNG or JPEG and add it again."),
        "logo_too_many_pixels": QCoreApplication.translate("messages", "{file} is {width} × {height} pixels; a logo may have at most 6000 × 6000. Save it smaller and add it again."),
        "too_many_logos": QCoreApplication.translate("messages", "An event has at most {limit} funding logos; remove one before adding another."),
        "no_such_logo": QCoreApplication.translate("messages", "There is no funding logo number {number}; the event has {count}."),
        "unknown_placeholder": QCoreApplication.translate("messages", "{{{name}}} is not a placeholder; use one of: {known}."),
        "confirmation_stray_brace": QCoreApplication.translate("messages", "A brace in the confirmation's text is not closed; write placeholders as {{first_name}}, and a brace itself as {{{{ or }}}}."),
        "confirmation_text_too_long": QCoreApplication.translate("messages", "A part of the confirmation's text is longer than {limit} characters ({length}); shorten it."),
        "confirmation_contact_too_long": QCoreApplication.translate("messages", "The organisers' contact is at most {limit} lines; it has {count}."),
        "confirmation_subject_required": QCoreApplication.translate("messages", "The confirmation e-mail needs a subject."),
        "unknown_confirmation_language": QCoreApplication.translate("messages", "Confirmations are written in {languages}, not {language}."),
        "smtp_host_required": QCoreApplication.translate("messages", "Give the mail server's name, e.g. smtp.gmail.com."),
        "smtp_bad_port": QCoreApplication.translate("messages", "The mail server's port is a number from 1 to 65535 (587 for STARTTLS, 465 for TLS); {port} is not."),
        "smtp_bad_security": QCoreApplication.translate("messages", "The connection's security is one of {securities}, not {security}."),
        "smtp_bad_sender": QCoreApplication.translate("messages", "The sender's address {address} is not an e-mail address."),
        "smtp_bad_pace": QCoreApplication.translate("messages", "The pace is from 1 to {limit} messages a minute; {pace} is not."),
        "smtp_text_too_long": QCoreApplication.translate("messages", "The user name and the sender's name are at most {limit} characters long."),
        "smtp_not_set": QCoreApplication.translate("messages", "Set the mailbox the confirmations are sent from first: SMTP settings…"),
        "smtp_no_starttls": QCoreApplication.translate("messages", "The mail server {host} does not offer STARTTLS; choose TLS (port 465) or ask the mailbox's provider."),
        "smtp_login_refused": QCoreApplication.translate("messages", "The mail server {host} refused the user name or password ({reason}). For Gmail or Microsoft 365 use an app password."),
        "smtp_tls_failed": QCoreApplication.translate("messages", "The secure connection to {host} failed ({reason}); check the security and the port (587 STARTTLS, 465 TLS)."),
        "smtp_unreachable": QCoreApplication.translate("messages", "The mail server {host}:{port} cannot be reached ({reason}); check the server's name, the port and the internet connection."),
        "keyring_unavailable": QCoreApplication.translate("messages", "The password cannot be kept in this computer's credential store ({reason}). On Linux, start a keyring (GNOME Keyring or KWallet) in the desktop session; or leave the password field empty: the window then asks for it at each send."),
        "test_send_failed": QCoreApplication.translate("messages", "The test message to {address} was not sent. {reason}"),
        "smtp_refused": QCoreApplication.translate("messages", "The mail server refused the message ({reason})."),
        "smtp_sender_refused": QCoreApplication.translate("messages", "Not sent: the mail server refuses the sender's address {address} ({reason}); correct it in the SMTP settings and send again."),
        "smtp_connection_lost": QCoreApplication.translate("messages", "Not sent: the connection to the mail server was lost ({reason}); send again when it is back."),
        "smtp_busy": QCoreApplication.translate("messages", "Not sent: the mail server kept answering 'try again later'; send again in a while."),
        "email_not_writable": QCoreApplication.translate("messages", "{address} cannot be written as an e-mail address (only plain letters can); correct it in the guest's record."),
    }  # fmt: skip


def _import_templates() -> dict[str, str]:
    return {
        "cannot_open": QCoreApplication.translate("messages", 'The file "{file}" cannot be opened; check that it exists and is not open elsewhere.'),
        "file_too_large": QCoreApplication.translate("messages", 'The file "{file}" is larger than {limit} MB; split the registrant list into smaller files.'),
        "not_a_file": QCoreApplication.translate("messages", '"{file}" is a folder, a device or a pipe, not a saved file; choose the list itself (a .csv or .xlsx file).'),
        "xlsx_too_many_parts": QCoreApplication.translate("messages", 'The Excel file "{file}" holds more than {limit} parts, far more than any spreadsheet saves; open it in Excel, save it again as .xlsx and choose the new file.'),
        "xlsx_too_large": QCoreApplication.translate("messages", 'The Excel file "{file}" unpacks to more than {limit} MB; save the list as CSV, or split it into smaller files.'),
        "xlsx_overpacked": QCoreApplication.translate("messages", 'The Excel file "{file}" unpacks to more than {limit} times its size, which no spreadsheet writes: it is damaged or made to overload programs; save the list again from your spreadsheet and choose the new file.'),
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
        "no_programme_columns": QCoreApplication.translate("messages", 'No programme header row was found in "{file}"; one of its first rows needs the columns {columns}, named in Polish or English.'),
        "missing_programme_columns": QCoreApplication.translate("messages", 'The programme in "{file}" has no column for {columns}; add them to the header row and import the file again.'),
        "no_programme_rows": QCoreApplication.translate("messages", 'The file "{file}" has a programme header row but no sessions below it; check that the right file or sheet was exported.'),
        "too_many_sessions": QCoreApplication.translate("messages", 'The file "{file}" has more than {limit} programme rows, so it is probably not a programme; choose the programme file.'),
        "missing_name": QCoreApplication.translate("messages", "Row {row} has no first or last name ({preview}), so it was skipped."),
        "bad_email": QCoreApplication.translate("messages", 'Row {row}: "{value}" is not a valid e-mail address; it was imported as written.'),
        "unknown_category": QCoreApplication.translate("messages", 'Row {row}: the category "{value}" is not known, so the person was imported as a participant.'),
        "unknown_days": QCoreApplication.translate("messages", 'Row {row}: the days "{value}" do not match the event days ({days}), so the person was registered for every day.'),
        "unknown_consent": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the consent was left unanswered.'),
        "unknown_status": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" is not a registration status, so the status was left as it was; write "anulowane" or "potwierdzone".'),
        "status_kept_cancelled": QCoreApplication.translate("messages", 'Row {row}: the list says "{value}", but {name} was cancelled by hand at a desk, which is newer, so the registration stays cancelled; restore it at the desk if the list is right.'),
        "status_kept_registered": QCoreApplication.translate("messages", 'Row {row}: the list says "{value}", but {name} was restored by hand at a desk, which is newer, so the registration stays; cancel it at the desk if the list is right.'),
        "restored_over_capacity": QCoreApplication.translate("messages", 'Row {row}: {name} was restored with their sign-up for "{title}", which now has {signed_up} guests for {capacity} seats; move a guest if the room cannot take them.'),
        "cell_too_long": QCoreApplication.translate("messages", 'Row {row}: the cell in column "{column}" is longer than {limit} characters, so only its beginning was kept.'),
        "lost_letters": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" shows that the file lost letters (?): Excel saved it as CSV in Windows-1250, so the row was skipped. Save the list as "CSV UTF-8" or .xlsx and import it again.'),
        "conflicting_columns": QCoreApplication.translate("messages", 'Row {row}: the columns "{column}" and "{other}" hold different values ("{value}", "{other_value}"), so the row was skipped. Keep one of the two columns or make them agree, and import the file again.'),
        "quote_left_open": QCoreApplication.translate("messages", 'Row {row}: a quote (") opens in column "{column}" and never closes, so the row was skipped and the lines below it were read on their own. Close or remove the quote in that row and import the file again.'),
        "formula_without_value": QCoreApplication.translate("messages", "Row {row}: cell {cell} holds a formula Excel never calculated, so the row was skipped. Open the file in Excel, save it, and import it again."),
        "missing_session_cells": QCoreApplication.translate("messages", "Row {row} has nothing in {columns}, so it was skipped; every session needs a day, a start, an end and a title."),
        "unknown_session_day": QCoreApplication.translate("messages", 'Row {row}: "{value}" is not a day of the event ({days}), so the row was skipped; write the day number (1, 2) or its date.'),
        "bad_session_time": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" is not a time, so the row was skipped; write it as 09:30.'),
        "end_before_start": QCoreApplication.translate("messages", "Row {row}: the session ends at {value}, before it starts ({start}), so the row was skipped; correct the times."),
        "unknown_session_kind": QCoreApplication.translate("messages", 'Row {row}: "{value}" is not a kind of session, so the row was skipped; write one of: {known}.'),
        "bad_session_capacity": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" is not a number of seats, so the row was skipped; write a whole number such as 80, or leave it empty for no limit.'),
        "unknown_session_signup": QCoreApplication.translate("messages", 'Row {row}: "{value}" in column "{column}" is not a yes or no answer, so the row was skipped; write "tak" or "nie", or leave it empty.'),
    }  # fmt: skip


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def describe(error: UserError) -> str:
    template = _templates().get(error.code)
    return template.format(**error.params) if template else str(error)


def sentence(code: str, **params: str) -> str:
    """The sentence of a `UserError` code for a refusal the UI sees without an exception (a wrong PIN is
    `Roles.unlock` returning False)."""
    return _templates()[code].format(**params)


def cannot_open(error: Exception, path: str) -> str:
    """Why an event file (or a backup of one) at `path` cannot be used: one of `OPEN_ERRORS`."""
    if isinstance(error, (sqlite3.Error, OSError)):
        error = opening_refusal(error, Path(path))
    if isinstance(error, UserError):
        return describe(error)
    return QCoreApplication.translate(
        "app", "{path} was saved by a newer version of this app. Update the app to open it."
    ).format(path=path)


def failure(error: BaseException, path: Path | None = None, log: Path | None = None) -> str:
    """What went wrong, for an error nothing else caught (a file that cannot be read mid-shift): the desk
    shows it in red rather than only in a log. `path`: the open event file, looked at for what SQLite's
    error does not say (a full disk). `log`: the log file its traceback went to, named for whoever helps."""
    if isinstance(error, (sqlite3.Error, OSError)) and path is not None:
        error = trouble_in_use(error, path) or error
    if isinstance(error, UserError):
        said = describe(error)
    elif isinstance(error, (sqlite3.Error, OSError)):
        said = QCoreApplication.translate(
            "app",
            "The event file cannot be read or written ({reason}). Check whether the last change was saved before repeating it; close this window and open the event again, and if that fails, restore the latest backup.",
        ).format(reason=error)
    else:
        # Every change is one transaction: what failed halfway was rolled back whole, so the data is safe.
        reason = f"{type(error).__name__}: {error}"
        if log is None:
            return QCoreApplication.translate(
                "app", "Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all."
            ).format(reason=reason)  # fmt: skip
        return QCoreApplication.translate(
            "app", "Something unexpected went wrong ({reason}); your data is safe, since every change is saved whole or not at all, and the details are in the log file {log}."
        ).format(reason=reason, log=log)  # fmt: skip
    if log is None:
        return said
    return QCoreApplication.translate("app", "{message} The details are in the log file {log}.").format(
        message=said, log=log
    )


def describe_import_error(error: ImportFileError) -> str:
    template = _import_templates().get(error.code)
    return template.format_map(_Blank(error.params)) if template else str(error)


def describe_problem(problem: RowProblem) -> str:
    template = _import_templates().get(problem.code)
    return template.format_map(_Blank(problem.params, row=str(problem.row))) if template else problem.message


def show_report(box: QMessageBox, lines: Sequence[str]) -> None:
    """Run `box` with `lines` (an import's row problems, answers to look at) under its text: the first few
    in sight, all of them under "Show Details", so that a long report does not outgrow the screen."""
    if lines:
        box.setInformativeText("\n".join(lines[: theme.PROBLEMS_SHOWN]))
        box.setDetailedText("\n".join(lines))
    box.exec()


def confirmed(box: QMessageBox, yes: str) -> bool:
    """Run `box` with a button `yes` and Cancel, which is the default (Enter) and Esc: for a question whose
    yes changes much (a purge, a restore). True when `yes` was clicked."""
    go_on = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go_on

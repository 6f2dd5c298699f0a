"""The user's language for the core's errors: each `UserError.code` has a translated sentence here; the
core's English text is the fallback for codes the UI does not know yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.errors import UserError


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
    }  # fmt: skip


def describe(error: UserError) -> str:
    template = _templates().get(error.code)
    return template.format(**error.params) if template else str(error)

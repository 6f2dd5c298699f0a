"""Translated words for the core's values (categories, statuses, column names) in one place.

Each string is a literal inside `QCoreApplication.translate` so that lupdate finds it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from checkin.domain import Attendee, Status


def category(key: str) -> str:
    names = {
        "participant": QCoreApplication.translate("labels", "Participant"),
        "speaker": QCoreApplication.translate("labels", "Speaker"),
        "honorary_guest": QCoreApplication.translate("labels", "Honorary guest"),
        "organiser": QCoreApplication.translate("labels", "Organiser"),
        "press": QCoreApplication.translate("labels", "Press"),
        "partner": QCoreApplication.translate("labels", "Partner"),
        "staff": QCoreApplication.translate("labels", "Staff"),
    }
    return names.get(key, key)


def result_columns() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("labels", "Name"),
        QCoreApplication.translate("labels", "Organisation"),
        QCoreApplication.translate("labels", "Category"),
        QCoreApplication.translate("labels", "Workshop"),
        QCoreApplication.translate("labels", "Today"),
    )


def present(checked_in: bool, status: Status) -> str:
    if status is Status.CANCELLED:
        return QCoreApplication.translate("labels", "cancelled")
    return QCoreApplication.translate("labels", "✔ checked in") if checked_in else "—"


def namesake_hint() -> str:
    return QCoreApplication.translate(
        "labels", "Same name as another guest: check the organisation before you check in."
    )


def display_name(person: Attendee) -> str:
    return " ".join(part for part in (person.title, person.first_name, person.last_name) if part)


class _Plurals(QObject):
    """Plural messages must come from `tr()` on a QObject for lupdate to mark them as plural forms."""

    def people(self, count: int) -> str:
        return self.tr("%n people", "", count)


def people(count: int) -> str:
    """'%n people' with the plural forms of the language (Polish has three)."""
    return _Plurals().people(count)

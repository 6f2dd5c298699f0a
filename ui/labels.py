"""Translated words for the core's values (categories, statuses, column names) in one place.

Each string is a literal inside `QCoreApplication.translate` so that lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt
from reportlab.lib.units import mm

from checkin.badges.layouts import Layout
from checkin.domain import Attendee, SessionCounts, Status
from ui.widgets import theme

DAY_AND_MONTH = "d MMMM"
"""How staff read an event day's date: "8 grudnia" (Qt gives the month in the genitive), "8 December"."""


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


def session_kind(key: str) -> str:
    names = {
        "registration": QCoreApplication.translate("labels", "Registration"),
        "plenary": QCoreApplication.translate("labels", "Plenary session"),
        "panel": QCoreApplication.translate("labels", "Panel"),
        "workshop": QCoreApplication.translate("labels", "Workshop"),
        "meal": QCoreApplication.translate("labels", "Meal"),
        "break": QCoreApplication.translate("labels", "Break"),
        "social": QCoreApplication.translate("labels", "Social event"),
    }
    return names.get(key, key)


def programme_columns() -> tuple[str, ...]:
    """The programme editor's column headers, in `ui.models.ProgrammeModel.FIELDS` order."""
    return (
        QCoreApplication.translate("labels", "Day"),
        QCoreApplication.translate("labels", "Start"),
        QCoreApplication.translate("labels", "End"),
        QCoreApplication.translate("labels", "Title"),
        QCoreApplication.translate("labels", "Room"),
        QCoreApplication.translate("labels", "Kind"),
        QCoreApplication.translate("labels", "Seats"),
        QCoreApplication.translate("labels", "Speakers"),
        QCoreApplication.translate("labels", "Choice group"),
        QCoreApplication.translate("labels", "Sign-up"),
    )


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
        return QCoreApplication.translate("labels", "✖ cancelled")
    return QCoreApplication.translate("labels", "✔ checked in") if checked_in else "—"


def namesake_hint() -> str:
    return QCoreApplication.translate(
        "labels", "Same name as another guest: check the organisation before you check in."
    )


def date(iso: str) -> str:
    """An event day's date as the UI language reads it ("8 grudnia", "8 December"), not as stored
    (2026-12-08): the language is `QLocale`'s default, which `ui.i18n.Translations.install` sets with the
    catalogue. A date Qt cannot read is shown as stored rather than lost."""
    when = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(when, DAY_AND_MONTH) if when.isValid() else iso


def day(number: int, iso: str) -> str:
    """An event day inside a sentence: "dzień 2 (8 grudnia)", "day 2 (8 December)"."""
    return QCoreApplication.translate("labels", "day {number} ({date})").format(number=number, date=date(iso))


def event_day(iso: str, event_days: Sequence[str]) -> str:
    """One of the event's days inside a sentence, by its number ("dzień 2 (8 grudnia)"); the date alone
    for a day the event no longer has."""
    if iso not in event_days:
        return date(iso)
    return day(event_days.index(iso) + 1, iso)


def day_heading(number: int, iso: str) -> str:
    """An event day where it starts a line or an item of a list: "Dzień 2 (8 grudnia)"."""
    return QCoreApplication.translate("labels", "Day {number} ({date})").format(number=number, date=date(iso))


class Named(Protocol):
    """A guest, or their badge: what a name is shown from."""

    @property
    def title(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...


def display_name(person: Named) -> str:
    return " ".join(part for part in (person.title, person.first_name, person.last_name) if part)


class _Plurals(QObject):
    """Plural messages must come from `tr()` on a QObject for lupdate to mark them as plural forms."""

    def people(self, count: int) -> str:
        return self.tr("%n people", "", count)

    def free(self, count: int) -> str:
        return self.tr("%n free", "", count)

    def more_conflicts(self, count: int) -> str:
        return self.tr("And %n more guest(s) checked in at two desks, each counted once.", "", count)

    def seconds_ago(self, count: int) -> str:
        return self.tr("%n s ago", "", count)

    def minutes_ago(self, count: int) -> str:
        return self.tr("%n min ago", "", count)


def people(count: int) -> str:
    """'%n people' with the plural forms of the language (Polish has three)."""
    return _Plurals().people(count)


def more_conflicts(count: int) -> str:
    """After sync: how many other guests besides the one on the banner were checked in at two desks."""
    return _Plurals().more_conflicts(count)


def organisation_and_town(person: Attendee) -> str:
    """The organisation with the guest's town when its name does not say it: what tells namesakes apart."""
    organisation, town = person.organisation.strip(), person.city.strip()
    if not town or town.casefold() in organisation.casefold():
        return organisation
    return f"{organisation}, {town}" if organisation else town


def unmatched_workshop(person: Attendee) -> str:
    """What the guest wrote as their workshop when it named none of the programme's ("IPUS", "OSL")."""
    return QCoreApplication.translate(
        "labels", "In the registration: “{answer}” (matches no workshop)"
    ).format(answer=shortened(person.workshop, theme.ANSWER_SHOWN_CHARS))


def age(seconds: float) -> str:
    """How old the verdict on the banner is, as staff glance at it ("20 s ago", "2 min ago")."""
    if seconds < 60:
        return _Plurals().seconds_ago(int(seconds))
    return _Plurals().minutes_ago(int(seconds // 60))


def seats_left(counts: SessionCounts) -> str:
    """A session's room as staff weigh a choice: "12 free" (Polish plural forms), "full" or "no limit"."""
    left = counts.seats_left
    if left is None:
        return QCoreApplication.translate("labels", "no limit")
    return QCoreApplication.translate("labels", "full") if left == 0 else _Plurals().free(left)


def cut_middle(text: str, limit: int) -> str:
    """At most `limit` characters, cut in the middle: a 2,000-character organisation from an import must not
    push the rest of a verdict out of sight, and its end (the town) is what tells namesakes apart."""
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[: keep - keep // 2].rstrip() + "…" + text[len(text) - keep // 2 :].lstrip()


def guest_line(text: str) -> str:
    """A line of the banner made of what the guest or the organisers' file wrote (organisation, note)."""
    return cut_middle(text, theme.BANNER_LINE_CHARS)


def shortened(text: str, limit: int) -> str:
    """At most `limit` characters, an ellipsis marking the cut: a long workshop title must not push the
    banner's other lines out of sight."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def badge_stock(layout: Layout) -> str:
    """The badge stock as organisers buy it, with the badge's size: "a4-fold-a6-mirror" is the command
    line's name for it, which says nothing to an organiser choosing in a dialog."""
    translate = QCoreApplication.translate
    stocks = {
        "a4-8": translate("labels", "A4 sheets, 8 badges each"),
        "a4-4xa6": translate("labels", "A4 sheets, 4 A6 badges each"),
        "letter-4x3": translate("labels", "Letter sheets, 6 badges each"),
        "a6": translate("labels", "A6 cards, one badge each"),
        "a4-fold-a6": translate("labels", "A4 folded to A6, the programme on the back"),
        "a4-fold-a6-mirror": translate("labels", "A4 folded to A6, the badge on both sides"),
        "roll-62": translate("labels", "Label roll, 62 mm wide"),
        "label-4x3": translate("labels", "Labels of 4 × 3 inches"),
    }
    custom = translate("labels", "Own size, {count} per sheet").format(count=layout.badges_per_sheet)
    stock = stocks.get(layout.name, custom if layout.name.startswith("custom-") else layout.name)
    width, height = layout.badge
    return translate("labels", "{stock} ({width} × {height} mm)").format(
        stock=stock, width=f"{width / mm:.0f}", height=f"{height / mm:.0f}"
    )

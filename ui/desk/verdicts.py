"""How a verdict reads on the banner: tone, headline, name, details and the alert line.

Presentation only: which verdict it is was decided by `Station.check_in`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from checkin.domain import Attendee, Verdict, VerdictKind
from checkin.station import Undone
from ui import labels
from ui.theme import Tone


@dataclass(frozen=True)
class BannerView:
    tone: Tone
    headline: str
    name: str = ""
    details: list[str] = field(default_factory=list)
    alert: str = ""


def idle() -> BannerView:
    return BannerView(
        Tone.IDLE,
        QCoreApplication.translate("verdicts", "Scan a code or type a name"),
        details=[QCoreApplication.translate(
            "verdicts", "↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit"
        )],
    )  # fmt: skip


def clock(at: str) -> str:
    """The time of day of a log timestamp, as staff say it ("10:42")."""
    try:
        return datetime.fromisoformat(at).strftime("%H:%M")
    except ValueError:
        return at


def for_verdict(verdict: Verdict) -> BannerView:
    person = verdict.attendee
    if verdict.kind is VerdictKind.UNKNOWN_CODE or person is None:
        return BannerView(
            Tone.ERROR, QCoreApplication.translate("verdicts", "Unknown code"),
            details=[QCoreApplication.translate(
                "verdicts", "This code is not from this event. Search for the guest by name."
            )],
        )  # fmt: skip
    name, alert = labels.display_name(person), _alert(person)
    if verdict.kind is VerdictKind.CHECKED_IN:
        return BannerView(
            Tone.OK, QCoreApplication.translate("verdicts", "Checked in"), name, _welcome(person), alert
        )
    if verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.first_check_in is not None:
        first = verdict.first_check_in
        when = QCoreApplication.translate(
            "verdicts", "Already checked in at {time} at {desk} by {staff}"
        ).format(time=clock(first.at), desk=first.station, staff=first.staff or "—")
        return BannerView(Tone.WARN, QCoreApplication.translate("verdicts", "Already checked in"), name,
                          [when, *_who(person)], alert)  # fmt: skip
    if verdict.kind is VerdictKind.NOT_REGISTERED_TODAY:
        days = ", ".join(person.days)
        return BannerView(
            Tone.WARN, QCoreApplication.translate("verdicts", "Not registered for today"), name,
            [QCoreApplication.translate("verdicts", "Registered for: {days}. Ask the organiser.").format(days=days),
             *_who(person)],
            alert,
        )  # fmt: skip
    return BannerView(
        Tone.ERROR, QCoreApplication.translate("verdicts", "Registration cancelled"), name,
        [QCoreApplication.translate("verdicts", "Do not hand over a badge. Ask the organiser."), *_who(person)],
        alert,
    )  # fmt: skip


def for_undo(undone: Undone) -> BannerView:
    name = labels.display_name(undone.attendee)
    if undone.check_in is None:
        return BannerView(Tone.WARN, QCoreApplication.translate("verdicts", "Nothing to undo"), name)
    return BannerView(
        Tone.WARN, QCoreApplication.translate("verdicts", "Check-in undone"), name,
        [QCoreApplication.translate("verdicts", "Take the badge back if it was handed over.")],
    )  # fmt: skip


def for_error(message: str) -> BannerView:
    return BannerView(Tone.ERROR, QCoreApplication.translate("verdicts", "Not done"), details=[message])


def _who(person: Attendee) -> list[str]:
    return [line for line in (labels.category(person.category), person.organisation) if line]


def _welcome(person: Attendee) -> list[str]:
    lines = [" · ".join(_who(person))]
    if person.workshop:
        lines.append(
            QCoreApplication.translate("verdicts", "Workshop: {workshop}").format(workshop=person.workshop)
        )
    lines.append(QCoreApplication.translate("verdicts", "Hand over: badge and conference pack"))
    if person.needs:
        lines.append(QCoreApplication.translate("verdicts", "Needs: {needs}").format(needs=person.needs))
    return lines


def _alert(person: Attendee) -> str:
    parts = []
    if person.category == "honorary_guest":
        parts.append(QCoreApplication.translate("verdicts", "HONORARY GUEST: notify the organiser"))
    if person.notes:
        parts.append(QCoreApplication.translate("verdicts", "Note: {note}").format(note=person.notes))
    return " — ".join(parts)

"""How a door verdict reads on the banner, and what the staff may do about it (admit, override, send away).

Presentation only: which verdict it is was decided by `Door.enter` and `Door.leave`. The banner itself is
the desk's (`BannerView`, `VerdictBanner`): the door speaks the same colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from checkin.domain import Attendee, DoorVerdict, DoorVerdictKind, Session, Status
from ui import labels
from ui.widgets import theme
from ui.widgets.banner import BannerView, clock
from ui.widgets.theme import Tone


@dataclass(frozen=True)
class Offer:
    """The two answers to a verdict that awaits the staff: Enter (or a button) accepts, Esc declines.

    `needs_reason`: accepting lets a guest into a full session, which asks the staff why first.
    """

    accept: str
    decline: str
    needs_reason: bool = False


def idle(exit_mode: bool) -> BannerView:
    if exit_mode:
        return BannerView(
            Tone.IDLE, QCoreApplication.translate("door", "Exit: scan the badge of a guest leaving"),
            details=[QCoreApplication.translate("door", "F4 back to entries · Esc clear · F8 camera")],
        )  # fmt: skip
    return BannerView(
        Tone.IDLE, QCoreApplication.translate("door", "Scan a badge at the door"),
        details=[QCoreApplication.translate("door", "Or type a name, ↑ ↓ choose, Enter · F4 entry/exit · Esc clear · F8 camera")],
    )  # fmt: skip


def for_verdict(verdict: DoorVerdict, event_days: Sequence[str] = ()) -> BannerView:
    """`event_days`: the event's days, which name a guest's days as the desk names them ("dzień 2 (…)")."""
    person = verdict.attendee
    if verdict.kind is DoorVerdictKind.UNKNOWN_CODE or person is None:
        return BannerView(
            Tone.ERROR, QCoreApplication.translate("door", "Unknown code"),
            details=[QCoreApplication.translate("door", "This code is not from this event. Search for the guest by name.")],
        )  # fmt: skip
    if person.status is Status.CANCELLED and verdict.kind is DoorVerdictKind.NOT_SIGNED_UP:
        return BannerView(
            Tone.ERROR, QCoreApplication.translate("door", "Registration cancelled"), labels.display_name(person),
            [QCoreApplication.translate("door", "Do not admit. Ask the organiser."), _who_line(person)],
        )  # fmt: skip
    if verdict.kind is DoorVerdictKind.NOT_SIGNED_UP:
        return _not_signed_up(verdict, person, event_days)
    return _PRESENTERS[verdict.kind](verdict, person)


def offer(verdict: DoorVerdict) -> Offer | None:
    """What the staff may do about a guest who is not signed up here or finds the room full; None otherwise
    (a cancelled registration is never admitted from the door)."""
    person = verdict.attendee
    if person is None or person.status is Status.CANCELLED:
        return None
    right = verdict.right_session
    decline = (
        QCoreApplication.translate("door", "Send to {room} (Esc)").format(room=_place(right))
        if right
        else QCoreApplication.translate("door", "Do not admit (Esc)")
    )
    if verdict.kind is DoorVerdictKind.SESSION_FULL:
        return Offer(QCoreApplication.translate("door", "Override… (Enter)"), decline, needs_reason=True)
    if verdict.kind is DoorVerdictKind.NOT_SIGNED_UP:
        if verdict.session.needs_signup:
            return Offer(QCoreApplication.translate("door", "Admit and record the switch (Enter)"), decline)
        return Offer(QCoreApplication.translate("door", "Admit anyway (Enter)"), decline)
    return None


def not_found() -> BannerView:
    return BannerView(
        Tone.ERROR, QCoreApplication.translate("door", "No guest found"),
        details=[QCoreApplication.translate("door", "Check the spelling, or search by organisation.")],
    )  # fmt: skip


def choose_guest() -> BannerView:
    return BannerView(
        Tone.WARN, QCoreApplication.translate("door", "Choose the guest"),
        details=[QCoreApplication.translate("door", "Several guests share this name: pick the right organisation with ↑ ↓, then Enter.")],
    )  # fmt: skip


# --- one presenter per verdict kind ---------------------------------------------------------------------


def _entered(verdict: DoorVerdict, person: Attendee) -> BannerView:
    details = [_who_line(person)]
    if verdict.switched_from is not None:
        details.append(_moved_from(verdict.switched_from))
    if verdict.overridden:
        details.append(
            QCoreApplication.translate("door", "Admitted over the capacity; the reason is in the log.")
        )
    return BannerView(
        Tone.OK, QCoreApplication.translate("door", "Entered"), labels.display_name(person), details
    )


def _already_entered(verdict: DoorVerdict, person: Attendee) -> BannerView:
    """`Door.enter` gives the earlier entry with this verdict: when, at which door, by whom."""
    entry, details = verdict.entry, [_who_line(person)]
    headline = QCoreApplication.translate("door", "Already entered")
    if entry is not None:
        headline = QCoreApplication.translate("door", "Already entered at {time}").format(
            time=clock(entry.at)
        )
        details.insert(0, QCoreApplication.translate("door", "Scanned at {door} by {staff}").format(
            door=entry.station, staff=entry.staff or "—"))  # fmt: skip
    return BannerView(Tone.WARN, headline, labels.display_name(person), details)


def _not_signed_up(verdict: DoorVerdict, person: Attendee, event_days: Sequence[str]) -> BannerView:
    if verdict.right_session is not None:
        where = _chose(verdict.right_session)
    elif verdict.session.needs_signup:
        where = QCoreApplication.translate("door", "Not on this session's list.")
    else:
        days = ", ".join(labels.event_day(day, event_days) for day in person.days)
        where = QCoreApplication.translate("door", "Registered for: {days}").format(days=days)
    headline = QCoreApplication.translate("door", "Not signed up for this session")
    return BannerView(Tone.WARN, headline, labels.display_name(person), [where, _who_line(person)])


def _session_full(verdict: DoorVerdict, person: Attendee) -> BannerView:
    """Seats are taken by sign-ups, or in a session open to all by the guests in the room now."""
    counts = verdict.counts
    taken = counts.signed_up if verdict.session.needs_signup else counts.in_room
    details = [QCoreApplication.translate("door", "All seats are taken: {taken} of {capacity}.").format(
        capacity=counts.session.capacity, taken=taken)]  # fmt: skip
    if verdict.right_session is not None:
        details.append(_chose(verdict.right_session))
    details.append(_who_line(person))
    headline = QCoreApplication.translate("door", "Session full")
    return BannerView(Tone.ERROR, headline, labels.display_name(person), details)


def _exited(verdict: DoorVerdict, person: Attendee) -> BannerView:
    headline = QCoreApplication.translate("door", "Exit recorded")
    return BannerView(Tone.OK, headline, labels.display_name(person), [_who_line(person)])


def _not_in_room(verdict: DoorVerdict, person: Attendee) -> BannerView:
    entry = verdict.entry
    if entry is not None and entry.exited_at:
        why = QCoreApplication.translate("door", "Already left at {time}.").format(
            time=clock(entry.exited_at)
        )
    else:
        why = QCoreApplication.translate("door", "No entry to this session is recorded for this guest.")
    headline = QCoreApplication.translate("door", "Not in the room")
    return BannerView(Tone.WARN, headline, labels.display_name(person), [why, _who_line(person)])


_PRESENTERS = {
    DoorVerdictKind.ENTERED: _entered,
    DoorVerdictKind.ALREADY_ENTERED: _already_entered,
    DoorVerdictKind.SESSION_FULL: _session_full,
    DoorVerdictKind.EXITED: _exited,
    DoorVerdictKind.NOT_IN_ROOM: _not_in_room,
}


def _who_line(person: Attendee) -> str:
    return " · ".join(
        line for line in (labels.guest_line(person.organisation), labels.category(person.category)) if line
    )


def _chose(session: Session) -> str:
    """Where the guest signed up instead: where to send them."""
    return _with_room(
        session,
        QCoreApplication.translate("door", "Chose: {title}"),
        QCoreApplication.translate("door", "Chose: {title} — room: {room}"),
    )


def _moved_from(session: Session) -> str:
    """The session an admitted guest switched from (their choice moved here)."""
    return _with_room(
        session,
        QCoreApplication.translate("door", "Moved from: {title}"),
        QCoreApplication.translate("door", "Moved from: {title} — room: {room}"),
    )


def _with_room(session: Session, without_room: str, with_room: str) -> str:
    """The session's title, and its room when the programme names one (never the title twice)."""
    template = with_room if session.room else without_room
    return template.format(title=_title(session), room=session.room)


def _title(session: Session) -> str:
    """Cut, so that the room after it stays in sight (workshop titles run to two lines)."""
    return labels.shortened(session.title, theme.BANNER_TITLE_CHARS)


def _place(session: Session) -> str:
    """Where to send a guest: the room, or the title when the programme names no room."""
    return session.room or session.title

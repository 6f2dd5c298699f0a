"""How a verdict reads on the banner: tone, headline, name, details and the alert line.

Presentation only: which verdict it is was decided by `Station.check_in`.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication

from checkin.domain import Attendee, CheckIn, Session, SessionCounts, SignUp, Status, Verdict, VerdictKind
from checkin.programme.choices import ChoiceMade, WorkshopsAhead
from checkin.registrations import StatusChange
from checkin.replication.conflicts import CheckInConflict
from checkin.station import Undone
from ui import labels
from ui.widgets import theme
from ui.widgets.banner import BannerView, clock
from ui.widgets.theme import Tone


def idle() -> BannerView:
    """The keys staff need most; one line at 1366 px in Polish (F7 and the rest are in the Desk menu)."""
    return BannerView(
        Tone.IDLE,
        QCoreApplication.translate("verdicts", "Scan a code or type a name"),
        details=[QCoreApplication.translate(
            "verdicts", "↑ ↓ choose · Enter check in · Esc clear · Ctrl+Z undo · Ctrl+N walk-in · F2 edit · F6 workshop"
        )],
    )  # fmt: skip


class Badge(Enum):
    """Where the checked-in guest's badge is: what the banner tells staff to hand over."""

    PRINTED = "printed"
    PRINTING = "printing"
    """None printed yet, and this desk prints one at check-in."""
    NONE = "none"


def for_verdict(
    verdict: Verdict, workshops: WorkshopsAhead | None = None, refusals: Sequence[str] = (),
    also: Sequence[CheckIn] = (), badge: Badge = Badge.PRINTED, event_days: Sequence[str] = (),
) -> BannerView:  # fmt: skip
    """`workshops` None means the programme has no workshops: the banner shows the registrant's answer.

    `refusals`: why a workshop picked with the check-in (a walk-in's) was not saved; the check-in stands.
    `also`: for a guest already checked in, the other check-ins that stand beside the first (stations that
    could not reach each other each checked the guest in). `event_days`: the event's days, which name a
    guest's days by their numbers, as the desk's status bar does.
    """
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
        welcome = _welcome(person, workshops, refusals, badge)
        return BannerView(Tone.OK, QCoreApplication.translate("verdicts", "Checked in"), name, welcome, alert)
    if verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.first_check_in is not None:
        first = verdict.first_check_in
        when = QCoreApplication.translate(
            "verdicts", "Already checked in at {time} at {desk} by {staff}"
        ).format(time=clock(first.at), desk=first.station, staff=first.staff or "—")
        return BannerView(Tone.WARN, QCoreApplication.translate("verdicts", "Already checked in"), name,
                          [when, *map(_also_checked_in, also), *_who(person), *_workshop_lines(person, workshops)],
                          alert)  # fmt: skip
    if verdict.kind is VerdictKind.NOT_REGISTERED_TODAY:
        days = ", ".join(labels.event_day(day, event_days) for day in person.days)
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


def _also_checked_in(check_in: CheckIn) -> str:
    return QCoreApplication.translate(
        "verdicts", "Also checked in at {time} at {desk} by {staff} while the desks were not connected: counted once"
    ).format(time=clock(check_in.at), desk=check_in.station, staff=check_in.staff or "—")  # fmt: skip


def for_conflicts(conflicts: Sequence[CheckInConflict]) -> BannerView:
    """Sync brought another station's check-in of a guest checked in here too: who, where and when, and
    that the guest counts once (the first check-in). More than one: the first, and how many others."""
    first = conflicts[0]
    counted, *others = first.check_ins
    lines = [
        QCoreApplication.translate("verdicts", "Counted: {time} at {desk} by {staff}").format(
            time=clock(counted.at), desk=counted.station, staff=counted.staff or "—"),
        *(QCoreApplication.translate("verdicts", "Also scanned: {time} at {desk} by {staff} (kept in the history)").format(
            time=clock(other.at), desk=other.station, staff=other.staff or "—") for other in others),
        QCoreApplication.translate("verdicts", "The desks were not connected at the time. The guest counts once."),
    ]  # fmt: skip
    if len(conflicts) > 1:
        lines.append(labels.more_conflicts(len(conflicts) - 1))
    return BannerView(
        Tone.WARN, QCoreApplication.translate("verdicts", "Checked in at two desks — counted once"),
        labels.display_name(first.attendee), lines, _alert(first.attendee),
    )  # fmt: skip


def for_undo(undone: Undone) -> BannerView:
    name = labels.display_name(undone.attendee)
    if undone.check_in is None:
        return BannerView(Tone.WARN, QCoreApplication.translate("verdicts", "Nothing to undo"), name)
    return BannerView(
        Tone.WARN, QCoreApplication.translate("verdicts", "Check-in undone"), name,
        [QCoreApplication.translate("verdicts", "Take the badge back if it was handed over.")],
    )  # fmt: skip


def for_status_change(change: StatusChange) -> BannerView:
    """A registration cancelled or restored at this desk: what follows from it, and the rooms a restore
    filled beyond their seats."""
    person = change.attendee
    name = labels.display_name(person)
    if person.status is Status.CANCELLED:
        return BannerView(
            Tone.WARN, QCoreApplication.translate("verdicts", "Registration cancelled"), name,
            [QCoreApplication.translate(
                "verdicts", "Desks and doors now refuse this guest, and their seats are free. Ctrl+Shift+R restores it."
            )],
        )  # fmt: skip
    over = [
        QCoreApplication.translate(
            "verdicts", '"{title}" now has {count} guests for {capacity} seats: move someone if the room cannot take them.'
        ).format(title=counts.session.title, count=counts.signed_up, capacity=counts.session.capacity)
        for counts in change.over_capacity
    ]  # fmt: skip
    return BannerView(
        Tone.WARN if over else Tone.OK, QCoreApplication.translate("verdicts", "Registration restored"), name,
        [QCoreApplication.translate("verdicts", "The guest can be checked in again, with their workshops and meals."),
         *over],
    )  # fmt: skip


def no_guest_for_status() -> BannerView:
    return BannerView(
        Tone.WARN, QCoreApplication.translate("verdicts", "Which guest?"),
        details=[QCoreApplication.translate(
            "verdicts", "Select the guest in the list or scan the badge first, then Ctrl+Shift+X (cancel) or Ctrl+Shift+R (restore).")],
    )  # fmt: skip


def organiser_only_status() -> BannerView:
    """Reception tried to cancel or restore a registration and did not unlock the organiser functions."""
    return BannerView(
        Tone.ERROR, QCoreApplication.translate("verdicts", "Only the organiser may do this"),
        details=[QCoreApplication.translate(
            "verdicts", "Cancelling and restoring registrations is the organiser's: unlock with the PIN (Ctrl+Shift+O), or call the organiser."
        )],
    )  # fmt: skip


def _who(person: Attendee) -> list[str]:
    return [
        line for line in (labels.category(person.category), labels.guest_line(person.organisation)) if line
    ]


def _welcome(
    person: Attendee, workshops: WorkshopsAhead | None, refusals: Sequence[str], badge: Badge
) -> list[str]:
    not_saved = [
        QCoreApplication.translate("verdicts", "Workshop not saved: {reason}").format(reason=reason)
        for reason in refusals
    ]
    lines = [" · ".join(_who(person)), *not_saved, *_workshop_lines(person, workshops)]
    lines.append(_hand_over(badge))
    if person.needs:
        lines.append(
            QCoreApplication.translate("verdicts", "Needs: {needs}").format(
                needs=labels.guest_line(person.needs)
            )
        )
    return lines


def _hand_over(badge: Badge) -> str:
    """Never "the badge" when none exists yet (a walk-in, or a list printed without them)."""
    if badge is Badge.PRINTING:
        return QCoreApplication.translate(
            "verdicts", "Hand over: the badge from the printer and the conference pack"
        )
    if badge is Badge.NONE:
        return QCoreApplication.translate(
            "verdicts", "Hand over: conference pack. No badge is printed yet: Ctrl+P prints it"
        )
    return QCoreApplication.translate("verdicts", "Hand over: badge and conference pack")


def _workshop_lines(person: Attendee, workshops: WorkshopsAhead | None) -> list[str]:
    if workshops is None:
        return (
            [QCoreApplication.translate("verdicts", "Workshop: {workshop}").format(workshop=person.workshop)]
            if person.workshop else []
        )  # fmt: skip
    chosen = [workshop_line(session, workshops.day) for session in workshops.chosen]
    unmatched = [labels.unmatched_workshop(person)] if person.workshop and not workshops.chosen else []
    return [*chosen, *unmatched, *(_offer(group, workshops.day) for group in workshops.open_groups)]


def workshop_line(session: Session, today: int | None = None) -> str:
    """Where the guest goes: the title (cut when long, so that the room stays on the line) and the room;
    the day too when it is not `today` (a day-two workshop on a day-one banner)."""
    title = labels.shortened(session.title, theme.BANNER_TITLE_CHARS)
    if today is not None and session.day != today:
        return _on_another_day(session, title)
    if not session.room:
        return QCoreApplication.translate("verdicts", "Workshop: {workshop}").format(workshop=title)
    return QCoreApplication.translate("verdicts", "Workshop: {workshop} — room: {room}").format(
        workshop=title, room=session.room
    )


def _on_another_day(session: Session, title: str) -> str:
    if not session.room:
        return QCoreApplication.translate("verdicts", "Workshop (day {day}): {workshop}").format(
            day=session.day, workshop=title
        )
    return QCoreApplication.translate("verdicts", "Workshop (day {day}): {workshop} — room: {room}").format(
        day=session.day, workshop=title, room=session.room
    )


def _offer(group: tuple[SessionCounts, ...], today: int) -> str:
    """A guest with no workshop is offered those with seats left, and told the key that chooses one."""
    day = group[0].session.day
    seats = [counts for counts in group if not counts.full]
    if not seats:
        return _all_full(day, today)
    names = [_offered(counts) for counts in seats[: theme.OFFERS_SHOWN]]
    offered = ", ".join(names) + ("…" if len(seats) > theme.OFFERS_SHOWN else "")
    if day == today:
        return QCoreApplication.translate("verdicts", "No workshop chosen — F6: {workshops}").format(
            workshops=offered
        )
    return QCoreApplication.translate("verdicts", "No workshop chosen (day {day}) — F6: {workshops}").format(
        day=day, workshops=offered
    )


def _all_full(day: int, today: int) -> str:
    if day == today:
        return QCoreApplication.translate("verdicts", "No workshop chosen, and all are full (F6 with a reason)")  # fmt: skip
    return QCoreApplication.translate(
        "verdicts", "No workshop chosen for day {day}, and all are full (F6 with a reason)"
    ).format(day=day)


def _offered(counts: SessionCounts) -> str:
    title = labels.shortened(counts.session.title, theme.OFFER_TITLE_CHARS)
    return title if counts.seats_left is None else f"{title} ({labels.seats_left(counts)})"


def for_choice(change: ChoiceMade) -> BannerView:
    """After F6: the workshop and room the guest now has, what they left, and whether a seat was forced."""
    lines = [workshop_line(change.session)] if change.session else []
    if change.previous is not None:
        lines.append(QCoreApplication.translate("verdicts", "Instead of: {workshop}").format(
            workshop=labels.shortened(change.previous.title, theme.BANNER_TITLE_CHARS)))  # fmt: skip
    if change.overridden:
        lines.append(QCoreApplication.translate("verdicts", "Over capacity: the reason is kept in the log"))
    return BannerView(
        Tone.OK, QCoreApplication.translate("verdicts", "Workshop chosen"), labels.display_name(change.attendee),
        lines,
    )  # fmt: skip


def for_meals(person: Attendee, meals: list[SignUp], refusals: list[str]) -> BannerView:
    """After F7: the meals the guest is now signed up for, with diet notes; refusals first, in amber."""
    lines = [*refusals, *map(_meal_line, meals)] or [
        QCoreApplication.translate("verdicts", "Not signed up for any meal")
    ]
    tone, headline = (
        (Tone.WARN, QCoreApplication.translate("verdicts", "Meals saved in part"))
        if refusals else (Tone.OK, QCoreApplication.translate("verdicts", "Meals saved"))
    )  # fmt: skip
    return BannerView(tone, headline, labels.display_name(person), lines)


def _meal_line(meal: SignUp) -> str:
    session = meal.session
    when = QCoreApplication.translate("verdicts", "{title} (day {day}, {start})").format(
        title=labels.shortened(session.title, theme.BANNER_TITLE_CHARS), day=session.day, start=session.start
    )
    if not meal.diet:
        return when
    return QCoreApplication.translate("verdicts", "{meal} — diet: {diet}").format(meal=when, diet=meal.diet)


def no_guest_for_choices() -> BannerView:
    return BannerView(
        Tone.WARN, QCoreApplication.translate("verdicts", "Which guest?"),
        details=[QCoreApplication.translate(
            "verdicts", "Scan the badge or select the guest first, then F6 (workshop) or F7 (meals).")],
    )  # fmt: skip


def nothing_to_choose(person: Attendee, workshops: bool) -> BannerView:
    headline = (
        QCoreApplication.translate("verdicts", "No workshops to choose")
        if workshops else QCoreApplication.translate("verdicts", "No meals to sign up for")
    )  # fmt: skip
    return BannerView(Tone.WARN, headline, labels.display_name(person), [
        QCoreApplication.translate("verdicts", "The programme has none on the days this guest attends.")
    ])  # fmt: skip


def _alert(person: Attendee) -> str:
    parts = []
    if person.category == "honorary_guest":
        parts.append(QCoreApplication.translate("verdicts", "HONORARY GUEST: notify the organiser"))
    if person.notes:
        parts.append(
            QCoreApplication.translate("verdicts", "Note: {note}").format(
                note=labels.guest_line(person.notes)
            )
        )
    return " — ".join(parts)

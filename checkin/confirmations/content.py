"""What one guest's confirmation says, as plain values: the event, the guest, their days, workshops and the
gala dinner, worded in Polish or English.

Built on the thread that owns the event file (`checkin.confirmations.part`) and then rendered anywhere: the
PDF, the e-mail and the .eml files all read this record, never the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from checkin.badges.drawing import grouped
from checkin.dates import date_span, written_date
from checkin.domain import Event
from checkin.text import fold

LABELS: Mapping[str, Mapping[str, str]] = {
    "pl": {
        "heading": "Potwierdzenie udziału",
        "venue": "Miejsce",
        "days": "Dni udziału",
        "workshop": "Warsztat",
        "room": "sala",
        "dinner": "Uroczysta kolacja",
        "code": "Kod",
        "contact": "Kontakt z organizatorami",
        "show": "Pokaż ten kod QR przy rejestracji.",
        "attached": "Potwierdzenie z kodem QR jest w załączniku (PDF).",
        "file": "potwierdzenie",
    },
    "en": {
        "heading": "Confirmation of registration",
        "venue": "Venue",
        "days": "Your days",
        "workshop": "Workshop",
        "room": "room",
        "dinner": "Gala dinner",
        "code": "Code",
        "contact": "Contact the organisers",
        "show": "Show this QR code at the registration desk.",
        "attached": "Your confirmation with the QR code is attached (PDF).",
        "file": "confirmation",
    },
}
"""The fixed words around the organiser's text, per language (documents are not translated by Qt: the core
writes them)."""


@dataclass(frozen=True)
class EventFacts:
    """The event as a confirmation names it."""

    name: str
    days: tuple[str, ...]
    venue: str
    town: str

    @classmethod
    def of(cls, event: Event) -> EventFacts:
        return cls(event.name, event.days, event.venue, event.town)


@dataclass(frozen=True)
class Booked:
    """A session the guest signed up for: a workshop (with its room) or the gala dinner."""

    title: str
    room: str
    day: str
    """The ISO date."""
    start: str
    end: str


@dataclass(frozen=True)
class Confirmation:
    """One guest's confirmation. `attendee_id` 0 and `sample` mark the sample guest of previews and test
    sends, whose code checks nobody in."""

    attendee_id: int
    code: str
    title: str
    first_name: str
    last_name: str
    organisation: str
    email: str
    days: tuple[str, ...]
    """The ISO dates the guest attends."""
    workshops: tuple[Booked, ...]
    dinners: tuple[Booked, ...]
    event: EventFacts
    sample: bool = False

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)


def sample_guest(event: Event, language: str) -> Confirmation:
    """A made-up guest for the window's live preview and the test send: a long Polish name, a workshop and
    the dinner, so the organiser sees every line the longest real confirmation can have."""
    days = event.days
    last = days[-1]
    return Confirmation(
        0, "SAMPLE0CODE00000", "dr", "Katarzyna" if language == "pl" else "Catherine",
        "Przykładowa-Wiśniewska", "Miejski Ośrodek Pomocy Społecznej w Przykładowie", "", days,
        (Booked("Warsztat przykładowy", "Sala 1", last, "09:00", "12:00"),),
        (Booked("Uroczysta kolacja", "Sala Europejska", days[0], "18:00", "20:00"),),
        EventFacts.of(event), sample=True,
    )  # fmt: skip


def placeholder_values(confirmation: Confirmation, language: str) -> dict[str, str]:
    """The value of every placeholder (`checkin.confirmations.template.PLACEHOLDERS`) for this guest."""
    event = confirmation.event
    first_workshop = confirmation.workshops[0] if confirmation.workshops else None
    return {
        "first_name": confirmation.first_name,
        "last_name": confirmation.last_name,
        "title": confirmation.title,
        "full_name": confirmation.full_name,
        "organisation": confirmation.organisation,
        "event": event.name,
        "dates": date_span(event.days, language),
        "venue": event.venue,
        "town": event.town,
        "days": date_span(confirmation.days, language),
        "workshop": first_workshop.title if first_workshop else "",
        "room": first_workshop.room if first_workshop else "",
        "dinner": "; ".join(booked_text(d, language) for d in confirmation.dinners),
        "code": grouped(confirmation.code),
    }


def event_lines(event: EventFacts, language: str) -> tuple[str, str]:
    """The event's dates with its town ("21–22 czerwca 2026 · Starachowice"), and its venue."""
    dates = date_span(event.days, language)
    return (f"{dates} · {event.town}" if event.town else dates), event.venue


def details(confirmation: Confirmation, language: str) -> list[tuple[str, str]]:
    """(label, text) lines of what the guest has: their days, each workshop with its room, the dinner."""
    words = LABELS[language]
    lines = [(words["days"], date_span(confirmation.days, language))]
    lines += [(words["workshop"], booked_text(w, language, room=True)) for w in confirmation.workshops]
    lines += [(words["dinner"], booked_text(d, language)) for d in confirmation.dinners]
    return lines


def booked_text(booked: Booked, language: str, *, room: bool = False) -> str:
    """ "Warsztat X (sala Warszawa), 22 czerwca 2026, 09:00–12:00"; the dinner names its place after the
    time, as an invitation does ("21 czerwca 2026, 18:00, Sala Europejska"), and its title only when the
    programme calls it something else than the label does."""
    if room:
        where = f" ({_room(booked.room, language)})" if booked.room else ""
        return f"{booked.title}{where}, {written_date(booked.day, language)}, {booked.start}–{booked.end}"
    # The programme's own name when it is not the gala dinner's usual one ("Kolacja regionalna").
    named = f"{booked.title}, " if booked.title != LABELS["pl"]["dinner"] else ""
    return f"{named}{written_date(booked.day, language)}, {booked.start}" + (
        f", {booked.room}" if booked.room else ""
    )


def _room(room: str, language: str) -> str:
    """ "sala Bruksela", but "Sala Europejska" as it is: a room named as a room is not called one twice."""
    word = LABELS[language]["room"]
    return room if fold(room).startswith((fold(word), "sala", "room")) else f"{word} {room}"


def file_stem(confirmation: Confirmation, language: str) -> str:
    """The attachment's and the .eml file's name without extension: "potwierdzenie-<code>"."""
    return f"{LABELS[language]['file']}-{confirmation.code}"

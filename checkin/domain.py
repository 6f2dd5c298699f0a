"""Domain records shared by every layer: plain frozen dataclasses, no Qt, no SQL.

These are what crosses from the core to the UI, the CLI and (later) other stations, so they are immutable
and carry only plain values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

CATEGORIES: tuple[str, ...] = (
    "participant",
    "speaker",
    "honorary_guest",
    "organiser",
    "press",
    "partner",
    "staff",
)
"""Category keys as stored; their display labels are event settings (see `Event.category_labels`)."""

DEFAULT_CATEGORY = "participant"

TOWN_SETTING = "town"
"""The event setting holding the venue's town (see `Event.town`)."""

DEFAULT_CATEGORY_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "participant": "Uczestnik",
        "speaker": "Prelegent",
        "honorary_guest": "Gość honorowy",
        "organiser": "Organizator",
        "press": "Media",
        "partner": "Partner",
        "staff": "Obsługa",
    }
)


class Status(StrEnum):
    REGISTERED = "registered"
    CANCELLED = "cancelled"


class VerdictKind(StrEnum):
    """The outcome of a scan at the desk; the values are part of the CLI's JSON contract."""

    CHECKED_IN = "checked_in"
    ALREADY_CHECKED_IN = "already_checked_in"
    CANCELLED = "cancelled"
    NOT_REGISTERED_TODAY = "not_registered_today"
    UNKNOWN_CODE = "unknown_code"


@dataclass(frozen=True, kw_only=True)
class Registrant:
    """A person as the organisers' list describes them, before the station gives them an id and a code.

    `days` lists the ISO dates they attend; empty means every day of the event. `extra` keeps the columns
    of the source file that map to no field, so nothing the organisers typed is lost.
    """

    first_name: str
    last_name: str
    title: str = ""
    position: str = ""
    organisation: str = ""
    city: str = ""
    email: str = ""
    phone: str = ""
    category: str = ""
    """One of CATEGORIES; blank means the list did not say, which a new guest stores as "participant" and
    a re-import leaves unchanged (a list without a category column must not demote an honorary guest)."""
    days: tuple[str, ...] = ()
    notes: str = ""
    needs: str = ""
    consent_data: bool | None = None
    consent_image: bool | None = None
    registration_id: str = ""
    workshop: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)
    source: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(part for part in (self.title, self.first_name, self.last_name) if part)


@dataclass(frozen=True, kw_only=True)
class Attendee(Registrant):
    """A registrant known to the event: a stable id, the opaque code their QR carries, and a status."""

    id: int
    code: str
    status: Status = Status.REGISTERED

    def attends(self, day: str) -> bool:
        return not self.days or day in self.days


@dataclass(frozen=True)
class CheckIn:
    """Who let a guest in on a given day: shown when the same guest is scanned again."""

    at: str
    station: str
    staff: str


@dataclass(frozen=True)
class Verdict:
    """What the desk shows after a scan. `attendee` is None only for an unknown code."""

    kind: VerdictKind
    day: str
    attendee: Attendee | None = None
    first_check_in: CheckIn | None = None

    @property
    def alert(self) -> bool:
        """Honorary guests and guests with notes must be noticed by the organiser."""
        return self.attendee is not None and (
            self.attendee.category == "honorary_guest" or bool(self.attendee.notes)
        )


@dataclass(frozen=True)
class Event:
    name: str
    venue: str
    days: tuple[str, ...]
    secret: bytes
    settings: Mapping[str, object] = field(default_factory=dict)

    @property
    def town(self) -> str:
        """The town badges and certificates name ("Starachowice"): a setting of its own, since no part of
        the venue's text reliably is one ("Starachowice, Hotel Europa, ul. Radomska 76"). Empty when never
        set: documents then carry the date alone rather than a guess."""
        town = self.settings.get(TOWN_SETTING)
        return town.strip() if isinstance(town, str) else ""

    @property
    def category_labels(self) -> Mapping[str, str]:
        labels = self.settings.get("category_labels")
        return {**DEFAULT_CATEGORY_LABELS, **(labels if isinstance(labels, dict) else {})}


SESSION_KINDS: tuple[str, ...] = ("registration", "plenary", "panel", "workshop", "meal", "break", "social")
SIGN_UP_KINDS: frozenset[str] = frozenset({"workshop", "meal", "social"})
"""Kinds a guest signs up for by default: workshops have rooms to fill, meals and the gala dinner are billed
per head. A coffee break ("break") or a plenary is open to everyone there that day."""


@dataclass(frozen=True, kw_only=True)
class Session:
    """One item of the programme. `day` is the 1-based event day, so a programme survives date shifts.

    Sessions sharing a non-empty `choice_group` run in parallel and each guest picks one of them. A session
    with `signup` counts only the guests signed up for it; any other counts everyone registered that day.
    """

    day: int
    start: str
    end: str
    title: str
    room: str
    kind: str
    speakers: str = ""
    capacity: int | None = None
    choice_group: str = ""
    signup: bool = False
    id: int = 0

    @property
    def needs_signup(self) -> bool:
        return self.signup or bool(self.choice_group)


@dataclass(frozen=True)
class SessionCounts:
    """A session with its numbers: what the door, the desk's choice list and the organisers show."""

    session: Session
    signed_up: int
    entered: int = 0
    in_room: int = 0

    @property
    def seats_left(self) -> int | None:
        """None when the session has no capacity; never negative (an override can overfill a room).

        Seats are taken by signing up, or, in a session open to all, by being in the room: a plenary's
        capacity is not "full" because more guests are registered that day than the room holds.
        """
        capacity = self.session.capacity
        taken = self.signed_up if self.session.needs_signup else self.in_room
        return None if capacity is None else max(0, capacity - taken)

    @property
    def full(self) -> bool:
        return self.seats_left == 0


@dataclass(frozen=True)
class SignUp:
    """A guest's place in a session that needs signing up for; `diet` is their note for a meal."""

    session: Session
    diet: str = ""


@dataclass(frozen=True)
class SessionEntry:
    """A guest's entry through a session's door; `exited_at` is set by an exit scan."""

    at: str
    station: str
    staff: str
    exited_at: str | None = None


class DoorVerdictKind(StrEnum):
    """The outcome of a scan at a session's door; the values are part of the CLI's JSON contract."""

    ENTERED = "entered"
    ALREADY_ENTERED = "already_entered"
    NOT_SIGNED_UP = "not_signed_up"
    SESSION_FULL = "session_full"
    UNKNOWN_CODE = "unknown_code"
    EXITED = "exited"
    NOT_IN_ROOM = "not_in_room"


@dataclass(frozen=True)
class DoorVerdict:
    """What the door shows after a scan.

    `right_session` is where a guest who is not signed up here should go (their choice in this session's
    group), None when they have none. `switched_from` is the session an admitted guest was moved out of.
    `counts` are the session's numbers after the scan.
    """

    kind: DoorVerdictKind
    counts: SessionCounts
    attendee: Attendee | None = None
    entry: SessionEntry | None = None
    right_session: Session | None = None
    switched_from: Session | None = None
    overridden: bool = False

    @property
    def session(self) -> Session:
        return self.counts.session

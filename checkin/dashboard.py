"""The organisers' dashboard: one day's attendance as a snapshot record, taken again as guests stream in.

The dashboard asks for a new snapshot whenever the event file changed, up to twice a second while every desk
is scanning, so a snapshot must stay cheap at 100,000 guests:

- what the guest records alone decide (registered, expected per category, which honorary guests come that
  day) is counted again only after a guest record changed: an import, a walk-in, an edit, a cancellation;
- the day's check-ins per category and per time bin are counted once (GROUP BY over `checkins`, ~150 ms at
  80,000 check-ins), then followed through the log rows written since: a check-in adds one, an undo takes
  one back out of the bin of the check-in it undoes. The log is append-only, so the rows since the last
  snapshot are a short index range. They are counted again only when an existing guest's record changed
  (an edited category moves a counted check-in), not for new guests (a walk-in), who had no check-in before;
- the day's meals per diet (`checkin.programme.meals`) are counted again only after a sign-up, a guest or
  the programme changed;
- the rest (sessions, the honorary guests' check-ins, the last ten check-ins) are small indexed questions
  asked every time.

Counts are people, not scans: `checkins` holds one row per guest and day, and an undo deletes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from checkin.collation import by_surname
from checkin.domain import CATEGORIES, Attendee, CheckIn, SessionCounts
from checkin.log_kinds import GUEST_EDITS, MEAL_COUNTS
from checkin.programme.meals import MealCount, meal_counts, meals

if TYPE_CHECKING:
    from checkin.station import Station

ARRIVAL_BIN_MINUTES = 10
LATEST_SHOWN = 10
HONORARY = "honorary_guest"


@dataclass(frozen=True)
class Arrival:
    """A guest and their check-in of the day: when, at which desk, by whom."""

    attendee: Attendee
    check_in: CheckIn


@dataclass(frozen=True)
class CategoryCount:
    """Of one guest category (a `CATEGORIES` key), those checked in on the day and those expected."""

    category: str
    checked_in: int
    expected: int


@dataclass(frozen=True)
class ArrivalBin:
    """Check-ins made in the `ARRIVAL_BIN_MINUTES` starting `minute` minutes after midnight (the desks' local
    time)."""

    minute: int
    count: int

    @property
    def start(self) -> str:
        """The bin's start as a time of day: "09:10"."""
        return f"{self.minute // 60:02d}:{self.minute % 60:02d}"


@dataclass(frozen=True)
class Dashboard:
    """One day's attendance at one moment. Equal snapshots mean nothing the dashboard shows has changed."""

    day: str
    registered: int
    """Guests not cancelled, whichever days they come."""
    expected: int
    """Registered guests who attend `day`."""
    checked_in: int
    by_category: tuple[CategoryCount, ...]
    """In `CATEGORIES` order; a category nobody is expected in or checked in under is left out."""
    sessions: tuple[SessionCounts, ...]
    """The day's programme, in order."""
    arrivals: tuple[ArrivalBin, ...]
    """From the first check-in's bin to the last one's, empty bins included: a lull shows as a gap."""
    honorary_arrived: tuple[Arrival, ...]
    """Newest first."""
    honorary_expected: tuple[Attendee, ...]
    """Honorary guests of the day not checked in yet, by surname in Polish order."""
    latest: tuple[Arrival, ...]
    """The last `LATEST_SHOWN` check-ins, newest first."""
    meals: tuple[MealCount, ...] = ()
    """The day's meals with their numbers per diet (without names), in programme order."""

    @property
    def share(self) -> float:
        """Checked in of expected, 0 to 1 (more when guests expected on other days were let in anyway)."""
        return self.checked_in / self.expected if self.expected else 0.0


@dataclass(frozen=True)
class _Guests:
    """What the guest records alone decide about the day."""

    registered: int
    expected: Mapping[str, int]
    """Category -> guests expected."""
    honorary: tuple[Attendee, ...]
    """The day's honorary guests, by surname."""


class DashboardFeed:
    """Snapshots of one day's dashboard, each after the first costing a few small queries (see above)."""

    def __init__(self, station: Station, day: str) -> None:
        self._station = station
        self.day = station.resolve_day(day)
        self._guests = _Guests(0, {}, ())
        self._guests_seq = self._edits_seq = -1
        """The log positions of the guest change `_guests` was counted after, and of the change to an existing
        guest the check-ins were counted after; -1: never counted."""
        self._generation = ""
        """The file's generation counted in: a purge or a restore renews it, and then every count (and the
        honorary guests' names, which a purge clears) is read again."""
        self._seq = 0
        self._seq_uuid: str | None = None
        """The log row the check-in counts include everything up to, and its uuid."""
        self._checked_in: Counter[str] = Counter()
        """Category -> guests checked in."""
        self._minutes: Counter[str] = Counter()
        """Wall-clock minute ("09:07") -> guests checked in then."""
        self._meals: tuple[MealCount, ...] = ()
        self._meals_counted: tuple[str, int] | None = None
        """The file's generation and log position the meals were counted at (None: never)."""

    def snapshot(self) -> Dashboard:
        """The dashboard now, read from one state of the file: a desk's commit is in all of it or in none."""
        storage = self._station.storage
        with storage.reading():
            guests_changed, edited = storage.last_attendee_change(), storage.last_log_of(GUEST_EDITS)
            generation = storage.generation()
            if generation != self._generation:
                self._generation, self._guests_seq, self._edits_seq = generation, -1, -1
            if guests_changed != self._guests_seq:
                self._count_guests(guests_changed)
            if (
                edited != self._edits_seq
                or storage.log_uuid(self._seq) != self._seq_uuid
                or storage.received_check_ins_since(self._seq)
            ):
                self._count_check_ins(edited)  # a guest changed, a backup restored, another station synced
            else:
                self._follow_log()
            return self._dashboard()

    def _day_meals(self) -> tuple[MealCount, ...]:
        storage = self._station.storage
        counted = (self._generation, storage.last_log_of(MEAL_COUNTS))
        if counted != self._meals_counted:
            found = meals(self._station, self.day)
            self._meals = tuple(meal_counts(self._station, found, named=False)) if found else ()
            self._meals_counted = counted
        return self._meals

    def _count_guests(self, guests_changed: int) -> None:
        storage = self._station.storage
        honorary = storage.attendees_by_ids(storage.expected_in_category(HONORARY, self.day)).values()
        self._guests = _Guests(
            storage.registered_count(), storage.expected_by_category(self.day),
            tuple(sorted(honorary, key=lambda a: by_surname(a.last_name, a.first_name))),
        )  # fmt: skip
        self._guests_seq = guests_changed

    def _count_check_ins(self, edited: int) -> None:
        storage = self._station.storage
        self._checked_in = Counter(storage.checked_in_by_category(self.day))
        self._minutes = Counter(storage.checked_in_by_minute(self.day))
        self._edits_seq = edited
        self._reached(storage.last_log_seq())

    def _follow_log(self) -> None:
        """The check-ins and undos written since the last snapshot, applied to the counts."""
        storage = self._station.storage
        seq = storage.last_log_seq()
        if seq == self._seq:
            return
        for change, category, minute in storage.check_in_changes(self.day, self._seq):
            self._checked_in[category] += change
            self._minutes[minute] += change
        self._reached(seq)

    def _reached(self, seq: int) -> None:
        self._seq, self._seq_uuid = seq, self._station.storage.log_uuid(seq)

    def _dashboard(self) -> Dashboard:
        storage, guests = self._station.storage, self._guests
        expected = sum(guests.expected.values())
        arrived = storage.check_ins_among([a.id for a in guests.honorary], self.day)
        latest = storage.latest_check_ins(self.day, LATEST_SHOWN)
        people = storage.attendees_by_ids([attendee_id for attendee_id, _ in latest])
        return Dashboard(
            day=self.day,
            registered=guests.registered,
            expected=expected,
            checked_in=sum(self._checked_in.values()),
            by_category=_by_category(guests.expected, self._checked_in),
            sessions=self._sessions(expected),
            arrivals=_arrivals(self._minutes),
            honorary_arrived=tuple(sorted(
                (Arrival(a, arrived[a.id]) for a in guests.honorary if a.id in arrived),
                key=lambda arrival: arrival.check_in.at, reverse=True,
            )),
            honorary_expected=tuple(a for a in guests.honorary if a.id not in arrived),
            latest=tuple(Arrival(people[attendee_id], check_in) for attendee_id, check_in in latest),
            meals=self._day_meals(),
        )  # fmt: skip

    def _sessions(self, expected: int) -> tuple[SessionCounts, ...]:
        programme = self._station.programme
        todays = [s for s in programme.sessions() if programme.date_of(s) == self.day]
        return tuple(programme.counts(todays, expected={self.day: expected}))


def _by_category(expected: Mapping[str, int], checked_in: Mapping[str, int]) -> tuple[CategoryCount, ...]:
    shown = {c for c, n in expected.items() if n} | {c for c, n in checked_in.items() if n}
    order = sorted(shown, key=lambda c: (CATEGORIES.index(c) if c in CATEGORIES else len(CATEGORIES), c))
    return tuple(CategoryCount(c, checked_in.get(c, 0), expected.get(c, 0)) for c in order)


def _arrivals(minutes: Mapping[str, int]) -> tuple[ArrivalBin, ...]:
    bins: Counter[int] = Counter()
    for minute, count in minutes.items():
        bins[_minutes(minute) // ARRIVAL_BIN_MINUTES * ARRIVAL_BIN_MINUTES] += count
    filled = sorted(start for start, count in bins.items() if count > 0)
    if not filled:
        return ()
    starts = range(filled[0], filled[-1] + 1, ARRIVAL_BIN_MINUTES)
    return tuple(ArrivalBin(start, bins[start]) for start in starts)


def _minutes(clock: str) -> int:
    """Minutes since midnight of a wall-clock time ("09:07" -> 547)."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)

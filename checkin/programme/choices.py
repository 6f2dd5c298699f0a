"""Who signed up for what: a workshop of a choice group, a meal or the gala dinner, with room capacities.

A seat is taken inside the write transaction that checks the room, so two desks changing choices at once
can never overfill it; only a reason given by the staff (kept in the log) lets a guest into a full one.
Registrants' answers from the import become choices here too, matched to titles by `answers.AnswerMatcher`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checkin.domain import Attendee, Registrant, Session, SessionCounts, SignUp, Status
from checkin.errors import UserError
from checkin.importing.answers import AnswerMatcher
from checkin.importing.values import yes_no
from checkin.log_kinds import LogKind
from checkin.replication.replay import settle_sessions
from checkin.station_part import StationPart
from checkin.text import fold, words

if TYPE_CHECKING:
    from checkin.station import Station

MAX_ROWS_SHOWN = 20
"""Where an answer not understood was given is listed this far; the count says how many there are."""
ANSWER_SEPARATOR = "; "
"""How the importer joins several workshop columns (one per day) into one answer."""
MAX_DIET_LENGTH = 200
BATCH_GUESTS = 5_000
"""Guests whose answers are turned into sign-ups (and logged in one row) at a time."""


@dataclass(frozen=True)
class ChoiceMade:
    """A change of sign-up: `session` joined (None when the guest only withdrew), `previous` left."""

    attendee: Attendee
    session: Session | None
    previous: Session | None = None
    overridden: bool = False


@dataclass(frozen=True)
class AnswerReport:
    """What became of registrants' answers: sign-ups made (`signed_up`, a move counts once here and once in
    `left`), and what could not be matched or seated.

    `unmatched` maps an answer that names no session (or two alike) to how many guests gave it; `full` maps
    a session's title to how many guests who chose it found no seat left.
    """

    signed_up: int = 0
    left: int = 0
    unmatched: dict[str, int] = field(default_factory=dict)
    full: dict[str, int] = field(default_factory=dict)
    wrong_day: dict[str, int] = field(default_factory=dict)
    """Session title -> guests who chose it but are not registered for its day."""
    columns: dict[str, str] = field(default_factory=dict)
    """Column header -> the meal its yes/no answers sign up for."""
    unclear: dict[str, dict[str, int]] = field(default_factory=dict)
    """Meal column header -> an answer in it that is neither yes nor no ("może") -> guests who gave it."""
    rows: dict[str, list[str]] = field(default_factory=dict)
    """An unmatched or unclear answer -> where it was given (at most MAX_ROWS_SHOWN): the file's row
    ("lista.csv:7") for a guest the import creates, the name of a guest it updates."""


@dataclass(frozen=True)
class WorkshopsAhead:
    """The guest's workshops on a day and the days after it, for the desk's banner: check-in is often on day
    one and the workshops on day two.

    `day` is the day's number: a workshop on another day names its day. `open_groups` holds, for each
    choice group of those days that the guest attends and has not chosen in, its workshops with their counts
    (the banner offers those with seats left).
    """

    day: int
    chosen: tuple[Session, ...] = ()
    open_groups: tuple[tuple[SessionCounts, ...], ...] = ()


class Choices(StationPart):
    """Sign-ups of one event, changed from a station (its name and staff go to the log)."""

    # --- reading ------------------------------------------------------------------------------------------

    def of(self, attendee_id: int) -> list[SignUp]:
        """The guest's sign-ups in programme order."""
        signed = self._storage.signups_of(attendee_id)
        return [SignUp(s, signed[s.id]) for s in self._station.programme.sessions() if s.id in signed]

    def options(self, attendee: Attendee) -> list[SessionCounts]:
        """What this guest can sign up for (on the days they attend), with each session's seats left."""
        programme = self._station.programme
        return programme.counts(
            [s for s in programme.sessions() if s.needs_signup and attendee.attends(programme.date_of(s))]
        )

    def open_groups(self, attendee: Attendee) -> list[list[SessionCounts]]:
        """The choice groups this guest has not chosen in yet, each as its sessions with seats left."""
        chosen = {signup.session.choice_group for signup in self.of(attendee.id)}
        groups: dict[str, list[SessionCounts]] = {}
        for counts in self.options(attendee):
            group = counts.session.choice_group
            if group and group not in chosen:
                groups.setdefault(group, []).append(counts)
        return list(groups.values())

    def workshops_ahead(self, attendee: Attendee, day: str) -> WorkshopsAhead | None:
        """The guest's workshops on `day` and the days after it, and the groups of those days they have not
        chosen in, with their seats; None when the programme has no workshops at all."""
        programme = self._station.programme
        workshops = programme.workshops()
        if not workshops:
            return None
        ahead = {s.choice_group for s in workshops if programme.date_of(s) >= day}
        chosen = tuple(s.session for s in self.of(attendee.id) if s.session.choice_group in ahead)
        missing = ahead - {session.choice_group for session in chosen}
        # `open_groups` without reading the sign-ups again: a group in `missing` has none.
        open_seats = (
            (c for c in self.options(attendee) if c.session.choice_group in missing) if missing else ()
        )
        offers = tuple(tuple(group) for group in by_group(open_seats))
        return WorkshopsAhead(self._station.event.days.index(day) + 1, chosen, offers)

    def walk_in_workshops(self) -> list[list[SessionCounts]]:
        """Per choice group, the workshops a walk-in (registered for every day) can still get a seat in."""
        programme = self._station.programme
        return by_group(c for c in programme.counts(programme.workshops()) if not c.full)

    # --- changing -----------------------------------------------------------------------------------------

    def choose(self, attendee_id: int, session_id: int, *, diet: str = "", override: str = "") -> ChoiceMade:
        """Sign the guest up for a session, leaving the other sessions of its choice group.

        A full session refuses (`UserError("session_full")`) unless `override` gives the staff's reason.
        Choosing the session the guest already has only updates the diet note.
        """
        station = self._station
        attendee, session = station.guest(attendee_id), station.programme.session(session_id)
        self._check_can_sign_up(attendee, session)
        with self._storage.transaction():
            change = self.record(attendee, session, diet=diet, override=override)
        return change

    def record(
        self,
        attendee: Attendee,
        session: Session,
        *,
        diet: str = "",
        override: str = "",
        kind: LogKind = LogKind.CHOICE,
    ) -> ChoiceMade:
        """`choose` inside the caller's transaction (the door admits and records the switch in one)."""
        storage, station = self._storage, self._station
        current = storage.signups_of(attendee.id)
        diet = diet.strip()[:MAX_DIET_LENGTH]
        group = station.programme.group_of(session)
        previous = next((s for s in group if s.id in current and s.id != session.id), None)
        if session.id in current:
            if diet != current[session.id]:
                log_uuid, _ = self._station.programme.log(kind, attendee.id, session, {"diet": diet})
                storage.add_signup(attendee.id, session.id, diet, log_uuid)
            return ChoiceMade(attendee, session)
        overridden = self._take_seat(session, override)
        others = [s.id for s in group if s.id != session.id]
        data: dict[str, object] = {
            "diet": diet,
            "previous": previous.id if previous else None,
            "group": others,
        }
        log_uuid, _ = self._station.programme.log(
            kind, attendee.id, session, data, reason=override.strip() if overridden else ""
        )
        left = [other for other in others if other in current]
        for other in left:  # every other session of the group: another station replays exactly these
            storage.remove_signup(attendee.id, other)
        storage.add_signup(attendee.id, session.id, diet, log_uuid)
        if left:
            settle_sessions(storage)  # a session a programme removed goes with its last sign-up
        return ChoiceMade(attendee, session, previous, overridden)

    def withdraw(self, attendee_id: int, session_id: int) -> ChoiceMade:
        """Take the guest off a session (a meal they will miss): their seat is free for someone else."""
        attendee, session = self._station.guest(attendee_id), self._station.programme.session(session_id)
        with self._storage.transaction():
            if session.id not in self._storage.signups_of(attendee.id):
                return ChoiceMade(attendee, None)
            self._station.programme.log(LogKind.WITHDRAW, attendee.id, session, {})
            self._storage.remove_signup(attendee.id, session.id)
            settle_sessions(self._storage)
        return ChoiceMade(attendee, None, session)

    def _take_seat(self, session: Session, override: str) -> bool:
        """Whether taking a seat needs the override; raises when the session is full and there is none."""
        capacity = session.capacity
        if capacity is None or self._storage.signup_count(session.id) < capacity:
            return False
        if not override.strip():
            raise UserError(
                "session_full", '"{title}" is full ({capacity} seats). Choose another session, or '
                "override with a reason.", title=session.title, capacity=str(capacity),
            )  # fmt: skip
        return True

    def _check_can_sign_up(self, attendee: Attendee, session: Session) -> None:
        name = f"{attendee.first_name} {attendee.last_name}".strip()
        if not session.needs_signup:
            raise UserError("no_signup_needed", '"{title}" is open to everyone; nobody signs up for it.',
                            title=session.title)  # fmt: skip
        if attendee.status is Status.CANCELLED:
            raise UserError("guest_cancelled", "The registration of {name} is cancelled; restore it first.",
                            name=name)  # fmt: skip
        day = self._station.programme.date_of(session)
        if not attendee.attends(day):
            raise UserError(
                "guest_not_that_day", '{name} is not registered for {day}, the day of "{title}". '
                "Ask the organiser.",
                name=name, day=day, title=session.title,
            )  # fmt: skip

    # --- from the registrants' answers --------------------------------------------------------------------

    def assign_answers(
        self,
        guests: Iterable[tuple[int, Registrant]] | None = None,
        changed: Mapping[int, Collection[str]] | None = None,
        *,
        apply: bool = True,
    ) -> AnswerReport:
        """Inside the caller's transaction: turn answers into sign-ups, as far as seats allow.

        `guests` are (id, record) of the registered guests to consider (an import's new and updated ones,
        already in memory); None means every registered guest (the programme changed). A guest gets the
        workshop their answer names, and the meals a yes in a column named like one signs them up for
        ("Uroczysta kolacja – dzień 1: tak"). What a guest holds, or was given or taken at a desk or a door,
        stands: only an answer that changed in this import (`changed`: id -> field names) moves them, and a
        changed "nie" takes them off a meal. Seats go in registration order; answers that name no session,
        a full session or a day the guest does not attend are reported. `apply=False` only reports.
        """
        plan = self.answer_plan()
        if plan is None:
            return AnswerReport()
        for batch in _batches(self._storage.answers() if guests is None else guests):
            plan.add_batch(batch, changed or {})
            plan.settle(apply=apply)
        return plan.report()

    def answer_plan(self) -> AnswerPlan | None:
        """A plan to feed guests to in batches (an import of any size), as `assign_answers` does; None when
        the programme has nothing to sign up for."""
        sessions = [s for s in self._station.programme.sessions() if s.needs_signup]
        return AnswerPlan(self._station, sessions) if sessions else None

    def answers_report(self) -> AnswerReport:
        """What the registrants' answers still leave open, without changing anything: answers that name no
        session, and guests whose chosen session is full (e.g. after the programme was edited)."""
        return self.assign_answers(apply=False)


class AnswerPlan:
    """The sign-ups an import makes, counted against capacities before anything is written. Guests come in
    batches, each in registration order (`add_batch`); `settle` writes a batch's sign-ups (or, in a dry
    run, forgets them), so memory holds one batch's guests, not the event's."""

    def __init__(self, station: Station, sessions: list[Session]) -> None:
        self.station, self.storage, self.days = station, station.storage, station.event.days
        self.changed: Mapping[int, Collection[str]] = {}
        self.workshops = [s for s in sessions if s.choice_group]
        self.workshop_titles = AnswerMatcher([s.title for s in self.workshops])
        self.meals = [s for s in sessions if not s.choice_group]
        self.meal_answers: dict[tuple[str, str], tuple[Session, bool | None] | None] = {}
        """(column, answer) -> (the meal, yes, no or None when unclear): a few distinct pairs in 100,000
        rows."""
        self.slots = {s.id: s.choice_group or f"#{s.id}" for s in sessions}
        """What a guest holds at most one of: a place in a choice group, or their place at one meal."""
        self.taken = Counter(self.storage.signup_counts())
        self.held: dict[tuple[int, str], int] = {}
        """The batch's guests' sign-ups (guest, slot) -> session."""
        self.decided = {(attendee_id, self.slots[session_id]) for attendee_id, session_id
                        in self.storage.desk_decisions() if session_id in self.slots}  # fmt: skip
        """Slots a desk or a door chose or emptied for a guest: an unchanged answer never undoes that."""
        self.adds: list[tuple[int, int]] = []
        self.removes: list[tuple[int, int]] = []
        self.diet: dict[tuple[int, int], str] = {}
        self.signed_up = self.left = 0
        self.unmatched: Counter[str] = Counter()
        self.full: Counter[str] = Counter()
        self.wrong_day: Counter[str] = Counter()
        self.columns: dict[str, str] = {}
        self.unclear: dict[str, Counter[str]] = {}
        self.rows: dict[str, list[str]] = {}

    def add_batch(
        self, guests: Iterable[tuple[int, Registrant]], changed: Mapping[int, Collection[str]]
    ) -> None:
        """(id, record) of registered guests, in registration order; `changed`: id -> the fields this import
        changed for them."""
        batch, self.changed = list(guests), changed
        ids = [attendee_id for attendee_id, _ in batch if attendee_id > 0]
        self.held = {
            (attendee_id, self.slots[session_id]): session_id
            for attendee_id, sessions in self.storage.signups_among(ids, list(self.slots)).items()
            for session_id in sessions
        }  # fmt: skip
        for attendee_id, person in batch:
            self.add(attendee_id, person)

    def add(self, attendee_id: int, person: Registrant) -> None:
        """One guest's workshop answer (one part per choice column) and meal columns."""
        changed = self.changed.get(attendee_id, ())
        for part in person.workshop.split(ANSWER_SEPARATOR) if person.workshop else ():
            index = self.workshop_titles.match(part)
            if index is None and _declines(part):
                continue  # no workshop chosen: nothing to sign up for, nothing to choose at the desk
            if index is None:
                self.unmatched[part.strip()] += 1
                self._note_where(part.strip(), person)
            elif self._attends(person, self.workshops[index]):
                self.sign_up(attendee_id, self.workshops[index], may_move="workshop" in changed)
        for pair in person.extra.items():
            meal = self.meal_answers[pair] if pair in self.meal_answers else self._meal_for(*pair)
            if meal is None:
                continue
            session, said = meal
            if said is None:
                self.unclear.setdefault(pair[0], Counter())[pair[1]] += 1
                self._note_where(pair[1], person)
            elif not said:  # a "nie" is no sign-up, so never one on a day the guest does not attend
                if "extra" in changed and (attendee_id, self.slots[session.id]) not in self.decided:
                    self.leave(attendee_id, session.id)
            elif self._attends(person, session):
                self.sign_up(attendee_id, session, may_move="extra" in changed, diet=person.needs)

    def _note_where(self, answer: str, person: Registrant) -> None:
        """A guest known to the event by their name, one from the file by its row; a record read back for
        a programme change has neither, and its answer is counted only."""
        where = person.full_name if isinstance(person, Attendee) else person.source
        rows = self.rows.setdefault(answer, [])
        if where and len(rows) < MAX_ROWS_SHOWN:
            rows.append(where)

    def _attends(self, person: Registrant, session: Session) -> bool:
        if not person.days or self.days[session.day - 1] in person.days:
            return True
        self.wrong_day[session.title] += 1
        return False

    def _meal_for(self, header: str, answer: str) -> tuple[Session, bool | None] | None:
        """The meal a column is about, by every word of its title and the day the header names, if any,
        with the answer's yes or no (None: neither, e.g. "może")."""
        day = _day_named(header, self.days)
        meals = [s for s in self.meals if day is None or s.day == day]
        index = AnswerMatcher([s.title for s in meals], min_coverage=0, min_title_share=1).match(header)
        meal = (meals[index], yes_no(answer)) if index is not None else None
        if meal is not None:
            self.columns[header] = meal[0].title
        self.meal_answers[(header, answer)] = meal
        return meal

    def sign_up(self, attendee_id: int, session: Session, *, may_move: bool, diet: str = "") -> None:
        key = (attendee_id, self.slots[session.id])
        current = self.held.get(key)
        if current == session.id or (not may_move and (current is not None or key in self.decided)):
            return
        if session.capacity is not None and self.taken[session.id] >= session.capacity:
            self.full[session.title] += 1
            return
        if current is not None:
            self.leave(attendee_id, current)
        self.adds.append((attendee_id, session.id))
        self.taken[session.id] += 1
        self.held[key] = session.id
        if diet:
            self.diet[(attendee_id, session.id)] = diet

    def leave(self, attendee_id: int, session_id: int) -> None:
        key = (attendee_id, self.slots[session_id])
        if self.held.get(key) == session_id:
            self.removes.append((attendee_id, session_id))
            self.taken[session_id] -= 1
            del self.held[key]

    def report(self) -> AnswerReport:
        return AnswerReport(
            signed_up=self.signed_up, left=self.left, unmatched=dict(self.unmatched),
            full=dict(self.full), wrong_day=dict(self.wrong_day), columns=dict(self.columns),
            unclear={column: dict(answers) for column, answers in self.unclear.items()}, rows=self.rows,
        )  # fmt: skip

    def settle(self, *, apply: bool) -> None:
        """Write the batch's sign-ups in one log row (`apply`), or only count them."""
        self.signed_up += len(self.adds)
        self.left += len(self.removes)
        if apply and (self.adds or self.removes):
            diets = [[*pair, diet] for pair, diet in self.diet.items()]  # the few with a note; they travel
            log_uuid, _ = self.storage.append_log(
                LogKind.CHOICES_FROM_ANSWERS, station=self.station.name, staff=self.station.staff,
                data={"signups": self.adds, "left": self.removes, "diets": diets},
            )  # fmt: skip
            self.storage.remove_signups(self.removes)
            self.storage.add_signups(self.adds, self.diet, log_uuid)
        self.adds, self.removes, self.diet, self.held = [], [], {}, {}


def _batches(guests: Iterable[tuple[int, Registrant]]) -> Iterator[list[tuple[int, Registrant]]]:
    batch: list[tuple[int, Registrant]] = []
    for guest in guests:
        batch.append(guest)
        if len(batch) == BATCH_GUESTS:
            yield batch
            batch = []
    if batch:
        yield batch


_DAY_IN_HEADER = re.compile(r"\b(?:dzien|day)\s*(\d{1,2})\b|\b(\d{1,2})[./](\d{1,2})\b")
"""'dzień 2', 'day 1', '21.06': a meal column that names its day ('Obiad – dzień 2', 'Obiad 21.06')."""


def _day_named(header: str, days: Sequence[str]) -> int | None:
    """The 1-based event day a column header names, or None."""
    found = _DAY_IN_HEADER.search(fold(header))
    if found is None:
        return None
    if found.group(1):
        number = int(found.group(1))
        return number if 1 <= number <= len(days) else None
    suffix = f"-{int(found.group(3)):02d}-{int(found.group(2)):02d}"
    return next((i for i, day in enumerate(days, start=1) if day.endswith(suffix)), None)


def by_group(options: Iterable[SessionCounts]) -> list[list[SessionCounts]]:
    """Workshops gathered by choice group, groups in the order of their first session."""
    groups: dict[str, list[SessionCounts]] = {}
    for counts in options:
        groups.setdefault(counts.session.choice_group, []).append(counts)
    return list(groups.values())


_NONE = frozenset({"nie", "no", "brak", "zaden", "none", "nie dotyczy", "n a"})
_TAKING_PART = frozenset({"udzialu", "wezme", "biore", "uczestnicze", "bede", "attend", "attending"})


def _declines(answer: str) -> bool:
    """An answer that chooses no workshop ("nie", "brak", "Nie wezmę udziału w warsztatach", "I will not
    attend"), as opposed to one that is not understood ("nie wiem jeszcze"), which the report names."""
    said = words(answer)
    return " ".join(said) in _NONE or (bool({"nie", "not"} & set(said)) and bool(_TAKING_PART & set(said)))

"""Who signed up for what: a workshop of a choice group, a meal or the gala dinner, with room capacities.

A seat is taken inside the write transaction that checks the room, so two desks changing choices at once
can never overfill it; only a reason given by the staff (kept in the log) lets a guest into a full one.
Registrants' answers from the import become choices here too, matched to titles by `answers.AnswerMatcher`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checkin.answers import AnswerMatcher
from checkin.domain import Attendee, Registrant, Session, SessionCounts, SignUp, Status
from checkin.errors import UserError
from checkin.storage import Storage
from checkin.values import yes_no

if TYPE_CHECKING:
    from checkin.station import Station

ANSWER_SEPARATOR = "; "
"""How the importer joins several workshop columns (one per day) into one answer."""
MAX_DIET_LENGTH = 200


@dataclass(frozen=True)
class ChoiceMade:
    """A change of sign-up: `session` joined (None when the guest only withdrew), `previous` left."""

    attendee: Attendee
    session: Session | None
    previous: Session | None = None
    overridden: bool = False


@dataclass(frozen=True)
class AnswerReport:
    """What became of registrants' answers: sign-ups made or moved, and what could not be matched or seated.

    `unmatched` maps an answer that names no session (or two alike) to how many guests gave it; `full` maps
    a session's title to how many guests who chose it found no seat left.
    """

    signed_up: int = 0
    moved: int = 0
    unmatched: dict[str, int] = field(default_factory=dict)
    full: dict[str, int] = field(default_factory=dict)


class Choices:
    """Sign-ups of one event, changed from a station (its name and staff go to the log)."""

    def __init__(self, station: Station) -> None:
        self._station = station

    @property
    def _storage(self) -> Storage:
        return self._station.storage

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
        kind: str = "choice",
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
        data: dict[str, object] = {"diet": diet, "previous": previous.id if previous else None}
        log_uuid, _ = self._station.programme.log(
            kind, attendee.id, session, data, reason=override.strip() if overridden else ""
        )
        if previous is not None:
            storage.remove_signup(attendee.id, previous.id)
        storage.add_signup(attendee.id, session.id, diet, log_uuid)
        return ChoiceMade(attendee, session, previous, overridden)

    def withdraw(self, attendee_id: int, session_id: int) -> ChoiceMade:
        """Take the guest off a session (a meal they will miss): their seat is free for someone else."""
        attendee, session = self._station.guest(attendee_id), self._station.programme.session(session_id)
        with self._storage.transaction():
            if session.id not in self._storage.signups_of(attendee.id):
                return ChoiceMade(attendee, None)
            self._station.programme.log("withdraw", attendee.id, session, {})
            self._storage.remove_signup(attendee.id, session.id)
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
        self, guests: Iterable[tuple[int, Registrant]] | None = None, changed: Collection[int] = ()
    ) -> AnswerReport:
        """Inside the caller's transaction: turn answers into sign-ups, as far as seats allow.

        `guests` are (id, record) of the guests to consider (an import's new and updated ones, already in
        memory); None means every registered guest (the programme changed). A guest without a sign-up in a
        choice group gets the session their answer names; one who has one keeps it (a desk may have changed
        it) unless their answer changed in this import (`changed`). A yes in a column named like a meal or
        the dinner ("Uroczysta kolacja: tak") signs them up for it. Seats go in registration order; whoever
        finds a session full is reported, as is every answer that names no session.
        """
        plan = self._plan(guests, changed)
        return plan.apply(self._station) if plan else AnswerReport()

    def answers_report(self) -> AnswerReport:
        """What the registrants' answers still leave open, without changing anything: answers that name no
        session, and guests whose chosen session is full (e.g. after the programme was edited)."""
        plan = self._plan(None, ())
        return AnswerReport(unmatched=dict(plan.unmatched), full=dict(plan.full)) if plan else AnswerReport()

    def _plan(
        self, guests: Iterable[tuple[int, Registrant]] | None, changed: Collection[int]
    ) -> _Plan | None:
        sessions = [s for s in self._station.programme.sessions() if s.needs_signup]
        if not sessions:
            return None
        plan = _Plan(self._storage, sessions, changed)
        for attendee_id, person in self._storage.answers() if guests is None else guests:
            plan.add(attendee_id, person)
        return plan


class _Plan:
    """The sign-ups an import makes, counted against capacities before anything is written."""

    def __init__(self, storage: Storage, sessions: list[Session], changed: Collection[int]) -> None:
        self.storage = storage
        self.changed = changed
        self.workshops = [s for s in sessions if s.choice_group]
        self.meals = [s for s in sessions if not s.choice_group]
        self.workshop_titles = AnswerMatcher([s.title for s in self.workshops])
        self.meal_columns = AnswerMatcher([s.title for s in self.meals], min_coverage=0)
        self.meal_answers: dict[tuple[str, str], Session | None] = {}
        """(column, answer) -> the meal a yes signs up for: a few distinct pairs in 100,000 rows."""
        self.slots = {s.id: s.choice_group or f"#{s.id}" for s in sessions}
        """What a guest holds at most one of: a place in a choice group, or their place at one meal."""
        self.taken = Counter(storage.signup_counts())
        self.held = {(attendee_id, self.slots[session_id]): session_id
                     for attendee_id, session_id in storage.signups_in(list(self.slots))}  # fmt: skip
        self.adds: list[tuple[int, int]] = []
        self.removes: list[tuple[int, int]] = []
        self.diet: dict[tuple[int, int], str] = {}
        self.unmatched: Counter[str] = Counter()
        self.full: Counter[str] = Counter()

    def add(self, attendee_id: int, person: Registrant) -> None:
        """One guest's workshop answer (one part per choice column) and meal columns."""
        for part in person.workshop.split(ANSWER_SEPARATOR) if person.workshop else ():
            index = self.workshop_titles.match(part)
            if index is None:
                self.unmatched[part.strip()] += 1
            else:
                self.sign_up(attendee_id, self.workshops[index], may_move=attendee_id in self.changed)
        for pair in person.extra.items():
            meal = self.meal_answers[pair] if pair in self.meal_answers else self._meal_for(*pair)
            if meal is not None:
                self.sign_up(attendee_id, meal, may_move=False, diet=person.needs)

    def _meal_for(self, header: str, answer: str) -> Session | None:
        index = self.meal_columns.match(header)
        meal = self.meals[index] if index is not None and yes_no(answer) else None
        self.meal_answers[(header, answer)] = meal
        return meal

    def sign_up(self, attendee_id: int, session: Session, *, may_move: bool, diet: str = "") -> None:
        key = (attendee_id, self.slots[session.id])
        current = self.held.get(key)
        if current == session.id or (current is not None and not may_move):
            return
        if session.capacity is not None and self.taken[session.id] >= session.capacity:
            self.full[session.title] += 1
            return
        if current is not None:
            self.removes.append((attendee_id, current))
            self.taken[current] -= 1
        self.adds.append((attendee_id, session.id))
        self.taken[session.id] += 1
        self.held[key] = session.id
        if diet:
            self.diet[(attendee_id, session.id)] = diet

    def apply(self, station: Station) -> AnswerReport:
        if self.adds:
            log_uuid, _ = self.storage.append_log(
                "choices_from_answers", station=station.name, staff=station.staff,
                data={"signups": self.adds, "left": self.removes},
            )  # fmt: skip
            self.storage.remove_signups(self.removes)
            self.storage.add_signups(self.adds, self.diet, log_uuid)
        return AnswerReport(
            signed_up=len(self.adds) - len(self.removes), moved=len(self.removes),
            unmatched=dict(self.unmatched), full=dict(self.full),
        )  # fmt: skip

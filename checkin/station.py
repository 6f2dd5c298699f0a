"""The service the desk window and the command line talk to: one object per open event file.

Every state change appends rows to the event log and updates the cached state in one transaction, and
returns a record of what happened (a `Verdict`, an `ImportReport`, ...), never a database row.
"""

from __future__ import annotations

import socket
import sys
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

from checkin import codes
from checkin.backups import Backups, Reason
from checkin.changes import Changes
from checkin.domain import (
    CATEGORIES,
    TOWN_SETTING,
    Attendee,
    CheckIn,
    Event,
    Registrant,
    Session,
    Status,
    Verdict,
    VerdictKind,
)  # fmt: skip
from checkin.errors import MAX_REASON_LENGTH, UserError, required_reason
from checkin.event_settings import EventSettings, checked_town
from checkin.importing.importer import ParsedFile, read_registrants
from checkin.importing.lookalikes import NAMED
from checkin.importing.preview import Imports
from checkin.importing.status import ListedStatus
from checkin.log_kinds import LogKind
from checkin.open_events import SIDE_FILES
from checkin.output_files import refuse_new_event_file
from checkin.privacy import Privacy
from checkin.programme.choices import Choices
from checkin.programme.door import Door
from checkin.programme.sessions import Programme
from checkin.registering import FromFile, ImportReport, Progress, Registering, insert
from checkin.registrations import Registrations
from checkin.replication.replica import Replica
from checkin.roles import Roles, hash_pin
from checkin.search import DEFAULT_LIMIT, Vocabulary, search
from checkin.storage import Storage, place_new_event
from checkin.storage.migrations import SIGN_UPS
from checkin.text import fold, is_email

if TYPE_CHECKING:
    from checkin.badges.printing import BadgePrinting
    from checkin.confirmations.part import Confirmations
    from checkin.documents.exports import Exports

EDITABLE_FIELDS = (
    "title", "first_name", "last_name", "position", "organisation", "city", "email", "phone", "category",
    "notes", "needs", "workshop",
)  # fmt: skip
MAX_ID_DIGITS = 12


@dataclass(frozen=True)
class SearchHit:
    """A search result. `ambiguous` marks guests whose name or e-mail another result shares: the desk
    must never pick one of them for the staff, only show them with their organisation."""

    attendee: Attendee
    checked_in: bool
    ambiguous: bool = False
    workshop: Session | None = None
    """The workshop they signed up for (the earliest, if several days have workshops)."""


@dataclass(frozen=True)
class Undone:
    """The result of an undo: `check_in` is the check-in taken back, None when there was none."""

    attendee: Attendee
    day: str
    check_in: CheckIn | None


@dataclass(frozen=True)
class Stats:
    registered: int
    checked_in: Mapping[str, int]
    expected: Mapping[str, int]
    by_category: Mapping[str, int]


def default_station_name() -> str:
    return socket.gethostname() or "desk"


class StationOptions(TypedDict, total=False):
    """Who opens an event file, as `Station(...)` takes it (`open`, `create` pass these on)."""

    name: str
    staff: str
    day: str | None


class Station:
    """An open event database, seen from one desk (its station name and the staff member on shift), in
    the reception or the organiser role (see `checkin.roles`)."""

    def __init__(self, storage: Storage, *, name: str = "", staff: str = "", day: str | None = None) -> None:
        self.storage = storage
        self._listeners: list[Callable[[Changes], None]] = []
        self.event: Event = storage.event()
        self.name = name or default_station_name()
        self.staff = staff
        self.day = self.resolve_day(day) if day else self.event_day_today()
        self._vocabulary = Vocabulary()
        self._expected: dict[str, int] = {}
        self._expected_seq = -1
        self._rewritten_elsewhere = False
        self._generation: str | None = None
        """The file's generation when the caches above were filled (None: nothing cached yet)."""
        self._seen_version = storage.data_version()
        self.roles = Roles(self)
        self.programme = Programme(self)
        self.choices = Choices(self)
        self.door = Door(self)
        self.backups = Backups(self)
        self.privacy = Privacy(self)
        self.imports = Imports(self)
        self.registrations = Registrations(self)
        self.replica = Replica(self)
        self.event_settings = EventSettings(self)
        self.privacy.finish_pending()  # before anything else: a purge killed half-way is finished here
        if storage.upgraded_by(SIGN_UPS):
            with storage.transaction():  # an older event file: its guests' answers become choices once
                self.choices.assign_answers()

    @classmethod
    def open(cls, path: Path, **kwargs: Unpack[StationOptions]) -> Station:
        return cls(Storage(path), **kwargs)

    def opener(self) -> Callable[[], Station]:
        """This station (its name, staff, day and role) to open again, on a connection of its own, on the
        thread that calls the result: an import of 100,000 guests runs there while the desk's window stays
        alive. A connection belongs to the thread that made it; whoever opens the station closes it."""
        path, organiser = self.storage.path, self.roles.is_organiser
        options = StationOptions(name=self.name, staff=self.staff, day=self.day)

        def open_again() -> Station:
            station = Station.open(path, **options)
            if organiser:
                station.roles.grant_organiser()
            return station

        return open_again

    @classmethod
    def create(
        cls, path: Path, *, event_name: str, venue: str, days: Sequence[str], town: str = "",
        pin: str | None = None, **kwargs: Unpack[StationOptions],
    ) -> Station:  # fmt: skip
        """A new event file; with `pin`, the organiser's PIN (checked before the file is made). The station
        returned is the organiser's: whoever set the PIN knows it. `town`: the venue's (see `Event.town`).
        A place a new event file may not go is refused first (`refuse_new_event_file`)."""
        refuse_new_event_file(path)
        stored = hash_pin(pin) if pin is not None else None
        town = checked_town(town)
        settings = {TOWN_SETTING: town} if town else {}
        storage = Storage(path, create=True)
        with storage.transaction():
            storage.create_event(Event(event_name, venue, tuple(days), codes.new_secret(), settings))
            if stored is not None:
                storage.set_organiser_pin(stored)
        station = cls(storage, **kwargs)
        station.roles.grant_organiser()
        return station

    @cached_property
    def badges(self) -> BadgePrinting:
        """Made on first use, like `exports`: reportlab, qrcode and Pillow load only at a station that prints
        (a door, a catch-up process and the command line's check-ins never do)."""
        from checkin.badges.printing import BadgePrinting

        return BadgePrinting(self)

    @cached_property
    def confirmations(self) -> Confirmations:
        """Made on first use, like `badges`: reportlab and the e-mail libraries load only at a station that
        makes confirmations."""
        from checkin.confirmations.part import Confirmations

        return Confirmations(self)

    @cached_property
    def exports(self) -> Exports:
        """Made on first use: openpyxl and reportlab load only at a station that exports."""
        from checkin.documents.exports import Exports

        return Exports(self)

    def listen(self, callback: Callable[[Changes], None]) -> None:
        """`callback` is told what every write this station commits changed, right after the commit."""
        self._listeners.append(callback)
        self._report_commits()

    def unlisten(self, callback: Callable[[Changes], None]) -> None:
        self._listeners.remove(callback)
        self._report_commits()

    def _report_commits(self) -> None:
        """Commits are read back for a `Changes` record only while someone listens: an import or a
        catch-up at the command line pays nothing for it."""
        self.storage.on_commit = self._committed if self._listeners else None

    def _committed(self, changes: Changes) -> None:
        """Every listener is told; one that fails does not make the committed write look failed."""
        for callback in list(self._listeners):
            try:
                callback(changes)
            except Exception:  # the write is in the file: the failure is the listener's, reported as such
                sys.excepthook(*sys.exc_info())

    @property
    def path(self) -> Path:
        """The event file this station has open."""
        return self.storage.path

    def close(self) -> None:
        self.storage.close()

    def reopen(self) -> None:
        """Open the event file afresh, after a restore put other content into it (an older backup is
        migrated again), and forget everything read from it before."""
        self.storage.close()
        self.storage = Storage(self.storage.path)
        self._report_commits()
        self._seen_version = self.storage.data_version()
        self.forget_cached()
        self.privacy.finish_pending()  # a backup taken in the middle of a purge

    def forget_cached(self) -> None:
        """Drop what was read from the file (the typo fallback's vocabulary, counts, the event record):
        after a restore or a purge rewrote it, here or at another desk."""
        self.event = self.storage.event()
        self._vocabulary = Vocabulary()
        self._expected_seq = -1
        self._generation = None

    # --- days ---------------------------------------------------------------------------------------------

    def event_day_today(self, today: date | None = None) -> str | None:
        iso = (today or date.today()).isoformat()
        return iso if iso in self.event.days else None

    def resolve_day(self, day: str | None) -> str:
        """An event day from an ISO date or a day number ("1", "2"); None means the station's day."""
        if day is None:
            if self.day is None:
                raise UserError(
                    "no_event_today",
                    "Today is not a day of this event ({days}); choose which day you are checking in.",
                    days=", ".join(self.event.days),
                )
            return self.day
        day = day.strip()
        if _is_small_number(day) and 1 <= int(day) <= len(self.event.days):
            return self.event.days[int(day) - 1]
        if day in self.event.days:
            return day
        raise UserError(
            "not_an_event_day", "{day} is not a day of this event ({days}).", day=day,
            days=", ".join(self.event.days),
        )  # fmt: skip

    # --- finding people -----------------------------------------------------------------------------------

    def find(self, code_or_id: str | int) -> Attendee | None:
        """By code (checked offline first: a forged code never reaches the database) or by numeric id."""
        if isinstance(code_or_id, int):
            return self.storage.attendee_by_id(code_or_id)
        typed = code_or_id.strip()
        if codes.looks_like_code(typed):
            if not codes.is_valid(typed, self.event.secret):
                return None
            return self.storage.attendee_by_code(codes.normalise(typed))
        if _is_small_number(typed):
            return self.storage.attendee_by_id(int(typed))
        return None

    def changed_elsewhere(self) -> bool:
        """True once after another process (a second desk, the command line) wrote to the event file.

        When that write was a restore or a purge, what this desk cached from the file is dropped too.
        """
        version = self.storage.data_version()
        changed, self._seen_version = version != self._seen_version, version
        if changed and self._generation is not None and self.storage.generation() != self._generation:
            self.forget_cached()
            self._rewritten_elsewhere = True
        return changed

    def take_rewritten(self) -> bool:
        """True once after `changed_elsewhere` found the file purged or restored by another process: a
        window must then drop every guest it shows (names may be gone, check-ins taken back)."""
        rewritten, self._rewritten_elsewhere = self._rewritten_elsewhere, False
        return rewritten

    def file_replaced(self) -> bool:
        """True once another program moved, deleted or replaced the event file under this station: every
        write is then refused (`event_file_replaced`), and the desk must say so at once."""
        return not self.storage.still_at_path()

    def is_code(self, typed: str) -> bool:
        """True for a code this event issued (the check passes offline); the desk treats it as a scan."""
        return codes.is_valid(typed, self.event.secret)

    def search(self, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
        if self._generation is None:
            self._generation = self.storage.generation()  # what the vocabulary is read from
        ids = search(self.storage, self._vocabulary, query, limit)
        people = [p for p in map(self.storage.attendees_by_ids(ids).get, ids) if p is not None]
        present = self.storage.checked_in_among(ids, self.day) if self.day else set()
        keys = [{key for key in (_name_key(p), p.email) if key} for p in people]
        shared = Counter(key for of_one in keys for key in of_one)
        workshops = {s.id: s for s in self.programme.workshops()}
        chosen = self.storage.signups_among(ids, list(workshops))
        return [
            SearchHit(
                p, p.id in present, any(shared[key] > 1 for key in of_one),
                next((workshops[s] for s in workshops if s in chosen.get(p.id, ())), None),
            )
            for p, of_one in zip(people, keys, strict=True)
        ]  # fmt: skip

    def similar_people(self, person: Registrant, limit: int = 5) -> list[Attendee]:
        """Who a walk-in might already be: the same e-mail, or the same first and last name."""
        hits = self.search(f"{person.first_name} {person.last_name}", limit)
        found = [h.attendee for h in hits if _name_key(h.attendee) == _name_key(person)]
        if person.email.strip():
            found += [h.attendee for h in self.search(person.email.strip(), 1) if h.attendee not in found]
        return found[:limit]

    # --- the desk's actions -------------------------------------------------------------------------------

    def check_in(self, code_or_id: str | int, day: str | None = None) -> Verdict:
        """Check a guest in once per day; scanning again reports who checked them in first."""
        day = self.resolve_day(day)
        attendee = self.find(code_or_id)
        if attendee is None:
            return Verdict(VerdictKind.UNKNOWN_CODE, day)
        if attendee.status is Status.CANCELLED:
            return Verdict(VerdictKind.CANCELLED, day, attendee)
        if not attendee.attends(day):
            return Verdict(VerdictKind.NOT_REGISTERED_TODAY, day, attendee)
        with self.storage.transaction():
            existing = self.storage.check_in_of(attendee.id, day)
            if existing is not None:
                return Verdict(VerdictKind.ALREADY_CHECKED_IN, day, attendee, existing[1])
            self._record_check_in(attendee.id, day)
        return Verdict(VerdictKind.CHECKED_IN, day, attendee)

    def _record_check_in(self, attendee_id: int, day: str) -> None:
        log_uuid, at = self.storage.append_log(
            LogKind.CHECK_IN, station=self.name, staff=self.staff, attendee_id=attendee_id, day=day
        )
        self.storage.add_check_in(attendee_id, day, log_uuid, CheckIn(at, self.name, self.staff))

    def undo(self, code_or_id: str | int, reason: str, day: str | None = None) -> Undone:
        """Take back a check-in (a wrong person, a scan by mistake); the reason is kept in the log."""
        day = self.resolve_day(day)
        reason = required_reason(reason)
        attendee = self.guest(code_or_id)
        with self.storage.transaction():
            existing = self.storage.check_in_of(attendee.id, day)
            if existing is None:
                return Undone(attendee, day, None)
            also = [row.uuid for row in self.replica.standing_check_ins(attendee.id, day)]
            also.remove(existing[0])  # the others: scans of the guest at desks that were cut off
            self.storage.append_log(
                LogKind.UNDO, station=self.name, staff=self.staff, attendee_id=attendee.id, day=day,
                reason=reason, data={"undoes": existing[0], **({"also": also} if also else {})},
            )  # fmt: skip
            self.storage.remove_check_in(attendee.id, day)
        return Undone(attendee, day, existing[1])

    def walk_in(self, person: Registrant, day: str | None = None) -> Verdict:
        """Register someone who is not on the list and check them in, in one go."""
        day = self.resolve_day(day)
        person = _validated(replace(person, source=f"walk-in:{self.name}"))
        with self.storage.transaction():
            (attendee_id,) = insert(self, [person], kind=LogKind.WALK_IN)
            self._record_check_in(attendee_id, day)
        return Verdict(VerdictKind.CHECKED_IN, day, self.guest(attendee_id))

    def edit(self, attendee_id: int, changes: Mapping[str, str], reason: str = "") -> Attendee:
        """Correct a misspelt name or organisation at the desk; old and new values go to the log."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise UserError(
                "not_editable", "These fields cannot be edited: {fields}.", fields=", ".join(unknown)
            )
        before = self.guest(attendee_id)
        stripped: dict[str, Any] = {k: v.strip() for k, v in changes.items()}  # Any: text fields only
        after = _validated(replace(before, **stripped))
        diff = {name: [getattr(before, name), getattr(after, name)] for name in changes
                if getattr(before, name) != getattr(after, name)}  # fmt: skip
        if not diff:
            return before
        with self.storage.transaction():
            self.storage.update_attendee(attendee_id, {name: new for name, (_, new) in diff.items()})
            self.storage.append_log(
                LogKind.EDIT, station=self.name, staff=self.staff, attendee_id=attendee_id,
                reason=reason[:MAX_REASON_LENGTH], data=diff,
            )  # fmt: skip
        return self.guest(attendee_id)

    def guest(self, code_or_id: str | int) -> Attendee:
        attendee = self.find(code_or_id)
        if attendee is None:
            raise UserError("unknown_attendee", "No guest has the code or number {key}.", key=str(code_or_id))
        return attendee

    # --- registering many ---------------------------------------------------------------------------------

    def import_file(
        self, path: Path, *, dry_run: bool = False, mapping: Mapping[str, str] | None = None
    ) -> ImportReport:
        """All or nothing: the file is read and checked whole before one transaction writes it. Organiser
        only, like `import_parsed` and `register`; a snapshot of the event is taken first."""
        self.roles.require_organiser()
        parsed = read_registrants(path, event_days=self.event.days, mapping=mapping)
        return self.import_parsed(parsed, path.name, dry_run=dry_run)

    def import_parsed(
        self, parsed: ParsedFile, file_name: str, *, dry_run: bool = False, progress: Progress | None = None
    ) -> ImportReport:
        """`progress` is told how many of the file's `parsed.count` people are done, batch by batch."""
        self.roles.require_organiser()
        if not dry_run:
            self.backups.snapshot(Reason.BEFORE_IMPORT)
        report = self._register(
            parsed.batches(), reason=f"import {file_name}", dry_run=dry_run, deduplicated=True,
            statuses=parsed.statuses, expected=parsed.count, progress=progress,
            from_file=self.imports.from_file(parsed, file_name),
        )  # fmt: skip
        within_file = [(f"{file_name}:{row}", f"{file_name}:{into}") for row, into in parsed.merged]
        return replace(
            report,
            merged=report.merged + len(parsed.merged),
            merged_rows=[*within_file, *report.merged_rows],
            merged_names=[*parsed.merged_names, *report.merged_names],
            skipped=len(parsed.skipped),
            # In the file's row order, whichever pass found them (reading, skipping, registering): the
            # organiser reads the list beside the file from the top.
            problems=sorted([*parsed.problems, *parsed.skipped, *report.problems], key=attrgetter("row")),
            readings=parsed.readings,
            lookalikes=report.lookalikes + len(parsed.lookalike_row_numbers),
            named_lookalikes=sorted(
                [*parsed.named_lookalikes, *report.named_lookalikes], key=attrgetter("row")
            )[:NAMED],
        )

    def register(
        self, people: Sequence[Registrant], *, reason: str, dry_run: bool = False, deduplicated: bool = False,
        statuses: Mapping[str, tuple[int, ListedStatus]] | None = None,
    ) -> ImportReport:  # fmt: skip
        """Create the new people and update the known ones in place, keeping their codes and check-ins.

        The plan is made under the write lock: two desks importing the same list at once must not both
        decide that everyone is new. `deduplicated`: `people` come from the importer, which merged its
        duplicates already. `statuses` (a person's source -> (row, status column's answer)) cancel and
        restore registrations as `Registrations.apply_listed` rules.
        """
        return self._register([people], reason=reason, dry_run=dry_run, deduplicated=deduplicated,
                              statuses=statuses or {})  # fmt: skip

    def _register(
        self, batches: Iterable[Sequence[Registrant]], *, reason: str, dry_run: bool, deduplicated: bool,
        statuses: Mapping[str, tuple[int, ListedStatus]], expected: int = 0, progress: Progress | None = None,
        from_file: FromFile | None = None,
    ) -> ImportReport:  # fmt: skip
        """`expected`: how many people `batches` hold, when known (a bulk import defers some indexes);
        `from_file` as `Registering.run` takes it."""
        self.roles.require_organiser()
        if dry_run:
            return Registering(self, reason=reason, statuses=statuses, apply=False).run(
                batches, deduplicated=deduplicated, progress=progress, from_file=from_file
            )
        with self.storage.transaction():
            return Registering(self, reason=reason, statuses=statuses, apply=True).run(
                batches, deduplicated=deduplicated, expected=expected, progress=progress, from_file=from_file
            )

    def progress(self, day: str) -> tuple[int, int]:
        """(checked in, expected) on `day` for the desk's status line: cheap enough after every scan."""
        return self.storage.checked_in_count(day), self.expected_on(day)

    def expected_on(self, day: str) -> int:
        """Registered guests attending on `day`. It only changes when a guest record does, so it is counted
        again only then (about 30 ms at 100,000 guests): a desk asks after every scan, a door too."""
        changed = self.storage.last_attendee_change()
        if changed != self._expected_seq:
            self._generation = self.storage.generation()
            self._expected = {d: self.storage.expected_on(d) for d in self.event.days}
            self._expected_seq = changed
        return self._expected.get(day, 0)

    # --- numbers ------------------------------------------------------------------------------------------

    def stats(self) -> Stats:
        return Stats(
            registered=self.storage.registered_count(),
            checked_in=self.storage.checked_in_by_day(),
            expected={day: self.storage.expected_on(day) for day in self.event.days},
            by_category=self.storage.registered_by_category(),
        )


def _is_small_number(text: str) -> bool:
    """ASCII digits only ("²" is a digit to `str.isdigit`), short enough to be an id or a day number."""
    return text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS


def _name_key(person: Registrant) -> str:
    return fold(f"{person.first_name} {person.last_name}").strip()


def _validated(person: Registrant) -> Registrant:
    if not person.first_name.strip() and not person.last_name.strip():
        raise UserError("name_required", "A guest needs a first name or a last name.")
    if person.category and person.category not in CATEGORIES:
        raise UserError("unknown_category", "{category} is not a guest category.", category=person.category)
    email = person.email.strip().lower()
    if email and not is_email(email):
        raise UserError("bad_email", "{email} is not an e-mail address.", email=person.email)
    return replace(person, email=email)


@contextmanager
def building(path: Path) -> Iterator[Path]:
    """Build a new event file under a temporary name and move it into place only once complete, so that a
    kill half-way leaves no half-made event (at most a `.partial` file beside it).
    Everything opened on the temporary file must be closed inside the block. An event file already at
    `path` is never replaced: refused before any work, and again when the new one is put in place; nor is
    any other database, nor a side file or backup of one (`checkin.output_files`)."""
    refuse_new_event_file(path)
    # A name of its own: two desks building an event under one name at once must not build in one file.
    partial = path.with_name(f"{path.name}.{uuid.uuid4().hex[:8]}.partial")
    try:
        yield partial
        place_new_event(partial, path)
    finally:
        for leftover in (partial, *(partial.with_name(f"{partial.name}{end}") for end in SIDE_FILES)):
            leftover.unlink(missing_ok=True)


def build_event_from_list(
    path: Path, registrants: Path, *, event_name: str, venue: str, days: Sequence[str], town: str = "",
    pin: str | None = None, **station: Unpack[StationOptions],
) -> ImportReport:  # fmt: skip
    """A new event file filled from the organisers' list, closed: complete, or not there at all. On any
    thread (the desk builds it on a worker, then opens it as any desk does: in reception when `pin` is
    set); `station` names whoever builds it in its log."""
    with building(path) as partial:  # a target to refuse is refused before the list is read
        parsed = read_registrants(registrants, event_days=tuple(days))
        created = Station.create(
            partial, event_name=event_name, venue=venue, days=days, town=town, pin=pin, **station
        )
        with closing(created):  # inside the block, even when the import fails: the partial file goes then
            return created.import_parsed(parsed, registrants.name)

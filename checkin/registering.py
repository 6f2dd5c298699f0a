"""Registering many people at once (an imported list, the demo's guests), a batch at a time.

A list of a million rows must import in bounded memory: each batch is matched against the event
(`merge.Matcher`, which keeps only identity keys), written, its status column applied and its answers
turned into sign-ups before the next batch is read. Everything happens inside the caller's one
transaction, so the import stays all or nothing; a dry run goes through the same steps writing nothing.
"""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, cast

from checkin import codes
from checkin.domain import Registrant, Status
from checkin.importing import form_files, merge
from checkin.importing.columns import ColumnReading
from checkin.importing.form_files import Missing
from checkin.importing.lookalikes import NAMED, Lookalike, among, row_of
from checkin.importing.problems import RowProblem
from checkin.importing.status import ListedStatus
from checkin.log_kinds import LogKind
from checkin.programme.choices import AnswerPlan, AnswerReport
from checkin.registrations import ListedStatusReport

if TYPE_CHECKING:
    from checkin.station import Station

Progress = Callable[[int], None]
"""Told how many of the people registered so far are done, after each batch (an import's progress bar)."""

BULK_ROWS = 200_000
"""From this size on, a list larger than the event is written with some indexes built at its end
(`Database.indexes_deferred`): a million-guest import took 110 s instead of 141 under the same load, one of
100,000 the same either way (10.2 to 10.7 s)."""


@dataclass(frozen=True)
class ImportReport:
    created: int
    updated: int
    unchanged: int
    merged: int
    skipped: int
    problems: list[RowProblem] = field(default_factory=list)
    dry_run: bool = False
    merged_rows: list[tuple[str, str | int]] = field(default_factory=list)
    """(the duplicate row, the row or guest id it was merged into), e.g. ("lista.csv:7", "lista.csv:3")."""
    merged_names: list[str] = field(default_factory=list)
    """The person of each of `merged_rows`, by name as the duplicate row writes it."""
    answers: AnswerReport = field(default_factory=AnswerReport)
    """Workshop answers and meal columns turned into sign-ups, and those that could not be."""
    readings: tuple[ColumnReading, ...] = ()
    """How each column of the file was understood (an import from a file only): what the report says
    about the columns that feed no field."""
    changed_fields: dict[str, int] = field(default_factory=dict)
    """Field -> how many of the `updated` guests it changes, most changed first ("organisation": 3)."""
    cancelled: int = 0
    restored: int = 0
    """Registrations the list's status column cancelled and restored (see `checkin.registrations`)."""
    kept: list[merge.DeskCorrection] = field(default_factory=list)
    """Desk corrections the import kept: the file still holds the value last imported for the guest."""
    overwritten: list[merge.DeskCorrection] = field(default_factory=list)
    """Desk corrections the file's newer value replaced (both changed since the last import: the file
    wins, as the organiser's newer word)."""
    missing: int = 0
    missing_guests: list[Missing] = field(default_factory=list)
    """Registered guests an earlier import of the list's form brought in whom the list lacks (not
    cancelled: `checkin.importing.form_files`): how many, and the first `lookalikes.NAMED` by id."""
    lookalikes: int = 0
    named_lookalikes: list[Lookalike] = field(default_factory=list)
    """New guests who look like a guest or an earlier row under another registration number: how many, and
    the first `lookalikes.NAMED` in the file's row order (`checkin.importing.lookalikes`)."""


@dataclass(frozen=True)
class FromFile:
    """What an import of a file knows beyond its people: its name, its form (`forms.form_of`), the rows the
    importer found looking like an earlier row (ascending: `merge.Matcher` names the others), and the files
    earlier imports of its form read, whose registered guests it should list (`form_files`)."""

    file_name: str
    form: frozenset[str]
    lookalike_row_numbers: Sequence[int] = ()
    form_files: Sequence[str] = ()


class Registering:
    """One run of `Station.register`: its batches in, in order, and one report out."""

    def __init__(
        self, station: Station, *, reason: str, statuses: Mapping[str, tuple[int, ListedStatus]],
        apply: bool,
    ) -> None:  # fmt: skip
        self.station, self.storage = station, station.storage
        self.reason, self.statuses, self.apply = reason, statuses, apply
        self.created_ids = array("q")
        """The id of the run's n-th create at n - 1 (in a dry run -n, the id it does not have yet)."""
        self.answers: AnswerPlan | None = station.choices.answer_plan()
        self.created = self.updated = self.unchanged = self.cancelled = self.restored = 0
        self.merged: list[tuple[str, int, str]] = []
        self.problems: list[RowProblem] = []
        self.changed_fields: Counter[str] = Counter()
        self.kept: list[merge.DeskCorrection] = []
        self.overwritten: list[merge.DeskCorrection] = []
        self.lookalikes = self.missing = 0
        self.missing_guests: list[Missing] = []
        self.lookalike_pairs: list[tuple[Registrant, int]] = []

    def run(
        self, batches: Iterable[Sequence[Registrant]], *, deduplicated: bool, expected: int = 0,
        progress: Progress | None = None, from_file: FromFile | None = None,
    ) -> ImportReport:  # fmt: skip
        """`expected`: how many people `batches` hold, when known: a list of at least `BULK_ROWS`, larger
        than the event, is written with the indexes it would fill in no order built at its end.
        `from_file`: for an import of a file, what it says of lookalikes and of guests the list lacks; a
        real import remembers the file as one of its form's."""
        matcher = merge.Matcher(
            merge.identities(self.storage.identity_rows()), deduplicated=deduplicated,
            lookalike_row_numbers=from_file.lookalike_row_numbers if from_file else (),
        )  # fmt: skip
        bulk = self.apply and expected >= BULK_ROWS and expected > self.storage.registered_count()
        done = 0
        with self.storage.indexes_deferred() if bulk else nullcontext():
            for batch in batches:
                self._batch(matcher.plan(batch, self.storage.attendees_by_ids, self.storage.last_imported))
                if self.apply and self.created_ids:
                    self.storage.fit_cache(self.created_ids[-1])  # the newest guest's id: how many there are
                done += len(batch)
                if progress is not None:
                    progress(done)
        if from_file is not None:
            self._find_missing(from_file.form_files, matcher.touched)
            if self.apply:
                self._remember(from_file)
        return self._report()

    def _batch(self, todo: merge.MergePlan) -> None:
        if self.apply:
            created = insert(self.station, todo.creates, kind=LogKind.REGISTER, reason=self.reason)
            self._write_updates(todo)
        else:
            first = len(self.created_ids) + 1
            created = [-number for number in range(first, first + len(todo.creates))]
        self.created_ids.extend(created)
        self._add_listed(
            self.station.registrations.apply_listed(self._listed(todo), self.reason, apply=self.apply)
        )
        if self.answers is not None:
            self._add_answers(todo, created)
        self.created += len(todo.creates)
        self.updated += len(todo.updates)
        self.unchanged += todo.unchanged
        self.merged += todo.merged
        self.changed_fields.update(name for _, diff in todo.updates for name in diff)
        self.kept += todo.kept
        self.overwritten += todo.overwritten
        self.lookalikes += len(todo.lookalikes)
        self.lookalike_pairs += todo.lookalikes[: NAMED - len(self.lookalike_pairs)]

    def _write_updates(self, todo: merge.MergePlan) -> None:
        self.storage.update_attendees(dict(todo.updates))
        self.storage.append_log_many(
            [
                *((LogKind.EDIT, attendee_id, diff) for attendee_id, diff in todo.updates),
                *((LogKind.IMPORTED, attendee_id, values) for attendee_id, values in todo.imported),
            ],
            station=self.station.name, staff=self.station.staff, reason=self.reason,
        )  # fmt: skip

    def _listed(self, todo: merge.MergePlan) -> list[tuple[int, int, ListedStatus]]:
        """(row, guest id, status) for each of the batch's people whose status column said something."""
        found = []
        for source, guest_id in todo.matched.items():
            if source in self.statuses:
                row, status = self.statuses[source]
                found.append((row, self.created_ids[-guest_id - 1] if guest_id < 0 else guest_id, status))
        return found

    def _add_listed(self, listed: ListedStatusReport) -> None:
        self.cancelled += listed.cancelled
        self.restored += listed.restored
        self.problems += listed.problems

    def _add_answers(self, todo: merge.MergePlan, created: Sequence[int]) -> None:
        """The batch's new and updated registered guests' answers turned into sign-ups (or only counted)."""
        assert self.answers is not None
        before = self.storage.attendees_by_ids([attendee_id for attendee_id, _ in todo.updates])
        updated = [
            # Any: the new values of registrant fields, which are the guest's fields of the same types
            (attendee_id, replace(before[attendee_id], **cast(dict[str, Any], diff)))
            for attendee_id, diff in todo.updates
            if before[attendee_id].status is Status.REGISTERED
        ]  # fmt: skip
        self.answers.add_batch(
            sorted([*zip(created, todo.creates, strict=True), *updated], key=_by_id),
            changed={attendee_id: set(diff) for attendee_id, diff in todo.updates},
        )
        self.answers.settle(apply=self.apply)

    def _report(self) -> ImportReport:
        return ImportReport(
            created=self.created, updated=self.updated, unchanged=self.unchanged, merged=len(self.merged),
            skipped=0, problems=self.problems, dry_run=not self.apply,
            merged_rows=[(source, into) for source, into, _ in self.merged],
            merged_names=[name for *_, name in self.merged], cancelled=self.cancelled,
            restored=self.restored, changed_fields=dict(self.changed_fields.most_common()),
            kept=self.kept, overwritten=self.overwritten, missing=self.missing,
            missing_guests=self.missing_guests, lookalikes=self.lookalikes,
            named_lookalikes=self._named_lookalikes(),
            answers=self.answers.report() if self.answers is not None else AnswerReport(),
        )  # fmt: skip

    def _find_missing(self, files: Sequence[str], listed: Container[int]) -> None:
        """The registered guests of `files` that the list neither matched (`listed`) nor created."""
        created = self.created_ids if self.apply else array("q")  # a dry run's are negative: no guest's
        for guest, name, registration_id in self.storage.registered_from_files(files):
            if guest not in listed and not among(created, guest):
                self.missing += 1
                if len(self.missing_guests) < NAMED:
                    self.missing_guests.append(Missing(guest, name, registration_id))

    def _remember(self, from_file: FromFile) -> None:
        """The file is one of its form's now (logged, so other stations learn it too)."""
        setting = self.storage.event().settings.get(form_files.SETTING)
        self.station.event_settings.write_changed(
            {form_files.SETTING: form_files.with_file(setting, from_file.form, from_file.file_name)}
        )

    def _named_lookalikes(self) -> list[Lookalike]:
        """The lookalikes named, with the guests they look like as the event holds them now."""
        guests = self.storage.attendees_by_ids([guest for _, guest in self.lookalike_pairs])
        return [
            Lookalike(
                row_of(person.source),
                person.full_name,
                person.registration_id,
                guest,
                guests[guest].full_name,
                guests[guest].registration_id,
            )
            for person, guest in self.lookalike_pairs
        ]


def insert(station: Station, people: Sequence[Registrant], *, kind: LogKind, reason: str = "") -> list[int]:
    """Insert `people` with new codes (and a `kind` log row each) inside the caller's transaction. A code
    is 65 random bits: one already taken is all but impossible, yet is still drawn again."""
    secret = station.event.secret
    drawn = codes.new_codes(secret, len(people))
    clashing = _clashes(station, drawn)
    while clashing:
        drawn = [codes.new_code(secret) if code in clashing else code for code in drawn]
        clashing = _clashes(station, drawn)
    return station.storage.insert_attendees(
        list(zip(people, drawn, strict=True)), kind=kind, station=station.name, staff=station.staff,
        reason=reason,
    )  # fmt: skip


def _clashes(station: Station, drawn: Sequence[str]) -> set[str]:
    """The codes drawn twice, or already a guest's."""
    seen: set[str] = set()
    twice: set[str] = set()
    for code in drawn:
        (twice if code in seen else seen).add(code)
    return twice | station.storage.codes_taken(drawn)


def _by_id(pair: tuple[int, Registrant]) -> int:
    return pair[0]

"""Matching an imported list against the people the event already knows, and what it changes for them.

A re-exported or updated list must update people in place (their codes and check-ins stay) and never
double them. Who is the same person is decided by `checkin.importing.identity`.

What changes is a three-way merge, field by field, of the value the imports last read for the guest (the
baseline, `Storage.last_imported`), the guest's value now, and the file's:
- a blank cell in the file changes nothing: never lose data;
- the file still holds the baseline: nothing changes. Where the guest's value differs, the desk corrected
  it since: the correction stays, and is reported as kept (re-importing an unchanged list must not undo
  the desk's work);
- the file's value changed since the last import: it is written (unless it is only the value already held
  without its diacritics, see `fuller_spelling`). Where the desk had corrected the value too, the file
  wins, as the organiser's newer word, and the correction is reported as overwritten.
A guest no list ever registered or updated (a walk-in, a file from before) has the baseline of its value
now: the file then updates it as it always did.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields

from checkin.domain import Attendee, Registrant
from checkin.importing import lookalikes
from checkin.importing.identity import Identity, IdentityIndex
from checkin.importing.lookalikes import row_of
from checkin.text import fuller_spelling

UPDATABLE = tuple(f.name for f in fields(Registrant) if f.name not in ("source",))
_BLANK = ("", None, ())


@dataclass(frozen=True)
class DeskCorrection:
    """A guest's value that differs from what the imports last read for them (a desk's correction), met by
    an import: `desk` is the guest's value, `file` the file's (both as text)."""

    attendee_id: int
    guest: str
    field: str
    desk: str
    file: str


@dataclass
class MergePlan:
    creates: list[Registrant] = field(default_factory=list)
    updates: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    unchanged: int = 0
    merged: list[tuple[str, int, str]] = field(default_factory=list)
    """(source of a row, attendee id, the row's name) for rows that fell onto a person an earlier row already
    matched."""
    matched: dict[str, int] = field(default_factory=dict)
    """Source of a row -> the attendee id it went to; -n for the import's n-th create."""
    kept: list[DeskCorrection] = field(default_factory=list)
    overwritten: list[DeskCorrection] = field(default_factory=list)
    imported: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    """(attendee id, field -> the file's value) where it differs from the baseline: the new baseline."""
    lookalikes: list[tuple[Registrant, int]] = field(default_factory=list)
    """(a created person, the guest they look like under another registration number: `lookalikes`)."""


def identity(person: Registrant) -> Identity:
    return Identity.of(
        registration_id=person.registration_id, email=person.email, first_name=person.first_name,
        last_name=person.last_name, organisation=person.organisation,
    )  # fmt: skip


def identities(rows: Iterable[tuple[int, str, str, str, str, str]]) -> Iterator[tuple[int, Identity]]:
    """(id, identity) of guests from `Storage.identity_rows`."""
    for attendee_id, registration_id, email, first_name, last_name, organisation in rows:
        yield attendee_id, Identity.of(
            registration_id=registration_id, email=email, first_name=first_name, last_name=last_name,
            organisation=organisation,
        )  # fmt: skip


@dataclass(frozen=True)
class Merge:
    """What one file row does to the guest it matched."""

    changes: dict[str, object]
    kept: list[DeskCorrection]
    overwritten: list[DeskCorrection]
    imported: dict[str, object]


def merge(existing: Attendee, incoming: Registrant, baseline: Mapping[str, object] | None = None) -> Merge:
    """The three-way merge of the module's rule; `baseline` as `Storage.last_imported` logs it (None: the
    guest has none, so the values now stand for it)."""
    result = Merge({}, [], [], {})
    for name in UPDATABLE:
        new, old = getattr(incoming, name), getattr(existing, name)
        if new in _BLANK or (name == "extra" and not new):
            continue
        base = _as_field(name, baseline[name]) if baseline and name in baseline else old
        if new != base or baseline is None:
            result.imported[name] = list(new) if name == "days" else new
        if new == base:
            if old != base:
                result.kept.append(_correction(existing, name, old, new))
            continue
        applied = {**old, **new} if name == "extra" else fuller_spelling(old, new)
        if applied == old:
            continue
        if old != base:
            result.overwritten.append(_correction(existing, name, old, new))
        result.changes[name] = applied
    return result


class Matcher:
    """Matches an import's records, batch after batch, against the event's people and the records it
    creates. A row that falls onto a person another row already matched or created is reported as merged,
    never doubled. Only identities are held (`IdentityIndex`); a batch's matched guests and their
    baselines are read when the batch is planned."""

    def __init__(
        self, existing: Iterable[tuple[int, Identity]], *, deduplicated: bool = False,
        lookalike_row_numbers: Sequence[int] = (),
    ) -> None:  # fmt: skip
        """`existing`: (id, identity) of the event's people. `deduplicated`: the importer already applied
        the same rule within the list, so into an event with nobody yet every row is new (a 100,000-row
        first import skips 1.8 s of matching). `lookalike_row_numbers`: the rows the importer found looking
        like an earlier row of the list (ascending), which the report names already."""
        self.known = IdentityIndex()
        for attendee_id, keys in existing:
            self.known.add(keys, attendee_id)
        self.everyone_new = deduplicated and not self.known
        self.created = 0
        self.touched: set[int] = set()
        self.lookalike_row_numbers = lookalike_row_numbers

    def plan(
        self,
        incoming: Sequence[Registrant],
        people: Callable[[list[int]], Mapping[int, Attendee]],
        baselines: Callable[[list[int]], Mapping[int, Mapping[str, object]]],
    ) -> MergePlan:
        """The batch's creates and updates; `people` and `baselines` (`Storage.last_imported`) read the
        guests it matched. A create is numbered -n, n counting the import's creates so far."""
        result = MergePlan()
        matches: list[tuple[int, Registrant]] = []
        for person in incoming:
            keys = None if self.everyone_new else identity(person)
            match = None if keys is None else self.known.find(keys)
            if match is None:
                self.created += 1
                match = -self.created
                if keys is not None:
                    self._note_lookalike(result, person, keys)
                    self.known.add(keys, match)
                result.creates.append(person)
            elif match < 0 or match in self.touched:
                result.merged.append((person.source, match, person.full_name))
            else:
                self.touched.add(match)
                matches.append((match, person))
            result.matched[person.source] = match
        if matches:
            ids = [attendee_id for attendee_id, _ in matches]
            found, base = people(ids), baselines(ids)
            for attendee_id, person in matches:
                _add(result, attendee_id, merge(found[attendee_id], person, base.get(attendee_id)))
        return result

    def _note_lookalike(self, result: MergePlan, person: Registrant, keys: Identity) -> None:
        """A guest of the event the created `person` looks like. One that looks like an earlier row of the
        list (a negative number, or a row in `lookalike_row_numbers`) the importer's `Merger` reported
        already."""
        like = self.known.lookalike(keys)
        if (
            like is not None
            and like > 0
            and not lookalikes.among(self.lookalike_row_numbers, row_of(person.source))
        ):
            result.lookalikes.append((person, like))


def _add(result: MergePlan, attendee_id: int, merged: Merge) -> None:
    if merged.changes:
        result.updates.append((attendee_id, merged.changes))
    else:
        result.unchanged += 1
    result.kept += merged.kept
    result.overwritten += merged.overwritten
    if merged.imported:
        result.imported.append((attendee_id, merged.imported))


def _as_field(name: str, logged: object) -> object:
    """A logged baseline value as the record holds it: days a tuple, consents booleans."""
    if name == "days" and isinstance(logged, list):
        return tuple(logged)
    if name in ("consent_data", "consent_image") and logged is not None:
        return bool(logged)
    return logged


def _correction(guest: Attendee, name: str, desk: object, file: object) -> DeskCorrection:
    return DeskCorrection(guest.id, guest.full_name, name, _shown(desk), _shown(file))


def _shown(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)

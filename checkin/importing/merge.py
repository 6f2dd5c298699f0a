"""Matching an imported list against the people the event already knows.

A re-exported or updated list must update people in place (their codes and check-ins stay) and never
double them. Who is the same person is decided by `checkin.importing.identity`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields

from checkin.domain import Attendee, Registrant
from checkin.importing.identity import Identity, IdentityIndex
from checkin.text import fuller_spelling

UPDATABLE = tuple(f.name for f in fields(Registrant) if f.name not in ("source",))


@dataclass
class MergePlan:
    creates: list[Registrant] = field(default_factory=list)
    updates: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    unchanged: int = 0
    merged: list[tuple[str, int]] = field(default_factory=list)
    """(source of a row, attendee id) for rows that fell onto a person an earlier row already matched."""
    matched: dict[str, int] = field(default_factory=dict)
    """Source of a row -> the attendee id it went to; -n for the n-th of `creates`."""


def identity(person: Registrant) -> Identity:
    return Identity.of(
        registration_id=person.registration_id, email=person.email, first_name=person.first_name,
        last_name=person.last_name, organisation=person.organisation,
    )  # fmt: skip


def changes(existing: Registrant, incoming: Registrant) -> dict[str, object]:
    """What the incoming record changes. A blank incoming cell keeps what we have: never lose data."""
    changed: dict[str, object] = {}
    for name in UPDATABLE:
        new, old = getattr(incoming, name), getattr(existing, name)
        if name == "extra":
            new = {**old, **new}
        new = fuller_spelling(old, new)
        if new in ("", None, ()) or new == old:
            continue
        changed[name] = new
    return changed


def plan(
    incoming: Sequence[Registrant], existing: Iterable[Attendee], *, deduplicated: bool = False
) -> MergePlan:
    """A row that falls onto a person another row already matched or created is reported as merged, never
    doubled. `deduplicated`: the importer already applied the same rule within the list, so into an event
    with nobody yet every row is new (a 100,000-row first import skips 1.8 s of matching)."""
    people = {p.id: p for p in existing}
    if deduplicated and not people:
        return MergePlan(
            creates=list(incoming), matched={p.source: -n for n, p in enumerate(incoming, start=1)}
        )
    known: IdentityIndex[int] = IdentityIndex()
    for attendee in people.values():
        known.add(identity(attendee), attendee.id)
    result = MergePlan()
    touched: set[int] = set()
    for person in incoming:
        keys = identity(person)
        match = known.find(keys)
        if match is None:
            match = -len(result.creates) - 1
            known.add(keys, match)
            result.creates.append(person)
        elif match < 0 or match in touched:
            result.merged.append((person.source, match))
        else:
            touched.add(match)
            diff = changes(people[match], person)
            if diff:
                result.updates.append((match, diff))
            else:
                result.unchanged += 1
        result.matched[person.source] = match
    return result

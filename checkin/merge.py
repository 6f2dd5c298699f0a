"""Matching an imported list against the people the event already knows.

A re-exported or updated list must update people in place (their codes and check-ins stay) and never
double them. A person is the same when the registration id matches, else the e-mail, else the folded full
name together with the folded organisation: the same order in which organisers trust those columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields

from checkin.domain import Attendee, Registrant
from checkin.text import fold

UPDATABLE = tuple(f.name for f in fields(Registrant) if f.name not in ("source",))


@dataclass
class MergePlan:
    creates: list[Registrant] = field(default_factory=list)
    updates: list[tuple[int, dict[str, object]]] = field(default_factory=list)
    unchanged: int = 0
    merged: list[tuple[str, int]] = field(default_factory=list)
    """(source of a row, attendee id) for rows that fell onto a person an earlier row already matched."""


def identity(person: Registrant) -> tuple[str, str, str]:
    """The three keys, strongest first; empty where the record lacks one."""
    name = fold(f"{person.first_name} {person.last_name}").strip()
    return (
        person.registration_id,
        person.email,
        f"{name}|{fold(person.organisation).strip()}" if name else "",
    )


class _Known:
    """Existing people by each identity key, growing as the plan creates new ones."""

    def __init__(self, people: Iterable[Attendee]) -> None:
        self.people = {p.id: p for p in people}
        self._by_key: list[dict[str, int]] = [{}, {}, {}]
        for person in self.people.values():
            self.add(person.id, person)

    def add(self, key: int, person: Registrant) -> None:
        for index, value in enumerate(identity(person)):
            if value:
                self._by_key[index].setdefault(value, key)

    def find(self, person: Registrant) -> int | None:
        for index, value in enumerate(identity(person)):
            if value and value in self._by_key[index]:
                return self._by_key[index][value]
        return None


def changes(existing: Registrant, incoming: Registrant) -> dict[str, object]:
    """What the incoming record changes. A blank incoming cell keeps what we have: never lose data."""
    changed: dict[str, object] = {}
    for name in UPDATABLE:
        new, old = getattr(incoming, name), getattr(existing, name)
        if name == "extra":
            new = {**old, **new}
        if new in ("", None, ()) or new == old:
            continue
        changed[name] = new
    return changed


def plan(incoming: Sequence[Registrant], existing: Iterable[Attendee]) -> MergePlan:
    known = _Known(existing)
    result = MergePlan()
    touched: set[int] = set()
    for person in incoming:
        match = known.find(person)
        if match is None:
            known.add(-len(result.creates) - 1, person)
            result.creates.append(person)
            continue
        if match in touched or match < 0:
            result.merged.append((person.source, match))
            continue
        touched.add(match)
        diff = changes(known.people[match], person)
        if diff:
            result.updates.append((match, diff))
        else:
            result.unchanged += 1
    return result

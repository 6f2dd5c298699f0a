"""When two records are the same person: one rule for duplicates inside a file and for matching a file
against the people an event already knows.

Keys, strongest first: the registration id, a well-formed e-mail, the folded full name with the folded
organisation. Two records match on the strongest key they both have; two different registration ids are
two registrations even when everything else coincides, and a shared e-mail (a secretary registering her
professors) also needs the same last name and first initial.
"""

from __future__ import annotations

from typing import Generic, NamedTuple, TypeVar

from checkin.text import fold, is_email

ID, EMAIL, NAME = range(3)

T = TypeVar("T")


class Identity(NamedTuple):
    """A record's keys, folded. A NamedTuple: a 100,000-row import builds two per row."""

    registration_id: str
    email: str
    last_name: str
    first_initial: str
    name_and_organisation: str

    @classmethod
    def of(
        cls, *, registration_id: str, email: str, first_name: str, last_name: str, organisation: str
    ) -> Identity:
        first, last = fold(first_name).strip(), fold(last_name).strip()
        name = f"{first} {last}".strip()
        return cls(
            fold(registration_id).strip(),
            email if is_email(email) else "",
            last,
            first[:1],
            f"{name}|{fold(organisation).strip()}" if name else "",
        )

    def keys(self) -> tuple[str, str, str]:
        return (self.registration_id, self.email, self.name_and_organisation)

    def same_person(self, other: Identity, level: int) -> bool:
        """Whether `other`, which shares this record's key at `level`, is really the same person."""
        if level > ID and self.registration_id and other.registration_id:
            return False
        if level == EMAIL:
            return all(
                not mine or not theirs or mine == theirs
                for mine, theirs in (
                    (self.last_name, other.last_name),
                    (self.first_initial, other.first_initial),
                )
            )
        return True


class IdentityIndex(Generic[T]):
    """Records by each identity key; `find` applies the rule above."""

    def __init__(self) -> None:
        self._by_key: list[dict[str, tuple[Identity, T]]] = [{}, {}, {}]

    def add(self, identity: Identity, item: T) -> None:
        for level, key in enumerate(identity.keys()):
            if key:
                self._by_key[level].setdefault(key, (identity, item))

    def find(self, identity: Identity) -> T | None:
        for level, key in enumerate(identity.keys()):
            known = self._by_key[level].get(key) if key else None
            if known is not None and identity.same_person(known[0], level):
                return known[1]
        return None

"""When two records are the same person: one rule for duplicates inside a file and for matching a file
against the people an event already knows.

Keys, strongest first: the registration id, a well-formed e-mail, the folded full name with the folded
organisation. Two records match on the strongest key they both have; two different registration ids are
two registrations even when everything else coincides, and a shared e-mail (a secretary registering her
professors) also needs the same last name and first initial.

An import of a million rows must match them in bounded memory, so a record's identity is its folded values
hashed (64-bit; two different values sharing a hash in one import is about as likely as one in ten
million imports of a million rows), and the index keeps those numbers in arrays, never the records.
"""

from __future__ import annotations

from array import array
from typing import NamedTuple

from checkin.text import fold, is_email

ID, EMAIL, NAME = range(3)
_NONE = 0
"""The hash of a value a record does not have."""


def _hashed(text: str) -> int:
    return (hash(text) or 1) if text else _NONE


class Identity(NamedTuple):
    """A record's identity values, folded and hashed (0: the record has none). `email` is 0 for a value
    that is no e-mail address; `overlaid` still needs to know that the record had one (`has_email`)."""

    registration_id: int
    email: int
    has_email: bool
    first_name: int
    first_initial: int
    last_name: int
    organisation: int

    @classmethod
    def of(
        cls, *, registration_id: str, email: str, first_name: str, last_name: str, organisation: str
    ) -> Identity:
        first, last = fold(first_name).strip(), fold(last_name).strip()
        return cls(
            _hashed(fold(registration_id).strip()),
            _hashed(email) if is_email(email) else _NONE,
            bool(email),
            _hashed(first),
            ord(first[0]) if first else _NONE,
            _hashed(last),
            _hashed(fold(organisation).strip()),
        )

    def keys(self) -> tuple[int, int, int]:
        named = self.first_name or self.last_name
        name = (hash((self.first_name, self.last_name, self.organisation)) or 1) if named else _NONE
        return (self.registration_id, self.email, name)

    def overlaid(self, later: Identity) -> Identity:
        """The identity of this record with a later duplicate's values laid over it (a value the later
        record lacks stays): what `importer` does with the records themselves."""
        email = (later.email, True) if later.has_email else (self.email, self.has_email)
        first = (later.first_name, later.first_initial) if later.first_name else self[3:5]
        return Identity(
            later.registration_id or self.registration_id, *email, *first,
            later.last_name or self.last_name, later.organisation or self.organisation,
        )  # fmt: skip


class IdentityIndex:
    """Items (guest ids, or the importer's record numbers) by each identity key; `find` applies the rule
    above. Per item only numbers are kept: the keys in three dicts, and in arrays what `find` compares."""

    def __init__(self) -> None:
        self._by_key: list[dict[int, int]] = [{}, {}, {}]
        self._items = array("q")
        self._registered = array("b")
        self._last_names = array("q")
        self._initials = array("q")
        self._first_names = array("q")
        self._emails = array("q")

    def __bool__(self) -> bool:
        return bool(self._items)

    def add(self, identity: Identity, item: int) -> None:
        slot = len(self._items)
        added = False
        for level, key in enumerate(identity.keys()):
            if key and key not in self._by_key[level]:
                self._by_key[level][key] = slot
                added = True
        if added:
            self._items.append(item)
            self._registered.append(bool(identity.registration_id))
            self._last_names.append(identity.last_name)
            self._initials.append(identity.first_initial)
            self._first_names.append(identity.first_name)
            self._emails.append(identity.email)

    def find(self, identity: Identity) -> int | None:
        for level, key in enumerate(identity.keys()):
            slot = self._by_key[level].get(key) if key else None
            if slot is not None and self.same_person(identity, slot, level):
                return self._items[slot]
        return None

    def lookalike(self, identity: Identity) -> int | None:
        """The item under another registration id that looks like the same person as `identity`, which
        `find` did not match: the same folded full name and e-mail, or the same full name and organisation
        where one of the two has no e-mail. Who is a person stays `find`'s rule (two registration ids are
        two registrations); this only lets an import say "if it is the same person, correct the number".
        Looked up through the e-mail's and the name's first items only: a rare lookalike behind a shared
        e-mail (a secretary's) that also differs in organisation goes unnoticed."""
        if not (identity.registration_id and (identity.first_name or identity.last_name)):
            return None
        _, email, name = identity.keys()
        slot = self._by_key[EMAIL].get(email) if email else None
        if (
            slot is not None
            and self._registered[slot]
            and (
                (self._first_names[slot], self._last_names[slot]) == (identity.first_name, identity.last_name)
            )
        ):
            return self._items[slot]
        slot = self._by_key[NAME].get(name)
        if slot is not None and self._registered[slot] and (not email or self._emails[slot] in (0, email)):
            return self._items[slot]
        return None

    def same_person(self, identity: Identity, slot: int, level: int) -> bool:
        """Whether the record at `slot`, which shares `identity`'s key at `level`, is really the same
        person."""
        if level > ID and identity.registration_id and self._registered[slot]:
            return False
        if level == EMAIL:
            return all(
                not mine or not theirs or mine == theirs
                for mine, theirs in (
                    (identity.last_name, self._last_names[slot]),
                    (identity.first_initial, self._initials[slot]),
                )
            )
        return True

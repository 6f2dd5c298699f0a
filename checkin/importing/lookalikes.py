"""New guests an import creates who look like someone it already has: the same folded full name and e-mail
(or name and organisation, where one has no e-mail) under another registration number.

Two registration numbers are two registrations (`checkin.importing.identity`), so such a row is imported as
a new guest; but a person re-registered under a new number, or a number mistyped in a corrected list, would
then stand at the desk twice. The import's report names them so that the organiser can correct the number.
Found while matching (`IdentityIndex.lookalike`): a million-row list keeps a count and the first `NAMED`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

NAMED = 20
"""Lookalikes a report names; the others are counted."""


@dataclass(frozen=True)
class Lookalike:
    """The file's `row` (a new guest: `name`, `registration_id`) looks like `like`: an earlier row of the
    file ("lista.csv:12") or a guest already in the event (their id), named `like_name`, registered as
    `like_registration_id`."""

    row: int
    name: str
    registration_id: str
    like: str | int
    like_name: str
    like_registration_id: str


def row_of(source: str) -> int:
    """The row number of a registrant's source ("lista.csv:57"); 0 for one that is no file's row."""
    number = source.rpartition(":")[2]
    return int(number) if number.isdigit() else 0


def among(rows: Sequence[int], row: int) -> bool:
    """Whether `row` is one of `rows` (ascending, as the importer found them)."""
    at = bisect_left(rows, row)
    return at < len(rows) and rows[at] == row

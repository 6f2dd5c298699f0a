"""A list's records while the importer reads it: duplicates merged by `identity`'s rule, the records
themselves kept in a temporary file.

A list of a million rows must not live in memory as a million records (about 1.5 KB each): the merger keeps
each record's identity as numbers, the records go to a `Spill` as read, and `merged_groups` lays the
duplicates over the records they repeat when the list is read back.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from array import array
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from checkin.domain import Registrant
from checkin.importing.identity import Identity, IdentityIndex
from checkin.importing.lookalikes import NAMED, Lookalike
from checkin.text import fuller_spelling

SPILL_ROWS = 5_000
"""Records written to the temporary file at a time."""
IDENTITY_FIELDS = ("registration_id", "email", "first_name", "last_name", "organisation")


@dataclass(slots=True)
class Record:
    """One registrant while the file is read: only the cells that had a value, so merging can overlay."""

    row: int
    values: dict[str, object]
    extra: dict[str, str]

    @property
    def name(self) -> str:
        """The person's name as `Registrant.full_name` gives it (title, first and last name)."""
        return " ".join(
            str(self.values[part]) for part in ("title", "first_name", "last_name") if part in self.values
        )

    def registrant(self, file_name: str) -> Registrant:
        # Any: each cell was converted to its field's type as it was read
        values: dict[str, Any] = {"first_name": "", "last_name": "", **self.values}
        return Registrant(**values, extra=self.extra, source=f"{file_name}:{self.row}")


class Merger:
    """Duplicates within the file become one record, the later row's values overlaying the earlier's:
    organisers' exports repeat corrected entries. Who is a duplicate is `identity`'s rule.

    Only identities stay in memory (numbers, see `identity`); the records go to a `Spill` as read, and
    `ParsedFile.batches` overlays the duplicates when it reads them back."""

    def __init__(self, spill: Spill) -> None:
        self.spill = spill
        self.rows = array("q")
        """Record number -> the file row it started at."""
        self.identities = _Identities()
        self.merged: list[tuple[int, int]] = []
        self.merged_names: list[str] = []
        """The name of each `merged` row's person, as that row writes it (the report names people)."""
        self.index = IdentityIndex()
        self.lookalike_row_numbers = array("q")
        """The rows that look like an earlier row under another registration number, in order."""
        self.lookalike_pairs: list[tuple[Record, int]] = []
        """(a record, the earlier row it looks like) for the first `NAMED` of them."""

    def add(self, record: Record) -> int:
        """Add the record; returns the row of the record it is (the row it was merged into, or its own)."""
        identity = _identity(record)
        number = self.index.find(identity)
        if number is None:
            self._note_lookalike(record, identity)
            number = len(self.rows)
            self.rows.append(record.row)
            self.identities.append(identity)
        else:
            identity = self.identities[number].overlaid(identity)
            self.identities[number] = identity
            self.merged.append((record.row, self.rows[number]))
            self.merged_names.append(record.name)
        self.index.add(identity, number)
        self.spill.add(record)
        return self.rows[number]

    def _note_lookalike(self, record: Record, identity: Identity) -> None:
        like = self.index.lookalike(identity)
        if like is not None:
            self.lookalike_row_numbers.append(record.row)
            if len(self.lookalike_pairs) < NAMED:
                self.lookalike_pairs.append((record, self.rows[like]))

    def lookalikes(self, file_name: str) -> list[Lookalike]:
        """The lookalikes named, the earlier rows read back from the spill (only when there are any, and only
        as far as the last of them: the spill is in row order, and at a million rows it is on the disk)."""
        earlier = {row for _, row in self.lookalike_pairs}
        last = max(earlier, default=0)
        found: dict[int, Record] = {}
        for record in self.spill if earlier else ():
            if record.row in earlier:
                found[record.row] = record
            if record.row >= last:
                break
        return [
            Lookalike(
                record.row,
                record.name,
                str(record.values.get("registration_id", "")),
                f"{file_name}:{row}",
                found[row].name,
                str(found[row].values.get("registration_id", "")),
            )
            for record, row in self.lookalike_pairs
        ]


class _Identities:
    """Identities by record number, as one array of numbers (a million rows' worth in 56 MB)."""

    WIDTH = len(Identity._fields)

    def __init__(self) -> None:
        self.values = array("q")

    def append(self, identity: Identity) -> None:
        self.values.extend(identity)

    def __getitem__(self, number: int) -> Identity:
        start = number * self.WIDTH
        return Identity._make(self.values[start : start + self.WIDTH])

    def __setitem__(self, number: int, identity: Identity) -> None:
        start = number * self.WIDTH
        self.values[start : start + self.WIDTH] = array("q", identity)


class Spill:
    """The file's records as read, in a temporary file: bounded memory for any size of list, and read
    back as often as the import needs (a dry run, then the import)."""

    def __init__(self) -> None:
        # Open as long as the parsed file lives (a preview, then the import); the system deletes it.
        self.file = tempfile.TemporaryFile(prefix="checkin-import-")  # noqa: SIM115
        self.pending: list[tuple[int, dict[str, object], dict[str, str]]] = []

    def add(self, record: Record) -> None:
        self.pending.append((record.row, record.values, record.extra))
        if len(self.pending) >= SPILL_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            data = marshal.dumps(self.pending)
            self.file.seek(0, os.SEEK_END)  # after a reading, which left the position anywhere
            self.file.write(len(data).to_bytes(8, "little") + data)
            self.pending = []

    def __iter__(self) -> Iterator[Record]:
        self.flush()
        self.file.seek(0)
        while size := int.from_bytes(self.file.read(8), "little"):
            for row, values, extra in marshal.loads(self.file.read(size)):
                yield Record(row, values, extra)


def _identity(record: Record) -> Identity:
    values = {name: str(record.values.get(name, "")) for name in IDENTITY_FIELDS}
    return Identity.of(**values)


def merged_groups(records: Iterable[Record], duplicates: Mapping[int, int]) -> dict[int, Record]:
    """The row -> record of each record a later row merged into, with its duplicates laid over it."""
    targets = set(duplicates.values())
    groups: dict[int, Record] = {}
    for record in records:
        if record.row in targets:
            groups[record.row] = record
        elif record.row in duplicates:
            target = groups[duplicates[record.row]]
            target.values.update(
                (k, fuller_spelling(target.values.get(k), v)) for k, v in record.values.items()
            )
            target.extra.update(record.extra)
    return groups

"""The values imports last read for each guest, derived from the log: the baseline of the next import's
three-way merge (`checkin.importing.merge`).

Derived, not stored: the rows that define it travel between stations anyway, so every station holds the
same baseline without a table to keep in step, and an event file written before this existed has one too.
A guest's baseline is, in the order every station replays rows (`hlc`, `origin`), the record a list
registered, then each import's updates (an EDIT row's plain values) and IMPORTED rows. A desk's EDIT row
logs [old, new] pairs and is left out: a correction at the desk is never taken for an imported value.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import fields
from typing import Any

from checkin.domain import Registrant
from checkin.log_kinds import DESK_EDITED, LogKind
from checkin.storage.log import LogRows

_FIELDS = frozenset(f.name for f in fields(Registrant)) - {"source"}
_JSON_TEXT = ("days", "extra")
"""A registered record stores these as JSON text; an EDIT or IMPORTED row logs them as JSON values."""


class ImportedRows(LogRows):
    def last_imported(self, ids: Sequence[int] | None = None) -> dict[int, dict[str, object]]:
        """Guest id -> field -> the value the imports last read, as logged (days a list, consents 0/1 or
        booleans), for every guest or those of `ids` (what an import matched: read through the log's index
        of guests). A guest no list registered or updated (a walk-in) is absent."""
        found: dict[int, dict[str, object]] = {}
        kinds = (LogKind.REGISTER.value, LogKind.EDIT.value, LogKind.IMPORTED.value)
        sql = (
            "SELECT attendee_id, kind, data FROM log WHERE attendee_id {} AND kind IN (?, ?, ?)"
            " ORDER BY hlc, origin"
        )
        rows: Iterable[Any] = (
            self.db.execute(sql.format("IS NOT NULL"), kinds)
            if ids is None
            else self.in_chunks(sql.format("IN ({marks})"), ids, *kinds)
        )
        for attendee_id, kind, data in rows:
            values = json.loads(data)
            if kind == LogKind.REGISTER:
                found[attendee_id] = _registered(values)
                continue
            imported = {
                name: value
                for name, value in values.items()
                if name in _FIELDS and not (name in DESK_EDITED and isinstance(value, list))
            }
            if imported:
                found.setdefault(attendee_id, {}).update(imported)
        return found


def _registered(record: dict[str, object]) -> dict[str, object]:
    values = {name: value for name, value in record.items() if name in _FIELDS}
    for name in _JSON_TEXT:
        if isinstance(values.get(name), str):
            values[name] = json.loads(str(values[name]))
    return values

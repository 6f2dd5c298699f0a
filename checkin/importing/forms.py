"""Column mappings remembered per form: the organiser maps a column by hand once, and the next export of
the same registration form imports in one step.

A form is known by the set of its header names (folded as `columns.header_key` folds them, so "E-mail" and
"e-mail " are one), not their order: a form tool may move a column between two exports. The mappings live
in one event setting, newest first and at most `MAX_FORMS` of them, and travel to other stations as a whole
(the latest saved wins): two organisers teaching two forms at the same moment is rare, and losing one of
those mappings costs only mapping it again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from checkin.importing.columns import MAPPABLE_FIELDS, ColumnReading, header_key

SETTING = "import_mappings"
"""The event setting that holds the remembered mappings; replicated as `checkin.event_settings` replicates
settings (a `setting` log row, the latest wins)."""
MAX_FORMS = 20


@dataclass(frozen=True)
class RememberedMapping:
    """The mapping (header -> field, "extra" or "ignore") an organiser chose for the form with `headers`."""

    headers: frozenset[str]
    mapping: Mapping[str, str]

    def to_json(self) -> dict[str, object]:
        return {"headers": sorted(self.headers), "mapping": dict(self.mapping)}


def form_of(readings: Iterable[ColumnReading]) -> frozenset[str]:
    """What identifies a file's form: its folded header names (blank ones leave no trace)."""
    return frozenset(key for key in (header_key(reading.header) for reading in readings) if key)


def remembered(setting: object) -> tuple[RememberedMapping, ...]:
    """The mappings an event setting (or a received log row) holds, newest first. Anything malformed (a
    hand-edited file, a row from a newer version) is left out rather than trusted."""
    found: list[RememberedMapping] = []
    for item in setting if isinstance(setting, list) else ():
        headers = item.get("headers") if isinstance(item, dict) else None
        mapping = item.get("mapping") if isinstance(item, dict) else None
        if not (isinstance(headers, list) and isinstance(mapping, dict) and mapping):
            continue
        if all(isinstance(h, str) for h in headers) and all(
            isinstance(h, str) and target in MAPPABLE_FIELDS for h, target in mapping.items()
        ):
            found.append(RememberedMapping(frozenset(headers), MappingProxyType(dict(mapping))))
    return tuple(found[:MAX_FORMS])


def mapping_for(forms: Iterable[RememberedMapping], form: frozenset[str]) -> Mapping[str, str] | None:
    return next((known.mapping for known in forms if known.headers == form), None)


def with_mapping(
    forms: Iterable[RememberedMapping], form: frozenset[str], mapping: Mapping[str, str]
) -> list[dict[str, object]]:
    """The setting's new value: `mapping` remembered for `form` (an empty one forgets the form)."""
    others = [known for known in forms if known.headers != form]
    kept = [RememberedMapping(form, mapping), *others] if mapping else others
    return [known.to_json() for known in kept[:MAX_FORMS]]

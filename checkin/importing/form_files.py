"""Which files each registration form's imports came from: what lets a re-import say who its list lacks.

A corrected export of a form normally lists everyone an earlier export of it listed; a guest it lacks was
deleted from the form (a cancellation) or lost on the way, and either way the organiser must hear of it: the
import does not cancel anyone (a list may be filtered on purpose, and a guest is cancelled at the desk or by
a status column).

"The same form" is what `checkin.importing.forms` remembers mappings by: the set of the file's folded header
names. A guest came from the form when the file that registered them (`Attendee.source`, "lista.csv:57")
is one the form's real imports read; a first import of a form, or a list of another form (another question
added to the form makes another form too), says nothing. A file name read by two forms belongs to the form
that read it last.

The names live in one event setting, newest form first, `MAX_FORMS` forms of `MAX_FILES` names each, and
travel to other stations as a whole (the latest saved wins), as the remembered mappings do.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.importing.forms import MAX_FORMS

SETTING = "import_form_files"
MAX_FILES = 50
"""File names kept per form, newest first: a form re-exported daily for weeks has its recent files."""


@dataclass(frozen=True)
class Missing:
    """A registered guest an earlier import of the form brought in whom the list lacks."""

    attendee_id: int
    name: str
    registration_id: str


def cleaned(setting: object) -> list[dict[str, list[str]]]:
    """The setting as kept: anything malformed (a hand-edited file, a newer station's row) left out."""
    kept: list[dict[str, list[str]]] = []
    for item in setting if isinstance(setting, list) else ():
        headers = item.get("headers") if isinstance(item, dict) else None
        files = item.get("files") if isinstance(item, dict) else None
        if not (isinstance(headers, list) and isinstance(files, list) and files):
            continue
        if all(isinstance(text, str) for text in (*headers, *files)):
            kept.append({"headers": headers, "files": files[:MAX_FILES]})
    return kept[:MAX_FORMS]


def files_of(setting: object, form: frozenset[str]) -> tuple[str, ...]:
    """The files the imports of `form` read, newest first."""
    return next((tuple(item["files"]) for item in cleaned(setting) if set(item["headers"]) == form), ())


def with_file(setting: object, form: frozenset[str], file_name: str) -> list[dict[str, list[str]]]:
    """The setting's new value once `file_name` was imported as a list of `form`."""
    known = cleaned(setting)
    files = [file_name, *(name for name in files_of(known, form) if name != file_name)][:MAX_FILES]
    others = [
        {"headers": item["headers"], "files": [name for name in item["files"] if name != file_name]}
        for item in known
        if set(item["headers"]) != form
    ]
    return cleaned([{"headers": sorted(form), "files": files}, *others])

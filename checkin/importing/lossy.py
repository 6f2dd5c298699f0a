"""Text that came through a lossy encoding: "?" where letters were.

Polish Excel saves "CSV" in Windows-1250, which has no Cyrillic (nor Lithuanian, Greek...) letters: it writes
"?" for each, so "д-р Дмитро Габінет" arrives as "?-? ?????? ???????" and "Šarūnas" as "Šar?nas". Such a
value must never become a guest's name or overwrite one, so the importer asks here before using a row.

The rule, per field:
- a name (first name, last name, title) never holds a question mark: any "?" is a lost letter;
- an organisation, a position or a town may end a sentence with one ("Fundacja Czy wiesz?", "Co? Gdzie?
  Kiedy?"): there a "?" is a real question mark only where it ends a sentence: right after a letter or
  digit, followed by no letter, digit or further "?", and not by a word in lower case. A "?" that starts a
  word, stands inside one, repeats or is followed by a lower-case word ("???? ???????", "«?????»",
  "Šar?nas", "socialini? paslaug? centras", "Co dalej??") is a lost letter. A slogan ending in "??" is
  reported too: rarer than a two-letter Cyrillic word, and the organiser sees the row and decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

NAME_FIELDS = ("title", "first_name", "last_name")
TEXT_FIELDS = ("organisation", "position", "city")
_CHECKED = (*NAME_FIELDS, *TEXT_FIELDS)

_LOST_IN_TEXT = re.compile(r"(?<![^\W_])\?|\?(?=[\w?])")
"""A "?" not preceded by a letter or digit (it starts a word), or followed by one or by another "?"."""
_BEFORE_WORD = re.compile(r"\?\s+(\w)")
"""A "?" and the first letter of the word after it: a sentence would go on with a capital."""


def lost_letters(field: str, value: str) -> bool:
    """Whether `value`, read for `field`, shows letters lost to "?" (see the module's rule)."""
    if "?" not in value:
        return False
    if field in NAME_FIELDS:
        return True
    if _LOST_IN_TEXT.search(value) is not None:
        return True
    return any(match.group(1).islower() for match in _BEFORE_WORD.finditer(value))


def fields_with_lost_letters(values: Mapping[str, object]) -> list[str]:
    """The checked fields of a row's values whose text lost letters, in a fixed order."""
    return [
        field
        for field in _CHECKED
        if isinstance(text := values.get(field), str) and "?" in text and lost_letters(field, text)
    ]

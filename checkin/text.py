"""Folding text for matching: what reception types rarely has diacritics, and never Cyrillic.

`fold("Łódź")` is `"lodz"`, `fold("Коваленко")` is `"kovalenko"`. unidecode knows the letters Unicode does not
decompose (ł, đ, ß) and transliterates Cyrillic; we cache its answer per character so that folding a
100,000-row import stays a C-level `str.translate`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from unidecode import unidecode

FOLDED_TEXTS = 65_536
FOLDED_TEXT_LENGTH = 100
"""Texts with diacritics or Cyrillic whose folded form is kept: this many, of at most this length (names,
towns, organisations: 13 MB at most)."""
MAX_QUERY_LENGTH = 200
"""Scanner and keyboard input beyond this is noise (a stuck key, a pasted document), never a name."""

_WORD = re.compile(r"[a-z]+|[0-9]+")
"""Letters and digits apart: "kowalski2@cus.pl" (an e-mail made unique) still has the word "kowalski"."""


SILENT_SIGNS = {ord(sign): "" for sign in "ьЬъЪ"}
"""Cyrillic soft and hard signs: unidecode writes them as an apostrophe, which would split Мельник into
"mel" and "nik"; nobody types them in a Latin spelling ("melnik"), so they fold to nothing."""


class _FoldTable(dict[int, str]):
    """A `str.translate` table that learns each character's folded form the first time it sees it."""

    def __missing__(self, codepoint: int) -> str:
        folded = unidecode(chr(codepoint)).lower()
        self[codepoint] = folded
        return folded


_TABLE = _FoldTable(SILENT_SIGNS)


def fold(text: str) -> str:
    """Lower-case ASCII transliteration of `text`."""
    if text.isascii():
        return text.lower()
    return _folded_once(text) if len(text) <= FOLDED_TEXT_LENGTH else _folded(text)


def _folded(text: str) -> str:
    return text.lower().translate(_TABLE)


_folded_once = lru_cache(maxsize=FOLDED_TEXTS)(_folded)
"""`str.translate` through a table of ours costs a dictionary look-up per character: the names, towns and
organisations an import folds again and again are folded once (a note or a pasted cell is not kept)."""


def words(text: str) -> list[str]:
    """The folded words of `text`: runs of letters and digits, everything else separates."""
    return _WORD.findall(fold(text))


def is_email(text: str) -> bool:
    """A cheap shape check (one @, a dotted domain, no spaces): enough to catch "brak" or a phone number."""
    local, at, domain = text.partition("@")
    return bool(
        local
        and at
        and "@" not in domain
        and "." in domain.strip(".")
        and ".." not in domain
        and " " not in text
        and "," not in text
        and ";" not in text
    )


def fuller_spelling(old: object, new: object) -> object:
    """`new`, unless it is only `old` with diacritics lost ("Pawel" for "Paweł"): lists exported through
    systems without Polish letters must not strip them from names we already had right."""
    if isinstance(old, str) and isinstance(new, str) and old != new and fold(old) == fold(new):
        return new if _non_ascii(new) >= _non_ascii(old) else old
    return new


def _non_ascii(text: str) -> int:
    return sum(1 for character in text if not character.isascii())

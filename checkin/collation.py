"""Sorting names the Polish way: Ą follows A, Ł follows L, Ś follows S, Ż follows Ź (not Z).

Code-point order puts every Polish letter after Z, and folding diacritics away would file Łukasz among
the Lucases; printed lists and pre-printed badges laid out on the desk must follow the alphabet staff know.
Letters of other alphabets sort by their Latin transliteration.
"""

from __future__ import annotations

from checkin.text import fold

POLISH_ALPHABET = "aąbcćdeęfghijklłmnńoópqrsśtuvwxyzźż"
_RANK = {letter: rank for rank, letter in enumerate(POLISH_ALPHABET, start=2)}
_SEPARATOR = 1
"""Spaces and hyphens sort before any letter, so "Nowak" comes before "Nowak-Kowalska" and "Nowakowski"."""
_OTHER = 100


def polish_key(text: str) -> tuple[int, ...]:
    key: list[int] = []
    for character in text.lower():
        if character in _RANK:
            key.append(_RANK[character])
        elif character in " -":
            key.append(_SEPARATOR)
        else:
            key.extend(_RANK.get(c, _OTHER + ord(c)) for c in fold(character))
    return tuple(key)


def by_surname(last_name: str, first_name: str) -> tuple[tuple[int, ...], tuple[int, ...], str, str]:
    """The order of a printed list: surname, then first name, then exact spelling as a tie-break."""
    return (polish_key(last_name), polish_key(first_name), last_name, first_name)

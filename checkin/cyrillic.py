"""Polish spellings of Cyrillic names: what reception types for Шевченко is "szewczenko", not "shevchenko".

`checkin.text.fold` transliterates Cyrillic the English way (unidecode: Шевченко -> "shevchenko", Юлія ->
"iuliia"), which is also what a guest's passport says. A Polish receptionist spells the name as Polish
books and newspapers do, by the Polish practical transcription (Słownik ortograficzny PWN: ш -> sz, ч -> cz,
в -> w, х -> ch, л -> ł or l, я -> ja or ia). Search keeps both as keys. No maintained library writes this
transcription (the transliteration packages on PyPI give the English, ISO or national Ukrainian systems),
so its table is here.

A word with і, ї, є or ґ is Ukrainian, one with ы, э, ё or ъ is Russian; a word with neither is read both
ways (Мельник: Ukrainian "melnyk", Russian "mielnik"). The "ij" before a vowel is simplified the way Polish
writes these first names (Юлія -> "julia", Марія -> "maria"), since that is what is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkin.text import words

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_VOWELS = frozenset("аеєиіїоуюяёыэ")
_AFTER_APOSTROPHE = frozenset("ьъ'’ʼ")
_HUSHING = frozenset("жчшщц")
_IJ_BEFORE_VOWEL = re.compile(r"ij(?=[aeiouy])")


@dataclass(frozen=True)
class _Language:
    letters: dict[str, str]
    iotated: dict[str, str]
    """Vowels written with a j at the start of a word or after a vowel, an i after a consonant."""
    soft_l_before: frozenset[str]
    """Letters before which л is "l"; elsewhere it is "ł"."""


_COMMON = {
    "а": "a", "б": "b", "в": "w", "д": "d", "ж": "ż", "з": "z", "й": "j", "к": "k", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "c", "ч": "cz",
    "ш": "sz", "щ": "szcz", "ь": "", "ъ": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_UKRAINIAN = _Language(
    {**_COMMON, "г": "h", "ґ": "g", "е": "e", "и": "y", "і": "i", "ї": "ji"},
    {"є": "e", "ю": "u", "я": "a"},
    frozenset("єіїюяь"),
)
_RUSSIAN = _Language(
    {**_COMMON, "г": "g", "и": "i", "ы": "y", "э": "e"},
    {"е": "e", "ё": "o", "ю": "u", "я": "a"},
    frozenset("еёиьюя"),
)


def polish_spellings(text: str) -> tuple[str, ...]:
    """The folded words of `text` as Polish spells them, when it has Cyrillic letters; else nothing."""
    if text.isascii() or not _CYRILLIC.search(text):
        return ()
    lower = text.lower()
    known = _known_language(lower)
    languages = [known] if known else [_UKRAINIAN, _RUSSIAN]
    spelt = " ".join(_spell(lower, language) for language in languages)
    return tuple(dict.fromkeys(words(_IJ_BEFORE_VOWEL.sub("i", spelt))))


def _known_language(text: str) -> _Language | None:
    if any(letter in text for letter in "іїєґ"):
        return _UKRAINIAN
    if any(letter in text for letter in "ыэёъ"):
        return _RUSSIAN
    return None


def _spell(text: str, language: _Language) -> str:
    out: list[str] = []
    for index, letter in enumerate(text):
        before = text[index - 1] if index else ""
        after = text[index + 1] if index + 1 < len(text) else ""
        out.append(_letter(letter, before, after, language))
    return "".join(out)


def _letter(letter: str, before: str, after: str, language: _Language) -> str:
    if letter in language.iotated:
        vowel = language.iotated[letter]
        if not before.isalpha() or before in _VOWELS or before in _AFTER_APOSTROPHE:
            return "j" + vowel
        if before == "л" or (language is _RUSSIAN and before in _HUSHING):
            return vowel
        return "i" + vowel
    if letter == "л":
        return "l" if after in language.soft_l_before else "ł"
    if letter == "ь" and after == "о":
        return "" if before == "л" else "i"  # Ковальов -> Kowalow, Дзьоба -> Dzioba
    if letter == "и" and language is _RUSSIAN and before in "жшц":
        return "y"
    return language.letters.get(letter, letter)

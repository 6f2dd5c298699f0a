"""Cell text into field values: categories, days, consents, e-mails, and full names split with titles.

Organisers' forms answer in free text ("Prelegentka", "oba dni", "21.06", "Tak, wyrażam zgodę"), so each
answer is matched on its folded words (days by `days.DayReader`). An answer that fits nothing yields a
problem code instead of a guess; the caller decides what to tell the organiser.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from checkin.domain import CATEGORIES
from checkin.importing.columns import header_key
from checkin.importing.days import DayReader
from checkin.importing.status import listed_status
from checkin.text import fold, is_email, words

CATEGORY_NAMES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "participant": ("Uczestnik", "Uczestniczka", "Participant", "Attendee", "Delegate", "Słuchacz"),
    "speaker": ("Prelegent", "Prelegentka", "Speaker", "Referent", "Referentka", "Wykładowca", "Panelista",
                "Panelistka", "Panelist", "Presenter"),
    "honorary_guest": ("Gość honorowy", "Gość specjalny", "VIP", "Honorary guest", "Guest of honour",
                       "Guest of honor", "Special guest"),
    "organiser": ("Organizator", "Organizatorka", "Organiser", "Organizer", "Komitet organizacyjny"),
    "press": ("Media", "Prasa", "Press", "Dziennikarz", "Dziennikarka", "Journalist"),
    "partner": ("Partner", "Partnerka", "Sponsor", "Wystawca", "Exhibitor"),
    "staff": ("Obsługa", "Staff", "Wolontariusz", "Wolontariuszka", "Volunteer", "Crew"),
})  # fmt: skip

_TITLE_WORDS = frozenset({
    "prof", "profesor", "professor", "dr", "doc", "hab", "mgr", "inz", "lek", "med", "dent", "wet", "farm",
    "lic", "ks", "mr", "mrs", "ms", "phd", "md", "mba", "msc", "dsc",
})  # fmt: skip
_YES = frozenset({"tak", "yes", "y", "t", "x", "1", "true", "prawda", "zgoda", "ok", "agree"})
_NO = frozenset({"nie", "no", "n", "0", "false", "falsz", "brak", "brak zgody"})
_YES_PREFIXES = ("tak ", "yes ", "wyrazam zgode", "zgadzam sie", "akceptuje", "i agree", "i consent")
_NO_PREFIXES = ("nie ", "no ", "brak zgody", "i do not", "i don t", "odmawiam")
_CACHED = frozenset({"category", "days", "consent_data", "consent_image", "status"})
"""Fields whose few distinct answers repeat down the list. An e-mail is converted too, but each guest's is
their own: caching them would keep a million-row list's every address in memory."""
CONVERTED = _CACHED | {"email"}


class Converter:
    """Turns cleaned cell text into field values; answers are cached because categories and days repeat.

    `caches` (field -> cell text -> answer) is public so the row reader's hot loop can look an answer up
    without a call; a field without a cache takes its text as it is, unless it is one of `CONVERTED`.
    """

    def __init__(self, event_days: tuple[str, ...], category_labels: Mapping[str, str]) -> None:
        self.event_days = event_days
        self.days = DayReader(event_days)
        self.categories = {header_key(key): key for key in CATEGORIES}
        for key, names in CATEGORY_NAMES.items():
            self.categories.update((header_key(name), key) for name in names)
        self.categories.update(
            (header_key(label), key) for key, label in category_labels.items() if key in CATEGORIES
        )
        self.caches: dict[str, dict[str, tuple[object, str]]] = {name: {} for name in _CACHED}

    def convert(self, name: str, text: str) -> tuple[object, str]:
        """(value, problem code or ""); a value of None means "leave the field unset"."""
        cache = self.caches.get(name)
        if cache is None:
            return self._lookup(name, text) if name in CONVERTED else (text, "")
        result = cache.get(text)
        if result is None:
            result = cache[text] = self._lookup(name, text)
        return result

    def _lookup(self, name: str, text: str) -> tuple[object, str]:
        if name == "email":
            email = text.lower().removeprefix("mailto:")
            return email, "" if is_email(email) else "bad_email"
        if name == "category":
            key = self.categories.get(header_key(text))
            return key, "" if key else "unknown_category"
        if name == "days":
            days = self.days.read(text)
            return days, "" if days is not None else "unknown_days"
        if name == "status":
            status = listed_status(text)
            return status, "" if status is not None else "unknown_status"
        consent = yes_no(text)
        return consent, "" if consent is not None else "unknown_consent"


def yes_no(text: str) -> bool | None:
    """A form's yes or no ("Tak", "x", "Wyrażam zgodę", "nie"); None when it is neither."""
    key = " ".join(words(text))
    if key in _YES or key.startswith(_YES_PREFIXES):
        return True
    if key in _NO or key.startswith(_NO_PREFIXES):
        return False
    return None


def split_full_name(text: str) -> tuple[str, str, str]:
    """(title, first, last) from "dr hab. Jan Kowalski", "Jan Kowalski, prof. UW" or "Kowalski, Jan".

    The last word is the last name: Polish double surnames are hyphenated, so that holds for nearly all.
    """
    head, comma, tail = text.partition(",")
    suffix = ""
    if comma and tail.split() and _is_title(tail.split()[0]):
        suffix = " ".join(tail.split())
    elif comma and len(head.split()) == 1 and tail.split():
        title, first = _peel_titles(tail.split())
        return title, " ".join(first), head.strip()
    else:
        head = text.replace(",", " ")
    prefix, rest = _peel_titles(head.split())
    while len(rest) > 1 and _is_title(rest[-1]):
        suffix = f"{rest.pop()} {suffix}".strip()
    title = " ".join(part for part in (prefix, suffix) if part)
    return title, " ".join(rest[:-1]), rest[-1] if rest else ""


def _peel_titles(tokens: list[str]) -> tuple[str, list[str]]:
    """Leading academic titles, keeping at least one name word ("n." only inside "dr n. med.")."""
    count = 0
    while count < len(tokens) - 1 and _is_title_at(tokens, count):
        count += 1
    return " ".join(tokens[:count]), tokens[count:]


def _is_title_at(tokens: Sequence[str], index: int) -> bool:
    return _is_title(tokens[index]) or (index > 0 and _fold_token(tokens[index]) == "n")


def _fold_token(token: str) -> str:
    return fold(token).strip(".,")


def _is_title(token: str) -> bool:
    return _fold_token(token) in _TITLE_WORDS

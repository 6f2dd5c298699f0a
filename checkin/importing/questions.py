"""Which field a form QUESTION asks for: Google Forms and MS Forms export the questions as headers.

"W którym warsztacie (22 czerwca) chcesz wziąć udział?" or "Nazwa instytucji, którą Pan/Pani reprezentuje"
is no known label, but its words say what it asks. The rules look at the header's folded words, a word
matching a stem when it starts with it ("warszta" is warsztat, warsztacie, warsztatów), or is it when the
stem ends in "$" ("dni$" is "dni" but not "dnia"), and are tried in this order, the first that holds
deciding:

1. consent: a consent word (zgoda, consent, agree) and what it is about: the image (wizerunek, photo)
   before the data (dane, RODO), because an image-consent text often mentions personal data too; a consent
   about neither is left unrecognised;
2. needs: diet and special needs (dietetyczne, alergie, dietary);
3. days: a question about days (dni, dniach, days; or "który dzień", "which day") beats the workshop and
   meal words a days question may hold ("W których dniach warsztatów..."); "Warsztat – dzień 2" names a day
   without asking which, so it is no days question;
4. a meal or the dinner (kolacja, obiad, dinner): no field; such a column stays extra information and its
   yes/no answers sign the guest up for the meal (`checkin.programme.choices`);
5. workshop (warsztat, workshop);
6. organisation (instytucja, firma, institution), before names, since "Name of the institution" and "Nazwa
   instytucji" hold a name word;
7. names: "imię" with "nazwisko" (or "full name", "name and surname") is a full name; "imię" (or "first
   name") alone a first name, "nazwisko" (or "last name") alone a last name; a bare "name" says too little;
8. e-mail, phone, position, town, academic title, category, notes.

A header that fits none stays unrecognised: its values are kept as extra information and the import says
so. Nothing is guessed from a similar-looking word: a wrong field would silently damage every row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checkin.text import words

Stems = tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    """`field` (None: a question known to feed no field) when every group of `all_of` has a word starting
    with one of its stems and no word starts with a stem of `none_of`."""

    field: str | None
    all_of: tuple[Stems, ...]
    none_of: Stems = ()

    def holds(self, header_words: Sequence[str]) -> bool:
        found = all(_has(header_words, group) for group in self.all_of)
        return found and not _has(header_words, self.none_of)


def _has(header_words: Sequence[str], stems: Stems) -> bool:
    return any(_matches(word, stem) for word in header_words for stem in stems)


def _matches(word: str, stem: str) -> bool:
    return word == stem[:-1] if stem.endswith("$") else word.startswith(stem)


_CONSENT: Stems = ("zgoda", "zgode", "zgody", "zgadzam", "consent", "agree", "akceptuj", "zezwalam")
_IMAGE: Stems = ("wizerun", "zdjec", "fotograf", "photo", "image", "likeness", "nagran", "filmow")
_DATA: Stems = ("danych", "dane", "osobow", "rodo", "przetwarz", "personal", "data", "gdpr", "prywatn",
                "privacy")  # fmt: skip
_DIET: Stems = ("diet", "wegetar", "wegan", "alergi", "uczuleni", "zywieni", "gluten", "allerg", "vegetar",
                "vegan", "food")  # fmt: skip
_NEEDS: Stems = ("potrzeby$", "needs$", "niepelnospraw", "accessib", "wozek", "wheelchair")
_DAYS: Stems = ("dni$", "dniach", "dniami", "days$")
_DAY: Stems = ("dzien", "dniu$", "dnia$", "day$")
_WHICH: Stems = ("ktor", "jaki", "which", "what", "kiedy", "when")
_MEAL: Stems = ("obiad", "obied", "kolacj", "lunch", "dinner", "posil", "meal", "bankiet", "banquet",
                "gala", "sniadani", "breakfast", "supper")  # fmt: skip
_WORKSHOP: Stems = ("warszta", "workshop")
_ORGANISATION: Stems = ("instytuc", "organizac", "firm", "pracodaw", "uczelni", "institution", "organisation",
                        "organization", "company", "employer", "affiliat", "afiliac")  # fmt: skip
_FIRST: Stems = ("imie", "imion", "forename")
_LAST: Stems = ("nazwisk", "surname")
_NAME: Stems = ("name$",)
_FIRST_OF_NAME: Stems = ("first$", "given$")
_LAST_OF_NAME: Stems = ("last$", "family$")
_EMAIL: Stems = ("email", "mail$", "mailow")
_MAIL: Stems = ("poczt",)
_ELECTRONIC: Stems = ("elektroniczn",)
_PHONE: Stems = ("telefon", "phone", "komork", "mobile$")
_POSITION: Stems = ("stanowisk", "position", "job")
_TOWN: Stems = ("miejscowos", "miasta$", "miasto$", "town$", "city$")
_TITLE: Stems = ("tytul", "stopien", "title", "degree")
_ACADEMIC: Stems = ("naukow", "zawodow", "academic", "scientific")
_CATEGORY: Stems = ("kategori", "charakterze", "category", "capacity")
_NOTES: Stems = ("uwag", "komentarz", "comment", "remark")

RULES: tuple[Rule, ...] = (
    Rule("consent_image", (_CONSENT, _IMAGE)),
    Rule("consent_data", (_CONSENT, _DATA)),
    Rule(None, (_CONSENT,)),
    Rule("needs", (_DIET,)),
    Rule("needs", (_NEEDS,)),
    Rule("days", (_DAYS,), none_of=_MEAL),
    Rule("days", (_DAY, _WHICH), none_of=(*_MEAL, *_WORKSHOP)),
    Rule(None, (_MEAL,)),
    Rule("workshop", (_WORKSHOP,)),
    Rule("organisation", (_ORGANISATION,), none_of=(*_FIRST, *_LAST)),
    Rule("full_name", (_FIRST, _LAST)),
    Rule("full_name", (("full$",), _NAME)),
    Rule("full_name", (_NAME, _LAST)),
    Rule("first_name", (_FIRST,)),
    Rule("first_name", (_FIRST_OF_NAME, _NAME)),
    Rule("last_name", (_LAST,)),
    Rule("last_name", (_LAST_OF_NAME, _NAME)),
    Rule("email", (_EMAIL,)),
    Rule("email", (_MAIL, _ELECTRONIC)),
    Rule("phone", (_PHONE,)),
    Rule("position", (_POSITION,)),
    Rule("city", (_TOWN,)),
    Rule("title", (_TITLE, _ACADEMIC)),
    Rule("category", (_CATEGORY,)),
    Rule("notes", (_NOTES,)),
)
"""In priority order: the first rule that holds decides (see the module's docstring for why this order)."""


def question_field(header: str) -> str | None:
    """The registrant field the question `header` asks for, or None: no rule holds, or the first that holds
    is a question known to feed no field (a consent about nothing named, a meal)."""
    header_words = words(header)
    rule = next((rule for rule in RULES if rule.holds(header_words)), None)
    return None if rule is None else rule.field

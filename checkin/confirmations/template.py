"""The confirmation's text an organiser edits: the e-mail's subject, the message (the PDF's and the e-mail's
text) and the organisers' contact lines, one per language, with {placeholders} for the guest's details.

Stored with the event as a replicated setting per language (`confirmation_template_pl`, `..._en`), so every
station sends the same text and the latest saved wins. A placeholder not in `PLACEHOLDERS` is refused when
saving (a typo would otherwise reach 300 guests as "{frist_name}"); `{{` and `}}` write a brace. Filling is
our own, not `str.format`: a template must not reach attributes (`{code.__class__}`) or format specs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from string import Formatter

from checkin.errors import UserError

LANGUAGES = ("pl", "en")
"""Polish by default, English when chosen."""
DEFAULT_LANGUAGE = "pl"
MAX_SUBJECT_LENGTH = 200
MAX_BODY_LENGTH = 1_500
"""What fits the one page under the longest name, organisation and workshop list, at 9 pt or more."""
MAX_CONTACT_LENGTH = 600
MAX_CONTACT_LINES = 6
"""The contact block stays at the foot of a one-page confirmation: a few lines, never a letter."""


PLACEHOLDERS = (
    "first_name", "last_name", "title", "full_name", "organisation", "event", "dates", "venue", "town",
    "days", "workshop", "room", "dinner", "code",
)  # fmt: skip
"""The names the organiser may write in braces, in the order the window lists them (with what each stands
for, in the user's language: `ui.organiser.confirmation_template`)."""


@dataclass(frozen=True)
class ConfirmationTemplate:
    """The editable text of a confirmation in one language."""

    language: str
    subject: str
    body: str
    contact: str


DEFAULT_TEMPLATES: Mapping[str, ConfirmationTemplate] = {
    "pl": ConfirmationTemplate(
        "pl",
        "Potwierdzenie udziału: {event}",
        "Dzień dobry,\n\npotwierdzamy Państwa udział w wydarzeniu „{event}” ({dates}).\n\n"
        "Prosimy pokazać kod QR z tego potwierdzenia przy rejestracji, na ekranie telefonu lub wydrukowany: "
        "wystarczy go zeskanować, bez szukania na liście.\n\nDo zobaczenia!",
        "Biuro organizatora",
    ),
    "en": ConfirmationTemplate(
        "en",
        "Your registration: {event}",
        "Hello,\n\nwe confirm your registration for {event} ({dates}).\n\n"
        "Please show the QR code of this confirmation at the registration desk, on your phone's screen or "
        "printed: it is scanned and you are in, no searching the list.\n\nSee you there!",
        "The organisers' office",
    ),
}
"""What a new event sends until the organiser edits it: finished text, with no contact details to guess
(the organiser's window asks for them)."""


def default_template(language: str) -> ConfirmationTemplate:
    return DEFAULT_TEMPLATES[checked_language(language)]


def checked_language(language: str) -> str:
    if language not in LANGUAGES:
        raise UserError(
            "unknown_confirmation_language", "Confirmations are written in {languages}, not {language}.",
            languages=", ".join(LANGUAGES), language=language,
        )  # fmt: skip
    return language


def checked_template(template: ConfirmationTemplate) -> ConfirmationTemplate:
    """The template as saved: a known language, lengths within bounds, only known placeholders (a
    UserError naming the first unknown one), the subject on one line, the contact at most a few lines."""
    checked_language(template.language)
    subject = " ".join(template.subject.split())
    body = template.body.strip().replace("\r\n", "\n")
    contact = "\n".join(line.strip() for line in template.contact.strip().splitlines())
    for what, text, limit in (
        ("subject", subject, MAX_SUBJECT_LENGTH), ("message", body, MAX_BODY_LENGTH),
        ("contact", contact, MAX_CONTACT_LENGTH),
    ):  # fmt: skip
        if len(text) > limit:
            raise UserError(
                "confirmation_text_too_long", "The confirmation's {what} is at most {limit} characters long; "
                "it has {length}.", what=what, limit=str(limit), length=str(len(text)),
            )  # fmt: skip
        placeholders_in(text)
    if len(contact.splitlines()) > MAX_CONTACT_LINES:
        raise UserError(
            "confirmation_contact_too_long",
            "The organisers' contact is at most {limit} lines; it has {count}.",
            limit=str(MAX_CONTACT_LINES), count=str(len(contact.splitlines())),
        )  # fmt: skip
    if not subject:
        raise UserError("confirmation_subject_required", "The confirmation e-mail needs a subject.")
    return ConfirmationTemplate(template.language, subject, body, contact)


def placeholders_in(text: str) -> list[str]:
    """The placeholders `text` uses, in order; a UserError for an unknown one or a stray brace."""
    try:
        parsed = list(Formatter().parse(text))
    except ValueError:
        raise UserError(
            "confirmation_stray_brace",
            "A brace in the confirmation's text is not closed; write placeholders as {{first_name}}, and a "
            "brace itself as {{{{ or }}}}.",
        ) from None  # fmt: skip
    found = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if name not in PLACEHOLDERS or spec or conversion:
            raise UserError(
                "unknown_placeholder", "{{{name}}} is not a placeholder; use one of: {known}.",
                name=name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else ""),
                known=", ".join(PLACEHOLDERS),
            )  # fmt: skip
        found.append(name)
    return found


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with its placeholders replaced by `values` (every name of PLACEHOLDERS); `{{` is a brace."""
    placeholders_in(text)
    return "".join(
        literal + (values.get(name, "") if name is not None else "")
        for literal, name, _, _ in Formatter().parse(text)
    )


def setting_key(language: str) -> str:
    """The event setting holding the template of `language`."""
    return f"confirmation_template_{checked_language(language)}"


SETTING_KEYS = tuple(f"confirmation_template_{language}" for language in LANGUAGES)


def setting_value(template: ConfirmationTemplate) -> dict[str, str]:
    return {key: value for key, value in asdict(template).items() if key != "language"}


def is_setting_value(value: object) -> bool:
    """Whether a received setting's value has the shape `from_setting` reads (another station's save)."""
    return (
        isinstance(value, dict)
        and value.keys() == {"subject", "body", "contact"}
        and all(type(text) is str and len(text) <= MAX_BODY_LENGTH for text in value.values())
    )


def from_setting(value: object, language: str) -> ConfirmationTemplate | None:
    """The template a setting's value holds; None when it is not one (never saved, or damaged)."""
    if not is_setting_value(value):
        return None
    assert isinstance(value, dict)
    return ConfirmationTemplate(language, value["subject"], value["body"], value["contact"])

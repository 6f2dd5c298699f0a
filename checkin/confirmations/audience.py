"""Who gets a confirmation: everyone, those not sent one yet, a category, the guests an organiser picked,
or those without an e-mail address (whose confirmations are printed and posted).

Cancelled registrations never do. Guests without an e-mail address are kept apart (`Recipients`): the
organisers print theirs instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from checkin import codes
from checkin.domain import CATEGORIES, Attendee
from checkin.errors import UserError

AudienceKind = Literal["all", "not_sent", "category", "codes", "no_email"]


@dataclass(frozen=True)
class Audience:
    """`category` is read for kind "category", `codes` for kind "codes"."""

    kind: AudienceKind = "all"
    category: str = ""
    codes: tuple[str, ...] = ()

    @classmethod
    def everyone(cls) -> Audience:
        return cls("all")

    @classmethod
    def not_sent(cls) -> Audience:
        """Guests never sent a confirmation at their present address."""
        return cls("not_sent")

    @classmethod
    def without_email(cls) -> Audience:
        """Guests with no e-mail address: their confirmations are printed."""
        return cls("no_email")

    @classmethod
    def of_category(cls, category: str) -> Audience:
        if category not in CATEGORIES:
            raise UserError(
                "unknown_category", "{category} is not a guest category.", category=category
            )  # fmt: skip
        return cls("category", category=category)

    @classmethod
    def of_codes(cls, guest_codes: tuple[str, ...]) -> Audience:
        return cls("codes", codes=tuple(codes.normalise(code) for code in guest_codes))


@dataclass(frozen=True)
class Recipients:
    """The guests an audience names, in Polish alphabetical order: those with an e-mail address, and those
    without one (listed for printing); `already_sent`: the codes of those with one who were sent a
    confirmation at the address they have now (a send skips them unless asked to send again)."""

    with_email: tuple[Attendee, ...]
    without_email: tuple[Attendee, ...]
    already_sent: frozenset[str] = frozenset()

    @property
    def count(self) -> int:
        return len(self.with_email) + len(self.without_email)

    def to_send(self, resend: bool) -> int:
        """How many a send mails: those with an address, less those sent one already unless `resend`."""
        return len(self.with_email) - (0 if resend else len(self.already_sent))


def parse_audience(text: str) -> Audience:
    """The command line's `--audience`: `all`, `not_sent`, `no_email`, a category (`speaker`), or guests'
    codes separated by commas."""
    text = text.strip()
    if text == "all":
        return Audience.everyone()
    if text == "not_sent":
        return Audience.not_sent()
    if text == "no_email":
        return Audience.without_email()
    if text in CATEGORIES:
        return Audience.of_category(text)
    typed = tuple(part.strip() for part in text.split(",") if part.strip())
    if typed and all(codes.looks_like_code(part) for part in typed):
        return Audience.of_codes(typed)
    raise UserError(
        "bad_audience", "--audience is all, not_sent, no_email, a category ({categories}) or guests' codes "
        "separated by commas; {text} is none of them.", categories=", ".join(CATEGORIES), text=text,
    )  # fmt: skip

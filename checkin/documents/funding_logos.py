"""The funding logos of an EU-funded project's documents (the European Funds mark, the Polish flag, the EU
emblem...), kept inside the event file.

The event setting `funding_logos` holds them in order, each as {"name", "data"}: the file name it was added
from and its bytes in base64. Kept in the file, they travel to other stations with the setting's log row and
survive moving the event file to another folder or laptop. An older form, a list of file names relative to
the event file's folder (or one name), is still read: those files are read when a document is made.

A logo is checked when it is added, before anything changes: a PNG or JPEG that decodes whole
(`checkin.images`), at most `MAX_LOGO_BYTES`, and at most `MAX_LOGOS` of them: a band of logos is a
handful, and each change of the list travels whole to every station.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import UserError
from checkin.images import read_image

FUNDING_LOGOS_SETTING = "funding_logos"
MAX_LOGOS = 8
MAX_LOGO_BYTES = 1024 * 1024
MAX_NAME_LENGTH = 200
SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
"""How PNG and JPEG files begin: what a received logo is checked against without decoding it."""


@dataclass(frozen=True)
class FundingLogo:
    """One logo of the band: the file name it came from (to tell logos apart) and its PNG or JPEG bytes."""

    name: str
    data: bytes


def logo_from_file(path: Path) -> FundingLogo:
    """The logo in the file at `path`, checked (see `checkin.images`); a UserError saying what is wrong and
    what to do otherwise."""
    return FundingLogo(path.name[:MAX_NAME_LENGTH], read_image(path, MAX_LOGO_BYTES))


def checked_logos(logos: Sequence[FundingLogo]) -> tuple[FundingLogo, ...]:
    if len(logos) > MAX_LOGOS:
        raise UserError(
            "too_many_logos", "An event has at most {limit} funding logos; remove one before adding another.",
            limit=str(MAX_LOGOS),
        )  # fmt: skip
    return tuple(logos)


def setting_value(logos: Sequence[FundingLogo]) -> list[dict[str, str]]:
    """The logos as the `funding_logos` setting (and its log row) holds them."""
    return [{"name": logo.name, "data": base64.b64encode(logo.data).decode("ascii")} for logo in logos]


def logos_of(value: object, folder: Path) -> tuple[FundingLogo, ...]:
    """The logos a `funding_logos` setting holds, in order: embedded ones, and files named by the older
    form (taken from `folder`, the event file's, when relative), read now. A named file that cannot be read
    is a UserError: a list printed without the logos the project owes is worse than no list."""
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    found = []
    for item in items:
        if isinstance(item, dict):
            found.append(FundingLogo(str(item.get("name", "")), _decoded(item.get("data"))))
        else:
            found.append(_named_file(folder / str(item)))
    return tuple(found)


def _named_file(path: Path) -> FundingLogo:
    try:
        return FundingLogo(path.name, read_image(path, MAX_LOGO_BYTES))
    except UserError as error:
        reason = str(error)
        raise UserError(
            "funding_logo_unreadable", "The funding logo {path} (event setting funding_logos) cannot be read "
            "as an image ({reason}); fix the file, or set the logos again (`logos clear`, `logos add`).",
            path=str(path), reason=reason or type(error).__name__,
        ) from error  # fmt: skip


def _decoded(data: object) -> bytes:
    try:
        return base64.b64decode(str(data or ""), validate=True)
    except (binascii.Error, ValueError):
        return b""  # cannot happen for a checked value; drawing it then says the logo cannot be drawn


def is_setting_value(value: object) -> bool:
    """Whether a received `funding_logos` value has the shape, sizes and image signatures adding checks (its
    images are not decoded here: replaying stays free of Pillow)."""
    if type(value) is not list or len(value) > MAX_LOGOS:
        return False
    for item in value:
        if not (isinstance(item, dict) and item.keys() == {"name", "data"}):
            return False
        name, data = item["name"], item["data"]
        if type(name) is not str or len(name) > MAX_NAME_LENGTH or type(data) is not str:
            return False
        if len(data) > (MAX_LOGO_BYTES + 2) // 3 * 4:
            return False
        decoded = _decoded(data)
        if not decoded.startswith(SIGNATURES):
            return False
    return True

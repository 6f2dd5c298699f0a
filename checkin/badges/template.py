"""The badge design of an event: which fields it shows, a colour and a band label per category, a logo.

Stored with the event (as JSON) so every desk prints the same badge; the defaults look finished with no
editing: a strong colour per category, labels in capitals as Polish events print them.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from io import BytesIO
from pathlib import Path
from types import MappingProxyType

from PIL import Image

from checkin.badges.layouts import DEFAULT_LAYOUT
from checkin.domain import DEFAULT_CATEGORY, DEFAULT_CATEGORY_LABELS
from checkin.images import read_image

DEFAULT_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "participant": "#1565C0",
        "speaker": "#C62828",
        "honorary_guest": "#6A1B9A",
        "organiser": "#2E7D32",
        "press": "#E65100",
        "partner": "#00838F",
        "staff": "#424242",
    }
)


@dataclass(frozen=True)
class BadgeTemplate:
    show_position: bool = True
    show_organisation: bool = True
    show_workshop: bool = True
    show_code: bool = True
    colours: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_COLOURS))
    labels: Mapping[str, str] = field(
        default_factory=lambda: {key: label.upper() for key, label in DEFAULT_CATEGORY_LABELS.items()}
    )
    workshop_label: str = "Warsztat"
    logo: bytes = b""
    layout: str = DEFAULT_LAYOUT

    def colour(self, category: str) -> str:
        return (
            self.colours.get(category) or DEFAULT_COLOURS.get(category) or DEFAULT_COLOURS[DEFAULT_CATEGORY]
        )

    def label(self, category: str) -> str:
        return self.labels.get(category) or DEFAULT_CATEGORY_LABELS.get(category, category).upper()

    def to_json(self) -> str:
        record = asdict(self)
        record["logo"] = base64.b64encode(self.logo).decode("ascii")
        return json.dumps(record, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> BadgeTemplate:
        """Unknown keys are ignored and missing ones take their defaults: designs survive app updates."""
        record = json.loads(text) if text else {}
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in record.items() if key in known}
        if "logo" in values:
            values["logo"] = base64.b64decode(values["logo"] or "")
        return replace(cls(), **values)


LOGO_MAX_PX = 1000
"""Enough for a logo a few centimetres wide at 300 dpi; a bigger image only slows every badge down."""
LOGO_MAX_BYTES = 2 * 1024 * 1024
"""A logo file read for a design; it is stored scaled down (`prepared_logo`), so a photo-sized one is fine."""


def logo_from_file(path: Path) -> bytes:
    """The design's logo from the file at `path`: checked as every image added is (`checkin.images`; a
    UserError saying what is wrong), then prepared."""
    return prepared_logo(read_image(path, LOGO_MAX_BYTES))


def prepared_logo(data: bytes) -> bytes:
    """The logo as stored with the design: scaled down to LOGO_MAX_PX on its longer side, as PNG."""
    with Image.open(BytesIO(data)) as image:
        image.thumbnail((LOGO_MAX_PX, LOGO_MAX_PX))
        converted = image.convert("RGBA") if image.mode not in ("RGB", "RGBA", "L", "LA") else image
        out = BytesIO()
        converted.save(out, format="PNG")
    return out.getvalue()

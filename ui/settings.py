"""The desk's own settings (not the event's): who works here and how. Stored with QSettings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from PySide6.QtCore import QSettings

LANGUAGES = ("pl", "en")


@dataclass
class DeskSettings:
    station_name: str = ""
    staff_name: str = ""
    sound: bool = True
    language: str = ""
    """Empty: follow the system (English when the system speaks English, Polish otherwise)."""
    last_event: str = ""
    print_on_check_in: bool = False
    printer: str = ""
    """Empty: the system's default printer."""
    badge_layout: str = ""
    """Empty: the layout of the event's badge design."""
    door_session: int = 0
    """The session whose door this station keeps (so a restart comes back to it); 0: the reception desk."""
    peers: str = ""
    """Other stations typed in at this desk ("host:port", separated by spaces): synced with at every start."""

    @classmethod
    def load(cls, store: QSettings) -> DeskSettings:
        # Any: each value has been turned into its own field's type by _loaded, which mypy cannot follow.
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = store.value(f.name, f.default)
            values[f.name] = _loaded(raw, f.default)
        settings = cls(**values)
        if settings.language not in ("", *LANGUAGES):
            settings.language = ""
        return settings

    def save(self, store: QSettings) -> None:
        for name, value in asdict(self).items():
            store.setValue(name, value)
        store.sync()


def _loaded(raw: object, default: object) -> object:
    """A stored value as the type of the field's default: INI files give back every value as a string."""
    if isinstance(default, bool):
        return _as_bool(raw)
    if isinstance(default, int):
        return _as_int(raw, default)
    return str(raw or "")


def _as_int(raw: object, default: int) -> int:
    """A number that does not read as one (a hand-edited file) falls back to the default."""
    try:
        return int(str(raw))
    except ValueError:
        return default


def _as_bool(raw: object) -> bool:
    """QSettings returns "true"/"false" strings from INI files and bools from the registry."""
    return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")

"""The desk's own settings (not the event's): who works here and how. Stored with QSettings."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

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

    @classmethod
    def load(cls, store: QSettings) -> DeskSettings:
        values = {}
        for f in fields(cls):
            raw = store.value(f.name, f.default)
            values[f.name] = _as_bool(raw) if isinstance(f.default, bool) else str(raw or "")
        settings = cls(**values)
        if settings.language not in ("", *LANGUAGES):
            settings.language = ""
        return settings

    def save(self, store: QSettings) -> None:
        for name, value in asdict(self).items():
            store.setValue(name, value)
        store.sync()


def _as_bool(raw: object) -> bool:
    """QSettings returns "true"/"false" strings from INI files and bools from the registry."""
    return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")

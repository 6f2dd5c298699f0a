"""Loading the Polish or English catalogue. Source strings in the code are English; Polish is the
default language of the app, English is used when the system speaks English or the desk chooses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from checkin.paths import resources_dir
from ui.settings import LANGUAGES

CATALOGUE = "checkin"


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def effective_language(chosen: str, system: QLocale | None = None) -> str:
    if chosen in LANGUAGES:
        return chosen
    locale = system or QLocale.system()
    return "en" if locale.language() == QLocale.Language.English else "pl"


class Translations:
    """Keeps the installed translator alive (Qt does not own it) and swaps it on a language change."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self.language = ""

    def install(self, language: str) -> bool:
        app = QCoreApplication.instance()
        translator = QTranslator()
        loaded = translator.load(f"{CATALOGUE}_{language}", translations_dir())
        if self._translator is not None:
            app.removeTranslator(self._translator)
        if loaded:
            app.installTranslator(translator)
            self._translator = translator
        self.language = language
        return loaded

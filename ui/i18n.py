"""Loading the Polish or English catalogue. Source strings in the code are English; Polish is the
default language of the app, English is used when the system speaks English or the desk chooses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
    """Keeps the installed translators alive (Qt does not own them) and swaps them on a language change.

    Two catalogues per language: ours, and Qt's own (`qtbase_pl`) for the buttons and file dialogs Qt
    draws itself (OK, Cancel, Show Details...).
    """

    def __init__(self) -> None:
        self._translators: list[QTranslator] = []
        self.language = ""

    def install(self, language: str) -> bool:
        # Static calls: they act on the running application (an instance() would be Optional to the checker).
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        ours, qt = QTranslator(), QTranslator()
        loaded = ours.load(f"{CATALOGUE}_{language}", translations_dir())
        qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        self._translators = [t for t in (qt, ours) if not t.isEmpty()]
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(language))  # dates and numbers as the catalogue's readers write them
        self.language = language
        return loaded

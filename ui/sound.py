"""Short distinct sounds for success, warning and error. Optional: a laptop without QtMultimedia (or
without audio libraries) still checks people in, and the status bar says sound is off."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from checkin.paths import resources_dir
from ui.widgets.theme import Tone

try:
    from PySide6.QtMultimedia import QSoundEffect
except ImportError:  # no PySide6-Addons, or libpulse missing (see README)
    QSoundEffect = None  # type: ignore[assignment, misc]  # None marks QtMultimedia as missing; Sounds tests it

SOUND_FILES = {Tone.OK: "ok.wav", Tone.WARN: "warning.wav", Tone.ERROR: "error.wav"}


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = True
        self._effects = {}
        if QSoundEffect is not None:
            for tone, name in SOUND_FILES.items():
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / name)))
                self._effects[tone] = effect

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play(self, tone: Tone) -> None:
        effect = self._effects.get(tone)
        if self.enabled and effect is not None:
            effect.play()

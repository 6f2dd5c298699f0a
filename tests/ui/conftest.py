import os
from pathlib import Path

import pytest
from helpers.events import DAYS, make_station
from PySide6.QtCore import QSettings

from ui.app import DeskApp

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def desk(qtbot, tmp_path):
    """The real desk window on a small event, in Polish, on day one."""
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    app = DeskApp(store)
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    window = app.show(station)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.input.setFocus()
    yield window
    window.close()
    station.close()


def screenshot(window, name: str) -> None:
    """Saved for people to look at (the suite's artefacts), at the two screen sizes the desk must fit."""
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        window.grab().save(str(ARTIFACTS / f"desk-{name}-{width}x{height}.png"))

"""A real desk window in a process of its own, driven through stdin as a scanner drives it.

`python tests/helpers/desk_process.py EVENT_FILE` opens the desk offscreen, in Polish, on the event's first
day, and answers each line of stdin with one line of JSON on stdout:
- `scan CODE`: the code typed into the field and Enter, then what the banner says;
- `wait MS`: the window's event loop runs that long (its timers follow other processes), then the banner.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from checkin import app_log
from checkin.station import Station
from ui.app import DeskApp
from ui.gui_thread_gc import collecting_on_gui_thread

SETTLE_MS = 50


def main() -> None:
    app = QApplication([])
    path = Path(sys.argv[1])
    station = Station.open(path, name="Recepcja 1", staff="Ola")
    station.day = station.event.days[0]
    store = QSettings(str(path.with_name("desk-process.ini")), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    desk = DeskApp(store)
    window = desk.show(station)
    app_log.install_hooks(desk.reporter)
    with collecting_on_gui_thread(app):  # as `run_gui` runs the desk
        _serve(window)
    window.close()
    app.processEvents()


def _serve(window) -> None:
    """Each line of stdin a command for the desk; after each, what its banner shows, as a JSON line."""
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "scan":
            window.input.setText(argument)
            QTest.keyClick(window.input, Qt.Key.Key_Return)
            QTest.qWait(SETTLE_MS)
        elif command == "wait":
            QTest.qWait(int(argument))
        banner = window.banner
        shown = {"tone": banner.tone.name, "name": banner.name.text(), "details": banner.details.text()}
        print(json.dumps(shown), flush=True)


if __name__ == "__main__":
    main()

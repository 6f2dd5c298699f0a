"""The programme editor: placeholder until the editor lands."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from checkin.station import Station


class ProgrammeDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station

"""Organiser → Event settings: the venue, its town (printed on badges and in the certificates' "miejscowość,
data") and the funding logos of the documents, with a preview of the logos' band as the documents draw it.

Nothing is stored until OK; `station.event_settings` then saves what changed, and it travels to every
station. An image that is not a usable logo is refused when it is added, with the reason, and the list stays
as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.documents.funding_logos import FundingLogo, logo_from_file
from checkin.errors import UserError
from checkin.event_settings import MAX_TOWN_LENGTH, MAX_VENUE_LENGTH
from checkin.station import Station
from ui import messages
from ui.widgets import files
from ui.widgets.dialogs import FormDialog
from ui.widgets.pdf_preview import PREVIEW_EDGE
from ui.widgets.plain import plain_label, tooltip

ICON_SIZE = QSize(96, 32)
LOGO_LIST_HEIGHT_PX = 180
"""Room for about five logos: an event has a handful."""
PREVIEW_SIZE = QSize(520, 64)
"""The band at the documents' proportions (a fifth of the width of A4's text, 20 mm high), on screen."""
PREVIEW_GAP_PX = 10


class EventSettingsDialog(FormDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Event settings"), parent)
        self.station = station
        event = station.event_settings.current()
        self.venue = self.line(self.tr("Venue"), event.venue)
        self.venue.setMaxLength(MAX_VENUE_LENGTH)
        self.town = self.line(self.tr("Town"), event.town)
        self.town.setMaxLength(MAX_TOWN_LENGTH)
        self.town.setPlaceholderText(self.tr("not set: badges and certificates show the date alone"))
        self.logos = QListWidget()
        self.logos.setIconSize(ICON_SIZE)
        self.logos.setMaximumHeight(LOGO_LIST_HEIGHT_PX)
        self.logos.currentRowChanged.connect(lambda _row: self._update())
        self.add_button = self._button(self.tr("Add…"), self._choose_files)
        self.remove_button = self._button(self.tr("Remove"), self._remove)
        self.up_button = self._button(self.tr("Move left"), lambda: self._move(-1))
        self.down_button = self._button(self.tr("Move right"), lambda: self._move(1))
        self.row(self.tr("Funding logos"), self._logos_row())
        self.preview = plain_label()
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.row(self.tr("As printed"), self.preview)
        self._logos: list[FundingLogo] = []
        try:
            self._set_logos(station.event_settings.funding_logos())
        except UserError as error:  # the older form naming a file that is gone: the organiser adds them again
            self.show_note(messages.describe(error))
            self._set_logos(())

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in the form is OK, whatever button was clicked last
        button.clicked.connect(slot)
        return button

    def _logos_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.logos, 1)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return row

    # --- the list -----------------------------------------------------------------------------------------

    def logos_shown(self) -> list[FundingLogo]:
        return list(self._logos)

    def add_files(self, paths: Sequence[Path]) -> bool:
        """Add the images at `paths` after the logos shown; a file that is not a usable logo is said in the
        note and nothing is added (False)."""
        try:
            added = [logo_from_file(path) for path in paths]
        except UserError as error:
            self.show_note(messages.describe(error))
            return False
        self.show_note("")
        self._set_logos([*self._logos, *added], current=len(self._logos) + len(added) - 1)
        return True

    def _choose_files(self) -> None:
        chosen = files.open_files(self, self.tr("Funding logos"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if chosen:
            self.add_files([Path(path) for path in chosen])

    def _remove(self) -> None:
        row = self.logos.currentRow()
        if 0 <= row < len(self._logos):
            self._set_logos(
                self._logos[:row] + self._logos[row + 1 :], current=min(row, len(self._logos) - 2)
            )

    def _move(self, step: int) -> None:
        row, logos = self.logos.currentRow(), list(self._logos)
        if 0 <= row < len(logos) and 0 <= row + step < len(logos):
            logos[row], logos[row + step] = logos[row + step], logos[row]
            self._set_logos(logos, current=row + step)

    def _set_logos(self, logos: Sequence[FundingLogo], current: int = -1) -> None:
        self._logos = list(logos)
        self.logos.clear()
        for logo in self._logos:
            item = QListWidgetItem(QIcon(_pixmap(logo)), logo.name)
            item.setToolTip(tooltip(logo.name))
            self.logos.addItem(item)
        self.logos.setCurrentRow(current)
        self.preview.setPixmap(band(self._logos, PREVIEW_SIZE))
        self._update()

    def _update(self) -> None:
        row, count = self.logos.currentRow(), len(self._logos)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)

    # --- saving -------------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save what changed; a refusal is said in the note and the dialog stays open."""
        try:
            self.station.event_settings.save(
                venue=self.venue.text(), town=self.town.text(), logos=self._logos
            )
        except UserError as error:
            self.show_note(messages.describe(error))
            return
        super().accept()


def _pixmap(logo: FundingLogo) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(logo.data)
    return pixmap


def band(logos: Sequence[FundingLogo], size: QSize) -> QPixmap:
    """The logos left to right, each as tall as the band with its proportions kept, all scaled down together
    when the row would be wider: as `checkin.documents.canvas.draw_logos` draws them on the page."""
    canvas = QPixmap(size)
    canvas.fill(QColor("white"))
    images = [image for image in map(_pixmap, logos) if not image.isNull()]
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    ratios = [image.width() / image.height() for image in images]
    if ratios:
        gaps = PREVIEW_GAP_PX * (len(ratios) - 1)
        height = size.height() * min(1.0, (size.width() - gaps) / (sum(ratios) * size.height()))
        x, top = 0.0, (size.height() - height) / 2
        for image, ratio in zip(images, ratios, strict=True):
            painter.drawPixmap(round(x), round(top), round(ratio * height), round(height), image)
            x += ratio * height + PREVIEW_GAP_PX
    painter.setPen(QColor(PREVIEW_EDGE))
    painter.drawRect(0, 0, size.width() - 1, size.height() - 1)
    painter.end()
    return canvas

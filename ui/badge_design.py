"""The organisers' editor for the event's badge design, with a live preview of one badge.

The preview shows first the guest whose badge is hardest to fit (the longest name; the list beside it
steps through the longest organisations, surnames and positions too: `BadgePrinting.hardest_to_fit`), and
any other guest once a name is typed in the search field below it, found as the desk finds them.

The preview is the real thing: the badge is rendered to PDF by the same code that prints it
(`checkin.badges`) and rasterised with QtPdf, so what organisers see is what the desks will print. Changes
are collected for a moment (`PREVIEW_DEBOUNCE_MS`) before re-rendering, so typing a band label does not
render a PDF per keystroke. Nothing is stored until OK; the design then goes to every desk with the event.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.badges import printing as badge_printing
from checkin.badges.drawing import Badge, BadgeRun
from checkin.badges.layouts import Layout, layout_named
from checkin.badges.template import BadgeTemplate, logo_from_file
from checkin.domain import CATEGORIES
from checkin.errors import UserError
from checkin.station import Station
from ui import labels, messages
from ui.widgets import files, pdf_preview, plain
from ui.widgets.pdf_preview import PREVIEW_EDGE, render_pdf_page
from ui.widgets.stock_choice import add_badge_stocks

PREVIEW_WIDTH_PX = 420
PREVIEW_MAX_HEIGHT_PX = 480
"""A portrait badge (A6) is fitted by height instead, so the dialog still fits a 1366 × 768 screen; the
preview area is this size whatever the stock, so the dialog does not jump when the stock changes."""
PREVIEW_DEBOUNCE_MS = 150
LABEL_MAX_CHARS = 40
"""A band label is one word or two; longer text only shrinks to unreadable on the badge."""
COLOUR_BUTTON_WIDTH_PX = 96
COLOUR_BUTTON_RADIUS_PX = 3
COLOUR_BUTTON_PADDING_PX = 3
LIGHT_TEXT, DARK_TEXT = "#FFFFFF", "#1A1A1A"
SAMPLE_GUEST = Badge(
    code="K7P2M9Q4X3R8T6W5",
    first_name="Anna",
    last_name="Kowalska",
    position="Kierownik działu",
    organisation="Urząd Miasta Starachowice",
    workshop="Zarządzanie usługami",
    room="Sala A",
)
"""Shown when the event has no guests yet, so every field of the design has something to show."""
SEARCH_MAX_CHARS = 100
GUEST_CHOICE_MIN_CHARS = 30
"""The list of guests is this wide, whatever their names: a long organisation must not widen the dialog."""


def single_badge(layout: Layout) -> Layout:
    """One badge of `layout` on a page of its own size: what the preview shows."""
    return replace(layout, page=layout.badge, columns=1, rows=1, per_sheet=0, cut_marks=False, back="")


def preview_size(layout: Layout) -> QSize:
    """The badge scaled to `PREVIEW_WIDTH_PX` wide, or to `PREVIEW_MAX_HEIGHT_PX` high if it is taller."""
    width, height = layout.badge
    scale = min(PREVIEW_WIDTH_PX / width, PREVIEW_MAX_HEIGHT_PX / height)
    return QSize(round(width * scale), round(height * scale))


class BadgeDesignDialog(QDialog):
    """Edit the event's badge design; OK stores it with the event (`save()`), Cancel changes nothing."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self._initial = station.badges.template()
        self._colours = {key: self._initial.colour(key) for key in CATEGORIES}
        self._logo = self._initial.logo
        self._sample = SAMPLE_GUEST
        self._header = badge_printing.header(station.event_settings.current())
        self.setWindowTitle(self.tr("Badge design"))

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.preview = plain.plain_label()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_WIDTH_PX, PREVIEW_MAX_HEIGHT_PX)
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        controls = QVBoxLayout()
        controls.addWidget(self._fields_group())
        controls.addWidget(self._categories_group())
        controls.addWidget(self._look_group())
        controls.addStretch(1)
        preview_box = QGroupBox(self.tr("Preview"))
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(self.preview, 1)
        self.shown_for = plain.plain_label(wrap=True)
        self.shown_for.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview_layout.addWidget(self.shown_for)
        preview_layout.addLayout(self._guest_form())
        columns = QHBoxLayout()
        columns.addLayout(controls)
        columns.addWidget(preview_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)
        self.refresh_preview()

    # -- controls --------------------------------------------------------------------------------------

    def _guest_form(self) -> QFormLayout:
        """Whose badge the preview shows: one of the hardest to fit, or any guest found by name."""
        self._searched: tuple[str, Badge | None] = ("", None)
        """The last text searched for in "Any guest", and whom it found."""
        self.guest_choice = QComboBox()
        self.guest_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.guest_choice.setMinimumContentsLength(GUEST_CHOICE_MIN_CHARS)
        for badge in self.station.badges.of(self.station.badges.hardest_to_fit()):
            self.guest_choice.addItem(_guest_line(badge), badge)
        self.guest_choice.setEnabled(self.guest_choice.count() > 0)
        self.guest_choice.currentIndexChanged.connect(self._guest_chosen)
        self.guest_search = QLineEdit()
        self.guest_search.setMaxLength(SEARCH_MAX_CHARS)
        self.guest_search.setPlaceholderText(self.tr("Type a surname or an organisation"))
        self.guest_search.setEnabled(self.guest_choice.count() > 0)
        self.guest_search.textChanged.connect(self._changed)
        self.guest_search.installEventFilter(self)
        form = QFormLayout()
        form.addRow(plain.plain_label(self.tr("Hardest to fit")), self.guest_choice)
        form.addRow(plain.plain_label(self.tr("Any guest")), self.guest_search)
        return form

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search field shows the guest found at once; it does not close the dialog (OK)."""
        if (
            watched is self.guest_search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.refresh_preview()
            return True
        return super().eventFilter(watched, event)

    def _guest_chosen(self) -> None:
        """A guest chosen from the list is shown, instead of the one the search found."""
        self.guest_search.blockSignals(True)
        self.guest_search.clear()
        self.guest_search.blockSignals(False)
        self.refresh_preview()

    def _fields_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("On the badge"))
        grid = QGridLayout(box)
        self.show_position = QCheckBox(self.tr("Position"))
        self.show_organisation = QCheckBox(self.tr("Organisation"))
        self.show_workshop = QCheckBox(self.tr("Workshop"))
        self.show_code = QCheckBox(self.tr("Code under the QR"))
        ticks = (
            (self.show_position, self._initial.show_position),
            (self.show_organisation, self._initial.show_organisation),
            (self.show_workshop, self._initial.show_workshop),
            (self.show_code, self._initial.show_code),
        )
        for index, (check, ticked) in enumerate(ticks):
            check.setChecked(ticked)
            check.toggled.connect(self._changed)
            grid.addWidget(check, index // 2, index % 2)
        return box

    def _categories_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Category bands"))
        grid = QGridLayout(box)
        grid.addWidget(plain.plain_label(self.tr("Category")), 0, 0)
        grid.addWidget(plain.plain_label(self.tr("Colour")), 0, 1)
        grid.addWidget(plain.plain_label(self.tr("Label on the band")), 0, 2)
        self.colour_buttons: dict[str, QPushButton] = {}
        self.label_edits: dict[str, QLineEdit] = {}
        for row, key in enumerate(CATEGORIES, start=1):
            button = QPushButton()
            button.setFixedWidth(COLOUR_BUTTON_WIDTH_PX)
            button.setAccessibleName(self.tr("Colour for {category}").format(category=labels.category(key)))
            button.clicked.connect(lambda _checked=False, key=key: self._choose_colour(key))
            self.colour_buttons[key] = button
            self._paint_button(key)
            edit = QLineEdit(self._initial.labels.get(key, ""))
            edit.setPlaceholderText(BadgeTemplate().label(key))
            edit.setMaxLength(LABEL_MAX_CHARS)
            edit.textChanged.connect(self._changed)
            self.label_edits[key] = edit
            grid.addWidget(plain.plain_label(labels.category(key)), row, 0)
            grid.addWidget(button, row, 1)
            grid.addWidget(edit, row, 2)
        grid.setColumnStretch(2, 1)
        return box

    def _look_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Event and stock"))
        form = QFormLayout(box)
        self.workshop_label = QLineEdit(self._initial.workshop_label)
        self.workshop_label.setMaxLength(LABEL_MAX_CHARS)
        self.workshop_label.setPlaceholderText(BadgeTemplate().workshop_label)
        self.workshop_label.textChanged.connect(self._changed)
        form.addRow(plain.plain_label(self.tr("Workshop line starts with")), self.workshop_label)
        self.logo_status = plain.plain_label()
        self.choose_logo = QPushButton(self.tr("Choose logo…"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove logo"))
        self.remove_logo.clicked.connect(lambda: self.set_logo(b""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_status, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        form.addRow(plain.plain_label(self.tr("Logo")), logo_row)
        self.layout_choice = QComboBox()
        add_badge_stocks(self.layout_choice, self._initial.layout)
        self._stock_chosen = False
        """Whether the organiser chose a stock here: until then a stock this version cannot read (the
        design of a newer station, not offered) is kept as it is, not replaced by the first offered."""
        self.layout_choice.activated.connect(lambda _index: setattr(self, "_stock_chosen", True))
        self.layout_choice.currentIndexChanged.connect(self._changed)
        form.addRow(plain.plain_label(self.tr("Default badge stock")), self.layout_choice)
        self._show_logo_status()
        return box

    def _paint_button(self, key: str) -> None:
        colour = QColor(self._colours[key])
        text = DARK_TEXT if colour.lightnessF() > 0.6 else LIGHT_TEXT
        button = self.colour_buttons[key]
        button.setText(colour.name().upper())
        # A border makes the style paint the colour as given; without one, Fusion lightens it as a bevel.
        button.setStyleSheet(
            f"background-color: {colour.name()}; color: {text}; border: 1px solid {PREVIEW_EDGE};"
            f" border-radius: {COLOUR_BUTTON_RADIUS_PX}px; padding: {COLOUR_BUTTON_PADDING_PX}px;"
        )

    def _choose_colour(self, key: str) -> None:
        title = self.tr("Band colour for {category}").format(category=labels.category(key))
        colour = QColorDialog.getColor(QColor(self._colours[key]), self, title)
        if colour.isValid():
            self._colours[key] = colour.name().upper()
            self._paint_button(key)
            self._changed()

    def _choose_logo(self) -> None:
        path = files.open_file(self, self.tr("Event logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.load_logo(Path(path))

    def load_logo(self, path: Path) -> bool:
        """Use the PNG or JPEG at `path` as the logo; anything else is refused with a message (False)."""
        try:
            logo = logo_from_file(path)
        except UserError as error:
            plain.warn(self, self.tr("Logo not used"), messages.describe(error))
            return False
        self.set_logo(logo)
        return True

    def set_logo(self, logo: bytes) -> None:
        self._logo = logo
        self._show_logo_status()
        self._changed()

    def _show_logo_status(self) -> None:
        if self._logo:
            image = QPixmap()
            image.loadFromData(self._logo)
            text = self.tr("{width} × {height} px, {size} KB").format(
                width=image.width(), height=image.height(), size=max(1, len(self._logo) // 1024)
            )
        else:
            text = self.tr("No logo")
        self.logo_status.setText(text)
        self.remove_logo.setEnabled(bool(self._logo))

    # -- the design and its preview --------------------------------------------------------------------

    def design(self) -> BadgeTemplate:
        """The design as the controls show it; an empty band label means the category's default."""
        return replace(
            self._initial,
            show_position=self.show_position.isChecked(),
            show_organisation=self.show_organisation.isChecked(),
            show_workshop=self.show_workshop.isChecked(),
            show_code=self.show_code.isChecked(),
            colours=dict(self._colours),
            labels={
                key: edit.text().strip() for key, edit in self.label_edits.items() if edit.text().strip()
            },
            workshop_label=self.workshop_label.text().strip() or BadgeTemplate().workshop_label,
            logo=self._logo,
            layout=self._stock(),
        )

    def _stock(self) -> str:
        unreadable = self.layout_choice.findData(self._initial.layout) < 0
        return (
            self._initial.layout
            if unreadable and not self._stock_chosen
            else self.layout_choice.currentData()
        )

    def _choose_sample(self) -> None:
        """The guest the search field finds (by the desk's search), else the one chosen in the list, else
        the sample guest of an event without guests; and the line under the preview saying whom."""
        query = self.guest_search.text().strip()
        found = self._found(query)
        self._sample = found or self.guest_choice.currentData() or SAMPLE_GUEST
        name = labels.display_name(self._sample)
        if query and found is None:
            text = self.tr("No guest matches “{query}”. Shown for: {name}").format(query=query, name=name)
        else:
            text = self.tr("Shown for: {name}").format(name=name)
        self.shown_for.setText(text)

    def _found(self, query: str) -> Badge | None:
        """The guest `query` finds, searched again only when it changed: a colour changed or a box ticked
        renders the same guest again."""
        if query != self._searched[0]:
            hits = self.station.search(query, limit=1) if query else []
            self._searched = (
                query,
                next(self.station.badges.of([hits[0].attendee.id]), None) if hits else None,
            )
        return self._searched[1]

    def _changed(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Render one badge of the current design now (the debounce timer calls this after changes)."""
        self._timer.stop()
        self._choose_sample()
        if not pdf_preview.available():
            self.preview.setText(self.tr("Preview unavailable (install PySide6-Addons)."))
            return
        layout = single_badge(layout_named(self.layout_choice.currentData()))
        run = BadgeRun((self._sample,), layout, self.design(), self._header)
        try:
            pdf = run.pdf()
        except (OSError, ValueError):  # a stored logo reportlab cannot decode: say so, keep editing
            self.preview.setText(self.tr("Preview unavailable: the logo cannot be drawn."))
            return
        pixmap = render_pdf_page(pdf, preview_size(layout))
        if pixmap.isNull():
            self.preview.setText(self.tr("Preview unavailable."))
        else:
            self.preview.setPixmap(pixmap)

    # -- saving ----------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the design with the event; on failure say why and keep the dialog open (False)."""
        try:
            self.station.badges.save_template(self.design())
        except UserError as error:
            plain.warn(self, self.tr("Badge design not saved"), messages.describe(error))
            return False
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()


def _guest_line(badge: Badge) -> str:
    """A guest in the list: the name, and the organisation when there is one."""
    return " · ".join(part for part in (labels.display_name(badge), badge.organisation) if part)

"""Where badges go on paper: the badge stock organisers buy, as page and badge sizes in PDF points.

Sheets are filled row by row from the top left, the grid centred on the page; cut marks sit in the margins.
A layout whose badges reach the page edge (4 × A6 on A4, label rolls) gets an inset, so that no text or QR
code falls into the strip a home printer cannot print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from math import floor

from reportlab.lib.pagesizes import A4, A6, LETTER
from reportlab.lib.units import inch, mm

from checkin.errors import UserError

DEFAULT_INSET = 4 * mm
EDGE_INSET = 6 * mm
"""Home printers leave 4-6 mm at the paper's edge unprinted."""
MAX_CUSTOM_MM = 600


@dataclass(frozen=True)
class Layout:
    name: str
    page: tuple[float, float]
    badge: tuple[float, float]
    columns: int = 1
    rows: int = 1
    per_sheet: int = 0
    """Badges on one sheet; 0 means every slot of the grid (a fold layout uses one slot of four)."""
    cut_marks: bool = False
    back: str = ""
    """"badge" or "programme": the back panel of a fold, printed beside the front on the same side of the
    sheet, so that folding it (across, then down) leaves front and back facing out. No duplex needed."""
    inset: float = DEFAULT_INSET

    @property
    def badges_per_sheet(self) -> int:
        return self.per_sheet or self.columns * self.rows

    def slots(self) -> list[tuple[float, float]]:
        """Lower-left corners of the badge places on a front page, in filling order."""
        page_w, page_h = self.page
        w, h = self.badge
        left = (page_w - self.columns * w) / 2
        top = page_h - (page_h - self.rows * h) / 2
        grid = [(left + c * w, top - (r + 1) * h) for r in range(self.rows) for c in range(self.columns)]
        return grid[: self.badges_per_sheet]

    def back_slots(self) -> list[tuple[float, float]]:
        """The back panels: beside each front one, across the vertical fold."""
        return [(self.page[0] - x - self.badge[0], y) for x, y in self.slots()]


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout("a4-8", A4, (90 * mm, 55 * mm), columns=2, rows=4, cut_marks=True),
        Layout("a4-4xa6", A4, A6, columns=2, rows=2, cut_marks=True, inset=EDGE_INSET),
        Layout("letter-4x3", LETTER, (4 * inch, 3 * inch), columns=2, rows=3, cut_marks=True),
        Layout("a6", A6, A6),
        Layout("a4-fold-a6", A4, A6, columns=2, rows=2, per_sheet=1, back="programme", inset=EDGE_INSET),
        Layout("a4-fold-a6-mirror", A4, A6, columns=2, rows=2, per_sheet=1, back="badge", inset=EDGE_INSET),
        Layout("roll-62", (62 * mm, 100 * mm), (62 * mm, 100 * mm), inset=3 * mm),
        Layout("label-4x3", (4 * inch, 3 * inch), (4 * inch, 3 * inch), inset=3 * mm),
    )
}
DEFAULT_LAYOUT = "a4-8"


def custom_layout(
    width_mm: float, height_mm: float, margin_mm: float = 10, page: tuple[float, float] = A4
) -> Layout:
    """As many badges of the given size as fit on the page inside the margins, with cut marks."""
    if not (
        0 < width_mm <= MAX_CUSTOM_MM and 0 < height_mm <= MAX_CUSTOM_MM and 0 <= margin_mm < MAX_CUSTOM_MM
    ):
        raise UserError(
            "bad_badge_size",
            "A badge of {width} × {height} mm with {margin} mm margins is not possible.",
            width=f"{width_mm:g}",
            height=f"{height_mm:g}",
            margin=f"{margin_mm:g}",
        )
    columns = floor((page[0] - 2 * margin_mm * mm) / (width_mm * mm))
    rows = floor((page[1] - 2 * margin_mm * mm) / (height_mm * mm))
    if columns < 1 or rows < 1:
        raise UserError(
            "badge_too_big",
            "A badge of {width} × {height} mm does not fit on the page inside {margin} mm margins.",
            width=f"{width_mm:g}",
            height=f"{height_mm:g}",
            margin=f"{margin_mm:g}",
        )
    name = f"custom-{width_mm:g}x{height_mm:g}" + ("" if margin_mm == 10 else f"-m{margin_mm:g}")
    return Layout(name, page, (width_mm * mm, height_mm * mm), columns=columns, rows=rows, cut_marks=True)


def layout_named(name: str) -> Layout:
    """A stock layout by name, or `custom-WxH` / `custom-WxH-mM` (millimetres: badge size, page margin)
    for other badge stock on A4."""
    if name in LAYOUTS:
        return LAYOUTS[name]
    match = _CUSTOM.fullmatch(name)
    if match:
        width, height, margin = match.groups()
        return custom_layout(float(width), float(height), float(margin) if margin else 10)
    raise UserError(
        "unknown_layout",
        "There is no layout {name}; choose one of {known}, or custom-WIDTHxHEIGHT (millimetres, "
        "e.g. custom-54x86), optionally with a margin: custom-54x86-m5.",
        name=name,
        known=", ".join(LAYOUTS),
    )


_CUSTOM = re.compile(r"custom-(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)(?:-m(\d+(?:\.\d+)?))?")

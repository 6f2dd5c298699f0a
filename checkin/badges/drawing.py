"""Name badges as PDF (reportlab): what a guest wears for two days and what the door scanners read.

Everything is drawn inside the badge's own box: text shrinks to a minimum size, then wraps to up to three
lines, then is cut with an ellipsis, so a 200-character organisation can never run into the next badge. The
QR code is drawn as vector squares with a quiet zone of four modules, each module at least 0.5 mm, which
handheld scanners and webcams read from paper. Fonts are DejaVu (Polish and Cyrillic), embedded and
subset, so names stay selectable and searchable in the PDF.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO
from itertools import islice
from pathlib import Path
from typing import BinaryIO

import qrcode
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.layouts import EDGE_INSET, Layout
from checkin.badges.template import BadgeTemplate
from checkin.paths import resources_dir

REGULAR, BOLD, NAME = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansCondensed-Bold"
_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf", NAME: "DejaVuSansCondensed-Bold.ttf"}
LEADING = 1.15
ROUNDING = 1e-6
"""Points a box may seem short by: a height measured as lines * size * LEADING and handed back as a cell's
height less its padding differs from it in the last bits, and three lines that fit were cut to two."""
ELLIPSIS = "…"
QUIET_ZONE = 4
MIN_MODULE = 0.5 * mm
TEXT_COLOUR = HexColor("#1A1A1A")
MUTED_COLOUR = HexColor("#4A4A4A")
BAND_LABEL_MIN = 8
DETAIL_MIN, DETAIL_MAX = 6.5, 12
"""Position, organisation and workshop lines stay readable when held: never under 6.5 pt."""
HEADER_MAX_PT = 11
"""The event's name is context, not the message: it never competes with the guest's name."""
CUT_MARK = 5 * mm
CUT_GAP = 2 * mm
CUT_COLOUR = HexColor("#9E9E9E")


@dataclass(frozen=True)
class Badge:
    """What one badge shows; `code` is what its QR carries."""

    code: str
    first_name: str
    last_name: str
    title: str = ""
    position: str = ""
    organisation: str = ""
    category: str = "participant"
    workshop: str = ""
    room: str = ""


@dataclass(frozen=True)
class EventHeader:
    name: str
    dates: str


@dataclass(frozen=True)
class Fitted:
    size: float
    lines: list[str]
    cut: bool = False
    """Whether the text did not fit whole even at the smallest size: a line of it ends in an ellipsis."""


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Once per process; reportlab keeps registered fonts globally."""
    for name, file in _FONT_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(resources_dir() / "fonts" / file)))


def width_of(text: str, font: str, size: float) -> float:
    register_fonts()
    return pdfmetrics.stringWidth(text, font, size)


def fit_text(
    text: str, font: str, width: float, height: float, sizes: tuple[float, float], max_lines: int = 3
) -> Fitted:
    """The largest size (between `sizes` max and min) at which `text` fits the box, on one line or wrapped
    to at most `max_lines` lines (one line preferred); failing that, the minimum size with the last line cut
    by an ellipsis. Two lines of a long surname in large type read better from two metres than one small.
    A word is broken between letters only when no size keeps every word whole: "Brzęczyszczykiewicz-" over
    "Grzegorzewska" reads better than a larger "Brzęczyszczykiewi" over "cz-Grzegorzewska"."""
    text = " ".join(text.split())
    largest, smallest = sizes
    if not text:
        return Fitted(smallest, [])
    candidates = [largest - step * 0.5 for step in range(int((largest - smallest) * 2) + 1)]
    fitted = _largest_fit(text, font, (width, height), candidates, max_lines, whole_words=True)
    fitted = fitted or _largest_fit(text, font, (width, height), candidates, max_lines, whole_words=False)
    if fitted:
        return fitted
    lines = _wrap(text, font, smallest, width)
    room = max(1, min(max_lines, int((height + ROUNDING) // (smallest * LEADING)), len(lines)))
    kept = [_ellipsised(line, font, smallest, width, cut=False) for line in lines[:room]]
    if len(lines) > room or kept[-1] != lines[room - 1]:
        kept[-1] = _ellipsised(lines[room - 1], font, smallest, width, cut=True)
    return Fitted(smallest, kept, cut=kept != lines)


def _largest_fit(
    text: str, font: str, box: tuple[float, float], sizes: list[float], max_lines: int, *, whole_words: bool
) -> Fitted | None:
    """The first of `sizes` at which `text` fits the box; with `whole_words`, only sizes at which every
    word (every part of a hyphenated one) fits a line by itself."""
    width, height = box
    words = _words(text) if whole_words else []
    for size in sizes:
        if width_of(text, font, size) <= width and size * LEADING <= height + ROUNDING:
            return Fitted(size, [text])
        if whole_words and not _all_fit(words, font, size, width):
            continue
        lines = _wrap(text, font, size, width)
        if (
            len(lines) <= max_lines
            and len(lines) * size * LEADING <= height + ROUNDING
            and _all_fit(lines, font, size, width)
        ):
            return Fitted(size, lines)
    return None


def _words(text: str) -> list[str]:
    """The pieces `_wrap` may put on a line of their own: words, and hyphenated words' parts."""
    return [piece for word in text.split(" ") for piece, _ in _after_hyphens(word)]


def _all_fit(lines: list[str], font: str, size: float, width: float) -> bool:
    return all(width_of(line, font, size) <= width for line in lines)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrap at spaces and after hyphens (double-barrelled surnames break at their hyphen)."""
    pieces = [
        split
        for word in text.split(" ")
        for piece in _after_hyphens(word)
        for split in _fitting(piece, font, size, width)
    ]
    lines: list[str] = []
    current = ""
    for piece, joiner in pieces:
        attempt = f"{current}{joiner}{piece}" if current else piece
        if current and width_of(attempt, font, size) > width:
            lines.append(current)
            current = piece
        else:
            current = attempt
    return [*lines, current] if current else lines


def _fitting(piece: tuple[str, str], font: str, size: float, width: float) -> list[tuple[str, str]]:
    """A word wider than the whole box ("Konstantynopolitańczykowianeczka" on a small badge) is broken
    between letters, since no line could ever hold it."""
    text, joiner = piece
    if width_of(text, font, size) <= width:
        return [piece]
    parts, current = [], ""
    for character in text:
        if current and width_of(current + character, font, size) > width:
            parts.append(current)
            current = ""
        current += character
    return [(parts[0], joiner), *((part, "") for part in parts[1:]), (current, "")]


def _after_hyphens(word: str) -> list[tuple[str, str]]:
    parts = word.split("-")
    pieces = [(part + "-", "") for part in parts[:-1]] + [(parts[-1], "")]
    return [(pieces[0][0], " "), *pieces[1:]]


def _ellipsised(line: str, font: str, size: float, width: float, *, cut: bool) -> str:
    if not cut and width_of(line, font, size) <= width:
        return line
    while line and width_of(line.rstrip() + ELLIPSIS, font, size) > width:
        line = line[:-1]
    return line.rstrip() + ELLIPSIS


class Pen:
    """Draws fitted text into boxes on one canvas."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas

    def text(
        self,
        text: str,
        font: str,
        box: tuple[float, float, float, float],
        sizes: tuple[float, float],
        *,
        max_lines: int = 3,
        colour: Color = TEXT_COLOUR,
        centred: bool = False,
    ) -> float:
        """Fit `text` into box (x, y_top, width, height), top-aligned; returns the height used."""
        x, top, width, height = box
        fitted = fit_text(text, font, width, height, sizes, max_lines)
        self.c.setFillColor(colour)
        self.c.setFont(font, fitted.size)
        y = top - fitted.size
        for line in fitted.lines:
            if centred:
                self.c.drawCentredString(x + width / 2, y, line)
            else:
                self.c.drawString(x, y, line)
            y -= fitted.size * LEADING
        return len(fitted.lines) * fitted.size * LEADING


@lru_cache(maxsize=64)
def qr_modules(code: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix, quiet zone included; cached, as sizing and drawing a badge both need it."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE)
    qr.add_data(code)
    qr.make(fit=True)
    return tuple(tuple(row) for row in qr.get_matrix())


def draw_qr(c: Canvas, code: str, x: float, y: float, size: float) -> float:
    """The QR code in a `size` square at (x, y), quiet zone included; returns the module size used.

    Drawn in module units under a scale transform: whole-number coordinates keep each page's content (held
    in memory until the PDF is saved) a third of the size.
    """
    modules = qr_modules(code)
    module = size / len(modules)
    c.setFillColor(white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    c.saveState()
    c.translate(x, y + size)
    c.scale(module, -module)
    path = c.beginPath()
    for row, cells in enumerate(modules):
        column = 0
        while column < len(cells):
            if not cells[column]:
                column += 1
                continue
            run = column
            while run < len(cells) and cells[run]:
                run += 1
            path.rect(column, row, run - column, 1)
            column = run
    c.setFillColor(HexColor("#000000"))
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()
    return module


def grouped(code: str) -> str:
    """The code as printed under the QR for typing by hand: groups of four."""
    return " ".join(code[i : i + 4] for i in range(0, len(code), 4))


class BadgeDrawer:
    """Draws badges on a canvas: the front of one guest's badge, or a programme for a fold's back."""

    def __init__(self, canvas: Canvas, template: BadgeTemplate, header: EventHeader) -> None:
        self.c, self.template, self.header = canvas, template, header
        self.pen = Pen(canvas)
        self._logo = ImageReader(BytesIO(template.logo)) if template.logo else None

    def badge(self, badge: Badge, x: float, y: float, w: float, h: float, inset: float) -> None:
        band = self._band_and_header(badge, x, y, w, h, inset)
        inner_x, inner_w = x + inset, w - 2 * inset
        top, bottom = y + h - inset - self._header_height(h) - 0.02 * h, y + band + 0.03 * h
        if w >= h:
            self._landscape(badge, inner_x, inner_w, top, bottom)
        else:
            self._portrait(badge, inner_x, inner_w, top, bottom)

    def _header_height(self, h: float) -> float:
        return min(0.11 * h, HEADER_MAX_PT * 2.4)

    def _band_and_header(self, badge: Badge, x: float, y: float, w: float, h: float, inset: float) -> float:
        band = 0.15 * h if w >= h else 0.1 * h
        # On stock that reaches the paper's edge the label keeps clear of the strip printers cannot print.
        clear = inset if inset >= EDGE_INSET else band * 0.15
        band = max(band, clear + BAND_LABEL_MIN * LEADING + band * 0.15)
        self.c.setFillColor(HexColor(self.template.colour(badge.category)))
        self.c.rect(x, y, w, band, stroke=0, fill=1)
        label_box = (x + inset, y + band - band * 0.12, w - 2 * inset, band * 0.88 - clear)
        self.pen.text(
            self.template.label(badge.category),
            BOLD,
            label_box,
            (max(band * 0.55, BAND_LABEL_MIN), BAND_LABEL_MIN),
            max_lines=1,
            colour=white,
            centred=True,
        )
        header_h = self._header_height(h)
        text_x = x + inset
        if self._logo is not None:
            self.c.drawImage(
                self._logo,
                text_x,
                y + h - inset - header_h,
                header_h * 2,
                header_h,
                preserveAspectRatio=True,
                anchor="w",
                mask="auto",
            )
            text_x += header_h * 2 + 2 * mm
        width = x + w - inset - text_x
        name_size, dates_size = min(header_h * 0.42, HEADER_MAX_PT), min(header_h * 0.32, HEADER_MAX_PT - 2)
        self.pen.text(
            self.header.name,
            BOLD,
            (text_x, y + h - inset, width, header_h * 0.6),
            (name_size, 5),
            max_lines=1,
            colour=MUTED_COLOUR,
        )
        self.pen.text(
            self.header.dates,
            REGULAR,
            (text_x, y + h - inset - header_h * 0.55, width, header_h * 0.45),
            (dates_size, 5),
            max_lines=1,
            colour=MUTED_COLOUR,
        )
        return band

    def _qr_with_code(self, code: str, x: float, y_top: float, size: float, width: float) -> None:
        draw_qr(self.c, code, x + (width - size) / 2, y_top - size, size)
        if self.template.show_code:
            self.pen.text(
                grouped(code),
                REGULAR,
                (x, y_top - size - 1, width, size * 0.12),
                (size * 0.085, 5),
                max_lines=1,
                centred=True,
            )

    def _names(self, badge: Badge, x: float, top: float, width: float, height: float, centred: bool) -> float:
        first = " ".join(part for part in (badge.title, badge.first_name) if part)
        used = self.pen.text(
            first, BOLD, (x, top, width, height * 0.3), (height * 0.22, 7), max_lines=1, centred=centred
        )
        used += self.pen.text(
            badge.last_name,
            NAME,
            (x, top - used, width, height - used),
            (height * 0.42, 10),
            max_lines=2,
            centred=centred,
        )
        return used

    def _details(
        self, badge: Badge, x: float, top: float, width: float, height: float, centred: bool
    ) -> None:
        lines = []
        if self.template.show_position and badge.position:
            lines.append((badge.position, REGULAR, 1))
        if self.template.show_organisation and badge.organisation:
            lines.append((badge.organisation, BOLD, 3))
        if self.template.show_workshop and badge.workshop:
            # The room first: when a long workshop title is cut, the room (where to go) must stay.
            label = (
                f"{self.template.workshop_label} ({badge.room})"
                if badge.room
                else self.template.workshop_label
            )
            lines.append((f"{label}: {badge.workshop}", REGULAR, 2))
        share = height / max(1, len(lines))
        for text, font, max_lines in lines:
            top -= (
                self.pen.text(
                    text,
                    font,
                    (x, top, width, share),
                    (max(min(share * 0.42, DETAIL_MAX), DETAIL_MIN), DETAIL_MIN),
                    max_lines=max_lines,
                    centred=centred,
                )
                + 1
            )

    def _landscape(self, badge: Badge, x: float, width: float, top: float, bottom: float) -> None:
        height = top - bottom
        qr = max(min(height * 0.86, width * 0.4), (len(qr_modules(badge.code))) * MIN_MODULE)
        text_w = width - qr - 3 * mm
        self._qr_with_code(badge.code, x + text_w + 3 * mm, top, qr, qr)
        used = self._names(badge, x, top, text_w, height * 0.55, centred=False)
        self._details(badge, x, top - used - 2, text_w, height - used - 2, centred=False)

    def _portrait(self, badge: Badge, x: float, width: float, top: float, bottom: float) -> None:
        height = top - bottom
        qr = max(min(width * 0.48, height * 0.36), len(qr_modules(badge.code)) * MIN_MODULE)
        code_h = qr * 0.14 if self.template.show_code else 0
        self._qr_with_code(badge.code, x, bottom + qr + code_h, qr, width)
        text_h = height - qr - code_h - 3 * mm
        used = self._names(badge, x, top, width, text_h * 0.5, centred=True)
        self._details(badge, x, top - used - 3, width, text_h - used - 3, centred=True)

    def programme(self, lines: Sequence[str], x: float, y: float, w: float, h: float, inset: float) -> None:
        """The programme on a fold's back: every line at one size, the largest at which all of them fit."""
        box_x, top, width = x + inset, y + h - inset, w - 2 * inset
        used = self.pen.text(self.header.name, BOLD, (box_x, top, width, h * 0.12), (14, 7), max_lines=2) + 4
        room = h - 2 * inset - used
        size = next(
            (
                size
                for size in (10, 9, 8, 7.5, 7, 6.5, 6)
                if self._programme_height(lines, size, width) <= room
            ),
            6,
        )
        for line in lines:
            used += self.pen.text(line, REGULAR, (box_x, top - used, width, room), (size, size), max_lines=2)

    @staticmethod
    def _programme_height(lines: Sequence[str], size: float, width: float) -> float:
        return sum(min(2, len(_wrap(line, REGULAR, size, width))) for line in lines) * size * LEADING


def _chunks(items: Iterable[Badge], size: int) -> Iterator[list[Badge]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _fold_lines(c: Canvas, layout: Layout) -> None:
    """Dashed lines where the sheet is folded: in half across, then in half down."""
    page_w, page_h = layout.page
    c.saveState()
    c.setStrokeColor(CUT_COLOUR)
    c.setLineWidth(0.3)
    c.setDash(3, 3)
    c.line(page_w / 2, 0, page_w / 2, page_h)
    c.line(0, page_h / 2, page_w, page_h / 2)
    c.restoreState()


def _cut_marks(c: Canvas, layout: Layout) -> None:
    """Ticks in the margins where the guillotine goes; hairlines between badges when there is no margin."""
    c.setStrokeColor(CUT_COLOUR)
    c.setLineWidth(0.3)
    w, h = layout.badge
    left, bottom = layout.slots()[-1][0] - (layout.columns - 1) * w, layout.slots()[-1][1]
    right, top = left + layout.columns * w, bottom + layout.rows * h
    xs = [left + i * w for i in range(layout.columns + 1)]
    ys = [bottom + i * h for i in range(layout.rows + 1)]
    if min(left, bottom) < CUT_MARK + CUT_GAP:
        for x in xs[1:-1]:
            c.line(x, bottom, x, top)
        for y in ys[1:-1]:
            c.line(left, y, right, y)
        return
    for x in xs:
        c.line(x, top + CUT_GAP, x, top + CUT_GAP + CUT_MARK)
        c.line(x, bottom - CUT_GAP, x, bottom - CUT_GAP - CUT_MARK)
    for y in ys:
        c.line(left - CUT_GAP, y, left - CUT_GAP - CUT_MARK, y)
        c.line(right + CUT_GAP, y, right + CUT_GAP + CUT_MARK, y)


class _CompactCanvas(Canvas):
    """A canvas whose finished pages keep only their compressed content.

    reportlab holds every page's drawing commands as text until the whole document is saved; compressing
    each page as soon as it is finished (a content stream that already names its FlateDecode filter is
    written as it is) keeps a 5,000-badge pre-print to a few kilobytes per sheet.
    """

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]  # type: ignore[attr-defined]  # private to Canvas: not in the stubs
        content = page.stream.encode("utf-8") if isinstance(page.stream, str) else page.stream
        page.Contents = PDFStream(PDFDictionary({"Filter": PDFName("FlateDecode")}), zlib.compress(content))
        page.stream = None


def write_badges(
    target: Path | BinaryIO,
    badges: Iterable[Badge],
    layout: Layout,
    template: BadgeTemplate,
    header: EventHeader,
    programme: Sequence[str] = (),
) -> int:
    """Render badges sheet by sheet (a duplex layout adds each sheet's back); returns the number of pages.

    Memory stays flat however long the batch: guests are consumed lazily one sheet at a time, and each
    finished page keeps only its compressed content (see _CompactCanvas).
    """
    register_fonts()
    c = _CompactCanvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=layout.page,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # types-reportlab says float: it is a font name
    )  # else reportlab puts its default Helvetica (base-14) on every page
    c.setTitle(f"{header.name}: identyfikatory")
    c.setCreator("checkin-station")
    drawer = BadgeDrawer(c, template, header)
    (w, h), pages = layout.badge, 0
    for sheet in _chunks(badges, layout.badges_per_sheet):
        for (x, y), badge in zip(layout.slots(), sheet, strict=False):
            drawer.badge(badge, x, y, w, h, layout.inset)
        if layout.back:
            for (x, y), badge in zip(layout.back_slots(), sheet, strict=False):
                if layout.back == "badge":
                    drawer.badge(badge, x, y, w, h, layout.inset)
                else:
                    drawer.programme(programme, x, y, w, h, layout.inset)
            _fold_lines(c, layout)
        if layout.cut_marks:
            _cut_marks(c, layout)
        c.showPage()
        pages += 1
    c.save()
    return pages


@dataclass(frozen=True)
class BadgeRun:
    """Everything needed to render a batch, as plain values: it can be rendered on another thread (the
    desk's printer queue) while the event database stays on its own."""

    badges: tuple[Badge, ...]
    layout: Layout
    template: BadgeTemplate
    header: EventHeader
    programme: tuple[str, ...] = ()

    def write(self, target: Path | BinaryIO) -> int:
        return write_badges(target, self.badges, self.layout, self.template, self.header, self.programme)

    def pdf(self) -> bytes:
        buffer = BytesIO()
        self.write(buffer)
        return buffer.getvalue()

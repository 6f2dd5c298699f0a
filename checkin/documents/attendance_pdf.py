"""The attendance list as a PDF to print and sign: A4 portrait, one row per person, a wide signature column.

Every page repeats the whole heading (the funding logos' band, the event, the date, for a session its
title, time and room, and the place) and the table's header: pages are separated for signing at several
tables, and each sheet must still say what was signed. Rows have room for a signature, and every row is
measured before drawing, so the number of pages is known and each page says "strona X z Y". Names and
organisations are fitted into their cells, never running into the signature and never smaller than
readable on paper: smaller down to that size, then on more lines, the whole row (its number and signature
too) growing taller for them, so that the grid stays one row per person; only text longer than any
real name or organisation is cut with "…".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.drawing import BOLD, LEADING, MUTED_COLOUR, REGULAR, TEXT_COLOUR, Pen, fit_text
from checkin.dates import with_weekday
from checkin.documents.attendance import AttendanceList, AttendanceRow
from checkin.documents.canvas import document_canvas, draw_logos

PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 15 * mm, 12 * mm, 14 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X
LOGO_BAND_H = 20 * mm
LOGO_BAND_W = 0.62 * CONTENT_W
"""The top left, free for the funding logos; the list's title sits to its right."""
GAP = 3 * mm
LINE_GAP = 1.2 * mm
ROW_H = 11 * mm
"""Room for a signature in the row, with the pen not touching the lines: the height of every row whose name
and organisation fit on two lines."""
HEADER_ROW_H = 7.5 * mm
PAD = 1.8 * mm
FOOTER_H = 6 * mm
COLUMNS = (("Lp.", 11 * mm), ("Imię i nazwisko", 52 * mm), ("Instytucja", 62 * mm), ("Podpis", 55 * mm))
HEADER_FILL = HexColor("#E6E6E6")
GRID_COLOUR = HexColor("#5A5A5A")
TITLE = "LISTA OBECNOŚCI"
TITLE_PT = 15
CAP_HEIGHT = 0.73
"""DejaVu Sans capitals, as a share of the font size: what the eye centres in a cell."""


@dataclass(frozen=True)
class _Style:
    """How one column's text is set: font, largest and smallest size, colour, and at most how many lines."""

    font: str
    sizes: tuple[float, float]
    colour: Color
    max_lines: int


HEADER = _Style(BOLD, (9, 7), TEXT_COLOUR, 2)
NUMBER = _Style(REGULAR, (9, 7), TEXT_COLOUR, 1)
NAME = _Style(BOLD, (10, 8.5), TEXT_COLOUR, 3)
ORGANISATION = _Style(REGULAR, (8.5, 7.5), MUTED_COLOUR, 4)
"""A name is never set below 8.5 pt nor an organisation below 7.5 pt (the sheet is read and signed at arm's
length; the 6.5 and 6 pt they once shrank to were not readable): longer ones take more lines. Three lines
hold a 60-character name, four a 120-character organisation; longer text is cut."""


@dataclass(frozen=True)
class _Row:
    """A person's row and the height it takes: `ROW_H`, or more for text on more than two lines."""

    number: int
    row: AttendanceRow
    height: float

    @property
    def cells(self) -> tuple[tuple[str, _Style], ...]:
        return _cells(self.number, self.row)


def _cells(number: int, row: AttendanceRow) -> tuple[tuple[str, _Style], ...]:
    """The text of a row's cells, in the order of `COLUMNS` (the signature's cell stays empty)."""
    return (f"{number}.", NUMBER), (row.name, NAME), (row.attendee.organisation, ORGANISATION)


@dataclass(frozen=True)
class _Line:
    """One line of the heading: its text, font and largest and smallest size; fitted to the width."""

    text: str
    font: str
    sizes: tuple[float, float]
    max_lines: int = 1

    @property
    def box_height(self) -> float:
        """Room for `max_lines` lines at the largest size: the box the line is fitted into."""
        return self.max_lines * self.sizes[0] * LEADING

    def height(self) -> float:
        """The height the fitted line takes (measured before drawing: it decides the rows per page)."""
        fitted = fit_text(self.text, self.font, CONTENT_W, self.box_height, self.sizes, self.max_lines)
        return len(fitted.lines) * fitted.size * LEADING


def _heading(attendance: AttendanceList) -> list[_Line]:
    lines = [_Line(attendance.event_name, BOLD, (13, 9), max_lines=2)]
    place = [_Line(f"Miejsce: {attendance.place}", REGULAR, (10, 8), max_lines=2)] if attendance.place else []
    session = attendance.session
    if session is None:
        return [*lines, _Line(f"Dzień: {with_weekday(attendance.day)}", REGULAR, (11, 8)), *place]
    where = f", sala: {session.room}" if session.room else ""
    return [
        *lines,
        _Line(f"Sesja: {session.title}", BOLD, (11, 8), max_lines=2),
        _Line(f"{with_weekday(attendance.day)}, {session.start}–{session.end}{where}", REGULAR, (10, 8)),
        *place,
    ]


def write_attendance_pdf(
    target: Path | BinaryIO, attendance: AttendanceList, logos: Sequence[ImageReader] = ()
) -> int:
    """Draw the list; returns the number of pages (at least one: an empty list is still a list to sign)."""
    heading = _heading(attendance)
    heading_h = sum(line.height() + LINE_GAP for line in heading)
    table_top = PAGE_H - MARGIN_TOP - LOGO_BAND_H - GAP - heading_h - GAP
    room = table_top - HEADER_ROW_H - MARGIN_BOTTOM - FOOTER_H
    pages = _paged((_measured(n, row) for n, row in enumerate(attendance.rows, start=1)), room)
    canvas = document_canvas(target, f"Lista obecności: {attendance.event_name}, {attendance.day}")
    pen = Pen(canvas)
    for number, rows in enumerate(pages, start=1):
        _draw_page_heading(canvas, pen, heading, logos)
        _draw_table(canvas, pen, table_top, rows)
        _draw_footer(canvas, number, len(pages))
        canvas.showPage()
    canvas.save()
    return len(pages)


def _measured(number: int, row: AttendanceRow) -> _Row:
    cells = zip(_cells(number, row), COLUMNS, strict=False)
    text_h = max(_text_height(text, style, width - 2 * PAD) for (text, style), (_, width) in cells)
    return _Row(number, row, max(ROW_H, text_h + 2 * PAD))


def _text_height(text: str, style: _Style, width: float) -> float:
    """The least height, that of a standard row first, that holds `text` whole at a readable size (or its
    most lines, cut)."""
    height = ROW_H - 2 * PAD
    for lines in range(1, style.max_lines + 1):
        height = max(ROW_H - 2 * PAD, lines * style.sizes[1] * LEADING)
        if not fit_text(text, style.font, width, height, style.sizes, lines).cut:
            break
    return height


def _paged(rows: Iterable[_Row], room: float) -> list[list[_Row]]:
    """The rows page by page, as many as the table's `room` holds; one page at least: an empty list is
    still a list to sign."""
    pages: list[list[_Row]] = [[]]
    used = 0.0
    for row in rows:
        if pages[-1] and used + row.height > room:
            pages.append([])
            used = 0.0
        pages[-1].append(row)
        used += row.height
    return pages


def _draw_page_heading(canvas: Canvas, pen: Pen, heading: list[_Line], logos: Sequence[ImageReader]) -> None:
    band_top = PAGE_H - MARGIN_TOP
    draw_logos(canvas, logos, (MARGIN_X, band_top - LOGO_BAND_H, LOGO_BAND_W, LOGO_BAND_H))
    canvas.setFont(BOLD, TITLE_PT)
    canvas.setFillColor(TEXT_COLOUR)
    canvas.drawRightString(MARGIN_X + CONTENT_W, band_top - LOGO_BAND_H / 2 - TITLE_PT / 3, TITLE)
    top = band_top - LOGO_BAND_H - GAP
    for line in heading:
        top -= pen.text(line.text, line.font, (MARGIN_X, top, CONTENT_W, line.box_height), line.sizes,
                        max_lines=line.max_lines) + LINE_GAP  # fmt: skip


def _draw_table(canvas: Canvas, pen: Pen, top: float, rows: Sequence[_Row]) -> None:
    canvas.setFillColor(HEADER_FILL)
    canvas.rect(MARGIN_X, top - HEADER_ROW_H, CONTENT_W, HEADER_ROW_H, stroke=0, fill=1)
    x = MARGIN_X
    for header, width in COLUMNS:
        _centred(pen, header, HEADER, (x + PAD, top, width - 2 * PAD, HEADER_ROW_H))
        x += width
    y = top - HEADER_ROW_H
    for row in rows:
        _draw_row(pen, y, row)
        y -= row.height
    _draw_grid(canvas, top, [row.height for row in rows])


def _draw_row(pen: Pen, top: float, row: _Row) -> None:
    x = MARGIN_X
    for (text, style), (_, width) in zip(row.cells, COLUMNS, strict=False):
        _centred(pen, text, style, (x + PAD, top, width - 2 * PAD, row.height))
        x += width


def _centred(pen: Pen, text: str, style: _Style, box: tuple[float, float, float, float]) -> None:
    """Fitted text centred vertically in box (x, y_top, width, height): the span from the first line's
    capitals to the last line's baseline sits in the middle."""
    x, top, width, height = box
    inner = height - 2 * PAD
    fitted = fit_text(text, style.font, width, inner, style.sizes, style.max_lines)
    span = (CAP_HEIGHT + (len(fitted.lines) - 1) * LEADING) * fitted.size
    first_top = top - height / 2 + span / 2 + (1 - CAP_HEIGHT) * fitted.size
    pen.text(text, style.font, (x, first_top, width, inner), style.sizes, max_lines=style.max_lines,
             colour=style.colour)  # fmt: skip


def _draw_grid(canvas: Canvas, top: float, heights: Sequence[float]) -> None:
    lines = [top, top - HEADER_ROW_H]
    for height in heights:
        lines.append(lines[-1] - height)
    bottom = lines[-1]
    canvas.setStrokeColor(GRID_COLOUR)
    canvas.setLineWidth(0.5)
    for y in lines:
        canvas.line(MARGIN_X, y, MARGIN_X + CONTENT_W, y)
    x = MARGIN_X
    canvas.line(x, top, x, bottom)
    for _, width in COLUMNS:
        x += width
        canvas.line(x, top, x, bottom)


def _draw_footer(canvas: Canvas, page: int, pages: int) -> None:
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED_COLOUR)
    canvas.drawRightString(MARGIN_X + CONTENT_W, MARGIN_BOTTOM, f"strona {page} z {pages}")

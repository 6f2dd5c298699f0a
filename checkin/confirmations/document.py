"""A guest's confirmation as one A4 page (reportlab): what they show at the desk, printed or on a phone.

Read on a phone, an A4 page is shown about 60% of its size, so the type is large (the name 30 pt, the
details 14 pt) and the QR takes a third of the page's width, with the code printed under it in groups of
four for typing by hand. Everything is fitted into its own box (`checkin.badges.drawing.Pen`): a long name
or organisation shrinks, then wraps, then is cut with an ellipsis, so nothing runs into the QR. The
funding logos of an EU-funded event head the page, as on every document given to participants.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.drawing import (
    BOLD,
    LEADING,
    MUTED_COLOUR,
    NAME,
    REGULAR,
    TEXT_COLOUR,
    Pen,
    draw_qr,
    fit_text,
    grouped,
)
from checkin.confirmations.content import LABELS, Confirmation, details, event_lines, placeholder_values
from checkin.confirmations.template import ConfirmationTemplate, fill
from checkin.documents.canvas import document_canvas, draw_logos

MARGIN = 18 * mm
LOGO_BAND = 16 * mm
QR_SIZE = 84 * mm
QR_QUIET = 8 * mm
"""The QR's quiet zone (four modules of a 17-character code's QR): the details beside it align with its
black squares, not its white margin."""
DETAIL_SIZES = (15.0, 14.0, 13.0, 12.0, 11.0, 10.0, 9.0)
DETAIL_GAP = 0.6
COLUMN_GAP = 8 * mm
ACCENT = HexColor("#1565C0")
BODY_SIZES = (14.0, 13.0, 12.0, 11.0, 10.0, 9.0, 8.0)
"""The message's type, the largest at which all of it fits its box; 8 pt is the floor (then cut)."""
CONTACT_HEIGHT = 38 * mm
"""The label and MAX_CONTACT_LINES lines at 11.5 pt."""


def write_confirmations(
    target: Path | BinaryIO,
    confirmations: Iterable[Confirmation],
    template: ConfirmationTemplate,
    logos: Sequence[ImageReader] = (),
) -> int:
    """One page per confirmation into one PDF; the pages written."""
    canvas = document_canvas(target, LABELS[template.language]["heading"])
    pages = 0
    for confirmation in confirmations:
        draw_page(canvas, confirmation, template, logos)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def confirmation_pdf(
    confirmation: Confirmation, template: ConfirmationTemplate, logos: Sequence[ImageReader] = ()
) -> bytes:
    """One guest's confirmation, as the bytes of a one-page PDF."""
    buffer = BytesIO()
    write_confirmations(buffer, [confirmation], template, logos)
    return buffer.getvalue()


def draw_page(
    canvas: Canvas, confirmation: Confirmation, template: ConfirmationTemplate, logos: Sequence[ImageReader]
) -> None:
    """The page top to bottom: logos, the event, the heading, the guest, the QR beside their details, the
    organiser's message, and the contact at the foot."""
    language = template.language
    pen, words = Pen(canvas), LABELS[language]
    page_w, page_h = A4
    x, width, top = MARGIN, page_w - 2 * MARGIN, page_h - MARGIN
    if logos:
        draw_logos(canvas, logos, (x, top - LOGO_BAND, width, LOGO_BAND))
        top -= LOGO_BAND + 4 * mm
    dates, venue = event_lines(confirmation.event, language)
    top -= pen.text(confirmation.event.name, BOLD, (x, top, width, 44), (20, 12), max_lines=2)
    top -= pen.text(dates, REGULAR, (x, top, width, 20), (14, 9), max_lines=1, colour=MUTED_COLOUR)
    top -= pen.text(venue, REGULAR, (x, top, width, 34), (12, 9), max_lines=2, colour=MUTED_COLOUR) + 4 * mm
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(2)
    canvas.line(x, top, x + width, top)
    top -= 5 * mm
    top -= pen.text(words["heading"].upper(), BOLD, (x, top, width, 20), (13, 9), max_lines=1, colour=ACCENT)
    top -= 2 * mm
    top -= pen.text(confirmation.full_name, NAME, (x, top, width, 72), (30, 16), max_lines=2)
    top -= pen.text(confirmation.organisation, REGULAR, (x, top, width, 58), (15, 10), max_lines=3) + 6 * mm
    top = _qr_and_details(pen, confirmation, language, (x, top, width))
    contact_top = MARGIN + CONTACT_HEIGHT
    _message(
        pen,
        fill(template.body, placeholder_values(confirmation, language)),
        (x, top, width, top - contact_top - 6 * mm),
    )
    _contact(pen, words["contact"], template.contact, (x, contact_top, width, CONTACT_HEIGHT))


def _qr_and_details(
    pen: Pen, confirmation: Confirmation, language: str, box: tuple[float, float, float]
) -> float:
    """The QR at the left with the code under it, the guest's days, workshops and dinner at the right (at
    the largest of DETAIL_SIZES at which all of them fit beside the QR); returns the top of what follows."""
    x, top, width = box
    draw_qr(pen.c, confirmation.code, x, top - QR_SIZE, QR_SIZE)
    code_h = pen.text(grouped(confirmation.code), BOLD, (x, top - QR_SIZE - 1, QR_SIZE, 26), (17, 10),
                      max_lines=1, centred=True)  # fmt: skip
    column_x = x + QR_SIZE + COLUMN_GAP
    column_w, y = width - QR_SIZE - COLUMN_GAP, top - QR_QUIET
    lines = [*details(confirmation, language), ("", LABELS[language]["show"])]
    room = QR_SIZE - 2 * QR_QUIET
    size = next((s for s in DETAIL_SIZES if _details_height(lines, s, column_w) <= room), DETAIL_SIZES[-1])
    for label, text in lines:
        if label:
            y -= pen.text(label, BOLD, (column_x, y, column_w, size), (size * 0.8, size * 0.8),
                          max_lines=1, colour=MUTED_COLOUR)  # fmt: skip
        font, colour = (REGULAR, TEXT_COLOUR) if label else (BOLD, ACCENT)
        y -= pen.text(text, font, (column_x, y, column_w, room), (size, size), max_lines=6, colour=colour)
        y -= size * DETAIL_GAP
    return min(top - QR_SIZE - code_h, y) - 6 * mm


def _details_height(lines: Sequence[tuple[str, str]], size: float, width: float) -> float:
    return sum(
        (size * 0.8 * LEADING if label else 0)
        + _lines(text, size, width) * size * LEADING
        + size * DETAIL_GAP
        for label, text in lines
    )


def _lines(text: str, size: float, width: float) -> int:
    """How many lines `text` wraps to at `size` in `width`."""
    return len(fit_text(text, REGULAR, width, 10_000, (size, size), max_lines=999).lines)


def _message(pen: Pen, text: str, box: tuple[float, float, float, float]) -> None:
    """The organiser's message, paragraph by paragraph, at the largest of BODY_SIZES at which all of it
    fits; at the smallest, what does not fit is cut (the window's preview shows it)."""
    x, top, width, height = box
    paragraphs = [" ".join(p.split()) for p in text.split("\n")]
    size = next((s for s in BODY_SIZES if _height(paragraphs, s, width) <= height), BODY_SIZES[-1])
    bottom = box[1] - height
    for paragraph in paragraphs:
        if not paragraph:
            top -= size * LEADING * 0.6
            continue
        if top - size * LEADING < bottom:
            return
        top -= pen.text(paragraph, REGULAR, (x, top, width, top - bottom), (size, size), max_lines=99)


def _height(paragraphs: Sequence[str], size: float, width: float) -> float:
    return sum(_lines(p, size, width) * size * LEADING if p else size * LEADING * 0.6 for p in paragraphs)


def _contact(pen: Pen, label: str, contact: str, box: tuple[float, float, float, float]) -> None:
    if not contact.strip():
        return
    x, top, width, _ = box
    pen.c.setStrokeColor(MUTED_COLOUR)
    pen.c.setLineWidth(0.5)
    pen.c.line(x, top, x + width, top)
    top -= 3 * mm
    top -= pen.text(label, BOLD, (x, top, width, 15), (11, 8), max_lines=1, colour=MUTED_COLOUR)
    for line in contact.splitlines():
        top -= pen.text(line, REGULAR, (x, top, width, 15), (11.5, 8), max_lines=1, colour=MUTED_COLOUR)

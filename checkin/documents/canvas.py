"""What the organisers' printed documents share: an A4 canvas with our embedded fonts, and the funding logos.

An EU-funded project must show its funding logos (the European Funds mark, the Polish flag, the EU
emblem...) on every document given to participants, attendance lists and certificates included. The event
setting `funding_logos` holds them (`checkin.documents.funding_logos`); they are drawn left to right in a
band at the top left. Without the setting the band stays empty, so the organisers can still print on paper
that carries the logos, or stamp them. A logo that cannot be read stops the export: a list printed without
the logos the project owes is worse than no list.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.drawing import REGULAR, register_fonts
from checkin.documents.funding_logos import FUNDING_LOGOS_SETTING, FundingLogo, logos_of
from checkin.domain import Event
from checkin.errors import UserError

LOGO_GAP = 4 * mm


def document_canvas(target: Path | BinaryIO, title: str) -> Canvas:
    """An A4 portrait canvas whose every text is DejaVu (Polish and Cyrillic), embedded.

    The initial font is ours, else reportlab puts its default Helvetica (base-14) on every page.
    """
    register_fonts()
    canvas = Canvas(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4,
        initialFontName=REGULAR,  # type: ignore[arg-type]  # types-reportlab says float: it is a font name
    )
    canvas.setTitle(title)
    canvas.setCreator("checkin-station")
    return canvas


def funding_logos(event: Event, folder: Path) -> tuple[ImageReader, ...]:
    """The images of the `funding_logos` setting, read now: an unreadable one is reported before any file is
    written. Files named by the setting's older form are taken from `folder` (the event file's)."""
    return tuple(_image(logo) for logo in logos_of(event.settings.get(FUNDING_LOGOS_SETTING), folder))


def _image(logo: FundingLogo) -> ImageReader:
    try:
        image = ImageReader(BytesIO(logo.data))
        image.getSize()
    except Exception as error:  # reportlab wraps PIL's errors in its own
        raise UserError(
            "funding_logo_unreadable", "The funding logo {path} (event setting funding_logos) cannot be read "
            "as an image ({reason}); set the logos again (`logos clear`, `logos add`).",
            path=logo.name, reason=str(error) or type(error).__name__,
        ) from error  # fmt: skip
    return image


def draw_logos(canvas: Canvas, logos: Sequence[ImageReader], box: tuple[float, float, float, float]) -> None:
    """The logos left to right in box (x, y_bottom, width, height), each as tall as the box allows with its
    proportions kept, all scaled down together when the row would be wider than the box."""
    x, y, width, height = box
    ratios = [w / h for w, h in (logo.getSize() for logo in logos)]
    if not ratios:
        return
    gaps = LOGO_GAP * (len(ratios) - 1)
    logo_height = height * min(1.0, (width - gaps) / (sum(ratios) * height))
    bottom = y + (height - logo_height) / 2
    for logo, ratio in zip(logos, ratios, strict=True):
        canvas.drawImage(logo, x, bottom, ratio * logo_height, logo_height, mask="auto")
        x += ratio * logo_height + LOGO_GAP

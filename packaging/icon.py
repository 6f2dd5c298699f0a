"""Draws the app's icon, a conference badge on a lanyard with a QR code and a tick, into resources/icons/.

Run it again after changing the drawing (`python packaging/icon.py`); the results are committed, so a pip
install and the frozen build ship them without Pillow drawing anything at build time. Drawn once large and
scaled down: the small sizes (16, 24 px) keep only the card, the code's three corner squares and the tick.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

CANVAS = 1024
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = tuple(size for size in PNG_SIZES if size <= 256)
"""An .ico holds images of 256 px at most."""
NAME = "checkin-station"
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"

BLUE = (31, 95, 168, 255)
INK = (22, 32, 48, 255)
WHITE = (255, 255, 255, 255)
GREEN = (46, 160, 67, 255)

QR_MODULES = 7
"""The code's grid: a 7x7 sketch of a QR code (three finder squares and a few data modules) that still
reads as one at 32 px; a real code's 21x21 would be grey noise."""
QR_DATA = ((3, 3), (3, 5), (4, 4), (5, 3), (6, 4), (4, 6), (6, 6), (5, 5))


def draw() -> Image.Image:
    image = Image.new("RGBA", (CANVAS, CANVAS), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, 984, 984), radius=200, fill=BLUE)
    pen.rounded_rectangle((232, 150, 792, 900), radius=70, fill=WHITE)
    pen.rounded_rectangle((432, 205, 592, 255), radius=25, fill=BLUE)  # the lanyard's slot
    _qr(pen, left=302, top=320, size=420)
    _tick(pen, centre=(770, 800), radius=175)
    return image


def _qr(pen: ImageDraw.ImageDraw, left: int, top: int, size: int) -> None:
    cell = size // QR_MODULES
    for column, row in ((0, 0), (QR_MODULES - 3, 0), (0, QR_MODULES - 3)):
        x, y = left + column * cell, top + row * cell
        pen.rectangle((x, y, x + 3 * cell - 1, y + 3 * cell - 1), fill=INK)
        ring = cell // 2
        pen.rectangle((x + ring, y + ring, x + 3 * cell - ring - 1, y + 3 * cell - ring - 1), fill=WHITE)
        pen.rectangle((x + cell, y + cell, x + 2 * cell - 1, y + 2 * cell - 1), fill=INK)
    for column, row in QR_DATA:
        x, y = left + column * cell, top + row * cell
        pen.rectangle((x, y, x + cell - 1, y + cell - 1), fill=INK)


def _tick(pen: ImageDraw.ImageDraw, centre: tuple[int, int], radius: int) -> None:
    x, y = centre
    pen.ellipse((x - radius - 24, y - radius - 24, x + radius + 24, y + radius + 24), fill=WHITE)
    pen.ellipse((x - radius, y - radius, x + radius, y + radius), fill=GREEN)
    points = [(x - 85, y + 5), (x - 25, y + 70), (x + 95, y - 65)]
    pen.line(points, fill=WHITE, width=52, joint="curve")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    for size in PNG_SIZES:
        image.resize((size, size), Image.Resampling.LANCZOS).save(OUT / f"{NAME}-{size}.png", optimize=True)
    image.save(OUT / f"{NAME}.ico", sizes=[(size, size) for size in ICO_SIZES])
    image.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / f"{NAME}.icns")


if __name__ == "__main__":
    main()

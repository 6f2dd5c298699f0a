"""A PDF page shown in a dialog: the badge design and the confirmation text are previewed as the very PDF
the core renders (rasterised with QtPdf), so what organisers see is what guests and desks get.

QtPdf comes with PySide6-Addons; without it the dialogs still edit and save, and say the preview is off.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap

try:
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # no PySide6-Addons: nothing is previewed
    QPdfDocument = None  # type: ignore[assignment, misc]  # None marks QtPdf as missing; `available` tests it

PREVIEW_EDGE = "#9E9E9E"
"""A hairline round the page: a white page on a light dialog has no visible edge otherwise."""


def available() -> bool:
    """Whether PDF pages can be previewed (QtPdf loaded)."""
    return QPdfDocument is not None


def render_pdf_page(pdf: bytes, size: QSize) -> QPixmap:
    """The first page of `pdf` rasterised at `size`; a null pixmap when QtPdf cannot read it."""
    if QPdfDocument is None:
        return QPixmap()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return QPixmap()
    image = document.render(0, size)
    document.close()
    painter = QPainter(image)
    painter.setPen(QColor(PREVIEW_EDGE))
    painter.drawRect(image.rect().adjusted(0, 0, -1, -1))
    painter.end()
    return QPixmap.fromImage(image)

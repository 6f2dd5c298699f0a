"""A confirmation shown on a phone and held up to the desk's webcam is read by the desk's decoder: the PDF
as a phone shows it (fitted to the screen's width), and the e-mail's inline QR."""

import email
import io
from email import policy

import pypdfium2
from helpers.events import code_of
from PIL import Image, ImageEnhance, ImageFilter
from PySide6.QtGui import QImage

from checkin.confirmations.audience import Audience
from ui.camera import codes_in

PHONE_WIDTH_PX = 1080
CAMERA_FRAME = (1280, 720)
SCREEN_IN_FRAME_PX = 420
"""How wide the phone's screen appears in the webcam's frame, held at arm's length across the desk."""


def as_camera_sees(screen: Image.Image) -> QImage:
    """`screen` on a phone held up to a webcam: shrunk into a grey frame, a screen's low contrast, a little
    blur from focus."""
    shrunk = screen.convert("L").resize(
        (SCREEN_IN_FRAME_PX, round(screen.height * SCREEN_IN_FRAME_PX / screen.width)),
        Image.Resampling.LANCZOS,
    )
    dim = ImageEnhance.Contrast(shrunk).enhance(0.6).filter(ImageFilter.GaussianBlur(0.8))
    frame = Image.new("L", CAMERA_FRAME, 90)
    frame.paste(dim, (430, 40))
    data = frame.tobytes()
    return QImage(data, frame.width, frame.height, frame.width, QImage.Format.Format_Grayscale8).copy()


def test_the_pdf_on_a_phone_screen_is_read_by_the_desks_webcam_decoder(station):
    code = code_of(station, "Kowalski")
    pdf = station.confirmations.render_pdf(code, station.confirmations.template("pl"))
    page = pypdfium2.PdfDocument(pdf)[0]
    screen = page.render(scale=PHONE_WIDTH_PX / page.get_width()).to_pil()  # a whole A4 page, fitted to width
    assert codes_in(as_camera_sees(screen)) == [code]


def test_the_e_mails_inline_qr_on_a_phone_screen_is_read_by_the_desks_webcam_decoder(station, tmp_path):
    code = code_of(station, "Jóżko")
    (eml,) = station.confirmations.write_eml(tmp_path, Audience.of_codes((code,)), "pl").written
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    (image,) = [part for part in message.walk() if part.get_content_type() == "image/png"]
    qr = Image.open(io.BytesIO(image.get_content()))
    screen = Image.new("L", (PHONE_WIDTH_PX, PHONE_WIDTH_PX), 255)
    shown = qr.resize((780, 780), Image.Resampling.NEAREST)  # 260 CSS pixels on a three-times screen
    screen.paste(shown, (150, 150))
    assert codes_in(as_camera_sees(screen)) == [code]

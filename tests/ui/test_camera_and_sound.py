"""Webcam frames and verdict sounds, without a real camera or speaker: what can break here is ours."""

import wave
from itertools import pairwise

import pytest
import qrcode
from conftest import screenshot
from helpers.events import code_of
from PIL import Image, ImageFilter, ImageOps
from PIL.ImageQt import ImageQt
from PySide6.QtGui import QImage

from checkin import codes
from checkin.paths import resources_dir
from ui import sound
from ui.camera import CameraScanner, codes_in
from ui.widgets.theme import Tone


def qr_image(text: str, box: int = 6) -> Image.Image:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    qr.add_data(text)
    return qr.make_image().get_image().convert("L")


def camera_frame(symbol: Image.Image, *, background: int = 90) -> QImage:
    """A 640x480 webcam frame with the symbol somewhere in it, slightly turned and blurred."""
    frame = Image.new("L", (640, 480), background)
    turned = symbol.rotate(7, expand=True, fillcolor=background).filter(ImageFilter.GaussianBlur(1))
    frame.paste(turned, (180, 90))
    return QImage(ImageQt(frame.convert("RGB")))


def phone_screen(symbol: Image.Image) -> Image.Image:
    """Low contrast and glare, as a bright phone screen seen by a cheap webcam."""
    return ImageOps.autocontrast(symbol, cutoff=0).point(lambda v: 70 + v * 120 // 255)


def test_a_printed_badge_code_is_read_from_a_frame():
    code = codes.new_code(codes.new_secret())
    assert codes_in(camera_frame(qr_image(code))) == [code]


def test_a_phone_screen_low_contrast_and_dark_mode_is_read():
    code = codes.new_code(codes.new_secret())
    assert codes_in(camera_frame(phone_screen(qr_image(code)), background=30)) == [code]
    assert codes_in(camera_frame(ImageOps.invert(qr_image(code)), background=20)) == [code]


def test_qr_codes_that_are_not_attendee_codes_are_ignored():
    assert codes_in(camera_frame(qr_image("https://example.com/wifi"))) == []
    assert codes_in(QImage(640, 480, QImage.Format.Format_RGB32)) == []


def test_a_code_held_in_view_is_reported_once(qtbot):
    scanner = CameraScanner()
    seen = []
    scanner.code_found.connect(seen.append)
    for _ in range(5):
        scanner.offer(["AAAAAAAAAAAAAAAAA"])
    scanner.offer(["BBBBBBBBBBBBBBBBB"])
    scanner.offer([])
    assert seen == ["AAAAAAAAAAAAAAAAA", "BBBBBBBBBBBBBBBBB"]


def test_a_camera_read_checks_the_guest_in_like_a_scanner(qtbot, desk):
    desk.camera.scanner.offer([code_of(desk.station, "Nowak")])
    assert desk.banner.tone is Tone.OK
    assert desk.banner.name.text() == "Anna Nowak"


def test_f8_without_a_camera_says_so_and_keeps_the_desk_working(qtbot, desk, monkeypatch):
    monkeypatch.setattr(CameraScanner, "available", staticmethod(lambda: False))
    desk.toggle_camera()
    assert desk.banner.tone is Tone.WARN
    assert desk.banner.headline.text() == "Nie znaleziono kamery"
    screenshot(desk, "no-camera")


def _dominant_frequency(path) -> float:
    with wave.open(str(path)) as w:
        frames = w.readframes(w.getnframes())
        rate = w.getframerate()
    samples = [int.from_bytes(frames[i : i + 2], "little", signed=True) for i in range(0, len(frames), 2)]
    crossings = sum(1 for a, b in pairwise(samples) if a < 0 <= b)
    return crossings / (len(samples) / rate)


def test_three_distinct_sounds_ship_with_the_app():
    folder = resources_dir() / "sounds"
    pitches = {tone: _dominant_frequency(folder / name) for tone, name in sound.SOUND_FILES.items()}
    assert pitches[Tone.ERROR] < 300 < pitches[Tone.WARN] < pitches[Tone.OK]


@pytest.mark.skipif(
    sound.QSoundEffect is None, reason="QtMultimedia could not load: run `make test` (installs libpulse0)"
)
def test_each_verdict_plays_its_own_sound_and_mute_silences_it(qtbot, desk, monkeypatch):
    played = []
    monkeypatch.setattr(sound.QSoundEffect, "play", lambda effect: played.append(effect.source().fileName()))
    desk.controller.submit(code_of(desk.station, "Nowak"), -1)
    desk.controller.submit(code_of(desk.station, "Nowak"), -1)
    desk.controller.submit(codes.new_code(codes.new_secret()), -1)
    assert played == ["ok.wav", "warning.wav", "error.wav"]
    desk.controller.sounds.enabled = False
    desk.controller.submit(code_of(desk.station, "Nowak"), -1)
    assert len(played) == 3

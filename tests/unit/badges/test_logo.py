"""A badge design's logo from a file: checked as every image added to the event is, then scaled down."""

import os
from io import BytesIO

import pytest
from PIL import Image

from checkin.badges.template import LOGO_MAX_BYTES, LOGO_MAX_PX, logo_from_file
from checkin.errors import UserError


def png(path, width, height):
    Image.new("RGB", (width, height), "#FF8800").save(path, format="PNG")
    return path


def test_a_logo_is_stored_as_png_no_larger_than_a_badge_needs(tmp_path):
    stored = Image.open(BytesIO(logo_from_file(png(tmp_path / "logo.png", 3000, 1200))))
    assert (stored.format, stored.size) == ("PNG", (LOGO_MAX_PX, 400))


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda p: p.write_text("not an image") and p, "logo_not_image"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * LOGO_MAX_BYTES) and p, "logo_too_large"),
        (lambda p: p.mkdir() or p, "logo_not_image"),
        (lambda p: os.mkfifo(p) or p, "logo_not_image"),  # read, it would hang the window
    ],
    ids=["text", "too large", "folder", "fifo"],
)
def test_what_is_no_usable_logo_is_refused_saying_why(tmp_path, make, code):
    with pytest.raises(UserError) as refused:
        logo_from_file(make(tmp_path / "logo.png"))
    assert refused.value.code == code and refused.value.params["file"] == "logo.png"

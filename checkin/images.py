"""Images a person adds to the event (a badge design's logo, a project's funding logos): read and checked
before anything changes, with one message per kind of trouble whichever window they are added from.

A logo is a PNG or JPEG (what reportlab draws reliably on every platform) that decodes whole, of at most
`MAX_PIXELS` (decoding a larger image takes gigabytes before it can be drawn), read from a regular file of
at most the caller's number of bytes: a FIFO or /dev/zero chosen by mistake is refused, never read.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from checkin.errors import UserError
from checkin.input_files import FileTooLarge, NotARegularFile, read_regular_file

MAX_PIXELS = 6000 * 6000
FORMATS = ("PNG", "JPEG")


def read_image(path: Path, max_bytes: int) -> bytes:
    """The image in the file at `path`, checked; a UserError saying what is wrong and what to do."""
    try:
        data = read_regular_file(path, max_bytes)
    except FileTooLarge as error:
        raise UserError(
            "logo_too_large", "{file} is {size} KB; a logo may have at most {limit} KB. Save it smaller (or "
            "as PNG) and add it again.",
            file=path.name, size=str(error.size // 1024), limit=str(max_bytes // 1024),
        ) from error  # fmt: skip
    except NotARegularFile as error:  # a folder or a device: no image, and nothing to read
        raise _not_an_image(path.name) from error
    except OSError as error:
        raise UserError(
            "logo_unreadable", "{file} cannot be read ({reason}); check the file's name and folder.",
            file=str(path), reason=error.strerror or type(error).__name__,
        ) from error  # fmt: skip
    return _checked_image(data, path.name)


def _checked_image(data: bytes, name: str) -> bytes:
    """`data` when it is a PNG or JPEG of a sensible size that decodes whole; a UserError otherwise."""
    from PIL import Image  # Pillow loads only where images are added, not where settings are replayed

    try:
        with Image.open(BytesIO(data)) as image:
            if image.format not in FORMATS:
                raise _not_an_image(name)
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise UserError(
                    "logo_too_many_pixels", "{file} is {width} × {height} pixels; a logo may have at most "
                    "6000 × 6000. Save it smaller and add it again.",
                    file=name, width=str(width), height=str(height),
                )  # fmt: skip
            image.load()  # a truncated or damaged file fails here, not on the printed page
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        raise _not_an_image(name) from error
    return data


def _not_an_image(name: str) -> UserError:
    return UserError(
        "logo_not_image", "{file} is not a PNG or JPEG image (or it is damaged); save the logo as PNG or "
        "JPEG and add it again.", file=name,
    )  # fmt: skip

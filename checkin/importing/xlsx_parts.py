"""An XLSX file's zip parts, checked before any of them is unpacked: a few megabytes can unpack to gigabytes.

An XLSX is a zip of XML parts. A crafted one of 2 MB whose shared strings unpack to gigabytes once took two
gigabytes of memory and 75 seconds before failing, so the zip's directory is checked first: its own size
(read from the end record, before `zipfile` parses it), the number of parts, each part's unpacked size,
their sum, and how tightly each is packed. A directory that understates a part's size does not help: the
reader of `zipfile` stops at the size the directory gives (and then finds the checksum wrong), so nothing
unpacks to more than was checked here.

The limits leave room for the 1,000,000-row lists of issue 17: such a sheet of the demo's 19 columns is
about 1.1 GB of XML as openpyxl writes it (Excel's shared strings make it smaller), and openpyxl's
read-only mode streams a sheet row by row. Every other part (shared strings, styles, the workbook) is held
in memory whole, so it gets a smaller limit. Files saved by Excel, LibreOffice, Google Sheets and openpyxl
pack their parts 2 to 20 times; a zip bomb packs them about 1000 times.
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Sequence

from checkin.importing.problems import ImportFileError

MAX_PARTS = 10_000
"""A workbook of a few hundred sheets, each with its drawings and comments, has a few thousand."""
MAX_DIRECTORY_BYTES = MAX_PARTS * 512
"""A directory entry is 46 bytes and the part's name (`xl/worksheets/sheet12.xml`), plus a few extras."""
MAX_SHEET_BYTES = 2 * 1024**3
"""A worksheet's XML, streamed: twice the 1,000,000-row sheet above."""
MAX_HELD_PART_BYTES = 256 * 1024**2
"""Any other part, held whole: the shared strings of 1,000,000 rows of five distinct texts each fit."""
MAX_UNPACKED_BYTES = 3 * 1024**3
MAX_PACKING_RATIO = 100
"""Unpacked over packed size, for a part above `RATIO_FROM_BYTES`: five times what spreadsheets write."""
RATIO_FROM_BYTES = 1024**2
_SHEETS = "xl/worksheets/"

_END = struct.Struct("<4s4H2LH")
"""The zip's end record: signature, disk numbers, entries on this disk and in all, directory size and
offset, comment length."""
_END_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_END = struct.Struct("<4sQ2H2L4Q")
_ZIP64_END_SIGNATURE = b"PK\x06\x06"
_MAX_COMMENT = 0xFFFF


def check_directory(name: str, data: bytes) -> None:
    """Refuse a zip whose directory is too large to be a workbook's, before `zipfile` reads it: it parses
    every entry the directory holds, whatever the number of parts the end record claims."""
    at = data.rfind(_END_SIGNATURE, max(0, len(data) - _END.size - _MAX_COMMENT))
    if at < 0 or at + _END.size > len(data):
        return  # no end record: `zipfile` refuses the file as damaged
    _, _, _, _, entries, directory_bytes, _, _ = _END.unpack_from(data, at)
    if entries == 0xFFFF or directory_bytes == 0xFFFFFFFF:
        entries, directory_bytes = _zip64_directory(data, at) or (entries, directory_bytes)
    if entries > MAX_PARTS or directory_bytes > MAX_DIRECTORY_BYTES:
        raise ImportFileError("xlsx_too_many_parts", file=name, limit=str(MAX_PARTS))


def _zip64_directory(data: bytes, end_at: int) -> tuple[int, int] | None:
    """(entries, directory size) from the zip64 end record, which sits right before its locator; None
    without one (`zipfile` then reads the end record as it is)."""
    record_at = end_at - _ZIP64_LOCATOR.size - _ZIP64_END.size
    if record_at < 0 or data[record_at : record_at + 4] != _ZIP64_END_SIGNATURE:
        return None
    fields = _ZIP64_END.unpack_from(data, record_at)
    return fields[7], fields[8]


def check_parts(name: str, parts: Sequence[zipfile.ZipInfo]) -> None:
    """Refuse a workbook whose parts are too many, unpack too large, or are packed like a zip bomb."""
    if len(parts) > MAX_PARTS:
        raise ImportFileError("xlsx_too_many_parts", file=name, limit=str(MAX_PARTS))
    total = 0
    for part in parts:
        limit = MAX_SHEET_BYTES if part.filename.startswith(_SHEETS) else MAX_HELD_PART_BYTES
        total += part.file_size
        if part.file_size > limit or total > MAX_UNPACKED_BYTES:
            too_large = limit if part.file_size > limit else MAX_UNPACKED_BYTES
            raise ImportFileError("xlsx_too_large", file=name, limit=str(too_large // 1024**2))
        if part.file_size > RATIO_FROM_BYTES and part.file_size > MAX_PACKING_RATIO * part.compress_size:
            raise ImportFileError("xlsx_overpacked", file=name, limit=str(MAX_PACKING_RATIO))

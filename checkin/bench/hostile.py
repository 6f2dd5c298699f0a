"""`python main.py bench --hostile`: how fast, and in how much memory, hostile files are refused.

Each file of issue 16 that once cost minutes or gigabytes (100,000 columns, a zip bomb, /dev/zero, a FIFO)
is made afresh and imported in a process of its own, so the peak memory is that file's. The files are made
here and not stored: a zip bomb is a few kilobytes written in a few seconds, from compressed blocks that
repeat (every block ends with a full flush, so each compresses alike and they can be written as copies).
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from time import perf_counter

from checkin.bench.measure import peak_rss_mb, reset_peak_rss

WIDE_COLUMNS = 100_000
BOMB_BYTES = 1100 * 1024**2
"""Past a gigabyte unpacked: what the reproduced bomb unpacked to was gigabytes."""
_BLOCK = 1024**2
TIMEOUT_S = 300
"""A refusal takes under a second; a regression is reported as timed out rather than waited for."""
DAYS = ("2026-06-21",)

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Lista" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    '<Relationship Id="rId2" Target="sharedStrings.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    "</Relationships>"
)
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_SHEET_START = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN_NS}"><sheetData>'
_HEADER_ROW = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
_SHEET = f'{_SHEET_START}{_HEADER_ROW}<row r="2"><c r="A2" t="s"><v>2</v></c>' + (
    '<c r="B2" t="s"><v>3</v></c></row></sheetData></worksheet>'
)
_STRINGS_START = f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_MAIN_NS}">'
_STRINGS = f"{_STRINGS_START}<si><t>Imię</t></si><si><t>Nazwisko</t></si><si><t>Jan</t></si>" + (
    "<si><t>Kowalski</t></si></sst>"
)


class Part:
    """One zip part as written: its name, deflated bytes, and the size and checksum the directory gives."""

    def __init__(self, name: str, deflated: bytes, size: int, crc: int) -> None:
        self.name, self.deflated, self.size, self.crc = name, deflated, size, crc

    @classmethod
    def of(cls, name: str, text: str) -> Part:
        data = text.encode()
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return cls(name, packer.compress(data) + packer.flush(), len(data), zlib.crc32(data))

    @classmethod
    def repeated(cls, name: str, start: str, unit: str, end: str, size: int) -> Part:
        """`start`, then `unit` over and over to about `size` bytes, then `end`, deflated quickly."""
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        head, block, tail = start.encode(), unit.encode() * (_BLOCK // len(unit)), end.encode()
        first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
        packed_block = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
        blocks = max(1, size // len(block))
        crc = zlib.crc32(head)
        for _ in range(blocks):
            crc = zlib.crc32(block, crc)
        deflated = first + packed_block * blocks + packer.compress(tail) + packer.flush()
        return cls(name, deflated, len(head) + blocks * len(block) + len(tail), zlib.crc32(tail, crc))


def write_zip(
    path: Path, parts: Iterable[Part], *, stated_size: Callable[[Part], int] = lambda p: p.size
) -> Path:
    """A zip of deflated `parts`; `stated_size` is what the directory says each unpacks to (a liar's zip
    states less than the truth)."""
    local, directory, count = bytearray(), bytearray(), 0
    for part in parts:
        count += 1
        name, size = part.name.encode(), stated_size(part)
        fields = (20, 0x800, 8, 0, 0x21, part.crc, len(part.deflated), size, len(name))
        directory += struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, *fields, 0, 0, 0, 0, 0, len(local)) + name
        local += struct.pack("<4s5H3L2H", b"PK\x03\x04", *fields, 0) + name + part.deflated
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(directory), len(local), 0)
    path.write_bytes(bytes(local + directory + end))
    return path


def workbook_parts(strings: Part | None = None, sheet: Part | None = None) -> list[Part]:
    """A workbook of one sheet listing "Jan Kowalski", with its shared strings or its sheet replaced."""
    return [
        Part.of("[Content_Types].xml", _CONTENT_TYPES), Part.of("_rels/.rels", _ROOT_RELS),
        Part.of("xl/workbook.xml", _WORKBOOK), Part.of("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS),
        sheet or Part.of("xl/worksheets/sheet1.xml", _SHEET),
        strings or Part.of("xl/sharedStrings.xml", _STRINGS),
    ]  # fmt: skip


def strings_bomb(size: int = BOMB_BYTES) -> Part:
    """Shared strings of `size` bytes: openpyxl holds every one of them in memory."""
    start = f"{_STRINGS_START}<si><t>Imię</t></si><si><t>Nazwisko</t></si>"
    return Part.repeated("xl/sharedStrings.xml", start, "<si><t>Kowalski</t></si>", "</sst>", size)


def sheet_bomb(size: int = BOMB_BYTES) -> Part:
    """A sheet of `size` bytes, "Jan Kowalski" on every row: streamed by openpyxl, but millions of rows."""
    row = '<row><c t="s"><v>2</v></c><c t="s"><v>3</v></c></row>'
    return Part.repeated(
        "xl/worksheets/sheet1.xml", f"{_SHEET_START}{_HEADER_ROW}", row, "</sheetData></worksheet>", size
    )


def wide_csv(path: Path, columns: int = WIDE_COLUMNS) -> Path:
    """A header of `columns` columns, the name columns first: about 0.9 MB at 100,000."""
    path.write_text(
        ";".join(["Imię", "Nazwisko", *(f"k{n}" for n in range(columns - 2))]) + "\nJan;Kowalski\n"
    )
    return path


def hostile_files(folder: Path) -> dict[str, Path]:
    """Every hostile file the benchmark times, made in `folder`."""
    fifo = folder / "fifo.csv"
    os.mkfifo(fifo)
    (folder / "folder.csv").mkdir()
    return {
        "wide_csv": wide_csv(folder / "wide.csv"),
        "strings_bomb_xlsx": write_zip(folder / "strings.xlsx", workbook_parts(strings=strings_bomb())),
        "sheet_bomb_xlsx": write_zip(folder / "sheet.xlsx", workbook_parts(sheet=sheet_bomb())),
        "lying_xlsx": write_zip(
            folder / "lying.xlsx",
            workbook_parts(strings=strings_bomb()),
            stated_size=lambda p: min(p.size, 4096),
        ),
        "dev_zero": Path("/dev/zero"),
        "fifo": fifo,
        "folder": folder / "folder.csv",
    }


def run_hostile_benchmark() -> dict[str, object]:
    """Seconds, peak memory and the refusal's code for each hostile file, each in its own process."""
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="checkin-bench-hostile-") as folder:
        for name, path in hostile_files(Path(folder)).items():
            try:
                result = subprocess.run(
                    [sys.executable, "-c", _REFUSE, str(path)], cwd=Path(__file__).resolve().parents[2],
                    capture_output=True, text=True, check=True, timeout=TIMEOUT_S,
                )  # fmt: skip
            except subprocess.TimeoutExpired:
                figures[f"{name}_refused"] = f"timed out after {TIMEOUT_S} s"
                continue
            measured = json.loads(result.stdout)
            figures[f"{name}_refused"] = measured["refused"]
            figures[f"{name}_s"] = measured["seconds"]
            figures[f"{name}_peak_rss_mb"] = measured["peak_rss_mb"]
    return figures


_REFUSE = "import json, sys; from checkin.bench.hostile import refuse; print(json.dumps(refuse(sys.argv[1])))"


def refuse(path: str) -> dict[str, object]:
    """Import `path` as a registrant list (run in its own process by the bench): the code it was refused
    with ("imported" if it was not), the seconds it took and the process's peak memory."""
    from checkin.importing.importer import ImportFileError, read_registrants

    reset_peak_rss()
    start = perf_counter()
    try:
        read_registrants(Path(path), event_days=DAYS)
        refused = "imported"
    except ImportFileError as error:
        refused = error.code
    return {"refused": refused, "seconds": round(perf_counter() - start, 3), "peak_rss_mb": peak_rss_mb()}

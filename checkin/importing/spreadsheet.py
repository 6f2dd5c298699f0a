"""A registrant file's bytes as rows of text cells, whatever produced it.

Organisers send whatever their form tool or spreadsheet produced (Google Forms, MS Forms, Excel in
Windows-1250, a hand-made list), so this tells CSV from XLSX by content, guesses the encoding and the
delimiter, and turns Excel's typed values into the text the organiser sees. What the cells mean is for
`checkin.importing.columns` and `checkin.importing.values` to say.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from checkin.importing.problems import ImportFileError

MAX_FILE_BYTES = 256 * 1024 * 1024
_SAMPLE = 64 * 1024
_CONTROLS = tuple(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127))
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
"""Old .xls and .doc files, and also password-protected .xlsx ones, are OLE compound files."""
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MAGIC = ((b"%PDF", "PDF"), (_OLE_MAGIC, "XLS (Excel 97-2003)"), (b"{\\rtf", "RTF"))


def read_bytes(path: Path) -> bytes:
    """The whole file, refused when it cannot be read, is over MAX_FILE_BYTES or is blank."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError("file_too_large", file=path.name, limit=str(MAX_FILE_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as error:
        raise ImportFileError("cannot_open", file=path.name) from error
    if not data.strip():
        raise ImportFileError("empty_file", file=path.name)
    return data


def detect_kind(name: str, data: bytes) -> str:
    """Tell XLSX from CSV by the bytes: organisers rename files, and the extension then lies."""
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data:
        raise ImportFileError("protected_xlsx", file=name)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError("unsupported_format", file=name, format=kind)
    if not data.startswith(b"PK\x03\x04"):
        return "csv"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile as error:
        raise ImportFileError("unreadable_xlsx", file=name) from error
    if any(member.startswith("xl/") for member in names):
        return "xlsx"
    for prefix, kind in (("word/", "DOCX"), ("ppt/", "PPTX"), ("content.xml", "OpenDocument")):
        if any(member.startswith(prefix) for member in names):
            raise ImportFileError("unsupported_format", file=name, format=kind)
    raise ImportFileError("binary_file", file=name)


def csv_readings(name: str, data: bytes) -> Iterator[Iterator[list[str]]]:
    """The CSV's rows read with each likely delimiter in turn. The caller takes the first reading whose top
    rows hold a header it recognises, so the header decides the delimiter when the data is full of commas."""
    text = _strip_sep_line(_decode(name, data))
    if not text.strip():
        raise ImportFileError("empty_file", file=name)
    for delimiter in _delimiter_candidates(text):
        yield _csv_records(name, text, delimiter)


def _decode(name: str, data: bytes) -> str:
    """UTF-16 (Excel's "Unicode text"), UTF-8 with or without BOM, else Windows-1250 (Polish Excel's CSV)."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif b"\x00" in data:
            raise ImportFileError("binary_file", file=name)
        else:
            text = _decode_8bit(data)
    except UnicodeDecodeError as error:
        raise ImportFileError("binary_file", file=name) from error
    sample = text[:_SAMPLE]
    if sum(map(sample.count, _CONTROLS)) > max(2, len(sample) // 100):
        raise ImportFileError("binary_file", file=name)
    if sample.lstrip().startswith("<"):
        raise ImportFileError("unsupported_format", file=name, format="HTML/XML")
    return text


def _decode_8bit(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1250")


def _strip_sep_line(text: str) -> str:
    """Drop Excel's "sep=;" hint line: Excel hides it, so the header below it is what users call row 1."""
    if text[:4].lower() == "sep=":
        line, _, rest = text.partition("\n")
        if len(line.strip()) == 5:
            return rest
    return text


def _delimiter_candidates(text: str) -> list[str]:
    """Delimiters to try, likeliest first: the sniffer's guess, then by count in the first non-empty line."""
    sample = text[: 16 * 1024]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    by_count = sorted(";,\t", key=first.count, reverse=True)
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        return by_count
    if sniffed not in first:
        return by_count
    return [sniffed, *(d for d in by_count if d != sniffed)]


def _csv_records(name: str, text: str, delimiter: str) -> Iterator[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as error:
        raise ImportFileError("unreadable_csv", file=name, line=str(reader.line_num)) from error


@contextmanager
def open_workbook(name: str, data: bytes) -> Iterator[list[Any]]:
    """The workbook's sheets, visible ones first, readable until the `with` block ends."""
    import openpyxl  # deferred: loading it costs a quarter second that CSV imports need not pay

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises anything from KeyError to XML errors on a broken file
        raise ImportFileError("unreadable_xlsx", file=name) from error
    try:
        sheets = sorted(workbook.worksheets, key=lambda sheet: sheet.sheet_state != "visible")
        for sheet in sheets:
            sheet.reset_dimensions()  # tools other than Excel write wrong dimensions, cutting rows off
        yield sheets
    finally:
        workbook.close()


def sheet_rows(name: str, sheet: Any) -> Iterator[list[str]]:
    """The sheet's rows as text cells; a read that fails midway means a damaged file, not a crash."""
    try:
        for values in sheet.iter_rows(values_only=True):
            yield [cell_text(value) for value in values]
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError("unreadable_xlsx", file=name) from error


def cell_text(value: object) -> str:
    """Excel values as the organiser sees them: 600123456.0 is a phone number, a midnight datetime a date."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "tak" if value else "nie"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ", "minutes")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)

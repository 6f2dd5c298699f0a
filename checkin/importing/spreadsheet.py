"""A registrant file's bytes as rows of text cells, whatever produced it.

Organisers send whatever their form tool or spreadsheet produced (Google Forms, MS Forms, Excel in
Windows-1250, a hand-made list), so this tells CSV from XLSX by content, guesses the encoding and the
delimiter, and turns Excel's typed values into the text the organiser sees. What the cells mean is for
`checkin.importing.columns` and `checkin.importing.values` to say.

Rows come with the flaws found in them (`CellFlaw`): a cell the file does not hold faithfully, so the row
must not be used as it reads. In a CSV, a quote that opens a cell and never closes swallows the lines below
it into that cell (csv reads on to the next quote, or to the end): the row where it opened is flagged and
given as blank, and the file is read again as CSV from the line after it, so the rows below still count. In
an XLSX, a formula Excel never calculated has no saved value (a file written by a tool, never opened in
Excel): its cell reads as blank, which would make a guest without a surname.

Any file is read with bounded work: only a regular file, at most `MAX_FILE_BYTES` of it
(`checkin.input_files`); a CSV cell of at most `MAX_CSV_CELL` characters; an XLSX whose parts pass
`checkin.importing.xlsx_parts`, read a row at a time, at most `EXCEL_MAX_ROWS` rows and `MAX_COLUMNS` + 1
cells of each (one more than a header may have, so a wider header is still told apart).
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from checkin.importing.columns import MAX_COLUMNS
from checkin.importing.problems import ImportFileError
from checkin.importing.xlsx_parts import check_directory, check_parts
from checkin.input_files import FileTooLarge, NotARegularFile, OpenEventFile, read_regular_file

MAX_FILE_BYTES = 512 * 1024**2
"""The 1,000,000-row list of issue 17 is 245 MB as the demo writes it (19 columns); this leaves room for
rows twice as wide. A CSV is read a line at a time; an XLSX is held whole while its parts are checked."""
MAX_CSV_CELL = 128 * 1024
"""Python's default, set here on purpose: csv builds a cell whole, and a quote that never closes would
otherwise make one cell of the rest of the file. A cell past it ends the reading of a CSV."""
EXCEL_MAX_ROWS = 1_048_576
"""Excel's last row: a sheet claiming rows beyond it (`<row r="999999999">`) is made up, and openpyxl would
yield every empty row up to it."""
_FORMULA_CHUNK = 1024 * 1024
_SAMPLE = 64 * 1024
_CONTROLS = tuple(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127))
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
"""Old .xls and .doc files, and also password-protected .xlsx ones, are OLE compound files."""
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_MAGIC = ((b"%PDF", "PDF"), (_OLE_MAGIC, "XLS (Excel 97-2003)"), (b"{\\rtf", "RTF"))
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
"""A formula element in a worksheet's XML (some writers prefix the namespace: <x:f>)."""
QUOTE_LEFT_OPEN = "quote_left_open"
FORMULA_WITHOUT_VALUE = "formula_without_value"


@dataclass(frozen=True)
class CellFlaw:
    """A cell the file does not hold faithfully (`code`: QUOTE_LEFT_OPEN or FORMULA_WITHOUT_VALUE), at the
    row a spreadsheet user sees (the file's first row is 1) and the 0-based column."""

    row: int
    column: int
    code: str


@dataclass(frozen=True)
class Rows:
    """A file's rows as text cells, and the flaws of the rows read so far (row number -> its flawed
    cells): a row's flaws are known once the row has been read."""

    rows: Iterator[list[str]]
    flaws: Mapping[int, list[CellFlaw]]

    def __iter__(self) -> Iterator[list[str]]:
        return self

    def __next__(self) -> list[str]:
        return next(self.rows)


def read_bytes(path: Path) -> bytes:
    """The whole file, refused when it is not a regular file, cannot be read, is over MAX_FILE_BYTES or is
    blank."""
    data = _read_regular(path)
    if not data.strip():
        raise ImportFileError("empty_file", file=path.name)
    return data


@dataclass(frozen=True)
class ListFile:
    """A registrant file as `file_kind` found it: its kind, and its bytes when it is an XLSX (a CSV is read
    from `path` as it is needed). A header pass and then a reading of the rows share one: an XLSX of many
    megabytes is read from disk once."""

    path: Path
    kind: str
    data: bytes


def list_file(path: Path) -> ListFile:
    return ListFile(path, *file_kind(path))


def file_kind(path: Path) -> tuple[str, bytes]:
    """`detect_kind` of the file, and its bytes when it is an XLSX. A CSV is not read here (see
    `csv_readings`): only a ZIP or OLE file, which must be opened whole, is."""
    head = _read_regular(path, first=len(_OLE_MAGIC))
    if head.startswith((b"PK\x03\x04", _OLE_MAGIC)):
        data = read_bytes(path)
        return detect_kind(path.name, data), data
    return detect_kind(path.name, head), b""


def _read_regular(path: Path, first: int | None = None) -> bytes:
    """`read_regular_file` within MAX_FILE_BYTES, its refusals said as the import says them."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES, first=first)
    except NotARegularFile as error:
        raise ImportFileError("not_a_file", file=path.name) from error
    except OpenEventFile as error:  # the event file itself chosen as the list: no list, and not to be read
        raise ImportFileError("binary_file", file=path.name) from error
    except FileTooLarge as error:
        raise ImportFileError("file_too_large", file=path.name, limit=str(MAX_FILE_BYTES // 2**20)) from error
    except OSError as error:
        raise ImportFileError("cannot_open", file=path.name) from error


def detect_kind(name: str, data: bytes) -> str:
    """Tell XLSX from CSV by the bytes: organisers rename files, and the extension then lies. An XLSX is
    told only once its parts passed `checkin.importing.xlsx_parts`: `open_workbook` relies on it."""
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_PACKAGE in data:
        raise ImportFileError("protected_xlsx", file=name)
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError("unsupported_format", file=name, format=kind)
    if not data.startswith(b"PK\x03\x04"):
        return "csv"
    check_directory(name, data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile as error:
        raise ImportFileError("unreadable_xlsx", file=name) from error
    names = [part.filename for part in parts]
    if any(member.startswith("xl/") for member in names):
        check_parts(name, parts)
        return "xlsx"
    for prefix, kind in (("word/", "DOCX"), ("ppt/", "PPTX"), ("content.xml", "OpenDocument")):
        if any(member.startswith(prefix) for member in names):
            raise ImportFileError("unsupported_format", file=name, format=kind)
    raise ImportFileError("binary_file", file=name)


def csv_readings(name: str, source: bytes | Path) -> Iterator[Rows]:
    """The CSV's rows read with each likely delimiter in turn. The caller takes the first reading whose top
    rows hold a header it recognises, so the header decides the delimiter when the data is full of commas.
    A file (`Path`) is read a line at a time, never whole: a list of a million rows is a quarter gigabyte."""
    text = _Text.of_bytes(name, source) if isinstance(source, bytes) else _Text.of_file(name, source)
    if not text.sample.strip():
        raise ImportFileError("empty_file", file=name)
    for delimiter in _delimiter_candidates(text.sample):
        flaws: dict[int, list[CellFlaw]] = {}
        yield Rows(_csv_records(name, text.lines(), delimiter, flaws), flaws)


@dataclass(frozen=True)
class _Text:
    """A CSV's text: its first `_SAMPLE` characters (to check and sniff), and its lines from the start,
    as often as asked, Excel's "sep=" line left out."""

    name: str
    sample: str
    source: str | Path
    encoding: str = ""

    @classmethod
    def of_bytes(cls, name: str, data: bytes) -> _Text:
        text = _strip_sep_line(_decode(name, data))
        return cls(name, _checked_sample(name, text[:_SAMPLE]), text)

    @classmethod
    def of_file(cls, name: str, path: Path) -> _Text:
        encoding = _file_encoding(name, path)
        with _opened(name, path, encoding) as file:
            sample = _strip_sep_line(file.read(_SAMPLE + 8))[:_SAMPLE]
        return cls(name, _checked_sample(name, sample), path, encoding)

    def lines(self) -> Iterator[str]:
        if isinstance(self.source, str):
            yield from io.StringIO(self.source, newline="")
            return
        with _opened(self.name, self.source, self.encoding) as file:
            first = next(file, "")
            if not (first[:4].lower() == "sep=" and len(first.strip()) == 5):
                yield first
            try:
                yield from file
            except UnicodeDecodeError as error:
                raise ImportFileError("binary_file", file=self.name) from error


@contextmanager
def _opened(name: str, path: Path, encoding: str) -> Iterator[io.TextIOWrapper]:
    try:
        file = path.open(encoding=encoding, newline="")
    except OSError as error:
        raise ImportFileError("cannot_open", file=name) from error
    with file:
        yield file


def _file_encoding(name: str, path: Path) -> str:
    """UTF-16 (Excel's "Unicode text"), UTF-8 with or without BOM, else Windows-1250 (Polish Excel's
    CSV): `_decode`'s rule, read through the file a megabyte at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8 = True
    try:
        with path.open("rb") as file:
            if file.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
                return "utf-16"
            file.seek(0)
            while chunk := file.read(1 << 20):
                if b"\x00" in chunk:
                    raise ImportFileError("binary_file", file=name)
                utf8 = utf8 and _decodes(decoder, chunk)
    except OSError as error:
        raise ImportFileError("cannot_open", file=name) from error
    return "utf-8-sig" if utf8 and _decodes(decoder, b"", final=True) else "cp1250"


def _decodes(decoder: codecs.IncrementalDecoder, chunk: bytes, *, final: bool = False) -> bool:
    try:
        decoder.decode(chunk, final)
    except UnicodeDecodeError:
        return False
    return True


def _decode(name: str, data: bytes) -> str:
    """UTF-16 (Excel's "Unicode text"), UTF-8 with or without BOM, else Windows-1250 (Polish Excel's CSV)."""
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        if b"\x00" in data:
            raise ImportFileError("binary_file", file=name)
        return _decode_8bit(data)
    except UnicodeDecodeError as error:
        raise ImportFileError("binary_file", file=name) from error


def _checked_sample(name: str, sample: str) -> str:
    """The text's start, refused when it shows a binary file or HTML/XML saved as .csv."""
    if sum(map(sample.count, _CONTROLS)) > max(2, len(sample) // 100):
        raise ImportFileError("binary_file", file=name)
    if sample.lstrip().startswith("<"):
        raise ImportFileError("unsupported_format", file=name, format="HTML/XML")
    return sample


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


def _csv_records(
    name: str, lines: Iterator[str], delimiter: str, flaws: dict[int, list[CellFlaw]]
) -> Iterator[list[str]]:
    """The records, one per row; a runaway quote's row is flagged in `flaws` and given as blank, and the
    reading starts again on the line after it. A quote that swallows more than `MAX_CSV_CELL` characters
    is such a quote too. Only the lines of the record being read are kept."""
    csv.field_size_limit(MAX_CSV_CELL)
    start, row, widest = 0, 0, 0
    while True:
        taken: list[str] = []  # the lines of the record being read
        reader = csv.reader(_tapped(lines, taken), delimiter=delimiter)
        read = 0  # lines this reader consumed
        try:
            for record in reader:
                row += 1
                first, read = read, reader.line_num
                if read - first == 1:
                    widest = max(widest, len(record))
                elif (column := _runaway_cell(record, delimiter, widest)) is not None:
                    flaws[row] = [CellFlaw(row, column, QUOTE_LEFT_OPEN)]
                    yield []
                    start += first + 1
                    lines = itertools.chain(taken[1:], lines)
                    break
                taken.clear()
                yield record
            else:
                return
        except csv.Error as error:
            line = start + reader.line_num
            if reader.line_num - read <= 1:  # not a quote left open: a cell too long on one line
                raise ImportFileError("unreadable_csv", file=name, line=str(line)) from error
            row += 1
            opened = next(csv.reader(taken[:1], delimiter=delimiter))
            flaws[row] = [CellFlaw(row, len(opened) - 1, QUOTE_LEFT_OPEN)]
            yield []
            start += read + 1
            lines = itertools.chain(taken[1:], lines)


def _tapped(lines: Iterator[str], taken: list[str]) -> Iterator[str]:
    for line in lines:
        taken.append(line)
        yield line


def _runaway_cell(record: list[str], delimiter: str, widest: int) -> int | None:
    """The cell a quote left open, swallowing whole rows: a line of it after its first holds as many
    delimiters as a row of the file does. A note written over several lines holds a few at most."""
    enough = max(2, widest - 1)
    for index, cell in enumerate(record):
        lines = cell.splitlines() if "\n" in cell or "\r" in cell else ()
        if any(line.count(delimiter) >= enough for line in lines[1:]):
            return index
    return None


@dataclass(frozen=True)
class Sheet:
    """A worksheet as saved values, and as formulas when the workbook has any (None: it has none)."""

    values: Any
    formulas: Any | None

    @property
    def title(self) -> str:
        return str(self.values.title)


@contextmanager
def open_workbook(name: str, data: bytes) -> Iterator[list[Sheet]]:
    """The workbook's sheets, visible ones first, readable until the `with` block ends. A workbook with
    formulas is opened a second time for them: the saved values alone cannot tell an empty cell from a
    formula never calculated."""
    workbooks = [_load_workbook(name, data, data_only=True)]
    try:
        if _has_formulas(name, data):
            workbooks.append(_load_workbook(name, data, data_only=False))
        formulas = {sheet.title: sheet for sheet in workbooks[-1].worksheets} if len(workbooks) > 1 else {}
        sheets = sorted(workbooks[0].worksheets, key=lambda sheet: sheet.sheet_state != "visible")
        for sheet in (*sheets, *formulas.values()):
            sheet.reset_dimensions()  # tools other than Excel write wrong dimensions, cutting rows off
        yield [Sheet(sheet, formulas.get(sheet.title)) for sheet in sheets]
    finally:
        for workbook in workbooks:
            workbook.close()


def _load_workbook(name: str, data: bytes, *, data_only: bool) -> Any:
    import openpyxl  # deferred: loading it costs a quarter second that CSV imports need not pay

    try:
        return openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=data_only)
    except Exception as error:  # openpyxl raises anything from KeyError to XML errors on a broken file
        raise ImportFileError("unreadable_xlsx", file=name) from error


def _has_formulas(name: str, data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(
                _holds_formula(archive, member)
                for member in archive.namelist()
                if member.startswith("xl/worksheets/") and member.endswith(".xml")
            )
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:  # a part that does not unpack as it says
        raise ImportFileError("unreadable_xlsx", file=name) from error


def _holds_formula(archive: zipfile.ZipFile, member: str) -> bool:
    """Searched a chunk at a time: a sheet's XML may be a gigabyte."""
    with archive.open(member) as part:
        tail = b""
        while chunk := part.read(_FORMULA_CHUNK):
            if _FORMULA.search(tail + chunk):
                return True
            tail = chunk[-8:]  # a formula tag split between two chunks ("<x:f" and ">")
    return False


def sheet_rows(name: str, sheet: Sheet) -> Rows:
    """The sheet's rows as text cells, a formula without a saved value flagged; a read that fails midway
    means a damaged file, not a crash."""
    flaws: dict[int, list[CellFlaw]] = {}
    return Rows(_sheet_cells(name, sheet, flaws), flaws)


def _sheet_cells(name: str, sheet: Sheet, flaws: dict[int, list[CellFlaw]]) -> Iterator[list[str]]:
    try:
        values = _bounded_rows(name, sheet.values)
        if sheet.formulas is None:
            for row in values:
                yield [cell_text(value) for value in row]
            return
        formulas = _bounded_rows(name, sheet.formulas)
        for number, (row, written) in enumerate(itertools.zip_longest(values, formulas, fillvalue=()), 1):
            for column, (value, formula) in enumerate(itertools.zip_longest(row, written)):
                if value is None and formula is not None:
                    flaws.setdefault(number, []).append(CellFlaw(number, column, FORMULA_WITHOUT_VALUE))
            yield [cell_text(value) for value in row]
    except ImportFileError:
        raise
    except Exception as error:
        raise ImportFileError("unreadable_xlsx", file=name) from error


def _bounded_rows(name: str, sheet: Any) -> Iterator[tuple[object, ...]]:
    """The sheet's rows, each cut to `MAX_COLUMNS` + 1 cells, refused past `EXCEL_MAX_ROWS`."""
    for number, row in enumerate(sheet.iter_rows(values_only=True), 1):
        if number > EXCEL_MAX_ROWS:
            raise ImportFileError("unreadable_xlsx", file=name)
        yield row[: MAX_COLUMNS + 1]


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

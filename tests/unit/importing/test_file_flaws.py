"""Files that would lose or garble data as they read: repeated columns that disagree, a CSV quote that never
closes, an XLSX formula never calculated. Each is a problem on its row, never a guest made from it."""

import re
import zipfile

import openpyxl
import pytest
from helpers.events import DAYS

from checkin.importing.importer import read_registrants


def write_csv(path, lines):
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def read(path):
    return read_registrants(path, event_days=DAYS)


# --- repeated columns ---------------------------------------------------------------------------------------


def test_two_surname_columns_that_disagree_skip_the_row_naming_both(tmp_path):
    parsed = read(write_csv(tmp_path / "l.csv", ["Imię;Nazwisko;Nazwisko", "Anna;Nowak;Nowakowa"]))
    assert parsed.registrants == []
    (problem,) = parsed.skipped
    assert (problem.row, problem.code) == (2, "conflicting_columns")
    assert problem.params == {
        "column": "Nazwisko", "value": "Nowak", "other": "Nazwisko (2)", "other_value": "Nowakowa"
    }  # fmt: skip
    assert '"Nazwisko" and "Nazwisko (2)"' in problem.message


def test_a_repeated_column_fills_in_where_the_first_is_empty(tmp_path):
    parsed = read(
        write_csv(
            tmp_path / "l.csv",
            ["Imię;Nazwisko;E-mail;Nazwisko;E-mail", "Jan;;;Kowalski;jan@uw.pl", "Ewa;Lis;ewa@uw.pl;;"],
        )
    )
    assert [(p.last_name, p.email) for p in parsed.registrants] == [
        ("Kowalski", "jan@uw.pl"), ("Lis", "ewa@uw.pl")
    ]  # fmt: skip
    assert parsed.skipped == parsed.problems == []


def test_repeated_columns_agreeing_but_for_case_or_diacritics_keep_the_fuller_spelling(tmp_path):
    lines = ["Imię;Nazwisko;E-mail;Nazwisko;E-mail", "Paweł;Golebiowski;Jan@UW.pl;Gołębiowski;jan@uw.pl"]
    parsed = read(write_csv(tmp_path / "l.csv", lines))
    (person,) = parsed.registrants
    assert (person.last_name, person.email) == ("Gołębiowski", "jan@uw.pl")
    assert parsed.skipped == []


def test_joined_fields_still_join_their_columns(tmp_path):
    parsed = read(write_csv(tmp_path / "l.csv", ["Imię;Nazwisko;Uwagi;Uwagi", "Jan;Kowalski;wózek;dieta"]))
    assert parsed.registrants[0].notes == "wózek\ndieta"
    assert parsed.skipped == []


# --- a quote that never closes ------------------------------------------------------------------------------


def test_an_unclosed_quote_skips_its_row_and_every_row_below_still_counts(tmp_path):
    rows = [f"Gość{n};Nazwisko{n};g{n}@uw.pl;UW" for n in range(1001)]
    path = write_csv(
        tmp_path / "l.csv",
        ["Imię;Nazwisko;E-mail;Instytucja", "Jan;Kowalski;jan@uw.pl;UW", 'Anna;"Nowak;anna@uw.pl;UJ', *rows,
         'Ewa;Lis;ewa@uw.pl;"Fundacja ""Razem"""'],
    )  # fmt: skip
    parsed = read(path)
    assert len(parsed.registrants) == 1003
    assert parsed.registrants[-1].organisation == 'Fundacja "Razem"'
    assert max(len(p.last_name) for p in parsed.registrants) < 20
    (problem,) = parsed.skipped
    assert (problem.row, problem.code, problem.params) == (3, "quote_left_open", {"column": "Nazwisko"})
    assert parsed.problems == []  # no "longer than 2000 characters" about a swallowed list
    assert "Row 3" in problem.message and "Close or remove the quote" in problem.message


def test_a_quoted_note_over_several_lines_is_not_a_runaway_quote(tmp_path):
    path = write_csv(
        tmp_path / "l.csv",
        ["Imię;Nazwisko;E-mail;Uwagi", 'Jan;Kowalski;jan@uw.pl;"wózek\r\ndieta; bez glutenu"', "Ewa;Lis;;"],
    )
    parsed = read(path)
    assert [p.last_name for p in parsed.registrants] == ["Kowalski", "Lis"]
    assert parsed.registrants[0].notes == "wózek\ndieta; bez glutenu"
    assert parsed.skipped == []


# --- a formula never calculated -----------------------------------------------------------------------------


@pytest.fixture
def workbook_path(tmp_path):
    """A list written by a tool, never opened in Excel: its formulas have no saved values."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Lp.", "Imię", "Nazwisko", "E-mail"])
    sheet.append(["=ROW()-1", "Jan", "Kowalski", "jan@uw.pl"])
    sheet.append(["=ROW()-1", "Anna", '=PROPER("nowak")', "anna@uw.pl"])
    sheet.append(["=ROW()-1", "Ewa", "Lis", '=LOWER("EWA@UW.PL")'])
    path = tmp_path / "lista.xlsx"
    book.save(path)
    return path


def test_a_formula_without_a_saved_value_skips_its_row_naming_the_cell(workbook_path):
    parsed = read(workbook_path)
    assert [p.last_name for p in parsed.registrants] == ["Kowalski"]
    assert [(p.row, p.code, p.params) for p in parsed.skipped] == [
        (3, "formula_without_value", {"cell": "C3"}), (4, "formula_without_value", {"cell": "D4"})
    ]  # fmt: skip
    assert parsed.skipped[0].message.startswith("Row 3: cell C3 holds a formula Excel never calculated")


def test_formulas_excel_calculated_read_as_their_values(tmp_path, workbook_path):
    """What Excel saves: each formula with its value, written here into the sheet's XML as Excel does."""
    values = {"A2": "1", "A3": "2", "A4": "3", "C3": "Nowak", "D4": "ewa@uw.pl"}
    saved = tmp_path / "saved.xlsx"
    with zipfile.ZipFile(workbook_path) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = _CELL_WITH_FORMULA.sub(lambda m: _calculated(m, values), data.decode()).encode()
            target.writestr(item, data)
    parsed = read(saved)
    assert [(p.last_name, p.email) for p in parsed.registrants] == [
        ("Kowalski", "jan@uw.pl"), ("Nowak", "anna@uw.pl"), ("Lis", "ewa@uw.pl")
    ]  # fmt: skip
    assert parsed.skipped == []


_CELL_WITH_FORMULA = re.compile(r'<c r="([A-Z]+[0-9]+)"><f>([^<]*)</f><v ?/></c>')


def _calculated(match: re.Match, values: dict[str, str]) -> str:
    cell, formula = match.groups()
    kind = "" if values[cell].isdigit() else ' t="str"'
    return f'<c r="{cell}"{kind}><f>{formula}</f><v>{values[cell]}</v></c>'

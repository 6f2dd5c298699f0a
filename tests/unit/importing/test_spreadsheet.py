"""Excel's typed values as the text the organiser sees; whole files are read in test_importer.py."""

from datetime import date, datetime

import pytest

from checkin.importing.spreadsheet import cell_text


@pytest.mark.parametrize(
    ("value", "text"),
    [(600123456.0, "600123456"), (12.5, "12.5"), (7, "7"), (datetime(2026, 6, 21), "2026-06-21"),
     (datetime(2026, 6, 21, 9, 5), "2026-06-21 09:05"), (date(2026, 6, 22), "2026-06-22"), (True, "tak"),
     (None, "")],
)  # fmt: skip
def test_excel_values_become_the_text_the_organiser_sees(value, text):
    assert cell_text(value) == text

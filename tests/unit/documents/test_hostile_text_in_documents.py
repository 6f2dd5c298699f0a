"""Hostile guest, session and event texts print as typed on every document (issue 16): no markup is read
(reportlab's Paragraph would parse `<font>`; the documents draw strings), and a spreadsheet still gets no
formula."""

from pathlib import Path

import pytest
from helpers.events import DAYS
from helpers.hostile import BREAK, ENTITY, EVENT, FONT, IMG, LONG, ROOM, RTL, SCRIPT, SESSION, hostile_station
from openpyxl import load_workbook
from pypdf import PdfReader

from checkin.badges.layouts import layout_named
from checkin.domain import Registrant


@pytest.fixture
def station(tmp_path):
    station = hostile_station(tmp_path / "hostile.sqlite")
    yield station
    station.close()


def pdf_text(pdf: Path) -> str:
    """Every page's text, each run of white space one space (a name wraps onto lines of its own)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def test_badges_print_markup_entities_and_overrides_as_typed(station, tmp_path):
    ids = [guest.id for guest in station.storage.attendees()]
    station.badges.run(ids, layout_named("a6")).write(tmp_path / "badges.pdf")
    text = pdf_text(tmp_path / "badges.pdf")
    for typed in (FONT, IMG, EVENT, SCRIPT, BREAK, ENTITY, RTL, "<sup>dr</sup>"):
        assert typed in text


def test_the_attendance_list_prints_the_names_as_typed(station, tmp_path):
    station.exports.attendance(day=DAYS[0], out=tmp_path / "list.pdf")
    text = pdf_text(tmp_path / "list.pdf")
    assert '<font color="#00aa00"' in text  # the name column cuts the rest with "…"
    for typed in (IMG, EVENT, SCRIPT, BREAK, ENTITY, RTL):
        assert typed in text


def test_certificates_print_the_names_as_typed(station, tmp_path):
    station.exports.certificates(out=tmp_path / "certificates.pdf")
    text = pdf_text(tmp_path / "certificates.pdf")
    for typed in (FONT, IMG, EVENT, BREAK, ENTITY, RTL, f"Hotel {SCRIPT}", LONG[:40]):
        assert typed in text


def test_a_certificate_of_its_own_for_a_2000_character_surname_gets_a_file_name_a_disk_takes(
    station, tmp_path
):
    done = station.exports.certificates(out=tmp_path / "certificates", merged=False)
    assert len(done.files) == 4 and all(file.is_file() for file in done.files)
    assert max(len(file.name) for file in done.files) < 100


def test_the_kitchen_sheet_prints_meal_and_room_names_as_typed(station, tmp_path):
    station.exports.meals(out=tmp_path / "meals.pdf")
    text = pdf_text(tmp_path / "meals.pdf")
    assert f"Obiad {ENTITY} & {FONT}" in text and ROOM in text and EVENT in text


def test_a_session_list_prints_its_title_as_typed(station, tmp_path):
    workshop = next(s for s in station.programme.sessions() if s.title == SESSION)
    station.exports.attendance(session_id=workshop.id, out=tmp_path / "session.pdf")
    assert SESSION in pdf_text(tmp_path / "session.pdf")


def test_spreadsheets_keep_markup_as_text_and_still_neutralise_formulas(station, tmp_path):
    station.register([Registrant(first_name='=HYPERLINK("http://x")', last_name="<b>Zły</b>")], reason="t")
    guest = next(a for a in station.storage.attendees() if a.last_name == "<b>Zły</b>")
    station.check_in(guest.id, DAYS[0])
    station.exports.attendance(day=DAYS[0], fmt="xlsx", out=tmp_path / "list.xlsx")
    cells = [
        cell
        for row in load_workbook(tmp_path / "list.xlsx").active.iter_rows(values_only=True)
        for cell in row
    ]
    assert any(cell and FONT in str(cell) for cell in cells)
    assert any(cell and str(cell).startswith("'=HYPERLINK") for cell in cells)

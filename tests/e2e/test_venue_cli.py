"""`new --town`, `event`, `logos` and `export meals` on the command line: the venue's town, the funding logos
kept inside the event file, and the kitchen's numbers."""

import pytest
from helpers.cli import as_json, assert_refused, cli
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

PIN = "2468"
VENUE = "Starachowice, Hotel Europa Business & Spa, ul. Radomska 76"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "event.sqlite"
    cli(path, "new", "--name", "Kongres", "--venue", VENUE, "--town", "Starachowice",
        "--days", ",".join(DAYS), "--pin", PIN)  # fmt: skip
    return path


def test_the_town_given_to_new_is_shown_and_changed_by_the_organiser_only(db):
    shown = as_json(cli(db, "event", "--json"))
    assert (shown["venue"], shown["town"]) == (VENUE, "Starachowice")
    assert_refused(cli(db, "event", "--town", "Radom", check=False), "PIN")
    cli(db, "event", "--town", "", CHECKIN_PIN=PIN)
    unset = cli(db, "event").stdout
    assert "town: not set" in unset
    changed = as_json(cli(db, "event", "--venue", "Hotel Europa", "--town", "Starachowice", "--json",
                          CHECKIN_PIN=PIN))  # fmt: skip
    assert (changed["venue"], changed["town"]) == ("Hotel Europa", "Starachowice")


def test_logos_are_added_listed_removed_and_cleared_and_a_bad_file_changes_nothing(db, tmp_path):
    for name, fmt in (("fe.png", "PNG"), ("ue.jpg", "JPEG")):
        Image.new("RGB", (300, 100), "#003399").save(tmp_path / name, format=fmt)
    (tmp_path / "notes.png").write_text("not an image")
    assert_refused(cli(db, "logos", "add", str(tmp_path / "fe.png"), check=False), "PIN")
    cli(db, "logos", "add", str(tmp_path / "fe.png"), str(tmp_path / "ue.jpg"), CHECKIN_PIN=PIN)
    assert_refused(cli(db, "logos", "add", str(tmp_path / "notes.png"), check=False, CHECKIN_PIN=PIN),
                   "not a PNG or JPEG")  # fmt: skip
    (tmp_path / "fe.png").unlink()  # kept inside the event file: the file may go
    listed = as_json(cli(db, "logos", "list", "--json", CHECKIN_PIN=PIN))
    assert [(logo["number"], logo["name"]) for logo in listed] == [(1, "fe.png"), (2, "ue.jpg")]
    assert_refused(cli(db, "logos", "remove", "3", check=False, CHECKIN_PIN=PIN), "number 3")
    cli(db, "logos", "remove", "1", CHECKIN_PIN=PIN)
    assert "1. ue.jpg" in cli(db, "logos", "list", CHECKIN_PIN=PIN).stdout
    cli(db, "logos", "clear", CHECKIN_PIN=PIN)
    assert "no funding logos" in cli(db, "logos", "list", CHECKIN_PIN=PIN).stdout


def test_the_kitchen_export_counts_each_meals_diets_in_pdf_and_xlsx(tmp_path):
    path = tmp_path / "meals.sqlite"
    station = make_station(path)
    station.programme.save(PROGRAMME)
    dinner = session_titled(station, "Uroczysta kolacja").id
    for name, diet in (("Kowalski", "wege"), ("Nowak", ""), ("Jóżko", "Wegetariańska ")):
        station.choices.choose(station.find(code_of(station, name)).id, dinner, diet=diet)
    station.close()

    done = as_json(cli(path, "export", "meals", "--out", str(tmp_path / "k.pdf"), "--json"))
    assert done["rows"] == 3 and done["pages"] == 1
    text = PdfReader(tmp_path / "k.pdf").pages[0].extract_text()
    for line in ("Uroczysta kolacja", "Razem: 3", "standardowa: 1", "wegetariańska: 2", "Kowalski Jan"):
        assert line in text
    cli(path, "export", "meals", "--format", "xlsx", "--out", str(tmp_path / "k.xlsx"))
    rows = [row for row in load_workbook(tmp_path / "k.xlsx").active.iter_rows(values_only=True)][1:]
    assert [(row[4], row[5]) for row in rows if row[6] is None] == [
        ("razem", 3), ("standardowa", 1), ("wegetariańska", 2)
    ]  # fmt: skip
    assert sorted((row[6], row[9]) for row in rows if row[6]) == [
        ("Jóżko", "Wegetariańska"),
        ("Kowalski", "wege"),
    ]

"""`export` on the command line: attendance lists, the scans and certificates as files, and requests that
make no sense refused with one line and nothing written."""

import csv

import pytest
from helpers.cli import as_json, cli
from helpers.crowd import GUESTS_OF_THE_LISTS, crowded_station
from helpers.events import DAYS, code_of
from openpyxl import load_workbook
from pypdf import PdfReader


@pytest.fixture
def event(tmp_path):
    """The crowded event with Kowalski checked in on day one (once undone, then again) and Nowak never."""
    db = tmp_path / "event.sqlite"
    station = crowded_station(db)
    kowalski = code_of(station, "Kowalski")
    station.close()
    cli(db, "checkin", kowalski, "--day", "1", "--station", "Recepcja 1", "--staff", "Ola")
    cli(
        db, "undo", kowalski, "--reason", "pomyłka", "--day", "1", "--station", "Recepcja 1", "--staff", "Ola"
    )
    cli(db, "checkin", kowalski, "--day", "1", "--station", "Recepcja 2", "--staff", "Ewa")
    return db


def test_attendance_list_of_a_day_in_each_format(event, tmp_path):
    day = len(GUESTS_OF_THE_LISTS) - 1
    pdf = as_json(
        cli(event, "export", "attendance", "--day", "1", "--out", str(tmp_path / "d.pdf"), "--json")
    )
    assert pdf["rows"] == day and pdf["pages"] == len(PdfReader(tmp_path / "d.pdf").pages) > 1
    cli(
        event, "export", "attendance", "--day", DAYS[0], "--format", "xlsx", "--out", str(tmp_path / "d.xlsx")
    )
    assert load_workbook(tmp_path / "d.xlsx").active.max_row == day + 1
    shown = cli(
        event, "export", "attendance", "--day", "1", "--format", "csv", "--out", str(tmp_path / "d.csv")
    )
    assert shown.stdout.strip() == f"attendance list: {day} people: {tmp_path / 'd.csv'}"
    with (tmp_path / "d.csv").open(encoding="utf-8-sig", newline="") as file:
        assert len(list(csv.reader(file, delimiter=";"))) == day + 1


def test_checkins_export_shows_the_undone_check_in(event, tmp_path):
    cli(event, "export", "checkins", "--format", "csv", "--out", str(tmp_path / "log.csv"))

    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file, delimiter=";"))
    assert [(r["Zdarzenie"], r["Stanowisko"], r["Obsługa"], r["Cofnięta"], r["Powód"]) for r in rows] == [
        ("rejestracja", "Recepcja 1", "Ola", "tak", ""),
        ("cofnięcie rejestracji", "Recepcja 1", "Ola", "", "pomyłka"),
        ("rejestracja", "Recepcja 2", "Ewa", "", ""),
    ]


def test_certificates_into_one_file_or_a_folder_of_files(event, tmp_path):
    merged = as_json(cli(event, "export", "certificates", "--out", str(tmp_path / "all.pdf"), "--json"))
    folder = tmp_path / "each"
    folder.mkdir()
    each = as_json(cli(event, "export", "certificates", "--out", str(folder), "--json"))

    assert merged["rows"] == merged["pages"] == len(PdfReader(tmp_path / "all.pdf").pages) == 1
    assert [path.name.split("-")[0] for path in folder.iterdir()] == ["Kowalski"]
    assert each["files"] == [str(path) for path in folder.iterdir()]


@pytest.mark.parametrize(
    "request_args",
    [
        ("certificates", "--format", "csv"),
        ("attendance",),
        ("attendance", "--day", "1", "--session", "1"),
        ("checkins", "--format", "pdf"),
        ("checkins", "--day", "1"),
        ("attendance", "--day", "7"),
        ("attendance", "--session", "999"),
        ("attendance", "--session", "0"),
        ("attendances", "--day", "1"),
    ],
)
def test_a_request_that_makes_no_sense_is_one_line_on_stderr_and_writes_nothing(
    event, tmp_path, request_args
):
    out = tmp_path / "out"
    out.mkdir()

    result = cli(event, "export", *request_args, "--out", str(out / "x.pdf"), check=False)

    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert list(out.iterdir()) == []

"""A real Google Forms CSV and MS Forms XLSX export of the congress's list (tests/data/), imported into an
event made like the demo: every guest, day, workshop, dinner choice and consent arrives, and every column that
feeds no field is said in the report."""

import csv
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from checkin.demo.event import load_programme
from checkin.importing.columns import Why
from checkin.station import Station
from cli.output import import_lines

DATA = Path(__file__).parents[2] / "data"
DAYS = ("2027-06-21", "2027-06-22")
"""The congress's 21-22 June on a Monday and a Tuesday, as the forms' answers say."""
DINNER = "Czy weźmiesz udział w uroczystej kolacji?"
WORKSHOP = "W którym warsztacie (22 czerwca) chcesz wziąć udział?"
DAYS_QUESTION = "W których dniach Kongresu weźmiesz udział?"
NO_WORKSHOP = "Nie wezmę udziału w warsztatach"


@pytest.fixture
def station(tmp_path):
    s = Station.create(tmp_path / "kongres.sqlite", event_name="II Kongres Centrów Usług Społecznych",
                       venue="Hotel Europa Business & Spa, Starachowice", days=DAYS, pin="1234")  # fmt: skip
    s.programme.save(load_programme(days=DAYS))
    s.roles.unlock("1234")
    yield s
    s.close()


def google_rows():
    with (DATA / "kongres_google_forms.csv").open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def ms_rows():
    sheet = openpyxl.load_workbook(DATA / "kongres_ms_forms.xlsx", read_only=True).active
    header, *rows = sheet.iter_rows(values_only=True)
    return [
        {name: "" if value is None else str(value) for name, value in zip(header, row, strict=True)}
        for row in rows
    ]


def expected_days(answer):
    first, second = "21" in answer or "oba" in answer, "22" in answer or "oba" in answer
    return () if first and second else (DAYS[0],) if first else (DAYS[1],)


def by_email(station):
    return {guest.email: guest for guest in station.storage.attendees()}


def signups(station, guest):
    return sorted(s.session.title for s in station.choices.of(guest.id))


@pytest.mark.parametrize(
    ("file_name", "rows", "email_column", "extra_columns"),
    [("kongres_google_forms.csv", google_rows, "Adres e-mail",
      {"Skąd dowiedział(a) się Pan/Pani o Kongresie?"}),
     ("kongres_ms_forms.xlsx", ms_rows, "Adres e-mail (służbowy)",
      {"Jak ocenia Pan/Pani I edycję Kongresu?"})],
)  # fmt: skip
def test_a_form_export_imports_with_nothing_lost_and_nothing_silently_ignored(
    station, file_name, rows, email_column, extra_columns
):
    answers = {row[email_column]: row for row in rows()}  # a repeated submission: the later one counts
    report = station.import_file(DATA / file_name)

    assert report.problems == [] and report.skipped == 0
    guests = by_email(station)
    assert set(guests) == set(answers) and report.created == len(answers)
    titles = {s.title for s in station.programme.sessions()}
    for email, row in answers.items():
        guest = guests[email]
        assert guest.full_name == row["Imię i nazwisko"]
        assert guest.organisation == row["Nazwa instytucji, którą Pan/Pani reprezentuje"]
        assert guest.position == row["Jakie stanowisko Pan/Pani zajmuje?"]
        assert guest.days == expected_days(row[DAYS_QUESTION]), row[DAYS_QUESTION]
        assert guest.needs == row["Czy masz szczególne wymagania dietetyczne?"]
        assert guest.consent_data is True
        assert guest.consent_image is (
            row[
                "Wyrażam zgodę na publikację mojego wizerunku"
                + (" w materiałach z Kongresu" if file_name.endswith("csv") else "")
            ]
            == "Tak"
        )
        chosen = [t for t in titles if row[WORKSHOP] not in ("", NO_WORKSHOP) and t.startswith(row[WORKSHOP])]
        dinner = ["Uroczysta kolacja"] if row[DINNER].startswith("Tak") else []
        assert signups(station, guest) == sorted(chosen + dinner), guest.full_name
        assert all(guest.extra.get(column, "") == row[column] for column in extra_columns)
    readings = {reading.header: reading for reading in report.readings}
    assert {h for h, r in readings.items() if r.field == "extra"} == extra_columns | {DINNER}
    assert readings[WORKSHOP].field == "workshop" and readings[DAYS_QUESTION].why is Why.QUESTION
    said = "\n".join(import_lines(report))
    for column in extra_columns:
        assert f'column "{column}" kept as extra information: no field has such a header' in said
    assert f'column "{DINNER}" signs up for "Uroczysta kolacja"' in said
    assert any(row[WORKSHOP] == NO_WORKSHOP for row in answers.values())
    assert report.answers.unmatched == {}  # "no workshop" is an answer, not one to choose for at the desk
    assert NO_WORKSHOP not in said
    assert report.answers.wrong_day == {} and report.answers.unclear == {}


def test_the_google_export_holds_the_answers_the_issue_saw_refused(station):
    given = Counter(row[DAYS_QUESTION] for row in google_rows())
    assert {"tylko 21 czerwca", "21-22.06", "oba dni", "21–22 czerwca"} <= set(given)
    assert sum("Nie wezmę" in row[DINNER] and row[DAYS_QUESTION].startswith("22") for row in google_rows())
    report = station.import_file(DATA / "kongres_google_forms.csv", dry_run=True)
    assert report.merged == 1 and report.answers.wrong_day == {}
    assert not any("(1 guests)" in line for line in import_lines(report))

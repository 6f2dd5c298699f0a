"""Names that lost their letters to "?" in a Windows-1250 CSV never become or overwrite a guest."""

from pathlib import Path

import pytest
from helpers.events import DAYS

from checkin.importing.importer import read_registrants
from checkin.importing.lossy import lost_letters

DATA = Path(__file__).parents[2] / "data"


@pytest.fixture
def station(empty_station):
    return empty_station


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_name", "?-? ??????"),  # д-р Дмитро, as Polish Excel saves it
        ("last_name", "???????"),
        ("last_name", "Šar?nas"),  # Šarūnas: ū is not in Windows-1250
        ("title", "?-?"),
        ("organisation", "???? ??????? ???????"),  # Фонд Форпост Україна
        ("organisation", "Fundacja «???????»"),
        ("organisation", "Uniwersytet im. ?????? ????????"),
        ("organisation", "Vilniaus socialini? paslaug? centras"),
        ("organisation", "Co dalej??"),
        ("city", "????????????"),
        ("position", "??????? ??????????"),
    ],
)
def test_question_marks_where_letters_were_are_lost_letters(field, value):
    assert lost_letters(field, value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("last_name", "Gołębiowska-Nowak"),
        ("last_name", "O'Connor"),
        ("last_name", "Габінет"),
        ("first_name", "Юлія"),
        ("title", "dr hab."),
        ("organisation", "Stowarzyszenie „Co dalej?”"),
        ("organisation", "Fundacja Czy wiesz?"),
        ("organisation", "Klub Co? Gdzie? Kiedy?"),
        ("organisation", "Fundacja Dlaczego? Sp. z o.o."),
        ("organisation", "Фонд Форпост Україна"),
        ("city", "Bełżyce"),
    ],
)
def test_normal_names_and_a_slogans_question_mark_are_not(field, value):
    assert not lost_letters(field, value)


def _by_number(station):
    return {a.registration_id: a for a in station.storage.attendees()}


def test_polish_excel_export_after_the_utf8_list_changes_nothing_and_reports_the_lost_rows(station):
    first = station.import_file(DATA / "congress_utf8.csv")
    assert (first.created, first.skipped, first.problems) == (12, 0, [])
    before = _by_number(station)

    report = station.import_file(DATA / "congress_excel_1250.csv")

    assert (report.created, report.updated, report.skipped) == (0, 0, 4)
    assert [(p.row, p.code) for p in report.problems] == [
        (7, "lost_letters"), (8, "lost_letters"), (9, "lost_letters"), (11, "lost_letters")
    ]  # fmt: skip
    assert report.problems[0].params == {"column": "Imię i nazwisko", "value": "?-? ??????"}
    assert _by_number(station) == before
    assert before["K-006"].last_name == "Габінет"


def test_polish_excel_export_into_an_empty_event_creates_no_question_mark_guests(station):
    report = station.import_file(DATA / "congress_excel_1250.csv")

    assert (report.created, report.skipped) == (8, 4)
    assert {p.code for p in report.problems} == {"lost_letters"}
    people = list(station.storage.attendees())
    assert not any("?" in f"{p.first_name}{p.last_name}{p.city}" for p in people)
    assert "Stowarzyszenie „Co dalej?”" in {p.organisation for p in people}  # a slogan is not lost letters


def test_a_lost_row_neither_updates_a_guest_by_number_nor_adds_one_beside_them_by_e_mail(station, tmp_path):
    station.import_file(DATA / "congress_utf8.csv")
    path = tmp_path / "lista.csv"
    path.write_bytes(
        "Nr zgłoszenia;Imię;Nazwisko;E-mail\r\nK-006;??????;???????;d.gabinet@forpost.org.ua\r\n"
        ";?????;?????????;o.kovalenko@forpost.org.ua\r\n".encode("cp1250")
    )
    report = station.import_file(path)
    assert (report.created, report.updated, report.unchanged, report.skipped) == (0, 0, 0, 2)
    assert len(list(station.storage.attendees())) == 12


def test_the_lost_letters_message_says_what_to_do():
    parsed = read_registrants(DATA / "congress_excel_1250.csv", event_days=DAYS)
    message = parsed.skipped[0].message
    assert message.startswith('Row 7: "?-? ??????" in column "Imię i nazwisko"')
    assert "Windows-1250" in message and '"CSV UTF-8" or .xlsx' in message

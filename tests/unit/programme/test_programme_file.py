"""Reading organisers' programme files: real CSV and XLSX files in tmp_path, as the station meets them."""

import csv
import io
from datetime import date, datetime, time

import openpyxl
import pytest

from checkin.domain import Session
from checkin.importing.problems import ImportFileError
from checkin.programme.file_reader import MAX_SESSIONS, read_programme

DAYS = ("2026-06-21", "2026-06-22")
POLISH_HEADER = ["Dzień", "Od", "Do", "Tytuł", "Sala", "Rodzaj", "Liczba miejsc", "Prowadzący", "Zapisy"]


def write_csv(path, rows, *, encoding="cp1250", delimiter=";"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def read_rows(tmp_path, rows, header=POLISH_HEADER):
    return read_programme(write_csv(tmp_path / "program.csv", [header, *rows]), DAYS)


def error_of(path):
    with pytest.raises(ImportFileError) as caught:
        read_programme(path, DAYS)
    return caught.value


def test_polish_windows_1250_csv_with_semicolons_reads_every_field(tmp_path):
    parsed = read_rows(tmp_path, [
        ["1", "9.00", "10:30", "Otwarcie i wykład inauguracyjny", "Sala Łąkowa", "wykład", "220",
         "prof. Józef Żółć; dr Anna Gęś", ""],
        ["2", "13:00", "14.00", "Obiad", "Restauracja", "obiad", "", "", ""],
    ])  # fmt: skip
    assert parsed.problems == []
    assert parsed.sessions == [
        Session(day=1, start="09:00", end="10:30", title="Otwarcie i wykład inauguracyjny",
                room="Sala Łąkowa", kind="plenary", capacity=220, speakers="prof. Józef Żółć; dr Anna Gęś"),
        Session(day=2, start="13:00", end="14:00", title="Obiad", room="Restauracja", kind="meal",
                capacity=None, signup=True),
    ]  # fmt: skip


def test_a_comma_separated_utf8_file_with_quoted_commas_reads_the_same(tmp_path):
    path = write_csv(tmp_path / "program.csv", [
        ["day", "start", "end", "title", "room", "kind", "capacity", "speakers", "choice_group", "signup"],
        ["1", "11:00", "12:00", "Panel: praca, rodzina", "Bruksela", "panel", "", "Jan Nowak, MOPS", "", ""],
    ], encoding="utf-8-sig", delimiter=",")  # fmt: skip
    [session] = read_programme(path, DAYS).sessions
    assert (session.title, session.speakers, session.kind) == (
        "Panel: praca, rodzina",
        "Jan Nowak, MOPS",
        "panel",
    )


def test_an_xlsx_with_a_title_line_dates_and_time_cells_is_read(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Program II Kongresu CUS"])
    sheet.append(["Date", "Start time", "End time", "Title", "Room", "Type", "Seats", "Speakers",
                  "Choice group", "Sign-up"])  # fmt: skip
    sheet.append([datetime(2026, 6, 22), time(9, 0), time(12, 0), "Zarządzanie usługami", "Warszawa",
                  "warsztat", 80, "IRPiUS", "warsztaty", None])  # fmt: skip
    sheet.append([date(2026, 6, 21), "18:00", "20:00", "Uroczysta kolacja", "Sala Europejska", "gala", 220,
                  None, None, "nie"])  # fmt: skip
    workbook.save(tmp_path / "program.xlsx")

    parsed = read_programme(tmp_path / "program.xlsx", DAYS)

    assert parsed.problems == []
    workshop, dinner = parsed.sessions
    assert (workshop.day, workshop.start, workshop.end, workshop.capacity) == (2, "09:00", "12:00", 80)
    assert (workshop.kind, workshop.choice_group, workshop.signup) == ("workshop", "warsztaty", True)
    assert (dinner.day, dinner.kind, dinner.signup, dinner.speakers) == (1, "social", False, "")


@pytest.mark.parametrize(
    ("written", "day"),
    [("1", 1), ("2", 2), ("2026-06-22", 2), ("21.06.2026", 1), ("22.06", 2), ("Dzień 2", 2)],
)
def test_a_day_is_a_number_or_a_date_of_the_event(tmp_path, written, day):
    [session] = read_rows(tmp_path, [[written, "10:00", "11:00", "Sesja", "", "", "", "", ""]]).sessions
    assert session.day == day


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("Sesja plenarna", "plenary"), ("wykład", "plenary"), ("Debata", "panel"), ("panel", "panel"),
        ("Warsztaty", "workshop"), ("warsztat", "workshop"), ("Posiłek", "meal"), ("Lunch", "meal"),
        ("kolacja", "meal"), ("Przerwa kawowa", "break"), ("przerwa", "break"),
        ("Rejestracja", "registration"), ("Wydarzenie towarzyskie", "social"), ("Koncert", "social"),
        ("social", "social"), ("MEAL", "meal"), ("wydarzenie towarzyszące", "social"),
        ("Wydarzenia towarzyszące", "social"), ("Accompanying event", "social"), ("side event", "social"),
    ],
)  # fmt: skip
def test_polish_and_english_kinds_are_understood(tmp_path, written, kind):
    [session] = read_rows(tmp_path, [["1", "10:00", "11:00", "Sesja", "", written, "", "", ""]]).sessions
    assert session.kind == kind


def test_a_blank_kind_is_the_kind_the_title_names_else_a_plenary(tmp_path):
    rows = [["1", "10:00", "11:00", title, "", "", "", "", ""] for title in
            ("Przerwa kawowa", "Obiad", "Warsztat 3: Indywidualne plany", "Otwarcie kongresu",
             "Social media w pomocy społecznej")]  # fmt: skip
    kinds = [s.kind for s in read_rows(tmp_path, rows).sessions]
    assert kinds == ["break", "meal", "workshop", "plenary", "plenary"]


def test_sign_up_follows_the_kind_unless_the_file_says_tak_or_nie(tmp_path):
    parsed = read_rows(tmp_path, [
        ["1", "13:00", "14:00", "Obiad", "", "obiad", "", "", ""],
        ["1", "14:00", "15:00", "Wykład", "", "wykład", "", "", "tak"],
        ["1", "20:00", "21:00", "Koncert", "", "koncert", "", "", "nie"],
    ])  # fmt: skip
    assert [s.signup for s in parsed.sessions] == [True, True, False]


def test_rows_with_problems_are_skipped_and_reported_by_spreadsheet_row(tmp_path):
    parsed = read_rows(tmp_path, [
        ["1", "09:00", "10:00", "Dobry wiersz", "", "", "", "", ""],
        ["1", "09:00", "10:00", "", "Sala A", "", "", "", ""],
        ["3", "09:00", "10:00", "Trzeci dzień", "", "", "", "", ""],
        ["1", "9:75", "10:00", "Zła godzina", "", "", "", "", ""],
        ["1", "11:00", "10:00", "Koniec przed początkiem", "", "", "", "", ""],
        ["1", "10:00", "11:00", "Grill", "", "grill", "", "", ""],
        ["1", "10:00", "11:00", "Dużo miejsc", "", "", "dużo", "", ""],
        ["1", "10:00", "11:00", "Może zapisy", "", "", "", "", "może"],
        [],
        ["2", "15:00", "16:00", "Też dobry", "", "", "", "", ""],
    ])  # fmt: skip
    assert [s.title for s in parsed.sessions] == ["Dobry wiersz", "Też dobry"]
    assert [(p.row, p.code) for p in parsed.problems] == [
        (3, "missing_session_cells"), (4, "unknown_session_day"), (5, "bad_session_time"),
        (6, "end_before_start"), (7, "unknown_session_kind"), (8, "bad_session_capacity"),
        (9, "unknown_session_signup"),
    ]  # fmt: skip
    messages = [p.message for p in parsed.problems]
    assert messages[0] == (
        "Row 3 has nothing in Tytuł, so it was skipped; every session needs a day, a start, an end and a "
        "title."
    )
    assert (
        messages[2]
        == 'Row 5: "9:75" in column "Od" is not a time, so the row was skipped; write it as 09:30.'
    )
    assert "2026-06-21, 2026-06-22" in messages[1]
    assert '"grill"' in messages[4] and "warsztat (workshop)" in messages[4]
    assert not [m for m in messages if "?" in m]


def test_a_long_cell_is_cut_and_reported_but_the_row_is_kept(tmp_path):
    parsed = read_rows(tmp_path, [["1", "10:00", "11:00", "Wykład", "", "", "", "x" * 5000, ""]])
    [session] = parsed.sessions
    assert 0 < len(session.speakers) < 5000
    assert [(p.row, p.code, p.params["column"]) for p in parsed.problems] == [
        (2, "cell_too_long", "Prowadzący")
    ]


def test_overlapping_workshops_of_a_day_form_a_choice_group_of_their_own(tmp_path):
    parsed = read_rows(tmp_path, [
        ["2", "09:00", "12:00", "Warsztat A", "Sala 1", "warsztat", "30", "", ""],
        ["2", "09:00", "12:00", "Warsztat B", "Sala 2", "warsztat", "30", "", ""],
        ["2", "11:30", "13:00", "Warsztat C", "Sala 3", "warsztat", "30", "", ""],
        ["2", "14:00", "15:00", "Warsztat sam", "Sala 1", "warsztat", "30", "", ""],
        ["1", "10:30", "12:00", "Warsztat D", "Sala 1", "warsztat", "30", "", ""],
        ["1", "10:00", "11:00", "Warsztat E", "Sala 2", "warsztat", "30", "", ""],
        ["1", "10:00", "11:00", "Wykład równoległy", "Sala 3", "wykład", "", "", ""],
    ])  # fmt: skip
    groups = {s.title: s.choice_group for s in parsed.sessions}
    assert groups == {
        "Warsztat A": "warsztaty-2-09:00", "Warsztat B": "warsztaty-2-09:00",
        "Warsztat C": "warsztaty-2-09:00", "Warsztat sam": "",
        "Warsztat D": "warsztaty-1-10:00", "Warsztat E": "warsztaty-1-10:00", "Wykład równoległy": "",
    }  # fmt: skip


def test_a_choice_group_written_in_the_file_is_kept(tmp_path):
    header = [*POLISH_HEADER, "Grupa wyboru"]
    parsed = read_rows(tmp_path, [
        ["2", "09:00", "12:00", "Warsztat A", "", "warsztat", "", "", "", "rano"],
        ["2", "09:00", "12:00", "Warsztat B", "", "warsztat", "", "", "", "rano"],
        ["2", "09:00", "12:00", "Warsztat C", "", "warsztat", "", "", "", ""],
        ["2", "10:00", "11:00", "Warsztat D", "", "warsztat", "", "", "", ""],
    ], header=header)  # fmt: skip
    assert [s.choice_group for s in parsed.sessions] == [
        "rano",
        "rano",
        "warsztaty-2-09:00",
        "warsztaty-2-09:00",
    ]


def test_a_registrant_list_is_refused_naming_the_columns_a_programme_needs(tmp_path):
    path = write_csv(
        tmp_path / "lista.csv", [["Imię", "Nazwisko", "Tytuł", "E-mail"], ["Jan", "Nowak", "dr", ""]]
    )
    error = error_of(path)
    assert error.code == "no_programme_columns"
    assert str(error) == (
        'No programme header row was found in "lista.csv"; one of its first rows needs the columns "Dzień" '
        '(day), "Początek" (start), "Koniec" (end), "Tytuł" (title), named in Polish or English.'
    )


def test_a_programme_without_times_is_refused_naming_the_missing_columns(tmp_path):
    path = write_csv(tmp_path / "program.csv", [["Dzień", "Tytuł", "Sala"], ["1", "Otwarcie", "Bruksela"]])
    error = error_of(path)
    assert error.code == "missing_programme_columns"
    assert '"Początek" (start), "Koniec" (end)' in str(error)


def test_a_header_without_sessions_and_an_overlong_file_are_refused(tmp_path):
    assert error_of(write_csv(tmp_path / "pusty.csv", [POLISH_HEADER, [], []])).code == "no_programme_rows"
    rows = [["1", "10:00", "11:00", f"Sesja {n}"] for n in range(MAX_SESSIONS + 1)]
    assert error_of(write_csv(tmp_path / "duzy.csv", [POLISH_HEADER[:4], *rows])).code == "too_many_sessions"


def test_an_unreadable_file_is_refused_as_the_registrant_import_refuses_it(tmp_path):
    (tmp_path / "program.xlsx").write_bytes(b"%PDF-1.7 not a spreadsheet")
    assert error_of(tmp_path / "program.xlsx").code == "unsupported_format"
    (tmp_path / "pusty.csv").write_bytes(b"")
    assert error_of(tmp_path / "pusty.csv").code == "empty_file"

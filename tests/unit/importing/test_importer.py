"""Reading organisers' registrant files: real CSV and XLSX files in tmp_path, as the station meets them."""

import csv
import io
import zipfile
from datetime import date, datetime

import openpyxl
import pytest

from checkin.importing import importer
from checkin.importing.columns import Why
from checkin.importing.identity import IdentityIndex
from checkin.importing.importer import ImportFileError, read_registrants

DAYS = ("2026-06-21", "2026-06-22")
POLISH = "Zażółć gęślą jaźń Łódź Ćma Ńa"

HEADER = ["Nr zgłoszenia", "Tytuł", "Imię", "Nazwisko", "Instytucja", "Miejscowość", "E-mail", "Telefon",
          "Kategoria", "Warsztat", "Dni", "Uwagi", "Potrzeby", "Zgoda na przetwarzanie danych",
          "Zgoda na wizerunek", "Faktura na"]  # fmt: skip
ROW = ["R-17", "dr hab.", "Łucja", "Gołębiowska-Źdźbło", "Uniwersytet Śląski", "Łódź", " Lucja.G@US.edu.PL ",
       "600 123 456", "Prelegentka", "A: Ćwiczenia", "2", "Wózek", "bezglutenowa", "tak", "nie",
       "Uczelnię"]  # fmt: skip


def write_csv(path, rows, *, encoding="utf-8", delimiter=";", lineterminator="\r\n"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator).writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def read(path, **kwargs):
    return read_registrants(path, event_days=DAYS, **kwargs)


def error_code(path, **kwargs):
    with pytest.raises(ImportFileError) as caught:
        read(path, **kwargs)
    return caught.value.code


# --- encodings, delimiters, line endings -----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_every_encoding_and_delimiter_reads_the_same_polish_record(tmp_path, encoding, delimiter):
    path = write_csv(tmp_path / "lista.csv", [HEADER, ROW], encoding=encoding, delimiter=delimiter)
    parsed = read(path)
    assert parsed.problems == [] and parsed.skipped == [] and parsed.merged == []
    [person] = parsed.registrants
    assert (person.title, person.first_name, person.last_name) == ("dr hab.", "Łucja", "Gołębiowska-Źdźbło")
    assert person.organisation == "Uniwersytet Śląski"
    assert person.city == "Łódź"
    assert person.email == "lucja.g@us.edu.pl"
    assert person.phone == "600 123 456"
    assert person.category == "speaker"
    assert person.workshop == "A: Ćwiczenia"
    assert person.days == (DAYS[1],)
    assert (person.notes, person.needs) == ("Wózek", "bezglutenowa")
    assert (person.consent_data, person.consent_image) == (True, False)
    assert person.registration_id == "R-17"
    assert person.extra == {"Faktura na": "Uczelnię"}
    assert person.source == "lista.csv:2"
    assert parsed.columns["Imię"] == "first_name"
    assert parsed.columns["Faktura na"] == "extra"
    assert parsed.extra_columns == ["Faktura na"]


def test_all_polish_letters_survive_every_encoding(tmp_path):
    for encoding in ("utf-8", "utf-8-sig", "cp1250", "utf-16"):
        rows = [["Imię", "Nazwisko", "Uwagi"], ["Ania", "Nowak", POLISH]]
        path = write_csv(tmp_path / f"{encoding}.txt", rows, encoding=encoding, delimiter="\t")
        assert read(path).registrants[0].notes == POLISH, encoding


def test_crlf_and_quoted_multiline_notes_keep_line_breaks_and_spreadsheet_row_numbers(tmp_path):
    rows = [["Imię", "Nazwisko", "Uwagi", "E-mail"],
            ["Jan", "Kowalski", "Pierwsza linia\r\n  druga   linia\n\ntrzecia", "jan@x.pl"],
            ["Anna", "Nowak", "", "to-nie-mail"]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    first, second = parsed.registrants
    assert first.notes == "Pierwsza linia\ndruga linia\ntrzecia"
    assert second.source == "l.csv:3"
    assert [(p.row, p.code) for p in parsed.problems] == [(3, "bad_email")]


def test_inner_whitespace_collapsed_and_email_lower_cased(tmp_path):
    rows = [["Imię", "Nazwisko", "Instytucja", "Email"],
            ["  Jan\u00a0 ", " Kowalski  ", "Urząd   Miasta\tŁódź", "JAN@X.PL"]]  # fmt: skip
    person = read(write_csv(tmp_path / "l.csv", rows)).registrants[0]
    assert (person.first_name, person.last_name) == ("Jan", "Kowalski")
    assert person.organisation == "Urząd Miasta Łódź"
    assert person.email == "jan@x.pl"


def test_excel_sep_line_and_title_rows_above_the_header(tmp_path):
    path = tmp_path / "l.csv"
    lines = ["sep=,", "Lista uczestników Kongresu,,", ",,", "Imię,Nazwisko,E-mail", "Jan,Kowalski,zly", ""]
    path.write_text("\r\n".join(lines), encoding="utf-8")
    parsed = read(path)
    assert [p.source for p in parsed.registrants] == ["l.csv:4"]
    assert [(p.row, p.code) for p in parsed.problems] == [(4, "bad_email")]


def test_delimiter_chosen_by_header_even_when_data_is_full_of_commas(tmp_path):
    rows = [["Imię", "Nazwisko", "Instytucja"]] + [["Jan", "Kowalski", "Wydział A, B, C, D"]] * 5
    parsed = read(write_csv(tmp_path / "l.csv", rows, delimiter=";"))
    assert parsed.registrants[0].organisation == "Wydział A, B, C, D"


# --- XLSX ------------------------------------------------------------------------------------------------


def test_xlsx_numbers_and_dates_become_text_and_the_sheet_with_names_is_used(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.title = "Instrukcja"
    workbook.active.append(["Proszę wypełnić arkusz Zgłoszenia"])
    hidden = workbook.create_sheet("Wzór", 0)
    hidden.append(["Imię", "Nazwisko"])
    hidden.append(["Przykładowe", "Nazwisko"])
    hidden.sheet_state = "hidden"
    sheet = workbook.create_sheet("Zgłoszenia")
    sheet.append(["ID", "Imię", "Nazwisko", "Telefon", "Dni", "Data zgłoszenia", "Kwota", "Zgoda RODO"])
    sheet.append([101, "Żaneta", "Ćwik", 600123456.0, datetime(2026, 6, 22), date(2026, 5, 1), 150.5, True])
    sheet.append([])
    sheet.append([102, "Jan", "Kowalski", 48600123457, "1", datetime(2026, 5, 2, 14, 30), 0, None])
    workbook.save(tmp_path / "lista.xlsx")
    parsed = read(tmp_path / "lista.xlsx")
    assert parsed.sheet == "Zgłoszenia"
    first, second = parsed.registrants
    assert (first.registration_id, first.first_name, first.last_name) == ("101", "Żaneta", "Ćwik")
    assert first.phone == "600123456"
    assert first.days == (DAYS[1],)
    assert first.consent_data is True
    assert first.extra == {"Data zgłoszenia": "2026-05-01", "Kwota": "150.5"}
    assert second.phone == "48600123457"
    assert second.days == (DAYS[0],)
    assert second.extra == {"Data zgłoszenia": "2026-05-02 14:30", "Kwota": "0"}
    assert second.source == "lista.xlsx:4"


def test_xlsx_detected_by_content_even_when_named_csv(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Imię i nazwisko"])
    workbook.active.append(["prof. Anna Nowak"])
    workbook.save(tmp_path / "export.csv")
    person = read(tmp_path / "export.csv").registrants[0]
    assert (person.title, person.first_name, person.last_name) == ("prof.", "Anna", "Nowak")


def test_xlsx_without_name_columns_is_rejected(tmp_path):
    workbook = openpyxl.Workbook()
    workbook.active.append(["Produkt", "Cena"])
    workbook.active.append(["Kawa", 12])
    workbook.create_sheet("Drugi").append(["Miasto"])
    workbook.save(tmp_path / "ceny.xlsx")
    assert error_code(tmp_path / "ceny.xlsx") == "no_name_columns"


def test_empty_xlsx_is_empty(tmp_path):
    openpyxl.Workbook().save(tmp_path / "pusty.xlsx")
    assert error_code(tmp_path / "pusty.xlsx") == "empty_file"


# --- form exports ----------------------------------------------------------------------------------------


def test_google_forms_export(tmp_path):
    rows = [["Sygnatura czasowa", "Adres e-mail", "Imię:", "Nazwisko *", "Nazwa instytucji",
             "Wybierz warsztat (dzień 2)", "Zgoda na przetwarzanie danych osobowych",
             "Skąd wiesz o kongresie?"],
            ["2026/05/01 10:15:22 GMT+2", "ola@gmail.com", "Ola", "Wróbel", "MOPS Kraków", "Mediacje",
             "Wyrażam zgodę na przetwarzanie moich danych osobowych", "Facebook"]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "Formularz.csv", rows, delimiter=",", lineterminator="\n"))
    [person] = parsed.registrants
    assert (person.first_name, person.last_name, person.email) == ("Ola", "Wróbel", "ola@gmail.com")
    assert person.organisation == "MOPS Kraków"
    assert person.workshop == "Mediacje"
    assert person.consent_data is True
    assert person.extra == {"Skąd wiesz o kongresie?": "Facebook"}
    assert parsed.columns["Sygnatura czasowa"] == "ignore"
    assert parsed.columns["Wybierz warsztat (dzień 2)"] == "workshop"


@pytest.mark.parametrize(
    "meta",
    [["ID", "Godzina rozpoczęcia", "Godzina ukończenia", "Adres e-mail", "Nazwa"],
     ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]],
)  # fmt: skip
def test_ms_forms_export_ignores_the_anonymous_account_columns(tmp_path, meta):
    questions = ["Imię", "Nazwisko", "E-mail", "Warsztat dzień 1", "Warsztat dzień 2"]
    rows = [meta + questions,
            ["7", "5/1/26 10:00:00", "5/1/26 10:04:00", "anonymous", "anonymous"] + [""] * (len(meta) - 5)
            + ["Piotr", "Zięba", "piotr@zieba.pl", "Mediacje", "Superwizja"]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "ms.csv", rows))
    [person] = parsed.registrants
    assert (person.first_name, person.last_name, person.email) == ("Piotr", "Zięba", "piotr@zieba.pl")
    assert person.registration_id == "7"
    assert person.workshop == "Mediacje; Superwizja"
    assert person.extra == {}
    assert parsed.columns[meta[4]] == "ignore"


def test_ms_forms_account_email_is_used_only_when_the_form_did_not_ask(tmp_path):
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "First name", "Last name"],
            ["1", "", "", "ewa@uni.edu", "Ewa Lis", "Ewa", "Lis"],
            ["2", "", "", "anonymous", "anonymous", "Jan", "Kot"]]  # fmt: skip
    ewa, jan = read(write_csv(tmp_path / "ms.csv", rows)).registrants
    assert ewa.email == "ewa@uni.edu"
    assert jan.email == ""


def test_ms_forms_account_columns_feed_nothing_the_form_asks_itself_and_say_so(tmp_path):
    rows = [["ID", "Start time", "Completion time", "Email", "Name", "Imię", "Nazwisko", "E-mail"],
            ["1", "", "", "sekretariat@uni.edu", "Sekretariat", "Ewa", "Lis", ""]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "ms.csv", rows))
    [ewa] = parsed.registrants
    assert (ewa.email, ewa.registration_id) == ("", "1")  # the secretary's account is not Ewa's e-mail
    why = {reading.header: (reading.field, reading.why) for reading in parsed.readings}
    assert why["Email"] == why["Name"] == ("ignore", Why.ACCOUNT)
    assert why["ID"] == ("registration_id", Why.RESPONSE_NUMBER)
    assert why["Start time"] == ("ignore", Why.BOOKKEEPING)
    no_question = read(write_csv(tmp_path / "ms2.csv", [[h for h in rows[0] if h != "E-mail"], rows[1][:-1]]))
    assert {r.header: (r.field, r.why) for r in no_question.readings}["Email"] == ("email", Why.ACCOUNT)
    assert no_question.registrants[0].email == "sekretariat@uni.edu"


# --- names -----------------------------------------------------------------------------------------------


def test_full_name_column_with_a_title_column_keeps_the_explicit_title(tmp_path):
    rows = [["Tytuł", "Imię i nazwisko"], ["prof.", "dr hab. Jan Kowalski"], ["", "mgr Ewa Lis"]]
    jan, ewa = read(write_csv(tmp_path / "l.csv", rows)).registrants
    assert (jan.title, jan.first_name, jan.last_name) == ("prof.", "Jan", "Kowalski")
    assert (ewa.title, ewa.first_name, ewa.last_name) == ("mgr", "Ewa", "Lis")


def test_separate_name_columns_win_over_a_full_name_column(tmp_path):
    rows = [["Imię i nazwisko", "Imię", "Nazwisko"], ["Kowalski Jan", "Jan", "Kowalski"]]
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    person = parsed.registrants[0]
    assert (person.first_name, person.last_name) == ("Jan", "Kowalski")
    assert person.extra == {"Imię i nazwisko": "Kowalski Jan"}


def test_row_without_any_name_is_skipped_and_reported_blank_rows_silently(tmp_path):
    rows = [["Lp.", "Imię", "Nazwisko", "E-mail"], ["1", "Jan", "Kowalski", ""], ["2", "", "", ""], [],
            ["3", "", "", "kto@to.pl"], ["4", "Ewa", "", ""]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    assert [(p.first_name, p.last_name) for p in parsed.registrants] == [("Jan", "Kowalski"), ("Ewa", "")]
    assert [(s.row, s.code) for s in parsed.skipped] == [(5, "missing_name")]
    assert "kto@to.pl" in parsed.skipped[0].message and "Row 5" in parsed.skipped[0].message


# --- headers and explicit mapping ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [("IMIE*", "first_name"), ("Surname:", "last_name"), ("Full Name", "full_name"),
     ("Tytuł naukowy", "title"), ("Job title", "position"), ("Organization", "organisation"),
     ("Miasto", "city"), ("Email address", "email"), ("Nr. telefonu", "phone"), ("Rola", "category"),
     ("Warsztaty do wyboru", "workshop"), ("Comments", "notes"), ("Dieta", "needs"), ("Dzień", "days"),
     ("Data processing consent", "consent_data"), ("Zgoda na wizerunek", "consent_image"),
     ("Registration ID", "registration_id"),
     ("Telefon (opcjonalnie)", "phone"), ("Timestamp", "ignore"), ("Ulubiony kolor", "extra")],
)  # fmt: skip
def test_headers_are_recognised_case_punctuation_and_diacritics_insensitively(tmp_path, header, field):
    columns = ["Imię", "Nazwisko"] if field not in ("first_name", "last_name", "full_name") else []
    values = ["A", "B"] if columns else []
    parsed = read(write_csv(tmp_path / "l.csv", [[*columns, header], [*values, "x y"]]))
    assert parsed.columns[header] == field


def test_explicit_mapping_overrides_automatic_recognition(tmp_path):
    rows = [["Osoba", "Kontakt", "Uwagi", "Telefon"], ["dr Jan Kowalski", "JAN@X.PL", "tajne", "123"]]
    mapping = {"osoba": "full_name", "KONTAKT": "email", "uwagi": "ignore", "Telefon": "extra"}
    parsed = read(write_csv(tmp_path / "l.csv", rows), mapping=mapping)
    person = parsed.registrants[0]
    assert (person.title, person.first_name, person.last_name) == ("dr", "Jan", "Kowalski")
    assert person.email == "jan@x.pl"
    assert (person.notes, person.phone) == ("", "")
    assert person.extra == {"Telefon": "123"}


@pytest.mark.parametrize("mapping", [{"Osoba": "nick"}, {"Nie ma takiej": "email"}])
def test_bad_mapping_is_rejected(tmp_path, mapping):
    path = write_csv(tmp_path / "l.csv", [["Osoba", "Imię", "Nazwisko"], ["x", "Jan", "Kot"]])
    assert error_code(path, mapping=mapping) == "bad_mapping"


def test_duplicate_and_blank_headers_get_unique_extra_names(tmp_path):
    rows = [["Imię", "Nazwisko", "Info", "Info", ""], ["Jan", "Kot", "a", "b", "c"]]
    person = read(write_csv(tmp_path / "l.csv", rows)).registrants[0]
    assert person.extra == {"Info": "a", "Info (2)": "b", "Column E": "c"}


# --- values ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [("Uczestnik", "participant"), ("participant", "participant"), ("PRELEGENTKA", "speaker"),
     ("Speaker", "speaker"), ("Gosc honorowy", "honorary_guest"), ("VIP", "honorary_guest"),
     ("honorary_guest", "honorary_guest"), ("Organizer", "organiser"), ("Prasa", "press"), ("Media", "press"),
     ("Partner", "partner"), ("Wolontariusz", "staff"), ("Obsługa", "staff")],
)  # fmt: skip
def test_category_labels_in_polish_and_english(tmp_path, label, key):
    rows = [["Imię", "Nazwisko", "Kategoria"], ["Jan", "Kot", label]]
    assert read(write_csv(tmp_path / "l.csv", rows)).registrants[0].category == key


def test_event_specific_category_label(tmp_path):
    rows = [["Imię", "Nazwisko", "Kategoria"], ["Jan", "Kot", "Ekspert"]]
    parsed = read_registrants(write_csv(tmp_path / "l.csv", rows), event_days=DAYS,
                              category_labels={"speaker": "Ekspert"})  # fmt: skip
    assert parsed.registrants[0].category == "speaker"


@pytest.mark.parametrize(
    ("cell", "days"),
    [("1", (DAYS[0],)), ("2", (DAYS[1],)), ("1, 2", ()), ("1 i 2", ()), ("oba", ()), ("Both", ()),
     ("wszystkie", ()), ("21.06.2026", (DAYS[0],)), ("2026-06-22", (DAYS[1],)), ("22.06", (DAYS[1],)),
     ("Dzień 2 (22.06)", (DAYS[1],)), ("", ())],
)  # fmt: skip
def test_days_as_numbers_words_and_dates(tmp_path, cell, days):
    rows = [["Imię", "Nazwisko", "Dni"], ["Jan", "Kot", cell]]
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    assert parsed.registrants[0].days == days
    assert parsed.problems == []


@pytest.mark.parametrize(
    ("cell", "consent"),
    [("tak", True), ("TAK", True), ("yes", True), ("x", True), ("1", True), ("true", True), ("nie", False),
     ("No", False), ("0", False), ("false", False), ("Nie wyrażam zgody", False), ("", None)],
)  # fmt: skip
def test_consent_answers(tmp_path, cell, consent):
    rows = [["Imię", "Nazwisko", "Zgoda na wizerunek"], ["Jan", "Kot", cell]]
    assert read(write_csv(tmp_path / "l.csv", rows)).registrants[0].consent_image is consent


def test_problems_carry_the_spreadsheet_row_numbers(tmp_path):
    rows = [["Imię", "Nazwisko", "E-mail", "Kategoria", "Dni", "Zgoda RODO"],
            ["Jan", "Kot", "jan@kot.pl", "Uczestnik", "1", "tak"],
            [],
            ["Ewa", "Lis", "brak", "Prelegent", "2", "tak"],
            ["Ola", "Sowa", "ola@sowa.pl", "Kierowca", "1", "tak"],
            ["Piotr", "Zając", "piotr@zajac.pl", "Uczestnik", "3", "tak"],
            ["Ala", "Kos", "ala@kos.pl", "Uczestnik", "1", "może"]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    assert [(p.row, p.code) for p in parsed.problems] == [
        (4, "bad_email"), (5, "unknown_category"), (6, "unknown_days"), (7, "unknown_consent"),
    ]  # fmt: skip
    by_name = {p.last_name: p for p in parsed.registrants}
    assert by_name["Lis"].email == "brak"
    assert by_name["Sowa"].category == ""  # unknown: a new guest is stored as a participant
    assert by_name["Zając"].days == ()
    assert by_name["Kos"].consent_data is None
    assert parsed.problems[1].params["value"] == "Kierowca"
    assert parsed.problems[0].message.startswith("Row 4:")
    assert "Kierowca" in parsed.problems[1].message


def test_overlong_cell_is_cut_and_reported(tmp_path):
    rows = [["Imię", "Nazwisko", "Uwagi", "Inne"], ["Jan", "Kot", "a" * 5000, "b" * 3000]]
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    person = parsed.registrants[0]
    assert len(person.notes) == importer.MAX_CELL_LENGTH
    assert len(person.extra["Inne"]) == importer.MAX_CELL_LENGTH
    assert [(p.row, p.code, p.params["column"]) for p in parsed.problems] == [
        (2, "cell_too_long", "Uwagi"), (2, "cell_too_long", "Inne"),
    ]  # fmt: skip


# --- duplicates ------------------------------------------------------------------------------------------


def test_duplicates_by_id_email_and_name_with_organisation_are_merged(tmp_path):
    rows = [["ID", "Imię", "Nazwisko", "Instytucja", "E-mail", "Telefon", "Uwagi", "Dni"],
            ["A1", "Jan", "Kowalski", "UW", "jan@uw.pl", "111", "", "1"],
            ["B1", "Ewa", "Lis", "UJ", "ewa@uj.pl", "", "", ""],
            ["", "Łukasz", "Żak", "Urząd Łódź", "", "", "", ""],
            ["A1", "Jan", "Kowalski", "UW", "jan.kowalski@uw.pl", "", "wegetarianin", "oba"],
            ["", "Ewa", "Lis", "", "EWA@uj.pl", "222", "", ""],
            ["", "Lukasz", "Zak", "Urzad Lodz", "", "333", "", ""]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    assert parsed.merged == [(5, 2), (6, 3), (7, 4)]
    jan, ewa, lukasz = parsed.registrants
    assert (jan.email, jan.phone, jan.notes, jan.days) == ("jan.kowalski@uw.pl", "111", "wegetarianin", ())
    assert (ewa.organisation, ewa.phone, ewa.registration_id) == ("UJ", "222", "B1")
    assert (lukasz.first_name, lukasz.phone, lukasz.source) == ("Łukasz", "333", "l.csv:4")  # letters kept


def test_people_sharing_an_email_or_with_different_ids_stay_separate(tmp_path):
    rows = [["ID", "Imię", "Nazwisko", "E-mail"],
            ["", "Jan", "Kowalski", "sekretariat@uni.pl"],
            ["", "Anna", "Nowak", "sekretariat@uni.pl"],
            ["1", "Piotr", "Lis", "p@lis.pl"],
            ["2", "Piotr", "Lis", "p@lis.pl"],
            ["", "Jan", "Kot", "brak"],
            ["", "Ewa", "Kot", "brak"]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    assert parsed.merged == []
    assert len(parsed.registrants) == 6


# --- files that cannot be imported -----------------------------------------------------------------------


def test_zero_byte_blank_and_bom_only_files_are_empty(tmp_path):
    (tmp_path / "zero.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_bytes(b"\r\n  \r\n")
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf\r\n")
    for name in ("zero.csv", "blank.csv", "bom.csv"):
        assert error_code(tmp_path / name) == "empty_file", name


def test_header_only_file_has_no_data_rows(tmp_path):
    path = write_csv(tmp_path / "l.csv", [["Imię", "Nazwisko", "E-mail"], [], ["", "", ""]])
    assert error_code(path) == "no_data_rows"


def test_headers_without_name_columns_are_rejected(tmp_path):
    path = write_csv(tmp_path / "l.csv", [["Produkt", "Cena"], ["Kawa", "12"]])
    with pytest.raises(ImportFileError) as caught:
        read(path)
    assert caught.value.code == "no_name_columns"
    assert "l.csv" in str(caught.value) and "Nazwisko" in str(caught.value)


def test_png_and_random_bytes_renamed_csv_are_binary(tmp_path):
    (tmp_path / "logo.csv").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "random.csv").write_bytes(bytes((i * 7919 + 13) % 251 for i in range(5000)))
    assert error_code(tmp_path / "logo.csv") == "binary_file"
    assert error_code(tmp_path / "random.csv") == "binary_file"


def test_pdf_docx_and_old_xls_are_unsupported_formats(tmp_path):
    (tmp_path / "lista.pdf.csv").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    (tmp_path / "lista.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    with zipfile.ZipFile(tmp_path / "lista.docx.csv", "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    for name in ("lista.pdf.csv", "lista.xls", "lista.docx.csv"):
        assert error_code(tmp_path / name) == "unsupported_format", name


def test_password_protected_xlsx_is_reported_as_protected(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    (tmp_path / "tajne.xlsx").write_bytes(ole + b"\x00" * 100)
    assert error_code(tmp_path / "tajne.xlsx") == "protected_xlsx"


def test_damaged_xlsx_is_unreadable(tmp_path):
    (tmp_path / "zepsuty.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with zipfile.ZipFile(tmp_path / "pusty_zip.xlsx", "w") as archive:
        archive.writestr("xl/workbook.xml", "<nonsense")
    assert error_code(tmp_path / "zepsuty.xlsx") == "unreadable_xlsx"
    assert error_code(tmp_path / "pusty_zip.xlsx") == "unreadable_xlsx"


def test_too_many_rows_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    rows = [["Imię", "Nazwisko"]] + [["Jan", f"Kot{i}"] for i in range(4)]
    assert error_code(write_csv(tmp_path / "l.csv", rows)) == "too_many_rows"


def test_error_messages_are_plain_sentences(tmp_path):
    (tmp_path / "zero.csv").write_bytes(b"")
    with pytest.raises(ImportFileError) as caught:
        read(tmp_path / "zero.csv")
    assert str(caught.value) == (
        'The file "zero.csv" is empty; export the registrant list again and choose the new file.'
    )
    assert caught.value.params == {"file": "zero.csv"}


# --- scale -----------------------------------------------------------------------------------------------


def test_twenty_thousand_rows_are_read_and_each_duplicate_found_by_its_keys(tmp_path, monkeypatch):
    people = [[f"R{i}", "", "Jan", f"Kowalski{i}", "UW", "Łódź", f"u{i}@x.pl", "600", "Uczestnik",
               "A", "1, 2", "", "", "tak", "nie", ""] for i in range(20_000)]  # fmt: skip
    again = [[*people[i][:7], "601", *people[i][8:]] for i in range(0, 20_000, 200)]  # corrected, at the end
    path = write_csv(tmp_path / "duzy.csv", [HEADER, *people, *again], encoding="utf-8-sig")
    compared = []
    same_person = IdentityIndex.same_person
    monkeypatch.setattr(IdentityIndex, "same_person", lambda *args: compared.append(1) or same_person(*args))
    parsed = read(path)
    assert len(parsed.registrants) == 20_000 and parsed.problems == []
    assert parsed.merged == [(20_002 + n, i + 2) for n, i in enumerate(range(0, 20_000, 200))]
    # Each row is compared only with the records sharing one of its keys (at most one per key), never with
    # every earlier row: merging stays linear in the rows (the time it takes is the benchmark's).
    assert len(compared) <= 3 * (len(people) + len(again))


def test_every_column_says_why_it_feeds_its_field(tmp_path):
    path = write_csv(tmp_path / "l.csv", [
        ["Sygnatura czasowa", "Imię i nazwisko", "Imię", "Nazwisko", "Warsztat – dzień 2", "Faktura na"],
        ["2026-05-01 10:00", "Anna Nowak", "Anna", "Nowak", "A", "Urząd"],
    ])  # fmt: skip
    readings = read(path, mapping={"Faktura na": "notes"}).readings
    assert [(r.header, r.field, r.why) for r in readings] == [
        ("Sygnatura czasowa", "ignore", importer.Why.BOOKKEEPING),
        ("Imię i nazwisko", "extra", importer.Why.NAME_COLUMNS),
        ("Imię", "first_name", importer.Why.LABEL),
        ("Nazwisko", "last_name", importer.Why.LABEL),
        ("Warsztat – dzień 2", "workshop", importer.Why.WORKSHOP_WORD),
        ("Faktura na", "notes", importer.Why.MAPPED),
    ]
    assert read(path).readings[-1].why is importer.Why.UNRECOGNISED


def test_a_title_line_with_name_words_above_a_form_header_is_not_taken_for_the_header(tmp_path):
    rows = [["Lista uczestników kongresu – imię i nazwisko"],
            ["Imię i nazwisko uczestnika kongresu", "Nazwa instytucji, którą Pan/Pani reprezentuje"],
            ["Ewa Lis", "MOPS Kielce"]]  # fmt: skip
    parsed = read(write_csv(tmp_path / "l.csv", rows))
    [person] = parsed.registrants
    assert (person.first_name, person.last_name, person.organisation) == ("Ewa", "Lis", "MOPS Kielce")
    assert [r.why for r in parsed.readings] == [importer.Why.QUESTION, importer.Why.QUESTION]

"""The import window's report on a corrected export, in Polish: a lookalike under another registration
number, the guests the list lacks, the people merged rows are, and MS Forms account columns that feed
nothing."""

import csv

from conftest import screenshot_dialog
from test_import_window import HEADER, WHY, imported, opened, row_of


def write(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


FORM = ["Nr zgłoszenia", "Imię", "Nazwisko", "E-mail"]


def test_a_corrected_export_names_its_lookalike_its_missing_guest_and_whom_it_merged(qtbot, desk, tmp_path):
    first = [FORM, ["1203", "Anna", "Kowalska", "anna@uw.pl"], ["7", "Jan", "Wrona", "jan@uw.pl"]]
    imported(qtbot, opened(qtbot, desk, write(tmp_path / "Rejestracja.csv", first)))
    anna = next(guest for guest in desk.station.storage.attendees() if guest.registration_id == "1203")
    jan = next(guest for guest in desk.station.storage.attendees() if guest.registration_id == "7")
    corrected = [
        FORM, ["1388", "Anna", "Kowalska", "anna@uw.pl"], ["9", "Ewa", "Lis", "ewa@uw.pl"],
        ["9", "Ewa", "Lisowska", "ewa@uw.pl"],
    ]  # fmt: skip
    dialog = opened(qtbot, desk, write(tmp_path / "Rejestracja (1).csv", corrected))

    counts, details = dialog.counts.text(), dialog.details.toPlainText()
    assert "Nowi goście podobni do innych, ale z innym numerem zgłoszenia: 1 (szczegóły niżej)" in counts
    assert "Goście z wcześniejszych list tego formularza, których brak na tej: 2 (szczegóły niżej)" in counts
    assert (
        f"Wiersz 2 (Anna Kowalska) wygląda jak gość Anna Kowalska (nr {anna.id}, zgłoszenie 1203), ale ma "
        "zgłoszenie 1388: dodany jako nowy gość; jeśli to ta sama osoba, popraw numer na liście."
    ) in details
    assert "Na tej liście brak 2 gości z wcześniejszej listy tego formularza. Pozostają zgłoszeni" in details
    assert f"Brak na liście: Jan Wrona (nr {jan.id}, zgłoszenie 7)." in details
    assert "Wiersz 4 (Ewa Lisowska) to ta sama osoba co wiersz 3: połączono." in details
    screenshot_dialog(desk, dialog, "import-report-corrected-export")


def test_ms_forms_account_columns_show_that_they_feed_nothing_the_form_asks(qtbot, desk, tmp_path):
    rows = [
        [
            "ID",
            "Godzina rozpoczęcia",
            "Godzina ukończenia",
            "Adres e-mail",
            "Nazwa",
            "Imię",
            "Nazwisko",
            "E-mail",
        ],
        ["1", "5/1/26 10:00:00", "5/1/26 10:04:00", "anonymous", "anonymous", "Ewa", "Lis", "ewa@uw.pl"],
    ]
    dialog = opened(qtbot, desk, write(tmp_path / "ms.csv", rows))
    table = dialog.table
    fields = {
        table.item(row, HEADER).text(): table.combo(row).currentText() for row in range(table.rowCount())
    }
    assert [fields[header] for header in rows[0][:5]] == [
        "Numer zgłoszenia", "Pominięta", "Pominięta", "Pominięta", "Pominięta"
    ]  # fmt: skip
    assert table.item(row_of(dialog, "Adres e-mail"), WHY).text() == (
        "Konto wypełniającego (często anonimowe); formularz sam o to pyta"
    )
    assert (
        table.item(row_of(dialog, "ID"), WHY).text()
        == "Numer odpowiedzi w formularzu: odczytany jako numer zgłoszenia"
    )
    screenshot_dialog(desk, dialog, "import-preview-ms-forms")

"""The import preview service (`station.imports`): how each column was understood, the dry run's counts,
mapping by hand, applying, and the mapping remembered for the form, on real event files and real CSVs."""

import csv

import openpyxl
import pytest
from helpers.events import DAYS, PROGRAMME, code_of, make_station
from helpers.replicas import exchange, joined

from checkin.errors import UserError
from checkin.importing import forms, spreadsheet
from checkin.importing import preview as preview_module
from checkin.importing.columns import Why
from checkin.importing.importer import ImportFileError
from checkin.station import Station

HEADER = ["Imię", "Nazwisko", "Zakład pracy", "E-mail", "Nr zgłoszenia", "Sygnatura czasowa"]
UPDATED = [
    HEADER,
    ["Jan", "Kowalski", "CUS Starachowice", "jan@cus.pl", "R1", "2026/05/01 10:00"],
    ["Marcin", "Jóżko", "IRPiUS", "marcin@irpius.pl", "R2", "2026/05/01 10:05"],
    ["Łucja", "Gołębiowska", "MOPS Łódź", "", "R3", "2026/05/01 10:07"],
    ["Anna", "Nowak", "GOPS Wiązowna", "", "R5", "2026/05/01 10:09"],
    ["Ewa", "Lis", "PCPR Radom", "ewa@pcpr.pl", "R6", "2026/05/02 09:00"],
]
"""The test event's guests again: Jóżko with a new e-mail, Lis new; "Zakład pracy" is not a known header."""


def write(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def reading_of(preview, header):
    return next(column for column in preview.columns if column.header == header)


def test_the_preview_shows_each_column_with_its_values_field_and_why_and_writes_nothing(station, tmp_path):
    log_before = station.storage.last_log_seq()
    preview = station.imports.preview(station.imports.read(write(tmp_path / "lista.csv", UPDATED)))

    assert [(c.header, c.field, c.why) for c in preview.columns] == [
        ("Imię", "first_name", Why.LABEL), ("Nazwisko", "last_name", Why.LABEL),
        ("Zakład pracy", "extra", Why.UNRECOGNISED), ("E-mail", "email", Why.LABEL),
        ("Nr zgłoszenia", "registration_id", Why.LABEL), ("Sygnatura czasowa", "ignore", Why.BOOKKEEPING),
    ]  # fmt: skip
    assert reading_of(preview, "Imię").samples == ("Jan", "Marcin", "Łucja")
    assert reading_of(preview, "E-mail").samples == ("jan@cus.pl", "marcin@irpius.pl", "ewa@pcpr.pl")
    report = preview.report
    assert (report.created, report.updated, report.dry_run) == (1, 4, True)
    assert report.changed_fields == {"extra": 4, "email": 1}
    assert not preview.read.remembered
    assert station.storage.last_log_seq() == log_before
    assert station.find(code_of(station, "Jóżko")).email == "m.jozko@irpius.pl"


def test_a_column_mapped_by_hand_changes_the_counts_field_by_field(station, tmp_path):
    path = write(tmp_path / "lista.csv", UPDATED)
    mapped = station.imports.preview(station.imports.read(path, {"Zakład pracy": "organisation"}))

    assert (reading_of(mapped, "Zakład pracy").field, reading_of(mapped, "Zakład pracy").why) == (
        "organisation", Why.MAPPED
    )  # fmt: skip
    assert mapped.report.changed_fields == {"organisation": 1, "email": 1}
    assert (mapped.report.created, mapped.report.updated, mapped.report.unchanged) == (1, 1, 3)
    ignored = station.imports.preview(
        station.imports.read(path, {"Zakład pracy": "ignore", "E-mail": "ignore"})
    )
    assert (ignored.report.updated, ignored.report.unchanged) == (0, 4)


def test_applying_imports_with_a_snapshot_first_and_remembers_the_mapping_for_the_form(station, tmp_path):
    read = station.imports.read(write(tmp_path / "lista.csv", UPDATED), {"Zakład pracy": "organisation"})
    report = station.imports.apply(read)

    assert (report.created, report.updated, report.dry_run) == (1, 1, False)
    assert station.find(code_of(station, "Jóżko")).organisation == "IRPiUS"
    assert station.find(code_of(station, "Lis")).organisation == "PCPR Radom"
    assert "before-import" in [b.reason for b in station.backups.list_backups()]
    reordered = [[row[i] for i in (3, 0, 2, 1, 4, 5)] for row in UPDATED]
    reordered[4][2] = "MOPS Kraków"
    again = station.imports.preview(station.imports.read(write(tmp_path / "eksport-2.csv", reordered)))
    assert again.read.remembered
    assert (reading_of(again, "Zakład pracy").field, reading_of(again, "Zakład pracy").why) == (
        "organisation", Why.MAPPED
    )  # fmt: skip
    assert again.report.changed_fields == {"organisation": 1}


def test_a_list_of_a_remembered_form_has_its_rows_read_once(station, tmp_path, monkeypatch):
    """Its form is known from the header alone; reading 100,000 rows twice doubled the window's wait."""
    path = write(tmp_path / "lista.csv", UPDATED)
    station.imports.apply(station.imports.read(path, {"Zakład pracy": "organisation"}))
    calls = []
    reading = preview_module.read_registrants
    monkeypatch.setattr(
        preview_module, "read_registrants", lambda *a, **k: calls.append(k) or reading(*a, **k)
    )

    read = station.imports.read(path)
    assert read.remembered and [call["mapping"] for call in calls] == [{"Zakład pracy": "organisation"}]


def test_an_xlsx_list_of_a_remembered_form_is_read_from_disk_once(station, tmp_path, monkeypatch):
    """The header pass and the rows share the bytes `file_kind` read: a large workbook was read twice."""
    workbook = openpyxl.Workbook()
    for row in UPDATED:
        workbook.active.append(row)
    path = tmp_path / "lista.xlsx"
    workbook.save(path)
    station.imports.apply(station.imports.read(path, {"Zakład pracy": "organisation"}))
    reads = []
    reading = spreadsheet.read_bytes
    monkeypatch.setattr(spreadsheet, "read_bytes", lambda file: reads.append(file) or reading(file))

    read = station.imports.read(path)
    assert read.remembered and read.parsed.count == 5
    assert reads == [path]


def test_a_form_mapped_back_to_automatic_is_forgotten(station, tmp_path):
    path = write(tmp_path / "lista.csv", UPDATED)
    station.imports.apply(station.imports.read(path, {"Zakład pracy": "organisation"}))
    station.imports.apply(station.imports.read(path, {}, remembered=False))

    read = station.imports.read(path)
    assert (dict(read.mapping), read.remembered) == ({}, False)
    assert station.storage.event().settings[forms.SETTING] == []


def test_a_given_mapping_is_laid_over_the_remembered_one(station, tmp_path):
    path = write(tmp_path / "lista.csv", UPDATED)
    station.imports.apply(station.imports.read(path, {"Zakład pracy": "organisation", "E-mail": "ignore"}))

    read = station.imports.read(path, {"E-mail": "email"})
    assert dict(read.mapping) == {"Zakład pracy": "organisation", "E-mail": "email"}
    assert not read.remembered
    alone = station.imports.read(path, {"E-mail": "email"}, remembered=False)
    assert (dict(alone.mapping), alone.remembered) == ({"E-mail": "email"}, False)
    chosen_again = station.imports.read(
        path, {"E-mail": "ignore", "Zakład pracy": "organisation"}, remembered=False
    )
    assert chosen_again.remembered


def test_a_remembered_mapping_reads_a_form_whose_name_columns_only_it_names(station, tmp_path):
    rows = [["Prénom", "Nom de famille", "Courriel"], ["Jean", "Dupont", "jean@example.fr"]]
    path = write(tmp_path / "inscriptions.csv", rows)
    with pytest.raises(ImportFileError) as refused:
        station.imports.read(path)
    assert refused.value.code == "no_name_columns"
    station.imports.apply(
        station.imports.read(
            path, {"Prénom": "first_name", "Nom de famille": "last_name", "Courriel": "email"}
        )
    )

    read = station.imports.read(write(tmp_path / "inscriptions-2.csv", [*rows, ["Marie", "Curie", ""]]))
    assert read.remembered
    assert station.imports.preview(read).report.created == 1


def test_meal_columns_show_the_meal_their_answers_sign_up_for_even_when_nothing_changes(station, tmp_path):
    station.programme.save(PROGRAMME)
    rows = [[*HEADER, "Udział w uroczystej kolacji"]] + [[*row, "tak"] for row in UPDATED[1:]]
    path = write(tmp_path / "lista.csv", rows)
    first = station.imports.preview(station.imports.read(path))
    assert reading_of(first, "Udział w uroczystej kolacji").meal == "Uroczysta kolacja"
    assert first.report.answers.columns == {"Udział w uroczystej kolacji": "Uroczysta kolacja"}
    station.imports.apply(first.read)

    again = station.imports.preview(station.imports.read(path))
    assert again.report.updated == 0
    assert reading_of(again, "Udział w uroczystej kolacji").meal == "Uroczysta kolacja"
    assert reading_of(again, "Zakład pracy").meal == ""


def test_reception_gets_no_preview(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path, pin="1234").close()
    station = Station.open(path, day=DAYS[0])
    try:
        with pytest.raises(UserError) as refused:
            station.imports.read(write(tmp_path / "lista.csv", UPDATED))
        assert refused.value.code == "organiser_only"
    finally:
        station.close()


def test_a_file_that_is_no_list_is_refused_with_its_reason(station, tmp_path):
    picture = tmp_path / "logo.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    with pytest.raises(ImportFileError) as refused:
        station.imports.reader(picture)()
    assert refused.value.code == "binary_file"


def test_a_remembered_mapping_travels_to_the_other_stations(station, tmp_path):
    other = joined(station, tmp_path / "second.sqlite", "Recepcja 2")
    try:
        path = write(tmp_path / "lista.csv", UPDATED)
        station.imports.apply(station.imports.read(path, {"Zakład pracy": "organisation"}))
        exchange(station, other)

        read = other.imports.read(path)
        assert read.remembered
        assert dict(read.mapping) == {"Zakład pracy": "organisation"}
    finally:
        other.close()


def test_remembered_mappings_keep_the_newest_forms_and_drop_what_is_malformed():
    setting = [
        {"headers": ["imie", "nazwisko"], "mapping": {"Firma X": "organisation"}},
        {"headers": ["imie"], "mapping": {"Kolumna": "no_such_field"}},
        "not a form",
        {"headers": ["a"], "mapping": {}},
    ]
    assert [dict(f.mapping) for f in forms.remembered(setting)] == [{"Firma X": "organisation"}]
    assert forms.remembered({"headers": []}) == ()
    many = forms.remembered(setting)
    for number in range(forms.MAX_FORMS + 5):
        many = forms.remembered(forms.with_mapping(many, frozenset({f"h{number}"}), {"A": "extra"}))
    assert len(many) == forms.MAX_FORMS
    assert many[0].headers == frozenset({f"h{forms.MAX_FORMS + 4}"})

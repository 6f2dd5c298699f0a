"""A list is read, merged and written in bounded batches: the batches change nothing but the memory used."""

import csv
import sqlite3
from contextlib import closing
from dataclasses import asdict, replace

import pytest
from helpers.events import DAYS

from checkin import registering
from checkin.demo.event import load_programme, write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.importing import importer
from checkin.importing.importer import ImportFileError, read_registrants
from checkin.programme import choices
from checkin.station import Station
from checkin.storage.database import DEFERRED_INDEXES

HEADER = ["Nr zgłoszenia", "Imię", "Nazwisko", "E-mail", "Telefon"]


def write(path, rows, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as f:
        csv.writer(f, delimiter=";").writerows(rows)
    return path


def test_records_come_back_in_batches_in_the_order_of_their_first_row(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "BATCH_ROWS", 2)
    path = write(tmp_path / "l.csv", [
        HEADER,
        ["R1", "Anna", "Nowak", "anna@x.pl", ""],
        ["R2", "Jan", "Kot", "jan@x.pl", ""],
        ["R1", "Anna", "Nowak", "", "600100200"],
        ["R3", "Ewa", "Lis", "ewa@x.pl", ""],
        ["R2", "Jan", "Kot-Zieliński", "", ""],
    ])  # fmt: skip
    parsed = read_registrants(path, event_days=DAYS)
    batches = list(parsed.batches())
    assert [[p.registration_id for p in batch] for batch in batches] == [["R1", "R2"], ["R3"]]
    anna, jan = batches[0]
    assert (anna.email, anna.phone, anna.source) == ("anna@x.pl", "600100200", "l.csv:2")
    assert (jan.last_name, jan.email) == ("Kot-Zieliński", "jan@x.pl")
    assert parsed.merged == [(4, 2), (6, 3)]
    assert list(parsed.batches()) == batches  # read back as often as asked: a dry run, then the import


def _lists(tmp_path):
    """A first list, and a second one that corrects some guests, repeats some rows far apart, adds
    people and moves workshop answers."""
    people = list(generate_registrants(60, 5, DAYS))
    write_registrants_csv(tmp_path / "v1.csv", people[:45], DAYS)
    moved = [replace(p, organisation="Nowa instytucja") if i % 7 == 0 else p for i, p in enumerate(people)]
    write_registrants_csv(tmp_path / "v2.csv", moved, DAYS)
    write_registrants_csv(tmp_path / "again.csv", [replace(people[3], phone="600000003"), people[50]], DAYS)
    lines = (tmp_path / "again.csv").read_text(encoding="utf-8-sig").splitlines(keepends=True)[1:]
    with (tmp_path / "v2.csv").open("a", encoding="utf-8", newline="") as f:
        f.writelines(lines)
    return tmp_path / "v1.csv", tmp_path / "v2.csv"


def _imported(tmp_path, name, lists):
    station = Station.create(tmp_path / f"{name}.sqlite", event_name="Kongres", venue="", days=DAYS)
    station.programme.save(load_programme(days=DAYS))
    first = station.import_file(lists[0])
    dry = station.import_file(lists[1], dry_run=True)
    second = station.import_file(lists[1])
    guests = [{**asdict(a), "code": ""} for a in station.storage.attendees()]
    signups = sorted(station.storage.signups_in([s.id for s in station.storage.sessions()]))
    kinds = sorted(e.kind for e in station.storage.log_entries() if e.kind != "choices_from_answers")
    station.close()
    return [first, dry, second], guests, signups, kinds


@pytest.mark.parametrize("size", [1, 7])
def test_a_list_imported_in_small_batches_makes_the_same_event_and_report_as_in_one(
    tmp_path, monkeypatch, size
):
    lists = _lists(tmp_path)
    whole = _imported(tmp_path, "whole", lists)
    monkeypatch.setattr(importer, "BATCH_ROWS", size)
    monkeypatch.setattr(choices, "BATCH_GUESTS", size)
    batched = _imported(tmp_path, "batched", lists)
    assert batched == whole
    reports = whole[0]
    assert (reports[2].created, reports[2].merged, reports[2].answers.signed_up) == (
        15,
        2,
        reports[1].answers.signed_up,
    )
    assert reports[2].updated == reports[1].updated > 0


def test_a_cp1250_letter_far_down_the_file_decides_its_encoding(tmp_path):
    rows = [["First name", "Last name"], *(["Jan", f"Kot{i}"] for i in range(100_000))]
    path = write(tmp_path / "l.csv", rows, encoding="ascii")
    with path.open("a", encoding="cp1250", newline="") as f:
        f.write("Paweł;Słowik\r\n")
    assert path.stat().st_size > 2**20
    last = read_registrants(path, event_days=DAYS).registrants[-1]
    assert (last.first_name, last.last_name) == ("Paweł", "Słowik")


def test_too_many_rows_is_refused_before_the_rest_of_the_file_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_ROWS", 3)
    rows = [["Imię", "Nazwisko"], *(["Jan", f"Kot{i}"] for i in range(4)), ["Jan", "x" * 200_000]]
    path = write(tmp_path / "l.csv", rows)
    with pytest.raises(ImportFileError) as caught:
        read_registrants(path, event_days=DAYS)
    # Read on, the 200,000-character cell would have made the file unreadable (csv's field limit).
    assert caught.value.code == "too_many_rows"
    monkeypatch.setattr(importer, "MAX_ROWS", 10)
    with pytest.raises(ImportFileError) as caught:
        read_registrants(path, event_days=DAYS)
    assert caught.value.code == "unreadable_csv"


def _indexes(path):
    with closing(sqlite3.connect(path)) as conn:
        return sorted(conn.execute("SELECT name, sql FROM sqlite_schema WHERE type = 'index'"))


def test_a_bulk_import_builds_some_indexes_at_its_end_and_makes_the_same_event(tmp_path, monkeypatch):
    lists = _lists(tmp_path)
    whole = _imported(tmp_path, "whole", lists)
    monkeypatch.setattr(registering, "BULK_ROWS", 10)  # both lists are then larger than the event
    bulk = _imported(tmp_path, "bulk", lists)
    assert bulk == whole
    assert _indexes(tmp_path / "bulk.sqlite") == _indexes(tmp_path / "whole.sqlite")
    assert {name for name, _ in _indexes(tmp_path / "bulk.sqlite")} >= set(DEFERRED_INDEXES)
    station = Station.open(tmp_path / "bulk.sqlite")
    anyone = next(station.storage.attendees())
    assert [hit.attendee.id for hit in station.search(anyone.email)] == [anyone.id]
    assert anyone.id in [hit.attendee.id for hit in station.search(anyone.last_name)]
    station.close()


def test_a_bulk_import_that_fails_half_way_leaves_the_event_and_its_indexes_as_they_were(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(registering, "BULK_ROWS", 10)
    monkeypatch.setattr(importer, "BATCH_ROWS", 20)
    station = Station.create(tmp_path / "ev.sqlite", event_name="Kongres", venue="", days=DAYS)
    before = _indexes(tmp_path / "ev.sqlite")
    batches = []
    real = registering.Registering._batch

    def failing(self, todo):
        batches.append({row[0] for row in self.storage.conn.execute("SELECT name FROM sqlite_schema")})
        if len(batches) == 2:
            raise OSError("disk full")
        real(self, todo)

    monkeypatch.setattr(registering.Registering, "_batch", failing)
    with pytest.raises(OSError):
        station.import_file(_lists(tmp_path)[0])
    assert len(batches) == 2 and not set(DEFERRED_INDEXES) & batches[1]  # written without them
    assert station.storage.registered_count() == 0
    assert _indexes(tmp_path / "ev.sqlite") == before
    station.close()

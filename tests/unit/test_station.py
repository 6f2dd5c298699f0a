"""Check-in, undo, walk-in, edit and cancel through the Station API, on real SQLite files."""

import multiprocessing
import sqlite3

import pytest
from helpers.events import DAYS, code_of, make_station

from checkin import codes
from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.domain import Registrant, VerdictKind
from checkin.errors import UserError
from checkin.station import Station


def test_first_scan_checks_in_and_second_reports_the_first(station):
    code = code_of(station, "Kowalski")
    first = station.check_in(code)
    assert first.kind is VerdictKind.CHECKED_IN
    assert first.attendee.last_name == "Kowalski"
    again = station.check_in(code)
    assert again.kind is VerdictKind.ALREADY_CHECKED_IN
    assert again.first_check_in.station == "Recepcja 1"
    assert again.first_check_in.staff == "Ola"
    assert again.first_check_in.at.startswith("20")
    assert station.stats().checked_in == {DAYS[0]: 1}


def test_check_in_by_numeric_id_and_by_code_typed_in_lower_case(station):
    attendee = station.find(code_of(station, "Nowak"))
    assert station.check_in(str(attendee.id)).kind is VerdictKind.CHECKED_IN
    assert station.check_in(attendee.code.lower()).kind is VerdictKind.ALREADY_CHECKED_IN


def test_forged_code_is_rejected_without_touching_the_database(station):
    forged = codes.new_code(codes.new_secret())
    statements = []
    station.storage.conn.set_trace_callback(statements.append)
    verdict = station.check_in(forged)
    station.storage.conn.set_trace_callback(None)
    assert verdict.kind is VerdictKind.UNKNOWN_CODE
    assert verdict.attendee is None
    assert statements == []
    assert station.stats().checked_in == {}


def test_valid_code_of_nobody_is_unknown(station):
    assert station.check_in(codes.new_code(station.event.secret)).kind is VerdictKind.UNKNOWN_CODE
    assert station.check_in("999999").kind is VerdictKind.UNKNOWN_CODE


def test_guest_registered_for_another_day_gets_amber_not_a_check_in(station):
    verdict = station.check_in(code_of(station, "Коваленко"))
    assert verdict.kind is VerdictKind.NOT_REGISTERED_TODAY
    assert station.check_in(code_of(station, "Коваленко"), day="2").kind is VerdictKind.CHECKED_IN


def test_cancelled_guest_is_refused_and_restored_guest_admitted(station):
    attendee = station.find(code_of(station, "Nowak"))
    station.registrations.cancel(attendee.id, "rezygnacja mailowa")
    assert station.check_in(attendee.code).kind is VerdictKind.CANCELLED
    station.registrations.restore(attendee.id, "jednak przyjechała")
    assert station.check_in(attendee.code).kind is VerdictKind.CHECKED_IN


def test_honorary_guest_and_guest_with_notes_raise_an_alert(station):
    assert station.check_in(code_of(station, "Gołębiowska")).alert
    assert not station.check_in(code_of(station, "Kowalski")).alert


def test_undo_needs_a_reason_and_takes_the_guest_back_out(station):
    code = code_of(station, "Kowalski")
    station.check_in(code)
    with pytest.raises(UserError) as error:
        station.undo(code, "   ")
    assert error.value.code == "reason_required"
    undone = station.undo(code, "pomyłka – inna osoba")
    assert undone.check_in is not None
    assert station.stats().checked_in == {}
    assert station.undo(code, "again").check_in is None
    assert station.check_in(code).kind is VerdictKind.CHECKED_IN


def test_every_state_change_is_in_the_log_with_who_where_when(station):
    code = code_of(station, "Kowalski")
    attendee = station.find(code)
    station.check_in(code)
    station.undo(code, "zły skan")
    station.edit(attendee.id, {"organisation": "CUS w Starachowicach"}, reason="literówka")
    station.registrations.cancel(attendee.id, "rezygnacja")
    entries = [e for e in station.storage.log_entries() if e.attendee_id == attendee.id]
    assert [e.kind for e in entries] == ["register", "check_in", "undo", "edit", "cancel"]
    check_in, undo, edit, cancel = entries[1:]
    assert (check_in.day, check_in.station, check_in.staff) == (DAYS[0], "Recepcja 1", "Ola")
    assert undo.reason == "zły skan" and undo.data == {"undoes": check_in.uuid}
    assert edit.data == {"organisation": ["CUS Starachowice", "CUS w Starachowicach"]}
    assert cancel.reason == "rezygnacja"
    assert len({e.uuid for e in entries}) == len(entries)


def test_the_log_cannot_be_rewritten(station):
    station.check_in(code_of(station, "Kowalski"))
    with pytest.raises(sqlite3.IntegrityError):
        station.storage.conn.execute("UPDATE log SET station = 'x'")
    with pytest.raises(sqlite3.IntegrityError):
        station.storage.conn.execute("DELETE FROM log")


def test_walk_in_creates_and_checks_in_in_one_go_and_is_findable(station):
    verdict = station.walk_in(
        Registrant(
            first_name="Zofia", last_name="Wiśniewska", organisation="Starostwo", email=" Zofia.W@Example.PL "
        )
    )
    assert verdict.kind is VerdictKind.CHECKED_IN
    assert verdict.attendee.email == "zofia.w@example.pl"
    assert codes.is_valid(verdict.attendee.code, station.event.secret)
    hits = station.search("wisniew")
    assert [h.attendee.id for h in hits] == [verdict.attendee.id]
    assert hits[0].checked_in
    kinds = [e.kind for e in station.storage.log_entries(attendee_id=verdict.attendee.id)]
    assert kinds == ["walk_in", "check_in"]


def test_walk_in_without_a_name_is_refused_and_changes_nothing(station):
    before = station.storage.last_log_seq()
    with pytest.raises(UserError) as error:
        station.walk_in(Registrant(first_name=" ", last_name=""))
    assert error.value.code == "name_required"
    assert station.storage.last_log_seq() == before


def test_edit_of_a_misspelt_name_is_searchable_at_once(station):
    attendee = station.find(code_of(station, "Nowak"))
    station.edit(attendee.id, {"last_name": "Nowakowska"})
    assert [h.attendee.id for h in station.search("nowakowska")] == [attendee.id]
    with pytest.raises(UserError):
        station.edit(attendee.id, {"code": "X"})


def test_a_guest_written_in_cyrillic_is_found_by_the_polish_spelling_of_the_name(station):
    station.register([Registrant(first_name="Юлія", last_name="Шевченко", city="Львів")], reason="test")
    assert [h.attendee.last_name for h in station.search("julia szewczenko")] == ["Шевченко"]
    edited = station.search("szewczenko")[0].attendee
    station.edit(edited.id, {"last_name": "Поліщук"})
    assert [h.attendee.id for h in station.search("poliszczuk")] == [edited.id]  # an edit too, at once
    assert station.search("szewczenko") == []


def test_search_marks_who_is_checked_in_today(station):
    station.check_in(code_of(station, "Kowalski"))
    hits = station.search("ko")
    assert [(h.attendee.last_name, h.checked_in) for h in hits] == [("Коваленко", False), ("Kowalski", True)]


def test_search_follows_writes_made_by_another_process_on_the_same_file(station, tmp_path):
    station.search("x")
    other = Station.open(station.storage.path, name="Recepcja 2", day=DAYS[0])
    other.walk_in(Registrant(first_name="Piotr", last_name="Zając"))
    other.close()
    hits = station.search("zajac")
    assert [h.attendee.last_name for h in hits] == ["Zając"]
    assert hits[0].checked_in


def test_event_day_is_today_only_on_an_event_day(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    from datetime import date

    assert station.event_day_today(date(2026, 6, 22)) == DAYS[1]
    assert station.event_day_today(date(2026, 6, 23)) is None
    station.day = None
    with pytest.raises(UserError) as error:
        station.check_in(code_of(station, "Kowalski"))
    assert error.value.code == "no_event_today"
    assert station.resolve_day("2") == DAYS[1]
    with pytest.raises(UserError):
        station.resolve_day("2026-07-01")


def test_stats_count_people_by_category_and_day(station):
    station.check_in(code_of(station, "Kowalski"))
    station.check_in(code_of(station, "Kowalski"))
    stats = station.stats()
    assert stats.registered == 5
    assert stats.checked_in == {DAYS[0]: 1}
    assert stats.expected == {DAYS[0]: 4, DAYS[1]: 5}
    assert stats.by_category == {"participant": 3, "speaker": 1, "honorary_guest": 1}


def test_namesakes_are_flagged_so_the_desk_never_picks_one(station):
    station.register([Registrant(first_name="Jan", last_name="Kowalski", organisation="MOPS Kielce",
                                 registration_id="R9")], reason="test")  # fmt: skip
    hits = station.search("jan kowalski")
    assert [(h.attendee.organisation, h.ambiguous) for h in hits] == [
        ("CUS Starachowice", True),
        ("MOPS Kielce", True),
    ]
    assert not station.search("nowak")[0].ambiguous


def test_similar_people_finds_a_walk_in_who_is_already_registered(station):
    similar = station.similar_people(Registrant(first_name="jan", last_name="KOWALSKI"))
    assert [a.last_name for a in similar] == ["Kowalski"]
    by_email = station.similar_people(Registrant(first_name="Piotr", last_name="Lis", email="jan@cus.pl"))
    assert [a.last_name for a in by_email] == ["Kowalski"]
    assert station.similar_people(Registrant(first_name="Piotr", last_name="Lis")) == []


def test_guests_sharing_an_email_are_listed_not_picked(station):
    ewa = Registrant(first_name="Ewa", last_name="Lis", email="jan@cus.pl", registration_id="R8")
    station.register([ewa],
                     reason="test")  # fmt: skip
    hits = station.search("jan@cus.pl")
    assert sorted(h.attendee.last_name for h in hits) == ["Kowalski", "Lis"]
    assert all(h.ambiguous for h in hits)
    assert [h.attendee.last_name for h in station.search("m.jozko@irpius.pl")] == ["Jóżko"]


def test_two_imports_of_one_list_at_once_do_not_double_anyone(tmp_path):
    from helpers.workers import import_file

    path = tmp_path / "event.sqlite"
    make_station(path, guests=()).close()
    listing = tmp_path / "lista.csv"
    write_registrants_csv(listing, generate_registrants(2000, 8, DAYS), DAYS)
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    workers = [context.Process(target=import_file, args=(str(path), str(listing), start)) for _ in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0]
    again = Station.open(path)
    assert again.stats().registered == 2000


def test_a_list_without_categories_keeps_the_honorary_guest(station, tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text("Nr zgłoszenia;Imię;Nazwisko\nR3;Łucja;Gołębiowska\n", encoding="utf-8")
    assert station.import_file(listing).unchanged == 1
    assert station.find(code_of(station, "Gołębiowska")).category == "honorary_guest"


def test_a_locked_event_file_is_reported_and_nothing_is_saved(station, monkeypatch):
    monkeypatch.setenv("CHECKIN_BUSY_TIMEOUT_S", "0.2")
    desk = Station.open(station.storage.path, day=DAYS[0])
    blocker = sqlite3.connect(station.storage.path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(UserError) as error:
            desk.check_in(code_of(desk, "Kowalski"))
    finally:
        blocker.rollback()
    assert error.value.code == "not_saved_file_locked"
    assert desk.stats().checked_in == {}
    assert desk.check_in(code_of(desk, "Kowalski")).kind is VerdictKind.CHECKED_IN

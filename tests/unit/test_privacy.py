"""Clearing personal data: nothing personal left anywhere in the file's bytes, every number unchanged."""

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from helpers.events import DAYS, GUESTS, PROGRAMME, code_of, make_station, session_titled
from helpers.replicas import joined, pull

from checkin import privacy
from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.station import Station
from checkin.storage.database import migration_backup

PIN = "Kielce-4817"
STAFF = "Aleksandra Dyżurna"
PHONES = ("+48 601 234 567", "502-111-333", "(41) 367 00 11", "+380 44 555 66 77", "600700800")
WALK_IN = Registrant(
    first_name="Bartłomiej", last_name="Przybysz", email="bartek@przybysz.pl", phone="+48 799 000 111",
    organisation="Spółdzielnia Socjalna Razem", city="Skarżysko",
)  # fmt: skip
GUESTS_WITH_DETAILS = tuple(
    replace(
        guest, phone=phone, city="Starachowice", needs="dieta bezglutenowa", position="Kierowniczka działu",
        extra={"Skąd wiesz o kongresie": f"od koleżanki {guest.last_name}"}, consent_data=True,
    )
    for guest, phone in zip(GUESTS, PHONES, strict=True)
)  # fmt: skip


def personal_texts() -> list[str]:
    """Everything the purge must leave nowhere: names, e-mails, phones, and what desks typed about people."""
    texts = [STAFF, "Kierowniczka działu", "dieta bezglutenowa", "od koleżanki", "bez laktozy",
             "pomylony Kowalski", "literówka w nazwisku", "Starachowice"]  # fmt: skip
    for g in (*GUESTS_WITH_DETAILS, WALK_IN):
        texts += [g.first_name, g.last_name, g.email, g.phone, g.organisation, g.notes]
    return [text for text in texts if text]


def file_bytes(path: Path) -> bytes:
    """The event file, its WAL, and every backup: all the bytes the event left on the disk."""
    files = [path, path.with_name(f"{path.name}-wal"), *path.parent.glob(f"{path.stem}.before-schema-*")]
    folder = path.with_name(f"{path.name}.backups")
    files += sorted(folder.iterdir()) if folder.exists() else []
    return b"".join(f.read_bytes() for f in files if f.is_file())


def found_in(data: bytes, texts: list[str]) -> list[str]:
    return [text for text in texts if text.encode() in data or text.lower().encode() in data]


def numbers(station: Station) -> tuple[object, ...]:
    return station.stats(), station.programme.counts(), station.programme.sessions()


@pytest.fixture
def event(tmp_path):
    """An event after a busy day: check-ins, an undo, a correction, a walk-in, workshops, meals with diets,
    door scans, printed badges, backups, and the copy an old migration left."""
    path = tmp_path / "event.sqlite"
    station = Station.create(path, event_name="II Kongres CUS", venue="Hotel", days=DAYS, pin=PIN,
                             name="Recepcja 1", staff=STAFF)  # fmt: skip
    station.register(list(GUESTS_WITH_DETAILS), reason="import lista.csv")
    station.programme.save(PROGRAMME)
    station.storage.backup(migration_backup(path, 4))
    kowalski, nowak = station.find(code_of(station, "Kowalski")), station.find(code_of(station, "Nowak"))
    for guest in (kowalski, nowak, station.find(code_of(station, "Jóżko"))):
        station.check_in(guest.code, DAYS[0])
    station.undo(nowak.code, "pomylony Kowalski", DAYS[0])
    station.edit(kowalski.id, {"last_name": "Kowalsky"}, reason="literówka w nazwisku")
    station.edit(kowalski.id, {"last_name": "Kowalski"})
    station.walk_in(WALK_IN, DAYS[1])
    dinner, workshop = (session_titled(station, session.title) for session in PROGRAMME[1:3])
    station.choices.choose(kowalski.id, dinner.id, diet="bez laktozy")
    station.choices.choose(kowalski.id, workshop.id)
    station.door.enter(kowalski.code, workshop.id)
    station.badges.record_prints([kowalski.id, nowak.id], "a6")
    station.backups.snapshot()
    yield station
    station.close()


def test_a_purge_leaves_no_personal_data_in_the_file_its_wal_or_its_backups(event):
    path = event.storage.path
    assert set(found_in(file_bytes(path), personal_texts())) == set(personal_texts())  # the test can see
    before = numbers(event)

    purged = event.privacy.purge("ii kongres cus")

    assert found_in(file_bytes(path), personal_texts()) == []
    assert purged.wal_emptied and purged.attendees == len(GUESTS) + 1 and purged.backups_removed == 2
    assert numbers(event) == before
    assert [b.reason for b in event.backups.list_backups()] == ["after-purge"]
    assert not list(path.parent.glob("*.before-schema-*"))


def test_a_purge_keeps_categories_days_and_statuses_and_no_code_leads_back(event):
    kowalski_code = code_of(event, "Kowalski")
    event.privacy.purge("II Kongres CUS")
    people = list(event.storage.attendees())
    assert sorted(p.category for p in people) == sorted(g.category or "participant" for g in
                                                        (*GUESTS_WITH_DETAILS, WALK_IN))  # fmt: skip
    assert [p.days for p in people][: len(GUESTS)] == [g.days for g in GUESTS_WITH_DETAILS]
    assert all(not p.first_name and not p.last_name and not p.email and not p.extra for p in people)
    assert event.find(kowalski_code) is None
    assert event.search("Kowalski") == []
    assert event.storage.log_entries()[-1].kind == "purge"


def test_the_log_is_append_only_again_after_a_purge(event):
    event.privacy.purge("II Kongres CUS")
    conn = sqlite3.connect(event.storage.path)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute("UPDATE log SET staff = 'x'")
    conn.close()


def test_another_desk_forgets_the_names_after_a_purge(event):
    other = Station.open(event.storage.path, name="Recepcja 2", day=DAYS[0])
    assert other.search("Kowalski")
    event.privacy.purge("II Kongres CUS")
    assert other.changed_elsewhere()
    assert other.search("Kowalski") == []
    other.close()


def test_a_purge_needs_the_organiser_and_the_event_name(event):
    path, seq = event.storage.path, event.storage.last_log_seq()
    for typed in ("", "tak", "II Kongres"):
        with pytest.raises(UserError) as refused:
            event.privacy.purge(typed)
        assert refused.value.code == "purge_not_confirmed"
    desk = Station.open(path, name="Recepcja 2")
    with pytest.raises(UserError) as reception:
        desk.privacy.purge("II Kongres CUS")
    assert reception.value.code == "organiser_only"
    assert event.storage.last_log_seq() == seq
    assert event.search("Kowalski")
    desk.close()


@pytest.mark.parametrize(
    ("typed", "confirms"),
    [("kongres  TESTOWY", True), (" Kongres testowy ", True), ("Kongres", False), ("", False), (" ", False)],
)
def test_the_typed_name_confirms_as_the_purge_compares_it(typed, confirms):
    assert privacy.confirms(typed, "Kongres testowy") is confirms


def test_a_purge_keeps_which_scans_an_undo_took_back_after_a_double_check_in(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    guest = code_of(first, "Kowalski")
    first.check_in(guest, day=DAYS[0])
    second.check_in(guest, day=DAYS[0])
    pull(second, first)
    second.undo(guest, "pomyłka", day=DAYS[0])
    second.privacy.purge("Kongres testowy")
    assert [s.undone for s in second.storage.scans() if s.kind == "check_in"] == [True, True]


def test_a_purge_that_cannot_be_finished_keeps_the_event_closed_saying_what_to_do(event, monkeypatch):
    path = event.storage.path
    event.privacy.purge("II Kongres CUS")
    with event.storage.transaction():
        event.storage.set_purge_pending(True)  # as if it had been killed before compacting the file
    event.close()
    monkeypatch.setenv("CHECKIN_BUSY_TIMEOUT_S", "0.1")
    other_program = sqlite3.connect(path)
    other_program.execute("BEGIN IMMEDIATE")  # holds the file's write lock: no VACUUM can run

    with pytest.raises(UserError) as refused:
        Station.open(path)

    assert refused.value.code == "purge_unfinished"
    assert "open the event again" in str(refused.value)
    other_program.rollback()
    other_program.close()
    desk = Station.open(path)
    assert not desk.storage.purge_pending()
    desk.close()


def test_no_snapshot_is_taken_while_a_purge_is_pending(event):
    with event.storage.transaction():
        event.storage.set_purge_pending(True)
    before = event.backups.list_backups()
    assert event.backups.snapshot() is None
    assert event.backups.list_backups() == before

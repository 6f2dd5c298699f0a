"""Reception and organiser: what reception may not do, the PIN that unlocks a desk, and its rate limit."""

import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers.events import DAYS, GUESTS, PROGRAMME, code_of, session_titled

from checkin.badges.template import BadgeTemplate
from checkin.demo.event import create_demo_event
from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.roles import FIRST_WAIT_S, LONGEST_WAIT_S, check_pin, seconds_to_wait
from checkin.station import Station

PIN = "Kielce-4817"
"""Distinctive, so that finding its bytes in the file could not be a coincidence."""
NOW = datetime(2026, 6, 21, 9, 0).astimezone()


def organised_event(path: Path) -> None:
    """A small event with a PIN, its guests and programme, closed again: every test opens it as a desk."""
    station = Station.create(path, event_name="Kongres testowy", venue="Hotel", days=DAYS, pin=PIN)
    station.register(list(GUESTS), reason="test fixture")
    station.programme.save(PROGRAMME)
    station.close()


@pytest.fixture
def desk(tmp_path):
    path = tmp_path / "event.sqlite"
    organised_event(path)
    station = Station.open(path, name="Recepcja 1", staff="Ola", day=DAYS[0])
    yield station
    station.close()


def refused(action) -> None:
    with pytest.raises(UserError) as raised:
        action()
    assert raised.value.code == "organiser_only"


def test_a_desk_opens_in_reception_and_refuses_organiser_functions_changing_nothing(desk, tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko\nZofia;Wiśniewska\n", encoding="utf-8")
    programme = tmp_path / "programme.csv"
    programme.write_text("Dzień;Początek;Koniec;Tytuł\n1;09:00;10:00;Otwarcie\n", encoding="utf-8")
    before = desk.storage.last_log_seq()

    assert not desk.roles.is_organiser
    refused(lambda: desk.import_file(listing))
    refused(lambda: desk.import_file(listing, dry_run=True))
    refused(lambda: desk.register([Registrant(first_name="Zofia", last_name="Wiśniewska")], reason="x"))
    refused(lambda: desk.programme.save(desk.programme.sessions()))
    refused(lambda: desk.programme.import_file(programme))
    refused(lambda: desk.badges.save_template(BadgeTemplate()))
    refused(lambda: desk.privacy.purge("Kongres testowy"))
    refused(lambda: desk.backups.restore("anything"))
    refused(desk.roles.require_organiser)
    refused(lambda: desk.roles.change_pin(PIN, "9876-new"))
    assert desk.storage.last_log_seq() == before
    assert not desk.backups.list_backups()


def test_reception_keeps_the_desk_work(desk):
    kowalski = desk.find(code_of(desk, "Kowalski"))
    assert desk.check_in(kowalski.code).kind.value == "checked_in"
    assert desk.undo(kowalski.code, "pomyłka").check_in is not None
    assert desk.walk_in(Registrant(first_name="Ewa", last_name="Nowa")).kind.value == "checked_in"
    assert desk.edit(kowalski.id, {"organisation": "CUS Kielce"}).organisation == "CUS Kielce"
    workshop = session_titled(desk, PROGRAMME[2].title)
    assert desk.choices.choose(kowalski.id, workshop.id).session == workshop
    assert desk.door.enter(kowalski.code, workshop.id).kind.value == "entered"
    desk.badges.record_prints([kowalski.id], "a6")
    assert desk.badges.print_count(kowalski.id) == 1
    assert desk.backups.snapshot() is not None
    assert desk.search("Kowalski")


def test_the_right_pin_unlocks_this_desk_only_and_lock_goes_back(desk):
    other = Station.open(desk.storage.path, name="Recepcja 2")
    assert desk.roles.unlock(f"  {PIN} ")
    assert desk.roles.is_organiser
    desk.roles.require_organiser()
    assert not other.roles.is_organiser
    desk.roles.lock()
    assert not desk.roles.is_organiser
    other.close()


def test_the_desk_opened_again_on_another_thread_is_the_same_desk_in_the_same_role(desk):
    reception = desk.opener()
    assert desk.roles.unlock(PIN)
    organiser = desk.opener()
    seen = []

    def on_the_worker() -> None:  # a connection belongs to the thread that made it, and is used there
        for opener in (reception, organiser):
            station = opener()
            seen.append((station.name, station.staff, station.day, station.roles.is_organiser))
            station.close()

    worker = threading.Thread(target=on_the_worker)
    worker.start()
    worker.join(10)
    assert seen == [("Recepcja 1", "Ola", DAYS[0], False), ("Recepcja 1", "Ola", DAYS[0], True)]


def test_the_creator_of_an_event_is_its_organiser(tmp_path):
    station = Station.create(tmp_path / "e.sqlite", event_name="Zjazd", venue="", days=DAYS, pin=PIN)
    assert station.roles.is_organiser
    station.roles.lock()
    assert not station.roles.is_organiser


def test_an_event_without_a_pin_leaves_everything_open(tmp_path):
    station = Station.create(tmp_path / "e.sqlite", event_name="Zjazd", venue="", days=DAYS)
    station.roles.lock()
    assert not station.roles.has_pin
    assert station.roles.is_organiser
    assert station.roles.unlock("whatever")
    station.roles.require_organiser()


def test_the_demo_event_has_the_documented_pin(tmp_path):
    station = create_demo_event(tmp_path / "demo.sqlite", registrants=5)
    assert not station.roles.is_organiser
    assert station.roles.unlock("1234")


def test_wrong_pins_make_the_next_try_wait_longer_each_time_even_after_reopening(desk):
    for attempt in range(3):
        assert not desk.roles.unlock(f"wrong-{attempt}", now=NOW)
    path = desk.storage.path
    desk.close()
    reopened = Station.open(path, name="Recepcja 2")  # closing the app does not reset the count
    with pytest.raises(UserError) as waiting:
        reopened.roles.unlock(PIN, now=NOW + timedelta(seconds=10))
    assert waiting.value.code == "pin_wait"
    assert waiting.value.params["seconds"] == str(FIRST_WAIT_S - 10)
    assert not reopened.roles.is_organiser

    assert not reopened.roles.unlock("wrong-again", now=NOW + timedelta(seconds=FIRST_WAIT_S))
    with pytest.raises(UserError) as longer:
        reopened.roles.unlock(PIN, now=NOW + timedelta(seconds=FIRST_WAIT_S + 1))
    assert longer.value.params["seconds"] == str(2 * FIRST_WAIT_S - 1)

    assert reopened.roles.unlock(PIN, now=NOW + timedelta(seconds=3 * FIRST_WAIT_S))
    reopened.roles.lock()
    assert not reopened.roles.unlock("wrong", now=NOW + timedelta(seconds=3 * FIRST_WAIT_S))  # counted anew
    assert reopened.roles.unlock(PIN, now=NOW + timedelta(seconds=3 * FIRST_WAIT_S))
    reopened.close()


def test_tries_during_a_wait_are_neither_checked_nor_counted(desk):
    for attempt in range(3):
        desk.roles.unlock(f"wrong-{attempt}", now=NOW)
    seq = desk.storage.last_log_seq()
    for _ in range(5):
        with pytest.raises(UserError):
            desk.roles.unlock("wrong", now=NOW + timedelta(seconds=1))
    assert desk.storage.last_log_seq() == seq


def test_the_wait_is_capped():
    last = NOW.isoformat()
    assert seconds_to_wait(2, last, NOW) == 0
    assert seconds_to_wait(3, last, NOW) == FIRST_WAIT_S
    assert seconds_to_wait(4, last, NOW) == 2 * FIRST_WAIT_S
    assert seconds_to_wait(1000, last, NOW) == LONGEST_WAIT_S
    assert seconds_to_wait(3, last, NOW - timedelta(hours=1)) == FIRST_WAIT_S  # a clock put back


def test_the_pin_is_not_in_the_file_in_clear(tmp_path):
    path = tmp_path / "event.sqlite"
    organised_event(path)
    station = Station.open(path)
    station.roles.unlock(PIN)
    station.roles.change_pin(PIN, "Radom-2931")
    data = b"".join(f.read_bytes() for f in tmp_path.iterdir() if f.is_file())
    for pin in (PIN, "Radom-2931"):
        assert pin.encode() not in data
        assert pin.encode("utf-16-le") not in data
    stored = station.storage.organiser_pin()
    assert stored is not None and len(stored.salt) == 16 and stored.n >= 2**14


def test_changing_the_pin_needs_the_old_one(desk):
    assert desk.roles.unlock(PIN)
    with pytest.raises(UserError) as wrong:
        desk.roles.change_pin("not-it", "Radom-2931")
    assert wrong.value.code == "wrong_pin"
    desk.roles.change_pin(PIN, "Radom-2931")
    desk.roles.lock()
    assert not desk.roles.unlock(PIN)
    assert desk.roles.unlock("Radom-2931")


def test_a_first_pin_can_be_set_on_an_event_without_one(tmp_path):
    station = Station.create(tmp_path / "e.sqlite", event_name="Zjazd", venue="", days=DAYS)
    station.roles.change_pin("", PIN)
    station.roles.lock()
    assert not station.roles.is_organiser
    assert station.roles.unlock(PIN)


@pytest.mark.parametrize("pin", ["", "123", " 12 ", "x" * 65])
def test_a_form_can_check_a_pin_as_it_is_typed_by_the_rule_the_hash_applies(pin):
    with pytest.raises(UserError) as bad:
        check_pin(pin)
    assert bad.value.params == {"min": "4", "max": "64"}
    assert check_pin(" 4821 ") == "4821"


@pytest.mark.parametrize("pin", ["", "123", " 12 ", "x" * 65])
def test_a_pin_too_short_or_too_long_is_refused_before_the_file_is_made(tmp_path, pin):
    path = tmp_path / "e.sqlite"
    with pytest.raises(UserError) as bad:
        Station.create(path, event_name="Zjazd", venue="", days=DAYS, pin=pin)
    assert bad.value.code == "bad_pin"
    assert not path.exists()

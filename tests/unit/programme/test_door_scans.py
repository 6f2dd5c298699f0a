"""Door mode: scans at a session's entrance, on real event files."""

import pytest
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled

from checkin.domain import DoorVerdictKind

MANAGEMENT, ORGANISING = "Zarządzanie usługami społecznymi", "Organizowanie Społeczności Lokalnej"


@pytest.fixture
def station(tmp_path):
    s = make_station(tmp_path / "event.sqlite", name="Drzwi Warszawa", staff="Piotr", day=DAYS[0])
    s.programme.save(PROGRAMME)
    yield s
    s.close()


def choose(station, last_name, title):
    station.choices.choose(station.find(code_of(station, last_name)).id, session_titled(station, title).id)


def enter(station, last_name, title, **kwargs):
    return station.door.enter(code_of(station, last_name), session_titled(station, title).id, **kwargs)


def test_a_signed_up_guest_enters_once_and_a_second_scan_says_when(station):
    choose(station, "Kowalski", MANAGEMENT)

    first = enter(station, "Kowalski", MANAGEMENT)
    again = enter(station, "Kowalski", MANAGEMENT)

    assert first.kind is DoorVerdictKind.ENTERED and first.attendee.last_name == "Kowalski"
    assert (first.counts.entered, first.counts.in_room) == (1, 1)
    assert again.kind is DoorVerdictKind.ALREADY_ENTERED
    assert again.entry.at == first.entry.at and again.entry.station == "Drzwi Warszawa"
    assert again.counts.entered == 1


def test_a_guest_who_chose_another_room_is_told_where_to_go_and_nothing_is_recorded(station):
    choose(station, "Kowalski", ORGANISING)

    verdict = enter(station, "Kowalski", MANAGEMENT)

    assert verdict.kind is DoorVerdictKind.NOT_SIGNED_UP
    assert (verdict.right_session.title, verdict.right_session.room) == (ORGANISING, "Bruksela")
    assert verdict.counts.entered == 0
    assert not [e for e in station.storage.log_entries() if e.kind == "entry"]


def test_admitting_records_the_switch_and_moves_the_counts(station):
    choose(station, "Kowalski", ORGANISING)
    enter(station, "Kowalski", ORGANISING)

    verdict = enter(station, "Kowalski", MANAGEMENT, admit=True)

    assert verdict.kind is DoorVerdictKind.ENTERED and verdict.switched_from.title == ORGANISING
    management, organising = (
        station.programme.counts_of(session_titled(station, t)) for t in (MANAGEMENT, ORGANISING)
    )
    assert (management.signed_up, management.entered, management.in_room) == (1, 1, 1)
    assert (organising.signed_up, organising.entered, organising.in_room) == (0, 0, 0)
    kowalski = station.find(code_of(station, "Kowalski"))
    assert [s.session.title for s in station.choices.of(kowalski.id)] == [MANAGEMENT]


def test_a_full_workshop_turns_away_a_guest_not_signed_up_unless_overridden(station):
    for name in ("Kowalski", "Jóżko"):
        choose(station, name, MANAGEMENT)

    refused = enter(station, "Nowak", MANAGEMENT, admit=True)
    admitted = enter(station, "Nowak", MANAGEMENT, admit=True, override="prowadząca zgodziła się")

    assert refused.kind is DoorVerdictKind.SESSION_FULL and refused.counts.entered == 0
    assert admitted.kind is DoorVerdictKind.ENTERED and admitted.overridden
    assert admitted.counts.signed_up == 3
    [entry] = [e for e in station.storage.log_entries() if e.kind == "entry"]
    assert entry.reason == "prowadząca zgodziła się" and entry.staff == "Piotr"


def test_signed_up_guests_always_have_their_seat_in_a_full_workshop(station):
    for name in ("Kowalski", "Jóżko"):
        choose(station, name, MANAGEMENT)
    assert [enter(station, name, MANAGEMENT).kind for name in ("Kowalski", "Jóżko")] == [
        DoorVerdictKind.ENTERED
    ] * 2


def test_a_plenary_room_is_full_when_as_many_are_inside_as_it_seats(station):
    for name in ("Kowalski", "Jóżko", "Gołębiowska"):
        assert enter(station, name, "Otwarcie").kind is DoorVerdictKind.ENTERED

    assert enter(station, "Nowak", "Otwarcie").kind is DoorVerdictKind.SESSION_FULL
    station.door.leave(code_of(station, "Kowalski"), session_titled(station, "Otwarcie").id)
    assert enter(station, "Nowak", "Otwarcie").kind is DoorVerdictKind.ENTERED


def test_the_dinner_admits_only_those_signed_up_and_admitting_signs_them_up(station):
    choose(station, "Nowak", "Uroczysta kolacja")
    assert enter(station, "Nowak", "Uroczysta kolacja").kind is DoorVerdictKind.ENTERED

    refused = enter(station, "Kowalski", "Uroczysta kolacja")
    assert refused.kind is DoorVerdictKind.NOT_SIGNED_UP and refused.right_session is None
    assert enter(station, "Kowalski", "Uroczysta kolacja", admit=True).counts.signed_up == 2


def test_exit_scans_count_who_is_in_the_room_now(station):
    for name in ("Kowalski", "Nowak"):
        enter(station, name, "Otwarcie")
    session = session_titled(station, "Otwarcie")

    left = station.door.leave(code_of(station, "Nowak"), session.id)
    twice = station.door.leave(code_of(station, "Nowak"), session.id)
    back = enter(station, "Nowak", "Otwarcie")

    assert left.kind is DoorVerdictKind.EXITED and (left.counts.entered, left.counts.in_room) == (2, 1)
    assert twice.kind is DoorVerdictKind.NOT_IN_ROOM
    assert back.kind is DoorVerdictKind.ENTERED and (back.counts.entered, back.counts.in_room) == (2, 2)


def test_unknown_forged_and_cancelled_codes_never_get_in(station):
    session = session_titled(station, "Otwarcie")
    kowalski = code_of(station, "Kowalski")
    station.registrations.cancel(station.find(kowalski).id, "rezygnacja")

    assert station.door.enter("ABCDEFGHJKLMNPQRS", session.id).kind is DoorVerdictKind.UNKNOWN_CODE
    assert (
        station.door.enter(kowalski[:-1] + ("A" if kowalski[-1] != "A" else "B"), session.id).attendee is None
    )
    cancelled = station.door.enter(kowalski, session.id, admit=True)
    assert cancelled.kind is DoorVerdictKind.NOT_SIGNED_UP
    assert station.programme.counts_of(session).entered == 0


def test_a_day_two_session_is_recorded_at_a_door_running_on_day_one(station):
    choose(station, "Kowalski", MANAGEMENT)
    verdict = enter(station, "Kowalski", MANAGEMENT)
    assert verdict.kind is DoorVerdictKind.ENTERED
    [entry] = [e for e in station.storage.log_entries() if e.kind == "entry"]
    assert entry.day == DAYS[1]


def test_a_guest_not_registered_for_the_day_is_not_signed_up_for_its_plenary(station):
    verdict = enter(station, "Коваленко", "Otwarcie")  # day two only
    assert verdict.kind is DoorVerdictKind.NOT_SIGNED_UP
    assert enter(station, "Коваленко", "Otwarcie", admit=True).kind is DoorVerdictKind.ENTERED

"""The small rules the frozen records carry themselves."""

from dataclasses import replace

from checkin.domain import Session, SessionCounts


def session(kind: str, **changes) -> Session:
    base = Session(
        day=1, start="10:00", end="11:00", title="Otwarcie", room="Bruksela", kind=kind, capacity=200
    )
    return replace(base, **changes)


def test_seats_of_a_session_with_sign_ups_are_taken_by_signing_up():
    counts = SessionCounts(session(kind="social", signup=True), signed_up=150, entered=20, in_room=20)
    assert (counts.seats_left, counts.full) == (50, False)


def test_seats_of_a_session_open_to_all_are_taken_by_those_in_the_room_not_by_the_day_registered():
    counts = SessionCounts(session(kind="plenary"), signed_up=400, entered=230, in_room=180)
    assert (counts.seats_left, counts.full) == (20, False)
    assert SessionCounts(session(kind="plenary"), signed_up=400, entered=260, in_room=210).full


def test_an_overfilled_room_has_no_seats_left_and_no_capacity_means_no_limit():
    assert SessionCounts(session(kind="workshop", choice_group="w"), signed_up=205).seats_left == 0
    assert SessionCounts(session(kind="plenary", capacity=None), signed_up=400).seats_left is None

"""The organisers' dashboard counts: people not scans, undo, time bins, honorary guests, the last check-ins,
and the same numbers whether followed through the log or counted afresh."""

import sqlite3

import pytest
from helpers.events import DAYS, PROGRAMME, code_of

from checkin.dashboard import LATEST_SHOWN, ArrivalBin, CategoryCount, DashboardFeed
from checkin.demo.registrants import generate_registrants
from checkin.domain import Registrant
from checkin.station import Station


@pytest.fixture
def other_desk(station):
    """A second station on the same file, as another desk process would open it."""
    other = Station.open(station.storage.path, name="Recepcja 2", staff="Ewa", day=DAYS[0])
    yield other
    other.close()


def at_times(monkeypatch, *clocks: str) -> None:
    """The next writes are stamped at these times of day one (a desk's clock), one per log row."""
    stamps = iter(f"{DAYS[0]}T{clock}:00.000+02:00" for clock in clocks)
    monkeypatch.setattr("checkin.storage.log.now", lambda: next(stamps))


def id_of(station: Station, last_name: str) -> int:
    return station.guest(code_of(station, last_name)).id


def fresh(station: Station, day: str = DAYS[0]):
    return DashboardFeed(station, day).snapshot()


def test_a_guest_scanned_twice_counts_once(station):
    code = code_of(station, "Kowalski")
    station.check_in(code)
    station.check_in(code)
    board = fresh(station)
    assert board.checked_in == 1
    assert CategoryCount("participant", 1, 2) in board.by_category
    assert [a.attendee.last_name for a in board.latest] == ["Kowalski"]


def test_registered_expected_and_share_of_the_day(station):
    station.check_in(code_of(station, "Kowalski"))
    board = fresh(station)
    assert (board.registered, board.expected, board.checked_in) == (5, 4, 1)  # Коваленко comes on day two
    assert board.share == pytest.approx(0.25)
    assert fresh(station, DAYS[1]).checked_in == 0


def test_undo_takes_the_guest_back_out(station):
    feed = DashboardFeed(station, DAYS[0])
    code = code_of(station, "Kowalski")
    station.check_in(code)
    assert feed.snapshot().checked_in == 1
    station.undo(code, "wrong guest")
    for board in (feed.snapshot(), fresh(station)):
        assert board.checked_in == 0
        assert board.latest == ()
        assert board.arrivals == ()
        assert all(c.checked_in == 0 for c in board.by_category)


def test_arrivals_in_ten_minute_bins_with_the_quiet_ones_between(station, monkeypatch):
    at_times(monkeypatch, "09:01", "09:09", "09:10", "09:35")
    for name in ("Kowalski", "Jóżko", "Gołębiowska", "Nowak"):
        station.check_in(code_of(station, name))
    assert fresh(station).arrivals == (
        ArrivalBin(540, 2), ArrivalBin(550, 1), ArrivalBin(560, 0), ArrivalBin(570, 1),
    )  # fmt: skip
    assert [b.start for b in fresh(station).arrivals] == ["09:00", "09:10", "09:20", "09:30"]


def test_an_undo_takes_its_check_in_out_of_the_bin_it_was_made_in(station, monkeypatch):
    feed = DashboardFeed(station, DAYS[0])
    at_times(monkeypatch, "09:05", "09:12", "09:40")
    station.check_in(code_of(station, "Kowalski"))
    station.check_in(code_of(station, "Nowak"))
    feed.snapshot()
    station.undo(code_of(station, "Kowalski"), "scanned by mistake")  # at 09:40
    assert feed.snapshot().arrivals == (ArrivalBin(550, 1),)
    assert fresh(station).arrivals == (ArrivalBin(550, 1),)


def test_honorary_guests_who_arrived_with_their_time_and_those_still_expected(station, monkeypatch):
    station.register([Registrant(first_name="Adam", last_name="Bodnar", category="honorary_guest"),
                      Registrant(first_name="Ewa", last_name="Zalewska", category="honorary_guest",
                                 days=(DAYS[1],))], reason="VIP list")  # fmt: skip
    at_times(monkeypatch, "10:15")
    station.check_in(code_of(station, "Gołębiowska"))
    board = fresh(station)
    assert [(a.attendee.last_name, a.check_in.at[11:16]) for a in board.honorary_arrived] == [
        ("Gołębiowska", "10:15")
    ]
    assert [a.last_name for a in board.honorary_expected] == ["Bodnar"]  # Zalewska comes on day two


def test_last_ten_check_ins_newest_first_without_the_undone_one(station):
    station.register(list(generate_registrants(12, 7, DAYS)), reason="more guests")
    people = [a for a in station.storage.attendees() if a.attends(DAYS[0])][:12]
    for person in people:
        station.check_in(person.id)
    station.undo(people[-1].id, "wrong guest")
    latest = [a.attendee.id for a in fresh(station).latest]
    assert latest == [p.id for p in reversed(people[-LATEST_SHOWN - 1 : -1])]
    assert all(a.check_in.station == "Recepcja 1" for a in fresh(station).latest)


def test_sessions_of_the_day_only(station):
    station.programme.save(list(PROGRAMME))
    assert [c.session.title for c in fresh(station).sessions] == ["Otwarcie", "Uroczysta kolacja"]
    opening = fresh(station).sessions[0]
    assert opening.signed_up == 4  # open to all: everyone expected that day


def test_another_desks_writes_are_followed_and_agree_with_counting_afresh(station, other_desk):
    """Check-ins, undos, a walk-in, a category corrected after check-in, a cancellation: the dashboard that
    followed them through the log shows what one counting everything now shows."""
    feed = DashboardFeed(station, DAYS[0])
    steps = (
        lambda: other_desk.check_in(code_of(other_desk, "Kowalski")),
        lambda: other_desk.check_in(code_of(other_desk, "Nowak")),
        lambda: other_desk.undo(code_of(other_desk, "Nowak"), "wrong guest"),
        lambda: other_desk.walk_in(Registrant(first_name="Piotr", last_name="Wiśniewski", category="press")),
        lambda: other_desk.edit(
            other_desk.guest(code_of(other_desk, "Kowalski")).id, {"category": "speaker"}
        ),
        lambda: other_desk.check_in(code_of(other_desk, "Nowak")),
        lambda: other_desk.registrations.cancel(id_of(other_desk, "Jóżko"), "cannot come"),
    )
    for step in steps:
        feed.snapshot()
        step()
        assert feed.snapshot() == fresh(other_desk)
    board = feed.snapshot()
    assert board.checked_in == 3
    assert {c.category: c.checked_in for c in board.by_category} == {
        "participant": 1, "speaker": 1, "honorary_guest": 0, "press": 1,
    }  # fmt: skip


def test_a_file_restored_from_a_backup_is_counted_afresh(station, other_desk, tmp_path):
    """The log is read on from where the dashboard stopped; a restored file has another log there."""
    backup = tmp_path / "backup.sqlite"
    station.storage.backup(backup)
    feed = DashboardFeed(station, DAYS[0])
    other_desk.check_in(code_of(other_desk, "Kowalski"))
    assert [a.attendee.last_name for a in feed.snapshot().latest] == ["Kowalski"]
    sqlite3.connect(backup).backup(other_desk.storage.conn)
    other_desk.check_in(code_of(other_desk, "Gołębiowska"))  # the log position Kowalski's check-in had
    board = feed.snapshot()
    assert [a.attendee.last_name for a in board.latest] == ["Gołębiowska"]
    assert {c.category: c.checked_in for c in board.by_category}["participant"] == 0
    assert board == fresh(other_desk)


def test_a_snapshot_when_nothing_changed_reads_no_check_ins_again(station):
    """After the first, a snapshot follows the log: no GROUP BY over the day's check-ins."""
    feed = DashboardFeed(station, DAYS[0])
    feed.snapshot()
    station.check_in(code_of(station, "Kowalski"))
    statements: list[str] = []
    station.storage.conn.set_trace_callback(statements.append)
    feed.snapshot()
    station.storage.conn.set_trace_callback(None)
    assert not [s for s in statements if "GROUP BY" in s and "checkins" in s]


def test_a_purge_at_another_desk_clears_the_names_on_the_dashboard(station, other_desk):
    station.register([Registrant(first_name="Adam", last_name="Bodnar", category="honorary_guest")],
                     reason="VIP list")  # fmt: skip
    feed = DashboardFeed(station, DAYS[0])
    assert [a.last_name for a in feed.snapshot().honorary_expected] == ["Bodnar", "Gołębiowska"]

    other_desk.privacy.purge(other_desk.event.name)

    board = feed.snapshot()
    assert [a.last_name for a in board.honorary_expected] == ["", ""]
    assert board == fresh(station)

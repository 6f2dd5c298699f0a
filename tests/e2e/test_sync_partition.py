"""Station processes that lose each other and find each other again: a partition heals into one state, and a
station killed in the middle of an exchange loses nothing."""

import sqlite3
from contextlib import closing
from pathlib import Path

from helpers.events import DAYS, GUESTS, code_of, make_station
from helpers.replicas import joined, state
from helpers.stations import running_stations, wait_until

from checkin.demo.registrants import generate_registrants
from checkin.domain import CheckIn, Registrant
from checkin.log_kinds import LogKind
from checkin.station import Station

HEAL_LIMIT_S = 15.0


def states(*paths: Path) -> list[dict[str, object]]:
    """What each file shows (guests by code, so ids may differ), read as another desk would."""
    found = []
    for path in paths:
        station = Station.open(path, name="reader")
        try:
            found.append(state(station))
        finally:
            station.close()
    return found


def all_equal(*paths: Path) -> bool:
    first, *others = states(*paths)
    return all(other == first for other in others)


def desk(path: Path, name: str) -> Station:
    return Station.open(path, name=name)


def test_a_station_cut_off_and_back_converges_with_the_others(tmp_path):
    a_db, b_db, c_db = (tmp_path / f"{name}.sqlite" for name in "abc")
    origin = make_station(a_db, name="A")
    joined(origin, b_db, "B").close()
    joined(origin, c_db, "C").close()
    origin.close()
    with running_stations() as stations:
        a = stations.start(a_db, "A")
        stations.start(b_db, "B", peers=[a.address])
        c = stations.start(c_db, "C", peers=[a.address])
        wait_until(lambda: all_equal(a_db, b_db, c_db), HEAL_LIMIT_S)
        assert c.stop() == 0  # the network drops at desk C; its desk goes on alone

        at_a, at_b, at_c = desk(a_db, "A"), desk(b_db, "B"), desk(c_db, "C")
        guest = code_of(at_a, "Kowalski")
        at_a.check_in(guest, day=DAYS[0])
        at_c.check_in(guest, day=DAYS[0])  # the same guest at the cut-off desk
        nowak = code_of(at_a, "Nowak")
        at_b.edit(at_b.guest(nowak).id, {"organisation": "GOPS Wiązowna (B)"})
        at_c.edit(at_c.guest(nowak).id, {"email": "anna@gops.pl"})
        at_c.walk_in(Registrant(first_name="Ewa", last_name="Lis"), day=DAYS[0])
        for station in (at_a, at_b, at_c):
            station.close()
        wait_until(lambda: all_equal(a_db, b_db), HEAL_LIMIT_S)
        assert not all_equal(a_db, c_db)

        stations.start(c_db, "C", peers=[a.address])  # the network is back
        _, took = wait_until(lambda: all_equal(a_db, b_db, c_db), HEAL_LIMIT_S)
        print(f"healed in {took:.2f} s")
        healed = states(c_db)[0]
        assert len([row for row in healed["check_ins"] if row[0] == guest]) == 1  # counted once
        kowalski = desk(c_db, "reader")
        kinds = [row.kind for row in kowalski.storage.log_entries(attendee_id=kowalski.guest(guest).id)]
        assert kinds.count("check_in") == 2  # both scans kept
        lis = kowalski.guest(code_of(kowalski, "Lis"))
        assert kowalski.guest(nowak).email == "anna@gops.pl"
        assert kowalski.guest(nowak).organisation == "GOPS Wiązowna (B)"
        assert lis.first_name == "Ewa"
        kowalski.close()


def _rows(path: Path) -> int:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT count(*) FROM log").fetchone()[0])


def _an_hour_of_check_ins(path: Path) -> None:
    """Every guest checked in on both days at desk A, written in one go."""
    station = desk(path, "A")
    storage = station.storage
    with storage.transaction():
        for day in DAYS:
            for attendee in storage.attendees():
                log_uuid, at = storage.append_log(
                    LogKind.CHECK_IN, station="A", staff="", attendee_id=attendee.id, day=day
                )
                storage.add_check_in(attendee.id, day, log_uuid, CheckIn(at, "A", ""))
    station.close()


def test_a_station_killed_in_the_middle_of_catching_up_loses_nothing(tmp_path):
    a_db, b_db = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    origin = make_station(a_db, guests=(*GUESTS, *generate_registrants(12_000, 7, ())), name="A")
    joined(origin, b_db, "B").close()
    origin.close()
    _an_hour_of_check_ins(a_db)
    at_b = desk(b_db, "B")
    at_b.walk_in(Registrant(first_name="Piotr", last_name="Zając"), day=DAYS[0])  # B's own, not sent yet
    at_b.close()
    before, total = _rows(b_db), _rows(a_db)
    with running_stations() as stations:
        a = stations.start(a_db, "A")
        b = stations.start(b_db, "B", peers=[a.address])
        wait_until(lambda: _rows(b_db) > before, HEAL_LIMIT_S, interval_s=0.005)
        b.kill()  # SIGKILL while it writes what it receives
        held = _rows(b_db)
        assert held < total + 2, "the test must kill B before it caught up"

        with closing(sqlite3.connect(b_db)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            # Every cached check-in is explained by a log row it holds: no half-written batch.
            assert conn.execute(
                "SELECT count(*) FROM checkins WHERE log_uuid NOT IN (SELECT uuid FROM log)"
            ).fetchone() == (0,)
            assert (
                conn.execute("SELECT count(*) FROM checkins").fetchone()[0]
                == conn.execute(
                    "SELECT count(DISTINCT attendee_id || day) FROM log WHERE kind = 'check_in'"
                ).fetchone()[0]
            )

        stations.start(b_db, "B", peers=[a.address])
        wait_until(lambda: all_equal(a_db, b_db), HEAL_LIMIT_S * 2)
        zajac = states(a_db)[0]["guests"]
        assert any(guest[2] == "Zając" for guest in zajac)  # B's own walk-in reached A after all

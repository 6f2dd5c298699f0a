"""Station processes on loopback, each its own `main.py station` with its own event file, joined by pairing
code as a new laptop would: what one desk does shows at the others, hostile requests change nothing, and a
new laptop joins a big event. How fast is the benchmark's to measure (`main.py bench --sync`); the times
printed here are for people reading the output."""

import json
import time
import urllib.error
import urllib.request
from pathlib import Path

from helpers.cli import as_json, assert_refused, cli, log_rows
from helpers.stations import query, running_stations, wait_until

from checkin.domain import Registrant
from checkin.station import Station
from checkin.sync import protocol
from checkin.sync.client import request_headers
from checkin.sync.envelope import Binding, Direction, seal_json

DEMO_PIN = "1234"
WAIT_S = 30.0
"""How long to wait for a change to show at the other stations before the test fails: a bound, not a speed
(a change normally shows within a second or two)."""


def pairing_code(db: Path) -> str:
    return str(as_json(cli(db, "pair", "--show", "--json", "--pin", DEMO_PIN))["code"])


def join(db: Path, address: str, code: str) -> dict:
    return as_json(cli(db, "join", address, "--code", code, "--json"))  # type: ignore[return-value]  # an object


def first_day_guest(db: Path) -> str:
    station = Station.open(db)
    try:
        return next(a.code for a in station.storage.attendees() if a.attends(station.event.days[0]))
    finally:
        station.close()


def checked_in(db: Path, code: str) -> bool:
    return bool(
        query(db, "SELECT 1 FROM checkins JOIN attendees a ON a.id = attendee_id WHERE a.code = ?", code)
    )


def organisation_of(db: Path, last_name: str) -> str | None:
    rows = query(db, "SELECT organisation FROM attendees WHERE last_name = ?", last_name)
    return rows[0][0] if rows else None


def test_changes_at_one_station_show_at_the_others(tmp_path):
    a_db, b_db, c_db = (tmp_path / f"{name}.sqlite" for name in "abc")
    cli(a_db, "demo", "--registrants", "50")
    with running_stations() as stations:
        a = stations.start(a_db, "A")
        code = pairing_code(a_db)
        join(b_db, a.address, code)
        join(c_db, a.address, code)
        b = stations.start(b_db, "B", peers=[a.address])
        c = stations.start(c_db, "C", peers=[a.address])

        guest = first_day_guest(a_db)
        start = time.monotonic()
        cli(a_db, "checkin", guest, "--day", "1", "--station", "A")
        wait_until(lambda: checked_in(c_db, guest) and checked_in(b_db, guest), WAIT_S)
        took = time.monotonic() - start
        print(f"check-in at A (a `checkin` process) seen at B and C {took:.2f} s after it was started")

        desk_c = Station.open(c_db, name="C")
        desk_c.walk_in(
            Registrant(first_name="Zofia", last_name="Walk-In", organisation="MOPS Kielce"), day="1"
        )
        desk_c.close()
        walk_in = query(c_db, "SELECT code FROM attendees WHERE last_name = 'Walk-In'")[0][0]
        _, took = wait_until(lambda: checked_in(a_db, walk_in) and checked_in(b_db, walk_in), WAIT_S)
        print(f"walk-in at C seen at A and B after {took:.2f} s")

        desk_b = Station.open(b_db, name="B")
        desk_b.edit(desk_b.guest(walk_in).id, {"organisation": "MOPS Radom"}, reason="typo")
        desk_b.close()
        _, took = wait_until(
            lambda: organisation_of(a_db, "Walk-In") == organisation_of(c_db, "Walk-In") == "MOPS Radom",
            WAIT_S,
        )
        print(f"edit at B seen at A and C after {took:.2f} s")

        wait_until(lambda: log_rows(a_db) == log_rows(b_db) == log_rows(c_db), WAIT_S)
        assert [s.stop() for s in (c, b, a)] == [0, 0, 0]


def http(
    address: str, path: str, data: bytes | None = None, headers: dict[str, str] | None = None
) -> tuple[int, object]:
    request = urllib.request.Request(f"http://{address}{path}", data=data, headers=headers or {},
                                     method="POST" if data else "GET")  # fmt: skip
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as refused:
        body = refused.read()
        try:
            return refused.code, json.loads(body)
        except ValueError:
            return refused.code, body


def sealed(address: str, key: bytes, origin: str, path: str, body: object) -> tuple[bytes, dict[str, str]]:
    """A request (body, headers) as a station of the event would send it, under a challenge fresh from
    `address`."""
    _, answer = http(address, protocol.CHALLENGE)
    assert isinstance(answer, dict)
    binding = Binding(answer["challenge"], "POST", path, origin)
    data = json.dumps(seal_json(key, body, binding, Direction.REQUEST)).encode()
    return data, request_headers(key, binding)


def test_hostile_requests_change_nothing_and_the_station_keeps_answering(tmp_path):
    a_db, d_db = tmp_path / "a.sqlite", tmp_path / "d.sqlite"
    cli(a_db, "demo", "--registrants", "20")
    with running_stations() as stations:
        a = stations.start(a_db, "A")
        join(d_db, a.address, pairing_code(a_db))
        # D is a real station of the event, offline: its check-in is what a captured push carries.
        cli(d_db, "checkin", first_day_guest(d_db), "--day", "1", "--station", "D")
        desk_a, desk_d = Station.open(a_db), Station.open(d_db)
        key, origin = desk_d.replica.sync_key(), desk_d.replica.origin
        entries, _ = desk_d.replica.entries_after(desk_a.replica.version_vector())
        desk_a.close()
        desk_d.close()
        before = log_rows(a_db)

        hostile = {
            "random bytes": (bytes(range(256)) * 8, {}),
            "JSON without the key": (json.dumps({"entries": entries}).encode(), {}),
            "an envelope under another key": sealed(
                a.address, bytes(32), origin, protocol.PUSH, {"entries": entries}
            ),
        }
        for what, (body, headers) in hostile.items():
            for path in (protocol.PUSH, protocol.PULL, protocol.HELLO, protocol.PAIR, protocol.PAIR_START):
                status, _ = http(a.address, path, body, headers)
                assert 400 <= status < 500, (what, path, status)
        assert log_rows(a_db) == before

        captured = sealed(a.address, key, origin, protocol.PUSH, {"entries": entries})
        assert http(a.address, protocol.PUSH, *captured)[0] == 200
        assert log_rows(a_db) == before + len(entries)
        assert http(a.address, protocol.PUSH, *captured) == (401, {"error": "unknown_challenge"})
        assert log_rows(a_db) == before + len(entries)

        pull = sealed(a.address, key, origin, protocol.PULL, {"vector": {}, "limit": 1})
        assert http(a.address, protocol.PULL, *pull)[0] == 200
        assert a.process.poll() is None
        assert a.stop() == 0


def test_a_new_laptop_joins_a_5000_guest_event_by_pairing_code(tmp_path):
    a_db, new_db = tmp_path / "a.sqlite", tmp_path / "new" / "event.sqlite"
    cli(a_db, "demo", "--registrants", "5000")
    with running_stations() as stations:
        a = stations.start(a_db, "A")
        code = pairing_code(a_db)
        start = time.monotonic()
        joined = join(new_db, a.address, code)
        took = time.monotonic() - start
        print(f"joined a 5,000-guest event in {took:.2f} s")
        assert joined["registered"] == 5000
        verdict = as_json(cli(new_db, "checkin", first_day_guest(new_db), "--day", "1", "--json"))
        assert verdict["verdict"] == "checked_in"  # type: ignore[index]  # --json prints an object
        origins = [query(db, "SELECT origin FROM replica")[0][0] for db in (a_db, new_db)]
        assert origins[0] != origins[1]


def test_joining_with_a_wrong_code_is_refused_and_writes_no_file(tmp_path):
    a_db, new_db = tmp_path / "a.sqlite", tmp_path / "new.sqlite"
    cli(a_db, "demo", "--registrants", "5")
    with running_stations() as stations:
        a = stations.start(a_db, "A")
        pairing_code(a_db)
        wrong = cli(new_db, "join", a.address, "--code", "AAAA-AAAA", check=False)
        malformed = cli(new_db, "join", a.address, "--code", "K7PQ-4X", check=False)
    assert_refused(wrong, "refused the pairing code")
    assert_refused(malformed, "is not a pairing code")
    assert not new_db.exists()

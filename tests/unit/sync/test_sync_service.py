"""The sync service as the desk runs it: on a thread of its own, reporting its peers through `status()`."""

import shutil
import socket
import sqlite3
import threading
import time
import urllib.request
from contextlib import closing

import pytest
from helpers.events import DAYS, code_of, make_station
from helpers.replicas import joined
from helpers.stations import wait_until

from checkin.errors import UserError
from checkin.replication.replica import Replica
from checkin.station import Station
from checkin.sync.addresses import DEFAULT_PORT, format_address, parse_address
from checkin.sync.service import MAX_CANDIDATES, MAX_PEERS, SYNC_INTERVAL_S, SyncService

LOOPBACK = ("127.0.0.1", 0)


def unused_port() -> int:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        return unused.getsockname()[1]


def connected(service: SyncService) -> list[str]:
    return [peer.address for peer in service.status().peers if peer.connected]


def refuse(_replica: Replica, _entries: object) -> None:
    """`Replica.receive` of a station that cannot accept what its peers send (another version, say)."""
    raise UserError("bad_sync_entries", "Another station sent data this station cannot accept.")


def check_in(path, name: str, guest: str) -> None:
    with closing(Station.open(path, name=name)) as desk:
        desk.check_in(code_of(desk, guest), day=DAYS[0])


def stays_alone(*services: SyncService, seconds: float = 1.25 * SYNC_INTERVAL_S) -> None:
    """No peer counts as connected for a while (each says hello to the other meanwhile)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for service in services:
            assert service.status().alone, service.status()
        time.sleep(0.05)


@pytest.fixture
def event_pair(tmp_path):
    """Two stations' files of one event: `a.sqlite` and `b.sqlite`, joined from it."""
    original = make_station(tmp_path / "a.sqlite")
    joined(original, tmp_path / "b.sqlite", "B").close()
    original.close()
    return tmp_path / "a.sqlite", tmp_path / "b.sqlite"


def started(service: SyncService, services: list[SyncService]) -> SyncService:
    service.start()
    services.append(service)
    return service


@pytest.fixture
def services():
    running: list[SyncService] = []
    yield running
    for service in running:
        service.stop()


def test_two_services_sync_both_ways_and_see_each_other_connected(event_pair, services):
    a_path, b_path = event_pair
    a = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    b = started(SyncService(b_path, name="B", listen=LOOPBACK, peers=[a.status().listening], discover=False),
                services)  # fmt: skip
    desk_a, desk_b = Station.open(a_path, name="A"), Station.open(b_path, name="B")
    desk_a.check_in(code_of(desk_a, "Kowalski"), day=DAYS[0])
    desk_b.check_in(code_of(desk_b, "Nowak"), day=DAYS[0])

    def both_everywhere() -> bool:
        return all(desk.stats().checked_in.get(DAYS[0]) == 2 for desk in (desk_a, desk_b))

    wait_until(both_everywhere, 3)
    status_b = wait_until(lambda: b.status() if not b.status().alone else None, 3)[0]
    status_a = wait_until(lambda: a.status() if not a.status().alone else None, 3)[0]
    assert [(p.name, p.connected, p.problem) for p in status_b.peers] == [("A", True, "")]
    assert [(p.name, p.connected) for p in status_a.peers] == [("B", True)]  # learned from B's hello
    assert status_b.peers[0].last_sync is not None


def test_peers_whose_entries_are_refused_both_ways_are_not_connected_and_say_why(
    event_pair, services, monkeypatch
):
    """Each says hello to the other, and is refused all the same: neither is connected."""
    a_path, b_path = event_pair
    check_in(a_path, "A", "Kowalski")
    check_in(b_path, "B", "Nowak")
    monkeypatch.setattr(Replica, "receive", refuse)
    a = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    b = started(SyncService(b_path, name="B", listen=LOOPBACK, peers=[a.status().listening], discover=False),
                services)  # fmt: skip

    def refused_both_ways() -> bool:
        return all([p.problem_code for p in s.status().peers] == ["bad_entries"] for s in (a, b))

    wait_until(refused_both_ways, 5)
    stays_alone(a, b)
    assert refused_both_ways()


def test_a_station_that_does_not_listen_counts_connected_once_its_rounds_go_through(
    event_pair, services, monkeypatch
):
    """We cannot reach it: its push to us, the end of each of its rounds, is what tells."""
    a_path, b_path = event_pair
    check_in(a_path, "A", "Kowalski")
    monkeypatch.setattr(Replica, "receive", refuse)
    a = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    b = started(SyncService(b_path, name="B", listen=None, peers=[a.status().listening], discover=False),
                services)  # fmt: skip
    wait_until(lambda: b.status().peers[0].problem_code == "bad_entries", 5)
    wait_until(lambda: a.status().peers, 5)  # A met B: B took nothing of A's yet
    stays_alone(a)
    monkeypatch.undo()
    status = wait_until(lambda: a.status() if not a.status().alone else None, 5)[0]
    assert [(p.name, p.address, p.connected) for p in status.peers] == [("B", "", True)]


def test_a_peer_that_does_not_answer_is_shown_with_its_problem_and_the_station_alone(event_pair, services):
    nobody = f"127.0.0.1:{unused_port()}"
    a = started(SyncService(event_pair[0], name="A", listen=None, peers=[nobody], discover=False), services)
    status = wait_until(lambda: a.status() if a.status().peers[0].problem else None, 5)[0]
    assert status.listening is None and status.alone
    assert (status.peers[0].address, status.peers[0].problem_code) == (nobody, "unreachable")


def test_a_copied_event_file_is_named_as_such(event_pair, services):
    a_path = event_pair[0]
    copy = a_path.with_name("copy.sqlite")
    shutil.copy(a_path, copy)
    a = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    c = started(SyncService(copy, name="copy", listen=None, peers=[a.status().listening], discover=False),
                services)  # fmt: skip
    status = wait_until(lambda: c.status() if c.status().peers[0].problem else None, 5)[0]
    assert status.peers[0].problem_code == "copied_file" and status.alone


def test_a_station_found_by_discovery_is_synced_with(event_pair, services):
    a_path, b_path = event_pair
    a = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    desk_a = Station.open(a_path)
    a_origin, a_address = desk_a.replica.origin, a.status().listening

    class FoundA:
        """A discovery that finds A at once."""

        def __init__(self, fingerprint, origin, name, port, on_peer, *, host, event) -> None:
            self.on_peer = on_peer

        def start(self) -> None:
            self.on_peer(a_origin, "A", a_address)

        def close(self) -> None:
            pass

    b = started(SyncService(b_path, name="B", listen=LOOPBACK, discovery=FoundA), services)
    desk_a.check_in(code_of(desk_a, "Kowalski"), day=DAYS[0])
    desk_b = Station.open(b_path)
    wait_until(lambda: desk_b.stats().checked_in.get(DAYS[0]) == 1, 3)
    assert [p.address for p in b.status().peers] == [a_address]


class Announcements:
    """A discovery stand-in: the test makes the announcements, as anyone on the LAN can."""

    def __init__(self) -> None:
        self.on_peer = None

    def __call__(self, fingerprint, origin, name, port, on_peer, *, host, event) -> "Announcements":
        self.on_peer = on_peer
        return self

    def start(self) -> None:
        pass

    def close(self) -> None:
        pass

    def announce(self, origin: str, name: str, address: str) -> None:
        self.on_peer(origin, name, address)


def test_announcements_move_no_peer_and_crowd_none_out_until_their_address_answers_under_the_key(
    event_pair, services
):
    a_path, b_path = event_pair
    with closing(Station.open(a_path)) as desk:
        a_origin = desk.replica.origin
    a = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    typed = f"127.0.0.1:{unused_port()}"
    lan = Announcements()
    b = started(SyncService(b_path, name="B", listen=LOOPBACK, peers=[typed], discovery=lan), services)
    lan.announce(a_origin, "A", a.status().listening)
    wait_until(lambda: connected(b) == [a.status().listening], 5)

    port = unused_port()
    spoofed = f"127.0.0.1:{port}"
    lan.announce(a_origin, "A", spoofed)  # A's records (no secret), another address
    wait_until(lambda: spoofed in [p.address for p in b.status().peers], 5)
    assert connected(b) == [a.status().listening]
    flood = [f"127.0.{i // 200}.{i % 200 + 2}:{port}" for i in range(3 * MAX_PEERS)]
    for number, address in enumerate(flood):
        lan.announce(f"{number:032x}", f"fake {number}", address)
    wait_until(lambda: flood[-1] in [p.address for p in b.status().peers], 5)
    addresses = [p.address for p in b.status().peers]
    assert addresses[:2] == [typed, a.status().listening] and len(addresses) <= 2 + MAX_CANDIDATES
    assert connected(b) == [a.status().listening]

    a.stop()  # A comes back at another address (a new DHCP lease): followed once it answers there
    moved = started(SyncService(a_path, name="A", listen=LOOPBACK, discover=False), services)
    lan.announce(a_origin, "A", moved.status().listening)
    wait_until(lambda: connected(b) == [moved.status().listening], 5)
    assert [p.address for p in b.status().peers][:2] == [typed, moved.status().listening]


def test_a_stop_that_comes_before_the_service_runs_still_stops_it(event_pair):
    """SIGTERM to `station` while it starts: its loop does not exist yet, and the stop must not be lost."""
    service = SyncService(event_pair[0], listen=LOOPBACK, discover=False)
    service.stop()
    running = threading.Thread(target=service.run, daemon=True)
    running.start()
    running.join(5)
    stopped = not running.is_alive()
    service.stop()
    running.join(5)
    assert stopped


def test_stopping_closes_the_phone_pages_event_file_and_ends_its_thread(event_pair, monkeypatch):
    opened: list[tuple[Station, threading.Thread]] = []
    real_open = Station.open

    def recording(path, **kwargs):
        station = real_open(path, **kwargs)
        opened.append((station, threading.current_thread()))
        return station

    monkeypatch.setattr(Station, "open", recording)
    service = SyncService(event_pair[0], name="A", listen=LOOPBACK, discover=False)
    service.start()
    try:
        with urllib.request.urlopen(f"http://{service.status().listening}/api/counts", timeout=10) as answer:
            assert answer.status == 200
    finally:
        service.stop()
    [(station, thread)] = [(s, t) for s, t in opened if t.name.startswith("phone-page")]
    thread.join(5)
    assert not thread.is_alive()
    with pytest.raises(sqlite3.ProgrammingError):  # closed
        station.storage.conn.execute("SELECT 1")


def test_listening_on_a_port_in_use_is_refused_in_words(event_pair, services):
    a = started(SyncService(event_pair[0], listen=LOOPBACK, discover=False), services)
    taken = parse_address(a.status().listening)
    with pytest.raises(UserError) as refused:
        SyncService(event_pair[1], listen=taken, discover=False).start()
    assert refused.value.code == "cannot_listen"


@pytest.mark.parametrize(
    "typed, expected",
    [("192.168.1.20:9000", ("192.168.1.20", 9000)), ("desk-2.local", ("desk-2.local", DEFAULT_PORT)),
     ("[::1]:8000", ("::1", 8000)), (" 10.0.0.1:1 ", ("10.0.0.1", 1))],
)  # fmt: skip
def test_addresses_are_read_as_people_type_them(typed, expected):
    assert parse_address(typed) == expected


@pytest.mark.parametrize("typed", ["", ":80", "host:0", "host:65536", "host:８０", "a b:80", "http://x:80"])
def test_what_is_not_an_address_is_refused(typed):
    with pytest.raises(UserError) as refused:
        parse_address(typed)
    assert refused.value.code == "bad_address"


def test_port_zero_is_for_listening_and_v6_addresses_get_brackets():
    assert parse_address("0.0.0.0:0", listen=True) == ("0.0.0.0", 0)
    assert format_address("::1", 8765) == "[::1]:8765"

"""The sync service as the desk runs it: on a thread of its own, reporting its peers through `status()`."""

import shutil
import socket

import pytest
from helpers.events import DAYS, code_of, make_station
from helpers.replicas import joined
from helpers.stations import wait_until

from checkin.errors import UserError
from checkin.station import Station
from checkin.sync.addresses import DEFAULT_PORT, format_address, parse_address
from checkin.sync.service import SyncService

LOOPBACK = ("127.0.0.1", 0)


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
    status_b, status_a = wait_until(lambda: b.status() if not b.status().alone else None, 3)[0], a.status()
    assert [(p.name, p.connected, p.problem) for p in status_b.peers] == [("A", True, "")]
    assert [(p.name, p.connected) for p in status_a.peers] == [("B", True)]  # learned from B's hello
    assert status_b.peers[0].last_sync is not None


def test_a_peer_that_does_not_answer_is_shown_with_its_problem_and_the_station_alone(event_pair, services):
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        nobody = f"127.0.0.1:{unused.getsockname()[1]}"
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

        def __init__(self, fingerprint, origin, name, port, on_peer, *, host) -> None:
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

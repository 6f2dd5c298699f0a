"""Discovery of the event's other stations: real mDNS announcements on loopback, several stations in one
process (each with its own zeroconf sockets, as separate processes would have)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from zeroconf import IPVersion, ServiceInfo, Zeroconf

from checkin.sync.discovery import (
    MAX_LABEL_BYTES,
    MAX_NAME_CHARS,
    SERVICE_TYPE,
    Discovery,
    instance_label,
    reachable_address,
    read_announcement,
)
from checkin.sync.finding import StationFinder

RUN = os.urandom(4).hex()
"""In this process's events, origins and announcements: every process on this computer hears what is
announced on loopback (another xdist worker, another checkout's tests running meanwhile), and must take
none of it for this test's stations."""
EVENT, OTHER_EVENT = f"fp-kongres-{RUN}", f"fp-inny-{RUN}"
LOOPBACK = "127.0.0.1"
WAIT_S = 10.0


class Heard:
    """What one station's discovery reported, in order, from zeroconf's threads."""

    def __init__(self) -> None:
        self.events: list[tuple[str, ...]] = []
        self._changed = threading.Condition()

    def peer(self, origin: str, name: str, address: str) -> None:
        self._add(("peer", origin, name, address))

    def gone(self, origin: str) -> None:
        self._add(("gone", origin))

    def _add(self, event: tuple[str, ...]) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def wait_for(self, wanted: Callable[[list[tuple[str, ...]]], bool]) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: wanted(self.events), timeout=WAIT_S), self.events

    def origins(self, kind: str = "peer") -> set[str]:
        return {event[1] for event in self.events if event[0] == kind}


@pytest.fixture
def stations() -> Iterator[Callable[..., tuple[Discovery, Heard]]]:
    """Starts stations announcing on loopback; closes whatever is left at the end."""
    started: list[Discovery] = []

    def start(origin: str, name: str, port: int, fingerprint: str = EVENT) -> tuple[Discovery, Heard]:
        heard = Heard()
        discovery = Discovery(fingerprint, origin, name, port, heard.peer, heard.gone, host=LOOPBACK)
        discovery.start()
        started.append(discovery)
        return discovery, heard

    yield start
    for discovery in started:
        discovery.close()


def _skip_without_multicast(*discoveries: Discovery) -> None:
    """A machine whose loopback refuses multicast sockets cannot run these tests: say so, never pretend."""
    time.sleep(0.3)
    for discovery in discoveries:
        if discovery.problem:
            pytest.skip(f"no mDNS on {LOOPBACK} here: {discovery.problem}")


def origin_of(letter: str) -> str:
    return letter * 24 + RUN


def test_stations_of_one_event_find_each_other_and_never_themselves(stations):
    first, first_heard = stations(origin_of("a"), "Recepcja 1", 8001)
    second, second_heard = stations(origin_of("b"), "Recepcja 2", 8002)
    other, other_heard = stations(origin_of("c"), "Inny kongres", 8003, fingerprint=OTHER_EVENT)
    _skip_without_multicast(first, second, other)
    first_heard.wait_for(lambda events: len(events) >= 1)
    second_heard.wait_for(lambda events: len(events) >= 1)
    time.sleep(1.0)  # let any wrong report (ourselves, the other event) arrive too
    assert first_heard.events == [("peer", origin_of("b"), "Recepcja 2", f"{LOOPBACK}:8002")]
    assert second_heard.events == [("peer", origin_of("a"), "Recepcja 1", f"{LOOPBACK}:8001")]
    assert other_heard.events == []


def test_a_station_closing_is_reported_gone_and_one_coming_back_found_again(stations):
    first, first_heard = stations(origin_of("a"), "Recepcja", 8001)
    second, _ = stations(origin_of("b"), "Sala Bruksela", 8002)
    _skip_without_multicast(first, second)
    first_heard.wait_for(lambda events: origin_of("b") in {e[1] for e in events if e[0] == "peer"})
    second.close()
    first_heard.wait_for(lambda events: ("gone", origin_of("b")) in events)
    stations(origin_of("b"), "Sala Bruksela", 8004)
    first_heard.wait_for(
        lambda events: events[-1] == ("peer", origin_of("b"), "Sala Bruksela", f"{LOOPBACK}:8004")
    )


def test_a_copy_of_our_event_file_on_another_station_is_reported_for_the_sync_service_to_refuse(stations):
    # A file copied by hand keeps its origin (and here the desk's name too): each station still reports
    # the other, never itself.
    first, first_heard = stations(origin_of("a"), "Recepcja", 8001)
    second, second_heard = stations(origin_of("a"), "Recepcja", 8002)
    _skip_without_multicast(first, second)
    first_heard.wait_for(lambda events: len(events) >= 1)
    second_heard.wait_for(lambda events: len(events) >= 1)
    time.sleep(1.0)
    assert first_heard.events == [("peer", origin_of("a"), "Recepcja", f"{LOOPBACK}:8002")]
    assert second_heard.events == [("peer", origin_of("a"), "Recepcja", f"{LOOPBACK}:8001")]
    assert first.announced != second.announced


def test_an_announcement_with_malformed_records_is_ignored(stations):
    rogue = Zeroconf(interfaces=[LOOPBACK], ip_version=IPVersion.V4Only)
    try:
        announcements = [
            ServiceInfo(
                SERVICE_TYPE, f"{label} {RUN}.{SERVICE_TYPE}", addresses=[socket.inet_aton(LOOPBACK)],
                port=port, properties=properties,
            )
            for label, port, properties in (
                ("no origin", 9000, {"fp": EVENT, "name": "X"}),
                ("bad origin", 9000, {"fp": EVENT, "origin": "<script>", "name": "X"}),
                ("no fp", 9000, {"origin": origin_of("e"), "name": "X"}),
                ("long", 9001, {"fp": EVENT, "origin": origin_of("f"), "name": "Sala\x07" + "ż" * 100}),
            )
        ]  # fmt: skip
        with ThreadPoolExecutor(len(announcements)) as pool:  # each waits ~1.5 s for the network
            list(pool.map(rogue.register_service, announcements))
        station, heard = stations(origin_of("a"), "Recepcja", 8001)
        _skip_without_multicast(station)
        heard.wait_for(lambda events: len(events) >= 1)
        time.sleep(1.0)
        assert heard.events == [
            ("peer", origin_of("f"), ("Sala " + "ż" * 100)[:MAX_NAME_CHARS], "127.0.0.1:9001")
        ]
    finally:
        rogue.close()


def test_a_network_without_multicast_leaves_the_station_running_and_closing_waits_for_no_retry(monkeypatch):
    monkeypatch.setattr("checkin.sync.discovery.RETRY_S", 3600.0)
    # 203.0.113.0/24 is reserved for documentation: no interface of this computer has such an address.
    discovery = Discovery(EVENT, origin_of("a"), "Recepcja", 8001, lambda *_: None, host="203.0.113.7")
    discovery.start()
    deadline = time.monotonic() + WAIT_S
    while not discovery.problem and time.monotonic() < deadline:
        time.sleep(0.05)
    assert discovery.problem.startswith("Stations cannot be found on this network")
    closing = threading.Thread(target=discovery.close, daemon=True)
    closing.start()
    closing.join(WAIT_S)  # the next try is an hour away: a close that waited for it would still be going
    assert not closing.is_alive()


@pytest.mark.parametrize("kind", ["announce", "find"])
def test_a_laptop_with_no_network_at_all_is_told_so_and_keeps_its_finder_running(monkeypatch, kind):
    """Wi-Fi off, no cable: no interface has an address, and zeroconf raises RuntimeError."""
    monkeypatch.setattr("checkin.sync.discovery.RETRY_S", 3600.0)
    monkeypatch.setattr("ifaddr.get_adapters", lambda *args, **kwargs: [])
    if kind == "announce":
        finder = Discovery(EVENT, origin_of("a"), "Recepcja", 8001, lambda *_: None, host="")
    else:
        finder = StationFinder(lambda _: None, lambda _: None, host="")
    finder.start()
    try:
        deadline = time.monotonic() + WAIT_S
        while not finder.problem and time.monotonic() < deadline:
            time.sleep(0.05)
        assert finder.problem.startswith("Stations cannot be found on this network: No interfaces")
    finally:
        finder.close()


def test_records_of_a_station_are_read_and_bounded():
    record = read_announcement({b"fp": b"abc", b"origin": origin_of("a").encode(), b"name": b"Sala\nB"})
    assert record is not None
    assert (record.fingerprint, record.origin, record.name) == ("abc", origin_of("a"), "Sala B")
    assert (
        read_announcement({b"fp": b"abc", b"origin": origin_of("a").encode(), b"name": None}).name
        == "aaaaaaaa"
    )
    assert read_announcement({b"fp": b"abc", b"origin": b"A" * 32}) is None
    assert read_announcement({b"fp": b"x" * 129, b"origin": origin_of("a").encode()}) is None
    assert read_announcement({b"fp": b"\xff\xfe", b"origin": b"\xff" * 32}) is None


def test_instance_label_fits_one_dns_label_even_in_polish():
    label = instance_label("Stanowisko. Żółć\t" * 10, origin_of("a"), 8001)
    assert len(label.encode()) <= MAX_LABEL_BYTES
    assert label.startswith("Stanowisko  Żółć Stanowisko")
    assert "." not in label and "\t" not in label
    assert instance_label("...", origin_of("b"), 8001).startswith("station ")


def test_instance_label_stays_across_restarts_and_differs_for_a_copy_elsewhere():
    assert instance_label("Recepcja", origin_of("a"), 8001) == instance_label(
        "Recepcja", origin_of("a"), 8001
    )
    assert instance_label("Recepcja", origin_of("a"), 8001) != instance_label(
        "Recepcja", origin_of("a"), 8002
    )
    assert instance_label("Recepcja", origin_of("a"), 8001) != instance_label(
        "Recepcja", origin_of("b"), 8001
    )


def test_a_peer_is_reached_at_its_network_address_rather_than_loopback():
    assert reachable_address(["127.0.0.1", "192.168.1.20"]) == "192.168.1.20"
    assert reachable_address(["127.0.0.1"]) == "127.0.0.1"
    assert reachable_address([]) is None

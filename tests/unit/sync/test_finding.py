"""A laptop with no event yet finds the stations of every event on the network (real mDNS on loopback),
with each one's event name, station name and address, and hears one leave."""

from __future__ import annotations

import os
import threading
import time

import pytest

from checkin.sync.discovery import MAX_EVENT_BYTES, Discovery, event_record, read_announcement
from checkin.sync.finding import FoundStation, StationFinder

RUN = os.urandom(4).hex()
"""Every process on this computer hears what is announced on loopback: only this test's stations count."""
LOOPBACK = "127.0.0.1"
WAIT_S = 10.0


class Found:
    def __init__(self) -> None:
        self.stations: dict[str, FoundStation] = {}
        self.lost: list[str] = []
        self._changed = threading.Condition()

    def found(self, station: FoundStation) -> None:
        if RUN in station.fingerprint:
            with self._changed:
                self.stations[station.key] = station
                self._changed.notify_all()

    def gone(self, key: str) -> None:
        with self._changed:
            self.lost.append(key)
            self.stations.pop(key, None)
            self._changed.notify_all()

    def wait_for(self, wanted) -> None:
        with self._changed:
            assert self._changed.wait_for(lambda: wanted(self), timeout=WAIT_S), self.stations


def announce(event: str, fingerprint: str, origin: str, name: str, port: int) -> Discovery:
    station = Discovery(f"{fingerprint}-{RUN}", origin + RUN, name, port, lambda *_: None, host=LOOPBACK,
                        event=event)  # fmt: skip
    station.start()
    return station


def test_stations_of_every_event_are_found_with_their_event_and_address_and_one_leaving_is_lost():
    found = Found()
    finder = StationFinder(found.found, found.gone, host=LOOPBACK)
    finder.start()
    first = announce("II Kongres CUS", "fp-kongres", "a" * 24, "Recepcja 1", 8101)
    second = announce("Forum Ekonomii Społecznej", "fp-forum", "b" * 24, "Sala A", 8102)
    try:
        time.sleep(0.3)
        if finder.problem or first.problem:
            pytest.skip(f"no mDNS on {LOOPBACK} here: {finder.problem or first.problem}")
        found.wait_for(lambda f: len(f.stations) == 2)
        shown = sorted((s.event, s.name, s.address) for s in found.stations.values())
        assert shown == [
            ("Forum Ekonomii Społecznej", "Sala A", f"{LOOPBACK}:8102"),
            ("II Kongres CUS", "Recepcja 1", f"{LOOPBACK}:8101"),
        ]
        second.close()
        found.wait_for(lambda f: len(f.stations) == 1 and f.lost)
        assert [s.name for s in found.stations.values()] == ["Recepcja 1"]
    finally:
        first.close()
        second.close()
        finder.close()


def test_the_event_name_is_bounded_and_a_station_that_did_not_announce_one_has_none():
    record = event_record("Kongres Żółć " * 40)
    assert len(record.encode()) <= MAX_EVENT_BYTES and record.startswith("Kongres Żółć")
    origin = ("c" * 32).encode()
    assert read_announcement({b"fp": b"x", b"origin": origin, b"event": b"Forum\nA"}).event == "Forum A"
    assert read_announcement({b"fp": b"x", b"origin": origin}).event == ""

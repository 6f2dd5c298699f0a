"""The sync server in this process on loopback, against a real event file: only a station holding the
event's key gets anything done, each request counts once, and nothing hostile changes the file or stops
the server."""

import asyncio
import base64
import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from helpers.cli import log_rows
from helpers.events import DAYS, code_of, make_station
from helpers.replicas import joined

from checkin.station import Station
from checkin.sync import protocol
from checkin.sync.client import PeerClient, PeerError, exchange, http_session
from checkin.sync.envelope import Binding, Challenges, Direction, seal_json
from checkin.sync.pairing import pairing_key
from checkin.sync.replica_thread import ReplicaThread
from checkin.sync.server import Identity, SyncServer

OTHER = "12" * 16
"""The origin the test's requests claim: another station of the event."""


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Peers:
    """The service's side of the server, not under test here."""

    def met(self, origin: str, name: str, address: str | None) -> None:
        pass

    def heard_from(self, origin: str) -> None:
        pass


@asynccontextmanager
async def serving(path: Path, clock: Clock | None = None) -> AsyncIterator[tuple[str, Identity]]:
    db = ReplicaThread()
    await db.open(path, "A")
    identity = await db.run(lambda station: Identity.of(station, "A", "instance-a"))
    challenges = Challenges(clock=clock) if clock else None
    runner = web.AppRunner(SyncServer(identity, db, Peers(), challenges=challenges).application())
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield f"127.0.0.1:{runner.addresses[0][1]}", identity
    finally:
        await runner.cleanup()
        await db.close()


@pytest.fixture
def event(tmp_path) -> Path:
    path = tmp_path / "a.sqlite"
    make_station(path).close()
    return path


async def challenge(http: aiohttp.ClientSession, address: str) -> str:
    async with http.get(f"http://{address}{protocol.CHALLENGE}") as response:
        return (await response.json())["challenge"]


async def post(http: aiohttp.ClientSession, address: str, path: str, data: bytes) -> tuple[int, object]:
    async with http.post(f"http://{address}{path}", data=data) as response:
        text = await response.text()
        try:
            return response.status, json.loads(text)
        except ValueError:
            return response.status, text


async def sealed_request(
    http: aiohttp.ClientSession, address: str, key: bytes, path: str, body: object, origin: str = OTHER
) -> bytes:
    live = await challenge(http, address)
    return json.dumps(seal_json(key, body, Binding(live, "POST", path, origin), Direction.REQUEST)).encode()


async def still_serving(http: aiohttp.ClientSession, address: str, identity: Identity) -> None:
    """A request of a real station still gets its answer."""
    client = PeerClient(http, address, key=identity.key, origin=OTHER)
    pulled = await client.pull({}, 2)
    assert len(pulled.entries) == 2 and pulled.more


def test_a_station_of_the_event_pulls_the_log(event):
    async def scenario() -> None:
        async with serving(event) as (address, identity), http_session() as http:
            client = PeerClient(http, address, key=identity.key, origin=OTHER)
            hello = await client.hello(name="B", fingerprint=identity.fingerprint, instance="b", port=None)
            pulled = await client.pull({}, 100)
        assert (hello.origin, hello.name) == (identity.origin, "A")
        assert len(pulled.entries) == log_rows(event) and not pulled.more
        assert pulled.vector == {identity.origin: log_rows(event)}

    asyncio.run(scenario())


def test_a_request_under_another_key_is_refused(event):
    async def scenario() -> None:
        before = log_rows(event)
        async with serving(event) as (address, identity), http_session() as http:
            with pytest.raises(PeerError) as refused:
                await exchange(
                    http, address, protocol.PUSH, b'{"entries": []}', key=os.urandom(32), origin=OTHER
                )
            assert refused.value.code == "wrong_event"
            await still_serving(http, address, identity)
        assert log_rows(event) == before

    asyncio.run(scenario())


def test_a_tampered_request_is_refused(event):
    async def scenario() -> None:
        async with serving(event) as (address, identity), http_session() as http:
            request = json.loads(await sealed_request(http, address, identity.key, protocol.PULL,
                                                      {"vector": {}, "limit": 10}))  # fmt: skip
            box = bytearray(base64.b64decode(request["box"]))
            box[-1] ^= 0x40
            request["box"] = base64.b64encode(bytes(box)).decode()
            status, answer = await post(http, address, protocol.PULL, json.dumps(request).encode())
            assert (status, answer) == (401, {"error": "wrong_key"})
            await still_serving(http, address, identity)

    asyncio.run(scenario())


def test_a_replayed_request_is_refused_and_changes_nothing(event, tmp_path):
    """A push captured on the Wi-Fi and sent again: the first counts, the copy is refused."""
    original = Station.open(event)
    desk_b = joined(original, tmp_path / "b.sqlite", "B")
    desk_b.check_in(code_of(desk_b, "Kowalski"), day=DAYS[0])
    entries, _ = desk_b.replica.entries_after(original.replica.version_vector())
    original.close()

    async def scenario() -> None:
        async with serving(event) as (address, identity), http_session() as http:
            captured = await sealed_request(http, address, identity.key, protocol.PUSH, {"entries": entries},
                                            origin=desk_b.replica.origin)  # fmt: skip
            assert (await post(http, address, protocol.PUSH, captured))[0] == 200
            after_first = log_rows(event)
            status, answer = await post(http, address, protocol.PUSH, captured)
            assert (status, answer) == (401, {"error": "unknown_challenge"})
            assert log_rows(event) == after_first
            await still_serving(http, address, identity)

    before = log_rows(event)
    asyncio.run(scenario())
    assert log_rows(event) == before + len(entries)


def test_a_request_under_an_expired_challenge_is_refused(event):
    clock = Clock()

    async def scenario() -> None:
        async with serving(event, clock) as (address, identity), http_session() as http:
            request = await sealed_request(
                http, address, identity.key, protocol.PULL, {"vector": {}, "limit": 5}
            )
            clock.now += 31
            assert await post(http, address, protocol.PULL, request) == (401, {"error": "unknown_challenge"})
            await still_serving(http, address, identity)

    asyncio.run(scenario())


def test_an_oversized_body_is_refused_unread(event):
    async def scenario() -> None:
        before = log_rows(event)
        async with serving(event) as (address, identity), http_session() as http:
            status, _ = await post(http, address, protocol.PUSH, b"x" * (protocol.MAX_REQUEST_BYTES + 1))
            assert status == 413
            await still_serving(http, address, identity)
        assert log_rows(event) == before

    asyncio.run(scenario())


@pytest.mark.parametrize(
    "body",
    [
        os.urandom(2000),
        b'{"entries": []}',
        json.dumps(
            {"v": 1, "origin": OTHER, "challenge": "00" * 16, "nonce": "AAAA", "box": "AAAA"}
        ).encode(),
        b"[]",
        b"",
    ],
    ids=["random bytes", "JSON without a key", "an envelope under no challenge", "a list", "nothing"],
)
def test_hostile_bodies_are_refused_and_change_nothing(event, body):
    async def scenario() -> None:
        before = log_rows(event)
        async with serving(event) as (address, identity), http_session() as http:
            for path in (protocol.PUSH, protocol.PULL, protocol.HELLO, protocol.PAIR):
                status, _ = await post(http, address, path, body)
                assert 400 <= status < 500
            await still_serving(http, address, identity)
        assert log_rows(event) == before

    asyncio.run(scenario())


def test_entries_the_replica_refuses_are_answered_422_and_change_nothing(event):
    async def scenario() -> None:
        before = log_rows(event)
        async with serving(event) as (address, identity), http_session() as http:
            bad = [{"uuid": "not a uuid", "kind": "check_in"}]
            request = await sealed_request(http, address, identity.key, protocol.PUSH, {"entries": bad})
            assert await post(http, address, protocol.PUSH, request) == (422, {"error": "bad_entries"})
            malformed = await sealed_request(http, address, identity.key, protocol.PULL, {"vector": {"x": 1}})
            assert await post(http, address, protocol.PULL, malformed) == (400, {"error": "bad_body"})
            await still_serving(http, address, identity)
        assert log_rows(event) == before

    asyncio.run(scenario())


def test_a_copy_of_this_event_file_is_told_so(event):
    async def scenario() -> None:
        async with serving(event) as (address, identity), http_session() as http:
            copy = PeerClient(http, address, key=identity.key, origin=identity.origin)
            with pytest.raises(PeerError) as refused:
                await copy.hello(name="copy", fingerprint=identity.fingerprint, instance="other", port=None)
            assert refused.value.code == "copied_file"
            with pytest.raises(PeerError) as itself:
                await copy.hello(name="A", fingerprint=identity.fingerprint, instance="instance-a", port=None)
            assert itself.value.code == "itself"

    asyncio.run(scenario())


def test_a_wrong_pairing_code_is_refused_and_the_code_dropped_after_five(event):
    station = Station.open(event)
    code = station.replica.new_pairing_code()
    station.close()

    async def attempt(http: aiohttp.ClientSession, address: str, typed: str) -> str:
        try:
            await exchange(http, address, protocol.PAIR, b"{}", key=pairing_key(typed), origin="")
        except PeerError as error:
            return error.code
        return "joined"

    async def scenario() -> list[str]:
        async with serving(event) as (address, _), http_session() as http:
            first = await attempt(http, address, code)
            wrong = [await attempt(http, address, "AAAA-AAAA") for _ in range(5)]
            return [first, *wrong, await attempt(http, address, code)]

    assert asyncio.run(scenario()) == ["joined", *["wrong_code"] * 5, "no_pairing_code"]

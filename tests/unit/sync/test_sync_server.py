"""The sync server in this process on loopback, against a real event file: only a station holding the
event's key gets anything done, each request counts once, and nothing hostile changes the file or stops
the server."""

import asyncio
import base64
import json
import os
from pathlib import Path

import aiohttp
import pytest
from helpers.cli import log_rows
from helpers.events import DAYS, code_of, make_station
from helpers.replicas import joined
from helpers.sync_server import Clock, challenge, post, serving

from checkin.station import Station
from checkin.sync import protocol
from checkin.sync.client import PeerClient, PeerError, exchange, http_session, request_headers
from checkin.sync.envelope import Binding, Direction, seal_json
from checkin.sync.server import Identity

OTHER = "12" * 16
"""The origin the test's requests claim: another station of the event."""

Request = tuple[bytes, dict[str, str]]
"""A request's body and headers."""


@pytest.fixture
def event(tmp_path) -> Path:
    path = tmp_path / "a.sqlite"
    make_station(path).close()
    return path


async def sealed_request(
    http: aiohttp.ClientSession, address: str, key: bytes, path: str, body: object, origin: str = OTHER
) -> Request:
    binding = Binding(await challenge(http, address), "POST", path, origin)
    sealed = json.dumps(seal_json(key, body, binding, Direction.REQUEST)).encode()
    return sealed, request_headers(key, binding)


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
            data, headers = await sealed_request(http, address, identity.key, protocol.PULL,
                                                 {"vector": {}, "limit": 10})  # fmt: skip
            request = json.loads(data)
            box = bytearray(base64.b64decode(request["box"]))
            box[-1] ^= 0x40
            request["box"] = base64.b64encode(bytes(box)).decode()
            status, answer = await post(http, address, protocol.PULL, json.dumps(request).encode(), headers)
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
            assert (await post(http, address, protocol.PUSH, *captured))[0] == 200
            after_first = log_rows(event)
            status, answer = await post(http, address, protocol.PUSH, *captured)
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
            assert await post(http, address, protocol.PULL, *request) == (401, {"error": "unknown_challenge"})
            await still_serving(http, address, identity)

    asyncio.run(scenario())


def test_an_oversized_body_is_refused_unread(event):
    async def scenario() -> None:
        before = log_rows(event)
        async with serving(event) as (address, identity), http_session() as http:
            _, headers = await sealed_request(http, address, identity.key, protocol.PUSH, {"entries": []})
            oversized = b"x" * (protocol.MAX_REQUEST_BYTES + 1)
            assert (await post(http, address, protocol.PUSH, oversized, headers))[0] == 413
            await still_serving(http, address, identity)
        assert log_rows(event) == before

    asyncio.run(scenario())


@pytest.mark.parametrize("claim", ["no headers", "an unknown challenge", "a live challenge, no key"])
def test_a_request_without_the_key_is_answered_on_its_headers_before_its_body_is_read(event, claim):
    """A request announcing 16 MiB of body and sending none of it: refused at once, not read (and parsed)
    first, whatever challenge it names."""

    async def answer(address: str, headers: dict[str, str]) -> bytes:
        host, port = address.split(":")
        reader, writer = await asyncio.open_connection(host, int(port))
        lines = [f"POST {protocol.PUSH} HTTP/1.1", f"Host: {address}", f"Content-Length: {16 * 2**20}",
                 *(f"{name}: {value}" for name, value in headers.items())]  # fmt: skip
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        try:
            return await asyncio.wait_for(reader.readline(), 5)
        finally:
            writer.close()

    async def scenario() -> None:
        async with serving(event) as (address, identity), http_session() as http:
            live = Binding(await challenge(http, address), "POST", protocol.PUSH, OTHER)
            unknown = Binding("ab" * 16, "POST", protocol.PUSH, OTHER)
            headers = {
                "no headers": {},
                "an unknown challenge": request_headers(identity.key, unknown),
                "a live challenge, no key": request_headers(os.urandom(32), live),
            }[claim]
            status_line = await answer(address, headers)
            assert status_line.split()[1] in (b"400", b"401"), status_line
            await still_serving(http, address, identity)

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
            for path in (protocol.PUSH, protocol.PULL, protocol.HELLO, protocol.PAIR, protocol.PAIR_START):
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
            assert await post(http, address, protocol.PUSH, *request) == (422, {"error": "bad_entries"})
            malformed = await sealed_request(http, address, identity.key, protocol.PULL, {"vector": {"x": 1}})
            assert await post(http, address, protocol.PULL, *malformed) == (400, {"error": "bad_body"})
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

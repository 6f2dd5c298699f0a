"""Pairing a new laptop with the code a station shows, against a real station server on loopback: the
right code joins, a stranger's guesses delay only the stranger's address, and a recorded join holds
nothing a guessed code can be checked against."""

import asyncio
import json
import os
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from helpers.events import make_station
from helpers.sync_server import challenge, post, serving

from checkin.errors import UserError
from checkin.replication import replica
from checkin.roles import FIRST_WAIT_S, FREE_ATTEMPTS
from checkin.station import Station
from checkin.sync import protocol
from checkin.sync.client import PairingWait, PeerError, exchange, pairing_start
from checkin.sync.envelope import Binding, Direction, EnvelopeError, open_sealed, proves_key
from checkin.sync.joining import join
from checkin.sync.pairing import BadMessage, JoinerExchange, station_answer

WRONG_CODE = "AAAA-AAAA"


@pytest.fixture
def event(tmp_path) -> Path:
    path = tmp_path / "a.sqlite"
    make_station(path).close()
    return path


def show_code(path: Path) -> str:
    station = Station.open(path)
    try:
        return station.replica.new_pairing_code()
    finally:
        station.close()


def guests_in(path: Path) -> int:
    station = Station.open(path)
    try:
        return len(list(station.storage.attendees()))
    finally:
        station.close()


def from_address(source: str) -> aiohttp.ClientSession:
    """A client whose connections come from `source`, another loopback address (all of 127/8 is this
    machine): the station knows a device by the address its connection comes from."""
    return aiohttp.ClientSession(connector=aiohttp.TCPConnector(local_addr=(source, 0)))


async def joins(address: str, code: str, target: Path) -> str:
    """What the `join` command ends with, run as it is (its own event loop, on a thread): "joined" or the
    code of its UserError."""
    try:
        await asyncio.to_thread(join, address, code, target)
    except UserError as error:
        return error.code
    return "joined"


async def guess(http: aiohttp.ClientSession, address: str, code: str) -> str:
    """One whole pairing exchange with `code`, as a stranger's program would run it: "joined" or why not."""
    joiner = JoinerExchange(code)
    try:
        challenge_, answer = await pairing_start(http, address, joiner.message)
        await exchange(http, address, protocol.PAIR, b"{}", key=joiner.key(answer), origin="",
                       challenge=challenge_, max_answer=protocol.MAX_SNAPSHOT_BYTES)  # fmt: skip
    except PeerError as error:
        return error.code
    return "joined"


def test_the_right_code_derives_the_stations_key_and_a_wrong_one_does_not():
    right, wrong = JoinerExchange("k7pq-4x2m"), JoinerExchange(WRONG_CODE)
    answer, key = station_answer("K7PQ4X2M", right.message)
    assert right.key(answer) == key
    other_answer, other_key = station_answer("K7PQ4X2M", wrong.message)
    assert wrong.key(other_answer) != other_key
    assert station_answer("K7PQ4X2M", right.message)[1] != key  # each exchange its own key


NOT_A_JOINERS_MESSAGE = {
    "nothing": lambda: b"",
    "cut short": lambda: JoinerExchange("K7PQ4X2M").message[:20],
    "the station's side": lambda: station_answer("K7PQ4X2M", JoinerExchange("K7PQ4X2M").message)[0],
    "no point of the group": lambda: b"A" + bytes(32),
}


@pytest.mark.parametrize("what", NOT_A_JOINERS_MESSAGE)
def test_what_is_not_a_joiners_spake2_message_is_refused(what):
    with pytest.raises(BadMessage):
        station_answer("K7PQ4X2M", NOT_A_JOINERS_MESSAGE[what]())


def test_random_pair_requests_do_not_cancel_the_code_on_display(event, tmp_path):
    """The sweep's finding: five POSTs to /pair with random proofs (no key, under a second) cancelled the
    code on display. Now they name no exchange of the station's and count for nothing."""
    code = show_code(event)

    async def scenario() -> list[int]:
        async with serving(event) as (address, _), from_address("127.0.0.2") as stranger:
            statuses = []
            for _ in range(20):
                live = await challenge(stranger, address)
                headers = {protocol.CHALLENGE_HEADER: live, protocol.ORIGIN_HEADER: "",
                           protocol.PROOF_HEADER: os.urandom(32).hex()}  # fmt: skip
                statuses.append((await post(stranger, address, protocol.PAIR, os.urandom(64), headers))[0])
            assert await joins(address, code, tmp_path / "new.sqlite") == "joined"
            return statuses

    assert set(asyncio.run(scenario())) == {401}


def test_a_stranger_guessing_codes_waits_alone_and_the_new_laptop_still_joins(event, tmp_path):
    code = show_code(event)

    async def scenario() -> None:
        async with serving(event) as (address, _), from_address("127.0.0.2") as stranger:
            assert [await guess(stranger, address, WRONG_CODE) for _ in range(FREE_ATTEMPTS)] == [
                "wrong_code"
            ] * FREE_ATTEMPTS
            with pytest.raises(PairingWait) as waits:
                await pairing_start(stranger, address, JoinerExchange(code).message)
            assert waits.value.seconds == FIRST_WAIT_S  # even with the right code: not even tried
            assert await joins(address, code, tmp_path / "new.sqlite") == "joined"

    asyncio.run(scenario())
    assert guests_in(tmp_path / "new.sqlite") == guests_in(event)


def test_a_new_laptop_that_must_wait_is_told_for_how_long(event, tmp_path):
    code = show_code(event)

    async def scenario() -> None:
        async with serving(event) as (address, _):
            for _ in range(FREE_ATTEMPTS):
                assert await joins(address, WRONG_CODE, tmp_path / "new.sqlite") == "pairing_refused"
            with pytest.raises(UserError) as refused:
                await asyncio.to_thread(join, address, code, tmp_path / "new.sqlite")
            assert refused.value.code == "pairing_wait"
            assert refused.value.params["seconds"] == str(FIRST_WAIT_S)

    asyncio.run(scenario())
    assert not (tmp_path / "new.sqlite").exists()


def test_wrong_proofs_from_all_addresses_together_retire_the_code(event, tmp_path, monkeypatch):
    monkeypatch.setattr(replica, "PAIRING_FAILURES", 4)
    code = show_code(event)

    async def scenario() -> list[str]:
        async with serving(event) as (address, _):
            outcomes = []
            for n in range(4):
                async with from_address(f"127.0.0.{n + 2}") as stranger:
                    outcomes.append(await guess(stranger, address, WRONG_CODE))
            outcomes.append(await joins(address, code, tmp_path / "new.sqlite"))
            return outcomes

    assert asyncio.run(scenario()) == ["wrong_code"] * 4 + ["no_pairing_code"]


def test_an_exchange_started_under_a_code_is_worthless_once_a_new_code_is_shown(event):
    code = show_code(event)

    async def scenario() -> str:
        async with serving(event) as (address, _), aiohttp.ClientSession() as http:
            joiner = JoinerExchange(code)
            challenge_, answer = await pairing_start(http, address, joiner.message)
            show_code(event)
            try:
                await exchange(http, address, protocol.PAIR, b"{}", key=joiner.key(answer), origin="",
                               challenge=challenge_)  # fmt: skip
            except PeerError as error:
                return error.code
            return "joined"

    assert asyncio.run(scenario()) == "no_pairing_code"


@dataclass(frozen=True)
class Recorded:
    path: str
    headers: dict[str, str]
    body: bytes
    status: int
    answer: bytes


async def recording_proxy(station: str, record: list[Recorded]) -> web.AppRunner:
    """What a device on the Wi-Fi sees of a join: every request and answer passing between the new laptop
    and the station, kept whole."""

    async def forward(request: web.Request) -> web.Response:
        body = await request.read()
        headers = {
            k: v for k, v in request.headers.items() if k.startswith("X-Checkin") or k == "Content-Type"
        }
        async with (
            aiohttp.ClientSession() as http,
            http.request(
                request.method, f"http://{station}{request.path}", data=body, headers=headers
            ) as answer,
        ):
            raw = await answer.read()
        record.append(Recorded(request.path, headers, body, answer.status, raw))
        return web.Response(body=raw, status=answer.status, content_type="application/json")

    app = web.Application(client_max_size=protocol.MAX_REQUEST_BYTES)
    app.add_routes([web.route("*", "/{tail:.*}", forward)])
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner


def test_a_recorded_join_holds_nothing_a_guessed_code_can_be_checked_against(event, tmp_path):
    """The sweep's finding: the proof was derived from the short code with a salt sent in the clear, so a
    recorded join let anyone try every code offline. Now the recording is of a SPAKE2 exchange: a code
    tried against it, even the right one, gives a key that neither matches the joiner's proof nor opens the
    station's answer; and the station hands out no salt."""
    code = show_code(event)
    record: list[Recorded] = []

    async def scenario() -> None:
        async with serving(event) as (address, _):
            proxy = await recording_proxy(address, record)
            try:
                via = f"127.0.0.1:{proxy.addresses[0][1]}"
                assert await joins(via, code, tmp_path / "new.sqlite") == "joined"
                async with aiohttp.ClientSession() as http:
                    async with http.get(f"http://{address}/pair/salt") as salt:
                        assert salt.status == 404
                    replayed = record[-1]
                    status, _ = await post(http, address, protocol.PAIR, replayed.body, replayed.headers)
                    assert status == 401  # an exchange is used once
            finally:
                await proxy.cleanup()

    asyncio.run(scenario())
    start, pair = (r for r in record if r.path in (protocol.PAIR_START, protocol.PAIR))
    assert (start.status, pair.status) == (200, 200)
    assert set(json.loads(start.body)) == {"message"}
    started = json.loads(start.answer)
    assert set(started) == {"challenge", "message"}
    binding = Binding(started["challenge"], "POST", protocol.PAIR, "")
    answer = json.loads(pair.answer)
    for tried in (code, WRONG_CODE):
        key = JoinerExchange(tried).key(bytes.fromhex(started["message"]))
        assert not proves_key(key, binding, pair.headers[protocol.PROOF_HEADER])
        with pytest.raises(EnvelopeError):
            open_sealed(key, answer, Binding(binding.challenge, "POST", protocol.PAIR, answer["origin"]),
                        Direction.RESPONSE)  # fmt: skip

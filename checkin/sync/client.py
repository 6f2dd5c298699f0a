"""Talking to one other station: a challenge, then a sealed request, then its sealed answer checked.

Whatever goes wrong with a peer ends as a `PeerError` with a short English reason for the desk's status,
or as aiohttp's/asyncio's own connection and timeout errors (the peer is not reachable).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import aiohttp

from checkin.sync import protocol
from checkin.sync.envelope import (
    Binding,
    Direction,
    EnvelopeError,
    Refusal,
    json_bytes,
    open_sealed,
    read_binding,
    request_proof,
    seal,
)

CONNECT_TIMEOUT_S = 3.0
EXCHANGE_TIMEOUT_S = 120.0
"""Generous: a catch-up batch of 20,000 entries over a weak Wi-Fi still arrives."""
READ_CHUNK_BYTES = 256 * 1024
"""An answer is read in pieces of this size: a join's progress moves every quarter megabyte."""


class PeerError(Exception):
    """A peer that answered but would not sync, or whose answer we refuse. `code` is a stable word for the
    desk's translation; `problem` the English reason shown in status lines."""

    def __init__(self, code: str, problem: str) -> None:
        super().__init__(problem)
        self.code = code
        self.problem = problem


_REFUSALS = {
    Refusal.WRONG_KEY.value: ("wrong_event", "refused our key: not a station of this event"),
    Refusal.UNKNOWN_CHALLENGE.value: ("refused", "refused the request (challenge expired); retrying"),
    Refusal.MALFORMED.value: ("refused", "refused the request as malformed (another version of the app?)"),
    Refusal.TOO_LARGE.value: ("refused", "refused the request as too large"),
    protocol.ERROR_SAME_ORIGIN: ("copied_file", "holds a copy of this event file: join the event with a "
                                 "pairing code instead of copying the file"),
    protocol.ERROR_ITSELF: ("itself", "this is this station's own address"),
    protocol.ERROR_BAD_ENTRIES: ("refused", "refused our log entries"),
    protocol.ERROR_BUSY: ("busy", "its event file is busy; retrying"),
    protocol.ERROR_NO_PAIRING_CODE: ("no_pairing_code", "shows no pairing code (none, or expired)"),
    protocol.ERROR_WRONG_CODE: ("wrong_code", "refused the pairing code"),
}  # fmt: skip


class PairingWait(PeerError):
    """The station refuses pairing exchanges from our address for `seconds` (too many without a join)."""

    def __init__(self, retry_after: str) -> None:
        self.seconds = int(retry_after) if retry_after.isdigit() else 0
        super().__init__("pairing_wait", f"asks to wait {self.seconds} s before the next pairing try")


def not_a_station() -> PeerError:
    return PeerError("not_a_station", "does not answer like a check-in station")


def bad_answer() -> PeerError:
    return PeerError("bad_answer", "its answer does not open with the event's key")


@dataclass(frozen=True)
class Hello:
    origin: str
    name: str
    fingerprint: str


@dataclass(frozen=True)
class Pulled:
    entries: list[dict[str, object]]
    more: bool
    vector: dict[str, int]
    """What the peer holds: the push that follows sends what this lacks."""


@dataclass(frozen=True)
class Pushed:
    added: int
    vector: dict[str, int]


def http_session(timeout_s: float = EXCHANGE_TIMEOUT_S) -> aiohttp.ClientSession:
    timeout = aiohttp.ClientTimeout(total=timeout_s, sock_connect=CONNECT_TIMEOUT_S)
    return aiohttp.ClientSession(timeout=timeout)


Received = Callable[[int, int], None]
"""received(bytes so far, bytes in all or 0 when the station did not say), as an answer arrives."""


async def exchange(
    http: aiohttp.ClientSession, address: str, path: str, payload: bytes, *, key: bytes, origin: str,
    max_answer: int = protocol.MAX_RESPONSE_BYTES, challenge: str | None = None,
    received: Received | None = None,
) -> tuple[str, bytes]:  # fmt: skip
    """One sealed request and its answer: (the answering station's origin, the answer's payload), under
    `challenge` (by default a new one from the station). Sealing and opening run beside the event loop: a
    catch-up batch takes a few hundred milliseconds of each. `received` follows a long answer (a join's)."""
    loop = asyncio.get_running_loop()
    challenge = challenge or await _challenge(http, address)
    binding = Binding(challenge, "POST", path, origin)
    request = await loop.run_in_executor(None, _sealed_request, key, payload, binding)
    headers = request_headers(key, binding)
    async with http.post(_url(address, path), data=request, headers=headers) as response:
        if response.status != 200:
            raise await _refusal(response)
        raw = await _read_bounded(response, max_answer, received)
    return await loop.run_in_executor(None, _opened_answer, key, raw, binding)


def request_headers(key: bytes, binding: Binding) -> dict[str, str]:
    """The headers of a sealed request: its binding, and the proof that we hold `key` (see `protocol`)."""
    return {
        "Content-Type": "application/json", protocol.CHALLENGE_HEADER: binding.challenge,
        protocol.ORIGIN_HEADER: binding.origin, protocol.PROOF_HEADER: request_proof(key, binding),
    }  # fmt: skip


def _sealed_request(key: bytes, payload: bytes, binding: Binding) -> bytes:
    return json.dumps(seal(key, payload, binding, Direction.REQUEST)).encode()


def _opened_answer(key: bytes, raw: bytes, request: Binding) -> tuple[str, bytes]:
    """The answer's payload, if it is sealed under `key` for the very request we sent."""
    try:
        answer = json.loads(raw)
        claimed = read_binding(answer, request.method, request.path)
        if claimed.challenge != request.challenge:
            raise bad_answer()
        return claimed.origin, open_sealed(key, answer, claimed, Direction.RESPONSE)
    except (ValueError, RecursionError, EnvelopeError):
        raise bad_answer() from None


class PeerClient:
    """The sync endpoints of the station at `address` ("host:port"), as this station (`origin`, `key`)."""

    def __init__(self, http: aiohttp.ClientSession, address: str, *, key: bytes, origin: str) -> None:
        self._http, self.address, self._key, self._origin = http, address, key, origin

    async def hello(self, *, name: str, fingerprint: str, instance: str, port: int | None) -> Hello:
        origin, body = await self._call(
            protocol.HELLO, {"name": name, "fingerprint": fingerprint, "instance": instance, "port": port}
        )
        try:
            return Hello(origin, protocol.name_of(protocol.field(body, "name")),
                         str(protocol.field(body, "fingerprint")))  # fmt: skip
        except protocol.BadBody:
            raise bad_answer() from None

    async def pull(self, vector: Mapping[str, int], limit: int) -> Pulled:
        _, body = await self._call(protocol.PULL, {"vector": dict(vector), "limit": limit})
        try:
            more = protocol.field(body, "more")
            return Pulled(protocol.entries_of(protocol.field(body, "entries")), more is True,
                          protocol.vector_of(protocol.field(body, "vector")))  # fmt: skip
        except protocol.BadBody:
            raise bad_answer() from None

    async def push(self, entries: Sequence[Mapping[str, object]]) -> Pushed:
        """Sends `entries` (in causal order), in several requests if one would be too large."""
        loop = asyncio.get_running_loop()
        payload = await loop.run_in_executor(None, json_bytes, {"entries": list(entries)})
        if len(payload) > protocol.MAX_REQUEST_BYTES // 2 and len(entries) > 1:
            # Sealed, the body grows by base64's third; halves keep the causal order.
            half = len(entries) // 2
            first = await self.push(entries[:half])
            second = await self.push(entries[half:])
            return Pushed(first.added + second.added, second.vector)
        _, body = await self._exchange(protocol.PUSH, payload)
        try:
            added = protocol.field(body, "added")
            vector = protocol.vector_of(protocol.field(body, "vector"))
        except protocol.BadBody:
            raise bad_answer() from None
        return Pushed(added if type(added) is int else 0, vector)

    async def _call(self, path: str, body: object) -> tuple[str, object]:
        return await self._exchange(path, json_bytes(body))

    async def _exchange(self, path: str, payload: bytes) -> tuple[str, object]:
        origin, answer = await exchange(self._http, self.address, path, payload, key=self._key,
                                        origin=self._origin)  # fmt: skip
        try:
            return origin, await asyncio.get_running_loop().run_in_executor(None, json.loads, answer)
        except (ValueError, RecursionError):
            raise bad_answer() from None


def _url(address: str, path: str) -> str:
    return f"http://{address}{path}"


async def pairing_start(http: aiohttp.ClientSession, address: str, message: bytes) -> tuple[str, bytes]:
    """Our SPAKE2 message to the station at `address` (see `pairing`): (the challenge our proof must name,
    the station's message). Raises PairingWait when this address must wait before another exchange."""
    async with http.post(_url(address, protocol.PAIR_START), json={"message": message.hex()}) as response:
        if response.status == 429:
            raise PairingWait(response.headers.get("Retry-After", ""))
        if response.status != 200:
            raise await _refusal(response)
        try:
            answer = json.loads(await _read_bounded(response, 1024))
            challenge, theirs = answer["challenge"], protocol.pairing_message_of(answer["message"])
        except (ValueError, RecursionError, KeyError, TypeError, protocol.BadBody):
            raise not_a_station() from None
    if not isinstance(challenge, str):
        raise not_a_station()
    return challenge, theirs


async def _challenge(http: aiohttp.ClientSession, address: str) -> str:
    async with http.get(_url(address, protocol.CHALLENGE)) as response:
        if response.status != 200:
            raise not_a_station()
        try:
            challenge = json.loads(await _read_bounded(response, 1024))["challenge"]
        except (ValueError, RecursionError, KeyError, TypeError):
            raise not_a_station() from None
    if not isinstance(challenge, str):
        raise not_a_station()
    return challenge


async def _refusal(response: aiohttp.ClientResponse) -> PeerError:
    try:
        word = json.loads(await _read_bounded(response, 4096)).get("error")
    except (ValueError, RecursionError, AttributeError, PeerError):
        word = None
    if response.status == 413:
        word = Refusal.TOO_LARGE.value
    if not isinstance(word, str) or word not in _REFUSALS:
        return not_a_station()
    return PeerError(*_REFUSALS[word])


async def _read_bounded(
    response: aiohttp.ClientResponse, limit: int, received: Received | None = None
) -> bytes:
    """The whole body, unless it runs past `limit` (a peer gone mad, or not a station at all)."""
    total = response.content_length or 0
    if total > limit:
        raise PeerError("too_large", "sent an answer too large to accept")
    chunks, size = [], 0
    async for chunk in response.content.iter_chunked(READ_CHUNK_BYTES):
        size += len(chunk)
        if size > limit:
            raise PeerError("too_large", "sent an answer too large to accept")
        chunks.append(chunk)
        if received is not None:
            received(size, total)
    return b"".join(chunks)

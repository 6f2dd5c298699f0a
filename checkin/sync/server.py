"""The station's HTTP side: the sync endpoints (see `protocol`) and pairing, served with aiohttp.

Every request is refused before it can touch the event file unless it opens with the event's key under a
live challenge of ours, which it then uses up. Its headers must name that challenge and prove the key (see
`protocol`) before a byte of its body is read: someone on the network without the key gets an answer from
the headers alone, and whatever parsing and decrypting a body takes is done beside the event loop, for
senders that hold the key. Whatever a request holds, a refusal is a 4xx answer with nothing changed, and
the server goes on serving: the event file is only written by `Replica.receive`, which takes a batch whole
or not at all.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NoReturn, Protocol, TypeVar

from aiohttp import web

from checkin.errors import UserError
from checkin.station import Station
from checkin.sync import protocol
from checkin.sync.addresses import format_address
from checkin.sync.attempts import address_key
from checkin.sync.envelope import (
    Binding,
    Challenges,
    Direction,
    EnvelopeError,
    Refusal,
    claimed_binding,
    is_origin,
    open_raw_json,
    proves_key,
    seal,
    seal_json,
)
from checkin.sync.pairing import BadMessage, PairingAttempts, station_answer
from checkin.sync.replica_thread import ReplicaThread

T = TypeVar("T")

BAD_ENTRIES_CODE = "bad_sync_entries"
"""The code of the UserError `checkin.replication.received_rows.bad` raises (the replica refusing a batch):
the peer's batch, not our file, is at fault."""

_STATUS = {Refusal.MALFORMED: 400, Refusal.UNKNOWN_CHALLENGE: 401, Refusal.WRONG_KEY: 401,
           Refusal.TOO_LARGE: 413}  # fmt: skip


@dataclass(frozen=True)
class Identity:
    """Who this station is on the wire."""

    origin: str
    name: str
    fingerprint: str
    key: bytes
    instance: str
    """Random for each running service: tells this very station (its own address typed in) from another
    process holding a copy of its event file, which has the same origin."""
    event: str = ""
    """The event's name, announced on the LAN for laptops about to join (`discovery`)."""

    @classmethod
    def of(cls, station: Station, name: str, instance: str) -> Identity:
        """From the station's replica; on the thread the station belongs to."""
        replica = station.replica
        return cls(origin=replica.origin, name=name or station.name, fingerprint=replica.fingerprint,
                   key=replica.sync_key(), instance=instance, event=station.event.name)  # fmt: skip


class PeerBook(Protocol):
    """Where the server reports the stations that talk to it (the service's list of peers)."""

    def met(self, origin: str, name: str, address: str | None) -> None:
        """A station said hello; `address` is where it listens (None: it does not)."""

    def pushed(self, origin: str, *, accepted: bool) -> None:
        """A station pushed to us, the last step of its round; `accepted`: we took its entries (else we
        refused them). All we learn of a station that does not listen: we cannot exchange with it."""


_ERRORS: dict[int, type[web.HTTPException]] = {
    400: web.HTTPBadRequest, 401: web.HTTPUnauthorized, 403: web.HTTPForbidden, 409: web.HTTPConflict,
    413: web.HTTPRequestEntityTooLarge, 422: web.HTTPUnprocessableEntity, 503: web.HTTPServiceUnavailable,
}  # fmt: skip


def _refused(status: int, word: str) -> NoReturn:
    raise _ERRORS[status](text=json.dumps({"error": word}), content_type="application/json")


class SyncServer:
    """The endpoints of one station; `extra_routes` are served beside them (the organisers' phone page)."""

    def __init__(
        self, identity: Identity, db: ReplicaThread, peers: PeerBook,
        extra_routes: Sequence[web.RouteDef] = (), challenges: Challenges | None = None,
    ) -> None:  # fmt: skip
        self.identity, self._db, self._peers = identity, db, peers
        self._extra_routes = list(extra_routes)
        self._challenges = challenges or Challenges()
        self._pairing = PairingAttempts()

    def application(self) -> web.Application:
        app = web.Application(client_max_size=protocol.MAX_PLAIN_REQUEST_BYTES)
        app.add_routes([
            web.get(protocol.CHALLENGE, self._challenge), web.post(protocol.HELLO, self._hello),
            web.post(protocol.PULL, self._pull), web.post(protocol.PUSH, self._push),
            web.post(protocol.PAIR, self._pair), web.post(protocol.PAIR_START, self._pair_start),
            *self._extra_routes,
        ])  # fmt: skip
        return app

    # --- endpoints ----------------------------------------------------------------------------------------

    async def _challenge(self, _request: web.Request) -> web.Response:
        return web.json_response({"challenge": self._challenges.issue()})

    async def _hello(self, request: web.Request) -> web.Response:
        binding, body = await self._opened(request)
        with _bad_body():
            instance, name = protocol.field(body, "instance"), protocol.name_of(protocol.field(body, "name"))
            port = protocol.port_of(protocol.field(body, "port"))
        me = self.identity
        if binding.origin == me.origin:
            _refused(409, protocol.ERROR_ITSELF if instance == me.instance else protocol.ERROR_SAME_ORIGIN)
        self._peers.met(binding.origin, name, format_address(request.remote or "", port) if port else None)
        return await self._answer(binding, {"name": me.name, "fingerprint": me.fingerprint})

    async def _pull(self, request: web.Request) -> web.Response:
        binding, body = await self._authenticated(request)
        with _bad_body():
            vector = protocol.vector_of(protocol.field(body, "vector"))
            limit = protocol.limit_of(protocol.field(body, "limit"))

        def read(station: Station) -> dict[str, object]:
            entries, more = station.replica.entries_after(vector, limit)
            return {"entries": entries, "more": more, "vector": station.replica.version_vector()}

        return await self._answer(binding, await self._on_file(read))

    async def _push(self, request: web.Request) -> web.Response:
        binding, body = await self._authenticated(request)
        with _bad_body():
            entries = protocol.entries_of(protocol.field(body, "entries"))

        def write(station: Station) -> dict[str, object]:
            added = station.replica.receive(entries).added if entries else 0  # empty: a round's end
            return {"added": added, "vector": station.replica.version_vector()}

        try:
            answer = await self._on_file(write)
        except web.HTTPUnprocessableEntity:
            self._peers.pushed(binding.origin, accepted=False)
            raise
        self._peers.pushed(binding.origin, accepted=True)
        return await self._answer(binding, answer)

    async def _pair_start(self, request: web.Request) -> web.Response:
        """The station's side of a pairing exchange (see `pairing`), for the code it shows. Counted against
        the sender's address before any work: an address that started too many waits, alone."""
        with _bad_body():
            message = protocol.pairing_message_of(protocol.field(await _plain_json(request), "message"))
        code = await self._on_file(lambda station: station.replica.active_pairing_code())
        if code is None:
            _refused(403, protocol.ERROR_NO_PAIRING_CODE)
        address = address_key(request.remote)
        wait = self._pairing.wait(address)
        if wait:
            raise web.HTTPTooManyRequests(
                text=json.dumps({"error": protocol.ERROR_PAIRING_WAIT, "seconds": wait}),
                content_type="application/json", headers={"Retry-After": str(wait)},
            )  # fmt: skip
        self._pairing.started(address)
        loop = asyncio.get_running_loop()
        try:
            answer, key = await loop.run_in_executor(None, station_answer, code, message)
        except BadMessage:
            _refused(400, protocol.ERROR_BAD_BODY)
        challenge = self._pairing.answered(address, code, key)
        return web.json_response({"challenge": challenge, "message": answer.hex()})

    async def _pair(self, request: web.Request) -> web.Response:
        """The joiner's proof of an exchange's session key, under the challenge `_pair_start` gave: the
        answer is the whole event file, sealed under that key. A wrong proof counts against the code on
        display (retired after `replica.PAIRING_FAILURES`); a request naming no exchange of ours, nothing."""
        binding = self._claimed(request)
        pending = self._pairing.take(binding.challenge)
        if pending is None:
            _refused(401, Refusal.UNKNOWN_CHALLENGE.value)
        if await self._on_file(lambda station: station.replica.active_pairing_code()) != pending.code:
            _refused(403, protocol.ERROR_NO_PAIRING_CODE)
        if not proves_key(pending.key, binding, request.headers.get(protocol.PROOF_HEADER)):
            await self._on_file(lambda station: station.replica.pairing_failed())
            _refused(403, protocol.ERROR_WRONG_CODE)
        self._pairing.succeeded(pending)
        await self._body(request, pending.key, binding)  # says nothing more; it must still open
        snapshot = await self._on_file(_snapshot)
        sealed = await asyncio.get_running_loop().run_in_executor(
            None, _sealed_bytes, pending.key, snapshot, self._answer_binding(binding)
        )
        return web.Response(body=sealed, content_type="application/json")

    # --- opening requests ---------------------------------------------------------------------------------

    async def _authenticated(self, request: web.Request) -> tuple[Binding, object]:
        """A request of a station of this event that is not this station nor a copy of its file."""
        binding, body = await self._opened(request)
        if binding.origin == self.identity.origin:
            _refused(409, protocol.ERROR_SAME_ORIGIN)
        return binding, body

    async def _opened(self, request: web.Request) -> tuple[Binding, object]:
        """The request's binding and body, opened with the event's key; its challenge is used up."""
        binding = self._claimed(request)
        if not is_origin(binding.origin):
            _refused(400, Refusal.MALFORMED.value)
        self._require_live(binding)
        if not proves_key(self.identity.key, binding, request.headers.get(protocol.PROOF_HEADER)):
            _refused(401, Refusal.WRONG_KEY.value)
        self._use(binding)
        return binding, await self._body(request, self.identity.key, binding)

    @staticmethod
    def _claimed(request: web.Request) -> Binding:
        """The binding a request's headers claim, bound to the method and path it really came to."""
        headers = request.headers
        return _checked(lambda: claimed_binding(headers.get(protocol.ORIGIN_HEADER),
                                                headers.get(protocol.CHALLENGE_HEADER), request.method,
                                                request.path))  # fmt: skip

    @staticmethod
    async def _body(request: web.Request, key: bytes, binding: Binding) -> object:
        """The body of a request whose headers proved `key`, read up to the sync bound (aiohttp answers 413
        past it) and opened beside the event loop."""
        raw = await request.clone(client_max_size=protocol.MAX_REQUEST_BYTES).read()
        return await _checked_async(
            asyncio.get_running_loop().run_in_executor(None, open_raw_json, key, raw, binding,
                                                       Direction.REQUEST)
        )  # fmt: skip

    def _require_live(self, binding: Binding) -> None:
        """Checked first, so an unknown challenge costs us nothing; used up only once the headers proved the
        key, so requests of someone without the key cannot burn a station's challenge."""
        if not self._challenges.is_live(binding.challenge):
            _refused(401, Refusal.UNKNOWN_CHALLENGE.value)

    def _use(self, binding: Binding) -> None:
        if not self._challenges.consume(binding.challenge):
            _refused(401, Refusal.UNKNOWN_CHALLENGE.value)  # the same request twice at once: one wins

    # --- answers ------------------------------------------------------------------------------------------

    def _answer_binding(self, request_binding: Binding) -> Binding:
        """The answer to a request is bound to the request's challenge, method and path, under our origin."""
        return replace(request_binding, origin=self.identity.origin)

    async def _answer(self, request_binding: Binding, body: object) -> web.Response:
        answer = self._answer_binding(request_binding)
        sealed = await asyncio.get_running_loop().run_in_executor(
            None, lambda: json.dumps(seal_json(self.identity.key, body, answer, Direction.RESPONSE)).encode()
        )
        return web.Response(body=sealed, content_type="application/json")

    async def _on_file(self, work: Callable[[Station], T]) -> T:
        """`work` on the event file; a batch the replica refuses, or a file busy past SQLite's timeout,
        is the peer's answer (and nothing was written)."""
        try:
            return await self._db.run(work)
        except UserError as error:
            if error.code == BAD_ENTRIES_CODE:
                _refused(422, protocol.ERROR_BAD_ENTRIES)
            _refused(503, protocol.ERROR_BUSY)
        except sqlite3.Error:
            _refused(503, protocol.ERROR_BUSY)


def _sealed_bytes(key: bytes, payload: bytes, binding: Binding) -> bytes:
    return json.dumps(seal(key, payload, binding, Direction.RESPONSE)).encode()


async def _plain_json(request: web.Request) -> object:
    """The body of a plain request (aiohttp's `client_max_size` bounds it), as JSON."""
    try:
        return json.loads(await request.read())
    except (ValueError, RecursionError):
        raise protocol.BadBody("json") from None


def _snapshot(station: Station) -> bytes:
    """A consistent copy of the whole event file, as bytes (a temporary file on the way)."""
    with tempfile.TemporaryDirectory(prefix="checkin-pair-") as folder:
        target = Path(folder) / "event.sqlite"
        station.replica.snapshot_to(target)
        return target.read_bytes()


def _checked(read: Callable[[], T]) -> T:
    try:
        return read()
    except EnvelopeError as error:
        _refused(_STATUS[error.refusal], error.refusal.value)


async def _checked_async(pending: asyncio.Future[T]) -> T:
    try:
        return await pending
    except EnvelopeError as error:
        _refused(_STATUS[error.refusal], error.refusal.value)


@contextmanager
def _bad_body() -> Iterator[None]:
    """A body that opened but does not hold what the endpoint expects: 400, nothing done."""
    try:
        yield
    except protocol.BadBody:
        _refused(400, protocol.ERROR_BAD_BODY)

"""A station's sync service: it serves the event to the other stations and keeps exchanging with them.

It runs an asyncio loop, in a thread of its own next to the desk window (`start`, `stop`) or in the
foreground for the headless `station` command (`run`). It holds its own Station on the event file (see
`replica_thread`). Peers come from addresses typed in, from stations that say hello, and from discovery on
the LAN; with each it runs anti-entropy both ways every `SYNC_INTERVAL_S`, and at once when this file's log
grows (a check-in at this desk, entries received from another peer), so a change crosses the room in well
under a second and a station back from an hour offline catches up in one exchange.

A peer counts as connected only while our own rounds with it go through (its hello to us proves nothing
about whether its entries are taken), and an announcement on the LAN, which anyone can make, is only a
candidate until its address answers our hello under the event's key.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import aiohttp
from aiohttp import web

from checkin.errors import UserError
from checkin.station import Station
from checkin.sync.addresses import format_address, parse_address
from checkin.sync.client import PeerClient, PeerError, http_session
from checkin.sync.phone_page import PhonePage
from checkin.sync.replica_thread import ReplicaThread
from checkin.sync.server import Identity, SyncServer
from checkin.sync.status import PeerStatus, SyncStatus

if TYPE_CHECKING:  # discovery (zeroconf) is only imported when it is used
    from checkin.replication.replica import Received
    from checkin.sync.discovery import OnPeer

SYNC_INTERVAL_S = 2.0
WATCH_INTERVAL_S = 0.1
"""How often the file's last log position is read (an index lookup) to push new entries at once."""
CONNECTED_WINDOW_S = 3 * SYNC_INTERVAL_S
"""A peer counts as connected while its last good round is this recent, and none failed since."""
PULL_LIMIT = 20_000
PUSH_BATCH = 5_000
MAX_PEERS = 64
"""Bounded, so that hellos from many addresses cannot grow the list forever. Only stations that proved the
event's key and addresses typed in are peers: a full list refuses newcomers, never drops one."""
MAX_CANDIDATES = 16
"""Stations announced on the LAN whose address has not answered our hello yet: bounded apart from the
peers, the oldest dropped for a newer one (a real station answers within a moment and becomes a peer)."""

log = logging.getLogger(__name__)


class Discovery(Protocol):
    def start(self) -> None: ...
    def close(self) -> None: ...


class DiscoveryFactory(Protocol):
    """`checkin.sync.discovery.Discovery`'s constructor, or a stand-in (tests)."""

    def __call__(
        self, fingerprint: str, origin: str, name: str, port: int, on_peer: OnPeer, *, host: str, event: str
    ) -> Discovery: ...


@dataclass(eq=False)
class _Peer:
    """One other station, or a candidate (see `MAX_CANDIDATES`), as this service knows it. Used on the
    service's loop only."""

    address: str
    """Where it listens; '' when it only talks to us."""
    typed: bool = False
    """Its address was typed in: discovery does not move it."""
    name: str = ""
    origin: str | None = None
    last_good: float | None = None
    """time.monotonic() of the last good round (ours with it; its push to us for one that does not
    listen); None once one failed."""
    last_sync: str | None = None
    problem: str = ""
    problem_code: str = ""
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None


class SyncService:
    """Sync for the event file at `path`. `listen`: (host, port) to serve on (port 0: any free one), None to
    only reach out to `peers`. `discover`: find the event's other stations on the LAN (needs `listen`);
    `discovery` replaces the default `checkin.sync.discovery.Discovery` (tests). Runs once: after `stop`,
    make a new one."""

    def __init__(
        self, path: Path, *, name: str = "", listen: tuple[str, int] | None = None, peers: Sequence[str] = (),
        discover: bool = True, discovery: DiscoveryFactory | None = None,
    ) -> None:  # fmt: skip
        self.path = path
        self._name = name
        self._listen = listen
        self._typed_peers = [format_address(*parse_address(peer)) for peer in peers]
        self._discover = discover and listen is not None
        self._discovery_factory = discovery
        self._instance = os.urandom(8).hex()
        self._lock = threading.Lock()
        self._status = SyncStatus(None)
        self._views: tuple[tuple[PeerStatus, float | None], ...] = ()
        """Each peer's status but `connected`, with the monotonic time of its last good exchange."""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop_asked = threading.Event()
        self._failure: BaseException | None = None
        self._peers: list[_Peer] = []
        self._candidates: list[_Peer] = []
        self._identity: Identity | None = None
        self._db = ReplicaThread()
        self._phone_page: PhonePage | None = None
        self._http: aiohttp.ClientSession | None = None
        self._port: int | None = None

    # --- running ------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Serve and sync on a thread of its own; returns once listening. Raises what kept it from
        starting (UserError("cannot_listen"), a missing or foreign event file...)."""
        self._thread = threading.Thread(target=self._run_in_thread, name="checkin-sync", daemon=True)
        self._thread.start()
        self._ready.wait()
        if self._failure is not None:
            self._thread.join()
            raise self._failure

    def run(self, ready: Callable[[str | None], None] | None = None) -> None:
        """Serve and sync in this thread until `stop()` (from a signal handler, say); `ready` is called
        with the address served on ("host:port", the real port when 0 was asked) once listening."""
        asyncio.run(self._main(ready))

    def stop(self) -> None:
        """Stop serving and syncing; safe from any thread and from a signal handler, even before the service's
        loop exists (it then ends as soon as it begins). Waits for a service started with `start()` to finish
        (its file closed)."""
        self._stop_asked.set()  # before looking for the loop: `_main` sets the loop, then looks at this
        loop, stopping = self._loop, self._stopping
        if loop is not None and stopping is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):  # the loop closed in between: nothing left to stop
                loop.call_soon_threadsafe(stopping.set)
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def status(self) -> SyncStatus:
        """Where it listens and how each peer is doing; safe from any thread."""
        now = time.monotonic()
        with self._lock:
            status, views = self._status, self._views
        peers = tuple(
            replace(peer, connected=last_good is not None and now - last_good < CONNECTED_WINDOW_S)
            for peer, last_good in views
        )
        return SyncStatus(status.listening, peers)

    def add_peer(self, address: str) -> None:
        """A peer typed in ("host:port"), from any thread once started. Raises UserError("bad_address")."""
        typed = format_address(*parse_address(address))
        if self._loop is None:
            raise RuntimeError("the sync service is not running")
        self._call_soon(lambda: self._add_peer(typed, name="", origin=None, typed=True))

    def on_peer(self, origin: str, name: str, address: str) -> None:
        """A station of this event announced on the LAN (discovery's callback, from any thread). Anyone can
        announce the event's fingerprint and a station's origin (they are no secret), so `origin` is not
        trusted: the address is a candidate until it answers our hello (see `_verified`)."""
        self._call_soon(lambda: self._discovered(name, address))

    def _call_soon(self, work: Callable[[], object]) -> None:
        """`work` on the service's loop; dropped once the service has stopped (a late discovery report)."""
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop is closed
                loop.call_soon_threadsafe(work)

    def _run_in_thread(self) -> None:
        try:
            asyncio.run(self._main(None))
        except BaseException as error:  # handed to start(), or logged once it had started
            if self._ready.is_set():
                log.exception("the sync service stopped")
            self._failure = error
        finally:
            self._ready.set()

    async def _main(self, ready: Callable[[str | None], None] | None) -> None:
        self._loop, self._stopping = asyncio.get_running_loop(), asyncio.Event()
        if self._stop_asked.is_set():  # stopped before it began (a SIGTERM right at the start)
            return
        runner: web.AppRunner | None = None
        discovery: Discovery | None = None
        try:
            await self._db.open(self.path, self._name)
            self._identity = await self._db.run(lambda s: Identity.of(s, self._name, self._instance))
            self._http = http_session()
            if self._listen is not None:
                runner = await self._serve(self._listen)
            with self._lock:
                self._status = SyncStatus(self._listening())
            for address in self._typed_peers:
                self._add_peer(address, name="", origin=None, typed=True)
            if self._discover and self._port is not None:
                discovery = await self._start_discovery(self._identity, self._port)
            watcher = asyncio.create_task(self._watch())
            self._ready.set()
            if ready is not None:
                ready(self._listening())
            await self._stopping.wait()
            watcher.cancel()
        finally:
            await self._shut_down(runner, discovery)

    async def _serve(self, listen: tuple[str, int]) -> web.AppRunner:
        assert self._identity is not None
        self._phone_page = PhonePage(lambda: Station.open(self.path))  # the organisers' page, beside sync
        server = SyncServer(self._identity, self._db, self, extra_routes=self._phone_page.routes())
        runner = web.AppRunner(server.application(), access_log=None)
        await runner.setup()
        try:
            await web.TCPSite(runner, *listen).start()
        except OSError as error:
            await runner.cleanup()
            reason = os.strerror(error.errno) if error.errno else str(error)  # not aiohttp's paragraph
            raise UserError(
                "cannot_listen", "Cannot listen on {address}: {reason}; choose another address or port.",
                address=format_address(*listen), reason=reason,
            ) from error  # fmt: skip
        self._port = runner.addresses[0][1]
        return runner

    def _listening(self) -> str | None:
        if self._listen is None or self._port is None:
            return None
        return format_address(self._listen[0], self._port)

    async def _start_discovery(self, identity: Identity, port: int) -> Discovery:
        factory = self._discovery_factory
        if factory is None:
            from checkin.sync.discovery import Discovery as LanDiscovery

            factory = LanDiscovery
        host = self._listen[0] if self._listen else ""
        discovery = factory(identity.fingerprint, identity.origin, identity.name, port, self.on_peer,
                            host=host, event=identity.event)  # fmt: skip
        await asyncio.get_running_loop().run_in_executor(None, discovery.start)
        return discovery

    async def _shut_down(self, runner: web.AppRunner | None, discovery: Discovery | None) -> None:
        tasks = [peer.task for peer in (*self._peers, *self._candidates) if peer.task is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if discovery is not None:
            await asyncio.get_running_loop().run_in_executor(None, discovery.close)
        if runner is not None:
            await runner.cleanup()
        if self._phone_page is not None:
            await self._phone_page.close()
        if self._http is not None:
            await self._http.close()
        await self._db.close()
        with self._lock:
            self._status, self._views = SyncStatus(None), ()

    # --- peers --------------------------------------------------------------------------------------------

    def met(self, origin: str, name: str, address: str | None) -> None:
        """A station said hello to our server under the event's key (see `server.PeerBook`): a peer, not yet
        connected (that takes a round of ours with it, or for one that does not listen, its push to us). One
        known elsewhere may have moved: its new address is a candidate, as if announced."""
        peer = self._by_origin(origin) or (self._by_address(address) if address else None)
        if peer is None:
            peer = self._add_peer(address or "", name=name, origin=origin)
        elif address and not peer.address:
            peer.address = address
            self._start_task(peer)
        elif address and peer.address != address and not peer.typed:
            self._discovered(name, address)
        if peer is not None:
            peer.origin, peer.name = origin, name
            self._publish()

    def pushed(self, origin: str, *, accepted: bool) -> None:
        """A station's push reached our server (see `server.PeerBook`). Only a peer that does not listen is
        judged by it: one that does is connected while our own rounds with it go through."""
        peer = self._by_origin(origin)
        if peer is None or peer.address:
            return
        if accepted:
            peer.problem = peer.problem_code = ""
            self._good(peer)
        else:
            self._trouble(peer, "bad_entries", "sent log entries this station refuses")

    def _discovered(self, name: str, address: str) -> None:
        """A candidate at `address`, named as it announced itself, unless that address is known already."""
        if self._by_address(address) is not None or any(c.address == address for c in self._candidates):
            return
        if len(self._candidates) >= MAX_CANDIDATES:
            self._drop(self._candidates[0])
        candidate = _Peer(address, name=name)
        self._candidates.append(candidate)
        self._start_task(candidate)
        self._publish()

    def _add_peer(self, address: str, *, name: str, origin: str | None, typed: bool = False) -> _Peer | None:
        known = self._by_address(address) if address else None
        if known is not None:
            known.typed = known.typed or typed
            return known
        if len(self._peers) >= MAX_PEERS:
            log.warning("not adding peer %s: already %d peers", address or origin, MAX_PEERS)
            return None
        peer = _Peer(address, typed=typed, name=name, origin=origin)
        self._peers.append(peer)
        self._start_task(peer)
        self._publish()
        return peer

    def _start_task(self, peer: _Peer) -> None:
        if peer.address and peer.task is None:
            peer.task = asyncio.create_task(self._keep_in_sync(peer))

    def _by_origin(self, origin: str) -> _Peer | None:
        return next((peer for peer in self._peers if peer.origin == origin), None)

    def _by_address(self, address: str) -> _Peer | None:
        return next((peer for peer in self._peers if peer.address == address), None)

    def _drop(self, peer: _Peer) -> None:
        """`peer` is no longer kept: its rounds end (at once, or after this one when it is the caller's)."""
        for kept in (self._peers, self._candidates):
            if peer in kept:
                kept.remove(peer)
        if peer.task is not None and peer.task is not asyncio.current_task():
            peer.task.cancel()
        self._publish()

    def _kept(self, peer: _Peer) -> bool:
        return peer in self._peers or peer in self._candidates

    def _good(self, peer: _Peer) -> None:
        peer.last_good = time.monotonic()
        peer.last_sync = datetime.now().astimezone().isoformat(timespec="seconds")
        self._publish()

    def _publish(self) -> None:
        """The status: the peers, then the candidates (never connected; named as they announced)."""
        views = tuple(
            (PeerStatus(name=peer.name or peer.address or (peer.origin or "")[:8], address=peer.address,
                        connected=False, last_sync=peer.last_sync, problem=peer.problem,
                        problem_code=peer.problem_code), peer.last_good)
            for peer in (*self._peers, *self._candidates)
        )  # fmt: skip
        with self._lock:
            self._views = views

    # --- exchanging ---------------------------------------------------------------------------------------

    async def _watch(self) -> None:
        """Wakes every peer's exchange as soon as this file's log grows, from whichever process."""
        last = -1
        while True:
            await asyncio.sleep(WATCH_INTERVAL_S)
            try:
                seq = await self._db.run(lambda s: s.storage.last_log_seq())
            except sqlite3.Error:  # busy past SQLite's timeout (a long import elsewhere): look again later
                continue
            if seq != last:
                last = seq
                for peer in self._peers:
                    peer.wake.set()

    async def _keep_in_sync(self, peer: _Peer) -> None:
        while True:
            peer.wake.clear()
            try:
                await self._exchange(peer)
            except Exception:  # a bug must cost one round with one peer, not sync with it for good
                log.exception("exchange with %s failed", peer.address)
                self._trouble(peer, "failed", "the exchange failed; see the log")
            if not self._kept(peer):  # it gave way to another entry of the same station
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(peer.wake.wait(), SYNC_INTERVAL_S)

    async def _exchange(self, peer: _Peer) -> None:
        """One round with `peer`: hello, pull what we lack, push what it lacks. Any failure is the peer's
        status, never the service's end."""
        assert self._identity is not None and self._http is not None
        me = self._identity
        client = PeerClient(self._http, peer.address, key=me.key, origin=me.origin)
        try:
            hello = await client.hello(name=me.name, fingerprint=me.fingerprint, instance=me.instance,
                                       port=self._port)  # fmt: skip
            if not self._verified(peer, hello.origin):
                return
            self._forget_duplicate(peer, hello.origin)
            peer.origin, peer.name = hello.origin, hello.name
            theirs = await self._pull(client)
            await self._push(client, theirs)
        except PeerError as error:
            self._trouble(peer, error.code, error.problem)
        except UserError as error:  # the replica refused what the peer sent: nothing of it was written
            self._trouble(peer, "bad_entries", f"sent log entries this station refuses ({error})")
        except sqlite3.Error:
            self._trouble(peer, "busy_here", "this station's event file is busy; retrying")
        except (aiohttp.ClientError, OSError, TimeoutError):
            self._trouble(peer, "unreachable", "not reachable")
        else:
            peer.problem = peer.problem_code = ""
            self._good(peer)

    def _verified(self, peer: _Peer, origin: str) -> bool:
        """`peer`'s address answered our hello under the event's key, as station `origin`. A candidate then
        becomes a peer; or, when that station already is one, it gives way, and the peer moves to its
        address (a new DHCP lease) unless typed in. False: `peer` gave way."""
        if peer not in self._candidates:
            return True
        known = self._by_origin(origin)
        if known is None and len(self._peers) < MAX_PEERS:
            self._candidates.remove(peer)
            self._peers.append(peer)
            return True
        if known is None:
            log.warning("not adding peer %s: already %d peers", peer.address, MAX_PEERS)
        elif not known.typed and known.address != peer.address:
            log.info("%s moved to %s", known.name or known.address, peer.address)
            known.address = peer.address
            self._start_task(known)
            known.wake.set()
        self._drop(peer)
        return False

    def _forget_duplicate(self, peer: _Peer, origin: str) -> None:
        """The same station known at two addresses (typed "localhost:8765", learned "127.0.0.1:8765"): the
        other entry gives way to this one, which just reached it."""
        other = self._by_origin(origin)
        if other is None or other is peer:
            return
        peer.typed = peer.typed or other.typed
        self._drop(other)

    def _trouble(self, peer: _Peer, code: str, problem: str) -> None:
        """A round that failed: the peer is not connected until one goes through again."""
        if peer.problem_code != code:
            log.warning("%s: %s", peer.name or peer.address, problem)
        peer.problem, peer.problem_code, peer.last_good = problem, code, None
        self._publish()

    async def _pull(self, client: PeerClient) -> dict[str, int]:
        """Receives everything the peer holds that we lack; returns the peer's version vector. Pipelined:
        the next batch is asked for (from the vector this one will leave us with) while this one is being
        written, so the peer's reading and our writing overlap during a catch-up."""
        vector = await self._db.run(lambda s: s.replica.version_vector())
        pending = asyncio.create_task(client.pull(vector, PULL_LIMIT))
        try:
            while True:
                pulled = await pending
                if pulled.more and pulled.entries:
                    vector = _advanced(vector, pulled.entries)
                    pending = asyncio.create_task(client.pull(vector, PULL_LIMIT))
                if pulled.entries:
                    await self._db.run(partial(_receive, pulled.entries))
                if not pulled.more or not pulled.entries:
                    return pulled.vector
        finally:
            pending.cancel()

    async def _push(self, client: PeerClient, theirs: dict[str, int]) -> None:
        """Sends what the peer lacks. A station that does not listen pushes once even with nothing to send:
        the peer cannot reach it, and learns from that push that the round went through (see `pushed`)."""
        must = self._port is None
        while True:
            entries, more = await self._db.run(partial(_entries_after, theirs))
            if not entries and not must:
                return
            must = False
            pushed = await client.push(entries)
            if not more or pushed.vector == theirs:
                return
            theirs = pushed.vector


# Work for the replica thread, bound with partial() to the entries or vector of the round it belongs to.
def _receive(entries: Sequence[Mapping[str, object]], station: Station) -> Received:
    return station.replica.receive(entries)


def _entries_after(vector: Mapping[str, int], station: Station) -> tuple[list[dict], bool]:
    return station.replica.entries_after(vector, PUSH_BATCH)


def _advanced(vector: Mapping[str, int], entries: Sequence[Mapping[str, object]]) -> dict[str, int]:
    """The version vector once `entries` are held. Should the replica hold some back (a row past a gap),
    the next round starts again from what it really holds."""
    advanced = dict(vector)
    for entry in entries:
        origin, seq = entry.get("origin"), entry.get("origin_seq")
        if isinstance(origin, str) and type(seq) is int and seq > advanced.get(origin, 0):
            advanced[origin] = seq
    return advanced

"""The sync server of one station in this process, on loopback, for tests that talk to it over HTTP."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
from aiohttp import web

from checkin.sync import protocol
from checkin.sync.envelope import Challenges
from checkin.sync.replica_thread import ReplicaThread
from checkin.sync.server import Identity, SyncServer


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Peers:
    """The service's side of the server, not under test here."""

    def met(self, origin: str, name: str, address: str | None) -> None:
        pass

    def pushed(self, origin: str, *, accepted: bool) -> None:
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


async def challenge(http: aiohttp.ClientSession, address: str) -> str:
    async with http.get(f"http://{address}{protocol.CHALLENGE}") as response:
        return (await response.json())["challenge"]


async def post(
    http: aiohttp.ClientSession, address: str, path: str, data: bytes, headers: dict[str, str] | None = None
) -> tuple[int, object]:
    async with http.post(f"http://{address}{path}", data=data, headers=headers) as response:
        text = await response.text()
        try:
            return response.status, json.loads(text)
        except ValueError:
            return response.status, text

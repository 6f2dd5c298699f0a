"""The event file as the sync service sees it: one Station, used from one thread only.

SQLite connections belong to the thread that opened them, and the server's event loop must never wait on
the disk (a big batch of entries takes a moment to write, and meanwhile challenges and hostile requests
still get their answer). So every use of the file goes through `run`, on a single worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from checkin.station import Station

T = TypeVar("T")


class ReplicaThread:
    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-db")
        self._station: Station | None = None

    async def open(self, path: Path, name: str) -> Station:
        """Opens the event file on the worker thread; the Station returned is only to be used via `run`."""
        self._station = await self._call(lambda: Station.open(path, name=name))
        return self._station

    async def run(self, work: Callable[[Station], T]) -> T:
        station = self._station
        if station is None:
            raise RuntimeError("the event file is not open")
        return await self._call(lambda: work(station))

    async def close(self) -> None:
        station, self._station = self._station, None
        if station is not None:
            await self._call(station.close)
        self._pool.shutdown(wait=True)

    async def _call(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work)

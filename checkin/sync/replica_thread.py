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
    """`opener`: how to open the file on the worker thread at the first `run` (tried again at the next one
    when it fails), for a user that may start before the file can be read (the phone page); without it,
    the file is opened by `open`."""

    def __init__(self, opener: Callable[[], Station] | None = None, *, thread_name: str = "sync-db") -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._opener = opener
        self._station: Station | None = None
        """Set and read on the worker thread, but by `open`."""

    async def open(self, path: Path, name: str) -> Station:
        """Opens the event file on the worker thread; the Station returned is only to be used via `run`."""
        self._station = await self._call(lambda: Station.open(path, name=name))
        return self._station

    async def run(self, work: Callable[[Station], T]) -> T:
        return await self._call(lambda: work(self._held()))

    async def close(self) -> None:
        """Closes the file on the worker thread, after the work already asked for, and ends that thread."""
        self._opener = None  # work asked for meanwhile must not open it again
        await self._call(self._close_held)
        self._pool.shutdown(wait=True)

    def _held(self) -> Station:
        """On the worker thread."""
        if self._station is None:
            if self._opener is None:
                raise RuntimeError("the event file is not open")
            self._station = self._opener()
        return self._station

    def _close_held(self) -> None:
        """On the worker thread."""
        station, self._station = self._station, None
        if station is not None:
            station.close()

    async def _call(self, work: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._pool, work)

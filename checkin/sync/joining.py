"""Joining an event: the new laptop's side of pairing (see `pairing`), from the code to a ready event file.

`join` does it in one call (the command line); `Joining` is the same join run on a worker thread, saying
how far it got (`JoinProgress`) and stopped from another thread (`cancel`, the window's Cancel button).
Whatever ends it early (a refusal, a cancel, a network gone) leaves the target as it was.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

import aiohttp

from checkin.errors import UserError
from checkin.file_troubles import SQLITE_HEADER
from checkin.open_events import SIDE_FILES
from checkin.output_files import refuse_new_event_file
from checkin.replication.replica import Replica
from checkin.storage import place_new_event
from checkin.sync import protocol
from checkin.sync.client import PairingWait, PeerError, exchange, http_session, not_a_station, pairing_start
from checkin.sync.pairing import BadMessage, JoinerExchange, normalised_code

log = logging.getLogger(__name__)

JOIN_TIMEOUT_S = 600.0
"""The whole event file travels in one answer: minutes for 100,000 guests on a poor Wi-Fi."""


class JoinStage(Enum):
    PAIRING = "pairing"
    """The pairing exchange with the station (SPAKE2 with the code)."""
    PREPARING = "preparing"
    """The code was right: the station copies and seals its event file."""
    RECEIVING = "receiving"
    """The event file arrives (`received` of `total` bytes)."""
    CHECKING = "checking"
    """Opened, checked and made this laptop's own event file."""


@dataclass(frozen=True)
class JoinProgress:
    stage: JoinStage
    received: int = 0
    total: int = 0
    """0 while the station has not said how much it sends."""


OnProgress = Callable[[JoinProgress], None]
"""Called on the joining thread: a window hands it over to its own (a queued signal)."""


class JoinCancelled(Exception):
    """The join was cancelled (`Joining.cancel`); nothing was written."""


def join(address: str, code: str, target: Path, on_progress: OnProgress | None = None) -> None:
    """Receive the whole event from the station at `address` ("host:port") with the pairing code it shows,
    into the new event file `target`, made a replica of its own. Raises UserError for a wrong or expired
    code, an unreachable station, what is not an event file, or a `target` no new file may take (see
    `checkin.output_files`); `target` is then left as it was."""
    Joining(address, code, target, on_progress).run()


class Joining:
    """One join: `run` on a worker thread (it blocks until the event file is in place); `cancel` from any
    other thread ends it early, raising JoinCancelled in `run`, with nothing written."""

    def __init__(self, address: str, code: str, target: Path, on_progress: OnProgress | None = None) -> None:
        self.address, self.code, self.target = address, code, target
        self._on_progress = on_progress or (lambda _progress: None)
        self._cancelled = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._task: asyncio.Task[bytes] | None = None

    def cancel(self) -> None:
        self._cancelled.set()  # first: `_fetch` looks at it once its loop and task are known
        loop, task = self._loop, self._task
        if loop is not None and task is not None:
            with contextlib.suppress(RuntimeError):  # the loop has ended meanwhile
                loop.call_soon_threadsafe(task.cancel)

    def run(self) -> None:
        address = self.address
        refuse_new_event_file(self.target)
        code = normalised_code(self.code)
        log.info("joining the event of the station at %s into %s", address, self.target.name)
        try:
            payload = asyncio.run(self._fetch(code))
        except asyncio.CancelledError:
            raise self._cancelled_now() from None
        except PeerError as error:
            raise _join_refused(address, error) from None
        except (aiohttp.ClientError, OSError, TimeoutError) as error:
            raise UserError(
                "station_unreachable", "Cannot reach a station at {address} ({reason}); check the address "
                "and that the station runs.", address=address, reason=_reason(error),
            ) from None  # fmt: skip
        if not payload.startswith(SQLITE_HEADER):
            raise UserError("join_failed", "Could not join from {address}: {problem}.", address=address,
                            problem="it sent something that is not an event file")  # fmt: skip
        if not self._cancelled.is_set():
            self._on_progress(JoinProgress(JoinStage.CHECKING, len(payload), len(payload)))
        _write_event(payload, self.target, self._cancelled.is_set)
        log.info("joined: %s holds the event (%d bytes)", self.target.name, len(payload))

    def _cancelled_now(self) -> JoinCancelled:
        log.info("joining the station at %s was cancelled", self.address)
        return JoinCancelled()

    async def _fetch(self, code: str) -> bytes:
        """One pairing exchange (see `pairing`), then the event file sealed under its key."""
        self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
        if self._cancelled.is_set():
            raise asyncio.CancelledError
        self._on_progress(JoinProgress(JoinStage.PAIRING))
        joiner = JoinerExchange(code)
        async with http_session(JOIN_TIMEOUT_S) as http:
            challenge, answer = await pairing_start(http, self.address, joiner.message)
            try:
                key = joiner.key(answer)
            except BadMessage:
                raise not_a_station() from None
            self._on_progress(JoinProgress(JoinStage.PREPARING))
            _, payload = await exchange(
                http, self.address, protocol.PAIR, b"{}", key=key, origin="", challenge=challenge,
                max_answer=protocol.MAX_SNAPSHOT_BYTES, received=self._received,
            )  # fmt: skip
        return payload

    def _received(self, size: int, total: int) -> None:
        self._on_progress(JoinProgress(JoinStage.RECEIVING, size, total))
        if total and size >= total and not self._cancelled.is_set():  # opening a big event takes seconds
            self._on_progress(JoinProgress(JoinStage.CHECKING, size, total))


def _reason(error: Exception) -> str:
    """The operating system's words ("Connection refused"), not aiohttp's paragraph around them."""
    if isinstance(error, aiohttp.ClientConnectorError):
        cause = error.os_error
        return os.strerror(cause.errno) if cause.errno else str(cause)
    if isinstance(error, TimeoutError):
        return "no answer in time"
    return str(error) or type(error).__name__


def _join_refused(address: str, error: PeerError) -> UserError:
    if isinstance(error, PairingWait):
        return UserError(
            "pairing_wait", "The station at {address} refused too many pairing tries from this laptop; check "
            "the code and try again in {seconds} s.", address=address, seconds=str(error.seconds),
        )  # fmt: skip
    if error.code == "wrong_code":
        return UserError("pairing_refused", "The station at {address} refused the pairing code; check it, or "
                         "show a new one there with `pair --show`.", address=address)  # fmt: skip
    if error.code == "no_pairing_code":
        return UserError(
            "no_pairing_code", "The station at {address} shows no pairing code now (none, or it expired); "
            "show one there with `pair --show` and try again.", address=address,
        )  # fmt: skip
    return UserError("join_failed", "Could not join from {address}: {problem}.", address=address,
                     problem=error.problem)  # fmt: skip


def _write_event(payload: bytes, target: Path, cancelled: Callable[[], bool]) -> None:
    """Written beside `target` first and renamed into place only once it is an event file of its own: a
    failure or a cancel halfway leaves no half-joined file behind."""
    partial = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.joining")  # a name of its own
    try:
        partial.write_bytes(payload)
        Replica.adopt(partial)  # opening it refuses what is not an event file of this version
        if cancelled():
            raise JoinCancelled()
        place_new_event(partial, target)
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + side) for side in SIDE_FILES)):
            leftover.unlink(missing_ok=True)

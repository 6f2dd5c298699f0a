"""Joining an event: the new laptop's side of pairing (see `pairing`), from the code to a ready event file."""

from __future__ import annotations

import asyncio
import os
import uuid
from pathlib import Path

import aiohttp

from checkin.errors import UserError
from checkin.output_files import SQLITE_HEADER, refuse_unsafe_output
from checkin.replication.replica import Replica
from checkin.storage import place_new_event
from checkin.storage.database import SIDE_FILES
from checkin.sync import protocol
from checkin.sync.client import PairingWait, PeerError, exchange, http_session, not_a_station, pairing_start
from checkin.sync.pairing import BadMessage, JoinerExchange, normalised_code

JOIN_TIMEOUT_S = 600.0
"""The whole event file travels in one answer: minutes for 100,000 guests on a poor Wi-Fi."""


def join(address: str, code: str, target: Path) -> None:
    """Receive the whole event from the station at `address` ("host:port") with the pairing code it shows,
    into the new event file `target`, made a replica of its own. Raises UserError for a wrong or expired
    code, an unreachable station, what is not an event file, or a `target` no new file may take (see
    `checkin.output_files`); `target` is then left as it was."""
    refuse_unsafe_output(target)
    code = normalised_code(code)
    try:
        payload = asyncio.run(_fetch_event(address, code))
    except PeerError as error:
        raise _join_refused(address, error) from None
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        raise UserError(
            "station_unreachable",
            "Cannot reach a station at {address} ({reason}); check the address and that the station runs.",
            address=address, reason=_reason(error),
        ) from None  # fmt: skip
    if not payload.startswith(SQLITE_HEADER):
        raise UserError("join_failed", "Could not join from {address}: {problem}.", address=address,
                        problem="it sent something that is not an event file")  # fmt: skip
    _write_event(payload, target)


async def _fetch_event(address: str, code: str) -> bytes:
    """One pairing exchange (see `pairing`), then the event file sealed under its key."""
    joiner = JoinerExchange(code)
    async with http_session(JOIN_TIMEOUT_S) as http:
        challenge, answer = await pairing_start(http, address, joiner.message)
        try:
            key = joiner.key(answer)
        except BadMessage:
            raise not_a_station() from None
        _, payload = await exchange(http, address, protocol.PAIR, b"{}", key=key, origin="",
                                    max_answer=protocol.MAX_SNAPSHOT_BYTES, challenge=challenge)  # fmt: skip
    return payload


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


def _write_event(payload: bytes, target: Path) -> None:
    """Written beside `target` first and renamed into place only once it is an event file of its own: a
    failure halfway leaves no half-joined file behind."""
    partial = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.joining")  # a name of its own
    try:
        partial.write_bytes(payload)
        Replica.adopt(partial)  # opening it refuses what is not an event file of this version
        place_new_event(partial, target)
    finally:
        for leftover in (partial, *(partial.with_name(partial.name + side) for side in SIDE_FILES)):
            leftover.unlink(missing_ok=True)

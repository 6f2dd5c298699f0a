"""Tries that must wait after failing, counted per network address: what anyone on the venue's Wi-Fi can
reach (the pairing code, the phone page's PIN) must not let one device make everybody wait.

A device is known by the address its connection comes from (never a header, which the sender writes). The
counts live in the process's memory: they are the network's business, not the event file's, and a
restarted station simply starts counting afresh.
"""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Callable

MAX_ADDRESSES = 4096
"""Addresses whose failures are remembered; past them, the one whose last failure is oldest is forgotten
(whatever count of all addresses a user keeps still holds)."""


def address_key(remote: str | None) -> str:
    """Whose tries a request's are counted with: the peer's address as the connection gives it. An IPv6
    address counts by its /64, where one device can take new addresses at will; an IPv4 one carried in IPv6
    as that IPv4 address."""
    host = (remote or "").partition("%")[0]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


class TriesByAddress:
    """Failures in a row of each address: after `wait_after(failures)` seconds from its last failure an
    address may try again (0: at once). A success clears its address only. Times are time.monotonic()
    values given by the caller; not thread-safe (one event loop uses it)."""

    def __init__(self, wait_after: Callable[[int], float]) -> None:
        self._wait_after = wait_after
        self._failures: dict[str, tuple[int, float]] = {}
        """Address -> (failures in a row, the last one's time), the most recent last."""

    def wait(self, address: str, now: float) -> int:
        """Whole seconds before `address` may try; 0 when it may now."""
        failures, last = self._failures.get(address, (0, now))
        return max(math.ceil(self._wait_after(failures) - (now - last)), 0)

    def failed(self, address: str, now: float) -> None:
        failures, _ = self._failures.pop(address, (0, now))
        self._failures[address] = (failures + 1, now)
        while len(self._failures) > MAX_ADDRESSES:
            del self._failures[next(iter(self._failures))]

    def succeeded(self, address: str) -> None:
        self._failures.pop(address, None)

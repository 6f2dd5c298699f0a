"""The stations of any event on the venue network, for a laptop about to join one (it has no event yet).

A station announces itself by mDNS (`discovery`); this only browses, announces nothing, and reports every
station it hears with its event's name, its own name and its address. What it reports comes from anyone
on the network: it is a list to choose from, never trusted (the pairing code is what proves the station).

Runs on a thread of its own, as `discovery` does, and never raises once constructed: a network without
multicast becomes `problem`, tried again every `discovery.RETRY_S`, while addresses can still be typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import zeroconf
from zeroconf import IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf

from checkin.sync import discovery
from checkin.sync.discovery import RESOLVE_TIMEOUT_MS, SERVICE_TYPE, reachable_address, read_announcement


@dataclass(frozen=True)
class FoundStation:
    key: str
    """Its announcement's name: the same station keeps it while it runs."""
    event: str
    """The event's name ('' from a station that did not announce it)."""
    name: str
    address: str
    """"host:port" to join from."""
    fingerprint: str
    """The same on every station of one event."""


OnFound = Callable[[FoundStation], None]
OnLost = Callable[[str], None]
"""on_lost(key)"""


class StationFinder(discovery.Browsing):
    """`on_found` for each station heard (again when its name or address changes), `on_lost` when one says
    goodbye; both from zeroconf's threads. `host`: the interface to browse on ("0.0.0.0": all)."""

    THREAD = "station-finder"

    def __init__(self, on_found: OnFound, on_lost: OnLost, *, host: str = "0.0.0.0") -> None:
        super().__init__()
        self._on_found, self._on_lost, self.host = on_found, on_lost, host
        self._found: dict[str, FoundStation] = {}

    def _open(self) -> None:
        interfaces = zeroconf.InterfaceChoice.All if self.host in discovery.ANY_HOST else [self.host]
        self._zeroconf = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, handlers=[self._changed])

    def _changed(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        """ServiceBrowser's handler, on its thread; zeroconf passes the arguments by these names."""
        key = name.lower()
        if state_change is ServiceStateChange.Removed:
            with self._lock:
                gone = self._found.pop(key, None)
            if gone is not None and not self._stop.is_set():  # a closed window hears nothing more
                self._on_lost(key)
            return
        info = zeroconf.get_service_info(service_type, name, timeout=RESOLVE_TIMEOUT_MS)
        if info is None:
            return
        announcement = read_announcement(info.properties)
        address = reachable_address(info.parsed_addresses(IPVersion.V4Only))
        if announcement is None or address is None or not info.port:
            return
        found = FoundStation(key, announcement.event, announcement.name, f"{address}:{info.port}",
                             announcement.fingerprint)  # fmt: skip
        with self._lock:
            if self._stop.is_set() or self._found.get(key) == found:
                return
            self._found[key] = found
        self._on_found(found)

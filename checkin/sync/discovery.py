"""Finding the other stations of the event on the venue network, by mDNS/DNS-SD (python-zeroconf).

Every station announces `SERVICE_TYPE` with four TXT records, `fp` (the event's fingerprint: the same on
every station of the event, and safe to show), `origin` (its event file's replica id), `name` (the
station's name) and `event` (the event's name, for a laptop about to join it: `finding`), and browses for
the same type. A station of another event (another `fp`) is left alone;
one of ours is reported with the address it can be reached at.

Discovery is a convenience on top of addresses typed in: a hotel Wi-Fi that drops multicast or isolates
its clients, a laptop with no network yet, a port 5353 taken by something else must all leave the station
checking guests in. So nothing here raises once constructed: a failure becomes `problem`, and the whole
announcement is tried again every `RETRY_S` (the Wi-Fi may come up later).

Everything runs on a thread of its own: registering an announcement waits ~1.5 s for the network to
answer, which neither the desk window nor the sync service's event loop should. The callbacks come from
zeroconf's threads, never the caller's: an asyncio caller hands them over with `loop.call_soon_threadsafe`.
"""

from __future__ import annotations

import hashlib
import ipaddress
import logging
import re
import socket
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import ifaddr
import zeroconf
from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

log = logging.getLogger(__name__)

SERVICE_TYPE = "_checkin-station._tcp.local."
RETRY_S = 30.0
NETWORK_DOWN = (OSError, RuntimeError, zeroconf.Error)
"""What opening mDNS raises on a network it cannot use: zeroconf's RuntimeError is "No interfaces to listen
on", a laptop with its Wi-Fi off and no cable."""
RESOLVE_TIMEOUT_MS = 3000
"""How long to wait for a peer's address and TXT records after its name was seen."""
MAX_NAME_CHARS = 64
"""A station's name as shown: TXT values come from anyone on the network, so each is bounded."""
MAX_EVENT_BYTES = 200
"""The event's name in its TXT record (one record holds at most 255 bytes with its key)."""
MAX_LABEL_BYTES = 63
"""DNS's limit for one label: the instance name of our announcement."""
_ORIGIN = re.compile(r"[0-9a-f]{32}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_NOT_IN_LABEL = re.compile(r"[\x00-\x1f\x7f.]+")
"""Control characters, and dots, which would split the instance name into labels."""
ANY_HOST = ("", "0.0.0.0")

OnPeer = Callable[[str, str, str], None]
"""on_peer(origin, name, "host:port"): a station of this event found on the network."""
OnGone = Callable[[str], None]
"""on_gone(origin)"""


@dataclass(frozen=True)
class Announcement:
    """What a station's TXT records say about it."""

    fingerprint: str
    origin: str
    name: str
    event: str = ""
    """The event's name; '' from a station of a version that did not announce it."""


def read_announcement(properties: Mapping[bytes, bytes | None]) -> Announcement | None:
    """The TXT records of a station, or None when they are not those of a station (missing or malformed
    `fp` or `origin`). The name is cut to `MAX_NAME_CHARS` and cleared of control characters."""
    fingerprint, origin = _text(properties, b"fp"), _text(properties, b"origin")
    if not fingerprint or len(fingerprint) > 128 or not _ORIGIN.fullmatch(origin):
        return None
    name = _CONTROL.sub(" ", _text(properties, b"name")).strip()[:MAX_NAME_CHARS]
    event = _CONTROL.sub(" ", _text(properties, b"event")).strip()
    return Announcement(fingerprint, origin, name or origin[:8], event)


def _text(properties: Mapping[bytes, bytes | None], key: bytes) -> str:
    value = properties.get(key)
    return value.decode("utf-8", errors="replace") if isinstance(value, bytes) else ""


def event_record(event: str) -> str:
    """The event's name cut to `MAX_EVENT_BYTES` of UTF-8, never in the middle of a letter."""
    return event.encode()[:MAX_EVENT_BYTES].decode("utf-8", errors="ignore")


def instance_label(name: str, origin: str, port: int) -> str:
    """Our announcement's instance name (at most 63 bytes): the station's name for people browsing the
    network, then a tag of this event file, computer and port. The same station keeps its name across
    restarts, so a restart replaces its announcement in the peers' caches instead of adding one; any
    other station has another, even a copy of our file or a desk of the same name. (zeroconf does not
    reliably rename a clash: two stations announcing one name would each take the other for itself.)"""
    tag = hashlib.sha256(f"{origin} {socket.gethostname()} {port}".encode()).hexdigest()[:8]
    suffix = f" {tag}"
    room = MAX_LABEL_BYTES - len(suffix.encode())
    shown = _NOT_IN_LABEL.sub(" ", name).strip().encode()[:room].decode("utf-8", errors="ignore").strip()
    return (shown or "station") + suffix


def announced_addresses(host: str) -> list[str]:
    """The IPv4 addresses to announce for a server listening on `host`: that address, or for a server on
    every interface ("0.0.0.0") every address of this computer, loopback last."""
    if host not in ANY_HOST:
        return [socket.gethostbyname(host)]
    # ifaddr gives an IPv4 address as a string (what `is_IPv4` tests), an IPv6 one as a tuple.
    found = {ip.ip for adapter in ifaddr.get_adapters() for ip in adapter.ips if isinstance(ip.ip, str)}
    return sorted(found, key=lambda address: (ipaddress.ip_address(address).is_loopback, address))


def reachable_address(addresses: list[str]) -> str | None:
    """Of a peer's announced addresses, one to connect to: loopback only when it has nothing else (a peer
    on another computer cannot be reached at 127.0.0.1)."""
    ordered = sorted(addresses, key=lambda address: ipaddress.ip_address(address).is_loopback)
    return ordered[0] if ordered else None


class Browsing:
    """A zeroconf browser on a thread of its own that never raises once started: a network it cannot use
    becomes `problem` and is tried again every `RETRY_S`. Subclasses open what they need in `_open`."""

    THREAD = "mdns"

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._zeroconf: Zeroconf | None = None
        self._browser: ServiceBrowser | None = None
        self._lock = threading.Lock()
        self.problem = ""
        """'' while browsing, else why not (English, for the status line and the log)."""

    def start(self) -> None:
        """Start in the background; returns at once."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name=self.THREAD, daemon=True)
            self._thread.start()

    def close(self) -> None:
        """Stop; blocks for a moment while zeroconf's sockets close (from an event loop, run it in an
        executor)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._open()
            except NETWORK_DOWN as error:
                self.problem = f"Stations cannot be found on this network: {error}"
                log.warning("%s: %s; trying again in %.0f s", self.THREAD, error, RETRY_S)
                self._shut()
                self._stop.wait(RETRY_S)
            else:
                self.problem = ""
                self._stop.wait()
        self._shut()

    def _open(self) -> None:
        raise NotImplementedError

    def _shut(self) -> None:
        if self._browser is not None:
            self._browser.cancel()  # first, so that nothing is reported while we leave
            self._browser = None
        if self._zeroconf is not None:
            self._zeroconf.close()  # unregisters what was announced: the goodbye packets others see
            self._zeroconf = None


class Discovery(Browsing):
    """Announces this station and reports the other stations of the same event (`fingerprint`).

    `on_peer(origin, name, "host:port")` is called for each one found, and again when its name or address
    changes; `on_gone(origin)` when one says goodbye (a station closing) or its announcement expires. A
    station is never reported to itself; a station with our origin but another announcement (a copied
    event file) is, so that the sync service can say what is wrong with it.
    """

    THREAD = "discovery"

    def __init__(
        self, fingerprint: str, origin: str, name: str, port: int, on_peer: OnPeer,
        on_gone: OnGone | None = None, *, host: str = "0.0.0.0", event: str = "",
    ) -> None:  # fmt: skip
        self.fingerprint, self.origin, self.name, self.port, self.host = fingerprint, origin, name, port, host
        super().__init__()
        self.event = event
        self._on_peer, self._on_gone = on_peer, on_gone
        self._peers: dict[str, tuple[str, str, str]] = {}
        """Instance name (lower case) -> (origin, name, address) as last reported."""
        self.announced = ""
        """Our instance name once announced ('' before)."""

    def _open(self) -> None:
        addresses = announced_addresses(self.host)
        interfaces = zeroconf.InterfaceChoice.All if self.host in ANY_HOST else addresses
        self._zeroconf = Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
        info = ServiceInfo(
            SERVICE_TYPE, f"{instance_label(self.name, self.origin, self.port)}.{SERVICE_TYPE}",
            parsed_addresses=addresses, port=self.port,
            properties={"fp": self.fingerprint, "origin": self.origin, "name": self.name[:MAX_NAME_CHARS],
                        "event": event_record(self.event)},
        )  # fmt: skip
        self._zeroconf.register_service(info, allow_name_change=True)  # should a tag ever clash
        self.announced = info.name
        self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, handlers=[self._changed])

    def _shut(self) -> None:
        super()._shut()
        self.announced = ""
        with self._lock:
            self._peers.clear()

    def _changed(
        self, zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange
    ) -> None:
        """ServiceBrowser's handler, on its thread (which may block: resolving waits for answers). zeroconf
        passes the arguments by these names."""
        key = name.lower()
        if key == self.announced.lower():
            return
        if state_change is ServiceStateChange.Removed:
            self._gone(key)
            return
        info = zeroconf.get_service_info(service_type, name, timeout=RESOLVE_TIMEOUT_MS)
        if info is None:
            return
        found = read_announcement(info.properties)
        address = reachable_address(info.parsed_addresses(IPVersion.V4Only))
        if found is None or found.fingerprint != self.fingerprint or address is None or not info.port:
            return
        peer = (found.origin, found.name, f"{address}:{info.port}")
        with self._lock:
            if self._stop.is_set() or self._peers.get(key) == peer:
                return
            self._peers[key] = peer
        self._on_peer(*peer)

    def _gone(self, key: str) -> None:
        with self._lock:
            peer = self._peers.pop(key, None)
        if peer is not None and self._on_gone is not None:
            self._on_gone(peer[0])

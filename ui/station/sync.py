"""The station's sync service inside the desk app: started once the window is up, stopped when it closes.

The service (`checkin.sync.service.SyncService`) runs on a thread of its own with its own connection to
the event file; the desk sees what it brings the way it sees any other process's writes. Nothing about it
may stop the desk: a port that is taken falls back to any free one, a station that cannot listen at all
still reaches the peers typed in, and whatever else goes wrong leaves the desk working alone, saying so.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from checkin.errors import UserError
from checkin.station import Station
from checkin.sync.addresses import DEFAULT_PORT, format_address, parse_address
from checkin.sync.status import SyncStatus
from ui import messages
from ui.settings import DeskSettings
from ui.widgets import theme

log = logging.getLogger(__name__)

ANY_HOST = "0.0.0.0"


class Service(Protocol):
    """What the desk uses of `SyncService` (tests give a fake)."""

    def start(self) -> None: ...
    def stop(self) -> None: ...
    def status(self) -> SyncStatus: ...
    def add_peer(self, address: str) -> None: ...


ServiceFactory = Callable[..., Service]
"""(path, name=, listen=, peers=, discover=) -> a service not yet started."""


@dataclass(frozen=True)
class SyncOptions:
    """Where the desk's service listens. The app serves the venue's LAN on the default port; tests listen on
    loopback without discovery."""

    host: str = ANY_HOST
    port: int = DEFAULT_PORT
    any_free_port: bool = True
    """When `port` is taken (a headless station or a second app on this laptop): any free port instead."""
    discover: bool = True
    service: ServiceFactory | None = None
    """Builds the service; None: `SyncService` (imported on first use: aiohttp takes a while to load)."""


@dataclass(frozen=True)
class SyncState:
    """What the window's sync chip and the stations dialog show, once a second."""

    status: SyncStatus
    problem: str = ""
    """'' or why other stations cannot reach this one (translated): it still reaches the peers typed in."""
    running: bool = False


def saved_peers(settings: DeskSettings) -> list[str]:
    """The peers typed in at this desk, as kept in its settings (one "host:port" after another)."""
    return settings.peers.split()


class StationSync(QObject):
    updated = Signal(object)
    """A `SyncState`, every `theme.SYNC_POLL_MS` while the service runs (or failed to)."""
    peers_changed = Signal()
    """A peer was typed in: the desk's settings hold it now (the app saves them)."""

    _last_stop: threading.Thread | None = None
    """The previous service's stop, still saying goodbye on the LAN: a new service waits for its port."""

    def __init__(
        self, station: Station, settings: DeskSettings, options: SyncOptions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.station, self.settings, self.options = station, settings, options
        self._service: Service | None = None
        self._problem = ""
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(theme.SYNC_POLL_MS)
        self._timer.timeout.connect(lambda: self.updated.emit(self.state()))

    @property
    def path(self) -> Path:
        return Path(self.station.path)

    # --- running ------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Serve on the configured port, else on any free port, else reach out only; never raises."""
        if self._stopped or self._service is not None:
            return
        self.finish_stopping()
        for listen in self._listen_attempts():
            try:
                self._service = self._started(listen)
            except UserError as error:  # cannot_listen: the next attempt
                self._problem = messages.describe(error)
                continue
            except Exception as error:  # whatever keeps sync from starting, the desk goes on alone
                log.exception("the sync service did not start")
                self._problem = QCoreApplication.translate(
                    "StationSync", "Sync is off ({reason}); this station works alone."
                ).format(reason=error)
                break
            if listen is not None:
                self._problem = ""
            break
        self._timer.start()
        self.updated.emit(self.state())

    def _listen_attempts(self) -> list[tuple[str, int] | None]:
        options = self.options
        attempts: list[tuple[str, int] | None] = [(options.host, options.port)]
        if options.any_free_port and options.port != 0:
            attempts.append((options.host, 0))
        return [*attempts, None]

    def _started(self, listen: tuple[str, int] | None) -> Service:
        factory = self.options.service
        if factory is None:
            from checkin.sync.service import SyncService

            factory = SyncService
        peers = [peer for peer in saved_peers(self.settings) if _is_address(peer)]
        service = factory(self.path, name=self.station.name, listen=listen, peers=peers,
                          discover=self.options.discover and listen is not None)  # fmt: skip
        service.start()
        return service

    def stop(self) -> None:
        """Stop syncing. The service says goodbye on the LAN on a thread of its own (that takes a second or
        two), so that the window closes at once; `finish_stopping` waits for it before the app exits."""
        self._stopped = True
        self._timer.stop()
        service, self._service = self._service, None
        if service is not None:
            stopping = threading.Thread(target=service.stop, name="checkin-sync-stop", daemon=True)
            stopping.start()
            StationSync._last_stop = stopping

    @staticmethod
    def finish_stopping() -> None:
        """Wait for the last service stopped (its goodbye on the LAN, its event file closed): called once the
        windows are gone, before the interpreter shuts down the thread pools the service still uses."""
        stopping = StationSync._last_stop
        if stopping is not None:
            stopping.join(theme.SYNC_STOP_WAIT_S)

    @property
    def running(self) -> bool:
        return self._service is not None

    def state(self) -> SyncState:
        service = self._service
        status = service.status() if service is not None else SyncStatus(None)
        return SyncState(status, self._problem, service is not None)

    # --- peers --------------------------------------------------------------------------------------------

    def add_peer(self, typed: str) -> str:
        """Sync with the station at `typed` ("host:port") from now on, and after a restart. Returns the
        address as kept. Raises UserError("bad_address")."""
        address = format_address(*parse_address(typed))
        if self._service is not None:
            self._service.add_peer(address)
        peers = saved_peers(self.settings)
        if address not in peers:
            self.settings.peers = " ".join([*peers, address])
            self.peers_changed.emit()
        self.updated.emit(self.state())
        return address

    def addresses_for_others(self) -> list[str]:
        """Where another laptop reaches this station ("host:port"): the LAN addresses of this computer when
        it listens on all of them, loopback only when it has no other."""
        listening = self.state().status.listening
        if listening is None:
            return []
        host, port = parse_address(listening, listen=True)
        return [format_address(address, port) for address in _reachable_hosts(host)]


def _is_address(typed: str) -> bool:
    try:
        parse_address(typed)
    except UserError:
        return False
    return True


def _reachable_hosts(host: str) -> Sequence[str]:
    from checkin.sync.discovery import announced_addresses

    try:
        found = announced_addresses(host)
    except OSError:
        return [host]
    outside = [address for address in found if not ipaddress.ip_address(address).is_loopback]
    return outside or found or [host]

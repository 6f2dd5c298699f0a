"""A stand-in for `SyncService` in window tests: the test decides what its `status()` says."""

from __future__ import annotations

from checkin.sync.addresses import format_address
from checkin.sync.status import PeerStatus, SyncStatus


class FakeService:
    """Stands in for `SyncService`: the test decides what `status()` says."""

    def __init__(self, path, *, name, listen, peers, discover):
        self.name, self.listen, self.peers, self.discover = name, listen, list(peers), discover
        self.peer_status: tuple[PeerStatus, ...] = ()
        self.stopped = False

    def start(self):
        pass

    def stop(self):
        self.stopped = True

    def status(self):
        return SyncStatus(format_address(*self.listen) if self.listen else None, self.peer_status)

    def add_peer(self, address):
        self.peers.append(address)


class Fakes(list):
    """`SyncOptions(service=Fakes())`: every service the app starts is a `FakeService`, kept in order."""

    def __call__(self, path, **kwargs):
        self.append(FakeService(path, **kwargs))
        return self[-1]

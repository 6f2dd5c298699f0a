"""What the desk's status line shows about sync: records handed across threads, so frozen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PeerStatus:
    name: str
    """The peer's station name once it said hello; its address until then."""
    address: str
    """Where it listens ("host:port"); '' for a peer that only talks to us (it does not listen)."""
    connected: bool
    last_sync: str | None
    """ISO time of the last good exchange either way; None: never."""
    problem: str = ""
    """'' or a short English reason (not reachable, another event's key, a copied file...)."""
    problem_code: str = ""
    """A stable word for `problem`, for the desk's translation (see `checkin.sync.client`)."""


@dataclass(frozen=True)
class SyncStatus:
    listening: str | None
    """"host:port" this station serves on; None: it does not listen."""
    peers: tuple[PeerStatus, ...] = ()

    @property
    def alone(self) -> bool:
        """No peer connected: what this desk does reaches no other station for now."""
        return not any(peer.connected for peer in self.peers)

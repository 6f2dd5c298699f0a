"""Pairing: a new laptop gets the whole event from a running station with the short code that station shows.

The code (e.g. K7PQ-4X2M, stored in the event file by `Replica.new_pairing_code`, valid 10 minutes) is
never sent, nor anything computed from it alone. The two laptops run SPAKE2, a password-authenticated key
exchange (the `spake2` package, Ed25519 group), with the code as the password: the joiner (side A) sends
its random point blinded by the code, the station (side B) answers with its own, and each derives the same
session key only if both used the same code. The joiner then proves that key in its request's headers
(`envelope.request_proof`), and the station answers with the event file sealed under it.

Offline: a recording of a join holds two random-looking points and messages sealed under a key that
depends on both laptops' secret scalars. Trying a code against it would mean solving a Diffie-Hellman
problem, for the right code as for any other: the recording offers nothing a guess can be checked against.
Whoever takes part in an exchange (a stranger as the joiner, or posing as the station) tests exactly one
code per exchange, online.

Online, a station counts (`PairingAttempts`, in memory) the exchanges each address starts: 3 are free,
then each waits as a wrong PIN at a desk does (`roles.wait_after`: 30 s, doubling), until the address's
join succeeds. In the code's 10 minutes one address gets 7 exchanges (at 0, 0, 0, 30, 90, 210 and 450 s);
another address's failures never delay it, so a stranger cannot keep the joiner out. Wrong proofs from all
addresses together are counted in the event file (`Replica.pairing_failed`) and retire the code at
`replica.PAIRING_FAILURES` = 10,000: with 2^40 codes (8 symbols of 32), no one joins by guessing one code
but with a chance below 10,000 / 2^40, 1 in 110 million; and retiring the code on display within its
10 minutes takes 1,429 addresses guessing at full pace, more than a /22 network holds (an IPv6 /64 counts
as one address, `attempts.address_key`).

What pairing does not protect: a device that can pass itself off as the station at the address the joiner
types (ARP spoofing on the Wi-Fi) gets its one guess per exchange, and while nobody joins, the code's minutes
are still the window for online guessing. A join is best done on a network the staff trust.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from spake2 import SPAKE2_A, SPAKE2_B

from checkin import codes
from checkin.errors import UserError
from checkin.replication.replica import PAIRING_LENGTH
from checkin.roles import wait_after
from checkin.sync.attempts import TriesByAddress
from checkin.sync.envelope import CHALLENGE_BYTES, CHALLENGE_TTL_S

JOINER_ID, STATION_ID = b"checkin-station pairing joiner", b"checkin-station pairing station"
"""The two sides' identities in SPAKE2's transcript: the keys are for this app's pairing and nothing else."""
SESSION_KEY_LABEL = b"checkin-station pairing session key"
MESSAGE_BYTES = 33
"""A SPAKE2 message of the `spake2` package: a side byte and an Ed25519 point."""
MAX_PENDING = 256
"""Exchanges started and not yet finished that a station keeps; past them, the oldest is forgotten."""


class BadMessage(Exception):
    """What the other side sent is not a SPAKE2 message of the expected side."""


def normalised_code(typed: str) -> str:
    """The code as both sides use it: the replica's own reading of a typed code (upper case, no dashes or
    spaces, I and O read as 1 and 0). Raises UserError("bad_pairing_code") for what cannot be a code."""
    code = codes.normalise(typed)
    if len(code) != PAIRING_LENGTH or not set(code) <= set(codes.ALPHABET):
        raise UserError(
            "bad_pairing_code",
            "{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M).",
            typed=typed.strip()[:40],
        )
    return code


class JoinerExchange:
    """The joining laptop's side of one exchange: `message` goes to the station, whose answer gives the
    session key (`key`). Use once."""

    def __init__(self, code: str) -> None:
        self._spake = SPAKE2_A(normalised_code(code).encode(), idA=JOINER_ID, idB=STATION_ID)
        self.message: bytes = self._spake.start()

    def key(self, answer: bytes) -> bytes:
        """The session key from the station's answer; a wrong code gives a key the station refuses, not an
        error here. Raises BadMessage for what is not the station's side of SPAKE2."""
        return _finished(self._spake, answer)


def station_answer(code: str, message: bytes) -> tuple[bytes, bytes]:
    """The station's side of one exchange for the joiner's `message`: (our answer, the session key). About
    10 ms of pure-Python curve arithmetic: call it beside the event loop. Raises BadMessage."""
    spake = SPAKE2_B(normalised_code(code).encode(), idA=JOINER_ID, idB=STATION_ID)
    answer = spake.start()
    return answer, _finished(spake, message)


def _finished(spake: SPAKE2_A | SPAKE2_B, message: bytes) -> bytes:
    if len(message) != MESSAGE_BYTES:
        raise BadMessage()
    try:
        shared = spake.finish(message)
    # The package raises its own errors, ValueError and an internal NotOnCurve for what is not a point of
    # the group (or one from the same side, or our own message reflected): all mean a bad message.
    except Exception as error:
        raise BadMessage() from error
    return hmac.digest(shared, SESSION_KEY_LABEL, hashlib.sha256)


@dataclass(frozen=True)
class Pending:
    """An exchange the station answered and the joiner has yet to prove."""

    address: str
    code: str
    """The code it was made with: a code renewed or retired meanwhile makes it worthless."""
    key: bytes
    expires: float


class PairingAttempts:
    """The station's side of pairing between requests: the exchanges each address started (see the module's
    docstring for the limits) and the keys of those not yet proven, each usable once within
    `envelope.CHALLENGE_TTL_S`, like a challenge. In memory; not thread-safe (the event loop's)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tries = TriesByAddress(wait_after)
        self._pending: OrderedDict[str, Pending] = OrderedDict()
        """Challenge -> its exchange, oldest first."""

    def wait(self, address: str) -> int:
        """Whole seconds before `address` may start an exchange; 0 when it may now."""
        return self._tries.wait(address, self._clock())

    def started(self, address: str) -> None:
        """An exchange begins: it counts as a failure of its address until its proof comes right."""
        self._tries.failed(address, self._clock())

    def answered(self, address: str, code: str, key: bytes) -> str:
        """Keeps the exchange's key; returns the challenge its proof must name."""
        now = self._clock()
        for challenge in [c for c, pending in self._pending.items() if pending.expires <= now]:
            del self._pending[challenge]
        while len(self._pending) >= MAX_PENDING:
            self._pending.popitem(last=False)
        challenge = os.urandom(CHALLENGE_BYTES).hex()
        self._pending[challenge] = Pending(address, code, key, now + CHALLENGE_TTL_S)
        return challenge

    def take(self, challenge: str) -> Pending | None:
        """The exchange of `challenge`, once; None when unknown, used or expired."""
        pending = self._pending.pop(challenge, None)
        return pending if pending is not None and self._clock() < pending.expires else None

    def succeeded(self, pending: Pending) -> None:
        self._tries.succeeded(pending.address)

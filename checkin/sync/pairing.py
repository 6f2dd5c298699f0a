"""Pairing: a new laptop gets the whole event from a running station with the short code that station shows.

The code (e.g. K7PQ-4X2M, stored in the event file by `Replica.new_pairing_code`, valid a few minutes) is
never sent. Both sides stretch it into an AES key with scrypt, salted with random bytes the station draws for
each code (the joiner asks for them first): the joiner seals its request under that key, and the station
answers with the event file sealed under it. Guessing online is cut off after a few wrong tries
(`Replica.pairing_failed`).

Guessing offline is what the scrypt cost is for: someone on the Wi-Fi who recorded a join holds the whole
event file under the code's key, and the code's minutes of life do not help there. The code has 8 symbols of
32, 2^40 codes, so they must try 2^39 on average (the salt is the code's own: no table of keys computed in
advance, nor the work spent on another join, helps), each one scrypt with N=2^17, r=8: 128 MiB of memory and
about 0.4 s of one core of a laptop. That is some 7,000 core-years; a high-end GPU, held back by its memory
bandwidth to roughly 10,000 such guesses a second at best, needs some two years: several thousand euros of
rented GPUs for one recorded join. Each side pays it once per join (the station once per code), well under
a second. Longer codes would cost more to type than this buys; a join is best done on a network the staff
trust.
"""

from __future__ import annotations

import hashlib
import os
import threading

from checkin import codes
from checkin.errors import UserError
from checkin.replication.replica import PAIRING_LENGTH

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
SCRYPT_MEMORY = 128 * SCRYPT_R * SCRYPT_N
"""What one derivation (or one guess) takes: 128 MiB."""
SALT_LABEL = b"checkin-station pairing v2 "
"""Goes before the code's random salt: these keys are for nothing else."""
SALT_BYTES = 16


def normalised_code(typed: str) -> str:
    """The code as both sides hash it: the replica's own reading of a typed code (upper case, no dashes or
    spaces, I and O read as 1 and 0). Raises UserError("bad_pairing_code") for what cannot be a code."""
    code = codes.normalise(typed)
    if len(code) != PAIRING_LENGTH or not set(code) <= set(codes.ALPHABET):
        raise UserError(
            "bad_pairing_code",
            "{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M).",
            typed=typed.strip()[:40],
        )
    return code


def pairing_key(code: str, salt: bytes) -> bytes:
    """The 32-byte AES key of a pairing code under the station's `salt` for it (about 0.4 s and 128 MiB:
    costly on purpose, see the module's docstring)."""
    return hashlib.scrypt(normalised_code(code).encode(), salt=SALT_LABEL + salt, n=SCRYPT_N, r=SCRYPT_R,
                          p=SCRYPT_P, maxmem=2 * SCRYPT_MEMORY, dklen=32)  # fmt: skip


class PairingKeys:
    """The station's side: a fresh random salt for each code it shows, and the key derived once per code
    rather than once per request. Kept in memory: a restarted station draws a new salt."""

    def __init__(self) -> None:
        self._salt: tuple[str, bytes] | None = None
        self._key: tuple[str, bytes, bytes] | None = None
        """(code, salt, key): set whole, so that a key never passes for another code's."""
        self._deriving = threading.Lock()
        """One derivation at a time: requests arriving together wait for the first, not derive alongside
        (128 MiB each)."""

    def salt_for(self, code: str) -> bytes:
        if self._salt is None or self._salt[0] != code:
            self._salt = (code, os.urandom(SALT_BYTES))
        return self._salt[1]

    def key_for(self, code: str, salt: bytes) -> bytes:
        """Slow the first time for a code: call it beside the event loop."""
        with self._deriving:
            cached = self._key
            if cached is None or cached[:2] != (code, salt):
                cached = self._key = (code, salt, pairing_key(code, salt))
            return cached[2]

"""Pairing: a new laptop gets the whole event from a running station with the short code that station shows.

The code (e.g. K7PQ-4X2M, stored in the event file by `Replica.new_pairing_code`, valid a few minutes) is
never sent. Both sides stretch it into an AES key with scrypt: the joiner seals its request under that key,
and the station answers with the event file sealed under it. Someone on the Wi-Fi who sees the exchange
would have to guess the code offline at scrypt's cost per guess, within its lifetime; guessing online is
cut off after a few wrong tries (`Replica.pairing_failed`).
"""

from __future__ import annotations

import hashlib

from checkin.errors import UserError
from checkin.replication import PAIRING_ALPHABET, PAIRING_LENGTH, normalise_pairing_code

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT = b"checkin-station pairing v1"
"""Fixed: both sides must derive the same key from the code alone. Every guess still costs an attacker a
full scrypt, and a code lives only minutes."""


def normalised_code(typed: str) -> str:
    """The code as both sides hash it: the replica's own reading of a typed code (upper case, no dashes or
    spaces, I and O read as 1 and 0). Raises UserError("bad_pairing_code") for what cannot be a code."""
    code = normalise_pairing_code(typed)
    if len(code) != PAIRING_LENGTH or not set(code) <= set(PAIRING_ALPHABET):
        raise UserError(
            "bad_pairing_code",
            "{typed} is not a pairing code; type the code the station shows (like K7PQ-4X2M).",
            typed=typed.strip()[:40],
        )
    return code


def pairing_key(code: str) -> bytes:
    """The 32-byte AES key of a pairing code (about 50 ms: slow on purpose, see the module's docstring)."""
    return hashlib.scrypt(
        normalised_code(code).encode(), salt=SALT, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32
    )


class PairingKeys:
    """The key of the station's current code, derived once per code rather than once per request."""

    def __init__(self) -> None:
        self._code: str | None = None
        self._key = b""

    def key_for(self, code: str) -> bytes:
        if code != self._code:
            self._code, self._key = code, pairing_key(code)
        return self._key

"""Attendee codes: what the QR on a badge carries.

A code is 13 random symbols (65 bits) followed by 4 check symbols cut from HMAC-SHA256(event secret, random
part). A mistyped, guessed or forged code fails the check offline, before any database lookup.

The alphabet is digits and capitals without I and O (read as 1 and 0) and without Y and Z: a USB scanner
"types" the code, and on a QWERTZ keyboard layout the host swaps those two letters.
17 symbols in this alphabet fit a QR code of version 1 at error correction M.
"""

from __future__ import annotations

import base64
import hmac
import secrets

ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWX"
RANDOM_LENGTH = 13
CHECK_LENGTH = 4
CODE_LENGTH = RANDOM_LENGTH + CHECK_LENGTH

_LOOKALIKES = str.maketrans({"I": "1", "O": "0", "-": None, " ": None})
_VALID = frozenset(ALPHABET)


def new_secret() -> bytes:
    return secrets.token_bytes(32)


_FROM_BASE32 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", ALPHABET.encode("ascii"))


_RANDOM_BYTES = 10
"""Random bytes drawn per code: 16 base32 symbols, of which the first RANDOM_LENGTH are used."""


def _check(secret: bytes, random_part: str) -> str:
    """The first CHECK_LENGTH 5-bit symbols of the HMAC (its top 20 bits)."""
    bits = int.from_bytes(hmac.digest(secret, random_part.encode("ascii"), "sha256")[:3], "big") >> 4
    return ALPHABET[bits >> 15] + ALPHABET[bits >> 10 & 31] + ALPHABET[bits >> 5 & 31] + ALPHABET[bits & 31]


def new_code(secret: bytes) -> str:
    return new_codes(secret, 1)[0]


def new_codes(secret: bytes, count: int) -> list[str]:
    """`count` new codes, their random parts from one base32 pass over all their bytes: an import of a
    million guests draws a million codes."""
    symbols = base64.b32encode(secrets.token_bytes(_RANDOM_BYTES * count)).translate(_FROM_BASE32)
    width = _RANDOM_BYTES * 8 // 5
    parts = [
        symbols[start : start + RANDOM_LENGTH].decode("ascii") for start in range(0, len(symbols), width)
    ]
    return [part + _check(secret, part) for part in parts]


def normalise(typed: str) -> str:
    """What a person or a scanner typed, as a code: upper case, no separators, I/O read as 1/0."""
    return typed.strip().upper().translate(_LOOKALIKES)


def looks_like_code(typed: str) -> bool:
    """True when `typed` has the shape of a code (right length and alphabet), valid or not."""
    candidate = normalise(typed)
    return len(candidate) == CODE_LENGTH and _VALID.issuperset(candidate)


def is_valid(code: str, secret: bytes) -> bool:
    """True only for a code this event's secret signed; constant-time in the check symbols."""
    candidate = normalise(code)
    if len(candidate) != CODE_LENGTH or not _VALID.issuperset(candidate):
        return False
    random_part, check = candidate[:RANDOM_LENGTH], candidate[RANDOM_LENGTH:]
    return hmac.compare_digest(check, _check(secret, random_part))

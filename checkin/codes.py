"""Attendee codes: what the QR on a badge carries.

A code is 13 random symbols (65 bits) followed by 4 check symbols cut from HMAC-SHA256(event secret, random
part). A mistyped, guessed or forged code fails the check offline, before any database lookup.

The alphabet is digits and capitals without I and O (read as 1 and 0) and without Y and Z: a USB scanner
"types" the code, and on a QWERTZ keyboard layout the host swaps those two letters.
17 symbols in this alphabet fit a QR code of version 1 at error correction M.
"""

from __future__ import annotations

import base64
import hashlib
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


def _symbols(data: bytes, length: int) -> str:
    """The first `length` 5-bit symbols of `data`: base32 with our alphabet (C speed for big imports)."""
    return base64.b32encode(data).translate(_FROM_BASE32)[:length].decode("ascii")


def _check(secret: bytes, random_part: str) -> str:
    digest = hmac.new(secret, random_part.encode("ascii"), hashlib.sha256).digest()
    return _symbols(digest[:3], CHECK_LENGTH)


def new_code(secret: bytes) -> str:
    random_part = _symbols(secrets.token_bytes(9), RANDOM_LENGTH)
    return random_part + _check(secret, random_part)


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

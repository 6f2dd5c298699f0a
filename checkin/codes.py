"""Attendee codes: what the QR on a badge carries.

A code is 13 random symbols (65 bits) followed by 4 check symbols cut from HMAC-SHA256(event secret, random
part). A mistyped, guessed or forged code fails the check offline, before any database lookup.

The alphabet is digits and capitals without I and O (read as 1 and 0) and without Y and Z: a USB scanner
"types" the code, and on a QWERTZ keyboard layout the host swaps those two letters.
17 symbols in this alphabet fit a QR code of version 1 at error correction M.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWX"
RANDOM_LENGTH = 13
CHECK_LENGTH = 4
CODE_LENGTH = RANDOM_LENGTH + CHECK_LENGTH

_BITS_PER_SYMBOL = 5
_LOOKALIKES = str.maketrans({"I": "1", "O": "0", "-": None, " ": None})
_VALID = frozenset(ALPHABET)


def new_secret() -> bytes:
    return secrets.token_bytes(32)


def _encode(value: int, length: int) -> str:
    symbols = []
    for _ in range(length):
        value, digit = divmod(value, len(ALPHABET))
        symbols.append(ALPHABET[digit])
    return "".join(reversed(symbols))


def _check(secret: bytes, random_part: str) -> str:
    digest = hmac.new(secret, random_part.encode("ascii"), hashlib.sha256).digest()
    return _encode(int.from_bytes(digest[:4], "big"), CHECK_LENGTH)


def new_code(secret: bytes) -> str:
    random_part = _encode(secrets.randbits(RANDOM_LENGTH * _BITS_PER_SYMBOL), RANDOM_LENGTH)
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

"""The sealed envelope every sync message travels in, and the single-use challenges that make a captured
message worthless a second time.

A device on the hotel Wi-Fi sees every byte between two stations. So whatever concerns the event is
compressed and encrypted with AES-256-GCM under the event's sync key (only stations holding the event file
have it): without the key nobody can read a message, and any change to one makes it fail to open.

Replays are refused without trusting the laptops' clocks (venue laptops are often minutes apart): the
receiving station hands out random challenges that live 30 s in its memory and can be used once. A request
names one, and the AEAD's associated data binds it together with the method, the path, the sender's origin
and the direction; the answer is bound to the same challenge, so neither can be replayed nor passed off as
the other, nor moved to another endpoint.

A request also carries its binding in headers, with a short proof that its sender holds the key (an HMAC of
the binding, `request_proof`): the receiver refuses a request from anyone without the key on its headers
alone, before reading, let alone parsing or decrypting, a byte of its body.

Envelope (JSON): {"v": 1, "origin": ..., "challenge": hex, "nonce": base64, "box": base64}.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

PROTOCOL = "checkin-sync/1"
VERSION = 1
KEY_BYTES = 32
NONCE_BYTES = 12
CHALLENGE_BYTES = 16
CHALLENGE_TTL_S = 30.0
MAX_LIVE_CHALLENGES = 4096
"""Beyond this many unused challenges the oldest are forgotten: a flood of challenge requests costs a bounded
amount of memory (and a real station uses its challenge within milliseconds of getting it)."""
MAX_PLAINTEXT_BYTES = 512 * 1024 * 1024
"""The most a message may inflate to: a small compressed body must not expand into all the memory there is."""
COMPRESSION_LEVEL = 1
"""Fast: the log compresses about fivefold even so, which is what matters on a hotel's Wi-Fi."""

_PROOF_LABEL = f"{PROTOCOL} request proof".encode()
"""The proof's HMAC key is derived from the event's key under this label: one key, one use each."""
_ORIGIN = re.compile(r"[0-9a-f]{32}")
_CHALLENGE = re.compile(f"[0-9a-f]{{{2 * CHALLENGE_BYTES}}}")


class Direction(Enum):
    REQUEST = "request"
    RESPONSE = "response"


class Refusal(Enum):
    """Why a message was not opened; the value is what the server answers with (its `error`)."""

    MALFORMED = "bad_envelope"
    UNKNOWN_CHALLENGE = "unknown_challenge"
    """Never issued, already used (a replay) or expired."""
    WRONG_KEY = "wrong_key"
    """It does not open: another event's key, a wrong pairing code, or tampered bytes."""
    TOO_LARGE = "too_large"


class EnvelopeError(Exception):
    """A message refused, with no state changed; `refusal` says why in one word for the other side."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.value)
        self.refusal = refusal


@dataclass(frozen=True)
class Binding:
    """What a message is bound to beyond its own bytes. `origin` is the sender's replica id ('' for a
    station joining by pairing code, which has none yet)."""

    challenge: str
    method: str
    path: str
    origin: str

    def associated_data(self, direction: Direction) -> bytes:
        return json.dumps([PROTOCOL, direction.value, self.method, self.path, self.origin, self.challenge],
                          separators=(",", ":")).encode()  # fmt: skip


def is_origin(text: object) -> bool:
    return isinstance(text, str) and _ORIGIN.fullmatch(text) is not None


def seal(key: bytes, payload: bytes, binding: Binding, direction: Direction) -> dict[str, object]:
    """`payload` compressed, encrypted and bound to `binding` (a fresh random nonce each time)."""
    nonce = os.urandom(NONCE_BYTES)
    box = AESGCM(key).encrypt(
        nonce, zlib.compress(payload, COMPRESSION_LEVEL), binding.associated_data(direction)
    )
    return {"v": VERSION, "origin": binding.origin, "challenge": binding.challenge, "nonce": _b64(nonce),
            "box": _b64(box)}  # fmt: skip


def json_bytes(body: object) -> bytes:
    """`body` as the payload of an envelope: compact JSON in UTF-8, by the library that opens it (numbers
    and texts come back as they went: no NaN written that the other side would refuse)."""
    return orjson.dumps(body, option=orjson.OPT_NON_STR_KEYS)


def seal_json(key: bytes, body: object, binding: Binding, direction: Direction) -> dict[str, object]:
    return seal(key, json_bytes(body), binding, direction)


def read_binding(envelope: object, method: str, path: str) -> Binding:
    """The binding an envelope claims, read without the key. Raises EnvelopeError(MALFORMED) for anything
    that is not an envelope."""
    if not isinstance(envelope, Mapping) or envelope.get("v") != VERSION:
        raise EnvelopeError(Refusal.MALFORMED)
    return claimed_binding(envelope.get("origin"), envelope.get("challenge"), method, path)


def claimed_binding(origin: object, challenge: object, method: str, path: str) -> Binding:
    """A binding from what a message claims (an envelope's fields, a request's headers), checked for form
    only. Raises EnvelopeError(MALFORMED)."""
    if not (origin == "" or is_origin(origin)) or not isinstance(challenge, str):
        raise EnvelopeError(Refusal.MALFORMED)
    if _CHALLENGE.fullmatch(challenge) is None:
        raise EnvelopeError(Refusal.MALFORMED)
    return Binding(challenge, method, path, str(origin))


def request_proof(key: bytes, binding: Binding) -> str:
    """That the sender of a request bound to `binding` holds `key`: checked on the request's headers, so a
    request from anyone without the key costs the receiver one HMAC, never its body."""
    proof_key = hmac.digest(key, _PROOF_LABEL, hashlib.sha256)
    return hmac.digest(proof_key, binding.associated_data(Direction.REQUEST), hashlib.sha256).hex()


def proves_key(key: bytes, binding: Binding, proof: object) -> bool:
    expected = request_proof(key, binding).encode()
    return isinstance(proof, str) and hmac.compare_digest(proof.encode(), expected)


def open_sealed(key: bytes, envelope: object, binding: Binding, direction: Direction) -> bytes:
    """The payload, if the envelope was sealed under `key` for exactly `binding` and `direction`; the
    binding comes from the receiver (its method and path, a challenge it checked), never from the bytes."""
    if not isinstance(envelope, Mapping):
        raise EnvelopeError(Refusal.MALFORMED)
    nonce, box = _unb64(envelope.get("nonce")), _unb64(envelope.get("box"))
    if len(nonce) != NONCE_BYTES:
        raise EnvelopeError(Refusal.MALFORMED)
    try:
        compressed = AESGCM(key).decrypt(nonce, box, binding.associated_data(direction))
    except InvalidTag:
        raise EnvelopeError(Refusal.WRONG_KEY) from None
    return _inflate(compressed)


def open_json(key: bytes, envelope: object, binding: Binding, direction: Direction) -> object:
    payload = open_sealed(key, envelope, binding, direction)
    try:
        # orjson, as the log's rows are written and read: it refuses text no UTF-8 can hold (a lone
        # surrogate written as an escape), which `json` lets through to fail later, stored.
        return orjson.loads(payload)
    except (ValueError, RecursionError):  # not UTF-8 or not JSON, or nested past orjson's depth limit
        # Sealed under our key yet not JSON: a bug on the other side, not an attack; still refused.
        raise EnvelopeError(Refusal.MALFORMED) from None


def open_raw_json(key: bytes, raw: bytes, binding: Binding, direction: Direction) -> object:
    """`open_json` of an envelope still in its bytes: parsing it is work too, done where the opening is."""
    try:
        envelope = json.loads(raw)
    except (ValueError, RecursionError):  # not JSON, or nested past Python's recursion limit
        raise EnvelopeError(Refusal.MALFORMED) from None
    return open_json(key, envelope, binding, direction)


def _inflate(compressed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        payload = inflater.decompress(compressed, MAX_PLAINTEXT_BYTES)
    except zlib.error:
        raise EnvelopeError(Refusal.MALFORMED) from None
    if inflater.unconsumed_tail:
        raise EnvelopeError(Refusal.TOO_LARGE)
    if not inflater.eof:
        raise EnvelopeError(Refusal.MALFORMED)
    return payload


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise EnvelopeError(Refusal.MALFORMED)
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise EnvelopeError(Refusal.MALFORMED) from None


class Challenges:
    """The challenges this station handed out and not yet seen used. Kept in memory only: a restarted
    station simply issues new ones. Not thread-safe: the server's event loop is its only user."""

    def __init__(
        self, ttl_s: float = CHALLENGE_TTL_S, limit: int = MAX_LIVE_CHALLENGES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self._ttl_s, self._limit, self._clock = ttl_s, limit, clock
        self._live: OrderedDict[str, float] = OrderedDict()
        """challenge -> when it expires, oldest first."""

    def issue(self) -> str:
        self._forget_expired()
        while len(self._live) >= self._limit:
            self._live.popitem(last=False)
        challenge = os.urandom(CHALLENGE_BYTES).hex()
        self._live[challenge] = self._clock() + self._ttl_s
        return challenge

    def is_live(self, challenge: str) -> bool:
        expires = self._live.get(challenge)
        return expires is not None and self._clock() < expires

    def consume(self, challenge: str) -> bool:
        """True once for a live challenge; False for a replay, an expired or an unknown one."""
        expires = self._live.pop(challenge, None)
        return expires is not None and self._clock() < expires

    def _forget_expired(self) -> None:
        now = self._clock()
        while self._live and next(iter(self._live.values())) <= now:
            self._live.popitem(last=False)

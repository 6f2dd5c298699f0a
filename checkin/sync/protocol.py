"""What two stations say to each other: the endpoints, the bounds every message keeps, and the checks that
turn a decrypted body into values or refuse it.

Every endpoint but the challenge and the start of pairing takes and answers a sealed envelope (see
`envelope`) whose payload is JSON:

| endpoint | request | answer |
|---|---|---|
| `GET /sync/challenge` | - | `{"challenge": hex}` (plain, single-use, 30 s) |
| `POST /sync/hello` | `{"name", "fingerprint", "instance", "port"}` | `{"name", "fingerprint"}` |
| `POST /sync/pull` | `{"vector", "limit"}` | `{"entries", "more", "vector"}` |
| `POST /sync/push` | `{"entries"}` | `{"added", "vector"}` |
| `POST /pair/start` | `{"message": hex}` (plain, SPAKE2: `pairing`) | `{"challenge", "message"}` (plain) |
| `POST /pair` | `{}` under the exchange's key, with its challenge | the event file, under the same key |

Every sealed request names its challenge, its sender's origin ('' when pairing) and a proof that the sender
holds the key (see `envelope.request_proof`) in the headers `CHALLENGE_HEADER`, `ORIGIN_HEADER` and
`PROOF_HEADER`: a station reads no body before these check out.

An address that started too many pairing exchanges without joining is answered 429
`{"error": "pairing_wait", "seconds": n}` with the same seconds in Retry-After.

A refusal is plain JSON `{"error": word}` with a 4xx status, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping

from checkin.sync.envelope import is_origin

CHALLENGE = "/sync/challenge"
HELLO = "/sync/hello"
PULL = "/sync/pull"
PUSH = "/sync/push"
PAIR = "/pair"
PAIR_START = "/pair/start"

CHALLENGE_HEADER = "X-Checkin-Challenge"
ORIGIN_HEADER = "X-Checkin-Origin"
PROOF_HEADER = "X-Checkin-Proof"

MAX_REQUEST_BYTES = 32 * 1024 * 1024
"""The largest sync request body a station reads, once its headers proved the key; a bigger one gets 413
unread. A push is split to stay under it."""
MAX_PLAIN_REQUEST_BYTES = 64 * 1024
"""The largest body of any other request (aiohttp's `client_max_size`: the phone page's, say), which anyone
on the network may send."""
MAX_RESPONSE_BYTES = 256 * 1024 * 1024
"""The largest sync answer a station reads from a peer."""
MAX_SNAPSHOT_BYTES = 2 * 1024 * 1024 * 1024
"""The largest event file a joining station accepts (some 100,000 guests with their history fit well)."""
MAX_ENTRIES = 20_000
"""Log entries per pull answer or push request, at most."""
MAX_VECTOR_ORIGINS = 10_000
"""Origins in a version vector, at most: one per event file that ever wrote (desks, restores, joins)."""
MAX_SEQ = 2**63 - 1
MAX_PAIRING_MESSAGE_HEX = 256
"""A SPAKE2 message is 33 bytes; anything much longer is refused before it is decoded."""
MAX_NAME_LENGTH = 100

ERROR_BAD_BODY = "bad_body"
ERROR_BAD_ENTRIES = "bad_entries"
ERROR_SAME_ORIGIN = "same_origin"
"""The peer holds a copy of our own event file (the same replica id, another process)."""
ERROR_ITSELF = "itself"
"""The peer is this very station (its own address typed in, or discovered)."""
ERROR_NO_PAIRING_CODE = "no_pairing_code"
ERROR_WRONG_CODE = "wrong_code"
ERROR_PAIRING_WAIT = "pairing_wait"
ERROR_BUSY = "busy"


class BadBody(Exception):
    """A body that opened with the key but does not say what its endpoint expects."""


def pairing_message_of(value: object) -> bytes:
    """A SPAKE2 message (hex) of a pairing exchange, bounded; whether it is a point of the group is
    `pairing`'s to check."""
    if not isinstance(value, str) or len(value) > MAX_PAIRING_MESSAGE_HEX:
        raise BadBody("message")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise BadBody("message") from None


def vector_of(value: object) -> dict[str, int]:
    """A version vector (origin -> highest origin_seq held) from a peer, checked."""
    if not isinstance(value, Mapping) or len(value) > MAX_VECTOR_ORIGINS:
        raise BadBody("vector")
    for origin, seq in value.items():
        if not is_origin(origin) or type(seq) is not int or not 0 <= seq <= MAX_SEQ:
            raise BadBody("vector")
    return dict(value)


def entries_of(value: object) -> list[dict[str, object]]:
    """A list of wire entries, bounded; what each entry holds is the replica's to check (`receive`)."""
    if not isinstance(value, list) or len(value) > MAX_ENTRIES:
        raise BadBody("entries")
    if not all(isinstance(entry, dict) for entry in value):
        raise BadBody("entries")
    return value


def limit_of(value: object) -> int:
    if type(value) is not int or not 1 <= value <= MAX_ENTRIES:
        raise BadBody("limit")
    return value


def name_of(value: object) -> str:
    if not isinstance(value, str):
        raise BadBody("name")
    return " ".join(value.split())[:MAX_NAME_LENGTH]


def port_of(value: object) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not 1 <= value <= 65535:
        raise BadBody("port")
    return value


def field(body: object, name: str) -> object:
    if not isinstance(body, Mapping) or name not in body:
        raise BadBody(name)
    return body[name]

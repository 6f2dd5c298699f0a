"""The sealed envelope and the single-use challenges: what a device on the Wi-Fi can and cannot do."""

import base64
import json
import os
import zlib

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from checkin.sync import envelope as envelope_module
from checkin.sync.envelope import (
    Binding,
    Challenges,
    Direction,
    EnvelopeError,
    Refusal,
    claimed_binding,
    open_json,
    open_raw_json,
    open_sealed,
    proves_key,
    read_binding,
    request_proof,
    seal,
    seal_json,
)

KEY = bytes(range(32))
ORIGIN = "ab" * 16
CHALLENGE = "cd" * 16
PULL = Binding(CHALLENGE, "POST", "/sync/pull", ORIGIN)


def _refusal(call) -> Refusal:
    with pytest.raises(EnvelopeError) as refused:
        call()
    return refused.value.refusal


def test_a_sealed_body_opens_with_the_key_it_was_sealed_under():
    envelope = seal_json(KEY, {"vector": {ORIGIN: 3}}, PULL, Direction.REQUEST)
    assert open_json(KEY, envelope, PULL, Direction.REQUEST) == {"vector": {ORIGIN: 3}}


def test_nothing_of_the_body_is_readable_on_the_wire():
    body = {"guest": "Gołębiowska"}
    envelope = seal_json(KEY, body, PULL, Direction.REQUEST)
    box = base64.b64decode(envelope["box"], validate=True)
    plain = envelope_module.json_bytes(body)
    # What a listener would read if the body travelled in clear, or only compressed. Ciphertext is random
    # bytes: the shortest of these (5 bytes) turns up in it by chance about once in 10^10 runs.
    compressed = [zlib.compress(plain, level) for level in range(10)]
    readable = [b"guest", "Gołębiowska".encode(), plain, *compressed]
    assert [text for text in readable if text in box] == []
    # Beside the box the envelope carries its binding and the nonce, nothing of the body.
    assert set(envelope) == {"v", "origin", "challenge", "nonce", "box"}
    assert (envelope["origin"], envelope["challenge"]) == (ORIGIN, CHALLENGE)
    assert len(base64.b64decode(envelope["nonce"], validate=True)) == envelope_module.NONCE_BYTES


def test_another_key_does_not_open_it():
    envelope = seal_json(KEY, {}, PULL, Direction.REQUEST)
    assert _refusal(lambda: open_json(os.urandom(32), envelope, PULL, Direction.REQUEST)) is Refusal.WRONG_KEY


def test_a_changed_byte_makes_it_refused():
    envelope = seal_json(KEY, {"entries": []}, PULL, Direction.REQUEST)
    box = bytearray(base64.b64decode(envelope["box"]))
    box[len(box) // 2] ^= 1
    envelope["box"] = base64.b64encode(bytes(box)).decode()
    assert _refusal(lambda: open_json(KEY, envelope, PULL, Direction.REQUEST)) is Refusal.WRONG_KEY


@pytest.mark.parametrize(
    "other",
    [
        Binding("ef" * 16, "POST", "/sync/pull", ORIGIN),  # another challenge: a replay under a fresh one
        Binding(CHALLENGE, "POST", "/sync/push", ORIGIN),  # moved to another endpoint
        Binding(CHALLENGE, "POST", "/sync/pull", "12" * 16),  # passed off as another station's
    ],
)
def test_a_body_bound_to_one_request_does_not_open_as_another(other):
    envelope = seal_json(KEY, {}, PULL, Direction.REQUEST)
    assert _refusal(lambda: open_json(KEY, envelope, other, Direction.REQUEST)) is Refusal.WRONG_KEY


def test_a_request_cannot_be_passed_off_as_its_answer():
    envelope = seal_json(KEY, {}, PULL, Direction.REQUEST)
    assert _refusal(lambda: open_json(KEY, envelope, PULL, Direction.RESPONSE)) is Refusal.WRONG_KEY


def test_a_body_with_text_no_utf_8_can_hold_is_refused_as_malformed():
    """A lone surrogate, written as a JSON escape, is valid JSON to `json` but no text SQLite can store: a
    guest's name or answers holding one would fail later, every time they are read."""
    body = b'{"rows": [{"data": {"first_name": "\\udc80"}}]}'
    envelope = seal(KEY, body, PULL, Direction.REQUEST)
    assert _refusal(lambda: open_json(KEY, envelope, PULL, Direction.REQUEST)) is Refusal.MALFORMED


def test_a_compressed_bomb_is_refused_as_too_large(monkeypatch):
    """A few bytes that would inflate past the bound: refused before they take the memory (the bound made
    small here, so that the test need not compress half a gigabyte)."""
    monkeypatch.setattr(envelope_module, "MAX_PLAINTEXT_BYTES", 1024 * 1024)
    nonce = os.urandom(12)
    bomb = zlib.compress(b"\0" * (1024 * 1024 + 1), 9)
    box = AESGCM(KEY).encrypt(nonce, bomb, PULL.associated_data(Direction.REQUEST))
    envelope = {"v": 1, "origin": ORIGIN, "challenge": CHALLENGE, "nonce": base64.b64encode(nonce).decode(),
                "box": base64.b64encode(box).decode()}  # fmt: skip
    assert _refusal(lambda: open_sealed(KEY, envelope, PULL, Direction.REQUEST)) is Refusal.TOO_LARGE


@pytest.mark.parametrize(
    "envelope",
    [
        None, [], "text", {"v": 2, "origin": ORIGIN, "challenge": CHALLENGE},
        {"v": 1, "origin": "not hex", "challenge": CHALLENGE},
        {"v": 1, "origin": ORIGIN, "challenge": "short"},
        {"v": 1, "origin": ORIGIN, "challenge": None},
    ],
)  # fmt: skip
def test_what_is_not_an_envelope_is_refused_as_malformed(envelope):
    assert _refusal(lambda: read_binding(envelope, "POST", "/sync/pull")) is Refusal.MALFORMED


@pytest.mark.parametrize("field, value", [("nonce", "***"), ("box", 12), ("nonce", "AAAA")])
def test_a_damaged_nonce_or_box_is_refused_as_malformed(field, value):
    envelope = seal_json(KEY, {}, PULL, Direction.REQUEST)
    envelope[field] = value
    assert _refusal(lambda: open_json(KEY, envelope, PULL, Direction.REQUEST)) is Refusal.MALFORMED


def test_the_headers_proof_shows_the_key_for_exactly_one_request():
    proof = request_proof(KEY, PULL)
    assert proves_key(KEY, PULL, proof)
    assert not proves_key(os.urandom(32), PULL, proof)
    assert not proves_key(KEY, Binding("ef" * 16, "POST", "/sync/pull", ORIGIN), proof)  # another challenge
    assert not proves_key(KEY, Binding(CHALLENGE, "POST", "/sync/push", ORIGIN), proof)  # another endpoint
    assert not proves_key(KEY, PULL, None) and not proves_key(KEY, PULL, "ż" + proof[1:])


def test_headers_that_are_not_a_binding_are_refused_as_malformed():
    assert claimed_binding(ORIGIN, CHALLENGE, "POST", "/sync/pull") == PULL
    for origin, challenge in ((None, CHALLENGE), (ORIGIN, None), ("x" * 32, CHALLENGE), (ORIGIN, "ab")):
        refusal = _refusal(lambda o=origin, c=challenge: claimed_binding(o, c, "POST", "/sync/pull"))
        assert refusal is Refusal.MALFORMED


def test_an_envelope_is_opened_from_its_bytes_and_junk_refused_as_malformed():
    """Junk includes JSON nested deeper than Python's recursion limit, and a sealed payload like it."""
    raw = json.dumps(seal_json(KEY, [1], PULL, Direction.REQUEST)).encode()
    assert open_raw_json(KEY, raw, PULL, Direction.REQUEST) == [1]
    nested = json.dumps(seal(KEY, b"[" * 100_000, PULL, Direction.REQUEST)).encode()
    for junk in (b"[" * 100_000, b"\xff\xfe", b"", nested):
        assert _refusal(lambda j=junk: open_raw_json(KEY, j, PULL, Direction.REQUEST)) is Refusal.MALFORMED


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_challenge_is_good_once():
    challenges = Challenges()
    issued = challenges.issue()
    assert challenges.is_live(issued)
    assert challenges.consume(issued)
    assert not challenges.consume(issued)
    assert not challenges.is_live(issued)


def test_a_challenge_never_issued_is_refused():
    assert not Challenges().consume("00" * 16)


def test_a_challenge_expires_after_thirty_seconds():
    clock = Clock()
    challenges = Challenges(clock=clock)
    issued = challenges.issue()
    clock.now += 30.5
    assert not challenges.is_live(issued)
    assert not challenges.consume(issued)


def test_a_flood_of_challenge_requests_keeps_memory_bounded():
    challenges = Challenges(limit=10)
    first = challenges.issue()
    issued = [challenges.issue() for _ in range(50)]
    assert len(challenges._live) == 10
    assert not challenges.is_live(first)
    assert all(challenges.is_live(c) for c in issued[-10:])

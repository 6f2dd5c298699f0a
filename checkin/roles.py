"""Reception and organiser: what a desk may do, and the organiser's PIN that switches between them.

Reception staff search, check in, undo, register walk-ins, correct names, change workshops and meals, scan
at doors and print badges. Imports, the programme, the badge design, exports, clearing personal data and
restoring a backup change the whole event, so they need the organiser, who unlocks a desk with the PIN set
when the event was created. An event without a PIN (made before PINs existed, or on purpose) leaves every
function open, as it always did.

The PIN is never stored: only a salted scrypt hash (slow on purpose) with its cost parameters. It guards the
organiser's functions at a desk; it does not protect a copied event file, which holds the guest list
itself (a four-digit PIN falls to a few minutes of guessing against a copy). Wrong PINs are counted in the
event log, shared by every desk and surviving restarts: after `FREE_ATTEMPTS` the next try must wait,
longer each time. The phone page's tries are not: anyone on the Wi-Fi can reach it, and its wrong PINs must
not make the desks wait; it checks with `pin_is_right` and limits its own tries.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import unicodedata
from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from checkin.errors import UserError
from checkin.log_kinds import LogKind
from checkin.station_part import StationPart
from checkin.storage import StoredPin

if TYPE_CHECKING:
    from checkin.station import Station

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 64
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SCRYPT_MAX_MEMORY = 32 * 1024 * 1024
"""hashlib.scrypt's default memory bound: a stored PIN costing more could never be checked."""
DIGEST_BYTES = 32
"""About 50 ms and 16 MB per try: unnoticed at the desk, costly for someone guessing from a copied file."""
SALT_BYTES = 16
FREE_ATTEMPTS = 3
FIRST_WAIT_S = 30
"""The wait after the third wrong PIN in a row; it doubles with each further one, up to `LONGEST_WAIT_S`."""
LONGEST_WAIT_S = 15 * 60


def check_pin(pin: str) -> str:
    """`pin` as it will be hashed; raises UserError("bad_pin") for a PIN too short or too long. Cheap, so
    that a form can say so while the PIN is typed, before the slow hash."""
    typed = _normalised(pin)
    if not PIN_MIN_LENGTH <= len(typed) <= PIN_MAX_LENGTH:
        raise UserError(
            "bad_pin", "The organiser PIN must be {min} to {max} characters long.",
            min=str(PIN_MIN_LENGTH), max=str(PIN_MAX_LENGTH),
        )  # fmt: skip
    return typed


def hash_pin(pin: str) -> StoredPin:
    """A new salted hash of `pin`; raises UserError("bad_pin") for a PIN too short or too long."""
    typed = check_pin(pin)
    salt = os.urandom(SALT_BYTES)
    return StoredPin(salt, _digest(typed, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P), SCRYPT_N, SCRYPT_R, SCRYPT_P)


def pin_matches(stored: StoredPin, pin: str) -> bool:
    """Compared in constant time, so the time taken tells nothing about how much of the PIN was right.
    Cost parameters scrypt refuses (a damaged or doctored file) match no PIN rather than crash the desk."""
    typed = _normalised(pin)[:PIN_MAX_LENGTH]
    try:
        digest = _digest(typed, stored.salt, stored.n, stored.r, stored.p)
    except (ValueError, OverflowError, MemoryError):
        return False
    return hmac.compare_digest(digest, stored.digest)


def _normalised(pin: str) -> str:
    """The same PIN typed on another keyboard (composed or decomposed letters) or with spaces around."""
    return unicodedata.normalize("NFC", pin.strip())


def _digest(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=DIGEST_BYTES)


def wait_after(failures: int, free: int = FREE_ATTEMPTS) -> int:
    """The whole wait after `failures` wrong PINs in a row of which `free` need none: `FIRST_WAIT_S` after
    the last free one, doubling with each further one, up to `LONGEST_WAIT_S`; 0 before."""
    if failures < free:
        return 0
    return min(FIRST_WAIT_S * 2 ** min(failures - free, 16), LONGEST_WAIT_S)


def seconds_to_wait(failures: int, last_failure: str | None, now: datetime) -> int:
    """How long before the next try is allowed, after `failures` wrong PINs in a row (the last at
    `last_failure`, an ISO time from the log); 0 when it is allowed now."""
    if failures < FREE_ATTEMPTS or last_failure is None:
        return 0
    wait = wait_after(failures)
    elapsed = max((now - datetime.fromisoformat(last_failure)).total_seconds(), 0)
    return max(math.ceil(wait - elapsed), 0)


class Roles(StationPart):
    """The role of one desk (`station.roles`): reception until the organiser unlocks it.

    The role belongs to this desk only: unlocking one desk leaves the others in reception.
    """

    def __init__(self, station: Station) -> None:
        super().__init__(station)
        self._unlocked = False

    @property
    def is_organiser(self) -> bool:
        return self._unlocked or not self.has_pin

    @property
    def has_pin(self) -> bool:
        """False for an event without an organiser PIN, where every desk is the organiser's."""
        return self._storage.organiser_pin() is not None

    def require_organiser(self) -> None:
        """Call first in every organiser function, so that reception gets the refusal before any work."""
        if not self.is_organiser:
            raise UserError("organiser_only", "Only the organiser may do this: unlock with their PIN.")

    def pin_is_right(self, pin: str) -> bool:
        """Whether `pin` is the organiser PIN (False on an event without one), against the stored hash and
        nothing more: no role changes, nothing is written, and the desks' wait after wrong PINs neither
        applies nor grows. For a caller that limits its own tries (the phone page)."""
        stored = self._storage.organiser_pin()
        return stored is not None and pin_matches(stored, pin)

    def unlock(self, pin: str, now: datetime | None = None) -> bool:
        """Switch to the organiser role with the right PIN; False for a wrong one (which is counted).

        Raises UserError("pin_wait", seconds=...) while wrong PINs make the next try wait; a try made then
        is not checked, nor counted. Checked under the write lock, so two desks guessing at once share one
        count. An event without a PIN unlocks with anything.
        """
        moment = (now or datetime.now()).astimezone()
        with self._storage.transaction():
            stored = self._storage.organiser_pin()
            if stored is None:
                return True
            failures, last = self._storage.pin_failures()
            wait = seconds_to_wait(failures, last, moment)
            if wait:
                raise UserError(
                    "pin_wait", "Too many wrong PINs: wait {seconds} s and try again.", seconds=str(wait)
                )
            if not pin_matches(stored, pin):
                self._storage.append_log(
                    LogKind.PIN_FAILED, station=self._station.name, staff=self._station.staff, at=_iso(moment)
                )
                return False
            if failures:
                self._storage.append_log(
                    LogKind.PIN_ACCEPTED,
                    station=self._station.name,
                    staff=self._station.staff,
                    at=_iso(moment),
                )
        self._unlocked = True
        return True

    def grant_organiser(self) -> None:
        """The organiser role without the PIN, for whoever is known to hold it: the one who just created
        the event with its PIN, or this desk's own station opened again for another thread
        (`Station.opener`)."""
        self._unlocked = True

    def lock(self) -> None:
        """Back to reception (an event without a PIN stays open: there is nothing to unlock it with)."""
        self._unlocked = False

    def change_pin(self, old: str, new: str) -> None:
        """Set a new PIN (organiser only; `old` must be right, as for `unlock`). On an event without a PIN
        this sets the first one, and `old` is not asked for."""
        self.require_organiser()
        stored = hash_pin(new)
        if not self.unlock(old):
            raise UserError("wrong_pin", "That is not the organiser PIN.")
        with self._storage.transaction():
            self._storage.set_organiser_pin(stored)
            self._storage.append_log(
                LogKind.PIN_SET,
                station=self._station.name,
                staff=self._station.staff,
                data=pin_record(stored),
            )
        self._unlocked = True


def pin_record(pin: StoredPin) -> dict[str, object]:
    """The stored PIN as its log row carries it to the other stations (the salted hash, never the PIN)."""
    return {"salt": pin.salt.hex(), "hash": pin.digest.hex(), "n": pin.n, "r": pin.r, "p": pin.p}


def pin_from_record(data: Mapping[str, object]) -> StoredPin | None:
    """The PIN a received `pin_set` row carries; None for a row that carries none (an older version's)."""
    try:
        salt, digest = bytes.fromhex(str(data["salt"])), bytes.fromhex(str(data["hash"]))
        n, r, p = (int(data[key]) for key in ("n", "r", "p"))  # type: ignore[call-overload]  # TypeError caught
    except (KeyError, ValueError, TypeError):
        return None
    if not (len(salt) <= 64 and len(digest) == DIGEST_BYTES and n > 1 and n & (n - 1) == 0):
        return None  # a damaged row: no PIN could match it
    if not (0 < r <= 16 and 0 < p <= 4 and 128 * n * r <= SCRYPT_MAX_MEMORY):
        return None  # costs no desk could check (hashlib refuses them)
    return StoredPin(salt, digest, n, r, p)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds")

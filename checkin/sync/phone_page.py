"""The organisers' live page on their phones: the dashboard's counts, served by any station on the LAN.

`GET /` is the page (`resources/web/`); it asks `GET /api/counts` every 2 s. Counts carry no personal data:
no names, organisations, e-mails, nor the staff on shift. The latest arrivals and the honorary guests, with
names, come from `GET /api/people`, which wants a token from `POST /api/unlock {"pin": ...}`: the organiser
PIN, checked against the desks' hash by `Roles.pin_is_right`, which writes nothing. Wrong PINs here are
not the desks' business: counted in the event log, they would travel to every desk, and anyone on the
Wi-Fi could keep the organiser waiting at all of them. The page counts its own (`WrongPins`), in memory,
and makes tries wait (429 with Retry-After); the desks' wait does not apply here either:
- per address, as a desk does: 3 free, then 30 s, doubling up to 15 minutes. One address gets 10 tries in
  its first hour, then 4 an hour; another address's wrong PINs never delay it, so a stranger's guesses do
  not keep the organiser's phone waiting;
- from all addresses together, a backstop against a device taking a new address for each guess: a bucket
  of 30 wrong PINs that forgets one every 5 minutes (12 an hour). Three addresses guessing at full pace all
  day never fill it; it takes four or more, and then every phone waits up to 5 minutes per wrong PIN. At
  most 30 + 12 an hour get tried whatever the addresses: about 170 in a 12-hour day, 1.7% of the PINs of 4
  digits, 1 in 5,800 of 6 digits (the organiser's PIN is its own: choose a long one where the Wi-Fi is
  shared).
A token lives `TOKEN_S` in this process's memory;
`POST /api/lock` drops it earlier. An event without a PIN shows no names on the network at all: at a desk
"no PIN" means "every function open", but the hotel Wi-Fi is not a desk.

The page's work on the event file runs on a worker thread of its own (a `ReplicaThread`): SQLite
connections belong to their thread, and the server's event loop must not wait on the disk (a first count at
100,000 guests takes half a second, a PIN's hash 50 ms). The Station from `open_station` is opened there on
first use and kept, with its `DashboardFeed`, until `PhonePage.close`, so each snapshot after the first
costs a few small queries; phones polling together share one snapshot younger than `SHARED_SNAPSHOT_S`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
import secrets
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from aiohttp import web

from checkin.dashboard import Arrival, Dashboard, DashboardFeed
from checkin.dates import clock
from checkin.errors import UserError
from checkin.paths import resources_dir
from checkin.roles import wait_after
from checkin.station import Station
from checkin.storage import NotAnEventFileError, SchemaTooNewError
from checkin.sync.attempts import TriesByAddress, address_key
from checkin.sync.replica_thread import ReplicaThread

T = TypeVar("T")

TOKEN_S = 15 * 60
MAX_TOKENS = 64
"""Unlocked phones at once; the oldest token goes first (a phone unlocking again takes a new one)."""
MAX_UNLOCK_BYTES = 1024
SHARED_SNAPSHOT_S = 0.5
ALL_FREE_ATTEMPTS = 30
ALL_DRAIN_S = 5 * 60
"""The backstop of all phones together (`AllPhones`): 30 wrong PINs, one forgiven every 5 minutes."""
WEB_FILES = {
    "/": ("phone.html", "text/html; charset=utf-8"),
    "/phone.css": ("phone.css", "text/css; charset=utf-8"),
    "/phone.js": ("phone.js", "text/javascript; charset=utf-8"),
}
"""Path -> file in resources/web/ and its type: only these are served (no listing, no path from the URL)."""
_SECURITY_HEADERS = {
    # Names in the page come from imported spreadsheets: the page inserts them as text, and no script,
    # style or connection other than this station's own is allowed even if one slipped through.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_NO_STORE = {**_SECURITY_HEADERS, "Cache-Control": "no-store"}


def phone_routes(open_station: Callable[[], Station]) -> list[web.RouteDef]:
    """The page and its API, for the station's aiohttp server to serve beside its own endpoints; its file
    stays open for as long as the process runs (`PhonePage(...).routes()` for a page that is closed)."""
    return PhonePage(open_station).routes()


@dataclass(frozen=True)
class _Snapshot:
    counts: dict[str, object]
    people: dict[str, object]
    taken: float
    """time.monotonic() when taken."""


class PhonePage:
    """The handlers of one station's page: its worker thread, the event file seen from it, the tokens.

    `open_station()` returns a Station on the event file for the thread it is called on; it is called on
    the page's worker thread at the first request that needs the file (again at the next one should it
    fail), and the Station is kept until `close`.
    """

    def __init__(self, open_station: Callable[[], Station]) -> None:
        self._file = ReplicaThread(open_station, thread_name="phone-page")
        self._feed: DashboardFeed | None = None
        """Used on the worker thread only, like the station."""
        self._snapshot: _Snapshot | None = None
        self._tokens: dict[bytes, float] = {}
        """Hash of a token -> when it expires (time.monotonic()); on the event loop only."""
        self._wrong_pins = WrongPins()
        self._unlocking = asyncio.Lock()
        """One PIN checked at a time, its outcome counted before the next is let in: phones sending many
        at once get no more tries than one after the other."""

    def routes(self) -> list[web.RouteDef]:
        """The page and its API, for the station's aiohttp server to serve beside its own endpoints."""
        return [
            *(web.get(path, _file(*served)) for path, served in WEB_FILES.items()),
            web.get("/api/counts", self.counts),
            web.get("/api/people", self.people),
            web.post("/api/unlock", self.unlock),
            web.post("/api/lock", self.lock),
        ]

    async def close(self) -> None:
        """Closes the event file and ends the worker thread, once the routes are no longer served."""
        await self._file.close()

    # --- handlers -----------------------------------------------------------------------------------------

    async def counts(self, _request: web.Request) -> web.Response:
        return _json((await self._fresh_snapshot()).counts)

    async def people(self, request: web.Request) -> web.Response:
        if not self._token_valid(request):
            return _json({"error": "locked"}, status=401)
        return _json((await self._fresh_snapshot()).people)

    async def unlock(self, request: web.Request) -> web.Response:
        pin = await _pin_of(request)
        if pin is None:
            return _json({"error": "bad_request"}, status=400)
        address = address_key(request.remote)
        async with self._unlocking:
            wait = self._wrong_pins.wait(address, time.monotonic())
            if wait:
                return _json({"error": "pin_wait", "seconds": wait}, status=429, retry_after=str(wait))
            outcome = await self._on_file(lambda station: _check_pin(station, pin))
            if outcome == "wrong_pin":
                self._wrong_pins.failed(address, time.monotonic())
            elif outcome == "ok":
                self._wrong_pins.succeeded(address)
        if outcome != "ok":
            return _json({"error": outcome}, status=403)
        return _json({"token": self._new_token(), "seconds": TOKEN_S})

    async def lock(self, request: web.Request) -> web.Response:
        token = _bearer(request)
        if token:
            self._tokens.pop(_hashed(token), None)
        return _json({})

    # --- tokens -------------------------------------------------------------------------------------------

    def _new_token(self) -> str:
        self._forget_expired()
        while len(self._tokens) >= MAX_TOKENS:
            self._tokens.pop(min(self._tokens, key=self._tokens.__getitem__))
        token = secrets.token_urlsafe(32)
        self._tokens[_hashed(token)] = time.monotonic() + TOKEN_S
        return token

    def _token_valid(self, request: web.Request) -> bool:
        self._forget_expired()
        token = _bearer(request)
        return bool(token) and _hashed(token) in self._tokens

    def _forget_expired(self) -> None:
        now = time.monotonic()
        for key in [key for key, expires in self._tokens.items() if expires <= now]:
            del self._tokens[key]

    # --- the event file -----------------------------------------------------------------------------------

    async def _fresh_snapshot(self) -> _Snapshot:
        shared = self._snapshot
        if shared is None or time.monotonic() - shared.taken > SHARED_SNAPSHOT_S:
            shared = self._snapshot = await self._on_file(self._take_snapshot)
        return shared

    def _take_snapshot(self, station: Station) -> _Snapshot:
        """On the worker thread: the dashboard of the day the desks check in (the first day of the event
        when today is not one, as the desk's dashboard), followed into the next day at midnight."""
        station.changed_elsewhere()  # after a restore or a purge: the event's name and days afresh
        day = station.event_day_today() or station.event.days[0]
        if self._feed is None or self._feed.day != day:
            self._feed = DashboardFeed(station, day)
        dashboard = self._feed.snapshot()
        return _Snapshot(counts_of(station, dashboard), people_of(dashboard), time.monotonic())

    async def _on_file(self, work: Callable[[Station], T]) -> T:
        """`work` on the worker thread; a file that cannot be read now (busy past SQLite's timeout, gone,
        not an event file, of a newer version) is a 503 the page shows as "offline", and the next request
        tries again."""
        try:
            return await self._file.run(work)
        except (sqlite3.Error, OSError, UserError, NotAnEventFileError, SchemaTooNewError) as error:
            raise web.HTTPServiceUnavailable(
                text=json.dumps({"error": "unavailable"}), content_type="application/json", headers=_NO_STORE
            ) from error


class WrongPins:
    """The page's wrong PINs, in this process's memory: per address (`attempts.TriesByAddress`: after
    `roles.FREE_ATTEMPTS` each try waits as at a desk, `roles.wait_after`) and from all addresses together,
    as a backstop (`AllPhones`). The right PIN clears the count of its own address only. Times are
    time.monotonic()."""

    def __init__(self) -> None:
        self._by_address = TriesByAddress(wait_after)
        self._all = AllPhones()

    def wait(self, address: str, now: float) -> int:
        """Whole seconds before `address` may try a PIN; 0 when it may now."""
        return max(self._by_address.wait(address, now), self._all.wait(now))

    def failed(self, address: str, now: float) -> None:
        self._by_address.failed(address, now)
        self._all.failed(now)

    def succeeded(self, address: str) -> None:
        self._by_address.succeeded(address)


class AllPhones:
    """The wrong PINs of all addresses together, as a bucket that holds `ALL_FREE_ATTEMPTS` and lets one
    out every `ALL_DRAIN_S`: while it is full, every phone waits for the next to drain (see the module's
    docstring for why these numbers)."""

    def __init__(self) -> None:
        self._backlog_s, self._since = 0.0, 0.0
        """The bucket's content at `_since`, as the seconds it takes to drain (`ALL_DRAIN_S` a wrong PIN)."""

    def wait(self, now: float) -> int:
        return max(math.ceil(self._drained(now) + ALL_DRAIN_S * (1 - ALL_FREE_ATTEMPTS)), 0)

    def failed(self, now: float) -> None:
        self._backlog_s, self._since = self._drained(now) + ALL_DRAIN_S, now

    def _drained(self, now: float) -> float:
        return max(self._backlog_s - (now - self._since), 0.0)


def counts_of(station: Station, dashboard: Dashboard) -> dict[str, object]:
    """What every phone may see: numbers, the categories' and sessions' names. Nothing about a person."""
    event = station.event
    labels = event.category_labels
    return {
        "event": event.name,
        "day": dashboard.day,
        "day_number": event.days.index(dashboard.day) + 1,
        "registered": dashboard.registered,
        "expected": dashboard.expected,
        "checked_in": dashboard.checked_in,
        "categories": [
            {"key": c.category, "label": labels.get(c.category, c.category), "checked_in": c.checked_in,
             "expected": c.expected}
            for c in dashboard.by_category
        ],
        "sessions": [
            {"title": s.session.title, "start": s.session.start, "end": s.session.end, "room": s.session.room,
             "needs_signup": s.session.needs_signup, "signed_up": s.signed_up, "capacity": s.session.capacity,
             "seats_left": s.seats_left, "entered": s.entered, "in_room": s.in_room}
            for s in dashboard.sessions
        ],
        "arrivals": [{"start": b.start, "count": b.count} for b in dashboard.arrivals],
        "has_pin": station.roles.has_pin,
    }  # fmt: skip


def people_of(dashboard: Dashboard) -> dict[str, object]:
    """What the organiser's PIN adds: the latest arrivals and the honorary guests, by name. The staff on
    shift stay out: the organisers ask who came, not who let them in."""
    return {
        "latest": [_arrival(a) for a in dashboard.latest],
        "honorary_arrived": [_arrival(a) for a in dashboard.honorary_arrived],
        "honorary_expected": [
            {"name": a.full_name, "organisation": a.organisation} for a in dashboard.honorary_expected
        ],
    }


def _arrival(arrival: Arrival) -> dict[str, str]:
    guest, check_in = arrival.attendee, arrival.check_in
    return {"name": guest.full_name, "organisation": guest.organisation, "category": guest.category,
            "at": clock(check_in.at), "desk": check_in.station}  # fmt: skip


def _file(name: str, content_type: str) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    path = resources_dir() / "web" / name
    headers = {**_SECURITY_HEADERS, "Cache-Control": "no-cache", "Content-Type": content_type}

    async def serve(_request: web.Request) -> web.FileResponse:
        return web.FileResponse(path, headers=headers)

    return serve


def _check_pin(station: Station, pin: str) -> str:
    """On the worker thread: "ok" | "wrong_pin" | "no_pin". Nothing is written: the PIN opens a token,
    never this station's organiser role, and the desks neither count nor limit the page's tries."""
    if not station.roles.has_pin:
        return "no_pin"
    return "ok" if station.roles.pin_is_right(pin) else "wrong_pin"


async def _pin_of(request: web.Request) -> str | None:
    """The PIN of an unlock request; None for anything else. JSON only: a plain form posted from another
    site cannot make a phone's browser try PINs."""
    length = request.content_length
    if request.content_type != "application/json" or length is None or length > MAX_UNLOCK_BYTES:
        return None
    try:
        body = json.loads(await request.read())
    except ValueError:
        return None
    pin = body.get("pin") if isinstance(body, dict) else None
    return pin if isinstance(pin, str) else None


def _bearer(request: web.Request) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def _hashed(token: str) -> bytes:
    """Tokens are kept hashed, so that looking one up says nothing about the others through its timing."""
    return hashlib.sha256(token.encode()).digest()


def _json(body: dict[str, object], status: int = 200, retry_after: str | None = None) -> web.Response:
    headers = {**_NO_STORE, **({"Retry-After": retry_after} if retry_after else {})}
    return web.json_response(body, status=status, headers=headers)

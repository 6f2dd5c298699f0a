"""The phone page's API in process (aiohttp's test server on loopback) on a real event file: counts without
personal data, names only with a live token from the organiser PIN, wrong PINs counted by the page alone (per
address and in all, never in the event log, so the desks never wait for them), requests that are not a small
JSON PIN refused with nothing logged."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable
from contextlib import closing
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from helpers.events import DAYS, GUESTS, code_of, make_station

from checkin.errors import UserError
from checkin.roles import FIRST_WAIT_S, FREE_ATTEMPTS, LONGEST_WAIT_S
from checkin.station import Station
from checkin.sync import phone_page
from checkin.sync.phone_page import MAX_UNLOCK_BYTES, WrongPins, phone_routes

PIN = "1234"
WAIT = {"error": "pin_wait", "seconds": FIRST_WAIT_S}
"""The page's answer to a try that must wait, the first time (with Retry-After: the same seconds)."""
NAMES = [part for guest in GUESTS for part in (guest.first_name, guest.last_name, guest.organisation)]


@pytest.fixture
def event(tmp_path) -> Path:
    path = tmp_path / "event.sqlite"
    station = make_station(path, pin=PIN, name="Recepcja 1")
    station.check_in(code_of(station, "Kowalski"), DAYS[0])
    station.close()
    return path


def served(path: Path, scenario: Callable[[TestClient], Awaitable[None]]) -> None:
    """Runs `scenario` against the page's routes served on loopback, on a fresh event loop."""

    async def run() -> None:
        app = web.Application()
        app.add_routes(phone_routes(lambda: Station.open(path, name="Telefon")))
        async with TestClient(TestServer(app, host="127.0.0.1")) as client:
            await scenario(client)

    asyncio.run(run())


async def unlock(client: TestClient, pin: str) -> tuple[int, dict]:
    answer = await client.post("/api/unlock", json={"pin": pin})
    return answer.status, await answer.json()


async def unlock_from(client: TestClient, source: str, pin: str) -> tuple[int, dict]:
    """An unlock sent from `source`, another loopback address (all of 127/8 is this machine): the page
    knows a phone by the address its connection comes from."""
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with (
        aiohttp.ClientSession(connector=connector) as session,
        session.post(client.make_url("/api/unlock"), json={"pin": pin}) as answer,
    ):
        body = await answer.json()
        if answer.status == 429:
            assert answer.headers["Retry-After"] == str(body["seconds"])
        return answer.status, body


def pin_failures(path: Path) -> int:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT count(*) FROM log WHERE kind = 'pin_failed'").fetchone()[0]


def log_rows(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("SELECT * FROM log ORDER BY rowid").fetchall()


def desk_unlocks(path: Path, pin: str = PIN) -> bool:
    desk = Station.open(path, name="Recepcja 2")
    try:
        return desk.roles.unlock(pin)
    finally:
        desk.close()


def test_counts_carry_the_days_numbers_and_no_personal_data(event):
    async def scenario(client: TestClient) -> None:
        answer = await client.get("/api/counts")
        assert answer.status == 200
        assert answer.headers["Cache-Control"] == "no-store"
        text = await answer.text()
        counts = json.loads(text)
        assert (counts["day"], counts["day_number"], counts["expected"], counts["checked_in"]) == (
            DAYS[0],
            1,
            4,
            1,
        )
        assert counts["categories"][0] == {
            "key": "participant",
            "label": "Uczestnik",
            "checked_in": 1,
            "expected": 2,
        }
        assert counts["has_pin"] is True
        for name in NAMES:
            assert name not in text

    served(event, scenario)


def test_the_page_and_its_files_are_served_with_a_strict_policy_and_nothing_else(event):
    async def scenario(client: TestClient) -> None:
        for path, kind in (("/", "text/html"), ("/phone.js", "text/javascript"), ("/phone.css", "text/css")):
            answer = await client.get(path)
            assert answer.status == 200
            assert answer.headers["Content-Type"].startswith(kind)
            assert "script-src 'self'" in answer.headers["Content-Security-Policy"]
        for path in ("/phone.html", "/web/phone.js", "/../pyproject.toml", "/api/"):
            assert (await client.get(path)).status == 404

    served(event, scenario)


def test_the_organiser_pin_gives_a_token_for_the_names(event):
    async def scenario(client: TestClient) -> None:
        assert (await client.get("/api/people")).status == 401
        status, body = await unlock(client, PIN)
        assert status == 200 and body["seconds"] == phone_page.TOKEN_S
        answer = await client.get("/api/people", headers={"Authorization": f"Bearer {body['token']}"})
        people = await answer.json()
        assert [(p["name"], p["organisation"], p["desk"]) for p in people["latest"]] == [
            ("Jan Kowalski", "CUS Starachowice", "Recepcja 1")
        ]
        assert [p["name"] for p in people["honorary_expected"]] == ["Łucja Gołębiowska"]
        assert "staff" not in json.dumps(people)

    served(event, scenario)
    assert pin_failures(event) == 0


def test_a_wrong_pin_gives_no_token_and_leaves_the_event_log_as_it_was(event):
    before = log_rows(event)

    async def scenario(client: TestClient) -> None:
        assert await unlock(client, "9999") == (403, {"error": "wrong_pin"})
        assert (await client.get("/api/people", headers={"Authorization": "Bearer 9999"})).status == 401

    served(event, scenario)
    assert log_rows(event) == before


def test_after_three_wrong_pins_the_phone_waits_even_with_the_right_one_and_the_desks_do_not(event):
    """The review's finding: wrong PINs from the Wi-Fi were event-log rows, synced to every desk, so that
    the organiser's right PIN at any desk had to wait. Now the phone waits, and only the phone."""
    before = log_rows(event)

    async def scenario(client: TestClient) -> None:
        for _ in range(FREE_ATTEMPTS):
            assert (await unlock(client, "0000"))[0] == 403
        answer = await client.post("/api/unlock", json={"pin": PIN})
        assert answer.status == 429
        body = await answer.json()
        assert body == WAIT
        assert answer.headers["Retry-After"] == str(FIRST_WAIT_S)
        assert (await unlock(client, "0000"))[0] == 429  # not even checked
        assert desk_unlocks(event)  # while the page is still serving, and the phone still waits

    served(event, scenario)
    assert log_rows(event) == before
    assert pin_failures(event) == 0
    assert desk_unlocks(event)


def test_wrong_pins_at_the_desks_do_not_make_the_phone_wait(event):
    desk = Station.open(event, name="Recepcja 2")
    for _ in range(FREE_ATTEMPTS):
        assert not desk.roles.unlock("0000")
    with pytest.raises(UserError) as refused:
        desk.roles.unlock(PIN)
    desk.close()
    assert refused.value.code == "pin_wait"

    async def scenario(client: TestClient) -> None:
        assert (await unlock(client, PIN))[0] == 200

    served(event, scenario)


def test_the_phones_wait_is_per_address(event):
    async def scenario(client: TestClient) -> None:
        for _ in range(FREE_ATTEMPTS):
            assert (await unlock_from(client, "127.0.0.2", "0000"))[0] == 403
        assert await unlock_from(client, "127.0.0.2", PIN) == (429, WAIT)
        assert await unlock_from(client, "127.0.0.3", "0000") == (403, {"error": "wrong_pin"})
        status, body = await unlock_from(client, "127.0.0.3", PIN)
        assert status == 200 and body["token"]
        assert (await unlock_from(client, "127.0.0.2", PIN))[0] == 429  # another phone's PIN frees no one

    served(event, scenario)
    assert pin_failures(event) == 0


def test_wrong_pins_from_ten_other_addresses_do_not_make_the_organisers_phone_wait(event):
    """The sweep's finding: ten wrong PINs from any addresses made every phone wait, the organiser's
    included. Now a stranger's wrong PINs delay their own addresses, and the organiser's phone unlocks."""

    async def scenario(client: TestClient) -> None:
        for n in range(10):
            assert (await unlock_from(client, f"127.0.1.{n + 1}", "0000"))[0] == 403
        status, body = await unlock_from(client, "127.0.2.1", PIN)
        assert status == 200 and body["token"]

    served(event, scenario)
    assert pin_failures(event) == 0


def test_a_new_address_for_each_guess_meets_the_wait_of_all_phones(event):
    async def scenario(client: TestClient) -> None:
        for n in range(phone_page.ALL_FREE_ATTEMPTS):
            assert (await unlock_from(client, f"127.0.1.{n + 1}", "0000"))[0] == 403
        status, body = await unlock_from(client, "127.0.2.1", PIN)
        assert status == 429 and 0 < body["seconds"] <= phone_page.ALL_DRAIN_S

    served(event, scenario)
    assert pin_failures(event) == 0
    assert desk_unlocks(event)


def test_pins_sent_at_once_get_no_more_tries_than_one_after_the_other(event):
    async def scenario(client: TestClient) -> None:
        answers = await asyncio.gather(*(unlock(client, f"000{n}") for n in range(8)))
        assert sorted(status for status, _ in answers) == [403] * FREE_ATTEMPTS + [429] * (8 - FREE_ATTEMPTS)

    served(event, scenario)


def test_the_phones_wait_grows_like_a_desks_and_only_its_own_right_pin_clears_it():
    tries = WrongPins()
    for n in range(FREE_ATTEMPTS):
        assert tries.wait("a", 100.0 + n) == 0
        tries.failed("a", 100.0 + n)
    last = 100.0 + FREE_ATTEMPTS - 1
    assert tries.wait("a", last) == FIRST_WAIT_S
    assert tries.wait("a", last + 10.5) == FIRST_WAIT_S - 10
    assert tries.wait("a", last + FIRST_WAIT_S) == 0
    tries.failed("a", 200.0)
    assert tries.wait("a", 200.0) == 2 * FIRST_WAIT_S
    for _ in range(20):
        tries.failed("a", 300.0)
    assert tries.wait("a", 300.0) == LONGEST_WAIT_S
    assert tries.wait("b", 300.0) == 0
    tries.succeeded("b")
    assert tries.wait("a", 300.0) == LONGEST_WAIT_S  # another phone's right PIN frees no one
    tries.succeeded("a")
    assert tries.wait("a", 300.0) == 0


def longest_wait_of_another_phone(guessers: int, hours: int) -> int:
    """`guessers` addresses each trying a wrong PIN whenever the page lets them, for `hours`: the longest
    another phone would have had to wait, looked at every second."""
    tries, longest = WrongPins(), 0
    for second in range(hours * 3600):
        for n in range(guessers):
            if tries.wait(f"guesser-{n}", second) == 0:
                tries.failed(f"guesser-{n}", second)
        longest = max(longest, tries.wait("organiser", second))
    return longest


def test_three_addresses_guessing_all_day_never_make_another_phone_wait():
    assert longest_wait_of_another_phone(3, hours=12) == 0


def test_four_addresses_guessing_at_full_pace_meet_the_backstop_of_all_phones():
    assert longest_wait_of_another_phone(4, hours=2) == phone_page.ALL_DRAIN_S


def test_the_backstop_of_all_phones_holds_30_wrong_pins_and_forgets_one_every_5_minutes():
    tries = WrongPins()
    for n in range(phone_page.ALL_FREE_ATTEMPTS):
        assert tries.wait("organiser", 10.0) == 0
        tries.failed(f"guesser-{n}", 10.0)
    assert tries.wait("organiser", 10.0) == phone_page.ALL_DRAIN_S
    assert tries.wait("organiser", 10.0 + phone_page.ALL_DRAIN_S - 1) == 1
    assert tries.wait("organiser", 10.0 + phone_page.ALL_DRAIN_S) == 0
    tries.succeeded("organiser")  # the right PIN empties no bucket: the guessers' pace is what it counts
    tries.failed("guesser-x", 10.0 + phone_page.ALL_DRAIN_S)
    assert tries.wait("organiser", 10.0 + phone_page.ALL_DRAIN_S) == phone_page.ALL_DRAIN_S


def test_a_token_dies_when_locked_and_when_its_time_is_up(event, monkeypatch):
    async def scenario(client: TestClient) -> None:
        _, body = await unlock(client, PIN)
        bearer = {"Authorization": f"Bearer {body['token']}"}
        assert (await client.post("/api/lock", headers=bearer)).status == 200
        assert (await client.get("/api/people", headers=bearer)).status == 401
        monkeypatch.setattr(phone_page, "TOKEN_S", 0.2)
        _, body = await unlock(client, PIN)
        bearer = {"Authorization": f"Bearer {body['token']}"}
        assert (await client.get("/api/people", headers=bearer)).status == 200
        await asyncio.sleep(0.3)
        assert (await client.get("/api/people", headers=bearer)).status == 401

    served(event, scenario)


def test_only_the_newest_tokens_are_kept(event, monkeypatch):
    monkeypatch.setattr(phone_page, "MAX_TOKENS", 2)

    async def scenario(client: TestClient) -> None:
        tokens = [(await unlock(client, PIN))[1]["token"] for _ in range(3)]
        alive = [
            (await client.get("/api/people", headers={"Authorization": f"Bearer {token}"})).status
            for token in tokens
        ]
        assert alive == [401, 200, 200]

    served(event, scenario)


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"pin=1234", "application/x-www-form-urlencoded"),
        (b'{"pin": "1234"}', "text/plain"),
        (b"{not json", "application/json"),
        (b'{"pin": 1234}', "application/json"),
        (b'["1234"]', "application/json"),
        (b"\xff\xfe", "application/json"),
        (json.dumps({"pin": "1" * MAX_UNLOCK_BYTES}).encode(), "application/json"),
    ],
    ids=["form", "plain text", "broken json", "number", "list", "not utf-8", "too long"],
)
def test_an_unlock_request_that_is_not_a_small_json_pin_is_refused_unchecked(event, body, content_type):
    async def scenario(client: TestClient) -> None:
        answer = await client.post("/api/unlock", data=body, headers={"Content-Type": content_type})
        assert answer.status == 400
        assert await answer.json() == {"error": "bad_request"}

    served(event, scenario)
    assert pin_failures(event) == 0


def test_an_event_without_a_pin_shows_no_names_on_the_network(tmp_path):
    path = tmp_path / "open.sqlite"
    make_station(path).close()

    async def scenario(client: TestClient) -> None:
        assert (await (await client.get("/api/counts")).json())["has_pin"] is False
        assert await unlock(client, "anything") == (403, {"error": "no_pin"})

    served(path, scenario)


def test_a_file_that_cannot_be_read_is_unavailable_and_the_page_keeps_serving(tmp_path):
    path = tmp_path / "not-an-event.sqlite"
    path.write_bytes(b"this is not a database" * 100)

    async def scenario(client: TestClient) -> None:
        answer = await client.get("/api/counts")
        assert answer.status == 503
        assert await answer.json() == {"error": "unavailable"}
        assert (await client.get("/")).status == 200

    served(path, scenario)


def test_phones_polling_together_share_one_snapshot(event, monkeypatch):
    taken = []
    real = phone_page.PhonePage._take_snapshot

    def counting(page, station):
        taken.append(1)
        return real(page, station)

    monkeypatch.setattr(phone_page.PhonePage, "_take_snapshot", counting)

    async def scenario(client: TestClient) -> None:
        for _ in range(5):
            assert (await client.get("/api/counts")).status == 200

    served(event, scenario)
    assert len(taken) == 1

"""The organisers' phone page in a real headless Chromium, served by a real `main.py station` process on a
real event file: the counts, their refresh without reloading, names only after the organiser PIN, the wait
after wrong PINs (the phone's own: the desks do not wait), the offline notice, the English toggle."""

from __future__ import annotations

import json
import re
import sqlite3
import urllib.request
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from helpers.browser import phone_browser
from helpers.cli import ROOT, cli
from helpers.events import GUESTS, PROGRAMME, code_of, make_station
from helpers.stations import StationProcess, running_stations
from playwright.sync_api import Page, expect

from checkin.station import Station

PIN = "1234"
SCREENSHOT = ROOT / "test-artifacts" / "phone-page.png"
"""The unlocked page at a phone's width, to look at after a change to its layout."""
REFRESH_LIMIT_MS = 5000
"""The page asks every 2 s: a change shows within one or two rounds."""
NAMES = [part for guest in GUESTS for part in (guest.first_name, guest.last_name)]


@pytest.fixture
def event(tmp_path) -> Path:
    """Day one of the test event: four guests expected (one honorary), two sessions; organiser PIN 1234."""
    path = tmp_path / "event.sqlite"
    station = make_station(path, pin=PIN)
    station.programme.save(list(PROGRAMME))
    station.close()
    return path


@pytest.fixture
def served(event) -> Iterator[StationProcess]:
    with running_stations() as stations:
        yield stations.start(event, "Recepcja 1")


@pytest.fixture
def page(tmp_path, served) -> Iterator[Page]:
    with phone_browser(tmp_path / "profile") as browser:
        page = browser.new_page()
        page.goto(f"http://{served.address}/")
        expect(page.locator("#checked-in")).to_have_text("0")
        yield page


def check_in(event: Path, last_name: str) -> None:
    station = Station.open(event)
    try:
        code = code_of(station, last_name)
    finally:
        station.close()
    cli(event, "checkin", code, "--day", "1", "--station", "Recepcja 2")


def log_size(event: Path) -> int:
    with closing(sqlite3.connect(event)) as db:
        return db.execute("SELECT count(*) FROM log").fetchone()[0]


def test_the_page_shows_the_days_counts_and_follows_a_check_in_without_reloading(page, event):
    expect(page.locator("#event")).to_have_text("Kongres testowy")
    expect(page.locator("#day")).to_have_text("Dzień 1 · 21.06.2026")
    expect(page.locator("#expected")).to_have_text("4")
    expect(page.locator("#registered")).to_have_text("5")
    expect(page.locator("#categories li")).to_have_count(3)
    expect(page.locator("#sessions li").first).to_contain_text("Otwarcie")
    page.evaluate("window.notReloaded = true")
    check_in(event, "Kowalski")
    check_in(event, "Gołębiowska")
    expect(page.locator("#checked-in")).to_have_text("2", timeout=REFRESH_LIMIT_MS)
    expect(page.locator("#to-come")).to_have_text("2")
    expect(page.locator("#share")).to_have_text("50%")
    expect(page.locator("#categories li").first).to_contain_text("Uczestnik1 / 2")
    assert page.evaluate("window.notReloaded") is True
    expect(page.locator("#updated")).to_have_text(re.compile(r"\d\d:\d\d:\d\d"))
    expect(page.locator("#offline")).to_be_hidden()


def test_no_name_reaches_the_page_before_the_organiser_pin(page, event, served):
    check_in(event, "Kowalski")
    expect(page.locator("#checked-in")).to_have_text("1", timeout=REFRESH_LIMIT_MS)
    with urllib.request.urlopen(f"http://{served.address}/api/counts") as answer:
        counts = answer.read().decode()
    shown = page.content()
    for name in NAMES:
        assert name not in counts
        assert name not in shown
    assert json.loads(counts)["checked_in"] == 1
    expect(page.locator("#people")).to_be_hidden()


def test_a_wrong_pin_is_said_and_the_right_one_shows_the_names(page, event):
    check_in(event, "Kowalski")
    page.fill("#pin", "9999")
    page.click("#unlock button")
    expect(page.locator("#unlock-message")).to_have_text("Nieprawidłowy PIN.")
    expect(page.locator("#people")).to_be_hidden()
    assert "Kowalski" not in page.content()
    page.fill("#pin", PIN)
    page.click("#unlock button")
    expect(page.locator("#latest")).to_contain_text("Jan Kowalski")
    expect(page.locator("#latest")).to_contain_text("CUS Starachowice · Recepcja 2")
    expect(page.locator("#honorary-expected")).to_contain_text("Łucja Gołębiowska")
    expect(page.locator("#unlock-message")).to_be_empty()
    check_in(event, "Gołębiowska")
    expect(page.locator("#honorary-arrived")).to_contain_text("Łucja Gołębiowska", timeout=REFRESH_LIMIT_MS)
    expect(page.locator("#honorary-expected")).to_contain_text("Nikt.")
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    page.click("#lock")
    expect(page.locator("#people")).to_be_hidden()
    expect(page.locator("#unlock")).to_be_visible()
    assert "Kowalski" not in page.content()


def test_after_wrong_pins_the_phone_waits_and_the_desks_do_not(page, event):
    log_before = log_size(event)
    for _ in range(3):
        page.fill("#pin", "0000")
        with page.expect_response("**/api/unlock") as answer:
            page.click("#unlock button")
        assert answer.value.status == 403
        expect(page.locator("#unlock-message")).to_have_text("Nieprawidłowy PIN.")
    page.fill("#pin", PIN)
    with page.expect_response("**/api/unlock") as answer:
        page.click("#unlock button")
    assert answer.value.status == 429
    expect(page.locator("#unlock-message")).to_have_text(
        re.compile(r"Zbyt wiele błędnych PIN-ów: spróbuj ponownie za (29|30) s\.")
    )
    expect(page.locator("#people")).to_be_hidden()
    assert log_size(event) == log_before
    desk = Station.open(event, name="Recepcja 2")
    try:
        assert desk.roles.unlock(PIN)
    finally:
        desk.close()


def test_the_page_says_when_the_station_cannot_be_reached_and_recovers(page, event, served):
    expect(page.locator("#offline")).to_be_hidden()
    port = served.port
    served.stop()
    expect(page.locator("#offline")).to_be_visible(timeout=REFRESH_LIMIT_MS + 5000)
    expect(page.locator("#offline")).to_contain_text("Brak połączenia ze stanowiskiem")
    expect(page.locator("#checked-in")).to_have_text("0")  # the last figures stay, marked as old
    with running_stations() as stations:
        stations.start(event, "Recepcja 1", port=port)
        check_in(event, "Kowalski")
        expect(page.locator("#offline")).to_be_hidden(timeout=REFRESH_LIMIT_MS + 5000)
        expect(page.locator("#checked-in")).to_have_text("1")


def test_the_page_speaks_english_when_asked_and_remembers_it(page):
    expect(page.locator("h2").first).to_have_text("Obecni dziś")
    page.click("#language")
    expect(page.locator("h2").first).to_have_text("Checked in today")
    expect(page.locator("#day")).to_have_text("Day 1 · 21.06.2026")
    expect(page.locator("#categories li").first).to_contain_text("Participants")
    page.reload()
    expect(page.locator("h2").first).to_have_text("Checked in today")
    assert page.evaluate("document.documentElement.lang") == "en"

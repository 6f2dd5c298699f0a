"""The frozen build of `make dist`, driven from outside as an organiser's laptop runs it: the command line
`checkin-station-cli` and the desk `checkin-station` from DIST_DIR, never main.py. What these cover in depth
is tests/e2e/'s; here the question is whether the freezer left anything behind (a data folder, a font, a
catalogue, a Qt plugin, a module imported late). `make dist-test` builds and runs them."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers.cli import DIST_DIR, ROOT, as_json, assert_refused, cli, frozen
from helpers.stations import query, running_stations, wait_until
from PIL import Image, ImageGrab
from pypdf import PdfReader

from checkin import APP_NAME, __version__

PIN = "1234"
SAMPLE_LISTS = sorted((ROOT / "tests" / "data").iterdir())
SYNC_WAIT_S = 30.0
"""A bound for a check-in to show at the other station, not a speed (it takes about a second)."""
WINDOW_WAIT_S = 60.0
"""A bound for the desk's window to appear on the virtual screen (about 2 s on an idle laptop)."""


@pytest.fixture(autouse=True, scope="module")
def _frozen_build() -> None:
    if not DIST_DIR or not frozen(f"{APP_NAME}-cli").is_file():
        pytest.fail(f"DIST_DIR names no frozen build ({DIST_DIR!r}): run `make dist-test`")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "event.sqlite"
    cli(db, "demo", "--registrants", "60")
    return db


def test_the_command_line_says_its_version():
    command = [frozen(f"{APP_NAME}-cli"), "--version"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout.strip()) == (0, f"{APP_NAME} {__version__}")


def test_the_demo_event_is_created_from_the_shipped_programme(demo):
    stats = as_json(cli(demo, "stats", "--json"))
    assert stats["registered"] == 60  # type: ignore[index]
    sessions = as_json(cli(demo, "sessions", "--json"))
    assert len(sessions) > 10  # type: ignore[arg-type]  # the programme of data/programme.csv


@pytest.mark.parametrize("sample", SAMPLE_LISTS, ids=lambda path: path.name)
def test_each_sample_list_imports(sample, tmp_path):
    db = tmp_path / "event.sqlite"
    cli(db, "new", "--name", "Kongres", "--days", "2026-06-21,2026-06-22")
    report = as_json(cli(db, "import", str(sample), "--json"))
    assert report["created"] > 0, report  # type: ignore[index]


def test_a_guest_is_found_checked_in_and_refused_a_second_time(demo):
    guest = as_json(cli(demo, "search", "kowal", "--day", "1", "--json"))[0]  # type: ignore[index]
    first = as_json(cli(demo, "checkin", guest["code"], "--day", "1", "--json"))
    again = as_json(cli(demo, "checkin", guest["code"], "--day", "1", "--json"))
    assert (first["verdict"], again["verdict"]) == ("checked_in", "already_checked_in")  # type: ignore[index]


def test_badges_are_a_pdf_with_the_guests_names_in_the_shipped_fonts(demo, tmp_path):
    pdf = tmp_path / "badges.pdf"
    made = as_json(cli(demo, "badges", "--out", str(pdf), "--layout", "a6", "--proof", "--json"))
    reader = PdfReader(pdf)
    assert len(reader.pages) == made["pages"] == 60  # type: ignore[index]
    fonts = {str(font["/BaseFont"]) for font in _fonts(reader)}
    assert any("DejaVu" in font for font in fonts), fonts
    guest = as_json(cli(demo, "search", "a", "--limit", "1", "--json"))[0]  # type: ignore[index]
    assert any(guest["last_name"] in page.extract_text() for page in reader.pages)


def _fonts(reader: PdfReader) -> Iterator[dict]:
    for page in reader.pages:
        yield from page["/Resources"]["/Font"].get_object().values()


def test_the_attendance_list_and_the_check_ins_export(demo, tmp_path):
    attendance = tmp_path / "lista.pdf"
    cli(demo, "export", "attendance", "--day", "1", "--out", str(attendance), "--pin", PIN)
    assert "LISTA OBECNO" in PdfReader(attendance).pages[0].extract_text()
    checkins = tmp_path / "checkins.xlsx"
    cli(demo, "export", "checkins", "--out", str(checkins), "--pin", PIN)
    assert checkins.read_bytes()[:2] == b"PK"


def test_the_benchmark_is_refused_in_one_line_it_needs_python(demo):
    assert_refused(cli(demo, "bench", "--registrants", "1000", check=False), "python main.py bench")


def test_two_frozen_stations_join_and_sync_on_loopback(tmp_path):
    first, second = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    cli(first, "demo", "--registrants", "30")
    with running_stations() as stations:
        a = stations.start(first, "A")
        code = as_json(cli(first, "pair", "--show", "--json", "--pin", PIN))["code"]  # type: ignore[index]
        joined = as_json(cli(second, "join", a.address, "--code", str(code), "--json"))
        assert joined["registered"] == 30  # type: ignore[index]
        stations.start(second, "B", peers=[a.address])
        guest = as_json(cli(second, "search", "a", "--day", "1", "--json"))[0]  # type: ignore[index]
        cli(second, "checkin", guest["code"], "--day", "1", "--station", "B")
        wait_until(lambda: query(first, "SELECT count(*) FROM checkins")[0][0] == 1, SYNC_WAIT_S)


def test_the_desk_opens_its_window_in_polish(demo, tmp_path):
    """The windowed executable on a virtual X11 screen (xcb, as on a Linux desktop), in a network namespace
    of its own: the desk serves its port to other stations, and a test serves nothing beyond this machine.
    The window's title, as the X server has it, must be the Polish one."""
    screen = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.PIPE, text=True)  # fmt: skip
    desk = None
    errors = tmp_path / "desk.stderr"
    try:
        number = screen.stdout.readline().strip()  # type: ignore[union-attr]
        assert number, "Xvfb did not start"
        display = f":{number}"
        environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path),
                       "XDG_CONFIG_HOME": str(tmp_path / "config"), "LANG": "pl_PL.UTF-8"}  # fmt: skip
        with errors.open("w") as stderr:
            desk = subprocess.Popen(
                ["unshare", "--map-root-user", "--net", frozen(APP_NAME), "--db", str(demo)],
                env=environment, stdout=subprocess.DEVNULL, stderr=stderr,
            )  # fmt: skip
        try:
            title, _ = wait_until(lambda: _window_titled("Rejestracja — ", display), WINDOW_WAIT_S, 0.2)
            screenshot, _ = wait_until(lambda: _painted(display), WINDOW_WAIT_S, 0.2)
        except AssertionError as late:
            raise AssertionError(f"{late}; the desk {_state(desk)}, said:\n{errors.read_text()}") from late
        assert "II Kongres" in title
        assert desk.poll() is None, errors.read_text()
        artifacts = ROOT / "test-artifacts"  # for the person reading the run
        artifacts.mkdir(exist_ok=True)
        screenshot.save(artifacts / "frozen-desk.png")
    finally:
        for process in (desk, screen):
            if process is not None:
                process.kill()
                process.wait(10)


def _state(process: subprocess.Popen) -> str:
    code = process.poll()
    return "is running" if code is None else f"ended with {code}"


def _window_titled(prefix: str, display: str) -> str:
    """The name of a window on `display` that starts with `prefix`, or ''."""
    tree = subprocess.run(["xwininfo", "-root", "-tree", "-display", display], capture_output=True,
                          text=True, timeout=30).stdout  # fmt: skip
    names = (line.split('"')[1] for line in tree.splitlines() if line.count('"') >= 2)
    return next((name for name in names if name.startswith(prefix)), "")


def _painted(display: str) -> Image.Image | None:
    """The screen once something is drawn on it (Xvfb's screen is black until the window paints)."""
    screen = ImageGrab.grab(xdisplay=display)
    return screen if screen.convert("L").getextrema() != (0, 0) else None

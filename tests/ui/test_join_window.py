"""File → Join an event on the network, against a real station process on loopback: the stations heard on
the network listed with their event (and the only one chosen for you), an address typed by hand, a wrong
code said and corrected, a station that does not answer cancelled with nothing written, and a join that
ends with the desk open on the event received."""

import os
import socket
from contextlib import closing, contextmanager
from functools import partial

import pytest
from conftest import screenshot_dialog, shown, when_modal
from helpers.events import DAYS, GUESTS, make_station
from helpers.stations import running_stations
from PySide6.QtCore import QSettings, Qt, QTimer

from checkin.roles import FIRST_WAIT_S, FREE_ATTEMPTS
from checkin.station import Station
from checkin.sync.discovery import Discovery
from checkin.sync.finding import StationFinder
from ui.app import DeskApp, start_without_event
from ui.station.join_dialog import JoinDialog, suggested_file

LOOPBACK = "127.0.0.1"
WAIT_MS = 15_000
EVENT_NAME = "Forum Ekonomii Społecznej"


RUN = os.urandom(4).hex()
"""In this test run's announcements: every process on this computer hears what is announced on loopback
(another worktree's discovery tests, say), and the window under test must list none of it."""


def loopback_finder(on_found, on_lost):
    """The stations this test announced, heard on loopback."""
    return StationFinder(lambda found: on_found(found) if RUN in found.fingerprint else None, on_lost,
                         host=LOOPBACK)  # fmt: skip


@pytest.fixture
def desk(qtbot, tmp_path):
    """The desk, in English, on an event of its own (the one a fresh laptop has: here a small one)."""
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "en")
    station = make_station(tmp_path / "here.sqlite", name="Recepcja 2", staff="Ola", day=DAYS[0])
    app = DeskApp(store)
    window = app.show(station)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield app
    app.window.close()
    app.window.station.close()


@pytest.fixture
def other_station(tmp_path):
    """A station process serving another event on loopback; (its address, a function showing a code)."""
    path = tmp_path / "source" / "forum.sqlite"
    path.parent.mkdir()
    source = Station.create(path, event_name=EVENT_NAME, venue="Hotel", days=DAYS)
    source.register(list(GUESTS), reason="test fixture")
    source.close()

    def show_code() -> str:
        with closing(Station.open(path)) as station:
            return station.replica.new_pairing_code()

    with running_stations() as stations:
        yield stations.start(path, "Recepcja 1").address, show_code


@contextmanager
def announced(address: str):
    """The station announced on loopback, as its desk does on the venue's network."""
    port = int(address.rpartition(":")[2])
    origin = f"{port:032d}"[-32:]  # each announced station an origin of its own
    discovery = Discovery(f"fp-{RUN}-{port}", origin, "Recepcja 1", port, lambda *_: None, host=LOOPBACK,
                          event=EVENT_NAME)  # fmt: skip
    discovery.start()
    try:
        yield discovery
    finally:
        discovery.close()


def dialog_for(qtbot, desk, tmp_path, **kwargs):
    return shown(qtbot, JoinDialog(tmp_path / "joined.sqlite", desk.window, finder=loopback_finder, **kwargs))


def type_code(qtbot, dialog, code):
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)


def test_the_station_heard_is_listed_and_chosen_and_joining_opens_the_desk_on_its_event(
    qtbot, tmp_path, desk, other_station, monkeypatch
):
    # The menu's window hears the whole network: a desk someone runs on this machine meanwhile would be
    # listed too. It hears what this test announced only.
    monkeypatch.setattr("ui.app.JoinDialog", partial(JoinDialog, finder=loopback_finder))
    address, show_code = other_station
    code = show_code()
    seen = {}

    def join_in(dialog):
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
        seen["row"] = [dialog.table.item(0, column).text() for column in range(3)]
        seen["address"], seen["focus"] = dialog.address.text(), dialog.code.hasFocus()
        seen["join enabled before the code"] = dialog.join_button.isEnabled()
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # nothing to join yet: nothing happens
        seen["still open"] = dialog.isVisible()
        qtbot.keyClicks(dialog.code, code.lower())  # as typed: lower case, with its dash
        screenshot_dialog(desk.window, dialog, "join-code-typed", prefix="desk")
        guard = QTimer(dialog)  # a join that failed waits for the person: the test ends it instead
        guard.setSingleShot(True)
        guard.timeout.connect(dialog.reject)
        dialog.finished.connect(guard.stop)
        guard.start(WAIT_MS)
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)

    with announced(address) as discovery:
        if discovery.problem:
            pytest.skip(f"no mDNS on {LOOPBACK} here: {discovery.problem}")
        when_modal(lambda dialog: join_in(dialog), attempts=500)
        desk.window.join_event_action.trigger()
    assert seen["row"] == [EVENT_NAME, "Recepcja 1", address]
    assert seen["address"] == address and seen["focus"]
    assert not seen["join enabled before the code"] and seen["still open"]
    assert desk.window.station.path == tmp_path / "joined-event.sqlite"
    assert suggested_file(tmp_path).name == "joined-event-2.sqlite"  # the next join is offered a free name
    assert desk.window.station.event.name == EVENT_NAME
    assert desk.window.windowTitle() == f"Check-in — {EVENT_NAME}"
    assert desk.window.station.stats().registered == len(GUESTS)
    assert desk.window.station.name == "Recepcja 2"


def test_a_typed_address_and_a_wrong_code_are_said_then_the_right_code_joins(
    qtbot, tmp_path, desk, other_station
):
    address, show_code = other_station
    code = show_code()
    dialog = dialog_for(qtbot, desk, tmp_path)
    assert dialog.focusWidget() is dialog.address
    qtbot.keyClicks(dialog.address, address)
    type_code(qtbot, dialog, "AAAA-AAAA")
    qtbot.waitUntil(lambda: dialog.note.isVisible(), timeout=WAIT_MS)
    assert f"The station at {address} refused the pairing code" in dialog.note.text()
    assert "Show a pairing code…" in dialog.note.text()
    assert dialog.isVisible() and dialog.code.isEnabled() and dialog.focusWidget() is dialog.code
    assert dialog.code.selectedText() == "AAAA-AAAA"  # typing the right code replaces it
    assert not (tmp_path / "joined.sqlite").exists()
    screenshot_dialog(desk.window, dialog, "join-wrong-code", prefix="desk")
    type_code(qtbot, dialog, code)
    qtbot.waitUntil(lambda: dialog.joined is not None, timeout=WAIT_MS)
    assert dialog.result() == JoinDialog.DialogCode.Accepted
    with closing(Station.open(dialog.joined)) as joined:
        assert joined.event.name == EVENT_NAME


def test_a_station_that_never_answers_can_be_cancelled_and_nothing_is_written(qtbot, tmp_path, desk):
    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind((LOOPBACK, 0))
        silent.listen()
        dialog = dialog_for(qtbot, desk, tmp_path)
        qtbot.keyClicks(dialog.address, f"{LOOPBACK}:{silent.getsockname()[1]}")
        type_code(qtbot, dialog, "K7PQ-4X2M")
        qtbot.waitUntil(lambda: dialog.stage.isVisible(), timeout=WAIT_MS)
        assert dialog.stage.text() == f"Checking the pairing code with {LOOPBACK}:{silent.getsockname()[1]}…"
        assert not dialog.join_button.isEnabled() and not dialog.address.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.result() == JoinDialog.DialogCode.Rejected and dialog.joined is None
    assert sorted(p.name for p in tmp_path.iterdir() if "joined" in p.name) == []


def test_an_unreachable_station_and_an_event_file_already_there_are_said(qtbot, tmp_path, desk):
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        port = taken.getsockname()[1]  # free once closed: nothing listens there
    dialog = dialog_for(qtbot, desk, tmp_path)
    qtbot.keyClicks(dialog.address, f"{LOOPBACK}:{port}")
    type_code(qtbot, dialog, "K7PQ-4X2M")
    qtbot.waitUntil(lambda: dialog.note.isVisible(), timeout=WAIT_MS)
    assert dialog.note.text().startswith(f"Cannot reach a station at {LOOPBACK}:{port}")
    make_station(tmp_path / "joined.sqlite").close()
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "already holds an event" in dialog.note.text() and dialog.isVisible()


def test_esc_closes_the_window_when_nothing_runs(qtbot, tmp_path, desk):
    dialog = dialog_for(qtbot, desk, tmp_path)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == JoinDialog.DialogCode.Rejected


def _press(button_text: str, seen: list[str]):
    """Acts on the start's question: notes its text and presses the button named `button_text`."""

    def act(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    return act


def test_a_start_with_no_event_file_offers_the_join_into_that_file(qtbot, tmp_path, desk):
    path = tmp_path / "new" / "kongres.sqlite"
    seen: list[str] = []

    def in_join_window(dialog):
        seen.append(f"join into {dialog.target.text()} read-only={dialog.target.isReadOnly()}")
        seen.append(f"browse shown={dialog.browse.isVisible()}")
        when_modal(_press("Close", seen))  # the question again, after the join window is cancelled
        qtbot.keyClick(dialog.address, Qt.Key.Key_Escape)

    def choose_join(box):
        when_modal(in_join_window)
        _press("Join an event on the network…", seen)(box)

    when_modal(choose_join)
    assert start_without_event(path, db_given=True) is False
    assert seen[0].startswith(f"There is no event file at {path}. Join an event")
    assert seen[1:3] == [f"join into {path} read-only=True", "browse shown=False"]
    assert seen[3] == seen[0] and not path.exists()


def test_a_first_run_offers_the_join_or_the_demo_event(qtbot, tmp_path, desk):
    seen: list[str] = []
    when_modal(_press("Open the demo event", seen))
    assert start_without_event(tmp_path / "event.sqlite", db_given=False) is True  # the demo is made there
    assert len(seen) == 1 and seen[0].startswith("This computer has no event yet. Join an event from one")


def test_make_run_opens_the_demo_event_without_asking(qtbot, tmp_path, monkeypatch):
    """`make run` is `main.py gui --demo`: a first run on a developer's machine opens the demo at once."""
    from PySide6.QtWidgets import QApplication

    import ui.app as desk_app

    opened: list[Station] = []
    monkeypatch.setattr(desk_app, "start_without_event", lambda *args, **kwargs: pytest.fail("asked"))
    monkeypatch.setattr(DeskApp, "ask_staff", lambda self: None)
    monkeypatch.setattr(DeskApp, "show", lambda self, station: opened.append(station))
    monkeypatch.setattr(QApplication, "exec", lambda self: 0)
    path = tmp_path / "event.sqlite"
    assert desk_app.run_gui(path, db_given=True, demo=True) == 0
    assert opened[0].path == path and opened[0].event.name.startswith("II Kongres")
    opened[0].close()


def test_too_many_wrong_codes_from_this_laptop_are_said_with_the_wait(qtbot, tmp_path, desk, other_station):
    address, show_code = other_station
    show_code()
    dialog = dialog_for(qtbot, desk, tmp_path)
    qtbot.keyClicks(dialog.address, address)
    notes = []
    for _ in range(FREE_ATTEMPTS + 1):
        dialog.code.clear()
        type_code(qtbot, dialog, "AAAA-AAAA")
        qtbot.waitUntil(lambda: dialog.note.isVisible() and dialog.join_button.isEnabled(), timeout=WAIT_MS)
        notes.append(dialog.note.text())
        dialog.note.setVisible(False)
    assert all("refused the pairing code" in note for note in notes[:FREE_ATTEMPTS])
    assert notes[-1] == (
        f"The station at {address} refused too many pairing tries from this laptop. Check the code it shows, "
        f"and try again in {FIRST_WAIT_S} s."
    )


def test_this_laptops_own_desk_is_not_offered(qtbot, tmp_path, desk, other_station):
    address, _ = other_station
    with socket.socket() as own:
        own.bind((LOOPBACK, 0))
        own_address = f"{LOOPBACK}:{own.getsockname()[1]}"
        with announced(own_address) as mine, announced(address):
            if mine.problem:
                pytest.skip(f"no mDNS on {LOOPBACK} here: {mine.problem}")
            dialog = dialog_for(qtbot, desk, tmp_path, own_addresses=[own_address])
            qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT_MS)
            qtbot.wait(1000)  # the own desk's announcement, heard meanwhile, stays out
            assert [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())] == [address]

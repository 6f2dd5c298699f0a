"""The desk's sync with other stations: the window's sync chip (alone, connected), the stations dialog (a
typed peer kept, the pairing code for the organiser only), a port that is taken, two real services on
loopback, and a guest checked in at two desks that could not reach each other."""

import socket
from datetime import datetime

import pytest
from conftest import PIN, SCREENS, SMALLEST, screenshot, screenshot_dialog, shown, when_modal
from helpers.events import DAYS, code_of, make_station
from helpers.fake_sync import Fakes
from helpers.replicas import joined, pull
from PySide6.QtCore import QSettings, Qt

from checkin.errors import UserError
from checkin.replication.conflicts import ConflictWatch
from checkin.station import Station
from checkin.sync.service import SyncService
from checkin.sync.status import PeerStatus
from ui import labels
from ui.app import DeskApp
from ui.desk import verdicts
from ui.settings import DeskSettings
from ui.station.stations_dialog import StationsDialog
from ui.station.sync import SyncOptions
from ui.station.sync_status import alone_warning
from ui.widgets.theme import Tone

LOOPBACK = SyncOptions(host="127.0.0.1", port=0, any_free_port=False, discover=False)
"""Real services in tests: any free port on loopback, no announcements on the LAN."""
SCREEN = ((1366, 768),)
WAIT_MS = 10_000


@pytest.fixture
def open_desk(qtbot, tmp_path):
    """`open_desk(station, options)`: the real desk app on `station`, syncing as `options` say, in English
    (the assertions read the source texts), once its sync has started."""
    opened = []

    def open_(station, options):
        app = DeskApp(_store(tmp_path), sync=options)
        window = app.show(station)
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        # It opens maximised, and the offscreen screen is 800 px wide: the smallest laptop's width instead.
        window.showNormal()
        window.resize(*SCREENS[0])
        qtbot.waitUntil(lambda: app.sync.running or bool(app.sync.state().problem), timeout=WAIT_MS)
        opened.append((app, station))
        return app

    yield open_
    for app, station in opened:
        app.window.close()
        station.close()


def _store(tmp_path):
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "en")
    return store


def _event(tmp_path, **kwargs):
    return make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0], **kwargs)


def _peer(name, connected, **kwargs):
    """A peer as the service reports it; a connected one synced a moment ago, another one never."""
    last_sync = datetime.now().astimezone().isoformat(timespec="seconds") if connected else None
    return PeerStatus(name=name, address=f"192.168.1.{len(name)}:8765", connected=connected,
                      last_sync=last_sync, **kwargs)  # fmt: skip


# --- the sync chip ------------------------------------------------------------------------------------------


def test_the_window_warns_when_alone_then_names_the_connected_stations(qtbot, tmp_path, open_desk):
    fakes = Fakes()
    app = open_desk(_event(tmp_path), SyncOptions(service=fakes))
    chip = app.window.sync_status
    assert fakes[0].listen == ("0.0.0.0", 8765) and fakes[0].discover
    assert chip.alone and alone_warning() in chip.text()
    screenshot(app.window, "sync-alone", sizes=(*SCREEN, SMALLEST))
    assert chip.text() == "⚠ " + alone_warning(short=True) and alone_warning() in chip.toolTip()

    fakes[0].peer_status = (_peer("Recepcja 2", True), _peer("Sala A", False, problem_code="unreachable"))
    qtbot.waitUntil(lambda: not chip.alone, timeout=WAIT_MS)
    assert chip.text() == "Connected: Recepcja 2"
    tip = chip.toolTip()
    assert "<b>Recepcja 2</b> (192.168.1.10:8765): connected; last sync" in tip
    assert "<b>Sala A</b> (192.168.1.6:8765): not connected: not reachable; last sync never" in tip
    assert "This station listens on 0.0.0.0:8765." in tip
    screenshot(app.window, "sync-connected", sizes=SCREEN)

    fakes[0].peer_status = ()
    qtbot.waitUntil(lambda: chip.alone, timeout=WAIT_MS)


def test_a_taken_port_falls_back_to_any_free_port(tmp_path, open_desk):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = open_desk(_event(tmp_path), SyncOptions(host="127.0.0.1", port=port, discover=False))
        state = app.sync.state()
    assert state.problem == "" and state.status.listening not in (None, f"127.0.0.1:{port}")
    assert app.sync.addresses_for_others() == [state.status.listening]


def test_a_desk_that_cannot_listen_says_so_and_goes_on_checking_in(qtbot, tmp_path, open_desk):
    station = _event(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        app = open_desk(
            station, SyncOptions(host="127.0.0.1", port=port, any_free_port=False, discover=False)
        )
    state = app.sync.state()
    assert app.sync.running and state.status.listening is None  # it still reaches the peers typed in
    assert f"This station cannot listen on 127.0.0.1:{port}" in state.problem
    assert app.sync.addresses_for_others() == []
    assert app.window.sync_status.alone and state.problem in app.window.sync_status.toolTip()
    dialog = shown(qtbot, StationsDialog(app.sync, app.window.organiser.as_organiser, app.window))
    assert state.problem in dialog.here.text() and not dialog.pair.isEnabled()
    app.window.controller.scan(code_of(station, "Nowak"))
    assert app.window.banner.tone is Tone.OK


def test_a_service_that_fails_to_start_leaves_the_desk_working_alone(tmp_path, open_desk):
    def broken(path, **kwargs):
        raise RuntimeError("no network interface")

    station = _event(tmp_path)
    app = open_desk(station, SyncOptions(service=broken))
    assert not app.sync.running
    assert app.sync.state().problem == "Sync is off (no network interface); this station works alone."
    app.window.controller.scan(code_of(station, "Nowak"))
    assert app.window.banner.tone is Tone.OK


def test_swapping_the_desk_window_keeps_the_same_service_and_closing_stops_it(qtbot, tmp_path, open_desk):
    fakes = Fakes()
    app = open_desk(_event(tmp_path), SyncOptions(service=fakes))
    first = app.window
    assert first.stations_action.isVisible() and first.stations_action in first.file_menu.actions()
    app.back_to_desk()
    assert app.window is not first and app.window.sync is app.sync and not fakes[0].stopped
    app.window.close()
    qtbot.waitUntil(lambda: fakes[0].stopped, timeout=WAIT_MS)
    assert len(fakes) == 1


# --- the stations dialog ------------------------------------------------------------------------------------


def test_a_typed_peer_is_synced_with_and_kept_for_the_next_start(qtbot, tmp_path, open_desk):
    fakes = Fakes()
    app = open_desk(_event(tmp_path), SyncOptions(service=fakes))
    dialog = shown(qtbot, StationsDialog(app.sync, app.window.organiser.as_organiser, app.window))
    qtbot.keyClicks(dialog.address, "nowhere:99999")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.note.isVisible() and "nowhere:99999 is not an address" in dialog.note.text()
    assert fakes[0].peers == []

    dialog.address.setText(" 10.0.0.7:8765 ")
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert fakes[0].peers == ["10.0.0.7:8765"] and not dialog.note.isVisible() and dialog.address.text() == ""
    assert DeskSettings.load(_store(tmp_path)).peers == "10.0.0.7:8765"  # saved, not only in memory

    fakes[0].peer_status = (
        _peer("Recepcja 2", True),
        _peer("10.0.0.7:8765", False, problem_code="wrong_event"),
    )
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    assert [dialog.table.item(1, column).text() for column in range(4)] == [
        "10.0.0.7:8765", "192.168.1.13:8765", "not connected: a station of another event", "never"
    ]  # fmt: skip
    screenshot_dialog(app.window, dialog, "stations-dialog", prefix="desk", sizes=SCREEN)
    dialog.reject()
    app.window.close()

    again = Fakes()
    open_desk(Station.open(tmp_path / "event.sqlite", name="Recepcja 1"), SyncOptions(service=again))
    assert again[0].peers == ["10.0.0.7:8765"]


def test_the_pairing_code_needs_the_organiser_pin_and_points_to_the_join_window(qtbot, tmp_path, open_desk):
    make_station(tmp_path / "event.sqlite", pin=PIN).close()
    station = Station.open(tmp_path / "event.sqlite", name="Recepcja 1", day=DAYS[0])
    app = open_desk(station, SyncOptions(host="127.0.0.1", port=8765, service=Fakes()))
    dialog = shown(qtbot, StationsDialog(app.sync, app.window.organiser.as_organiser, app.window))
    assert dialog.pair.isEnabled()

    when_modal(lambda unlock: unlock.reject())
    qtbot.mouseClick(dialog.pair, Qt.MouseButton.LeftButton)
    assert not dialog.code.isVisible() and station.replica.active_pairing_code() is None

    def unlock(pin_dialog):
        pin_dialog.pin.setText(PIN)
        pin_dialog.accept()

    when_modal(unlock)
    qtbot.mouseClick(dialog.pair, Qt.MouseButton.LeftButton)
    code = dialog.code.text()
    assert dialog.code.isVisible() and station.replica.active_pairing_code() == code.replace("-", "")
    assert dialog.join_address.text() == "127.0.0.1:8765"
    assert "File → Join an event on the network…" in dialog.code_note.text()
    assert "Recepcja 1" in dialog.code_note.text() and "main.py" not in dialog.code_note.text()
    assert app.window.organiser.role.text() == "Role: organiser"
    screenshot_dialog(app.window, dialog, "stations-pairing", prefix="desk", sizes=SCREEN)


# --- two real stations --------------------------------------------------------------------------------------


def test_two_real_stations_connect_and_a_check_in_there_shows_here(qtbot, tmp_path, open_desk):
    app = open_desk(_event(tmp_path), LOOPBACK)
    chip = app.window.sync_status
    assert chip.alone
    other = joined(app.window.station, tmp_path / "other.sqlite", "Recepcja 2")
    other.staff = "Piotr"
    service = SyncService(tmp_path / "other.sqlite", name="Recepcja 2", listen=("127.0.0.1", 0),
                          peers=[app.sync.state().status.listening], discover=False)  # fmt: skip
    service.start()
    try:
        qtbot.waitUntil(lambda: not chip.alone, timeout=WAIT_MS)
        assert chip.text() == "Connected: Recepcja 2"
        other.check_in(code_of(other, "Nowak"), DAYS[0])
        qtbot.waitUntil(lambda: "<b>1 person</b>" in app.window.status.text(), timeout=WAIT_MS)
        app.window.controller.scan(code_of(other, "Nowak"))
        assert app.window.banner.headline.text() == "Already checked in"
        assert "at Recepcja 2 by Piotr" in app.window.banner.details.text()
    finally:
        service.stop()
        other.close()


# --- a guest checked in at two desks that could not reach each other ---------------------------------------


def test_a_guest_checked_in_here_and_at_a_cut_off_desk_shows_counted_once(qtbot, tmp_path, open_desk):
    station = _event(tmp_path)
    app = open_desk(station, SyncOptions(service=Fakes()))
    window = app.window
    second = joined(station, tmp_path / "second.sqlite", "Recepcja 2")
    third = joined(station, tmp_path / "third.sqlite", "Sala A")
    second.staff, third.staff = "Piotr", "Ewa"
    nowak, kowalski = code_of(station, "Nowak"), code_of(station, "Kowalski")
    window.controller.scan(nowak)  # here first
    second.check_in(nowak, DAYS[0])
    second.check_in(kowalski, DAYS[0])  # two other desks: not this desk's conflict
    third.check_in(kowalski, DAYS[0])
    sync = Station.open(tmp_path / "event.sqlite", name="sync")  # what the desk's service does
    pull(sync, second)
    pull(sync, third)
    sync.close()

    qtbot.waitUntil(lambda: window.banner.headline.text() == "Checked in at two desks — counted once",
                    timeout=WAIT_MS)  # fmt: skip
    assert window.banner.name.text() == "Anna Nowak" and window.banner.tone is Tone.WARN
    details = window.banner.details.text().splitlines()
    assert details[0].startswith("Counted: ") and details[0].endswith(" at Recepcja 1 by Ola")
    assert details[1].startswith("Also scanned: ") and " at Recepcja 2 by Piotr" in details[1]
    assert "more guest" not in window.banner.details.text()
    assert station.progress(DAYS[0])[0] == 2  # Nowak once, Kowalski once
    screenshot(window, "sync-conflict", sizes=SCREEN)

    window.controller.scan(nowak)
    assert window.banner.headline.text() == "Already checked in"
    lines = window.banner.details.text().splitlines()
    assert lines[0].endswith("at Recepcja 1 by Ola")
    assert "at Recepcja 2 by Piotr while the desks were not connected: counted once" in lines[1]
    screenshot(window, "sync-already-twice", sizes=SCREEN)
    second.close()
    third.close()


def test_several_conflicts_at_once_name_the_first_and_count_the_others(qapp, tmp_path):
    station = _event(tmp_path)
    other = joined(station, tmp_path / "other.sqlite", "Recepcja 2")
    for name in ("Nowak", "Kowalski", "Jóżko"):
        station.check_in(code_of(station, name))
        other.check_in(code_of(station, name), DAYS[0])
    watch = ConflictWatch(station)
    pull(station, other)
    conflicts = watch.new()
    assert len(conflicts) == 3 and watch.new() == []
    view = verdicts.for_conflicts(conflicts)
    assert view.details[-1] == labels.more_conflicts(2) and view.name == "Jan Kowalski"
    other.close()
    station.close()


def test_a_peer_address_that_is_not_one_is_refused_by_the_sync(tmp_path, open_desk):
    app = open_desk(_event(tmp_path), SyncOptions(service=Fakes()))
    with pytest.raises(UserError) as refused:
        app.sync.add_peer("http://x")
    assert refused.value.code == "bad_address"

"""The organisers' dashboard: opened from the desk, following other processes' check-ins by looking at the
event file twice a second, readable at the screen sizes it must fit."""

import random
import re

import pytest
from conftest import SCREENS, screenshot
from helpers.cli import cli
from helpers.events import DAYS, PROGRAMME, code_of, make_station
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checkin.dashboard import LATEST_SHOWN, ArrivalBin
from checkin.demo.registrants import generate_registrants
from checkin.domain import Registrant
from ui.dashboard.chart import ArrivalsChart
from ui.dashboard.window import DashboardWindow
from ui.i18n import Translations
from ui.widgets import theme


@pytest.fixture
def dashboard(qtbot, desk):
    """The dashboard as staff open it: Organiser → Organiser dashboard… at the desk (Ctrl+Shift+P)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.input, timeout=1000)  # activation is async
    qtbot.keyClick(
        desk.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow) and w.isVisible()
    ]
    qtbot.addWidget(window)
    yield window
    window.close()


WAIT_MS = 10_000
"""How long to wait for the dashboard to show a change before the test fails: a bound, not a speed."""


def latest_names(dashboard: DashboardWindow) -> list[str]:
    model = dashboard.latest
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def present_tile(dashboard: DashboardWindow) -> str:
    return dashboard.tiles[2].value.text()


def test_a_check_in_by_another_process_shows_at_the_next_look_at_the_file_and_its_undo_too(
    qtbot, desk, dashboard
):
    # It looks on its own, often enough for a check-in anywhere to show within a second (the time it takes
    # is the benchmark's to measure, not a test's).
    assert dashboard.poll.isActive() and dashboard.poll.interval() < 1000
    path = desk.station.storage.path
    code = code_of(desk.station, "Kowalski")
    cli(path, "checkin", code, "--day", DAYS[0], "--station", "Recepcja 2")
    qtbot.waitUntil(lambda: latest_names(dashboard) == ["Jan Kowalski"], timeout=WAIT_MS)
    assert present_tile(dashboard) == "1 (25%)"
    assert dashboard.latest.index(0, 2).data() == "Recepcja 2"
    cli(path, "undo", code, "--reason", "pomyłka", "--day", DAYS[0])
    qtbot.waitUntil(lambda: latest_names(dashboard) == [], timeout=WAIT_MS)
    assert present_tile(dashboard) == "0 (0%)"
    assert dashboard.shown.checked_in == 0


def test_this_desks_check_in_shows_without_waiting_for_the_next_look_at_the_file(qtbot, desk, dashboard):
    dashboard.poll.stop()  # only the desk's own broadcast can bring it now
    qtbot.keyClicks(desk.input, code_of(desk.station, "Nowak"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: latest_names(dashboard) == ["Anna Nowak"], timeout=WAIT_MS)


def test_it_is_among_the_organisers_tools_not_under_file(qtbot, desk, dashboard):
    assert desk.dashboard_action in desk.organiser.actions()
    assert desk.dashboard_action not in desk.file_menu.actions()
    assert desk.dashboard_action.shortcut().toString() == "Ctrl+Shift+P"  # the fixture opened it so


def test_opening_it_again_raises_the_same_window_and_the_desk_keeps_the_keyboard(qtbot, desk, dashboard):
    desk.dashboard_action.trigger()
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow) and w.isVisible()]
    assert windows == [dashboard]
    assert dashboard.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert not dashboard.testAttribute(Qt.WidgetAttribute.WA_QuitOnClose)


def test_f11_toggles_full_screen_without_the_menu_bar(qtbot, dashboard):
    dashboard.full_screen_action.trigger()
    qtbot.waitUntil(dashboard.isFullScreen, timeout=1000)
    assert not dashboard.menuBar().isVisible()
    dashboard.full_screen_action.trigger()
    qtbot.waitUntil(lambda: not dashboard.isFullScreen(), timeout=1000)
    assert dashboard.menuBar().isVisible()


@pytest.fixture
def busy_morning(qtbot, tmp_path, monkeypatch):
    """A dashboard in Polish on 400 generated guests and two more honorary ones, with a programme and 300
    check-ins made between 8:00 and 11:30 at three desks, one of them undone."""
    translations = Translations()
    translations.install("pl")
    station = make_station(
        tmp_path / "event.sqlite", guests=tuple(generate_registrants(400, 11, DAYS)), day=DAYS[0]
    )
    station.register(
        [
            Registrant(first_name="Adam", last_name="Bodnar", title="prof.", category="honorary_guest",
                       organisation="Rzecznik Praw Obywatelskich"),
            Registrant(first_name="Ewa", last_name="Zalewska", category="honorary_guest",
                       organisation="Urząd Marszałkowski Województwa Świętokrzyskiego"),
        ],
        reason="VIP",
    )  # fmt: skip
    station.programme.save(list(PROGRAMME))
    draw = random.Random(5)
    minutes = sorted(min(690, max(480, round(draw.gauss(560, 40)))) for _ in range(300))
    stamps = iter(f"{DAYS[0]}T{m // 60:02d}:{m % 60:02d}:{draw.randrange(60):02d}.000+02:00" for m in minutes)
    monkeypatch.setattr("checkin.storage.log.now", lambda: next(stamps))
    people = [a.id for a in station.storage.attendees() if a.attends(DAYS[0]) and a.last_name != "Zalewska"]
    for number, attendee_id in enumerate(people[:300]):
        station.name = f"Recepcja {number % 3 + 1}"
        station.check_in(attendee_id)
    monkeypatch.undo()
    station.undo(people[299], "pomyłka")
    window = DashboardWindow(station, DAYS[0])
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()


def test_screenshots_show_every_last_check_in_and_a_time_axis(busy_morning):
    board = busy_morning.shown
    assert board.checked_in == 299
    assert [b.start for b in board.arrivals][:2] == ["08:00", "08:10"]
    for width, height in SCREENS:
        busy_morning.resize(width, height)
        QApplication.processEvents()
        table = busy_morning.tables[2]
        last = table.rowViewportPosition(LATEST_SHOWN - 1) + table.rowHeight(LATEST_SHOWN - 1)
        assert 0 < last <= table.viewport().height(), f"the last check-ins are cut at {width}x{height}"
        (times,) = busy_morning.chart.chart().axes(Qt.Orientation.Horizontal)
        assert len(times.categoriesLabels()) >= 3
        assert all(re.fullmatch(r"(0[89]|1[01]):[0-5]0", label) for label in times.categoriesLabels())
    screenshot(busy_morning, "busy-morning", prefix="dashboard")


def test_every_category_shows_whole_beside_its_counts_on_the_smallest_screen(busy_morning):
    busy_morning.resize(*theme.MIN_WINDOW_SIZE)
    QApplication.processEvents()
    categories = busy_morning.tables[1]
    whole = categories.fontMetrics().horizontalAdvance("Gość honorowy")
    assert categories.columnWidth(0) > whole  # not "Gość honoro…"
    assert sum(map(categories.columnWidth, range(4))) <= categories.viewport().width()  # the % shows too


def test_it_follows_the_desk_to_the_day_chosen_in_its_settings(qtbot, desk, dashboard):
    desk.station.day = DAYS[1]
    desk.settings_changed.emit(desk.settings)  # what Settings (Ctrl+,) does after OK
    assert dashboard.shown.day == DAYS[1]
    assert dashboard.shown.expected == 5  # Коваленко comes on day two only


@pytest.mark.parametrize(
    ("most", "ticks"), [(0, (1, 1)), (1, (1, 1)), (3, (1, 3)), (7, (2, 8)), (37, (10, 40))]
)
def test_the_count_axis_counts_in_whole_guests(qtbot, most, ticks):
    """One guest in the first ten minutes once showed as 0, 0, 0, 0, 1 up the axis."""
    chart = ArrivalsChart()
    qtbot.addWidget(chart)
    chart.show_bins([ArrivalBin(600, most), ArrivalBin(610, 0)])
    (counts,) = chart.chart().axes(Qt.Orientation.Vertical)
    assert (counts.tickInterval(), counts.max(), counts.min(), counts.tickAnchor()) == (*ticks, 0, 0)


def test_parallel_workshops_show_their_rooms_in_a_column_of_their_own(qtbot, desk, dashboard):
    """Workshops at one hour with long titles: cut short as "title · room", they hid where each one is."""
    desk.station.programme.save(PROGRAMME)
    desk.station.day = DAYS[1]
    desk.settings_changed.emit(desk.settings)
    model = dashboard.sessions
    rooms = {model.index(row, 1).data(): model.index(row, 2).data() for row in range(model.rowCount())}
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Sala"
    assert rooms == {
        "Zarządzanie usługami społecznymi": "Warszawa",
        "Organizowanie Społeczności Lokalnej": "Bruksela",
    }

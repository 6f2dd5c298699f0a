"""The organisers' dashboard: one day's attendance, live, large enough to read across a room.

A window of its own, so that it can go full screen on a projector or a second screen while the desk goes on
scanning on the laptop's own screen. It never takes the desk's keyboard: it opens without being activated,
and F11 (full screen) and F12 (next screen) work from the desk too.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QFont, QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.dashboard import ARRIVAL_BIN_MINUTES, LATEST_SHOWN, Dashboard, DashboardFeed
from checkin.station import Station
from ui import labels
from ui.dashboard.chart import ArrivalsChart
from ui.dashboard.models import (
    CategoriesModel,
    HonoraryModel,
    LatestModel,
    MealsModel,
    RecordsModel,
    SessionsModel,
    number,
    percent,
)
from ui.widgets import theme
from ui.widgets.plain import plain_label


class DashboardWindow(QMainWindow):
    """Registered, checked in today, by category, the day's sessions, arrivals over time, honorary guests and
    the last check-ins of one day.

    `station` is the dashboard's own, opened on the event file for it and closed with the window: its
    connection sees every commit to the file as a change of SQLite's data_version, those of this process's
    desk included, so one question twice a second (`refresh`) follows every desk and the command line, and
    an unchanged file costs no rebuild.
    """

    def __init__(self, station: Station, day: str) -> None:
        super().__init__()
        self.station = station
        self.feed = DashboardFeed(station, day)
        self.shown: Dashboard | None = None
        # The desk's window decides when the app quits, and keeps the keyboard (see the module docstring).
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._scaled: list[tuple[QWidget, float, bool]] = []
        self.title = self._text(theme.DASHBOARD_HEADING_SCALE, bold=True)
        self.clock = self._text(theme.DASHBOARD_HEADING_SCALE)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tiles = [_Tile(theme.DASHBOARD_TILE_STYLE) for _ in range(4)]
        # Checked in today, the number organisers look for, stands out.
        self.tiles[2].setStyleSheet(theme.DASHBOARD_PRESENT_TILE_STYLE)
        self.chart = ArrivalsChart()
        self.sessions, self.categories = SessionsModel(self), CategoriesModel(self)
        self.latest, self.honorary = LatestModel(self), HonoraryModel(self)
        self.meals = MealsModel(self)
        self.headings = [self._text(theme.DASHBOARD_HEADING_SCALE, bold=True) for _ in range(5)]
        self.meals_heading = self._text(theme.DASHBOARD_HEADING_SCALE, bold=True)
        self.tables = [_table(model, stretch) for model, stretch in
                       ((self.sessions, 1), (self.categories, 0), (self.latest, 1), (self.honorary, 1),
                        (self.meals, 3))]  # fmt: skip
        self._layout()
        self._actions()
        self.resize(*theme.DASHBOARD_DEFAULT_SIZE)
        self.poll = QTimer(self)
        self.poll.setInterval(theme.DASHBOARD_POLL_MS)
        self.poll.timeout.connect(self.refresh)
        self.poll.start()
        self.retranslate()
        self.refresh()

    # --- building -----------------------------------------------------------------------------------------

    def _text(self, scale: float, *, bold: bool = False) -> QLabel:
        """A label whose text size follows the window's height (see `_fit_text`)."""
        label = _label()
        self._scaled.append((label, scale, bold))
        return label

    def _layout(self) -> None:
        grid = QGridLayout()
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.clock, 0, 2)
        tiles = QHBoxLayout()
        for tile in self.tiles:
            tiles.addWidget(tile, 1)
        grid.addLayout(tiles, 1, 0, 1, 3)
        chart_heading, sessions_heading, categories_heading, latest_heading, honorary_heading = self.headings
        sessions, categories, latest, honorary, day_meals = self.tables
        grid.addLayout(_panel(chart_heading, self.chart), 2, 0)
        programme = _panel(sessions_heading, sessions)
        programme.addWidget(
            self.meals_heading
        )  # the kitchen's numbers under the day's sessions, if it has meals
        programme.addWidget(day_meals)
        grid.addLayout(programme, 2, 1, 1, 2)
        grid.addLayout(_panel(categories_heading, categories), 3, 0)
        grid.addLayout(_panel(latest_heading, latest), 3, 1)
        grid.addLayout(_panel(honorary_heading, honorary), 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(3, 1)
        central = QWidget()
        central.setLayout(grid)
        self.setCentralWidget(central)
        self._grid = grid

    def _actions(self) -> None:
        """F11 and F12 are application-wide: the desk's staff reach the projector without leaving the desk."""
        everywhere, here = Qt.ShortcutContext.ApplicationShortcut, Qt.ShortcutContext.WindowShortcut
        self.full_screen_action = self._action("F11", self.toggle_full_screen, everywhere)
        self.next_screen_action = self._action("F12", self.next_screen, everywhere)
        self.leave_full_screen_action = self._action("Esc", self.showNormal, here)
        self.close_action = self._action(QKeySequence.StandardKey.Close, self.close, here)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addActions([self.full_screen_action, self.next_screen_action, self.close_action])
        self.addAction(self.leave_full_screen_action)

    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str,
        slot: Callable[[], object],
        context: Qt.ShortcutContext,
    ) -> QAction:
        """Added to the window itself too, so that its keys work while the menu bar is hidden (full screen)."""
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Organiser dashboard — {event}").format(event=self.station.event.name))
        self.view_menu.setTitle(self.tr("&View"))
        self.full_screen_action.setText(self.tr("Full screen"))
        self.next_screen_action.setText(self.tr("Move to the next screen"))
        self.close_action.setText(self.tr("Close the dashboard"))
        for model in (self.sessions, self.categories, self.latest, self.honorary, self.meals):
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        shown, self.shown = self.shown, None
        self._show(shown or self.feed.snapshot())

    # --- following the event file -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Asked twice a second, and at once after this process wrote: a rebuild only when the file changed."""
        self.clock.setText(datetime.now().strftime("%H:%M"))
        if self.station.changed_elsewhere():
            self._show(self.feed.snapshot())

    def show_day(self, day: str) -> None:
        """Follow the desk to another day (chosen in its settings)."""
        if day != self.feed.day:
            self.feed = DashboardFeed(self.station, day)
            self._show(self.feed.snapshot())

    def _show(self, dashboard: Dashboard) -> None:
        if dashboard == self.shown:
            return  # the file changed, but not in anything shown here (a badge printed, a meal chosen)
        self.shown = dashboard
        self._show_title(dashboard)
        self._show_tiles(dashboard)
        self.chart.show_bins(dashboard.arrivals)
        self.sessions.set_records(dashboard.sessions)
        self.categories.set_records(dashboard.by_category)
        self.latest.set_records(dashboard.latest)
        self.honorary.set_records([*dashboard.honorary_arrived, *dashboard.honorary_expected])
        self.meals.set_records(dashboard.meals)
        for widget in (self.meals_heading, self.tables[4]):
            widget.setVisible(bool(dashboard.meals))
        self._fit_meals()
        self._show_headings(dashboard)

    def _show_title(self, dashboard: Dashboard) -> None:
        number = self.station.event.days.index(dashboard.day) + 1
        self.title.setText(self.tr("{event} — {day}").format(
            event=self.station.event.name, day=labels.day(number, dashboard.day)))  # fmt: skip

    def _show_tiles(self, dashboard: Dashboard) -> None:
        registered, expected, present, to_come = self.tiles
        registered.show_number(number(dashboard.registered), self.tr("registered"))
        expected.show_number(number(dashboard.expected), self.tr("expected today"))
        present.show_number(
            self.tr("{count} ({share})").format(
                count=number(dashboard.checked_in), share=percent(dashboard.checked_in, dashboard.expected)
            ),
            self.tr("checked in today"),
        )
        to_come.show_number(
            number(max(0, dashboard.expected - dashboard.checked_in)), self.tr("still to come")
        )

    def _show_headings(self, dashboard: Dashboard) -> None:
        chart, sessions, categories, latest, honorary = self.headings
        chart.setText(
            self.tr("Arrivals per {minutes} minutes").format(minutes=ARRIVAL_BIN_MINUTES)
            if dashboard.arrivals else self.tr("Arrivals: nobody checked in yet")
        )  # fmt: skip
        sessions.setText(
            self.tr("Sessions of the day") if dashboard.sessions else self.tr("No sessions this day")
        )
        categories.setText(self.tr("By category"))
        latest.setText(self.tr("Last check-ins"))
        arrived, waited = len(dashboard.honorary_arrived), len(dashboard.honorary_expected)
        honorary.setText(self.tr("Honorary guests: {arrived} of {expected} arrived").format(
            arrived=arrived, expected=arrived + waited))  # fmt: skip
        plates = sum(meal.total for meal in dashboard.meals)
        self.meals_heading.setText(
            self.tr("Meals for the kitchen: {count} plates today").format(count=plates)
        )

    # --- screens ------------------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def showNormal(self) -> None:
        self.menuBar().setVisible(True)
        super().showNormal()

    def showFullScreen(self) -> None:
        """Nothing but the numbers on a projector: the menu bar goes (F11 and Esc bring it back)."""
        self.menuBar().setVisible(False)
        super().showFullScreen()

    def next_screen(self) -> None:
        """Move to the next screen (the projector), staying full screen if it was."""
        screens, current = QGuiApplication.screens(), self.screen()
        if current not in screens or len(screens) < 2:
            return
        target = screens[(screens.index(current) + 1) % len(screens)]
        full = self.isFullScreen()
        if full:
            self.showNormal()
        self.setScreen(target)
        self.move(target.availableGeometry().topLeft())
        if full:
            self.showFullScreen()

    # --- size ---------------------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_text(event.size().height())

    def _fit_text(self, height: int) -> None:
        """Every text in proportion to the window's height (`theme.DASHBOARD_TEXT_LINES`)."""
        pixels = max(theme.DASHBOARD_MIN_TEXT_PX, height // theme.DASHBOARD_TEXT_LINES)
        for widget, scale, bold in self._scaled:
            widget.setFont(_font(round(pixels * scale), bold=bold))
        for tile in self.tiles:
            tile.fit_text(pixels)
        row = round(pixels * theme.DASHBOARD_ROW_SCALE)
        for table in self.tables:
            table.setFont(_font(pixels))
            table.horizontalHeader().setFont(_font(pixels, bold=True))
            table.verticalHeader().setMinimumSectionSize(row)
            table.verticalHeader().setDefaultSectionSize(row)
        latest = self.tables[2]  # all of the last check-ins in sight; the sessions' table gives way
        header = latest.horizontalHeader().sizeHint().height()
        latest.setMinimumHeight(header + LATEST_SHOWN * row + 2 * latest.frameWidth())
        self._fit_meals()
        self.chart.set_text_size(pixels)
        for tile in self.tiles:
            tile.updateGeometry()  # their new sizes known to the grid now, not at the next pass of events
        self._grid.activate()

    def _fit_meals(self) -> None:
        """The meals' table as tall as its few rows: the day's sessions above it keep the rest."""
        table = self.tables[4]
        rows = table.verticalHeader().defaultSectionSize() * self.meals.rowCount()
        table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.poll.stop()
        self.station.close()
        super().closeEvent(event)


class _Tile(QFrame):
    """A big number over its caption."""

    def __init__(self, style: str) -> None:
        super().__init__()
        self.setObjectName("dashboardTile")
        self.setStyleSheet(style)
        self.value, self.caption = _label(), _label()
        column = QVBoxLayout(self)
        for label in (self.value, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)

    def show_number(self, value: str, caption: str) -> None:
        self.value.setText(value)
        self.caption.setText(caption)

    def fit_text(self, pixels: int) -> None:
        self.value.setFont(_font(round(pixels * theme.DASHBOARD_NUMBER_SCALE), bold=True))
        self.caption.setFont(_font(round(pixels * theme.DASHBOARD_CAPTION_SCALE)))


def _label() -> QLabel:
    """Cut at the window's edge rather than widen it: an event's name may be long, a laptop's screen not."""
    label = plain_label()
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


def _panel(heading: QLabel, body: QWidget) -> QVBoxLayout:
    panel = QVBoxLayout()
    panel.addWidget(heading)
    panel.addWidget(body, 1)
    return panel


def _table(model: RecordsModel, stretch: int) -> QTableView:
    """A read-only table that never takes the focus; column `stretch` takes the width the others leave."""
    view = QTableView()
    view.setModel(model)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSelectionMode(QTableView.SelectionMode.NoSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(theme.DASHBOARD_MEASURED_ROWS)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def _font(pixels: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font

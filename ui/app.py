"""Starting the desktop app: which event file, which language, the desk's settings, the window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from checkin import app_log
from checkin.badges.drawing import register_fonts
from checkin.changes import Changes
from checkin.demo.event import create_demo_event
from checkin.station import Station, default_station_name
from ui import error_hook, messages
from ui.dashboard.window import DashboardWindow
from ui.desk.window import DeskWindow
from ui.door.picker import DoorSessionDialog
from ui.door.window import DoorWindow
from ui.gui_thread_gc import collecting_on_gui_thread
from ui.i18n import Translations, effective_language
from ui.identity import identify
from ui.new_event import NewEventDialog
from ui.settings import DeskSettings
from ui.sound import Sounds
from ui.station.join_dialog import JoinDialog, suggested_file
from ui.station.sync import StationSync, SyncOptions
from ui.widgets import files, plain

log = logging.getLogger(__name__)

ORGANISATION = "checkin-station"
APPLICATION = "desk"
EXIT_CANNOT_OPEN = 2


def event_file(given: Path, given_explicitly: bool, settings: DeskSettings) -> Path:
    """`--db`/`CHECKIN_DB` first, else the event opened last, else the default (the demo on first run)."""
    if given_explicitly:
        return given
    last = Path(settings.last_event) if settings.last_event else None
    return last if last is not None and last.exists() else given


def open_station(path: Path, settings: DeskSettings, *, demo_if_missing: bool) -> Station:
    """Open the event file; on first run (the default file missing) the demo event is created there.

    A file named on the command line is never invented: a typo must not open 200 fake guests.
    """
    name = settings.station_name or default_station_name()
    if not path.exists() and demo_if_missing:
        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo_event(path).close()
    return Station.open(path, name=name, staff=settings.staff_name)


class DeskApp:
    """Owns the settings store, the translator and the current window; reopens on "Open event file".

    The window is the reception desk's or a session door's; swapping between them keeps the Station open,
    and its sync with the other stations running (`sync`: how it listens; None, as in most tests: no sync).
    The organisers' dashboard, when open, is a second window beside it, on the same event.
    """

    def __init__(self, store: QSettings, sync: SyncOptions | None = None) -> None:
        self.store = store
        self.sync_options = sync
        self.sync: StationSync | None = None
        self.settings = DeskSettings.load(store)
        self.translations = Translations()
        self.translations.install(effective_language(self.settings.language))
        register_fonts()  # once, here: the first badge printed at check-in then takes ~30 ms, not ~190 ms
        self.sounds = Sounds()
        self.sounds.enabled = self.settings.sound
        self.window: DeskWindow | DoorWindow | None = None
        self._swapped_out: QMainWindow | None = None
        self.dashboard: DashboardWindow | None = None
        self.reporter = error_hook.ErrorReporter(self._say_on_window)
        """Tells the person about an error nothing caught (`app_log.hooks`, around the running desk)."""

    def show(self, station: Station) -> DeskWindow | DoorWindow:
        """Open an event: at the door this station was left at, if it is one of this event's, else the desk.

        The event shown before, if it is another one, is closed.
        """
        previous = self.window.station if self.window is not None else None
        log.info("opening the event file %s", Path(station.path).name)
        door = self._door_left_at(station)
        self.settings.last_event = str(station.path)
        self.settings.save(self.store)
        another_event = previous is not station
        if another_event:
            self._sync_with_others(station)
        window = self._door(station, door) if door else self._desk(station)
        self._swap(window)
        if another_event and self.sync is not None:
            QTimer.singleShot(0, self.sync.start)  # once the window is up: serving waits for nothing
        if previous is not None and another_event:
            previous.close()
        dashboard = self._open_dashboard()
        if dashboard is not None and dashboard.station.path != station.path:
            self.open_dashboard()  # the projector follows the desk to the other event
        return window

    def _door_left_at(self, station: Station) -> int:
        """`settings.door_session` when it names a session of this event (session ids are per event file)."""
        session_id = self.settings.door_session
        if not session_id or self.settings.last_event != str(station.path):
            return 0
        return session_id if any(s.id == session_id for s in station.programme.sessions()) else 0

    def _sync_with_others(self, station: Station) -> None:
        """A sync service for the event just opened, instead of the one of the event shown before."""
        if self.sync is not None:
            self.sync.stop()
        self.sync = None
        if self.sync_options is not None:
            self.sync = StationSync(station, self.settings, self.sync_options)
            self.sync.peers_changed.connect(lambda: self.settings.save(self.store))

    def _stop_sync(self) -> None:
        """The station's window closed for good (not swapped): the app is ending."""
        if self.sync is not None:
            self.sync.stop()

    def _desk(self, station: Station) -> DeskWindow:
        window = DeskWindow(station, self.settings, self.sounds, self.sync)
        window.settings_changed.connect(self.apply_settings)
        window.open_event_requested.connect(self.open_other)
        window.new_event_requested.connect(self.new_event)
        window.join_event_requested.connect(self.join_event)
        window.door_mode_requested.connect(self.choose_door)
        window.dashboard_requested.connect(self.open_dashboard)
        return window

    def _door(self, station: Station, session_id: int) -> DoorWindow:
        window = DoorWindow(station, session_id, self.settings, self.sounds, self.sync)
        window.settings_changed.connect(self.apply_settings)
        window.change_session_requested.connect(self.choose_door)
        window.desk_requested.connect(self.back_to_desk)
        return window

    def _swap(self, window: DeskWindow | DoorWindow) -> None:
        """Show `window` instead of the current one (their Station stays open).

        The window swapped out is kept until the next swap: the swap runs inside one of its own actions,
        and dropping the last reference there would delete it under Qt's feet.
        """
        previous, self.window = self.window, window
        window.controller.changed.connect(self._written_here)
        window.closed.connect(self._stop_sync)
        window.showMaximized()  # a venue laptop is the desk: the banner as big as the screen allows
        if previous is not None:
            previous.closed.disconnect(self._stop_sync)  # swapped, not closed by the staff: sync goes on
            previous.close()
        self._swapped_out = previous

    def choose_door(self) -> None:
        """Ask which session's door this station keeps, remember it for a restart, and show that door."""
        window = self._shown()
        station, current = window.station, self.settings.door_session
        dialog = DoorSessionDialog(station, window, current)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.session_id():
            return
        self.settings.door_session = dialog.session_id()
        self.settings.save(self.store)
        self._swap(self._door(station, self.settings.door_session))

    def back_to_desk(self) -> None:
        self.settings.door_session = 0
        self.settings.save(self.store)
        self._swap(self._desk(self._shown().station))

    def open_dashboard(self) -> DashboardWindow:
        """The organisers' dashboard of the open event, on the day the desk checks in (its first day when
        today is not one), in a window of its own; raised if it is open already.

        Open to everyone at the desk: it only shows numbers, and changes nothing. It gets a Station of its own
        on the event file: its connection notices the desk's commits as it notices other processes' ones.
        """
        station = self._shown().station
        shown = self._open_dashboard()
        if shown is not None:
            if shown.station.path == station.path:
                shown.raise_()
                return shown
            shown.close()
        dashboard = DashboardWindow(Station.open(station.path, name=station.name), self._day())
        self.dashboard = dashboard
        dashboard.show()
        return dashboard

    def _open_dashboard(self) -> DashboardWindow | None:
        """The dashboard while its window is open."""
        return self.dashboard if self.dashboard is not None and self.dashboard.isVisible() else None

    def _shown(self) -> DeskWindow | DoorWindow:
        """The station's window: the actions that need it are its own, so there is one by then."""
        if self.window is None:
            raise RuntimeError("no event is shown yet")
        return self.window

    def _day(self) -> str:
        station = self._shown().station
        return station.day or station.event.days[0]

    def _written_here(self, changes: Changes) -> None:
        """This station wrote: the dashboard shows it right after the desk has shown its verdict (`changed`
        arrives once the scan's handler has returned; a rebuild takes ~15 ms at 100,000 guests), not at its
        next look at the file."""
        dashboard = self._open_dashboard()
        if dashboard is not None and (
            changes.attendance or changes.guest_records or changes.sign_ups or changes.rewritten
        ):
            dashboard.refresh()

    def apply_settings(self, settings: DeskSettings) -> None:
        settings.save(self.store)
        dashboard = self._open_dashboard()
        if dashboard is not None:
            dashboard.show_day(self._day())
        language = effective_language(settings.language)
        if language != self.translations.language and self.window is not None:
            self.translations.install(language)
            self.window.retranslate()
            if dashboard is not None:
                dashboard.retranslate()

    def ask_staff(self) -> None:
        if self.window is not None:
            self.window.start_shift()

    def open_other(self) -> None:
        parent: QWidget | None = self.window
        here = (
            str(self.window.station.path.parent) if self.window is not None else ""
        )  # other events beside it
        path = files.open_file(
            parent, QCoreApplication.translate("app", "Open event file"),
            QCoreApplication.translate("app", "Event files (*.sqlite *.db);;All files (*)"), here,
        )  # fmt: skip
        if not path:
            return
        try:
            self.show(
                Station.open(Path(path), name=self._shown().station.name, staff=self.settings.staff_name)
            )
        except messages.OPEN_ERRORS as error:
            plain.warn(
                parent, QCoreApplication.translate("app", "Cannot open"), messages.cannot_open(error, path)
            )

    def _say_on_window(self, error: BaseException, log: Path | None) -> bool:
        if self.window is None or not self.window.isVisible():
            return False
        self.window.show_failure(error, log)
        return True

    def join_event(self) -> None:
        """File → Join an event on the network: the desk then opens the event received."""
        window = self._shown()
        own = self.sync.addresses_for_others() if self.sync is not None else []
        dialog = JoinDialog(suggested_file(Path(window.station.path).parent), window, own_addresses=own)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.joined is not None:
            try:
                self.show(
                    Station.open(dialog.joined, name=window.station.name, staff=self.settings.staff_name)
                )
            except messages.OPEN_ERRORS as error:
                plain.warn(window, QCoreApplication.translate("app", "Cannot open"),
                           messages.cannot_open(error, str(dialog.joined)))  # fmt: skip

    def new_event(self) -> None:
        dialog = NewEventDialog(self.window)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            station = dialog.create_event(self._shown().station.name, self.settings.staff_name)
            if station is not None:
                self.show(station)
                return


def run_gui(db_path: Path, *, db_given: bool, demo: bool = False) -> int:
    """The desk on `db_path`. With no event file there, the person is asked to join one or to open the demo
    (`demo`: the demo is made without asking, as `make run` wants)."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANISATION)
    error_hook.route_qt_messages()  # first: loading the sounds and the camera makes Qt talk
    identify(app)
    desk = DeskApp(QSettings(ORGANISATION, APPLICATION), sync=SyncOptions())
    with app_log.hooks(desk.reporter), collecting_on_gui_thread(app):
        path = event_file(db_path, db_given, desk.settings)
        if not path.exists() and not demo and not start_without_event(path, db_given=db_given):
            return EXIT_CANNOT_OPEN
        try:
            station = open_station(path, desk.settings, demo_if_missing=demo or not db_given)
        except messages.OPEN_ERRORS as error:
            plain.critical(
                None, QCoreApplication.translate("app", "Cannot open"), messages.cannot_open(error, str(path))
            )
            return EXIT_CANNOT_OPEN
        desk.show(station)
        desk.ask_staff()
        code = app.exec()
        StationSync.finish_stopping()
        return code


def start_without_event(path: Path, *, db_given: bool) -> bool:
    """The app starts where there is no event file yet: it may be joined from a station on the network into
    `path`. On a first run (no `--db`) the demo event is the other choice; a file named on the command line
    is never invented. True when `path` may be opened now (joined, or the demo is to be made there)."""
    while True:
        box = plain.message_box(QMessageBox.Icon.Question, QCoreApplication.translate("app", "No event yet"), (
            QCoreApplication.translate("app", "There is no event file at {path}. Join an event from one of its stations on the network into it, or check the name (the demo and new commands create an event).")
            if db_given else QCoreApplication.translate("app", "This computer has no event yet. Join an event from one of its stations on the network, or open the demo event to try the desk.")
        ).format(path=path))  # fmt: skip
        join = box.addButton(
            QCoreApplication.translate("app", "Join an event on the network…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        other = box.addButton(
            QCoreApplication.translate("app", "Close")
            if db_given
            else QCoreApplication.translate("app", "Open the demo event"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(join if db_given else other)
        box.setEscapeButton(other)
        box.exec()
        if box.clickedButton() is not join:
            return not db_given
        path.parent.mkdir(parents=True, exist_ok=True)
        dialog = JoinDialog(path, fixed_target=True)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return True

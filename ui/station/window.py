"""What the reception desk's window and a session's door window share.

One input that always has the focus, the verdict banner, the results under it, dialogs that give the focus
back to the input, the start of a shift, the webcam pane (F8), the status bar with the desk's role, the
Organiser menu and the automatic backups. Each window builds its own controller (a `StationController`) and
its own layout, then calls `_connect_search` and `_start`. When the app syncs with other stations, the
menu bar's corner shows how (`SyncStatusChip`) and the Stations on the network dialog is a click away.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from time import monotonic

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from checkin.changes import Changes
from checkin.errors import UserError
from checkin.station import SearchHit, Station
from ui import labels, messages
from ui.auto_backup import AutoBackup
from ui.camera import CameraPane
from ui.organiser.menu import OrganiserMenu
from ui.results_view import ResultsView
from ui.settings import DeskSettings
from ui.sound import Sounds
from ui.station.controller import StationController
from ui.station.stations_dialog import StationsDialog
from ui.station.sync import StationSync
from ui.station.sync_status import SyncStatusChip
from ui.widgets import theme
from ui.widgets.banner import BannerView, VerdictBanner, for_error, no_camera
from ui.widgets.dialogs import ShiftDialog
from ui.widgets.plain import plain_label, rich, rich_label, tooltip
from ui.widgets.scan_guard import GuardedDialog
from ui.widgets.scan_input import ScanInput
from ui.widgets.theme import Tone


class StationWindow(QMainWindow):
    settings_changed = Signal(object)
    """The station's `DeskSettings` after the staff changed them (the app saves them)."""
    closed = Signal()
    """The window closed (the app stops syncing when it was not swapped for another window)."""

    def __init__(
        self, station: Station, settings: DeskSettings, controller: StationController, sync: StationSync | None,
    ) -> None:  # fmt: skip
        """`controller` is made without a parent: the window takes it as its child. `sync`: the app's sync
        with other stations, shown in the menu bar's corner (None: this app does not sync)."""
        super().__init__()
        self.station, self.settings = station, settings
        self.controller = controller
        self.sync = sync
        controller.setParent(self)
        self.input = ScanInput()
        self.input.check_codes_with(station.is_code)
        self.banner = VerdictBanner()
        self.results = ResultsView(controller.results)
        self.camera = CameraPane(self)
        self.auto_backup = AutoBackup(station.backups, self)
        self.organiser = OrganiserMenu(
            station, self.auto_backup, self._dialog, self, self.selected_codes, self.look_for_changes
        )
        self.status = rich_label()  # bold words; the station's, staff's and file's names escaped
        self.statusBar().addWidget(self.organiser.role)
        self.statusBar().addWidget(self.status, 1)
        self.backup_notice = plain_label()
        self.backup_notice.setStyleSheet(theme.BACKUP_FAILED_STYLE)
        self.backup_notice.setVisible(False)
        self.statusBar().addPermanentWidget(self.backup_notice)
        self.notice = plain_label()
        self.statusBar().addPermanentWidget(self.notice)
        self.sync_status = SyncStatusChip()
        self.stations_action = self._action("", self.show_stations)
        if sync is not None:
            # In the menu bar's free corner, not the status bar: at 1366 px the status bar is full with the
            # desk's own line, and the alone warning must be read whole (about 600 px in Polish).
            self.menuBar().setCornerWidget(self.sync_status, Qt.Corner.TopRightCorner)
            self.sync_status.show_state(sync.state())
            sync.updated.connect(self.sync_status.show_state)
            self.sync_status.clicked.connect(self.show_stations)
        self.stations_action.setVisible(sync is not None)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(theme.STATUS_REFRESH_MS)
        self._refresh_timer.timeout.connect(self.look_for_changes)
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(theme.BANNER_AGE_TICK_MS)
        self._age_timer.timeout.connect(lambda: self.age_banner(monotonic()))

    def selected_hit(self) -> SearchHit | None:
        """The guest selected in the results (the list selects one at most)."""
        return self.controller.results.hit(self.results.selected_row())

    def selected_codes(self) -> tuple[str, ...]:
        """The code of the guest selected in the results; none when none is."""
        hit = self.selected_hit()
        return (hit.attendee.code,) if hit else ()

    def _connect_search(self) -> None:
        """Typing searches, ↑ ↓ move in the results, a double click or a webcam read scans."""
        self.input.textEdited.connect(self.controller.search)
        self.input.textEdited.connect(self._typing_began)
        self.input.moved.connect(self.results.move_selection)
        self.results.picked.connect(self._scan_row)
        self.controller.banner.connect(self.banner.show_view)
        self.controller.select.connect(self.results.select_row)
        self.controller.cleared.connect(self._clear_input)
        self.camera.scanner.code_found.connect(self.controller.scan)

    def _start(self, sounds: Sounds) -> None:
        """The last step of building: the Organiser menu last in the menu bar, the size, following other
        stations, backups, texts in the user's language."""
        self.menuBar().addMenu(self.organiser)
        self.controller.changed.connect(self._on_changes)
        self.auto_backup.failed.connect(self._backup_failed)
        self.auto_backup.succeeded.connect(lambda: self.backup_notice.setVisible(False))
        self.setMinimumSize(*theme.MIN_WINDOW_SIZE)
        self.resize(*theme.DEFAULT_WINDOW_SIZE)
        self._refresh_timer.start()
        self._age_timer.start()
        self.auto_backup.start()
        self.retranslate()
        if not sounds.available:
            self.notice.setText(QCoreApplication.translate("StationWindow", "No sound or camera"))
            self.notice.setToolTip(tooltip(QCoreApplication.translate(
                "StationWindow", "QtMultimedia could not load: install PySide6-Addons and libpulse0 (see README)."
            )))  # fmt: skip

    def retranslate(self) -> None:
        """Every text in the user's language; a window's own override calls this one too. A verdict on the
        banner keeps its words; the ready view, there for hours, takes the new language."""
        self.organiser.retranslate()
        self.stations_action.setText(QCoreApplication.translate("StationWindow", "Stations on the network…"))
        if self.banner.tone is Tone.IDLE:
            self.banner.show_view(self.ready_view())

    def refresh_status(self) -> None:
        raise NotImplementedError

    def look_for_changes(self) -> None:
        """Every few seconds, and at once after this desk's own work on a worker thread rewrote the file (a
        purge): a file another program took away is said in red at once (every write is refused from then
        on); otherwise what other stations wrote to it is shown."""
        if self.station.file_replaced():
            self.show_failure(UserError("event_file_replaced", "", path=str(self.station.path)))
            return
        if not self.station.changed_elsewhere():
            return
        if self.station.take_rewritten():  # another desk purged or restored the file
            self._event_rewritten()
        self._follow_other_stations()

    def show_failure(self, error: BaseException, log: Path | None = None) -> None:
        """An error nothing else caught, in red on the banner, in the user's language; `log`: the log file
        its traceback went to."""
        self.banner.show_view(for_error(messages.failure(error, self.station.path, log)))

    def _follow_other_stations(self) -> None:
        """Another process wrote to the event file: show what it wrote."""
        raise NotImplementedError

    def _on_changes(self, changes: Changes) -> None:
        """A write of this station, whichever dialog or key made it: after a purge or a restore nothing read
        from the event before may stay in sight."""
        if changes.rewritten:
            self._event_rewritten()

    def _event_rewritten(self) -> None:
        """A purge or a restore at this station: nothing read from the event before may stay in sight (names
        on the banner, in the list, a guest kept for undo)."""
        raise NotImplementedError

    def _action(
        self, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    # --- results and input --------------------------------------------------------------------------------

    def _scan_row(self, row: int) -> None:
        hit = self.controller.results.hit(row)
        if hit is not None:
            self.controller.scan(hit.attendee.id)
        self.input.setFocus()

    def age_banner(self, now: float) -> None:
        """Say how old the verdict is; once nothing happened for `BANNER_QUIET_S`, step back to ready."""
        if self.banner.tone is Tone.IDLE:
            return
        elapsed = now - self.banner.shown_at
        # A guest held for the staff's answer gets longer, then is let go: never admitted by a stray Enter.
        if elapsed >= theme.BANNER_QUIET_S * (theme.ANSWER_WAIT_FACTOR if self.awaits_answer() else 1):
            self._step_back()
        elif elapsed >= theme.BANNER_AGE_SHOWN_AFTER_S:
            self.banner.age.setText(labels.age(elapsed))

    def _typing_began(self, text: str) -> None:
        """Typing for the next guest (a scanner's first key, a name) takes the last verdict off the banner."""
        if text and self.banner.tone is not Tone.IDLE and not self.awaits_answer():
            self._step_back()

    def awaits_answer(self) -> bool:
        """A guest on the banner waits for the staff's answer (the door's admit or send away): the banner
        stays until it is given."""
        return False

    def _step_back(self) -> None:
        self.banner.show_view(self.ready_view())
        self.controller.banner_cleared()

    def ready_view(self) -> BannerView:
        """What the banner shows while the station waits for the next guest."""
        raise NotImplementedError

    def _clear_input(self) -> None:
        self.input.clear()
        self.controller.search("")

    # --- actions ------------------------------------------------------------------------------------------

    def _dialog(self, dialog: QDialog) -> bool:
        """Run a dialog; afterwards the input has the focus again, ready for the next scan. A badge scanned
        into a form meanwhile is left out of it (`GuardedDialog`)."""
        if isinstance(dialog, GuardedDialog):
            dialog.refuse_codes(self.station.is_code)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.activateWindow()
        self.input.setFocus()
        return accepted

    def start_shift(self) -> None:
        dialog = ShiftDialog(self.settings.staff_name, self)
        if self._dialog(dialog) and dialog.staff.text().strip():
            self.settings.staff_name = self.station.staff = dialog.staff.text().strip()
            self.settings_changed.emit(self.settings)
            self.refresh_status()

    def show_stations(self) -> None:
        if self.sync is not None:
            self._dialog(StationsDialog(self.sync, self.organiser.as_organiser, self))

    def toggle_camera(self) -> None:
        """F8 shows or hides the webcam pane; codes it reads go the same way as a USB scanner's."""
        if not self.camera.toggle(QCoreApplication.translate("StationWindow", "Camera scanner")):
            self.banner.show_view(no_camera())

    # --- status -------------------------------------------------------------------------------------------

    def _backup_failed(self, reason: str) -> None:
        """Quiet, but in sight until a later snapshot works: the desk goes on checking in meanwhile."""
        self.backup_notice.setText(QCoreApplication.translate("StationWindow", "Backup failed"))
        self.backup_notice.setToolTip(tooltip(QCoreApplication.translate(
            "StationWindow", "The last automatic backup failed ({reason}). The desk tries again every minute; check that the disk has space."
        ).format(reason=reason)))  # fmt: skip
        self.backup_notice.setVisible(True)

    def _show_status(self, station: str, details: Sequence[str] = ()) -> None:
        """The status bar: this station (`station`, rich text), the staff, `details`, and the event file."""
        parts = [
            station,
            rich(
                QCoreApplication.translate("StationWindow", "Staff: <b>{staff}</b>"),
                staff=self.station.staff or "—",
            ),
            *details,
            rich(
                QCoreApplication.translate("StationWindow", "File: {file}"), file=Path(self.station.path).name
            ),
        ]
        self.status.setText(" &nbsp;·&nbsp; ".join(parts))
        self.status.setToolTip(tooltip(str(self.station.path)))
        self.organiser.show_role()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._refresh_timer.stop()
        self._age_timer.stop()
        self.auto_backup.stop()
        self.organiser.auto_lock.stop()  # a window swapped out stays alive a while: its timer must not lock
        self.camera.stop()
        if self.isVisible():  # once: a window may be closed again later
            self.controller.detach()
            if self.sync is not None:
                self.sync.updated.disconnect(self.sync_status.show_state)
        super().closeEvent(event)
        self.closed.emit()

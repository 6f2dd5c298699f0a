"""The door window: one session's entrance. The same input and banner as the desk, the session's live
numbers above them, and the staff's answer (admit, override, send away) under the banner when one is due."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from checkin.domain import SessionCounts
from checkin.station import Station
from ui import labels
from ui.door import verdicts
from ui.door.controller import DoorController
from ui.door.header import CountTiles, SessionHeader
from ui.settings import DeskSettings
from ui.sound import Sounds
from ui.station.sync import StationSync
from ui.station.window import StationWindow
from ui.widgets import theme
from ui.widgets.banner import BannerView
from ui.widgets.dialogs import OverrideDialog
from ui.widgets.plain import plain_label, rich


class DoorWindow(StationWindow):
    desk_requested = Signal()
    """Back to the reception desk (the app forgets the door and swaps windows)."""
    change_session_requested = Signal()
    """The staff want another session's door (the app asks which)."""

    controller: DoorController

    def __init__(
        self, station: Station, session_id: int, settings: DeskSettings, sounds: Sounds,
        sync: StationSync | None = None,
    ) -> None:  # fmt: skip
        super().__init__(station, settings, DoorController(station, session_id, sounds), sync)
        self.header = SessionHeader()
        self.mode_button = self._mode_button()
        self.tiles = CountTiles()
        self.not_today = plain_label(wrap=True)
        self.not_today.setStyleSheet(theme.DOOR_NOT_TODAY_STYLE)
        self.accept_button, self.decline_button = self._big_button(), self._big_button()
        self.offer_row = QWidget()
        self._layout()
        self._actions()
        self._connect()
        self._start(sounds)
        self._show_offer(None)
        self.banner.show_view(verdicts.idle(exit_mode=False))

    # --- building -----------------------------------------------------------------------------------------

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.mode_button)
        offers = QHBoxLayout(self.offer_row)
        offers.setContentsMargins(0, 0, 0, 0)
        offers.addWidget(self.accept_button, 1)
        offers.addWidget(self.decline_button, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        for widget in (self.tiles, self.not_today, self.input, self.banner, self.offer_row):
            layout.addWidget(widget)
        # The list gives way first: on a small screen the banner and the answers under it matter more.
        self.results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.results, 1)
        self.setCentralWidget(central)
        self._column = layout

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A low window gives the session's title fewer lines, so that the banner and the answers fit."""
        super().resizeEvent(event)
        compact = event.size().height() < theme.DOOR_COMPACT_BELOW_HEIGHT
        lines = theme.DOOR_COMPACT_TITLE_LINES if compact else theme.DOOR_TITLE_LINES
        if lines != self.header.title_lines:
            self.header.set_title_lines(lines)
            self._column.activate()  # now, not at the next pass: no frame drawn overlapping

    def _mode_button(self) -> QPushButton:
        """Entry or exit, big and coloured: F4 or a click switches."""
        button = self._big_button()
        button.setCheckable(True)
        button.setMinimumWidth(theme.DOOR_MODE_MIN_WIDTH)
        button.toggled.connect(self._set_exit_mode)
        return button

    @staticmethod
    def _big_button() -> QPushButton:
        """Never takes the focus: the input keeps it, so the next scan works whatever was clicked."""
        button = QPushButton()
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(theme.DOOR_BUTTON_MIN_HEIGHT)
        font = QFont()
        font.setPointSize(theme.DOOR_BUTTON_POINT_SIZE)
        button.setFont(font)
        return button

    def _actions(self) -> None:
        self.mode_action = self._action("F4", self.mode_button.toggle)
        self.camera_action = self._action("F8", self.toggle_camera)
        self.change_action = self._action("Ctrl+D", self.change_session_requested.emit)
        self.desk_action = self._action("Ctrl+Shift+D", self.desk_requested.emit)
        self.shift_action = self._action("Ctrl+Shift+S", self.start_shift)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.door_menu = self.menuBar().addMenu("")
        self.door_menu.addActions([self.mode_action, self.camera_action, self.shift_action])
        self.door_menu.addSeparator()
        self.door_menu.addActions([self.change_action, self.desk_action, self.stations_action])
        self.door_menu.addSeparator()
        self.door_menu.addAction(self.quit_action)

    def _connect(self) -> None:
        self._connect_search()
        self.input.submitted.connect(self._submitted)
        self.input.escaped.connect(self.controller.dismiss)
        self.accept_button.clicked.connect(self.accept_offer)
        self.decline_button.clicked.connect(self.controller.dismiss)
        self.controller.offer.connect(self._show_offer)
        self.controller.counts.connect(self._show_counts)

    def retranslate(self) -> None:
        self.input.setPlaceholderText(self.tr("Scan a badge or type a name…"))
        self.door_menu.setTitle(self.tr("&Door"))
        self.mode_action.setText(self.tr("Entry / exit"))
        self.camera_action.setText(self.tr("Camera scanner"))
        self.shift_action.setText(self.tr("Start of shift…"))
        self.change_action.setText(self.tr("Change session…"))
        self.desk_action.setText(self.tr("Back to the reception desk"))
        self.quit_action.setText(self.tr("Quit"))
        self.results.retranslate()
        super().retranslate()
        self._show_mode()
        self.controller.refresh()
        self.refresh_status()

    # --- scanning and the staff's answers -----------------------------------------------------------------

    def _submitted(self, text: str) -> None:
        """Enter on an empty field answers the pending guest; with text it is a scan or a name."""
        if text.strip():
            self.controller.submit(text, self.results.selected_row())
        else:
            self.accept_offer()

    def accept_offer(self) -> None:
        """Admit the pending guest, or for a full session ask why first (no reason, no override)."""
        pending = self.controller.pending
        if pending is None or pending.attendee is None:
            return
        offer = verdicts.offer(pending)  # the one the buttons show: the controller emitted it for `pending`
        if offer is None:
            return
        if not offer.needs_reason:
            self.controller.admit()
            return
        question = self.tr("{session} is full. Let {name} in anyway?").format(
            session=pending.session.title, name=labels.display_name(pending.attendee)
        )
        dialog = OverrideDialog(question, self)
        if self._dialog(dialog):
            self.controller.override(dialog.reason.text())

    def _show_offer(self, offer: verdicts.Offer | None) -> None:
        self.offer_row.setVisible(offer is not None)
        if offer is not None:
            self.accept_button.setText(offer.accept)
            self.decline_button.setText(offer.decline)

    def _set_exit_mode(self, exit_mode: bool) -> None:
        self.controller.set_exit_mode(exit_mode)
        self._show_mode()
        self.input.setFocus()

    def _show_mode(self) -> None:
        exit_mode = self.mode_button.isChecked()
        self.mode_button.setText(self.tr("EXIT (F4)") if exit_mode else self.tr("ENTRY (F4)"))
        self.mode_button.setStyleSheet(theme.DOOR_EXIT_STYLE if exit_mode else theme.DOOR_ENTRY_STYLE)

    def _show_counts(self, counts: SessionCounts) -> None:
        """The numbers, and the session itself: another station may have renamed it or moved its room."""
        session = counts.session
        date = self.station.programme.date_of(session)
        self.setWindowTitle(
            self.tr("Door: {session} — {event}").format(session=session.title, event=self.station.event.name)
        )
        self.header.show_session(session, date)
        self.tiles.show_counts(counts)
        self.not_today.setText(
            self.tr("This session is on {date}, not today: scans are still recorded for it.").format(
                date=labels.date(date)
            )
        )
        self.not_today.setVisible(self.station.event_day_today() != date)

    def _follow_other_stations(self) -> None:
        """Another door of the same room, or a desk changing sign-ups, moves the numbers here too (and a PIN
        set or restored elsewhere, the role)."""
        self.controller.refresh()
        self.refresh_status()

    def awaits_answer(self) -> bool:
        return self.controller.pending is not None

    def ready_view(self) -> BannerView:
        return verdicts.idle(exit_mode=self.mode_button.isChecked())

    def _event_rewritten(self) -> None:
        self.controller.set_exit_mode(self.mode_button.isChecked())  # no guest left waiting for an answer
        self._clear_input()
        self.controller.refresh()
        self.refresh_status()

    def refresh_status(self) -> None:
        self._show_status(rich(self.tr("Station: <b>{station}</b>"), station=self.station.name))

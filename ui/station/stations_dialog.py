"""File → Stations on the network: the other stations with their state and last sync, a station added by its
address, and (organiser only) a pairing code that lets a new laptop join the event from this one."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import UserError
from checkin.replication.replica import PAIRING_MINUTES
from checkin.sync.addresses import DEFAULT_PORT
from ui import messages
from ui.station.sync import StationSync, SyncState
from ui.station.sync_status import last_sync, peer_state
from ui.widgets import theme
from ui.widgets.plain import plain_label, rich, rich_label, tooltip

AsOrganiser = Callable[[Callable[[], object]], object]
"""The window's way to run an organiser function: the PIN first in reception (`OrganiserMenu.as_organiser`)."""


class StationsDialog(QDialog):
    """Refreshed with every `StationSync.updated` while open; the window's `_dialog` runs it."""

    def __init__(self, sync: StationSync, as_organiser: AsOrganiser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync, self._as_organiser = sync, as_organiser
        self.setWindowTitle(self.tr("Stations on the network"))
        self.resize(*theme.STATIONS_DIALOG_SIZE)
        self.here = rich_label(wrap=True)  # bold words; names and addresses escaped
        self.table = self._table()
        self.address = QLineEdit()
        self.address.setMaxLength(theme.PEER_ADDRESS_MAX_CHARS)
        self.address.setPlaceholderText(self.tr("for example 192.168.1.20:{port}").format(port=DEFAULT_PORT))
        self.add = QPushButton(self.tr("Add"))
        self.add.setDefault(True)  # Enter in the address adds it; Esc closes
        self.add.clicked.connect(self.add_peer)
        self.note = plain_label(wrap=True)
        self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
        self.note.setVisible(False)
        self.pair = QPushButton(self.tr("Show a pairing code…"))
        self.pair.setAutoDefault(False)
        self.pair.clicked.connect(lambda: self._as_organiser(self.show_pairing_code))
        self.code = plain_label()
        font = QFont()
        font.setPointSize(theme.PAIRING_CODE_POINT_SIZE)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_address = QLineEdit()  # read-only: selectable and copyable
        self.join_address.setReadOnly(True)
        self.code_note = plain_label(wrap=True)
        self._layout()
        self._show(sync.state())
        sync.updated.connect(self._show)

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Station"), self.tr("Address"), self.tr("State"), self.tr("Last sync")]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.setWordWrap(True)
        return table

    def _layout(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(plain_label(self.tr("Another station's address:")))
        adding.addWidget(self.address, 1)
        adding.addWidget(self.add)
        pairing = QGroupBox(self.tr("A new laptop for this event"))
        inside = QVBoxLayout(pairing)
        inside.addWidget(plain_label(self.tr(
            "A new laptop receives the whole event from this station with a pairing code (organiser only). The code works for {minutes} minutes."
        ).format(minutes=PAIRING_MINUTES), wrap=True))  # fmt: skip
        for widget in (self.pair, self.code, self.join_address, self.code_note):
            inside.addWidget(widget)
        for widget in (self.code, self.join_address, self.code_note):
            widget.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.here)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.note)
        layout.addWidget(pairing)
        layout.addWidget(buttons)
        self.address.setFocus()

    # --- showing ------------------------------------------------------------------------------------------

    def _show(self, state: SyncState) -> None:
        addresses = self.sync.addresses_for_others()
        self.here.setText(self._here(state, addresses))
        self.pair.setEnabled(bool(addresses))
        peers = state.status.peers
        self.table.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            cells = (peer.name, peer.address or "—", peer_state(peer), last_sync(peer))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                self.table.setItem(row, column, item)

    def _here(self, state: SyncState, addresses: list[str]) -> str:
        """This station's name and where others reach it (or why they cannot), and a word when alone."""
        name = self.sync.station.name
        if addresses:
            lines = [rich(self.tr("This station: <b>{name}</b>, at {addresses}"), name=name,
                          addresses=", ".join(addresses))]  # fmt: skip
        else:
            lines = [rich(self.tr("This station: <b>{name}</b>"), name=name),
                     html.escape(state.problem or self.tr("Sync is not running."))]  # fmt: skip
        if not any(peer.connected for peer in state.status.peers):
            lines.append(self.tr(
                "<b>Alone:</b> no other station connected — changes will be sent when connected. Stations of this event on the same network appear by themselves; add one by its address if it does not."
            ))  # fmt: skip
        return "<br>".join(lines)

    # --- actions ------------------------------------------------------------------------------------------

    def add_peer(self) -> None:
        try:
            self.sync.add_peer(self.address.text())
        except UserError as error:  # bad_address
            self._show_note(messages.describe(error))
            return
        self._show_note("")
        self.address.clear()

    def show_pairing_code(self) -> None:
        """A fresh code (the one shown before stops working), this station's address, and what to do on
        the new laptop: its Join an event on the network window (`join_dialog`) lists this station."""
        addresses = self.sync.addresses_for_others()
        try:
            self.sync.station.roles.require_organiser()
            code = self.sync.station.replica.new_pairing_code()
        except UserError as error:
            self._show_note(messages.describe(error))
            return
        until = (datetime.now() + timedelta(minutes=PAIRING_MINUTES)).strftime("%H:%M")
        self.code.setText(code)
        self.join_address.setText(", ".join(addresses))
        self.join_address.setCursorPosition(0)
        self.code_note.setText(self.tr(
            "On the new laptop choose File → Join an event on the network…, pick this station ({name}) or type its address shown above, and type this pairing code. The code works until {time}; a laptop that typed it wrong three times waits before its next try."
        ).format(name=self.sync.station.name, time=until))  # fmt: skip
        for widget in (self.code, self.join_address, self.code_note):
            widget.setVisible(True)

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def done(self, result: int) -> None:
        """No more updates once closed: the dialog stays a child of the window."""
        self.sync.updated.disconnect(self._show)
        super().done(result)

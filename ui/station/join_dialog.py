"""File → Join an event on the network: a laptop receives an event from one of its stations, without a
command line.

The stations heard on the network (`checkin.sync.finding`) are listed live, with their event; a click (or
the only one heard) fills in the address, which can also be typed. The person types the pairing code the
other station shows (Stations on the network → Show a pairing code…), and Join runs `Joining` on a worker
thread: the window says each stage and the bytes received, Cancel stops it with nothing written, and on
success the dialog is accepted with `joined` naming the new event file, which the app opens.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import UserError
from checkin.output_files import refuse_new_event_file
from checkin.sync.addresses import DEFAULT_PORT, format_address, parse_address
from checkin.sync.finding import FoundStation, OnFound, OnLost, StationFinder
from checkin.sync.joining import JoinCancelled, Joining, JoinProgress, JoinStage
from checkin.sync.pairing import normalised_code
from ui import messages
from ui.widgets import files, theme
from ui.widgets.dialogs import enable_default
from ui.widgets.plain import plain_label, tooltip

log = logging.getLogger(__name__)

JOINED_FILE_STEM = "joined-event"
"""The new event file's suggested name, numbered when taken; the organiser may choose another."""
KB = 1024
MB = 1024 * 1024


class Finder(Protocol):
    """What the dialog uses of `StationFinder` (tests browse loopback only)."""

    def start(self) -> None: ...
    def close(self) -> None: ...


FinderFactory = Callable[[OnFound, OnLost], Finder]


def lan_finder(on_found: OnFound, on_lost: OnLost) -> Finder:
    return StationFinder(on_found, on_lost)


def suggested_file(folder: Path) -> Path:
    """A free name for the joined event in `folder`."""
    candidate, number = folder / f"{JOINED_FILE_STEM}.sqlite", 2
    while candidate.exists():
        candidate, number = folder / f"{JOINED_FILE_STEM}-{number}.sqlite", number + 1
    return candidate


class _Bridge(QObject):
    """Hands the finder's and the join's reports from their threads to the dialog's (queued signals)."""

    found = Signal(object)
    lost = Signal(str)
    progressed = Signal(object)
    finished = Signal(object)
    """None when joined, else the exception that ended the join."""


class JoinDialog(QDialog):
    def __init__(
        self, target: Path, parent: QWidget | None = None, *, fixed_target: bool = False,
        finder: FinderFactory = lan_finder, own_addresses: Collection[str] = (),
    ) -> None:  # fmt: skip
        """`target`: the new event file suggested (`fixed_target`: the one the app was started with).
        `own_addresses`: where this laptop's own desk serves its current event, left out of the list."""
        super().__init__(parent)
        self._own = set(own_addresses)
        self.joined: Path | None = None
        """The new event file, once joined."""
        self._joining: Joining | None = None
        self._stations: dict[str, FoundStation] = {}
        self._bridge = _Bridge(self)
        self.setWindowTitle(self.tr("Join an event on the network"))
        self.resize(*theme.JOIN_DIALOG_SIZE)
        self.intro = plain_label(self.tr(
            "This laptop receives the whole event from one of its stations. On that station, choose File → Stations on the network… → Show a pairing code… (organiser PIN); then choose the station below, or type the address it shows, and type its code."
        ), wrap=True)  # fmt: skip
        self.table = self._table()
        self.looking = plain_label(wrap=True)
        self.address = QLineEdit()
        self.address.setMaxLength(theme.PEER_ADDRESS_MAX_CHARS)
        self.address.setPlaceholderText(self.tr("for example 192.168.1.20:{port}").format(port=DEFAULT_PORT))
        self.code = QLineEdit()
        self.code.setMaxLength(theme.PAIRING_CODE_MAX_CHARS)
        self.code.setPlaceholderText(self.tr("like K7PQ-4X2M"))
        self.target = QLineEdit(str(target))
        self.target.setReadOnly(fixed_target)
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.setAutoDefault(False)
        self.browse.setVisible(not fixed_target)
        self.browse.clicked.connect(self._choose_target)
        self.stage = plain_label(wrap=True)
        self.progress = QProgressBar()
        self.note = plain_label(wrap=True)
        self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = buttons.addButton(self.tr("Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.join_button, self.cancel_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing never presses a button
        buttons.accepted.connect(self.start_join)
        buttons.rejected.connect(self.reject)
        self._layout(buttons)
        self._connect()
        self._show_stations()
        self._update()
        self.address.setFocus()
        self._finder = finder(self._bridge.found.emit, self._bridge.lost.emit)
        self._finder.start()

    def _table(self) -> QTableWidget:
        table = QTableWidget(0, 3)
        table.setHorizontalHeaderLabels([self.tr("Event"), self.tr("Station"), self.tr("Address")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _layout(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(plain_label(self.tr("Station's address")), self.address)
        form.addRow(plain_label(self.tr("Pairing code")), self.code)
        saving = QHBoxLayout()
        saving.addWidget(self.target, 1)
        saving.addWidget(self.browse)
        form.addRow(plain_label(self.tr("Save the event as")), saving)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(plain_label(self.tr("Stations found on this network:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.looking)
        layout.addLayout(form)
        for widget in (self.stage, self.progress, self.note):
            layout.addWidget(widget)
            widget.setVisible(False)
        layout.addWidget(buttons)
        self.setTabOrder(self.address, self.code)
        self.setTabOrder(self.code, self.table)

    def _connect(self) -> None:
        self._bridge.found.connect(self._found)
        self._bridge.lost.connect(self._lost)
        self._bridge.progressed.connect(self._progressed)
        self._bridge.finished.connect(self._finished)
        self.table.itemSelectionChanged.connect(self._station_chosen)
        for edit in (self.address, self.code, self.target):
            edit.textChanged.connect(self._update)

    # --- the stations heard -------------------------------------------------------------------------------

    def _found(self, station: FoundStation) -> None:
        if station.address in self._own:
            return
        first = not self._stations
        self._stations[station.key] = station
        self._show_stations()
        # The usual case, one event's station heard while nothing was typed yet: it is chosen, and the
        # keyboard moves on to the code.
        if first and not self.address.text() and self.address.hasFocus() and self._joining is None:
            self.table.selectRow(0)

    def _lost(self, key: str) -> None:
        if self._stations.pop(key, None) is not None:
            self._show_stations()

    def _ordered(self) -> list[FoundStation]:
        # A station that names no event (an older version) goes last.
        return sorted(self._stations.values(),
                      key=lambda s: (not s.event, s.event.casefold(), s.name.casefold(), s.address))  # fmt: skip

    def _show_stations(self) -> None:
        chosen = self.address.text().strip()
        stations = self._ordered()
        self.table.blockSignals(True)  # rebuilding the rows is no choice of the person's
        self.table.setRowCount(len(stations))
        for row, station in enumerate(stations):
            for column, text in enumerate((station.event or "—", station.name, station.address)):
                item = QTableWidgetItem(text)
                item.setToolTip(tooltip(text))
                self.table.setItem(row, column, item)
            if station.address == chosen:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self.looking.setText(self.tr(
            "Looking for stations… If none appears (some networks hide them), type the address the station shows under Stations on the network."
        ) if not stations else "")  # fmt: skip
        self.looking.setVisible(not stations)

    def _station_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._joining is not None:
            return
        self.address.setText(self._ordered()[rows[0].row()].address)
        self.code.setFocus()

    # --- the form -----------------------------------------------------------------------------------------

    def _choose_target(self) -> None:
        path = files.save_file(self, self.tr("Save the event as"), self.tr("Event files (*.sqlite)"),
                               self.target.text())  # fmt: skip
        if path:
            self.target.setText(path if path.endswith(".sqlite") else f"{path}.sqlite")

    def _ready(self) -> bool:
        """Something to join: an address, a code that can be one, and a file to save it in."""
        try:
            parse_address(self.address.text())
            normalised_code(self.code.text())
        except UserError:
            return False
        return bool(self.target.text().strip())

    def _update(self) -> None:
        enable_default(self.join_button, self._joining is None and self._ready())

    # --- joining ------------------------------------------------------------------------------------------

    def start_join(self) -> None:
        """Join (Enter, or the button): only when there is something to join, and once at a time."""
        if self._joining is not None or not self._ready():
            return
        target = Path(self.target.text().strip())
        try:
            refuse_new_event_file(target)  # at once, before any network wait
        except UserError as error:
            self._show_note(messages.describe(error))
            return
        address = format_address(*parse_address(self.address.text()))
        self._joining = Joining(address, self.code.text(), target, self._bridge.progressed.emit)
        self._show_note("")
        self._set_editable(False)
        self._update()
        self._progressed(JoinProgress(JoinStage.PAIRING))
        joining, finished = self._joining, self._bridge.finished
        threading.Thread(target=_run, args=(joining, finished.emit), name="join", daemon=True).start()

    def _set_editable(self, editable: bool) -> None:
        """While a join runs, what it was started with stays as it was."""
        for widget in (self.address, self.code, self.target, self.browse, self.table):
            widget.setEnabled(editable)

    def _progressed(self, progress: JoinProgress) -> None:
        if self._joining is None:
            return
        self.stage.setVisible(True)
        self.progress.setVisible(True)
        self.stage.setText(self._stage_text(progress))
        if progress.stage is JoinStage.RECEIVING and progress.total:
            self.progress.setRange(0, max(1, progress.total // KB))
            self.progress.setValue(progress.received // KB)
        else:
            self.progress.setRange(0, 0)  # busy, no measure

    def _stage_text(self, progress: JoinProgress) -> str:
        if progress.stage is JoinStage.PAIRING:
            return self.tr("Checking the pairing code with {address}…").format(
                address=self._joining_address()
            )
        if progress.stage is JoinStage.PREPARING:
            return self.tr("The code is right; the station is preparing the event…")
        if progress.stage is JoinStage.RECEIVING:
            received = f"{progress.received / MB:.1f}"
            if progress.total:
                return self.tr("Receiving the event: {received} of {total} MB").format(
                    received=received, total=f"{progress.total / MB:.1f}"
                )
            return self.tr("Receiving the event: {received} MB").format(received=received)
        return self.tr("Checking the event file…")

    def _joining_address(self) -> str:
        return self._joining.address if self._joining is not None else ""

    def _finished(self, error: BaseException | None) -> None:
        joining, self._joining = self._joining, None
        if joining is None:
            return
        if error is None:
            self.joined = joining.target
            super().accept()
            return
        if isinstance(error, JoinCancelled):
            super().reject()
            return
        self.stage.setVisible(False)
        self.progress.setVisible(False)
        self._set_editable(True)
        self._show_note(self._failure(error))
        self._update()
        self.code.setFocus()
        self.code.selectAll()

    @staticmethod
    def _failure(error: BaseException) -> str:
        if isinstance(error, UserError):
            return messages.describe(error)
        return messages.failure(error)

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- closing ------------------------------------------------------------------------------------------

    def accept(self) -> None:
        """Enter: Join, never a plain close."""
        self.start_join()

    def reject(self) -> None:
        """Esc or Cancel: a join under way is stopped first (the dialog closes once it has)."""
        if self._joining is not None:
            self._joining.cancel()
            self.stage.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)
            return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.join_button.isEnabled():
            event.accept()  # nothing to join yet: Enter does nothing, and never closes the dialog
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._joining is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        finder = self._finder
        threading.Thread(target=finder.close, name="finder-close", daemon=True).start()  # takes a moment
        super().done(result)


def _run(joining: Joining, finished: Callable[[object], None]) -> None:
    """The join, on its own thread; how it ended goes back to the dialog."""
    try:
        joining.run()
    except Exception as error:  # every end is the dialog's to say
        if not isinstance(error, (UserError, JoinCancelled)):
            log.exception("joining failed")
        finished(error)
        return
    finished(None)

"""The window's word on sync, in the menu bar's corner: which stations this one is connected to, or a warning that it is alone.

Green with the connected stations' names; amber, in words, while no other station is connected (the desk
keeps working and sends its changes once one is). The tooltip lists every peer with its last sync; a click
opens the stations dialog.
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMenuBar, QWidget

from checkin.sync.status import PeerStatus
from ui.station.sync import SyncState
from ui.widgets import theme
from ui.widgets.plain import rich


def _problems() -> dict[str, str]:
    """The sync service's `problem_code`s in words (its English `problem` for a code not listed here)."""
    return {
        "unreachable": QCoreApplication.translate("sync", "not reachable"),
        "wrong_event": QCoreApplication.translate("sync", "a station of another event"),
        "copied_file": QCoreApplication.translate("sync", "holds a copy of this event file: join with a pairing code instead of copying the file"),
        "itself": QCoreApplication.translate("sync", "this station's own address"),
        "refused": QCoreApplication.translate("sync", "refused the exchange; retrying"),
        "busy": QCoreApplication.translate("sync", "its event file is busy; retrying"),
        "not_a_station": QCoreApplication.translate("sync", "does not answer like a check-in station"),
        "bad_answer": QCoreApplication.translate("sync", "its answer does not open with this event's key"),
        "bad_entries": QCoreApplication.translate("sync", "sent entries this station refuses"),
        "too_large": QCoreApplication.translate("sync", "sent an answer too large to accept"),
        "busy_here": QCoreApplication.translate("sync", "this station's event file is busy; retrying"),
        "failed": QCoreApplication.translate("sync", "the exchange failed; retrying"),
    }  # fmt: skip


def peer_problem(peer: PeerStatus) -> str:
    return _problems().get(peer.problem_code, peer.problem)


def last_sync(peer: PeerStatus) -> str:
    """The time of the peer's last good exchange as staff read it: 10:42:05 today, the date before that."""
    if peer.last_sync is None:
        return QCoreApplication.translate("sync", "never")
    try:
        when = datetime.fromisoformat(peer.last_sync).astimezone()
    except ValueError:
        return peer.last_sync
    today = when.date() == datetime.now().astimezone().date()
    return when.strftime("%H:%M:%S" if today else "%Y-%m-%d %H:%M")


def peer_state(peer: PeerStatus) -> str:
    if peer.connected:
        return QCoreApplication.translate("sync", "connected")
    problem = peer_problem(peer)
    if not problem:
        return QCoreApplication.translate("sync", "not connected")
    return QCoreApplication.translate("sync", "not connected: {problem}").format(problem=problem)


def alone_warning(*, short: bool = False) -> str:
    """The whole sentence; `short` for a narrow window (the whole one is then the chip's tooltip)."""
    if short:
        return QCoreApplication.translate("sync", "Alone: no other station connected")
    return QCoreApplication.translate(
        "sync", "Alone: no other station connected — changes will be sent when connected"
    )


class SyncStatusChip(QLabel):
    """Shows a `SyncState`; never takes the focus from the scan input."""

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.alone = True
        self._state: SyncState | None = None

    def show_state(self, state: SyncState) -> None:
        self._state = state
        connected = [peer for peer in state.status.peers if peer.connected]
        self.alone = not connected
        details = self._details(state)
        if self.alone:
            short = self.window().width() < theme.SYNC_WHOLE_WARNING_MIN_WIDTH
            text, style = "⚠ " + alone_warning(short=short), theme.SYNC_ALONE_STYLE
            details = html.escape(alone_warning()) + "<br>" + details
        else:
            text, style = self._connected_text(connected), theme.SYNC_CONNECTED_STYLE
        self.setToolTip(details)
        if (text, style) == (self.text(), self.styleSheet()):
            return
        self.setText(text)
        self.setStyleSheet(style)
        bar = self.parentWidget()
        if isinstance(bar, QMenuBar):
            bar.setCornerWidget(self, Qt.Corner.TopRightCorner)  # laid out again, as wide as the new text

    def showEvent(self, event: QShowEvent) -> None:
        self.window().installEventFilter(self)  # the warning's length follows the window's width
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._state is not None:
            self.show_state(self._state)
        return False

    @staticmethod
    def _connected_text(connected: list[PeerStatus]) -> str:
        shown = ", ".join(peer.name for peer in connected[: theme.SYNC_PEER_NAMES_SHOWN])
        more = len(connected) - theme.SYNC_PEER_NAMES_SHOWN
        if more > 0:
            shown = QCoreApplication.translate("sync", "{names} +{more}").format(names=shown, more=more)
        return QCoreApplication.translate("sync", "Connected: {stations}").format(stations=shown)

    @staticmethod
    def _details(state: SyncState) -> str:
        """Rich text: this station's address (or why others cannot reach it), then each peer."""
        listening = state.status.listening
        lines = []
        if state.problem:
            lines.append(html.escape(state.problem))
        elif listening:
            lines.append(html.escape(QCoreApplication.translate("sync", "This station listens on {address}.").format(address=listening)))  # fmt: skip
        lines += [
            rich(QCoreApplication.translate("sync", "<b>{station}</b> ({address}): {state}; last sync {time}"),
                 station=peer.name, address=peer.address or "—", state=peer_state(peer), time=last_sync(peer))
            for peer in state.status.peers
        ]  # fmt: skip
        if not state.status.peers:
            lines.append(html.escape(QCoreApplication.translate("sync", "No other station found yet.")))
        lines.append(html.escape(QCoreApplication.translate("sync", "Click for the stations on the network.")))  # fmt: skip
        return "<br>".join(lines)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)

"""What typing and Enter do at any station, the reception desk's or a session's door.

A USB scanner types the code: it is scanned at once. A name typed by hand lists the matching guests, best
first; Enter scans the selected one, and a guest who shares a name or an e-mail is never guessed. What a
scan does is the station's own (`DeskController` checks the guest in, `DoorController` lets them in).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from checkin import codes
from checkin.changes import Changes
from checkin.errors import UserError
from checkin.station import Station
from ui import messages
from ui.models import ResultsModel
from ui.sound import Sounds
from ui.widgets.banner import BannerView, for_error


class StationController(QObject):
    banner = Signal(object)
    """A `BannerView` to show."""
    select = Signal(int)
    """The result row to select (-1: none)."""
    cleared = Signal()
    """The input should be emptied (after an action)."""
    changed = Signal(Changes)
    """What a write of this station changed (a scan, an undo, a dialog's save): every view that shows the
    event asks whether it concerns it. Sent once control is back in the event loop, so that the verdict is on
    the banner before anything else reacts to the scan."""
    _commits = Signal(Changes)

    def __init__(self, station: Station, sounds: Sounds, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.sounds = sounds
        self.results = ResultsModel(self)
        self._query = ""
        self._commits.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        station.listen(self._committed)

    def banner_cleared(self) -> None:
        """The banner stepped back to ready: nothing acts on the guest it showed any more."""

    def detach(self) -> None:
        """Stop listening to the station (the window closed; the station may live on in another)."""
        self.station.unlisten(self._committed)

    def _committed(self, changes: Changes) -> None:
        self._commits.emit(changes)

    def search(self, text: str) -> None:
        self._query = text
        hits = self.station.search(text) if text.strip() else []
        self.results.set_hits(hits)
        self.select.emit(0 if hits and not hits[0].ambiguous else -1)

    def submit(self, text: str, selected_row: int) -> None:
        """Enter: a code is a scan; otherwise the selected result; a guest who shares a name or e-mail is never guessed."""
        # A 17-letter name typed by hand has the shape of a code too: only a valid code, or a code-shaped
        # string that matches nobody (a forged or foreign badge, shown red), is treated as a scan.
        if self.station.is_code(text) or (codes.looks_like_code(text) and self.results.rowCount() == 0):
            self.scan(text)
            return
        hit = self.results.hit(selected_row)
        if hit is not None:
            self.scan(hit.attendee.id)
        elif self.results.rowCount() == 0 and text.strip():
            self._show(self._not_found())
        elif self.results.rowCount() > 0:
            self._show(self._choose_guest())

    def scan(self, code_or_id: str | int) -> None:
        """A badge's code (scanner, camera, typed) or the id of the guest chosen in the results."""
        raise NotImplementedError

    def _not_found(self) -> BannerView:
        """What Enter says when the typed text finds nobody."""
        raise NotImplementedError

    def _choose_guest(self) -> BannerView:
        """What Enter says when namesakes are listed and none is selected."""
        raise NotImplementedError

    def _refused(self, error: UserError) -> None:
        """The core's refusal on the banner, in the user's language; the field is emptied for the next scan
        like after any verdict (a code left in it would be prefixed to the next one)."""
        self._show(for_error(messages.describe(error)))
        self.cleared.emit()

    def _show(self, view: BannerView) -> None:
        self.banner.emit(view)
        self.sounds.play(view.tone)

"""Organiser → Clear personal data: asked twice, a warning that says what goes and what stays, then the
event's name typed by hand (compared as `Privacy.purge` compares it: `privacy.confirms`)."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from checkin import privacy
from checkin.errors import UserError
from checkin.privacy import Purged
from checkin.station import Station
from ui import messages
from ui.background import on_station, run_under_note
from ui.widgets import plain
from ui.widgets.dialogs import FormDialog, enable_default


class PurgeNameDialog(FormDialog):
    """The second confirmation: OK is enabled only while the typed name is the event's."""

    def __init__(self, event_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Clear personal data"), parent)
        question = plain.rich_label(  # the name as typed: "Kongres <CUS> & Forum" must be typed as shown
            plain.rich(self.tr("To clear the personal data, type the name of the event:<br><b>{name}</b>"),
                       name=event_name), wrap=True,
        )  # fmt: skip
        self.form.addRow(question)
        self.name = self.line(self.tr("Event name"))
        self.ok.setText(self.tr("Clear the data"))
        enable_default(self.ok, False)
        self.name.textChanged.connect(
            lambda typed: enable_default(self.ok, privacy.confirms(typed, event_name))
        )


class PersonalDataClearing(QObject):
    """Both confirmations, the purge on a worker thread under a note, and what it cleared.

    The purge rewrites the whole file (a million guests: about a minute), so it runs on a station of its
    own: a window frozen that long is one Windows offers to end, and a kill then leaves the purge for the
    next desk to finish. This desk then reads the file again as it does after another desk's purge."""

    def __init__(self, station: Station, parent: QWidget) -> None:
        super().__init__(parent)
        self.station = station
        self._window = parent

    def run(self) -> bool:
        """False when the organiser cancelled, with nothing changed; True once the purge ran (or failed
        half-way: the window must read the event again either way)."""
        name = self.station.event.name
        if not self.warned(name):
            return False
        dialog = PurgeNameDialog(name, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        typed, opener = dialog.name.text(), self.station.opener()
        try:
            purged = run_under_note(
                self._window, self.tr("Clear personal data"), self.tr("Clearing the personal data…"),
                lambda: on_station(opener, lambda station: station.privacy.purge(typed)),
            )  # fmt: skip
        except UserError as error:
            title = (
                self.tr("Clearing not finished")
                if error.code == "purge_unfinished"
                else self.tr("Not cleared")
            )
            plain.warn(self._window, title, messages.describe(error))
        except (sqlite3.Error, OSError) as error:
            plain.warn(self._window, self.tr("Not cleared"), self.tr(
                "Clearing did not complete ({reason}). Close the other desks and programs that have the event file open, then clear the personal data again: that completes it."
            ).format(reason=error))  # fmt: skip
        else:
            self._report(purged)
        return True

    def warned(self, event_name: str) -> bool:
        """The first confirmation: what is removed for good, what is kept. Cancel is the default button."""
        box = plain.message_box(QMessageBox.Icon.Warning, self.tr("Clear personal data"),
                                self.tr("Clear all personal data of {event}?").format(event=event_name),
                                self._window)  # fmt: skip
        box.setInformativeText(self.tr(
            "Removed for good: every guest's name, title, position, organisation, city, e-mail, phone, notes and needs, their registration number and form answers, diet notes, the staff names and reasons in the log, and every backup of the event. Badges already printed no longer work at the desks.\n\nKept: the programme, the desks' names and the numbers: registered, expected and checked in per day and category, sign-ups and entries per session.\n\nThis cannot be undone. Export the attendance lists and certificates first, and close the other desks on this event."
        ))  # fmt: skip
        return messages.confirmed(box, self.tr("Continue…"))

    def _report(self, purged: Purged) -> None:
        lines = [
            self.tr("Guests cleared: {count}").format(count=purged.attendees),
            self.tr("Log rows cleared: {count}").format(count=purged.log_rows),
            self.tr("Backups deleted: {count}; a first backup of the cleared event was taken.").format(
                count=purged.backups_removed
            ),
        ]
        if not purged.wal_emptied:
            lines.append(self.tr(
                "Another desk or program still has the event file open: close it, so that the last traces of the cleared data leave the file."
            ))  # fmt: skip
        plain.inform(self._window, self.tr("Personal data cleared"), "\n".join(lines))

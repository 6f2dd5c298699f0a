"""Organiser → Restore a backup: the event's backups, newest first, with what each holds (guests, check-ins
per day of a short event, or in all for a long one), and the restore after a confirmation. A damaged backup
is listed as damaged and cannot be chosen.

What a restore means for the other desks is `Backups.restore`'s: they see the restored content at their
next look at the file (within seconds) and drop what they cached; a dialog open at one of them (the
programme editor) should be closed first. The current state is backed up before, so a restore can itself
be undone, and the organiser PIN becomes the backup's.

The restore runs on a worker thread with a station of its own, under a note (100,000 guests: seconds), and
this desk then follows it as the other desks do: `OrganiserMenu` has the window look at the file at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from checkin.backups import SNAPSHOT_INTERVAL, Backup, Reason, Restored, SnapshotCounts
from checkin.station import Station
from ui import labels, messages
from ui.background import on_station, run_under_note
from ui.widgets import plain, theme

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
DAY_COLUMNS_UP_TO = 3
"""An event of more days shows one column of check-ins over all of them: a column a day would not fit."""


def reason_label(reason: str) -> str:
    """Why a backup was taken, in words; a reason of a newer version of the app as it is written."""
    names: dict[str, str] = {
        Reason.AUTO: QCoreApplication.translate("backups", "automatic, during check-in"),
        Reason.MANUAL: QCoreApplication.translate("backups", "taken by hand"),
        Reason.BEFORE_IMPORT: QCoreApplication.translate("backups", "before an import of registrants"),
        Reason.BEFORE_PROGRAMME: QCoreApplication.translate("backups", "before a programme import"),
        Reason.BEFORE_RESTORE: QCoreApplication.translate("backups", "before a restore"),
        Reason.AFTER_PURGE: QCoreApplication.translate("backups", "after clearing the personal data"),
    }
    return names.get(reason, reason)


def taken_at(backup: Backup) -> str:
    return backup.taken_at.strftime(TIME_FORMAT)


class RestoreDialog(QDialog):
    """The backups in a table; Restore asks for a confirmation, then restores the one selected. The window
    reads `restored` once the dialog is accepted."""

    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.restored: Restored | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(*theme.RESTORE_DIALOG_SIZE)
        self.backups = station.backups.list_backups()
        self.counts = [station.backups.counts(backup) for backup in self.backups]
        days = station.event.days
        self.days = days if len(days) <= DAY_COLUMNS_UP_TO else ()
        self.table = self._table()
        minutes = int(SNAPSHOT_INTERVAL.total_seconds() // 60)
        note = plain.plain_label(self.tr(
            "A backup is taken every {minutes} minutes of check-in when something changed, and before every import and restore. Restoring one takes the whole event back to that moment, at every desk."
        ).format(minutes=minutes) if self.backups else self.tr("There are no backups of this event yet."), wrap=True)  # fmt: skip
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore…"))
        self._follow_selection()
        self.table.itemSelectionChanged.connect(self._follow_selection)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)

    def _table(self) -> QTableWidget:
        headers = [self.tr("Taken at"), self.tr("Why"), self.tr("Guests")]
        if self.days:
            headers += [
                self.tr("Checked in\n{day}").format(day=labels.day(n, iso))
                for n, iso in enumerate(self.days, start=1)
            ]
        else:
            headers.append(self.tr("Check-ins, all days"))
        table = QTableWidget(len(self.backups), len(headers))
        table.setHorizontalHeaderLabels(headers)
        for row, (backup, counts) in enumerate(zip(self.backups, self.counts, strict=True)):
            table.setItem(row, 0, QTableWidgetItem(taken_at(backup)))
            table.setItem(row, 1, QTableWidgetItem(reason_label(backup.reason)))
            for column, text in enumerate(self._numbers(counts), start=2):
                item = QTableWidgetItem(text)
                if counts is not None:  # numbers, one under another
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            if counts is None:
                table.setSpan(row, 2, 1, len(headers) - 2)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.doubleClicked.connect(self.accept)
        if self.backups:
            table.selectRow(0)
        return table

    def _numbers(self, counts: SnapshotCounts | None) -> list[str]:
        """The guests and check-in cells of one backup; one cell saying it is damaged."""
        if counts is None:
            return [self.tr("damaged: it cannot be restored")]
        if self.days:
            return [str(counts.guests), *(str(counts.on(day)) for day in self.days)]
        return [str(counts.guests), str(sum(n for _, n in counts.checked_in))]

    def chosen(self) -> Backup | None:
        """The selected backup; None when none is, or when the one selected is damaged."""
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.counts[rows[0].row()] is None:
            return None
        return self.backups[rows[0].row()]

    def _follow_selection(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def accept(self) -> None:
        backup = self.chosen()
        if backup is None or not self._confirmed(backup):
            return
        opener = self.station.opener()
        try:
            self.restored = run_under_note(
                self, self.tr("Restore a backup"), self.tr("Restoring the backup…"),
                lambda: on_station(opener, lambda station: station.backups.restore(backup.name)),
            )  # fmt: skip
        except messages.OPEN_ERRORS as error:
            plain.warn(self, self.tr("Not restored"), messages.cannot_open(error, backup.name))
            return
        super().accept()

    def _confirmed(self, backup: Backup) -> bool:
        box = plain.message_box(QMessageBox.Icon.Warning, self.tr("Restore a backup"),
                                self.tr("Restore the backup of {time} ({reason})?").format(
                                    time=taken_at(backup), reason=reason_label(backup.reason)),
                                self)  # fmt: skip
        box.setInformativeText(self.tr(
            "The whole event goes back to how it was then: check-ins, sign-ups, the programme and the organiser PIN. The current state is backed up first, so restoring that backup undoes this.\n\nOther desks on this event switch to the restored state by themselves within seconds. Close any dialog open at them (such as the programme editor) before you restore."
        ))  # fmt: skip
        return messages.confirmed(box, self.tr("Restore"))

    def report(self) -> str:
        """What the restore did, for the window to say once the dialog is closed."""
        assert self.restored is not None
        lines = [self.tr("The event is as it was at {time}.").format(time=taken_at(self.restored.backup))]
        if self.restored.previous is not None:
            lines.append(self.tr("What it held before is backed up as {name}; restoring that backup undoes this.")
                         .format(name=self.restored.previous.name))  # fmt: skip
        return "\n".join(lines)

"""The organiser's functions at a station window (desk or door): the Organiser menu, the role in the status
bar, the PIN asked first at a desk in reception, and the way back to reception.

The role is the Station's (`checkin.roles`): reception until the PIN unlocks this desk, organiser on an
event without a PIN. An organiser function triggered in reception asks for the PIN first, then goes on;
Cancel leaves everything as it was. An unlocked desk locks itself `theme.ORGANISER_AUTO_LOCK_MS` after the
last organiser function, unless a dialog is still open.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMenu

from checkin.station import Station
from ui.auto_backup import AutoBackup
from ui.background import run_under_note
from ui.organiser.backups import RestoreDialog
from ui.organiser.event_settings import EventSettingsDialog
from ui.organiser.export_dialog import ExportDialog
from ui.organiser.import_window import ImportDialog
from ui.organiser.pin import ChangePinDialog, UnlockDialog
from ui.organiser.purge import PersonalDataClearing
from ui.widgets import plain, theme

RunDialog = Callable[[QDialog], bool]
"""The window's way of running a dialog (the scan input gets the focus back after it); True: accepted."""
Selection = Callable[[], tuple[str, ...]]
"""The codes of the guests selected in the window's list (the confirmations window offers them)."""


class OrganiserMenu(QMenu):
    def __init__(
        self, station: Station, backup: AutoBackup, run_dialog: RunDialog, window: QMainWindow,
        selection: Selection, look_for_changes: Callable[[], None],
    ) -> None:  # fmt: skip
        super().__init__(window)
        self.station, self._backup, self._run_dialog, self._window = station, backup, run_dialog, window
        self._selection = selection
        self._look_for_changes = look_for_changes
        """The window reads the file again: after a purge or a restore on a worker thread it must show no
        name, count or check-in of the event as it was."""
        self.role = plain.plain_label()
        """The role, for the window's status bar."""
        self.auto_lock = QTimer(self)
        """Back to reception when the organiser has left the desk (see `theme.ORGANISER_AUTO_LOCK_MS`)."""
        self.auto_lock.setSingleShot(True)
        self.auto_lock.setInterval(theme.ORGANISER_AUTO_LOCK_MS)
        self.auto_lock.timeout.connect(self._lock_if_idle)
        self.unlock_action = self._item("Ctrl+Shift+O", self.unlock)
        self.lock_action = self._item("Ctrl+Shift+L", self.lock)
        self.addSeparator()
        self.import_action = self._item("Ctrl+Shift+I", lambda: self.as_organiser(self.import_list))
        self.export_action = self._item("Ctrl+Shift+E", lambda: self.as_organiser(self.export))
        self.event_settings_action = self._item("", lambda: self.as_organiser(self.event_settings))
        self.confirmations_action = self._item("", lambda: self.as_organiser(self.confirmations))
        self.backup_action = self._item("", self.back_up_now)
        self.restore_action = self._item("", lambda: self.as_organiser(self.restore))
        self.purge_action = self._item("", lambda: self.as_organiser(self.clear_personal_data))
        self.addSeparator()
        self.pin_action = self._item("", lambda: self.as_organiser(self.change_pin))

    def _item(self, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = self.addAction("")
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        return action

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Organiser"))
        self.unlock_action.setText(self.tr("Unlock organiser functions…"))
        self.lock_action.setText(self.tr("Lock (back to reception)"))
        self.import_action.setText(self.tr("Import an updated list…"))
        self.export_action.setText(self.tr("Export: attendance lists, check-ins, certificates, meals…"))
        self.event_settings_action.setText(self.tr("Event settings: venue, town, funding logos…"))
        self.confirmations_action.setText(self.tr("Confirmations with the QR code: e-mail, .eml, PDF…"))
        self.backup_action.setText(self.tr("Back up now"))
        self.restore_action.setText(self.tr("Restore a backup…"))
        self.purge_action.setText(self.tr("Clear personal data…"))
        self.show_role()

    # --- the role -----------------------------------------------------------------------------------------

    def as_organiser(self, run: Callable[[], object]) -> bool:
        """Run an organiser function; in reception the PIN is asked first, and Cancel runs nothing (False)."""
        allowed = self.station.roles.is_organiser or self.unlock()
        if allowed:
            run()
            self.auto_lock.start()  # the organiser is still here: the lock waits from now
        self.show_role()
        return allowed

    def unlock(self) -> bool:
        unlocked = self._run_dialog(UnlockDialog(self.station, self._window))
        self.show_role()
        return unlocked

    def lock(self) -> None:
        self.station.roles.lock()
        self.show_role()

    def _lock_if_idle(self) -> None:
        if QApplication.activeModalWidget() is not None:  # a dialog still open: the organiser is at work
            self.auto_lock.start()
            return
        self.lock()

    def show_role(self) -> None:
        """The role in the status bar, visibly distinct for the organiser, and the menu to match."""
        has_pin, organiser = self.station.roles.has_pin, self.station.roles.is_organiser
        if not has_pin:
            self.role.setText(self.tr("Role: organiser (no PIN set)"))
            self.role.setStyleSheet(theme.ROLE_NO_PIN_STYLE)
            self.role.setToolTip(
                self.tr(
                    "This event has no organiser PIN: anyone at this desk can export, clear the personal data and restore backups. Organiser → Set an organiser PIN… protects them."
                )
            )
        elif organiser:
            self.role.setText(self.tr("Role: organiser"))
            self.role.setStyleSheet(theme.ROLE_ORGANISER_STYLE)
            self.role.setToolTip(
                self.tr("Organiser → Lock (Ctrl+Shift+L) takes this desk back to reception.")
            )
        else:
            self.role.setText(self.tr("Role: reception"))
            self.role.setStyleSheet(theme.ROLE_RECEPTION_STYLE)
            self.role.setToolTip(
                self.tr(
                    "Exports, the programme, the badge design, clearing the personal data and restoring backups ask for the organiser PIN."
                )
            )
        self.unlock_action.setEnabled(not organiser)
        self.lock_action.setEnabled(organiser and has_pin)
        self.pin_action.setText(
            self.tr("Change the organiser PIN…") if has_pin else self.tr("Set an organiser PIN…")
        )
        if not (organiser and has_pin):
            self.auto_lock.stop()  # nothing to lock
        elif not self.auto_lock.isActive():
            self.auto_lock.start()  # unlocked in another window of this station (desk and door swap)

    # --- the functions ------------------------------------------------------------------------------------

    def import_list(self) -> None:
        """The file is chosen first; cancelling that opens nothing."""
        dialog = ImportDialog(self.station, self._window)
        if dialog.choose_file():
            self._run_dialog(dialog)

    def export(self) -> None:
        self._run_dialog(ExportDialog(self.station, self._window))

    def event_settings(self) -> None:
        self._run_dialog(EventSettingsDialog(self.station, self._window))

    def confirmations(self) -> None:
        # Imported here: the window brings smtplib, ssl and the PDF code, which a desk starting up never needs.
        from ui.organiser.confirmations import ConfirmationsDialog

        self._run_dialog(ConfirmationsDialog(self.station, self._selection(), self._window))

    def restore(self) -> None:
        with self._backup.paused():
            dialog = RestoreDialog(self.station, self._window)
            restored = self._run_dialog(dialog)
        if restored:
            self._look_for_changes()
            plain.inform(self._window, self.tr("Backup restored"), dialog.report())

    def back_up_now(self) -> None:
        """The copy is made on a worker thread under a note (the backups use connections of their own): an
        event of 100,000 guests takes a second or two."""
        backups = self.station.backups
        try:
            with self._backup.paused():
                backup = run_under_note(
                    self._window, self.tr("Back up now"), self.tr("Backing up the event…"), backups.snapshot
                )
        except (OSError, sqlite3.Error) as error:
            plain.warn(self._window, self.tr("No backup"), self.tr(
                "The backup could not be written ({reason}). Check that the disk has space and that the event file's folder may be written in."
            ).format(reason=error))  # fmt: skip
            return
        if backup is None:
            plain.inform(
                self._window,
                self.tr("No backup"),
                self.tr("Nothing has been recorded in this event yet, so there is nothing to back up."),
            )
            return
        plain.inform(
            self._window,
            self.tr("Backup taken"),
            self.tr("Backup {name} is in the folder {folder}.").format(
                name=backup.name, folder=backup.path.parent
            ),
        )

    def clear_personal_data(self) -> None:
        with self._backup.paused():
            cleared = PersonalDataClearing(self.station, self._window).run()
        if cleared:
            self._look_for_changes()

    def change_pin(self) -> None:
        if self._run_dialog(ChangePinDialog(self.station, self._window)):
            plain.inform(
                self._window,
                self.tr("Organiser PIN saved"),
                self.tr("Every desk asks for the new PIN from now on."),
            )

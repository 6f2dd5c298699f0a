"""The reception desk window: one input that always has focus, the verdict banner, the results."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QVBoxLayout, QWidget

from checkin.changes import Changes
from checkin.domain import Status
from checkin.station import Station
from ui import labels, messages
from ui.badge_design import BadgeDesignDialog
from ui.desk import verdicts
from ui.desk.choices import MealsDialog, WorkshopChooser
from ui.desk.controller import DeskController
from ui.desk.dialogs import (
    CancelRegistrationDialog,
    EditDialog,
    ReprintDialog,
    RestoreRegistrationDialog,
    SettingsDialog,
    UndoDialog,
    WalkInDialog,
)
from ui.desk.focus import FocusKeeper
from ui.desk.print_notice import PrintNotice
from ui.preprint import PrePrintDialog
from ui.printing import BadgePrinter, PrintJob, PrintTarget
from ui.programme_editor import ProgrammeDialog
from ui.settings import DeskSettings
from ui.sound import Sounds
from ui.station.sync import StationSync
from ui.station.window import StationWindow
from ui.widgets import theme
from ui.widgets.banner import BannerView
from ui.widgets.dialogs import OverrideDialog
from ui.widgets.plain import rich


class DeskWindow(StationWindow):
    open_event_requested = Signal()
    new_event_requested = Signal()
    join_event_requested = Signal()
    """Someone wants this laptop to receive an event from a station on the network (the app asks how)."""
    door_mode_requested = Signal()
    """The staff want this station at a session's door (the app asks which session and swaps windows)."""
    dashboard_requested = Signal()
    """Someone wants the organisers' dashboard (the app opens it in a window of its own)."""

    controller: DeskController

    def __init__(
        self, station: Station, settings: DeskSettings, sounds: Sounds, sync: StationSync | None = None
    ) -> None:
        super().__init__(station, settings, DeskController(station, sounds), sync)
        self.controller.prints_badges = settings.print_on_check_in
        self.printer = BadgePrinter(PrintTarget(printer=settings.printer), self)
        self.print_notice = PrintNotice(self.printer)
        central = QWidget()
        layout = QVBoxLayout(central)
        for widget in (self.input, self.banner, self.print_notice):
            layout.addWidget(widget)
        layout.addWidget(self.results, 1)
        self.setCentralWidget(central)
        self._actions()
        self._connect()
        self._start(sounds)
        self.banner.show_view(verdicts.idle())

    # --- building -----------------------------------------------------------------------------------------

    def _actions(self) -> None:
        self.open_action = self._action(QKeySequence.StandardKey.Open, self.open_event_requested.emit)
        self.new_event_action = self._action("Ctrl+Shift+N", self.new_event_requested.emit)
        self.join_event_action = self._action("", self.join_event_requested.emit)
        self.dashboard_action = self._action("Ctrl+Shift+P", self.dashboard_requested.emit)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit, self.close)
        self.undo_action = self._action("Ctrl+Z", self.undo_last)
        self.walk_in_action = self._action("Ctrl+N", self.walk_in)
        self.edit_action = self._action("F2", self.edit_selected)
        self.cancel_action = self._action("Ctrl+Shift+X", lambda: self.change_registration(Status.CANCELLED))
        self.restore_action = self._action(
            "Ctrl+Shift+R", lambda: self.change_registration(Status.REGISTERED)
        )
        self.workshop_action = self._action("F6", self.choose_workshop)
        self.meals_action = self._action("F7", self.choose_meals)
        self.shift_action = self._action("Ctrl+Shift+S", self.start_shift)
        self.settings_action = self._action("Ctrl+,", self.open_settings)
        self.camera_action = self._action("F8", self.toggle_camera)
        self.reprint_action = self._action("Ctrl+P", self.reprint_badge)
        self.retry_print_action = self._action("F9", lambda: self.printer.retry())
        self.design_action = self._action("", self.design_badges)
        self.preprint_action = self._action("", self.preprint_badges)
        self.door_action = self._action("Ctrl+D", self.door_mode_requested.emit)
        self.programme_action = self._action("", self.edit_programme)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addActions([self.open_action, self.new_event_action, self.join_event_action,
                                   self.stations_action, self.quit_action])  # fmt: skip
        # Among the organiser's tools, where organisers look for it (not under File); it opens without the PIN.
        self.organiser.insertAction(self.organiser.import_action, self.dashboard_action)
        self.desk_menu = self.menuBar().addMenu("")
        self.desk_menu.addActions([self.undo_action, self.walk_in_action, self.edit_action, self.workshop_action,
                                   self.meals_action, self.reprint_action, self.retry_print_action])  # fmt: skip
        self.desk_menu.addSeparator()
        self.desk_menu.addActions([self.cancel_action, self.restore_action])
        self.desk_menu.addSeparator()
        self.badge_menu = self.menuBar().addMenu("")
        self.badge_menu.addActions([self.preprint_action, self.design_action])
        self.programme_menu = self.menuBar().addMenu("")
        self.programme_menu.addActions([self.programme_action, self.door_action])
        self.desk_menu.addActions([self.camera_action, self.shift_action, self.settings_action])
        # Right-clicking a result selects it and offers what acts on one guest.
        self.results.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.results.addActions([self.edit_action, self.cancel_action, self.restore_action])

    def _connect(self) -> None:
        self._connect_search()
        self.input.submitted.connect(lambda text: self.controller.submit(text, self.results.selected_row()))
        self.controller.changed.connect(self._after_change)
        self.printer.printed.connect(self._badge_printed)
        self.printer.problem.connect(self.print_notice.show_problem)
        self.focus_keeper = FocusKeeper(self.input, self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check-in — {event}").format(event=self.station.event.name))
        self.input.setPlaceholderText(self.tr("Scan a code or type a name, organisation or e-mail…"))
        self.file_menu.setTitle(self.tr("&File"))
        self.desk_menu.setTitle(self.tr("&Desk"))
        self.open_action.setText(self.tr("Open event file…"))
        self.new_event_action.setText(self.tr("New event from a list…"))
        self.join_event_action.setText(self.tr("Join an event on the network…"))
        self.dashboard_action.setText(self.tr("Organiser dashboard…"))
        self.quit_action.setText(self.tr("Quit"))
        self.undo_action.setText(self.tr("Undo last check-in…"))
        self.walk_in_action.setText(self.tr("Walk-in registration…"))
        self.edit_action.setText(self.tr("Correct selected guest…"))
        self.cancel_action.setText(self.tr("Cancel registration…"))
        self.restore_action.setText(self.tr("Restore cancelled registration…"))
        self.workshop_action.setText(self.tr("Change workshop…"))
        self.meals_action.setText(self.tr("Meals and gala dinner…"))
        self.shift_action.setText(self.tr("Start of shift…"))
        self.settings_action.setText(self.tr("Settings…"))
        self.camera_action.setText(self.tr("Camera scanner"))
        self.reprint_action.setText(self.tr("Reprint badge…"))
        self.retry_print_action.setText(self.tr("Retry printing"))
        self.badge_menu.setTitle(self.tr("&Badges"))
        self.design_action.setText(self.tr("Badge design…"))
        self.preprint_action.setText(self.tr("Pre-print badges…"))
        self.programme_menu.setTitle(self.tr("&Programme"))
        self.programme_action.setText(self.tr("Edit programme…"))
        self.door_action.setText(self.tr("Door mode: a session's entrance…"))
        self.results.retranslate()
        self.print_notice.retranslate()
        super().retranslate()
        self.refresh_status()

    # --- actions ------------------------------------------------------------------------------------------

    def undo_last(self) -> None:
        """Ctrl+Z: the check-in of the guest selected in the list, else this desk's last one."""
        chosen = self.controller.guest_to_undo(self.results.selected_row())
        if chosen is None:
            self.banner.show_view(BannerView(
                verdicts.Tone.WARN, self.tr("Nothing to undo"),
                details=[self.tr("Select a checked-in guest in the list, or undo this desk's last check-in.")],
            ))  # fmt: skip
            return
        guest, day = chosen
        dialog = UndoDialog(guest, self)
        if self._dialog(dialog):
            self.controller.undo(guest, day, dialog.reason.text())

    def walk_in(self) -> None:
        """Ctrl+N. A form the core refuses (no name, a mistyped e-mail) comes back as typed, saying why."""
        dialog = WalkInDialog(self.station.choices.walk_in_workshops(), self.station.similar_people, self)
        dialog.prefill(self.input.text())
        while self._dialog(dialog):
            refusal = self.controller.walk_in(
                dialog.registrant(), dialog.chosen_workshops(), self._ask_override
            )
            if refusal is None:
                return
            dialog.show_refusal(messages.describe(refusal), dialog.field_of(refusal.code))

    def choose_workshop(self) -> None:
        """F6, then the workshop's number: two keystrokes for the guest on the banner (or the selected one)."""
        guest = self.controller.guest_for_choices(self.results.selected_row())
        options = self.controller.options(guest, workshops=True) if guest else []
        if guest is None or not options:
            return
        dialog = WorkshopChooser(guest, options, self.controller.signups(guest), self)
        if self._dialog(dialog) and dialog.chosen is not None:
            self.controller.choose_workshop(guest, dialog.chosen.id, self._ask_override)
        elif dialog.scanned:  # a badge scanned meanwhile: checked in as if the chooser had not been open
            self.controller.submit(dialog.scanned, -1)

    def choose_meals(self) -> None:
        """F7: tick the meals and the gala dinner, with diet notes, for the guest on the banner."""
        guest = self.controller.guest_for_choices(self.results.selected_row())
        meals = self.controller.options(guest, workshops=False) if guest else []
        if guest is None or not meals:
            return
        dialog = MealsDialog(guest, meals, self.controller.signups(guest), self)
        if self._dialog(dialog):
            self.controller.save_meals(guest, dialog.changes(), self._ask_override)

    def _ask_override(self, refusal: str) -> str:
        dialog = OverrideDialog(refusal, self)
        return dialog.reason.text() if self._dialog(dialog) else ""

    def edit_selected(self) -> None:
        """F2. A correction the core refuses (no name left) comes back as typed, saying why."""
        hit = self.selected_hit()
        if hit is None:
            return
        dialog = EditDialog(hit.attendee, self)
        while self._dialog(dialog):
            refusal = self.controller.edit(hit.attendee.id, dialog.changes())
            if refusal is None:
                self.controller.search(self.input.text())
                return
            dialog.show_refusal(messages.describe(refusal), dialog.field_of(refusal.code))

    def change_registration(self, status: Status) -> None:
        """Ctrl+Shift+X cancels, Ctrl+Shift+R restores the registration of the selected guest (else the one on
        the banner), with a reason; organiser only: reception is asked for the PIN and told when not given."""
        guest = self.controller.guest_for_status(self.results.selected_row(), status)
        if guest is None:
            return
        dialog_type = CancelRegistrationDialog if status is Status.CANCELLED else RestoreRegistrationDialog

        def ask() -> None:
            dialog = dialog_type(guest, self)
            if self._dialog(dialog):
                self.controller.change_status(guest, status, dialog.reason.text())

        if not self.organiser.as_organiser(ask):
            self.controller.organiser_only()

    def open_settings(self) -> None:
        printers = QPrinterInfo.availablePrinterNames()
        dialog = SettingsDialog(self.settings, self.station.event.days, self.station.day, printers, self)
        if not self._dialog(dialog):
            return
        self.settings.station_name = dialog.station.text().strip() or self.settings.station_name
        self.settings.staff_name = dialog.staff.text().strip()
        self.settings.sound = dialog.sound.isChecked()
        self.settings.language = dialog.language.currentData()
        self.station.name, self.station.staff = (
            self.settings.station_name or self.station.name,
            self.settings.staff_name,
        )
        self.station.day = dialog.day.currentData()
        self.controller.sounds.enabled = self.settings.sound
        self.settings.print_on_check_in = dialog.print_on_check_in.isChecked()
        self.controller.prints_badges = self.settings.print_on_check_in
        self.settings.printer = dialog.printer.currentData()
        self.settings.badge_layout = dialog.layout_choice.currentData()
        self.printer.use(PrintTarget(printer=self.settings.printer))
        self.settings_changed.emit(self.settings)
        self.refresh_status()

    def _follow_other_stations(self) -> None:
        """Another desk's check-ins show here too: counts, and the "today" column of the shown results."""
        self.controller.refresh(self.results.selected_row())
        self.controller.show_conflicts()
        self.refresh_status()

    def ready_view(self) -> BannerView:
        return verdicts.idle()

    def _event_rewritten(self) -> None:
        self.controller.forget_guests()
        self._clear_input()
        self.banner.show_view(verdicts.idle())
        self.refresh_status()

    # --- badges -----------------------------------------------------------------------------------------

    def _after_change(self, changes: Changes) -> None:
        """A write of this desk: the counts in the status bar, and the badge of a guest it checked in."""
        self.refresh_status()
        if not self.settings.print_on_check_in:
            return
        for attendee_id in sorted(changes.checked_in):
            if attendee_id not in self.printer.queued_ids() and self.station.badges.needs_badge(attendee_id):
                self._print_badge(attendee_id)

    def _print_badge(self, attendee_id: int, reason: str = "") -> None:
        """Queued, never waited for: the worker renders and prints while the desk goes on scanning."""
        run = self.station.badges.run([attendee_id], self.settings.badge_layout or None)
        self.printer.enqueue(PrintJob((attendee_id,), run, reason))

    def reprint_badge(self) -> None:
        """Ctrl+P: the badge of the guest selected in the list, else of the guest on the banner."""
        hit = self.selected_hit()
        person = hit.attendee if hit else self.controller.last_guest
        if person is None or person.id in self.printer.queued_ids():
            return
        printed = self.station.badges.print_count(person.id)
        if printed == 0:  # a walk-in, or a guest whose badge was never printed: a first print needs no reason
            self._print_badge(person.id)
            return
        dialog = ReprintDialog(person, printed, self)
        if self._dialog(dialog):
            self._print_badge(person.id, dialog.reason.text().strip())

    def design_badges(self) -> None:
        self.organiser.as_organiser(lambda: self._dialog(BadgeDesignDialog(self.station, self)))

    def edit_programme(self) -> None:
        self.organiser.as_organiser(lambda: self._dialog(ProgrammeDialog(self.station, self)))

    def preprint_badges(self) -> None:
        hit = self.selected_hit()
        self._dialog(PrePrintDialog(self.station, [hit.attendee.id] if hit else [], self.printer, self))

    def _badge_printed(self, job: PrintJob) -> None:
        self.station.badges.record_prints(job.attendee_ids, job.run.layout.name, reason=job.reason,
                                     reprint=bool(job.reason))  # fmt: skip
        self.print_notice.show_printed()

    # --- status -------------------------------------------------------------------------------------------

    def refresh_status(self) -> None:
        station, day = self.station, self.station.day
        desk = rich(self.tr("Desk: <b>{desk}</b>"), desk=station.name)
        if day is None:
            self._show_status(desk, [
                f"<span style='color:{theme.WARNING_COLOUR}'><b>"
                + self.tr("Today is not an event day: choose the day in Settings (Ctrl+,)")
                + "</b></span>"
            ])  # fmt: skip
            return
        done, expected = station.progress(day)
        self._show_status(desk, [
            self._day_status(day),
            self.tr("Checked in: <b>{done}</b> of {expected}").format(done=labels.people(done), expected=expected),
        ])  # fmt: skip

    def _day_status(self, day: str) -> str:
        """The day being checked in, in red when it is not today."""
        number = self.station.event.days.index(day) + 1
        if self.station.event_day_today() == day:
            return html.escape(labels.day_heading(number, day))
        return f"<span style='color:{theme.WARNING_COLOUR}'><b>" + rich(self.tr(
            "Checking in for {day}, which is not today"), day=labels.day(number, day)
        ) + "</b></span>"  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self.printer.shutdown()
        super().closeEvent(event)

"""File > New event from a list: the organisers' spreadsheet becomes a new event file, then the desk opens it."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import cast

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import UserError
from checkin.event_settings import MAX_TOWN_LENGTH
from checkin.importing.problems import ImportFileError
from checkin.station import ImportReport, Station, build_event_from_list
from ui import messages
from ui.background import run_under_note
from ui.organiser.pin import NewPinRows
from ui.widgets import files, plain, theme
from ui.widgets.dialogs import enable_default

MAX_EVENT_DAYS = 14


class NewEventDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event from a list"))
        self.setMinimumWidth(theme.DIALOG_MIN_WIDTH)
        self.name = QLineEdit()
        self.venue = QLineEdit()
        self.town = QLineEdit()
        self.town.setMaxLength(MAX_TOWN_LENGTH)
        self.town.setPlaceholderText(self.tr("e.g. Starachowice: printed on badges and certificates"))
        self.first_day = QDateEdit(QDate.currentDate())
        self.first_day.setCalendarPopup(True)
        self.day_count = QSpinBox()
        self.day_count.setRange(1, MAX_EVENT_DAYS)
        self.list_file = QLineEdit()
        self.event_file = QLineEdit()
        form = QFormLayout()
        form.addRow(plain.plain_label(self.tr("Event name")), self.name)
        form.addRow(plain.plain_label(self.tr("Venue")), self.venue)
        form.addRow(plain.plain_label(self.tr("Town")), self.town)
        form.addRow(plain.plain_label(self.tr("First day")), self.first_day)
        form.addRow(plain.plain_label(self.tr("Number of days")), self.day_count)
        form.addRow(
            plain.plain_label(self.tr("Registrant list (CSV or XLSX)")),
            self._with_browse(self.list_file, self._choose_list),
        )
        form.addRow(
            plain.plain_label(self.tr("Save the event as")),
            self._with_browse(self.event_file, self._choose_event_file),
        )
        self.pins = NewPinRows(form, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        for edit in (self.name, self.list_file, self.event_file):
            edit.textChanged.connect(self._update)
        self.pins.changed.connect(self._update)
        self._update()

    def _with_browse(self, edit: QLineEdit, choose: object) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Browse…"))
        button.clicked.connect(choose)
        layout.addWidget(edit, 1)
        layout.addWidget(button)
        return row

    def _choose_list(self) -> None:
        path = files.open_file(
            self,
            self.tr("Registrant list"),
            self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"),
            self.list_file.text(),
        )
        if path:
            self.list_file.setText(path)

    def _choose_event_file(self) -> None:
        path = files.save_file(
            self,
            self.tr("Save the event as"),
            self.tr("Event files (*.sqlite)"),
            self.event_file.text(),
        )
        if path:
            self.event_file.setText(path if path.endswith(".sqlite") else f"{path}.sqlite")

    def _update(self) -> None:
        filled = all(edit.text().strip() for edit in (self.name, self.list_file, self.event_file))
        enable_default(self.ok, filled and self.pins.chosen() is not None)

    def days(self) -> list[str]:
        first = cast(date, self.first_day.date().toPython())  # the stubs say object
        return [(first + timedelta(days=offset)).isoformat() for offset in range(self.day_count.value())]

    def create_event(self, station_name: str, staff: str) -> Station | None:
        """Create the event the dialog describes and report the import; None (after saying why) on failure.

        The desk opens the new event in reception, as every desk does: its organiser has just chosen the PIN
        that unlocks it.
        """
        target = Path(self.event_file.text().strip())
        if target.exists():
            plain.warn(
                self,
                self.tr("Not created"),
                self.tr("{path} already exists; choose a new file name.").format(path=target),
            )
            return None
        listing, name, venue, town, days, pin = (
            Path(self.list_file.text().strip()), self.name.text().strip(), self.venue.text().strip(),
            self.town.text(), self.days(), self.pins.chosen(),
        )  # fmt: skip
        try:
            report = run_under_note(
                self.parentWidget(), self.tr("New event from a list"), self.tr("Creating the event from the list…"),
                lambda: build_event_from_list(
                    target, listing, event_name=name, venue=venue, town=town, days=days, pin=pin,
                    name=station_name, staff=staff,
                ),
            )  # fmt: skip
            station = Station.open(target, name=station_name, staff=staff)
        except ImportFileError as error:
            plain.warn(self, self.tr("Not created"), messages.describe_import_error(error))
            return None
        except UserError as error:  # the file appeared meanwhile: another desk made an event under that name
            plain.warn(self, self.tr("Not created"), messages.describe(error))
            return None
        except OSError as error:
            plain.warn(self, self.tr("Not created"), str(error))
            return None
        self.show_report(report)
        return station

    def show_report(self, report: ImportReport) -> None:
        box = plain.message_box(QMessageBox.Icon.NoIcon, self.tr("Import finished"), "", self)
        box.setText(
            self.tr("Created: {created}\nUpdated: {updated}\nUnchanged: {unchanged}\nMerged duplicates: {merged}\nSkipped rows: {skipped}").format(
                created=report.created, updated=report.updated, unchanged=report.unchanged, merged=report.merged,
                skipped=report.skipped,
            )
        )  # fmt: skip
        messages.show_report(box, [messages.describe_problem(problem) for problem in report.problems])

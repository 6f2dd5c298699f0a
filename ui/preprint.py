"""The organisers' batch pre-print before the event: which guests, on which stock, to a PDF or the printer.

Badges come sorted by surname the Polish way (the desk lays pre-printed badges out alphabetically), and the
choice of guests is the core's (`BadgePrinting.selection`), so the dialog and `main.py badges` print the
same people. A PDF is written sheet by sheet (memory stays flat for 5,000 guests) and the prints are
recorded once it is written; a batch sent to the desk's printer is recorded by the desk when the printer
reports it printed, never here, so a printer that fails leaves the guests "not yet printed".
"""

from __future__ import annotations

from collections.abc import Sequence
from math import ceil
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.badges.layouts import Layout, layout_named
from checkin.domain import CATEGORIES
from checkin.errors import UserError
from checkin.station import Station
from ui import labels, messages
from ui.background import on_station, run_under_note
from ui.printing import BadgePrinter, PrintJob
from ui.widgets import files, plain, theme
from ui.widgets.scan_guard import GuardedDialog
from ui.widgets.stock_choice import add_badge_stocks


class PrePrintDialog(GuardedDialog):
    """Choose guests, stock and output; OK prints (see the module docstring for what gets recorded when)."""

    def __init__(
        self,
        station: Station,
        selected_ids: Sequence[int],
        printer: BadgePrinter | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.selected_ids = list(selected_ids)
        self.printer = printer
        self.setWindowTitle(self.tr("Pre-print badges"))
        self.setMinimumWidth(theme.DIALOG_MIN_WIDTH)
        self.summary = plain.plain_label()
        self.summary.setStyleSheet("font-weight: bold;")
        self.note = plain.plain_label(wrap=True)  # a badge scanned into the file's name
        self.note.setStyleSheet(theme.NOTE_STYLE)
        self.note.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._guests_group())
        layout.addWidget(self._stock_group())
        layout.addWidget(self._output_group())
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        # Connected once every control exists: setting the defaults above must not update a half-built form.
        self.guest_choice.buttonToggled.connect(self._update)
        self.output_choice.buttonToggled.connect(self._update)
        self.category.currentIndexChanged.connect(self._update)
        self.layout_choice.currentIndexChanged.connect(self._update)
        self._update()

    # -- controls --------------------------------------------------------------------------------------

    def _guests_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which guests"))
        column = QVBoxLayout(box)
        self.all_guests = QRadioButton(self.tr("All guests"))
        self.unprinted = QRadioButton(self.tr("Only guests whose badge is not printed yet"))
        self.by_category = QRadioButton(self.tr("One category:"))
        self.selected = QRadioButton(
            self.tr("The guests selected at the desk ({count})").format(count=len(self.selected_ids))
        )
        self.selected.setEnabled(bool(self.selected_ids))
        self.category = QComboBox()
        for key in CATEGORIES:
            self.category.addItem(labels.category(key), key)
        self.guest_choice = QButtonGroup(self)
        category_row = QHBoxLayout()
        category_row.addWidget(self.by_category)
        category_row.addWidget(self.category, 1)
        for radio in (self.all_guests, self.unprinted, self.by_category, self.selected):
            self.guest_choice.addButton(radio)
        column.addWidget(self.all_guests)
        column.addWidget(self.unprinted)
        column.addLayout(category_row)
        column.addWidget(self.selected)
        # A second run before the event (late registrants) must not print everyone again.
        self.unprinted.setChecked(True)
        return box

    def _stock_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Badge stock"))
        form = QFormLayout(box)
        self.layout_choice = QComboBox()
        add_badge_stocks(self.layout_choice, self.station.badges.template().layout)
        form.addRow(plain.plain_label(self.tr("Layout")), self.layout_choice)
        return box

    def _output_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Print to"))
        column = QVBoxLayout(box)
        self.to_pdf = QRadioButton(self.tr("A PDF file"))
        self.to_printer = QRadioButton(self.tr("This desk's printer"))
        if self.printer is None:
            self.to_printer.setEnabled(False)
            self.to_printer.setToolTip(self.tr("No printer is set up at this desk."))
        self.output_choice = QButtonGroup(self)
        self.pdf_path = QLineEdit()
        self.pdf_path.setPlaceholderText(self.tr("Choose where to save the PDF"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.browse.clicked.connect(self._choose_pdf)
        path_row = QHBoxLayout()
        path_row.addWidget(self.pdf_path, 1)
        path_row.addWidget(self.browse)
        for radio in (self.to_pdf, self.to_printer):
            self.output_choice.addButton(radio)
        column.addWidget(self.to_pdf)
        column.addLayout(path_row)
        column.addWidget(self.to_printer)
        self.to_pdf.setChecked(True)
        return box

    def _choose_pdf(self) -> None:
        path = files.save_file(
            self, self.tr("Save the badges as"), self.tr("PDF files (*.pdf)"), self.pdf_path.text(),
            event_file=self.station.path,
        )  # fmt: skip
        if path:
            self.pdf_path.setText(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def _update(self) -> None:
        self.category.setEnabled(self.by_category.isChecked())
        for widget in (self.pdf_path, self.browse):
            widget.setEnabled(self.to_pdf.isChecked())
        count = len(self.chosen_ids())
        sheets = ceil(count / self.chosen_layout().badges_per_sheet)
        badges = self.tr("%n badge(s)", "", count)
        self.summary.setText(self.tr("{badges} on %n sheet(s)", "", sheets).format(badges=badges))

    # -- what the choices mean -------------------------------------------------------------------------

    def chosen_ids(self) -> list[int]:
        """The guests to print as the choices stand, sorted by surname (Polish alphabet)."""
        if self.selected.isChecked():
            return self.station.badges.selection(ids=self.selected_ids)
        if self.by_category.isChecked():
            return self.station.badges.selection(category=self.category.currentData())
        return self.station.badges.selection(only_unprinted=self.unprinted.isChecked())

    def chosen_layout(self) -> Layout:
        return layout_named(self.layout_choice.currentData())

    # -- printing --------------------------------------------------------------------------------------

    def export_pdf(self, path: Path) -> int:
        """Write the chosen badges to `path` and record them as printed; returns the pages written.
        Raises UserError for a path that must not be written (the event file, a database, a folder) and
        OSError when the file cannot be written, and then records nothing."""
        return self._write_pdf(path, self.chosen_ids())

    def send_to_printer(self) -> PrintJob:
        """Queue the chosen badges as one job on the desk's printer and return it. Nothing is recorded
        here: the desk records the prints when the printer reports `printed`."""
        return self._enqueue(self.chosen_ids())

    def _write_pdf(self, path: Path, ids: Sequence[int]) -> int:
        """Drawn on a worker thread with a station of its own (300 badges take seconds); recorded here."""
        layout = self.chosen_layout()
        opener = self.station.opener()
        pages = run_under_note(
            self, self.tr("Pre-print badges"), self.tr("Drawing the badges…"),
            lambda: on_station(opener, lambda station: station.badges.write_pdf(ids, layout, path)),
        )  # fmt: skip
        self.station.badges.record_prints(ids, layout.name)
        return pages

    def _enqueue(self, ids: Sequence[int]) -> PrintJob:
        if self.printer is None:
            raise RuntimeError("this desk has no printer")
        job = PrintJob(tuple(ids), self.station.badges.run(ids, self.chosen_layout()))
        self.printer.enqueue(job)
        return job

    def say_scanned(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)

    def accept(self) -> None:
        if self.scan_left_out():  # before any badge is drawn to a file the scan named
            return
        self.note.setVisible(False)  # the form was finished since
        ids = self.chosen_ids()
        if not ids:
            plain.inform(
                self,
                self.tr("Nothing to print"),
                self.tr("No guest matches this choice, or every badge has been printed already."),
            )
            return
        if self.to_printer.isChecked():
            self._enqueue(ids)
            QDialog.accept(self)  # the scan was looked for above
            return
        if not self.pdf_path.text().strip():
            self._choose_pdf()
        text = self.pdf_path.text().strip()
        if not text:
            return
        path = Path(text)
        try:
            pages = self._write_pdf(path, ids)
        except UserError as error:
            plain.warn(self, self.tr("Badges not saved"), messages.describe(error))
            return
        except OSError as error:
            plain.warn(
                self,
                self.tr("Badges not saved"),
                self.tr("The file {file} could not be written: {reason}. Nothing was recorded as printed.").format(
                    file=path, reason=error.strerror or error
                ),
            )  # fmt: skip
            return
        plain.inform(
            self,
            self.tr("Badges saved"),
            self.tr("{badges} saved to {file} (%n page(s)).", "", pages).format(
                badges=self.tr("%n badge(s)", "", len(ids)), file=path
            ),
        )
        QDialog.accept(self)  # the scan was looked for in `accept`

"""Organiser → Import an updated list: the file's columns as they were understood, mapped by hand where they
were not, the dry run's counts, and then the import (`station.imports`).

The file is read, compared with the event (the dry run) and imported on a worker thread, with a progress
bar (`ui.background`): a 100,000-row list takes seconds to read and ten to import, and the window
stays alive all along. While the list is imported nothing in the window can be changed, and Esc does
not close it: the import ends whole or not at all, and the window says which. No button is the default:
Enter on a combo must not import the list by accident, so Import takes a click, Space on it, or Alt and its
underlined letter. Esc and Cancel close the window without writing anything. Once imported, Close is the
default and the window shows the final report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import UserError
from checkin.importing.importer import ImportFileError
from checkin.importing.preview import ImportPreview, ListRead
from checkin.station import ImportReport, Station
from ui import messages
from ui.background import Background, on_station
from ui.organiser import import_texts
from ui.organiser.import_columns import ColumnTable
from ui.widgets import files, theme
from ui.widgets.plain import plain_label


class ImportDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.preview: ImportPreview | None = None
        """The preview shown; None while the file is read or when it could not be."""
        self.report: ImportReport | None = None
        """The import's report, once the list was imported."""
        self._path: Path | None = None
        self._mapping: dict[str, str] = {}
        """The organiser's mapping the preview shows, changed by each combo."""
        self.importing = False
        """True while the list is imported: the window waits for the end, whole or nothing."""
        self.background = Background(self)
        self.background.progressed.connect(self._progressed)
        self.setWindowTitle(self.tr("Import an updated list"))
        self._fit_screen()
        self.file = plain_label()
        self.choose = QPushButton(self.tr("Choose a file…"))
        self.choose.clicked.connect(self.choose_file)
        self.note = plain_label(wrap=True)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.table = ColumnTable()
        self.table.mapped.connect(self.map_column)
        self.counts = plain_label(wrap=True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(theme.IMPORT_DETAILS_HEIGHT)
        self.automatic = QPushButton(self.tr("Automatic recognition"))
        self.automatic.setToolTip(self.tr("Forget the mapping chosen by hand or remembered for this form."))
        self.automatic.clicked.connect(self._automatic)
        self.apply_button = QPushButton(self.tr("&Import"))
        self.apply_button.clicked.connect(self.apply)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.clicked.connect(self.reject)
        for button in (self.choose, self.automatic, self.apply_button, self.cancel):
            button.setAutoDefault(False)  # else Qt makes the first one the default, and Enter presses it
        self._lay_out()
        self._show_state()

    def _fit_screen(self) -> None:
        available = self.screen().availableGeometry()
        least_w, least_h = theme.IMPORT_DIALOG_SIZE
        share = theme.IMPORT_DIALOG_SCREEN_SHARE
        self.resize(
            max(least_w, int(available.width() * share)), max(least_h, int(available.height() * share))
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.file, 1)
        top.addWidget(self.choose)
        bottom = QHBoxLayout()
        bottom.addWidget(self.automatic)
        bottom.addStretch(1)
        bottom.addWidget(self.apply_button)
        bottom.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.counts)
        layout.addWidget(self.details)
        layout.addLayout(bottom)

    # --- reading ------------------------------------------------------------------------------------------

    def choose_file(self) -> bool:
        """Ask for the list and read it; False when the organiser cancelled the file dialog."""
        chosen = files.open_file(
            self, self.tr("Updated registrant list"), self.tr("Lists (*.csv *.xlsx *.txt);;All files (*)"),
            str(self._path or ""),
        )  # fmt: skip
        if chosen:
            self.open_list(Path(chosen))
        return bool(chosen)

    def open_list(self, path: Path) -> None:
        """Read `path` with the mapping remembered for its form, if any."""
        self._path, self._mapping = path, {}
        self.file.setText(self.tr("File: {name}").format(name=str(path)))
        self.table.setRowCount(0)
        self._read(lambda: self.station.imports.reader(path))

    def map_column(self, header: str, target: str) -> None:
        """Read the file again with `header` mapped to `target` (a field, "extra" or "ignore")."""
        self._mapping[header] = target
        self._read_again()

    def _automatic(self) -> None:
        self._mapping = {}
        self._read_again()

    def _read_again(self) -> None:
        path, mapping = self._path, dict(self._mapping)
        if path is not None:
            self._read(lambda: self.station.imports.reader(path, mapping, remembered=False))

    @property
    def reading(self) -> bool:
        """True while the file is read and compared with the event: no preview yet."""
        return self.background.running and not self.importing

    def _read(self, prepare: Callable[[], Callable[[], ListRead]]) -> None:
        """Prepare the reading here (it reads the event's settings), run it on a worker thread; a reading
        asked for meanwhile (another column mapped) supersedes it."""
        self.preview = None
        self.background.drop()
        try:
            run = prepare()
        except UserError as error:
            self._failed(messages.describe(error))
            return
        self.background.start(lambda _progress: run(), self._read_done, "import-read")
        self._busy(self.tr("Reading the file…"), 0)

    def _read_done(self, result: object) -> None:
        if isinstance(result, ImportFileError):
            self._failed(messages.describe_import_error(result))
        elif isinstance(result, ListRead):
            self._dry_run(result)
        else:
            self._failed(self._failure(result))

    def _dry_run(self, read: ListRead) -> None:
        """Compared with the event on a station of the worker thread's own: nothing is written."""
        opener = self.station.opener()
        self.background.start(
            lambda progress: on_station(opener, lambda station: station.imports.preview(read, progress)),
            self._dry_run_done, "import-dry-run",
        )  # fmt: skip
        self._busy(self.tr("Comparing the list with the event…"), read.parsed.count)

    def _dry_run_done(self, result: object) -> None:
        if isinstance(result, ImportPreview):
            self._show_preview(result)
        else:
            self._failed(self._failure(result))

    def _failure(self, error: object) -> str:
        """Any result but the one asked for is what the work raised (`Background`): in the user's words, a
        full disk said as such."""
        assert isinstance(error, BaseException)
        return messages.failure(error, self.station.path)

    def _busy(self, text: str, total: int) -> None:
        """`text` over a progress bar counting to `total` people (0: a bar that only moves)."""
        self.note.setText(text)
        self.note.setStyleSheet(theme.NOTE_STYLE)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self._show_state()

    def _progressed(self, done: int) -> None:
        self.progress.setValue(done)

    def _show_preview(self, preview: ImportPreview) -> None:
        read = preview.read
        first = self.table.rowCount() == 0
        self.preview, self._mapping = preview, dict(read.mapping)
        self.table.show_preview(preview)
        self.counts.setText(import_texts.counts(preview.report))
        self.details.setPlainText("\n".join(import_texts.details(preview.report)))
        self._show_note(preview)
        self._show_state()
        if first:
            (self.table.first_combo() or self.apply_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _failed(self, text: str) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.counts.setText("")
        self.details.setPlainText("")
        self.note.setText(text)
        self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
        self._show_state()
        self.choose.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- showing ------------------------------------------------------------------------------------------

    def _show_note(self, preview: ImportPreview) -> None:
        read = preview.read
        if read.parsed.sheet:
            self.file.setText(
                self.tr('File: {name}, sheet "{sheet}"').format(name=str(read.path), sheet=read.parsed.sheet)
            )
        if read.remembered:
            text = self.tr(
                "This form was imported before: the columns are mapped as they were then. Check the counts and import."
            )
        elif read.mapping:
            text = self.tr(
                "Columns mapped by hand are remembered for this form when you import, so the next export of it imports in one step."
            )
        else:
            text = self.tr(
                "Check how each column was understood; change a column's field where it is wrong, then import."
            )
        self.note.setText(text)
        self.note.setStyleSheet(theme.NOTE_STYLE)

    def _show_state(self) -> None:
        done, busy = self.report is not None, self.importing
        self.progress.setVisible(self.background.running)
        self.apply_button.setVisible(not done)
        self.apply_button.setEnabled(self.preview is not None and not busy)
        self.automatic.setEnabled(
            not done and not busy and self.preview is not None and bool(self.preview.read.mapping)
        )
        self.choose.setEnabled(not done and not busy)
        self.table.setEnabled(not done and not busy)
        self.cancel.setEnabled(not busy)

    # --- importing ----------------------------------------------------------------------------------------

    def apply(self) -> None:
        """Import the list previewed, on a station of the worker thread's own; the window then shows what
        was done."""
        if self.preview is None or self.background.running:
            return
        read = self.preview.read
        self.importing = True
        opener = self.station.opener()
        self.background.start(
            lambda progress: on_station(opener, lambda station: station.imports.apply(read, progress)),
            self._imported, "import",
        )  # fmt: skip
        self._busy(
            self.tr("Importing the list… The window can be closed once it is done."), read.parsed.count
        )

    def reject(self) -> None:
        """Esc, Cancel and the title bar's close: not while the list is imported (it ends whole or not at
        all, and the window must say which)."""
        if not self.importing:
            super().reject()

    def _imported(self, result: object) -> None:
        self.importing = False
        if not isinstance(result, ImportReport):
            self.note.setText(self._failure(result))
            self.note.setStyleSheet(theme.ERROR_NOTE_STYLE)
            self._show_state()
            return
        report = result
        self.report = report
        self.counts.setText(self.tr("Imported. {counts}").format(counts=import_texts.counts(report)))
        self.details.setPlainText("\n".join(import_texts.details(report)))
        self.note.setText(
            self.tr(
                "The list was imported; a backup of the event was taken just before. This form's column mapping is remembered for the next import."
            )
        )
        self.note.setStyleSheet(theme.NOTE_STYLE)
        self.cancel.setText(self.tr("Close"))
        self.cancel.setDefault(True)
        self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_state()

"""Organiser → Export: attendance lists of a day or a session, every check-in and door scan, certificates,
and the kitchen's sheet of meals and diets.

The dialog asks what, in which format and where; `checkin.documents.exports` checks the request and writes the files
(whole, or not at all). The formats offered are those `exports.checked_format` accepts for the export
chosen. The export runs on a worker thread with a station of its own, under a note (`ui.background`): a
list of 100,000 guests takes half a minute, and the window stays alive meanwhile.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin.documents import exports
from checkin.documents.exports import Exported
from checkin.errors import UserError
from checkin.station import Station
from checkin.text import words
from ui import labels, messages
from ui.background import on_station, run_under_note
from ui.widgets import files, plain, theme


class Choice(Enum):
    """What the organiser picks."""

    DAY_LIST = "day"
    SESSION_LIST = "session"
    CHECKINS = "checkins"
    CERTIFICATES = "certificates"
    MEALS = "meals"

    @property
    def export(self) -> str:
        """The export of `checkin.documents.exports` that writes it."""
        return "attendance" if self in (Choice.DAY_LIST, Choice.SESSION_LIST) else self.value


@dataclass(frozen=True)
class ExportRequest:
    choice: Choice
    day: str | None = None
    session_id: int | None = None
    merged: bool = True
    """Certificates: one file for all, or one file each in a folder."""
    fmt: str | None = None
    """None: the export's default."""

    @property
    def into_folder(self) -> bool:
        return self.choice is Choice.CERTIFICATES and not self.merged

    @property
    def suffix(self) -> str:
        return self.fmt or self.formats()[0]

    def formats(self) -> list[str]:
        """The formats the core writes this export in, its default first."""
        default = self._checked(None)
        return [default, *(fmt for fmt in exports.FORMATS if fmt != default and self._accepts(fmt))]

    def _accepts(self, fmt: str) -> bool:
        try:
            self._checked(fmt)
        except UserError:
            return False
        return True

    def _checked(self, fmt: str | None) -> str:
        return exports.checked_format(self.choice.export, fmt, day=self.day, session_id=self.session_id)

    def run(self, station: Station, out: Path) -> Exported:
        fmt = self._checked(self.fmt)
        if self.choice is Choice.CHECKINS:
            return station.exports.checkins(fmt=fmt, out=out)
        if self.choice is Choice.CERTIFICATES:
            return station.exports.certificates(out=out, merged=self.merged)
        if self.choice is Choice.MEALS:
            return station.exports.meals(fmt=fmt, out=out)
        return station.exports.attendance(day=self.day, session_id=self.session_id, fmt=fmt, out=out)


def file_words(text: str) -> str:
    """Text for a file name: plain lower-case letters and digits joined by dashes, cut short."""
    return "-".join(words(text))[: theme.EXPORT_FILE_TITLE_CHARS].strip("-")


class ExportDialog(QDialog):
    def __init__(self, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(theme.DIALOG_MIN_WIDTH)
        self.radios: dict[Choice, QRadioButton] = {}
        self.sessions = {session.id: session for session in station.programme.sessions()}
        """The programme as the dialog opened: its file names need no reading of the event meanwhile."""
        self.day, self.session, self.certificate_files = QComboBox(), QComboBox(), QComboBox()
        self.fmt = QComboBox()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_combos()
        layout = QVBoxLayout(self)
        layout.addWidget(self._what_box())
        form = QFormLayout()
        form.addRow(plain.plain_label(self.tr("Format")), self.fmt)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.radios[Choice.DAY_LIST].setChecked(True)

    def _fill_combos(self) -> None:
        for number, iso in enumerate(self.station.event.days, start=1):
            self.day.addItem(labels.day_heading(number, iso), iso)
        if self.station.day in self.station.event.days:
            self.day.setCurrentIndex(self.station.event.days.index(self.station.day))
        for session in self.sessions.values():
            title = labels.shortened(session.title, theme.EXPORT_SESSION_TITLE_CHARS)
            self.session.addItem(self.tr("Day {day}, {start}–{end}: {title} ({room})").format(
                day=session.day, start=session.start, end=session.end, title=title, room=session.room or "—",
            ), session.id)  # fmt: skip
        self.session.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # titles shown whole
        self.certificate_files.addItem(self.tr("all in one PDF file"), True)
        self.certificate_files.addItem(self.tr("one PDF file per person, in a folder"), False)

    def _what_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What"))
        grid = QGridLayout(box)
        rows = (
            (Choice.DAY_LIST, self.tr("Attendance list of a day"), self.day),
            (Choice.SESSION_LIST, self.tr("Attendance list of a session"), self.session),
            (Choice.CHECKINS, self.tr("All check-ins and door scans"), None),
            (Choice.CERTIFICATES, self.tr("Certificates of attendance"), self.certificate_files),
            (Choice.MEALS, self.tr("Meals and diets for the kitchen"), None),
        )
        for row, (choice, text, detail) in enumerate(rows):
            radio = self.radios[choice] = QRadioButton(text)
            radio.toggled.connect(self._toggled)
            grid.addWidget(radio, row, 0, 1, 1 if detail else 2)
            if detail is not None:
                grid.addWidget(detail, row, 1)
        self.radios[Choice.SESSION_LIST].setEnabled(self.session.count() > 0)
        grid.setColumnStretch(1, 1)
        return box

    def choice(self) -> Choice:
        return next(choice for choice, radio in self.radios.items() if radio.isChecked())

    def _toggled(self, checked: bool) -> None:
        if checked:
            self._update()

    def _update(self) -> None:
        choice = self.choice()
        for combo, owner in ((self.day, Choice.DAY_LIST), (self.session, Choice.SESSION_LIST),
                             (self.certificate_files, Choice.CERTIFICATES)):  # fmt: skip
            combo.setEnabled(choice is owner)
        self.fmt.clear()
        for fmt in self.request().formats():
            self.fmt.addItem(self._format_name(fmt), fmt)
        self.fmt.setEnabled(self.fmt.count() > 1)

    def _format_name(self, fmt: str) -> str:
        names = {
            "pdf": self.tr("PDF"),
            "xlsx": self.tr("Excel (XLSX)"),
            "csv": self.tr("CSV (for Excel: semicolons, UTF-8)"),
        }
        return names.get(fmt, fmt)

    def request(self) -> ExportRequest:
        choice = self.choice()
        return ExportRequest(
            choice,
            day=self.day.currentData() if choice is Choice.DAY_LIST else None,
            session_id=self.session.currentData() if choice is Choice.SESSION_LIST else None,
            merged=bool(self.certificate_files.currentData()),
            fmt=self.fmt.currentData(),
        )  # fmt: skip

    # --- where, and running it ----------------------------------------------------------------------------

    def default_name(self, request: ExportRequest) -> str:
        """A name that says what the file is, e.g. lista-obecnosci-dzien-1.pdf (a folder's has no suffix)."""
        if request.choice is Choice.DAY_LIST:
            number = self.station.event.days.index(str(request.day)) + 1
            stem = self.tr("attendance-day-{number}").format(number=number)
        elif request.choice is Choice.SESSION_LIST:
            title = self.sessions[int(str(request.session_id))].title
            stem = self.tr("attendance-{session}").format(session=file_words(title))
        elif request.choice is Choice.CHECKINS:
            stem = self.tr("check-ins-and-door-scans")
        elif request.choice is Choice.MEALS:
            stem = self.tr("meals-for-the-kitchen")
        else:
            stem = self.tr("certificates")
        return stem if request.into_folder else f"{stem}.{request.suffix}"

    def choose_target(self, request: ExportRequest) -> Path | None:
        """Asked with a file dialog in the user's documents; per-person certificates go into a folder of
        their own inside the folder chosen. None when the organiser cancels."""
        name = self.default_name(request)
        if request.into_folder:
            folder = files.choose_folder(self, self.tr("Folder for the certificates"), str(files.documents()))
            return Path(folder) / name if folder else None
        path = files.save_file(
            self,
            self.tr("Save the export as"),
            f"{request.suffix.upper()} (*.{request.suffix})",
            str(files.documents() / name),
            event_file=self.station.path,
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(f".{request.suffix}") else f"{path}.{request.suffix}")

    def accept(self) -> None:
        request = self.request()
        target = self.choose_target(request)
        if target is not None and self.export_to(request, target) is not None:
            super().accept()

    def export_to(self, request: ExportRequest, target: Path) -> Exported | None:
        """Write the export, on a worker thread with a station of its own (100,000 guests' attendance list
        takes half a minute); report what was written, or say why nothing was (None)."""
        opener = self.station.opener()
        try:
            done = run_under_note(
                self, self.tr("Export"), self.tr("Writing the export…"),
                lambda: on_station(opener, lambda station: request.run(station, target)),
            )  # fmt: skip
        except UserError as error:
            plain.warn(self, self.tr("Not exported"), messages.describe(error))
            return None
        except OSError as error:
            plain.warn(self, self.tr("Not exported"), self.tr(
                "{path} cannot be written ({reason}). Check that the file is not open in another program (such as Excel), that you may write in that folder and that the disk has space."
            ).format(path=target, reason=error.strerror or error))  # fmt: skip
            return None
        self._report(request, done, target)
        return done

    def _report(self, request: ExportRequest, done: Exported, target: Path) -> None:
        title = self.tr("Export finished")
        if not done.files:
            plain.inform(
                self, title, self.tr("Nobody has attended yet, so there is no certificate to write.")
            )
            return
        lines = [self._count(request, done.rows)]
        if done.pages and not request.into_folder:
            lines.append(self.tr("Pages: {pages}").format(pages=done.pages))
        place = self.tr("Saved in the folder {path}") if request.into_folder else self.tr("Saved as {path}")
        lines.append(place.format(path=target))
        plain.inform(self, title, "\n".join(lines))

    def _count(self, request: ExportRequest, rows: int) -> str:
        if request.choice is Choice.CHECKINS:
            return self.tr("Check-ins, undos, entries and exits: {rows}").format(rows=rows)
        if request.choice is Choice.CERTIFICATES:
            return self.tr("Certificates: {count}").format(count=rows)
        if request.choice is Choice.MEALS:
            return self.tr("Meals served, every meal together: {count}").format(count=rows)
        return self.tr("People on the list: {count}").format(count=rows)

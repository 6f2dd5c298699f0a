"""Printing badges from the desk without ever making the queue wait.

Jobs go to a worker thread: the badge PDF is rendered there (reportlab) and painted onto the printer page by
page (QtPdf renders each page at the printer's resolution), with no dialog. A missing or failing printer
keeps the job queued for a retry and says why; check-in itself never waits for the printer.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QRect,
    QSize,
    QSizeF,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from checkin.badges.drawing import BadgeRun
from checkin.output_files import write_output

try:
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # no PySide6-Addons: printing from the desk is off, PDF export still works
    QPdfDocument = None  # type: ignore[assignment, misc]  # None marks QtPdf as missing; printing tests it


PRINT_DPI = 300

# Why a badge did not print: marked for lupdate here, translated when shown (`PrinterProblem.text`); str()
# because the stubs type the marker as object.
NO_QTPDF = str(QT_TRANSLATE_NOOP("printing", "QtPdf is not available (install PySide6-Addons)"))
NOT_PREPARED = str(QT_TRANSLATE_NOOP("printing", "the badge could not be prepared for printing"))
CANNOT_USE = str(QT_TRANSLATE_NOOP("printing", "the printer {name} cannot be used"))
NO_PRINTER = str(QT_TRANSLATE_NOOP("printing", "no printer is installed on this computer"))
NOT_CONNECTED = str(QT_TRANSLATE_NOOP("printing", "the printer {name} is not connected"))
SET_ASIDE = str(QT_TRANSLATE_NOOP("printing", "a badge could not be printed and was set aside ({reason})"))


@dataclass(frozen=True)
class PrinterProblem:
    """Why a badge did not print, kept untranslated: the desk says it in the language of the moment
    (`text`), so a problem still on screen after a language switch is said in the new language."""

    template: str
    """One of this module's templates (`NO_PRINTER`...), in English."""
    name: str = ""
    """The printer's name."""
    reason: str = ""
    """The system's own words for a badge set aside, which no catalogue holds."""

    def text(self) -> str:
        return QCoreApplication.translate("printing", self.template).format(
            name=self.name, reason=self.reason
        )


@dataclass(frozen=True)
class PrintJob:
    attendee_ids: tuple[int, ...]
    run: BadgeRun
    reason: str = ""


@dataclass(frozen=True)
class PrintTarget:
    """A printer by name ("" = the system default), or a PDF file (tests, and "print to file")."""

    printer: str = ""
    pdf_file: Path | None = None


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(object, object)
    """The job and the `PrinterProblem` that keeps it waiting."""
    broken = Signal(object, str)
    """A job that can never print (bad data, a bug): set aside so the queue goes on."""

    def __init__(self, target: PrintTarget) -> None:
        super().__init__()
        self.target = target

    @Slot(object)
    def print_job(self, job: PrintJob) -> None:
        try:
            self._print(job)
        except PrintError as error:
            self.failed.emit(job, error.problem)
            return
        except Exception as error:
            self.broken.emit(job, str(error))
            return
        self.done.emit(job)

    def _print(self, job: PrintJob) -> None:
        if QPdfDocument is None:
            raise PrintError(PrinterProblem(NO_QTPDF))
        pdf_file = self.target.pdf_file
        if pdf_file is None:
            self._paint(job, self._printer(job, None))
        else:  # written whole, never over the event (`checkin.output_files`)
            write_output(pdf_file, lambda partial: self._paint(job, self._printer(job, partial)))

    def _paint(self, job: PrintJob, printer: QPrinter) -> None:
        document = QPdfDocument()
        data = QByteArray(job.run.pdf())
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        if document.pageCount() == 0:
            raise PrintError(PrinterProblem(NOT_PREPARED))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(PrinterProblem(CANNOT_USE, name=self.target.printer or "—"))
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                area: QRect = printer.pageLayout().fullRectPixels(printer.resolution())
                painter.drawImage(area, document.render(page, QSize(area.width(), area.height())))
        finally:
            painter.end()

    def _printer(self, job: PrintJob, pdf_file: Path | None) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if pdf_file is not None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(pdf_file))
        else:
            names = QPrinterInfo.availablePrinterNames()
            if not names:
                raise PrintError(PrinterProblem(NO_PRINTER))
            if self.target.printer and self.target.printer not in names:
                raise PrintError(PrinterProblem(NOT_CONNECTED, name=self.target.printer))
            printer.setPrinterName(self.target.printer or QPrinterInfo.defaultPrinterName() or names[0])
        width, height = job.run.layout.page
        page = QPageSize(QSizeF(width, height), QPageSize.Unit.Point)
        printer.setPageLayout(QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        printer.setFullPage(True)
        # Pages are painted as images; 300 dpi is sharp for QR modules of 0.5 mm and keeps each page small
        # (the PDF target's default 1200 dpi made an A4 sheet a 767 MB image).
        printer.setResolution(PRINT_DPI)
        return printer


class PrintError(Exception):
    """The printer cannot take the job now; `problem` says why, and the job waits for a retry."""

    def __init__(self, problem: PrinterProblem) -> None:
        super().__init__(problem.template)
        self.problem = problem


class BadgePrinter(QObject):
    """The desk's printer queue. `printed` fires once a job reached the printer (the desk logs it then);
    `problem` carries why it did not (a `PrinterProblem`), and the job waits for `retry()`."""

    printed = Signal(object)
    problem = Signal(object)
    waiting_changed = Signal(int)
    _submit = Signal(object)

    def __init__(self, target: PrintTarget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: deque[PrintJob] = deque()
        self._busy = False
        self._thread = QThread(self)
        self._worker = _Worker(target)
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.print_job)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._worker.broken.connect(self._on_broken)
        self._thread.start()

    @property
    def waiting(self) -> int:
        """Jobs not printed yet, the one being printed included."""
        return len(self._waiting)

    def queued_ids(self) -> set[int]:
        """Guests with a badge waiting: check-in must not queue a second one (a failed printer, day two)."""
        return {attendee_id for job in self._waiting for attendee_id in job.attendee_ids}

    def enqueue(self, job: PrintJob) -> None:
        self._waiting.append(job)
        self._next()

    def retry(self) -> None:
        self._next()

    def use(self, target: PrintTarget) -> None:
        """Another printer (chosen in Settings); a job being printed finishes on the old one."""
        self._worker.target = target

    def shutdown(self) -> None:
        self._thread.quit()
        self._thread.wait()

    def _next(self) -> None:
        if not self._busy and self._waiting:
            self._busy = True
            self._submit.emit(self._waiting[0])
        self.waiting_changed.emit(self.waiting)

    def _on_done(self, job: PrintJob) -> None:
        self._waiting.popleft()
        self._busy = False
        self.printed.emit(job)
        self._next()

    def _on_failed(self, job: PrintJob, problem: PrinterProblem) -> None:
        self._busy = False
        self.problem.emit(problem)
        self.waiting_changed.emit(self.waiting)

    def _on_broken(self, job: PrintJob, reason: str) -> None:
        self._waiting.popleft()
        self._busy = False
        self.problem.emit(PrinterProblem(SET_ASIDE, reason=reason))
        self._next()

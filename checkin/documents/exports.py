"""The organisers' exports, as one API for the command line and the desktop app: attendance lists, the log of
check-ins and door scans, certificates of attendance, and the kitchen's sheet of meals and diets.

Every export is the organiser's (`Roles.require_organiser`, asked first: the lists hold personal data),
checks its request before reading the event, reads everything it needs (funding logos included) before
writing, and writes each file under a temporary name moved into place once complete, never over the event
file or any database (`checkin.output_files`): a mistake or a crash half-way leaves no file, or the
previous one, never half a list.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.utils import ImageReader

from checkin.documents import attendance as lists
from checkin.documents.attendance_pdf import write_attendance_pdf
from checkin.documents.canvas import funding_logos
from checkin.documents.certificates import certificates_to_issue, write_certificates
from checkin.documents.kitchen import meals_table, write_meals_pdf
from checkin.documents.scans import scans_table
from checkin.documents.tables import TABLE_FORMATS, write_table
from checkin.domain import Event
from checkin.errors import UserError
from checkin.output_files import refuse_unsafe_folder, write_output
from checkin.programme.meals import meal_counts, meals
from checkin.station_part import StationPart

EXPORTS = ("attendance", "checkins", "certificates", "meals")
FORMATS = ("pdf", *TABLE_FORMATS)
DEFAULT_FORMATS = {"attendance": "pdf", "checkins": "xlsx", "certificates": "pdf", "meals": "pdf"}
_ALLOWED_FORMATS = {
    "attendance": FORMATS,
    "checkins": TABLE_FORMATS,
    "certificates": ("pdf",),
    "meals": FORMATS,
}


@dataclass(frozen=True)
class Exported:
    """What an export wrote: `rows` people or log rows, `pages` of PDF (0 for a spreadsheet), and the
    files (none when there was nothing to write, e.g. no certificates before anyone came)."""

    rows: int
    pages: int
    files: tuple[Path, ...]


def checked_format(
    what: str, fmt: str | None, *, day: str | None = None, session_id: int | None = None
) -> str:
    """The format an export request will be written in (`fmt`, or the export's default); a UserError for a
    combination that makes no sense, so that it is refused before anything is opened or written."""
    if what not in EXPORTS:
        raise UserError("unknown_export", "{what} is not an export; choose one of {exports}.", what=what,
                        exports=", ".join(EXPORTS))  # fmt: skip
    fmt = fmt or DEFAULT_FORMATS[what]
    if fmt not in _ALLOWED_FORMATS[what]:
        raise UserError("export_format", "The {what} export is written as {formats}, not {fmt}.", what=what,
                        formats=" or ".join(_ALLOWED_FORMATS[what]), fmt=fmt)  # fmt: skip
    if what == "attendance" and (day is None) == (session_id is None):
        raise UserError(
            "attendance_needs_day_or_session",
            "An attendance list is for one day (--day) or one session (--session): give one.",
        )
    if what != "attendance" and (day is not None or session_id is not None):
        raise UserError("export_takes_no_day", "--day and --session are for attendance lists; the {what} "
                        "export covers the whole event.", what=what)  # fmt: skip
    return fmt


class Exports(StationPart):
    """The organisers' exports of one station's event (`station.exports`), each file written whole or not
    at all."""

    def attendance(
        self, *, day: str | None = None, session_id: int | None = None, fmt: str = "pdf", out: Path
    ) -> Exported:
        """The attendance list of a day or of a session (`checkin.documents.attendance` says who is on
        it)."""
        station = self._station
        station.roles.require_organiser()
        fmt = checked_format("attendance", fmt, day=day, session_id=session_id)
        if session_id is not None:
            found = lists.session_list(station, session_id)
        else:
            found = lists.day_list(station, str(day))
        if fmt == "pdf":
            logos = self._logos()
            pages = self._write(out, lambda path: write_attendance_pdf(path, found, logos))
            return Exported(len(found.rows), pages, (out,))
        rows = self._write(out, lambda path: write_table(lists.attendance_table(found), fmt, path))
        return Exported(rows, 0, (out,))

    def checkins(self, *, fmt: str = "xlsx", out: Path) -> Exported:
        """Every check-in (undone ones marked), undo, entry and exit, in the order they were made."""
        station = self._station
        station.roles.require_organiser()
        fmt = checked_format("checkins", fmt)
        rows = self._write(out, lambda path: write_table(scans_table(station), fmt, path))
        return Exported(rows, 0, (out,))

    def certificates(self, *, out: Path, merged: bool = True) -> Exported:
        """Certificates of everyone who attended: one PDF at `out` (`merged`), or one PDF each in the folder
        `out`, named by surname and guest number. Nothing is written when nobody has attended yet."""
        station = self._station
        station.roles.require_organiser()
        found = certificates_to_issue(station)
        event = station.event_settings.current()  # its town and logos as saved now, here or elsewhere
        logos = self._logos(event)
        if not found:
            return Exported(0, 0, ())
        if merged:
            pages = self._write(out, lambda path: write_certificates(path, found, event, logos))
            return Exported(len(found), pages, (out,))
        refuse_unsafe_folder(out, station.path)
        out.mkdir(exist_ok=True)
        files = tuple(out / f"{certificate.file_stem}.pdf" for certificate in found)
        for certificate, file in zip(found, files, strict=True):
            self._write(
                file, functools.partial(write_certificates, batch=[certificate], event=event, logos=logos)
            )
        return Exported(len(found), len(found), files)

    def meals(self, *, fmt: str = "pdf", out: Path) -> Exported:
        """The kitchen's numbers of every meal: guests in total and per diet, and who has a special diet
        (`checkin.programme.meals` says who counts). Its rows are the meals' guests in total."""
        station = self._station
        station.roles.require_organiser()
        fmt = checked_format("meals", fmt)
        counts = meal_counts(station, meals(station))
        guests = sum(meal.total for meal in counts)
        days = station.event.days
        if fmt == "pdf":
            pages = self._write(out, lambda path: write_meals_pdf(path, counts, station.event.name, days))
            return Exported(guests, pages, (out,))
        self._write(out, lambda path: write_table(meals_table(counts, days), fmt, path))
        return Exported(guests, 0, (out,))

    def _write(self, out: Path, write: Callable[[Path], int]) -> int:
        """`write` the file `out` whole, never over the event or any database (`checkin.output_files`);
        returns what `write` counted."""
        return write_output(out, write, event_file=self._station.path)

    def _logos(self, event: Event | None = None) -> tuple[ImageReader, ...]:
        event = event or self._station.event_settings.current()
        return funding_logos(event, self._station.path.parent)

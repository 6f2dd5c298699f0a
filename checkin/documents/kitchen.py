"""The kitchen's sheet of meals (zestawienie posiłków): per meal, guests in total and per diet, and the named
list of guests with a special diet, as a PDF to hand over or a spreadsheet (`checkin.programme.meals` counts).

The spreadsheet is one table the kitchen filters: per meal a "razem" row with the total, a row per diet with
its count, then a row per guest of a special diet (name, organisation, the answer as they typed it).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from checkin.badges.drawing import BOLD, LEADING, MUTED_COLOUR, REGULAR, TEXT_COLOUR, Pen, fit_text
from checkin.dates import with_weekday
from checkin.documents.canvas import document_canvas
from checkin.documents.tables import Cell, Column, Table
from checkin.programme.meals import MealCount, SpecialDiet

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
CONTENT_W = PAGE_W - 2 * MARGIN
TITLE = "Posiłki: zestawienie dla kuchni"
TOTAL = "razem"
COLUMNS = (
    Column("Data", 11), Column("Godzina", 12), Column("Posiłek", 30), Column("Sala", 18), Column("Dieta", 22),
    Column("Liczba", 8), Column("Nazwisko", 22), Column("Imię", 16), Column("Instytucja", 32),
    Column("Dieta (jak wpisano)", 26),
)  # fmt: skip


def meals_table(counts: Sequence[MealCount], days: Sequence[str]) -> Table:
    return Table("Posiłki", COLUMNS, _rows(counts, days))


def _rows(counts: Sequence[MealCount], days: Sequence[str]) -> Iterator[Sequence[Cell]]:
    for meal in counts:
        session = meal.session
        where = (days[session.day - 1], f"{session.start}–{session.end}", session.title, session.room)
        yield (*where, TOTAL, meal.total, "", "", "", "")
        for diet, count in meal.diets:
            yield (*where, diet, count, "", "", "", "")
        for guest in meal.special:
            person = guest.attendee
            yield (
                *where,
                guest.diet,
                "",
                person.last_name,
                person.first_name,
                person.organisation,
                guest.answer,
            )


def write_meals_pdf(
    target: Path | BinaryIO, counts: Sequence[MealCount], event_name: str, days: Sequence[str]
) -> int:
    """The sheet, meal after meal, a new page when one is full; returns the number of pages."""
    canvas = document_canvas(target, f"{TITLE}: {event_name}")
    sheet = _Sheet(canvas, Pen(canvas))
    sheet.line(TITLE, BOLD, 15, gap=2 * mm)
    sheet.line(event_name, REGULAR, 11, gap=6 * mm)
    if not counts:
        sheet.line("Program nie ma posiłków, na które uczestnicy się zapisują.", REGULAR, 11)
    for meal in counts:
        _meal(sheet, meal, days)
    canvas.showPage()
    canvas.save()
    return sheet.pages


def _meal(sheet: _Sheet, meal: MealCount, days: Sequence[str]) -> None:
    session = meal.session
    sheet.keep(4 * 14)  # the meal's heading never stands alone at the foot of a page
    room = f", {session.room}" if session.room else ""
    sheet.line(session.title, BOLD, 13, gap=1 * mm)
    when = f"{with_weekday(days[session.day - 1])}, {session.start}–{session.end}{room}"
    sheet.line(when, REGULAR, 10, gap=2 * mm, muted=True)
    sheet.line(f"Razem: {meal.total}", BOLD, 11, gap=1 * mm)
    for diet, count in meal.diets:
        sheet.line(f"{diet}: {count}", REGULAR, 11, indent=6 * mm)
    if meal.special:
        sheet.line("Diety specjalne:", BOLD, 10, gap=1 * mm, before=2 * mm)
        for guest in meal.special:
            sheet.line(_guest(guest), REGULAR, 9.5, indent=6 * mm)
    sheet.space(8 * mm)


def _guest(guest: SpecialDiet) -> str:
    person = guest.attendee
    name = " ".join(part for part in (person.last_name, person.first_name) if part)
    organisation = f" ({person.organisation})" if person.organisation else ""
    typed = f" (wpisano: {guest.answer})" if guest.answered_otherwise else ""
    return f"{name}{organisation}: {guest.diet}{typed}"


class _Sheet:
    """Lines written down the page from the top, continued on a new page when the page is full."""

    def __init__(self, canvas: Canvas, pen: Pen) -> None:
        self.canvas, self.pen = canvas, pen
        self.top = PAGE_H - MARGIN
        self.pages = 1

    def keep(self, height: float) -> None:
        """A new page unless `height` fits on this one."""
        if self.top - height < MARGIN:
            self.canvas.showPage()
            self.pages += 1
            self.top = PAGE_H - MARGIN

    def space(self, height: float) -> None:
        self.top -= height

    def line(
        self, text: str, font: str, size: float, *, gap: float = 0.6 * mm, indent: float = 0,
        before: float = 0, muted: bool = False,
    ) -> None:  # fmt: skip
        """`text` fitted to the width (two lines at most, smaller if need be), `gap` under it."""
        width = CONTENT_W - indent
        fitted = fit_text(text, font, width, 2 * size * LEADING, (size, size * 0.75), max_lines=2)
        self.top -= before
        self.keep(len(fitted.lines) * fitted.size * LEADING)
        colour = MUTED_COLOUR if muted else TEXT_COLOUR
        self.top -= self.pen.text(text, font, (MARGIN + indent, self.top, width, 2 * size * LEADING),
                                  (size, size * 0.75), max_lines=2, colour=colour) + gap  # fmt: skip

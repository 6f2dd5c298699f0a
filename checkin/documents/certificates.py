"""Certificates of attendance (zaświadczenie o udziale): who gets one, what it names, and the A4 page.

Only people who actually attended get one: checked in at the desk on at least one day, or entered a
session through its door. A registered guest who never came gets none, whatever they signed up for.

The workshop a certificate names is decided per choice group (the parallel workshops of one slot):
the workshop the guest entered through its door; if they came through no door of that slot (doors are
often scanned at some rooms only, or not in a rush), the workshop they were signed up for, provided they
were checked in on its day. Only sessions of kind "workshop" are named; several days' workshops are all
named, in programme order. The per-session attendance list, with its entry times, is the stricter record.

The text avoids "Pan/Pani" and gendered verbs: the name stands alone, and "wyżej wymieniona osoba wzięła
udział" agrees with "osoba" whoever the guest is. The certificate is dated on the event's last day in its
town, so a certificate printed again a month later matches the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from unidecode import unidecode

from checkin.badges.drawing import BOLD, LEADING, MUTED_COLOUR, NAME, REGULAR, TEXT_COLOUR, Pen, fit_text
from checkin.collation import by_surname
from checkin.dates import date_span, polish_date
from checkin.documents.canvas import document_canvas, draw_logos
from checkin.domain import Attendee, Event, Session
from checkin.text import SILENT_SIGNS

if TYPE_CHECKING:
    from checkin.station import Station

PAGE_W, PAGE_H = A4
FRAME_INSET = 12 * mm
MARGIN = 25 * mm
TEXT_W = PAGE_W - 2 * MARGIN
LOGO_BAND_H = 20 * mm
ACCENT = HexColor("#1F3A5F")
SIGNATURE_W = 70 * mm
SIGNATURE_LINE = FRAME_INSET + 38 * mm
SIGNATURE_TOP = SIGNATURE_LINE + 14 * mm
"""Where the place and date above the signature line begin, with a margin: the details stay above it."""
DETAIL_SIZES = (12, 11, 10, 9, 8)
DETAIL_GAP = 1.5 * mm
FILE_STEM_CHARS = 60
"""Of the surname in a certificate's own file name: whole for any real surname, far under a disk's 255."""


@dataclass(frozen=True)
class Certificate:
    """One person's certificate: who, the days they were there, and the workshops they attended."""

    attendee: Attendee
    days: tuple[str, ...]
    workshops: tuple[Session, ...]

    @property
    def name(self) -> str:
        """With the academic title: a certificate is addressed formally."""
        return self.attendee.full_name

    @property
    def file_stem(self) -> str:
        """The file name of a certificate of its own: the surname in plain letters (e-mail and zip tools
        still garble others), at most `FILE_STEM_CHARS` of them (a 2,000-character surname is no file name
        a disk takes), and the guest's number, which keeps namesakes apart."""
        surname = "".join(
            c if c.isalnum() else "-" for c in unidecode(self.attendee.last_name.translate(SILENT_SIGNS))
        )[:FILE_STEM_CHARS].strip("-")
        return f"{surname or 'uczestnik'}-{self.attendee.id}"


def certificates_to_issue(station: Station) -> list[Certificate]:
    """The certificates of everyone who attended, sorted by surname in Polish order."""
    storage, programme = station.storage, station.programme
    checked_in, entered = storage.checked_in_days(), storage.entered_sessions()
    people = storage.attendees_by_ids(sorted(checked_in.keys() | entered.keys()))
    sessions = programme.sessions()
    dates = {s.id: programme.date_of(s) for s in sessions}
    workshops = [s for s in sessions if s.kind == "workshop"]
    signed = storage.signups_among(list(people), [s.id for s in workshops])
    found = []
    for attendee_id, attendee in people.items():
        days, doors = checked_in.get(attendee_id, set()), entered.get(attendee_id, set())
        attended = _attended_workshops(workshops, doors, set(signed.get(attendee_id, ())), days, dates)
        all_days = days | {dates[s] for s in doors if s in dates}
        found.append(Certificate(attendee, tuple(sorted(all_days)), attended))
    return sorted(found, key=lambda c: by_surname(c.attendee.last_name, c.attendee.first_name))


def _attended_workshops(
    workshops: Sequence[Session],
    entered: set[int],
    signed_up: set[int],
    days: set[str],
    dates: dict[int, str],
) -> tuple[Session, ...]:
    """One workshop per slot (choice group, or the session alone): the one entered, else the one signed up
    for on a day the guest was checked in (see the module's docstring)."""
    slots: dict[str, Session] = {}
    for session in workshops:
        slot = session.choice_group or f"#{session.id}"
        if session.id in entered:
            slots[slot] = session
        elif session.id in signed_up and dates[session.id] in days:
            slots.setdefault(slot, session)
    return tuple(sorted(slots.values(), key=lambda s: (s.day, s.start, s.id)))


# --- the page -----------------------------------------------------------------------------------------------


def write_certificates(
    target: Path | BinaryIO, batch: Iterable[Certificate], event: Event,
    logos: Sequence[ImageReader] = (),
) -> int:  # fmt: skip
    """One A4 page per certificate, into one file; returns the number of pages."""
    canvas = document_canvas(target, f"{event.name}: zaświadczenia o udziale")
    pen, pages = Pen(canvas), 0
    for certificate in batch:
        _draw_certificate(canvas, pen, certificate, event, logos)
        canvas.showPage()
        pages += 1
    canvas.save()
    return pages


def _draw_certificate(
    canvas: Canvas, pen: Pen, certificate: Certificate, event: Event, logos: Sequence[ImageReader]
) -> None:
    _draw_frame(canvas)
    draw_logos(canvas, logos, (MARGIN, PAGE_H - FRAME_INSET - 6 * mm - LOGO_BAND_H, TEXT_W, LOGO_BAND_H))
    top = PAGE_H - 70 * mm
    top -= _centred(pen, "Zaświadczenie o udziale", BOLD, top, 14 * mm, (28, 18), colour=ACCENT)
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1)
    canvas.line(PAGE_W / 2 - 20 * mm, top - 5 * mm, PAGE_W / 2 + 20 * mm, top - 5 * mm)
    top -= 18 * mm
    top -= _centred(pen, certificate.name, NAME, top, 26 * mm, (30, 14), max_lines=2) + 2 * mm
    top -= _centred(pen, certificate.attendee.organisation, REGULAR, top, 12 * mm, (12, 9), max_lines=2,
                    colour=MUTED_COLOUR) + 10 * mm  # fmt: skip
    for line in ("Niniejszym zaświadcza się, że wyżej wymieniona osoba", "wzięła udział w wydarzeniu"):
        top -= _centred(pen, line, REGULAR, top, 6 * mm, (12, 9))
    top -= 3 * mm
    top -= _centred(pen, event.name, BOLD, top, 20 * mm, (17, 11), max_lines=3) + 8 * mm
    lines = _details(certificate, event)
    size = _details_size(lines, top - SIGNATURE_TOP)
    for line in lines:
        top -= _centred(pen, line, REGULAR, top, 11 * mm, (size, size), max_lines=2) + DETAIL_GAP
    _draw_signature(canvas, pen, event)


def _details_size(lines: Sequence[str], room: float) -> float:
    """The largest size at which every detail line fits above the signatures (many long workshop titles of
    a four-day event would otherwise run into them)."""
    for size in DETAIL_SIZES:
        fitted = (fit_text(line, REGULAR, TEXT_W, 11 * mm, (size, size), max_lines=2) for line in lines)
        if sum(len(f.lines) * size * LEADING + DETAIL_GAP for f in fitted) <= room:
            return size
    return DETAIL_SIZES[-1]


def _details(certificate: Certificate, event: Event) -> list[str]:
    """Labelled lines ("Termin: ...") rather than a sentence: no word has to agree with the guest's gender
    or take a grammatical case the venue's name does not have."""
    lines = [f"Termin: {date_span(event.days)}"]
    if certificate.days and list(certificate.days) != list(event.days):
        lines.append(f"Dni udziału: {date_span(certificate.days)}")
    if event.venue:
        lines.append(f"Miejsce: {event.venue}")
    return [*lines, *(_workshop(session, event) for session in certificate.workshops)]


def _workshop(session: Session, event: Event) -> str:
    """One line per workshop, with its date when the event has more than one day."""
    if len(event.days) == 1:
        return f"Warsztat: {session.title}"
    return f"Warsztat ({polish_date(event.days[session.day - 1])}): {session.title}"


def _centred(
    pen: Pen, text: str, font: str, top: float, height: float, sizes: tuple[float, float], *,
    max_lines: int = 1, colour: Color = TEXT_COLOUR,
) -> float:  # fmt: skip
    """Fitted text centred across the text column, from `top`; returns the height it took."""
    return pen.text(text, font, (MARGIN, top, TEXT_W, height), sizes, max_lines=max_lines, colour=colour,
                    centred=True)  # fmt: skip


def _draw_frame(canvas: Canvas) -> None:
    """A double rule around the page, the classic diploma border, in the accent colour."""
    canvas.setStrokeColor(ACCENT)
    for inset, width in ((FRAME_INSET, 1.4), (FRAME_INSET + 2 * mm, 0.4)):
        canvas.setLineWidth(width)
        canvas.rect(inset, inset, PAGE_W - 2 * inset, PAGE_H - 2 * inset, stroke=1, fill=0)


def _draw_signature(canvas: Canvas, pen: Pen, event: Event) -> None:
    """Place and date at the left, a line for the organiser's signature (and stamp) at the right."""
    line_y = SIGNATURE_LINE
    last_day = polish_date(event.days[-1])
    issued = f"{event.town}, {last_day}" if event.town else last_day
    pen.text(issued, REGULAR, (MARGIN, line_y + 16, SIGNATURE_W, 14), (11, 8), max_lines=1, centred=True)
    right = PAGE_W - MARGIN - SIGNATURE_W
    canvas.setStrokeColor(MUTED_COLOUR)
    canvas.setLineWidth(0.6)
    canvas.setDash(1, 2)
    for x in (MARGIN, right):
        canvas.line(x, line_y, x + SIGNATURE_W, line_y)
    canvas.setDash()
    for x, caption in ((MARGIN, "miejscowość, data"), (right, "podpis organizatora")):
        pen.text(caption, REGULAR, (x, line_y - 3, SIGNATURE_W, 10), (8, 8), max_lines=1, colour=MUTED_COLOUR,
                 centred=True)  # fmt: skip

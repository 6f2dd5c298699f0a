"""Demo event: the II Congress of Social Services Centres with its programme and generated registrants.

The demo, the screenshots and the benchmark need an event that looks like the real thing: the congress's
real programme (from `data/programme.csv`) and registrants from `checkin.demo.registrants`, written out as
the organisers' Excel export when a test or the benchmark needs a file to import.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from checkin.demo.registrants import MEALS, generate_registrants
from checkin.domain import DEFAULT_CATEGORY, DEFAULT_CATEGORY_LABELS, Registrant, Session
from checkin.paths import data_dir
from checkin.programme.file_reader import read_programme
from checkin.station import Station, building

EVENT_NAME = "II Kongres Centrów Usług Społecznych"
EVENT_VENUE = "Hotel Europa Business & Spa, ul. Radomska 76, Starachowice"
EVENT_TOWN = "Starachowice"
PROGRAMME_CSV: Path = data_dir() / "programme.csv"
DEMO_PIN = "1234"
"""The demo event's organiser PIN, as the README gives it: the demo shows what reception may not do."""

CSV_HEADERS: tuple[str, ...] = (
    "Nr zgłoszenia", "Tytuł", "Imię", "Nazwisko", "Stanowisko", "Instytucja", "Miejscowość", "E-mail",
    "Telefon", "Kategoria", "Warsztat", "Dni", "Uwagi", "Potrzeby", "Zgoda na przetwarzanie danych",
    "Zgoda na wizerunek", *(column for column, _, _ in MEALS),
)  # fmt: skip
"""The columns of the organisers' Excel export, in its order: a yes/no column per meal last."""


# --- Programme ---------------------------------------------------------------------------------------


def demo_days(first_day: date | None = None) -> tuple[str, ...]:
    """The congress's two days as ISO dates, from `first_day` (today by default) so the demo can check in."""
    start = first_day or date.today()
    return tuple((start + timedelta(days=offset)).isoformat() for offset in range(2))


def load_programme(path: Path = PROGRAMME_CSV, days: tuple[str, ...] | None = None) -> list[Session]:
    """The sessions of `path` in file order, read as an organiser's programme file is; ids are 0 until
    storage assigns them. `days` are the event's dates (the demo's by default).

    The file ships with the app, so a row the reader would skip is a bug here: it raises instead.
    """
    parsed = read_programme(path, days or demo_days())
    if parsed.problems:
        raise ValueError("; ".join(problem.message for problem in parsed.problems))
    return parsed.sessions


# --- Export ------------------------------------------------------------------------------------------


def write_registrants_csv(path: Path, registrants: Iterable[Registrant], days: tuple[str, ...]) -> None:
    """Write `registrants` as the organisers' Excel export does, so the importer meets real-world input.

    UTF-8 with BOM (how Excel knows the encoding), `;` (Excel's separator in a Polish locale), CRLF, Polish
    headers and labels. Rows are streamed, so a 100,000-guest generator never becomes a list.
    """
    numbers = {day: str(index) for index, day in enumerate(days, start=1)}
    every_day = ", ".join(numbers.values())
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_HEADERS)
        writer.writerows(_csv_row(registrant, numbers, every_day) for registrant in registrants)


def _csv_row(registrant: Registrant, numbers: dict[str, str], every_day: str) -> tuple[str, ...]:
    days = ", ".join(numbers.get(day, day) for day in registrant.days) or every_day
    return (
        registrant.registration_id, registrant.title, registrant.first_name, registrant.last_name,
        registrant.position, registrant.organisation, registrant.city, registrant.email, registrant.phone,
        DEFAULT_CATEGORY_LABELS[registrant.category or DEFAULT_CATEGORY], registrant.workshop, days,
        registrant.notes, registrant.needs,
        _yes_no(registrant.consent_data), _yes_no(registrant.consent_image),
        *(registrant.extra.get(column, "") for column, _, _ in MEALS),
    )  # fmt: skip


def _yes_no(consent: bool | None) -> str:
    """`tak` / `nie`, and an empty cell for a question left unanswered."""
    return "" if consent is None else "tak" if consent else "nie"


def create_demo_event(
    path: Path, *, registrants: int = 200, seed: int = 1, first_day: date | None = None, pin: str = DEMO_PIN
) -> Station:
    """The II Congress, shifted so that day one is `first_day` (today), with generated registrants; the
    station returned opens it as a desk does, in reception."""
    days = demo_days(first_day)
    with building(path) as partial:
        station = Station.create(
            partial, event_name=EVENT_NAME, venue=EVENT_VENUE, town=EVENT_TOWN, days=days, pin=pin
        )
        station.programme.save(load_programme(days=days))
        station.register(list(generate_registrants(registrants, seed, days)), reason="demo")
        station.close()
    return Station.open(path)

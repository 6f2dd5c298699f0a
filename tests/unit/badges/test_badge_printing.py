"""What gets printed, in which order, and the record of it, on a real event file."""

import pytest
from helpers.events import DAYS, code_of, make_station
from pypdf import PdfReader

from checkin.badges import printing as badge_printing
from checkin.badges.template import BadgeTemplate
from checkin.domain import Event, Registrant, Session
from checkin.errors import UserError


@pytest.fixture
def station(tmp_path):
    s = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    s.register(
        [
            Registrant(first_name="Adam", last_name="Łukasik"),
            Registrant(first_name="Ewa", last_name="Lis"),
            Registrant(first_name="Zofia", last_name="Żak", category="speaker"),
        ],
        reason="test",
    )
    yield s
    s.close()


def surnames(station, ids):
    return [station.find(i).last_name for i in ids]


def test_batches_are_sorted_by_surname_the_polish_way(station):
    ids = station.badges.selection()
    assert surnames(station, ids) == [
        "Gołębiowska",
        "Jóżko",
        "Коваленко",
        "Kowalski",
        "Lis",
        "Łukasik",
        "Nowak",
        "Żak",
    ]


def test_selection_by_category_ids_and_only_unprinted(station):
    assert surnames(station, station.badges.selection(category="speaker")) == ["Jóżko", "Żak"]
    kowalski = station.find(code_of(station, "Kowalski")).id
    nowak = station.find(code_of(station, "Nowak")).id
    assert surnames(station, station.badges.selection(ids=[nowak, kowalski])) == [
        "Kowalski",
        "Nowak",
    ]
    station.badges.record_prints([kowalski], "a4-8")
    unprinted = station.badges.selection(only_unprinted=True)
    assert kowalski not in unprinted and len(unprinted) == 7


def test_every_print_is_logged_and_a_reprint_needs_a_reason(station):
    guest = station.find(code_of(station, "Nowak")).id
    station.badges.record_prints([guest], "a6")
    with pytest.raises(UserError):
        station.badges.record_prints([guest], "a6", reprint=True)
    station.badges.record_prints([guest], "a6", reason="zgubiony identyfikator", reprint=True)
    assert station.badges.print_count(guest) == 2
    prints = [e for e in station.storage.log_entries(attendee_id=guest) if e.kind == "badge_print"]
    assert [(e.station, e.staff, e.data["reprint"], e.reason) for e in prints] == [
        ("Recepcja 1", "Ola", False, ""),
        ("Recepcja 1", "Ola", True, "zgubiony identyfikator"),
    ]


def test_the_design_is_stored_with_the_event_and_logged(station, tmp_path):
    design = BadgeTemplate(labels={"participant": "DELEGAT"}, layout="a6")
    station.badges.save_template(design)
    assert station.badges.template() == design
    assert station.storage.log_entries()[-1].kind == "badge_template"
    run = station.badges.run([station.find(code_of(station, "Nowak")).id])
    assert run.layout.name == "a6"
    run.write(tmp_path / "one.pdf")
    assert "DELEGAT" in PdfReader(tmp_path / "one.pdf").pages[0].extract_text()


def test_header_writes_polish_dates_and_the_town_set_for_the_venue():
    def event(*days, town="Starachowice"):
        return Event("Kongres", "Starachowice, Hotel Europa, ul. Radomska 76", days, b"", {"town": town})

    assert (
        badge_printing.header(event("2026-06-21", "2026-06-22")).dates == "21–22 czerwca 2026 · Starachowice"
    )
    assert badge_printing.header(event("2026-09-30", "2026-10-01")).dates.startswith(
        "30 września – 1 października"
    )
    # No town set: the dates alone, never a part of the venue's address guessed to be one
    assert badge_printing.header(event("2026-06-21", town="")).dates == "21 czerwca 2026"


def test_badge_names_the_workshop_the_guest_chose_and_its_room(station):
    workshop = dict(day=2, start="09:00", end="12:00", kind="workshop", choice_group="w", capacity=10)
    station.programme.save([
        Session(title="Zarządzanie usługami społecznymi", room="Warszawa", **workshop),
        Session(title="Organizowanie Społeczności Lokalnej", room="Bruksela", **workshop),
    ])  # fmt: skip
    kowalski = station.find(code_of(station, "Kowalski"))
    organising = station.programme.workshops()[1]
    station.choices.choose(kowalski.id, organising.id)
    nowak = station.find(code_of(station, "Nowak"))

    [chosen, none] = station.badges.of([kowalski.id, nowak.id])

    assert (chosen.workshop, chosen.room) == ("Organizowanie Społeczności Lokalnej", "Bruksela")
    assert (none.workshop, none.room) == ("", "")


def test_the_hardest_badges_to_fit_are_the_longest_name_organisation_surname_and_position_first(tmp_path):
    people = [
        Registrant(first_name="Jan", last_name="Nowak", title="prof. dr hab. inż.", organisation="UW"),
        Registrant(first_name="Ewa", last_name="Lis", organisation="Regionalny Ośrodek Polityki Społecznej"),
        Registrant(first_name="Jo", last_name="Brzęczyszczykiewicz"),
        Registrant(first_name="Ola", last_name="Kot", position="Zastępca Dyrektora ds. Operacyjnych"),
        Registrant(first_name="Zofia", last_name="Krótka"),
        Registrant(first_name="Anna", last_name="Wiśniewska-Żółkiewska-Szczepańska", registration_id="X"),
    ]
    station = make_station(tmp_path / "event.sqlite", tuple(people))
    station.registrations.cancel(code_of(station, "Wiśniewska-Żółkiewska-Szczepańska"), "rezygnacja")

    hardest = station.badges.hardest_to_fit()

    assert surnames(station, hardest)[:4] == ["Nowak", "Lis", "Brzęczyszczykiewicz", "Kot"]
    assert len(hardest) == len(set(hardest)) and "Wiśniewska-Żółkiewska-Szczepańska" not in surnames(
        station, hardest
    )
    assert make_station(tmp_path / "empty.sqlite", ()).badges.hardest_to_fit() == []

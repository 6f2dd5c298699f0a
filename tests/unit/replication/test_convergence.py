"""Property: three stations doing anything in any interleaving (check-ins, undos, edits, cancellations,
workshop choices, door entries and exits, walk-ins), exchanging with whoever they reach,
end in the same state once they have all talked."""

import shutil
import tempfile
from pathlib import Path

import pytest
from helpers.events import DAYS, PROGRAMME, make_station
from helpers.replicas import exchange, joined, pull, state
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.station import Station

NAMES = ("Kowalski", "Jóżko", "Gołębiowska", "Nowak")
STATIONS = 3

station_no = st.integers(0, STATIONS - 1)
guest_no = st.integers(0, len(NAMES) - 1)
day = st.sampled_from(DAYS[:1])
operations = st.one_of(
    st.tuples(st.just("check_in"), station_no, guest_no, day),
    st.tuples(st.just("undo"), station_no, guest_no, day),
    st.tuples(
        st.just("edit"),
        station_no,
        guest_no,
        st.sampled_from(["organisation", "email"]),
        st.text("abcąę", max_size=4),
    ),
    st.tuples(st.just("cancel"), station_no, guest_no, st.booleans()),
    st.tuples(st.just("choose"), station_no, guest_no, st.integers(0, 1)),
    st.tuples(st.just("walk_in"), station_no, st.sampled_from(["Lis", "Zając"])),
    st.tuples(st.just("enter"), station_no, guest_no, st.integers(0, 1)),
    st.tuples(st.just("exit"), station_no, guest_no, st.integers(0, 1)),
    st.tuples(st.just("pull"), station_no, station_no),
)


@pytest.fixture(scope="module")
def originals(tmp_path_factory):
    folder = tmp_path_factory.mktemp("originals")
    first = make_station(
        folder / "0.sqlite",
        name="Desk 0",
        guests=tuple(Registrant(first_name="Gość", last_name=name, registration_id=name) for name in NAMES),
    )
    first.programme.save(list(PROGRAMME))
    paths = [folder / "0.sqlite"]
    for number in range(1, STATIONS):
        joined(first, folder / f"{number}.sqlite", f"Desk {number}").close()
        paths.append(folder / f"{number}.sqlite")
    first.close()
    return paths


def originals_workshops(paths: list[Path]) -> set[int]:
    station = Station.open(paths[0], name="reader")
    try:
        return {s.id for s in station.programme.sessions() if s.choice_group}
    finally:
        station.close()


def _apply(stations: list[Station], operation: tuple) -> None:
    kind, who, *rest = operation
    station = stations[who]
    codes = {a.last_name: a.code for a in station.storage.attendees()}
    try:
        if kind == "check_in":
            station.check_in(codes[NAMES[rest[0]]], day=rest[1])
        elif kind == "undo":
            station.undo(codes[NAMES[rest[0]]], "pomyłka", day=rest[1])
        elif kind == "edit":
            station.edit(station.guest(codes[NAMES[rest[0]]]).id, {rest[1]: rest[2]})
        elif kind == "cancel":
            guest = station.guest(codes[NAMES[rest[0]]])
            registrations = station.registrations
            (registrations.cancel if rest[1] else registrations.restore)(guest.id, "zmiana")
        elif kind == "choose":
            workshops = [s for s in station.programme.sessions() if s.choice_group]
            station.choices.choose(
                station.guest(codes[NAMES[rest[0]]]).id, workshops[rest[1]].id, override="test"
            )
        elif kind in ("enter", "exit"):
            workshops = [s for s in station.programme.sessions() if s.choice_group]
            code, session = codes[NAMES[rest[0]]], workshops[rest[1]].id
            station.door.enter(code, session, admit=True, override="test") if kind == "enter" else (
                station.door.leave(code, session)
            )
        elif kind == "walk_in":
            station.walk_in(Registrant(first_name="Nowy", last_name=rest[0]), day=DAYS[0])
        else:
            pull(station, stations[rest[0]]) if rest[0] != who else None
    except UserError:
        pass  # a refusal (a cancelled guest's choice, a full room) changes nothing, as at a real desk


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(operations, max_size=25))
def test_three_stations_converge_whatever_they_did_and_whenever_they_talked(originals, script):
    with tempfile.TemporaryDirectory() as folder:
        stations = []
        for number, original in enumerate(originals):
            shutil.copy(original, Path(folder) / original.name)
            stations.append(Station.open(Path(folder) / original.name, name=f"Desk {number}"))
        for operation in script:
            _apply(stations, operation)
        exchange(*stations)
        states = [state(s) for s in stations]
        for station in stations:
            station.close()
    assert states[0] == states[1] == states[2]
    workshops = [
        guest for guest, session in states[0]["signups"] if session in originals_workshops(originals)
    ]
    assert len(workshops) == len(set(workshops))  # never two parallel workshops

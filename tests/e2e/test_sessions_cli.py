"""`sessions` and `enter` on the command line, end to end, and two desks filling one workshop at once."""

import multiprocessing
import sqlite3

import pytest
from helpers.cli import as_json, cli
from helpers.events import PROGRAMME, code_of, make_station, session_titled, workshop
from helpers.workers import choose_all

from checkin.domain import Registrant

SESSION_KEYS = {"id", "title", "day", "start", "room", "kind", "capacity", "signed_up", "entered", "in_room"}


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("sessions") / "demo.sqlite"
    cli(db, "demo", "--registrants", "150", "--seed", "5")
    return db


def by_title(sessions, title):
    return next(s for s in sessions if s["title"] == title)


def test_sessions_lists_the_congress_programme_with_its_numbers(demo_db):
    sessions = as_json(cli(demo_db, "sessions", "--json"))

    assert all(set(s) >= SESSION_KEYS for s in sessions)
    workshops = [s for s in sessions if s["kind"] == "workshop"]
    assert [(s["day"], s["start"], s["room"], s["capacity"]) for s in workshops] == [
        (2, "09:00", "Warszawa", 80), (2, "09:00", "Bruksela", 70), (2, "09:00", "Sala Europejska", 70)
    ]  # fmt: skip
    assert all(0 < s["signed_up"] <= s["capacity"] for s in workshops)
    opening = by_title(sessions, "Uroczyste Otwarcie Kongresu CUS")
    assert (opening["day"], opening["start"], opening["room"], opening["entered"]) == (
        1,
        "11:00",
        "Bruksela",
        0,
    )
    assert [s["title"] for s in as_json(cli(demo_db, "sessions", "--day", "2", "--json"))][-1] == "Obiad"


def test_door_scans_give_each_verdict_with_the_attendee(tmp_path):
    db = tmp_path / "event.sqlite"
    station = make_station(db)
    station.programme.save(PROGRAMME)
    management, organising = (session_titled(station, t).id for t in (PROGRAMME[2].title, PROGRAMME[3].title))
    station.choices.choose(station.find(code_of(station, "Kowalski")).id, organising)
    kowalski = code_of(station, "Kowalski")
    station.close()

    def enter(*args):
        return as_json(cli(db, "enter", *args, "--json"))

    refused = enter(kowalski, "--session", str(management))
    assert refused["verdict"] == "not_signed_up" and refused["attendee"]["last_name"] == "Kowalski"
    assert refused["right_session"]["room"] == "Bruksela"
    assert enter(kowalski, "--session", str(organising))["verdict"] == "entered"
    again = enter(kowalski, "--session", str(organising))
    assert again["verdict"] == "already_entered" and again["entry"]["at"]
    assert again["session"]["entered"] == again["session"]["in_room"] == 1
    moved = enter(kowalski, "--session", str(management), "--admit")
    assert moved["verdict"] == "entered" and moved["switched_from"]["id"] == organising
    assert enter("ABCDEFGHJKLMNPQRS", "--session", str(management))["verdict"] == "unknown_code"
    assert enter(kowalski, "--session", str(management), "--exit")["session"]["in_room"] == 0

    sessions = as_json(cli(db, "sessions", "--json"))
    assert [(s["entered"], s["in_room"]) for s in sessions if s["id"] in (management, organising)] == [
        (1, 0),
        (0, 0),
    ]


def test_a_full_session_at_the_door_on_the_command_line(tmp_path):
    db = tmp_path / "event.sqlite"
    station = make_station(db)
    station.programme.save([workshop("Mała sala", "Sala A", capacity=1)])
    [session] = station.programme.sessions()
    station.choices.choose(station.find(code_of(station, "Nowak")).id, session.id)
    kowalski = code_of(station, "Kowalski")
    station.close()

    scan = ("enter", kowalski, "--session", str(session.id), "--admit", "--json")
    full = as_json(cli(db, *scan))
    admitted = as_json(cli(db, *scan, "--override", "VIP"))
    assert (full["verdict"], admitted["verdict"], admitted["overridden"]) == ("session_full", "entered", True)


def test_an_unknown_session_is_one_line_and_exit_2(demo_db):
    result = cli(demo_db, "enter", "ABCDEFGHJKLMNPQRS", "--session", "999", check=False)
    assert result.returncode == 2 and result.stderr.startswith("error:") and "999" in result.stderr


def test_two_desks_choosing_at_once_never_overfill_a_workshop(tmp_path):
    path = tmp_path / "event.sqlite"
    guests = tuple(
        Registrant(first_name=f"Gość{i}", last_name=f"Nr{i}", registration_id=f"G{i}") for i in range(60)
    )
    station = make_station(path, guests=guests)
    station.programme.save(
        [workshop("Warsztat A", "Sala A", capacity=25), workshop("Warsztat B", "Sala B", 25)]
    )
    first, second = (s.id for s in station.programme.sessions())
    ids = [a.id for a in station.storage.attendees()]
    station.close()
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    desks = [
        # Each desk signs everyone up for A, then moves half of them to B and back: moves free seats that
        # the other desk races for.
        context.Process(
            target=choose_all, args=(str(path), desk, [first, second, first], order, start, results)
        )
        for desk, order in (("desk-1", ids), ("desk-2", ids[::-1]))
    ]
    for desk in desks:
        desk.start()
    outcome = dict(results.get(timeout=120) for _ in desks)
    for desk in desks:
        desk.join(timeout=30)

    db = sqlite3.connect(path)
    taken = dict(db.execute("SELECT session_id, count(*) FROM signups GROUP BY session_id").fetchall())
    assert taken[first] == 25 and taken.get(second, 0) <= 25
    assert sum(outcome["desk-1"].values()) + sum(outcome["desk-2"].values()) > 0
    assert outcome["desk-1"]["session_full"] + outcome["desk-2"]["session_full"] > 0
    per_guest = db.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM signups GROUP BY attendee_id)")
    assert per_guest.fetchone()[0] == 1  # one workshop of the group each, never two
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_programme_import_from_a_polish_excel_csv_reports_skipped_rows_and_open_answers(tmp_path):
    db = tmp_path / "event.sqlite"
    make_station(db, guests=(Registrant(first_name="Ewa", last_name="Lis", workshop="OSL"),)).close()
    programme = tmp_path / "program.csv"
    programme.write_text(
        "Dzień;Początek;Koniec;Tytuł;Sala;Rodzaj;Liczba miejsc\r\n"
        "2;9:00;12:00;Zarządzanie usługami społecznymi;Warszawa;warsztat;80\r\n"
        "2;9.00;12.00;Organizowanie Społeczności Lokalnej;Bruksela;warsztat;70\r\n"
        "1;25:00;20:00;Zła godzina;X;warsztat;\r\n",
        encoding="cp1250",
    )

    result = as_json(cli(db, "programme", str(programme), "--json"))

    assert (result["added"], result["sessions"]) == (2, 2)
    assert [problem["row"] for problem in result["problems"]] == [4]
    assert result["unmatched_answers"] == {"OSL": 1}
    rooms = [s["room"] for s in as_json(cli(db, "sessions", "--json"))]
    assert rooms == ["Warszawa", "Bruksela"]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("--session", "99999999999999999999999"), "--session"),
        (("--session", "0"), "--session"),
        (("--session", "1", "--exit", "--admit"), "--exit"),
    ],
)
def test_bad_door_arguments_are_one_line_and_exit_2(demo_db, args, fragment):
    result = cli(demo_db, "enter", "ABCDEFGHJKLMNPQRS", *args, check=False)
    assert result.returncode == 2 and result.stderr.startswith("error:") and fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

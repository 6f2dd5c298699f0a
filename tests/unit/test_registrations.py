"""Cancelling and restoring registrations: by hand (organiser only) and from an imported list's status
column; what a cancellation frees (seats, places on lists, expected counts) and what it keeps (history)."""

import csv

import pytest
from helpers.events import DAYS, GUESTS, PROGRAMME, code_of, make_station, session_titled
from pypdf import PdfReader

from checkin.domain import Status, VerdictKind
from checkin.errors import UserError
from checkin.station import Station

MANAGEMENT = PROGRAMME[2].title
PIN = "4817"


@pytest.fixture
def station(tmp_path):
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    station.programme.save(list(PROGRAMME))
    yield station
    station.close()


def guest(station: Station, last_name: str):
    return station.guest(code_of(station, last_name))


def refusal(action) -> str:
    with pytest.raises(UserError) as raised:
        action()
    return raised.value.code


def listing(path, rows):
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows(
            [("Nr zgłoszenia", "Imię", "Nazwisko", "Status zgłoszenia"), *rows]
        )
    return path


# --- by hand ------------------------------------------------------------------------------------------------


def test_cancel_and_restore_are_logged_with_reason_and_refused_when_nothing_would_change(station):
    nowak = guest(station, "Nowak")

    cancelled = station.registrations.cancel(nowak.code, "rezygnacja mailowa")
    assert cancelled.attendee.status is Status.CANCELLED
    assert refusal(lambda: station.registrations.cancel(nowak.id, "jeszcze raz")) == "already_cancelled"
    assert station.check_in(nowak.code).kind is VerdictKind.CANCELLED
    restored = station.registrations.restore(str(nowak.id), "jednak przyjedzie")
    assert restored.attendee.status is Status.REGISTERED and restored.over_capacity == ()
    assert refusal(lambda: station.registrations.restore(nowak.id, "znowu")) == "not_cancelled"

    rows = [(e.kind, e.reason, e.staff) for e in station.storage.log_entries(attendee_id=nowak.id)][1:]
    assert rows == [("cancel", "rezygnacja mailowa", "Ola"), ("restore", "jednak przyjedzie", "Ola")]


def test_a_reason_and_a_known_guest_are_needed(station):
    nowak = guest(station, "Nowak")
    assert refusal(lambda: station.registrations.cancel(nowak.id, "   ")) == "reason_required"
    assert refusal(lambda: station.registrations.cancel(99999, "rezygnacja")) == "unknown_attendee"
    assert guest(station, "Nowak").status is Status.REGISTERED


def test_reception_cannot_cancel_or_restore(tmp_path):
    path = tmp_path / "pin.sqlite"
    make_station(path, pin=PIN).close()
    desk = Station.open(path, name="Recepcja 2", staff="Ewa", day=DAYS[0])
    nowak = guest(desk, "Nowak")
    before = desk.storage.last_log_seq()

    assert refusal(lambda: desk.registrations.cancel(nowak.id, "rezygnacja")) == "organiser_only"
    assert refusal(lambda: desk.registrations.restore(nowak.id, "rezygnacja")) == "organiser_only"
    assert desk.storage.last_log_seq() == before
    assert desk.roles.unlock(PIN)
    assert desk.registrations.cancel(nowak.id, "rezygnacja").attendee.status is Status.CANCELLED
    desk.close()


# --- what a cancellation frees and keeps ------------------------------------------------------------------


def test_a_cancelled_guest_frees_the_seat_and_a_restore_over_a_refilled_room_says_so(station):
    management = session_titled(station, MANAGEMENT)  # two seats
    kowalski, nowak, jozko = (guest(station, name) for name in ("Kowalski", "Nowak", "Jóżko"))
    station.choices.choose(kowalski.id, management.id)
    station.choices.choose(nowak.id, management.id)
    assert refusal(lambda: station.choices.choose(jozko.id, management.id)) == "session_full"

    station.registrations.cancel(nowak.id, "rezygnacja")
    counts = station.programme.counts_of(management)
    assert (counts.signed_up, counts.seats_left) == (1, 1)
    station.choices.choose(jozko.id, management.id)  # the freed seat is taken
    assert [s.session.title for s in station.choices.of(nowak.id)] == [MANAGEMENT]  # history kept

    restored = station.registrations.restore(nowak.id, "jednak przyjedzie")

    [over] = restored.over_capacity
    assert (over.session.title, over.signed_up, over.seats_left) == (MANAGEMENT, 3, 0)
    assert station.programme.counts_of(management).signed_up == 3


def test_a_cancelled_guest_leaves_the_attendance_list_and_the_expected_count(station, tmp_path):
    came, cancelled = guest(station, "Kowalski"), guest(station, "Nowak")
    station.check_in(came.code)
    expected = station.stats().expected[DAYS[0]]
    station.registrations.cancel(came.id, "rezygnacja po przyjeździe")
    station.registrations.cancel(cancelled.id, "rezygnacja")

    done = station.exports.attendance(day=DAYS[0], out=tmp_path / "lista.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "lista.pdf").pages)

    assert "Kowalski" in text and "Nowak" not in text  # he came: the list shows who was there
    assert "Gołębiowska" in text
    assert done.rows == len([g for g in GUESTS if not g.days or DAYS[0] in g.days]) - 1
    assert station.stats().expected[DAYS[0]] == expected - 2
    assert station.progress(DAYS[0]) == (1, expected - 2)
    station.exports.checkins(fmt="csv", out=tmp_path / "skany.csv")
    assert "Kowalski" in (tmp_path / "skany.csv").read_text(encoding="utf-8-sig")  # his check-in stays


# --- an imported list's status column ---------------------------------------------------------------------


def test_a_status_column_cancels_and_the_dry_run_counts_first(station, tmp_path):
    path = listing(tmp_path / "lista.csv", [
        ("R1", "Jan", "Kowalski", "Rezygnacja (mail z 3.06)"), ("R5", "Anna", "Nowak", "potwierdzone"),
        ("R9", "Ewa", "Lis", "cancelled"), ("R2", "Marcin", "Jóżko", ""),
    ])  # fmt: skip

    dry = station.import_file(path, dry_run=True)
    assert (dry.created, dry.cancelled, dry.restored) == (1, 2, 0)
    assert guest(station, "Kowalski").status is Status.REGISTERED

    report = station.import_file(path)

    assert (report.created, report.cancelled, report.restored, report.problems) == (1, 2, 0, [])
    statuses = {a.last_name: a.status for a in station.storage.attendees()}
    assert statuses["Kowalski"] is statuses["Lis"] is Status.CANCELLED
    assert statuses["Nowak"] is statuses["Jóżko"] is Status.REGISTERED
    [cancel] = [e for e in station.storage.log_entries(attendee_id=guest(station, "Kowalski").id)
                if e.kind == "cancel"]  # fmt: skip
    assert cancel.reason == "import lista.csv: Rezygnacja (mail z 3.06)"
    assert station.check_in(code_of(station, "Lis")).kind is VerdictKind.CANCELLED


def test_an_unknown_status_is_a_problem_on_its_row_and_the_row_is_kept(station, tmp_path):
    path = listing(tmp_path / "lista.csv", [("R9", "Ewa", "Lis", "może przyjedzie")])
    report = station.import_file(path)
    assert report.created == 1 and report.cancelled == 0
    [problem] = report.problems
    assert (problem.row, problem.code) == (2, "unknown_status")
    assert "może przyjedzie" in problem.message and "Status zgłoszenia" in problem.message
    assert guest(station, "Lis").status is Status.REGISTERED


def test_registered_in_a_later_list_restores_an_import_cancellation_but_never_one_made_by_hand(
    station, tmp_path
):
    station.import_file(listing(tmp_path / "v1.csv", [("R1", "Jan", "Kowalski", "anulowane")]))
    station.registrations.cancel(guest(station, "Nowak").id, "zadzwoniła, że nie przyjedzie")
    station.registrations.cancel(guest(station, "Jóżko").id, "rezygnacja")
    station.registrations.restore(guest(station, "Jóżko").id, "jednak przyjedzie")

    again = [("R1", "Jan", "Kowalski", "potwierdzone"), ("R5", "Anna", "Nowak", "aktywne"),
             ("R2", "Marcin", "Jóżko", "wycofane")]  # fmt: skip
    dry = station.import_file(listing(tmp_path / "v2.csv", again), dry_run=True)
    report = station.import_file(listing(tmp_path / "v2.csv", again))

    assert (dry.cancelled, dry.restored) == (report.cancelled, report.restored) == (0, 1)
    assert [(p.row, p.code) for p in report.problems] == [
        (3, "status_kept_cancelled"),
        (4, "status_kept_registered"),
    ]
    assert "Anna Nowak" in report.problems[0].message
    statuses = {a.last_name: a.status for a in station.storage.attendees()}
    assert statuses["Kowalski"] is statuses["Jóżko"] is Status.REGISTERED
    assert statuses["Nowak"] is Status.CANCELLED


def test_a_restore_by_import_into_a_refilled_room_is_reported_on_its_row(station, tmp_path):
    management = session_titled(station, MANAGEMENT)
    kowalski = guest(station, "Kowalski")
    station.choices.choose(kowalski.id, management.id)
    station.import_file(listing(tmp_path / "v1.csv", [("R1", "Jan", "Kowalski", "rezygnacja")]))
    for name in ("Nowak", "Jóżko"):
        station.choices.choose(guest(station, name).id, management.id)

    report = station.import_file(listing(tmp_path / "v2.csv", [("R1", "Jan", "Kowalski", "confirmed")]))

    [problem] = report.problems
    assert (report.restored, problem.row, problem.code) == (1, 2, "restored_over_capacity")
    assert problem.params["signed_up"] == "3" and problem.params["capacity"] == "2"

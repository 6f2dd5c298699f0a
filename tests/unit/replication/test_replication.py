"""Replication between stations' files: exchanges of log rows converge, whatever their order."""

import json
import sqlite3
import time
from dataclasses import replace

import pytest
from helpers.events import DAYS, PROGRAMME, as_older_version, code_of, make_station, session_titled, workshop
from helpers.replicas import exchange, joined, pull, state

from checkin import codes
from checkin.backups import Reason
from checkin.dashboard import DashboardFeed
from checkin.domain import Registrant, Status, VerdictKind
from checkin.errors import UserError
from checkin.replication import hlc
from checkin.roles import pin_from_record
from checkin.station import Station


def scanned_at_both(first: Station, second: Station) -> str:
    """Kowalski checked in on day one at `first`, then at `second` while they could not talk; his code.

    Two desks scanning in the same millisecond are ordered by their random ids; the clock ticks between
    the scans here so that the tests may name which came first."""
    guest = code_of(first, "Kowalski")
    first.check_in(guest, day=DAYS[0])
    time.sleep(0.002)
    second.check_in(guest, day=DAYS[0])
    return guest


@pytest.fixture
def desks(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    third = joined(first, tmp_path / "c.sqlite", "Stanowisko 3")
    return first, second, third


def test_a_joined_copy_is_a_replica_of_its_own_holding_the_whole_event(desks):
    first, second, _ = desks
    assert second.replica.origin != first.replica.origin
    assert second.replica.fingerprint == first.replica.fingerprint
    assert second.replica.sync_key() == first.replica.sync_key()
    assert state(second) == state(first)


def test_a_check_in_at_one_desk_reaches_the_others(desks):
    first, second, third = desks
    first.check_in(code_of(first, "Kowalski"), day=DAYS[0])
    pull(second, first)
    pull(third, second)  # passed on by a station that did not write it
    verdict = third.check_in(code_of(third, "Kowalski"), day=DAYS[0])
    assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert verdict.first_check_in.station == "Stanowisko 1"


def test_exchanges_are_idempotent_and_resumable(desks):
    first, second, _ = desks
    for name in ("Kowalski", "Nowak", "Jóżko"):
        first.check_in(code_of(first, name), day=DAYS[0])
    results = pull(second, first, limit=2)
    assert [r.added for r in results] == [2, 1]
    assert pull(second, first)[0].added == 0
    again, _ = first.replica.entries_after({})
    assert second.replica.receive(again).added == 0
    assert state(second) == state(first)


def test_walk_ins_at_two_desks_keep_their_own_codes_whatever_ids_they_got(desks):
    first, second, third = desks
    first.walk_in(Registrant(first_name="Ewa", last_name="Lis"), day=DAYS[0])
    second.walk_in(Registrant(first_name="Piotr", last_name="Zając"), day=DAYS[0])
    exchange(first, second, third)
    assert state(first) == state(second) == state(third)
    assert {a.last_name for a in third.storage.attendees()} >= {"Lis", "Zając"}


def test_concurrent_edits_of_one_field_end_the_same_everywhere_and_other_fields_merge(desks):
    first, second, third = desks
    guest = code_of(first, "Nowak")
    first.edit(first.guest(guest).id, {"organisation": "GOPS Wiązowna (biuro)"})
    second.edit(second.guest(guest).id, {"organisation": "Gminny Ośrodek Pomocy Społecznej"})
    second.edit(second.guest(guest).id, {"email": "anna@gops.pl"})
    exchange(third, second, first)
    assert state(first) == state(second) == state(third)
    merged = third.guest(guest)
    later = third.storage.db.execute(
        "SELECT json_extract(data, '$.organisation[1]') FROM log WHERE kind = 'edit'"
        " AND json_extract(data, '$.organisation') IS NOT NULL ORDER BY hlc DESC, origin DESC LIMIT 1"
    ).fetchone()[0]
    assert merged.organisation == later  # the later clock (the station id breaks a tie)
    assert merged.email == "anna@gops.pl"


def test_a_guest_checked_in_at_two_cut_off_desks_counts_once_and_both_scans_stay(desks):
    first, second, _ = desks
    guest = scanned_at_both(first, second)
    (received,) = [r for r in pull(second, first) if r.added]
    assert [(d.day, [c.station for c in d.check_ins]) for d in received.double_check_ins] == [
        (DAYS[0], ["Stanowisko 1", "Stanowisko 2"])
    ]
    pull(first, second)
    assert state(first) == state(second)
    assert first.progress(DAYS[0])[0] == second.progress(DAYS[0])[0] == 1
    kinds = [row.kind for row in second.storage.log_entries(attendee_id=second.guest(guest).id)]
    assert kinds.count("check_in") == 2
    # The earliest scan counts on both desks.
    assert second.storage.check_in_of(second.guest(guest).id, DAYS[0])[1].station == "Stanowisko 1"


def test_an_undo_after_a_double_check_in_takes_back_both(desks):
    first, second, _ = desks
    guest = scanned_at_both(first, second)
    exchange(first, second)
    second.undo(guest, "pomyłka", day=DAYS[0])
    exchange(first, second)
    assert first.progress(DAYS[0])[0] == 0
    assert state(first) == state(second)


def test_an_undo_meeting_a_concurrent_check_in_leaves_the_guest_checked_in(desks):
    first, second, _ = desks
    guest = code_of(first, "Kowalski")
    first.check_in(guest, day=DAYS[0])
    exchange(first, second)
    first.undo(guest, "pomyłka", day=DAYS[0])
    exchange(first, second)
    second.check_in(guest, day=DAYS[0])  # scanned again at desk 2 after the undo arrived
    exchange(first, second)
    assert state(first) == state(second)
    assert first.check_in(guest, day=DAYS[0]).kind is VerdictKind.ALREADY_CHECKED_IN


def test_cancel_restore_and_the_latest_wins(desks):
    first, second, _ = desks
    guest = first.guest(code_of(first, "Nowak"))
    first.registrations.cancel(guest.id, "rezygnacja")
    exchange(first, second)
    assert second.guest(guest.code).status is Status.CANCELLED
    second.registrations.restore(second.guest(guest.code).id, "jednak przyjedzie")
    exchange(first, second)
    assert first.guest(guest.code).status is Status.REGISTERED


def test_programme_choices_and_door_entries_travel(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save(list(PROGRAMME))
    second = joined(first, tmp_path / "b.sqlite", "Drzwi")
    workshop = session_titled(first, "Zarządzanie usługami społecznymi")
    other = session_titled(first, "Organizowanie Społeczności Lokalnej")
    guest = code_of(first, "Nowak")
    first.choices.choose(first.guest(guest).id, workshop.id)
    exchange(first, second)
    second.door.enter(guest, other.id, admit=True)  # walked into the other room: moved there
    exchange(first, second)
    assert state(first) == state(second)
    assert [s.session.title for s in first.choices.of(first.guest(guest).id)] == [other.title]
    edited = [*first.programme.sessions()]
    first.programme.save([*edited[:-1], replace(edited[-1], room="Sala 5")])
    exchange(first, second)
    assert session_titled(second, edited[-1].title).room == "Sala 5"
    assert state(first) == state(second)


def test_imports_with_answers_become_the_same_sign_ups_everywhere(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save(list(PROGRAMME))
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    first.register(
        [Registrant(first_name="Ewa", last_name="Lis", workshop="Organizowanie Społeczności Lokalnej",
                    needs="dieta wegetariańska", extra={"Uroczysta kolacja": "tak"})],
        reason="import",
    )  # fmt: skip
    exchange(first, second)
    lis = second.guest(code_of(second, "Lis"))
    assert [(s.session.title, s.diet) for s in second.choices.of(lis.id)] == [
        ("Uroczysta kolacja", "dieta wegetariańska"), ("Organizowanie Społeczności Lokalnej", "")
    ]  # fmt: skip
    assert state(first) == state(second)


def test_badge_design_travels(desks):
    first, second, _ = desks
    changed = replace(first.badges.template(), show_position=False, workshop_label="Sesja")
    first.badges.save_template(changed)
    exchange(first, second)
    assert second.badges.template() == changed


def test_malformed_rows_change_nothing(desks):
    first, second, _ = desks
    first.check_in(code_of(first, "Kowalski"), day=DAYS[0])
    good, _ = first.replica.entries_after(second.replica.version_vector())
    before = state(second)
    hostile = [
        [{"uuid": "x"}],
        [{**good[0], "kind": "edit", "data": {"code": "X", "first_name": "Mallory"}}],
        [{**good[0], "data": {"session": "1; DROP TABLE log"}, "kind": "entry"}],
        [{**good[0], "attendee": "NOTACODE"}],
        [{**good[0], "day": "1999-01-01"}],
        [{**good[0], "origin_seq": -1}],
        [{**good[0], "hlc": "tomorrow"}],
        [{**good[0], "kind": "register", "data": {"first_name": "x", "id); DROP TABLE log; --": 1}}],
        [{**good[0], "at": "garbage"}],
        [{**good[0], "kind": "undo", "data": {"undoes": "f" * 32, "also": "abc"}}],
        [{**good[0], "kind": "walk_in", "data": {"first_name": "Ewa", "days": "garbage"}}],
        [{**good[0], "kind": "walk_in", "data": {"first_name": None}}],
        [{**good[0], "kind": "walk_in", "data": {"first_name": "Ewa", "extra": '{"Uwagi": "\\udc80"}'}}],
        [{**good[0], "kind": "choices_from_answers", "data": {"signups": 5}}],
        [{**good[0], "kind": "choices_from_answers", "data": {"signups": [[good[0]["attendee"], 3], 7]}}],
        [{**good[0], "kind": "entry", "data": {"session": 1, "left": 5}}],
        [{**good[0], "kind": "programme", "data": {"sessions": [{"id": 1, "day": 9}]}}],
        "not a list",
        [good[0], {**good[0], "uuid": "f" * 32}],  # a second row under a number already used
    ]
    for rows in hostile:
        with pytest.raises(UserError) as raised:
            second.replica.receive(rows)
        assert raised.value.code == "bad_sync_entries"
    assert state(second) == before


def test_rows_about_an_unknown_guest_are_refused(desks):
    first, second, _ = desks
    first.check_in(code_of(first, "Kowalski"), day=DAYS[0])
    (row,), _ = first.replica.entries_after(second.replica.version_vector())
    with pytest.raises(UserError):
        second.replica.receive([{**row, "attendee": codes.new_code(b"another event")}])


def test_a_copied_file_is_refused_instead_of_mixing_two_stations_rows(tmp_path, desks):
    first, _, _ = desks
    copy = tmp_path / "copy.sqlite"
    first.replica.snapshot_to(copy)  # copied by hand, not joined
    twin = Station.open(copy, name="Kopia")
    twin.check_in(code_of(twin, "Nowak"), day=DAYS[0])
    rows, _ = twin.replica.entries_after(first.replica.version_vector())
    with pytest.raises(UserError, match="copied"):
        first.replica.receive(rows)


def test_a_restored_backup_writes_under_a_new_origin(tmp_path):
    first = make_station(tmp_path / "a.sqlite", pin="1234")
    first.roles.unlock("1234")
    before = first.replica.origin
    backup = first.backups.snapshot(Reason.MANUAL)
    first.backups.restore(backup.name)
    assert first.replica.origin != before


def test_older_files_get_an_origin_and_their_rows_are_numbered_in_order(tmp_path):
    station = make_station(tmp_path / "a.sqlite")
    db = sqlite3.connect(tmp_path / "a.sqlite")
    rows = db.execute("SELECT seq, origin, origin_seq, hlc FROM log ORDER BY seq").fetchall()
    assert {r[1] for r in rows} == {station.replica.origin}
    assert [r[2] for r in rows] == list(range(1, len(rows) + 1))
    assert [r[3] for r in rows] == sorted(r[3] for r in rows)
    assert json.loads(db.execute("SELECT data FROM log LIMIT 1").fetchone()[0])


def test_the_dashboard_counts_a_guest_scanned_at_two_desks_once(desks):
    first, second, _ = desks
    feed = DashboardFeed(second, DAYS[0])
    assert feed.snapshot().checked_in == 0
    guest = scanned_at_both(first, second)
    assert feed.snapshot().checked_in == 1
    pull(second, first)
    assert feed.snapshot().checked_in == 1
    second.undo(guest, "pomyłka", day=DAYS[0])
    pull(second, first)
    assert feed.snapshot().checked_in == 0


def test_the_history_shows_both_scans_of_a_double_check_in_undone(desks):
    first, second, _ = desks
    guest = scanned_at_both(first, second)
    pull(second, first)
    second.undo(guest, "pomyłka", day=DAYS[0])
    scans = [(s.kind, s.station, s.undone) for s in second.storage.scans()]
    assert sorted(scans) == [
        ("check_in", "Stanowisko 1", True),
        ("check_in", "Stanowisko 2", True),
        ("undo", "Stanowisko 2", False),
    ]


def test_a_desk_finds_the_double_check_ins_that_arrived_since_it_last_looked(desks):
    first, second, _ = desks
    guest = scanned_at_both(first, second)
    seen = second.storage.last_log_seq()
    assert second.replica.double_check_ins(seen) == []
    pull(second, first)
    (double,) = second.replica.double_check_ins(seen)
    assert (double.attendee_id, double.day) == (second.guest(guest).id, DAYS[0])
    assert [c.station for c in double.check_ins] == ["Stanowisko 1", "Stanowisko 2"]
    assert second.replica.double_check_ins(second.storage.last_log_seq()) == []


def test_a_session_removed_at_one_desk_while_another_signed_a_guest_up_stays_everywhere(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save(list(PROGRAMME))
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    removed = session_titled(first, "Organizowanie Społeczności Lokalnej")
    first.programme.save([s for s in first.programme.sessions() if s.id != removed.id])
    guest = code_of(second, "Nowak")
    second.choices.choose(second.guest(guest).id, removed.id)
    exchange(first, second)
    assert state(first) == state(second)
    assert [s.session.title for s in first.choices.of(first.guest(guest).id)] == [removed.title]


def test_two_parallel_workshops_chosen_at_cut_off_desks_leave_the_guest_in_one(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save(list(PROGRAMME))
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    guest = code_of(first, "Nowak")
    one, other = (s for s in first.programme.sessions() if s.choice_group)
    first.choices.choose(first.guest(guest).id, one.id)
    time.sleep(0.002)
    second.choices.choose(second.guest(guest).id, other.id)
    exchange(first, second)
    assert state(first) == state(second)
    assert [s.session.title for s in first.choices.of(first.guest(guest).id)] == [other.title]


def test_a_clock_far_ahead_is_refused_and_a_full_counter_carries_into_the_milliseconds(desks):
    first, second, _ = desks
    first.check_in(code_of(first, "Kowalski"), day=DAYS[0])
    (row,), _ = first.replica.entries_after(second.replica.version_vector())
    with pytest.raises(UserError, match="ahead"):
        second.replica.receive([{**row, "hlc": hlc.format_hlc(hlc.wall_ms() + 10 * 86_400_000, 0)}])
    assert hlc.after(hlc.format_hlc(5, 99_999_999), 2, now_ms=1) == [
        hlc.format_hlc(6, 0), hlc.format_hlc(6, 1)
    ]  # fmt: skip


def test_more_origins_than_sqlite_takes_in_one_compound_query_still_sync(desks):
    first, second, _ = desks
    rows, _ = first.replica.entries_after({})
    with first.storage.transaction():  # 600 replicas' worth of rows, as years of joins and restores leave
        for number in range(600):
            first.storage.raise_clock(hlc.format_hlc(1, number))
            first.storage.conn.execute(
                "INSERT INTO log (uuid, kind, station, staff, at, data, origin, origin_seq, hlc)"
                " VALUES (?, 'badge_template', 'x', '', ?, '{}', ?, 1, ?)",
                (f"{number:032x}", rows[0]["at"], f"{number + 1:032x}", hlc.format_hlc(1, number)),
            )
    pull(second, first)
    assert len(second.replica.version_vector()) == len(first.replica.version_vector()) > 600


def test_a_pin_changed_at_one_station_opens_the_others(tmp_path):
    first = make_station(tmp_path / "a.sqlite", pin="1234", name="Stanowisko 1")
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    first.roles.unlock("1234")
    first.roles.change_pin("1234", "98765")
    exchange(first, second)
    assert not second.roles.unlock("1234")
    assert second.roles.unlock("98765")


def test_a_choice_clears_the_group_as_it_was_where_it_was_made_not_as_regrouped_later(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save([*PROGRAMME[:2], workshop("X", "r1", group="G"), workshop("Y", "r2", group="H")])
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    guest = first.guest(code_of(first, "Kowalski")).id
    x, y = session_titled(first, "X"), session_titled(first, "Y")
    first.choices.choose(guest, x.id)
    first.choices.choose(guest, y.id)
    first.programme.save(
        [replace(s, choice_group="G") if s.id == y.id else s for s in first.programme.sessions()]
    )
    first.choices.choose(guest, x.id, diet="wegańska")  # only the diet: nothing is cleared here
    exchange(first, second)
    assert state(first) == state(second)
    assert len(state(second)["signups"]) == 2


def test_a_kept_session_follows_the_newest_programme_and_goes_with_its_last_sign_up(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save([*PROGRAMME[:2], workshop("X", "r1")])
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    guest = code_of(second, "Nowak")
    x = session_titled(first, "X")
    second.choices.choose(second.guest(guest).id, x.id)
    renamed = [
        replace(s, title="X (sala 9)", room="r9") if s.id == x.id else s for s in first.programme.sessions()
    ]
    first.programme.save(renamed)
    first.programme.save([s for s in first.programme.sessions() if s.id != x.id])
    exchange(first, second)
    assert session_titled(first, "X (sala 9)") == session_titled(second, "X (sala 9)")
    second.choices.withdraw(second.guest(guest).id, x.id)
    exchange(first, second)
    assert state(first) == state(second)
    assert x.id not in {s.id for s in second.storage.sessions()}


def test_restoring_a_backup_from_before_replication_keeps_the_rows_numbers(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.backups.folder.mkdir(exist_ok=True)
    name = "2026-01-01T00-00-00-manual.sqlite"
    as_older_version(first.storage.path, first.backups.folder / name, 4)
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    first.check_in(code_of(first, "Kowalski"), day=DAYS[0])  # after the backup
    exchange(first, second)
    first.backups.restore(name)
    second.check_in(code_of(second, "Nowak"), day=DAYS[0])
    exchange(first, second)
    assert state(first) == state(second)
    assert first.progress(DAYS[0])[0] == 2


def test_rows_that_would_lock_every_desk_out_are_refused_or_ignored(desks):
    first, second, _ = desks
    first.check_in(code_of(first, "Kowalski"), day=DAYS[0])
    (row,), _ = first.replica.entries_after(second.replica.version_vector())
    with pytest.raises(UserError):
        second.replica.receive([{**row, "kind": "pin_failed", "attendee": None, "day": None,
                                 "at": "2026-06-21T10:00:00"}])  # fmt: skip
    assert pin_from_record({"salt": "00", "hash": "00" * 32, "n": 3, "r": 8, "p": 1}) is None
    assert pin_from_record({"salt": "00", "hash": "00" * 32, "n": 2**20, "r": 8, "p": 1}) is None


def test_a_cancellation_at_one_station_frees_the_seat_and_is_refused_at_another(tmp_path):
    first = make_station(tmp_path / "a.sqlite", name="Stanowisko 1")
    first.programme.save(list(PROGRAMME))
    second = joined(first, tmp_path / "b.sqlite", "Stanowisko 2")
    workshop = session_titled(first, "Zarządzanie usługami społecznymi")
    nowak = first.guest(code_of(first, "Nowak"))
    first.choices.choose(nowak.id, workshop.id)
    exchange(first, second)
    assert second.programme.counts_of(workshop).signed_up == 1

    first.registrations.cancel(nowak.id, "rezygnacja")
    exchange(first, second)

    assert second.programme.counts_of(workshop).signed_up == 0
    assert second.check_in(nowak.code, day=DAYS[0]).kind is VerdictKind.CANCELLED
    assert second.stats().expected[DAYS[0]] == first.stats().expected[DAYS[0]]
    second.registrations.restore(nowak.code, "jednak przyjedzie")
    exchange(first, second)
    assert first.programme.counts_of(workshop).signed_up == 1
    assert state(first) == state(second)

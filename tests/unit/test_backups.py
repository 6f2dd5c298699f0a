"""Automatic backups: snapshots when due and before big changes, the newest kept, a restore that brings back
exactly the state of the backup."""

import os
import shutil
import sqlite3
import time
from datetime import datetime, timedelta

import pytest
from helpers.events import DAYS, GUESTS, PROGRAMME, as_older_version, code_of, make_station, session_titled

from checkin.backups import BACKUPS_KEPT, PARTIAL_SUFFIX, SNAPSHOT_INTERVAL, STALE_PARTIAL_S, Reason
from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.station import Station, build_event_from_list
from checkin.storage.migrations import MIGRATIONS

PIN = "Kielce-4817"
NOW = datetime(2026, 6, 21, 9, 0)


@pytest.fixture
def station(tmp_path):
    station = make_station(tmp_path / "event.sqlite", name="Recepcja 1", day=DAYS[0])
    station.programme.save(PROGRAMME)
    yield station
    station.close()


def state(station: Station) -> tuple[object, ...]:
    """Everything a restore must bring back: guests, check-ins, sign-ups, entries and the numbers."""
    storage = station.storage
    attendees = list(storage.attendees())
    sessions = [s.id for s in station.programme.sessions()]
    return (
        attendees,
        {a.id: storage.check_in_of(a.id, day) for a in attendees for day in DAYS},
        storage.signups_among([a.id for a in attendees], sessions),
        {a.id: [storage.entry_of(a.id, s) for s in sessions] for a in attendees},
        station.stats(),
        station.programme.counts(),
    )


def busy_morning(station: Station, surnames: tuple[str, ...]) -> None:
    for surname in surnames:
        station.check_in(code_of(station, surname))


def test_a_restore_brings_back_exactly_the_state_of_the_backup(station):
    busy_morning(station, ("Kowalski", "Jóżko"))
    backup = station.backups.snapshot()
    at_backup, log_at_backup = state(station), station.storage.log_entries()
    busy_morning(station, ("Nowak",))
    station.undo(code_of(station, "Kowalski"), "pomyłka")
    station.walk_in(Registrant(first_name="Ewa", last_name="Nowa"))
    kowalski = station.find(code_of(station, "Kowalski"))
    station.choices.choose(kowalski.id, session_titled(station, PROGRAMME[2].title).id)
    station.door.enter(kowalski.code, session_titled(station, PROGRAMME[2].title).id)
    later = state(station)
    assert later != at_backup

    restored = station.backups.restore(backup.name)

    assert state(station) == at_backup
    log = station.storage.log_entries()
    assert log[:-1] == log_at_backup and log[-1].kind == "restore"
    assert [h.attendee.last_name for h in station.search("Nowa")] == ["Nowak"]  # the walk-in is gone
    station.backups.restore(restored.previous.name)  # the restore is undone by the snapshot it took
    assert state(station) == later


def test_another_desk_follows_a_restore(station):
    backup = station.backups.snapshot()
    other = Station.open(station.storage.path, name="Recepcja 2", day=DAYS[0])
    other.walk_in(Registrant(first_name="Ewa", last_name="Nowa"))
    assert other.search("Ewa Nowa")
    station.backups.restore(backup.name)
    assert other.changed_elsewhere()
    assert other.search("Ewa Nowa") == []
    assert other.progress(DAYS[0]) == station.progress(DAYS[0])
    other.close()


def test_a_snapshot_from_before_an_import_outlives_a_morning_of_automatic_ones(station):
    station.backups.snapshot(Reason.BEFORE_IMPORT, now=NOW)
    for minute in range(1, BACKUPS_KEPT + 5):
        station.backups.snapshot(Reason.AUTO, now=NOW + timedelta(minutes=minute))
    kept = station.backups.list_backups()
    assert [b.reason for b in kept].count(Reason.AUTO) == BACKUPS_KEPT
    assert kept[-1].reason == Reason.BEFORE_IMPORT


def test_only_the_newest_are_kept(station):
    for minute in range(BACKUPS_KEPT + 5):
        station.backups.snapshot(now=NOW + timedelta(minutes=minute))
    kept = station.backups.list_backups()
    assert len(kept) == BACKUPS_KEPT == len(list(station.backups.folder.iterdir()))
    assert kept[0].taken_at == NOW + timedelta(minutes=BACKUPS_KEPT + 4)
    assert kept[-1].taken_at == NOW + timedelta(minutes=5)


def test_a_snapshot_is_due_after_the_interval_and_only_when_something_changed(station):
    first = station.backups.snapshot_if_due(NOW)
    assert first is not None and first.reason == "auto"
    busy_morning(station, ("Kowalski",))
    assert station.backups.snapshot_if_due(NOW + SNAPSHOT_INTERVAL / 2) is None  # not yet
    second = station.backups.snapshot_if_due(NOW + SNAPSHOT_INTERVAL)
    assert second is not None
    assert station.backups.snapshot_if_due(NOW + 3 * SNAPSHOT_INTERVAL) is None  # nothing changed since
    other = Station.open(station.storage.path, name="Recepcja 2", day=DAYS[0])
    busy_morning(other, ("Jóżko",))
    assert other.backups.snapshot_if_due(NOW + 4 * SNAPSHOT_INTERVAL) is not None
    assert station.backups.snapshot_if_due(NOW + 4 * SNAPSHOT_INTERVAL) is None  # the other desk took it
    assert len(station.backups.list_backups()) == 3
    other.close()


def test_a_clock_put_back_does_not_stop_the_snapshots(station):
    station.backups.snapshot_if_due(NOW)
    busy_morning(station, ("Kowalski",))
    assert station.backups.snapshot_if_due(NOW - timedelta(hours=2)) is not None


def test_imports_take_a_snapshot_first_and_a_dry_run_does_not(station, tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko\nZofia;Wiśniewska\n", encoding="utf-8")
    station.import_file(listing, dry_run=True)
    assert station.backups.list_backups() == []
    station.import_file(listing)
    programme = tmp_path / "programme.csv"
    programme.write_text(
        "Dzień;Początek;Koniec;Tytuł;Rodzaj\n" + "".join(
            f"{s.day};{s.start};{s.end};{s.title};{s.kind}\n" for s in PROGRAMME
        ), encoding="utf-8",
    )  # fmt: skip
    station.programme.import_file(programme)
    assert [b.reason for b in station.backups.list_backups()] == ["before-programme", "before-import"]


def test_a_new_event_has_nothing_to_back_up(tmp_path):
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko\nZofia;Wiśniewska\n", encoding="utf-8")
    build_event_from_list(tmp_path / "new.sqlite", listing, event_name="Zjazd", venue="", days=DAYS, pin=PIN)
    station = Station.open(tmp_path / "new.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir() if "backups" in p.name) == []
    assert not station.roles.is_organiser
    empty = Station.create(tmp_path / "empty.sqlite", event_name="Zjazd", venue="", days=DAYS)
    assert empty.backups.snapshot() is None
    assert not empty.backups.folder.exists()


def test_a_backup_is_one_self_contained_event_file(station):
    busy_morning(station, ("Kowalski",))
    backup = station.backups.snapshot()
    assert sorted(p.name for p in station.backups.folder.iterdir()) == [backup.name]
    with sqlite3.connect(backup.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM attendees").fetchone()[0] == len(GUESTS)


def test_restoring_needs_the_organiser_a_known_name_and_this_events_backup(tmp_path):
    path = tmp_path / "event.sqlite"
    organiser = Station.create(path, event_name="Zjazd", venue="", days=DAYS, pin=PIN)
    organiser.register(list(GUESTS), reason="test")
    backup = organiser.backups.snapshot()
    with pytest.raises(UserError) as unknown:
        organiser.backups.restore("2020-01-01T00-00-00-auto")
    assert unknown.value.code == "unknown_backup"
    desk = Station.open(path)
    with pytest.raises(UserError) as reception:
        desk.backups.restore(backup.name)
    assert reception.value.code == "organiser_only"
    foreign = make_station(tmp_path / "other.sqlite")
    foreign.backups.snapshot(now=NOW)
    foreign_backup = foreign.backups.list_backups()[0]
    foreign_backup.path.rename(organiser.backups.folder / foreign_backup.name)
    with pytest.raises(UserError) as another:
        organiser.backups.restore(foreign_backup.name.removesuffix(".sqlite"))
    assert another.value.code == "backup_of_another_event"
    assert [b.reason for b in organiser.backups.list_backups()] == ["manual", "manual"]
    desk.close()


def test_a_backup_of_an_older_version_is_restored_migrated_with_no_copy_left_anywhere(station, tmp_path):
    busy_morning(station, ("Kowalski",))
    station.backups.snapshot()
    old = station.backups.folder / "2026-06-21T08-00-00-manual.sqlite"
    as_older_version(station.storage.path, old, version=4)
    before = sorted(tmp_path.rglob("*"))

    station.backups.restore(old.name)

    assert station.storage.schema_version() == len(MIGRATIONS)
    assert station.storage.log_entries()[-1].kind == "restore"
    assert station.find(code_of(station, "Kowalski")) is not None
    new = [p.name for p in sorted(tmp_path.rglob("*")) if p not in before]
    assert len(new) == 1 and new[0].endswith("-before-restore.sqlite")  # the snapshot a restore takes, only


def test_a_prune_removes_what_killed_snapshots_and_older_restores_left_once_abandoned(station):
    station.backups.snapshot()
    folder = station.backups.folder
    left = [folder / f"x.sqlite.{n}{PARTIAL_SUFFIX}" for n in range(2)]
    left += [folder / f"x.sqlite.2{PARTIAL_SUFFIX}-journal", folder / "tmpab12cd34"]
    left[-1].mkdir()
    (left[-1] / "restoring.sqlite").write_bytes(b"a copy of the event")
    for path in left[:-1]:
        path.write_bytes(b"a copy of the event")
    abandoned = time.time() - STALE_PARTIAL_S - 1
    for path in left[1:]:
        os.utime(path, (abandoned, abandoned))

    station.backups.snapshot()

    assert [p.exists() for p in left] == [True, False, False, False]  # the first may still be written


# --- what a backup holds, for the organiser choosing one ---------------------------------------------------


def test_a_backup_says_how_many_guests_it_holds_and_who_had_checked_in_each_day(station):
    busy_morning(station, ("Kowalski", "Jóżko"))
    station.check_in(code_of(station, "Nowak"), DAYS[1])
    backup = station.backups.snapshot()
    busy_morning(station, ("Gołębiowska",))  # after the snapshot: not in it
    station.registrations.cancel(code_of(station, "Nowak"), "rezygnacja")

    counts = station.backups.counts(backup)

    assert counts is not None and counts.guests == len(GUESTS)
    assert counts.checked_in == ((DAYS[0], 2), (DAYS[1], 1))
    assert (counts.on(DAYS[0]), counts.on(DAYS[1]), counts.on("2026-06-23")) == (2, 1, 0)


def test_a_backups_counts_are_read_from_what_it_stored_when_taken_not_counted_again(station):
    busy_morning(station, ("Kowalski", "Jóżko"))
    backup = station.backups.snapshot()
    with sqlite3.connect(backup.path) as conn:  # were they counted now, this would show
        conn.execute("DELETE FROM checkins")
    counts = station.backups.counts(backup)
    assert counts is not None and counts.checked_in == ((DAYS[0], 2),)


def test_a_backup_taken_by_an_older_version_is_counted(station):
    busy_morning(station, ("Kowalski",))
    backup = station.backups.snapshot()
    with sqlite3.connect(backup.path) as conn:  # as versions before the stored counts wrote it
        conn.execute("DROP TABLE backup_counts")
    counts = station.backups.counts(backup)
    assert counts is not None and (counts.guests, counts.checked_in) == (len(GUESTS), ((DAYS[0], 1),))


def test_a_damaged_or_vanished_backup_has_no_counts_and_the_others_still_do(station):
    busy_morning(station, ("Kowalski",))
    cut, garbage, gone, whole = (station.backups.snapshot(now=NOW + timedelta(minutes=m)) for m in range(4))
    with open(cut.path, "r+b") as file:
        file.truncate(cut.path.stat().st_size // 2)
    garbage.path.write_bytes(b"not a database" * 100)
    gone.path.unlink()

    assert [station.backups.counts(b) for b in (cut, garbage, gone)] == [None, None, None]
    assert station.backups.counts(whole) is not None
    assert station.backups.list_backups()[0] == whole


def test_a_restored_event_keeps_no_counts_of_the_backup(station):
    busy_morning(station, ("Kowalski",))
    backup = station.backups.snapshot()
    station.backups.restore(backup.name)
    with sqlite3.connect(station.storage.path) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
    assert "backup_counts" not in tables
    assert station.backups.counts(station.backups.snapshot()).checked_in == ((DAYS[0], 1),)


def test_an_event_file_replaced_by_one_of_its_backups_by_hand_is_still_backed_up_with_its_numbers(station):
    """The app's advice for a damaged file is to put the latest backup back; done by hand, the backup's own
    numbers come with it into the event file."""
    busy_morning(station, ("Kowalski",))
    backup = station.backups.snapshot()
    path = station.storage.path
    station.close()
    shutil.copyfile(backup.path, path)
    again = Station.open(path, name="Recepcja 1")
    again.check_in(code_of(again, "Nowak"), DAYS[0])

    later = again.backups.snapshot(now=NOW + timedelta(hours=1))

    assert later is not None and again.backups.counts(later).checked_in == ((DAYS[0], 2),)
    again.close()

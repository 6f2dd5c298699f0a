"""Outputs never go over the event or any database, and are written whole: through the exports' and the
badges' API, for new event files, and for a writer that fails or is killed half-way."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.events import DAYS, code_of, make_station

from checkin.badges.layouts import layout_named
from checkin.demo.event import create_demo_event
from checkin.errors import UserError
from checkin.output_files import refuse_new_event_file, refuse_unsafe_output, write_output
from checkin.station import Station
from checkin.storage.database import migration_backup
from checkin.sync.joining import join

PIN = "4321"
WHOLE = b"%PDF- the list printed this morning"


@pytest.fixture
def station(tmp_path):
    """An event open at a desk (so its -wal and -shm exist), with a check-in, a backup and the copy a
    migration keeps; another event beside it, and a link to the event."""
    station = make_station(tmp_path / "ev.sqlite", name="Recepcja 1", pin=PIN, day=DAYS[0])
    station.check_in(code_of(station, "Kowalski"))
    station.backups.snapshot()
    station.storage.backup(migration_backup(station.path, 4))
    make_station(tmp_path / "other.sqlite").close()
    (tmp_path / "link.pdf").symlink_to(station.path)
    yield station
    station.close()


def backup_of(event: Path) -> Path:
    return next(event.with_name("ev.sqlite.backups").iterdir())


TARGETS = {
    "the event file": (lambda event: event, "output_is_event_file"),
    "a link to it": (lambda event: event.with_name("link.pdf"), "output_is_event_file"),
    "its WAL": (lambda event: event.with_name("ev.sqlite-wal"), "output_is_database_part"),
    "its shared memory": (lambda event: event.with_name("ev.sqlite-shm"), "output_is_database_part"),
    "its journal, not there now": (
        lambda event: event.with_name("ev.sqlite-journal"),
        "output_is_database_part",
    ),
    "its backup": (backup_of, "output_is_database"),
    "a new file among its backups": (
        lambda event: backup_of(event).with_name("x.pdf"),
        "output_among_backups",
    ),
    "its backups folder's name": (lambda event: event.with_name("ev.sqlite.backups"), "output_is_folder"),
    "its migration copy": (lambda event: migration_backup(event, 4), "output_is_database"),
    "another event": (lambda event: event.with_name("other.sqlite"), "output_is_database"),
    "a folder": (lambda event: event.parent, "output_is_folder"),
    "a device": (lambda event: Path(os.devnull), "output_not_a_file"),
    "a missing folder": (lambda event: event.with_name("nowhere") / "x.pdf", "output_no_folder"),
}


def files_of(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file() and not path.is_symlink()}


@pytest.mark.parametrize(("target", "code"), TARGETS.values(), ids=TARGETS.keys())
def test_badges_and_every_export_refuse_what_no_output_may_replace(station, target, code):
    station.roles.unlock(PIN)
    out = target(station.path)
    before = files_of(station.path.parent)
    writers = {
        "badges": lambda: station.badges.write_pdf(station.badges.selection(), layout_named("a6"), out),
        "attendance": lambda: station.exports.attendance(day=DAYS[0], fmt="csv", out=out),
        "checkins": lambda: station.exports.checkins(fmt="xlsx", out=out),
        "certificates": lambda: station.exports.certificates(out=out),
        "meals": lambda: station.exports.meals(out=out),
    }

    for name, write in writers.items():
        with pytest.raises(UserError) as refused:
            write()
        assert (name, refused.value.code) == (name, code)
        assert refused.value.params.get("path", str(out)) == str(out)

    assert files_of(station.path.parent) == before
    assert station.stats().checked_in[DAYS[0]] == 1


def test_a_file_holding_a_databases_log_is_refused_whatever_its_name(station, tmp_path):
    copy = tmp_path / "log.pdf"
    copy.write_bytes(station.path.with_name("ev.sqlite-wal").read_bytes())

    with pytest.raises(UserError, match="part of a database"):
        refuse_unsafe_output(copy)


def test_certificates_one_per_guest_refuse_the_backups_folder_and_a_file(station):
    station.roles.unlock(PIN)
    backups = station.path.with_name("ev.sqlite.backups")
    before = files_of(station.path.parent)

    refusals = (
        (backups, "output_among_backups"),
        (backups / "certificates", "output_among_backups"),
        (station.path, "output_is_event_file"),
        (station.path.with_name("other.sqlite"), "output_is_database"),
    )
    for folder, code in refusals:
        with pytest.raises(UserError) as refused:
            station.exports.certificates(out=folder, merged=False)
        assert (folder.name, refused.value.code) == (folder.name, code)

    assert files_of(station.path.parent) == before
    assert not (backups / "certificates").exists()


def test_an_ordinary_file_is_not_a_folder_for_certificates(station, tmp_path):
    station.roles.unlock(PIN)
    listed = tmp_path / "list.txt"
    listed.write_text("kept")

    with pytest.raises(UserError) as refused:
        station.exports.certificates(out=listed, merged=False)

    assert refused.value.code == "output_not_a_folder"
    assert listed.read_text() == "kept"


def test_a_new_event_goes_neither_among_backups_nor_over_a_side_file(station, tmp_path):
    for target in (station.path.with_name("ev.sqlite.backups") / "new.sqlite", tmp_path / "other.sqlite-wal"):
        with pytest.raises(UserError):
            create_demo_event(target, registrants=0)
        assert not target.exists()


def test_joining_into_the_wal_of_an_event_is_refused_before_any_network(station):
    wal = station.path.with_name("ev.sqlite-wal")
    before = wal.read_bytes()

    with pytest.raises(UserError) as refused:
        join("127.0.0.1:9", "K7PQ-4X2M", wal)  # nothing listens on port 9: a network try would say so

    assert refused.value.code == "output_is_database_part"
    assert wal.read_bytes() == before


def test_a_failing_writer_leaves_the_earlier_file_and_nothing_beside_it(tmp_path):
    out = tmp_path / "list.pdf"
    out.write_bytes(WHOLE)

    def half_then_fail(path: Path) -> int:
        path.write_bytes(b"%PDF- half")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_output(out, half_then_fail)

    assert out.read_bytes() == WHOLE
    assert list(tmp_path.iterdir()) == [out]


def test_a_writer_killed_half_way_leaves_the_earlier_file_whole(tmp_path):
    out = tmp_path / "list.pdf"
    out.write_bytes(WHOLE)
    killed_mid_write = (
        "import os, signal, sys\n"
        "from pathlib import Path\n"
        "from checkin.output_files import write_output\n"
        "def half(path):\n"
        "    path.write_bytes(b'%PDF- half')\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "write_output(Path(sys.argv[1]), half)\n"
    )

    ended = subprocess.run([sys.executable, "-c", killed_mid_write, str(out)], cwd=Path(__file__).parents[2],
                           timeout=60, check=False)  # fmt: skip

    assert ended.returncode == -9
    assert out.read_bytes() == WHOLE
    assert [path.name.endswith(".partial") for path in tmp_path.iterdir() if path != out] == [True]


def test_a_link_to_an_earlier_export_keeps_linking_to_the_new_one(station, tmp_path):
    station.roles.unlock(PIN)
    real = tmp_path / "lists" / "day1.csv"
    real.parent.mkdir()
    real.write_bytes(WHOLE)
    link = tmp_path / "latest.csv"
    link.symlink_to(real)

    station.exports.attendance(day=DAYS[0], fmt="csv", out=link)

    assert link.is_symlink() and WHOLE not in real.read_bytes() and "Kowalski" in real.read_text("utf-8-sig")


def test_the_open_event_still_works_after_every_refusal(station, tmp_path):
    with pytest.raises(UserError):
        station.badges.write_pdf(station.badges.selection(), layout_named("a6"), station.path)
    station.check_in(code_of(station, "Nowak"))

    reopened = Station.open(station.path)
    assert reopened.stats().checked_in[DAYS[0]] == 2
    reopened.close()


def test_a_folder_given_for_a_new_event_file_is_named_as_a_folder(tmp_path):
    with pytest.raises(UserError) as refused:
        refuse_new_event_file(tmp_path)
    assert refused.value.code == "output_is_folder"

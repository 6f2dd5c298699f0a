"""`--out` never destroys an event: badges and exports aimed at the event file, its WAL, a backup, another
event or a link to one are refused with one line, and every file involved stays byte for byte as it was."""

import os

import pytest
from helpers.cli import assert_refused, cli, log_rows
from helpers.events import DAYS, code_of, make_station

from checkin.station import Station

PIN = "4321"
EXPORTS = (
    ("export", "attendance", "--day", "1"),
    ("export", "checkins", "--format", "csv"),
    ("export", "meals", "--format", "xlsx"),
    ("export", "certificates"),
)


@pytest.fixture
def event(tmp_path):
    """ev.sqlite with a check-in and a backup, closed; other.sqlite, another event, beside it."""
    station = make_station(tmp_path / "ev.sqlite", pin=PIN, day=DAYS[0])
    station.check_in(code_of(station, "Kowalski"))
    station.backups.snapshot()
    station.close()
    make_station(tmp_path / "other.sqlite").close()
    (tmp_path / "link.pdf").symlink_to(tmp_path / "ev.sqlite")
    return tmp_path / "ev.sqlite"


def contents(folder):
    """Every file under `folder`, by its path, with its bytes (links as where they point)."""
    return {
        path: os.readlink(path) if path.is_symlink() else path.read_bytes()
        for path in folder.rglob("*")
        if not path.is_dir()
    }


def backup_of(event):
    return next(event.with_name("ev.sqlite.backups").iterdir())


TARGETS = {
    "the event file": lambda event: event,
    "its WAL": lambda event: event.with_name("ev.sqlite-wal"),
    "its backup": backup_of,
    "a new file among its backups": lambda event: backup_of(event).with_name("badges.pdf"),
    "another event": lambda event: event.with_name("other.sqlite"),
    "a link to the event": lambda event: event.with_name("link.pdf"),
}


def assert_untouched(event, before, rows):
    assert contents(event.parent) == before
    station = Station.open(event)
    assert station.stats().checked_in[DAYS[0]] == 1
    station.close()
    assert log_rows(event) == rows


@pytest.mark.parametrize("command", [("badges",), EXPORTS[1]], ids=["badges", "export checkins"])
@pytest.mark.parametrize("target", TARGETS.values(), ids=TARGETS.keys())
def test_output_over_the_event_its_wal_backups_another_event_or_a_link_is_refused(event, command, target):
    before, rows = contents(event.parent), log_rows(event)

    refused = cli(event, *command, "--out", str(target(event)), check=False, CHECKIN_PIN=PIN)

    assert_refused(refused, str(target(event).name))
    assert_untouched(event, before, rows)


@pytest.mark.parametrize("command", EXPORTS, ids=[" ".join(c) for c in EXPORTS])
def test_every_export_refuses_the_event_file(event, command):
    before, rows = contents(event.parent), log_rows(event)

    refused = cli(event, *command, "--out", str(event), check=False, CHECKIN_PIN=PIN)

    assert_refused(refused, "event file")
    assert_untouched(event, before, rows)


def test_the_wal_of_an_event_open_at_a_desk_is_refused_and_the_desk_loses_nothing(event):
    desk = Station.open(event, name="Recepcja 1", day=DAYS[0])
    desk.check_in(code_of(desk, "Nowak"))
    wal = event.with_name("ev.sqlite-wal")
    assert wal.stat().st_size > 0
    before = wal.read_bytes()

    assert_refused(cli(event, "badges", "--out", str(wal), check=False), "ev.sqlite-wal")

    assert wal.read_bytes() == before
    assert desk.stats().checked_in[DAYS[0]] == 2
    desk.close()


def test_badges_into_a_folder_are_refused_and_nothing_is_recorded(event):
    rows = log_rows(event)
    folder = event.with_name("badges")
    folder.mkdir()

    assert_refused(cli(event, "badges", "--out", str(folder), check=False), "folder")

    assert list(folder.iterdir()) == []
    assert log_rows(event) == rows


def test_badges_over_an_earlier_pdf_replace_it_whole(event):
    out = event.with_name("badges.pdf")
    out.write_bytes(b"%PDF- an earlier print")

    cli(event, "badges", "--out", str(out), "--proof")

    assert out.read_bytes().startswith(b"%PDF-1.") and b"an earlier print" not in out.read_bytes()
    assert sorted(path.name for path in event.parent.iterdir() if "badges" in path.name) == ["badges.pdf"]

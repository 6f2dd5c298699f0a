"""What the app writes is its user's alone (POSIX): the event secret and every guest's data are in it."""

import os
import sqlite3
import stat
from contextlib import closing

import pytest
from helpers.cli import cli

from checkin.demo.event import DEMO_PIN

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")

LOOSE_UMASK = 0o022
"""A login's usual umask: left to it, files come out 0644, readable by every account on the laptop."""


@pytest.fixture
def loose_umask():
    previous = os.umask(LOOSE_UMASK)  # the processes the test starts inherit it
    yield
    os.umask(previous)


def shared_bits(path):
    return stat.S_IMODE(path.stat().st_mode) & (stat.S_IRWXG | stat.S_IRWXO)


def test_event_backups_exports_and_badges_are_private_whatever_the_umask(tmp_path, loose_umask):
    folder = tmp_path / "made-by-the-app"
    event = folder / "ev.sqlite"
    cli(event, "demo", "--registrants", "20", "--seed", "3")
    cli(event, "backup", CHECKIN_PIN=DEMO_PIN)
    cli(event, "export", "attendance", "--day", "1", "--format", "csv", "--out", str(tmp_path / "list.csv"),
        CHECKIN_PIN=DEMO_PIN)  # fmt: skip
    cli(event, "badges", "--out", str(tmp_path / "badges.pdf"))
    written = [folder, event, *folder.glob("ev.sqlite*"), *event.with_name("ev.sqlite.backups").rglob("*"),
               tmp_path / "list.csv", tmp_path / "badges.pdf"]  # fmt: skip
    assert len(written) > 4
    assert {str(path.relative_to(tmp_path)): oct(shared_bits(path)) for path in written} == {
        str(path.relative_to(tmp_path)): "0o0" for path in written
    }


def test_an_event_file_made_readable_to_others_is_made_private_when_opened(tmp_path, loose_umask):
    event = tmp_path / "old.sqlite"
    cli(event, "demo", "--registrants", "5", "--seed", "3")
    event.chmod(0o644)
    with closing(sqlite3.connect(event)):  # the file stays an event file; only its mode changes
        pass
    cli(event, "stats")
    assert shared_bits(event) == 0

"""The command line names each trouble of the event file truly, in one `error:` line with exit status 2:
a full disk, a read-only file or folder, a lock, no permission, a file of another program (issue 16)."""

import subprocess
import sys

import pytest
from helpers.cli import ROOT, assert_refused, cli
from helpers.disks import (
    DOCX,
    PDF,
    bound_by_file_permissions,
    database_of_another_program,
    fill,
    locked_by_another_program,
    read_only,
    small_disk,
)
from helpers.events import make_station


@pytest.fixture
def event(tmp_path):
    path = tmp_path / "event.sqlite"
    make_station(path).close()
    return path


def test_a_full_disk_is_said_to_be_full_not_a_wrong_file(tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        path = disk / "event.sqlite"
        make_station(path).close()
        fill(disk)
        result = cli(path, "stats", check=False)
    assert_refused(result, "is full")
    assert "not an event" not in result.stderr


def test_an_export_onto_a_full_disk_says_the_disk_is_full(event, tmp_path):
    with small_disk(tmp_path / "disk") as disk:
        out = disk / "lista.pdf"
        fill(disk)
        result = cli(event, "export", "attendance", "--day", "1", "--out", str(out), check=False)
        assert not out.exists()
    assert_refused(result, "the disk is full")


def test_a_read_only_folder_is_named_as_the_trouble(event):
    with read_only(event.parent):
        result = cli(event, "stats", check=False)
    assert_refused(result, "folder")
    assert "read-only" in result.stderr


def test_a_file_another_program_holds_locked_is_said_to_be_locked(event):
    with locked_by_another_program(event):
        result = cli(event, "stats", check=False, CHECKIN_BUSY_TIMEOUT_S="0.2")
    assert_refused(result, "locked by another program")


def test_a_file_the_user_may_not_open_is_a_matter_of_permission(event):
    event.chmod(0o000)
    try:
        command = [sys.executable, str(ROOT / "main.py"), "--db", str(event), "stats"]
        result = subprocess.run(
            [*bound_by_file_permissions(), *command], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
    finally:
        event.chmod(0o600)
    assert_refused(result, "no permission")


@pytest.mark.parametrize(
    ("content", "words"),
    [(PDF, "is a PDF file, not an event file"), (DOCX, "is a ZIP (DOCX, XLSX, ODT…) file")],
)
def test_a_document_given_as_the_event_file_is_named(tmp_path, content, words):
    path = tmp_path / "event.sqlite"
    path.write_bytes(content)
    assert_refused(cli(path, "stats", check=False), words)
    assert path.read_bytes() == content


def test_a_database_of_another_program_is_named(tmp_path):
    path = database_of_another_program(tmp_path / "places.sqlite")
    assert_refused(cli(path, "checkin", "X", "--day", "1", check=False), "a database of another program")

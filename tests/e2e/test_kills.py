"""A purge or a restore killed at any moment (kill -9, or the laptop's battery): the event opens whole, a
purge is complete with no personal data in any file of the event or is finished by the next open, and a
restore leaves no copy of the event behind and logs itself.

Every crash point of each operation (`checkin.crash_points`) is killed at, and a few random moments;
`make soak` kills at many more random moments (tests/soak/test_purge_restore_kills.py)."""

import json
import sqlite3
from itertools import islice

import pytest
from helpers.cli import assert_refused
from helpers.kills import (
    backup_to_restore,
    busy_event,
    check_after_purge,
    check_after_restore,
    copy_event,
    duration_s,
    killed_at,
    log_of,
    personal_data_left,
    random_delays,
    run_cli,
    timed_run,
)

from checkin.crash_points import CRASH_POINTS

RANDOM_TRIALS = 3
"""Per operation, in every run of the suite; the soak target runs many more."""


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    return busy_event(tmp_path_factory.mktemp("busy") / "event")


def test_the_busy_event_holds_the_personal_data_the_checks_look_for(busy, tmp_path):
    path = copy_event(busy, tmp_path / "event")
    left = personal_data_left(path, busy.personal)
    assert set().union(*left.values()) == set(busy.personal)
    assert {"event.sqlite", "event.before-schema-4.sqlite"} <= set(left)
    assert sum(name.startswith("event.sqlite.backups/") for name in left) == 2


@pytest.mark.parametrize("point", CRASH_POINTS["purge"])
def test_a_purge_killed_at_each_step_is_complete_after_the_next_open(busy, tmp_path, point):
    path = copy_event(busy, tmp_path / "event")
    killed = killed_at(path, "purge", point)
    assert killed.returncode == -9, killed.stderr  # the point was reached
    assert check_after_purge(path, busy) == []


def test_the_command_line_finishes_a_killed_purge_before_its_command(busy, tmp_path):
    path = copy_event(busy, tmp_path / "event")
    assert killed_at(path, "purge", "purge-committed").returncode == -9
    assert personal_data_left(path, busy.personal)  # the backups, at least
    stats = run_cli(path, ["stats"])
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["registered"] == busy.registered
    assert personal_data_left(path, busy.personal) == {}


def test_the_command_line_refuses_an_event_whose_purge_it_cannot_finish_saying_what_to_do(busy, tmp_path):
    path = copy_event(busy, tmp_path / "event")
    assert killed_at(path, "purge", "purge-committed").returncode == -9
    other_program = sqlite3.connect(path)
    other_program.execute("BEGIN IMMEDIATE")  # holds the write lock the clearing's VACUUM needs
    refused = run_cli(path, ["stats"], CHECKIN_BUSY_TIMEOUT_S="0.2")
    other_program.rollback()
    other_program.close()
    assert_refused(refused, "error: The personal data of the event was cleared, but copies of it may be left")
    assert "open the event again: that finishes the clearing" in refused.stderr
    assert run_cli(path, ["stats"]).returncode == 0
    assert personal_data_left(path, busy.personal) == {}


@pytest.mark.parametrize("point", CRASH_POINTS["restore"])
def test_a_restore_killed_at_each_step_leaves_no_copy_and_logs_what_it_restored(busy, tmp_path, point):
    path = copy_event(busy, tmp_path / "event")
    name = backup_to_restore(path)
    before, backup = log_of(path), log_of(path.with_name(f"{path.name}.backups") / name)
    killed = killed_at(path, "restore", point)
    assert killed.returncode == -9, killed.stderr
    assert check_after_restore(path, busy, before, backup, name) == []


@pytest.mark.parametrize("operation", ["purge", "restore"])
def test_a_few_kills_at_random_moments_leave_the_event_whole(busy, tmp_path, operation):
    longest = duration_s(busy, tmp_path / "timed", operation, runs=1) * 1.2
    for trial, delay in enumerate(islice(random_delays(len(operation), longest), RANDOM_TRIALS)):
        path = copy_event(busy, tmp_path / f"trial-{trial}")
        name = backup_to_restore(path)
        before, backup = log_of(path), log_of(path.with_name(f"{path.name}.backups") / name)
        timed_run(path, operation, delay)
        if operation == "purge":
            assert check_after_purge(path, busy) == [], delay
        else:
            assert check_after_restore(path, busy, before, backup, name) == [], delay

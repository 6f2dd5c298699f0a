"""The purge and the restore killed at random moments (kill -9, in real processes), each followed by the
next open and every check of tests/e2e/test_kills.py: a few kills in `make test`, 224 in `make soak` (which
sets SOAK_TRIALS); the numbers are printed at the end of the run."""

import os
import shutil

import pytest
from helpers.kills import (
    backup_to_restore,
    busy_event,
    check_after_purge,
    check_after_restore,
    copy_event,
    duration_s,
    log_of,
    random_delays,
    timed_run,
)

pytestmark = pytest.mark.timeout(1800)

SOAKING = os.environ.get("SOAK_TRIALS") is not None
RUNS = 4 if SOAKING else 1
"""Per operation, as separate tests, so that `-n 2` shares them between the workers."""
KILLS_PER_RUN = 28 if SOAKING else 2
"""8 runs in `make soak`: 224 kills. A trial that ends before its moment counts as a trial, not a kill."""
MOST_TRIALS = max(3 * KILLS_PER_RUN, 20)
"""Enough tries for the kills wanted even when many trials end before their moment (a fast run)."""
GUESTS = 80
"""Each of their e-mails and phones is looked for in every file after every kill."""


@pytest.fixture(scope="module")
def busy(tmp_path_factory):
    return busy_event(tmp_path_factory.mktemp("busy") / "event", guests=GUESTS)


@pytest.mark.parametrize("run", range(RUNS))
@pytest.mark.parametrize("operation", ["purge", "restore"])
def test_many_random_kills_leave_the_event_whole_and_no_personal_data(busy, tmp_path, operation, run):
    longest = duration_s(busy, tmp_path / "timed", operation) * 1.1
    killed, trials, failures = 0, 0, []
    delays = random_delays(RUNS * len(operation) + run, longest)
    while killed < KILLS_PER_RUN and trials < MOST_TRIALS:
        delay, trials = next(delays), trials + 1
        path = copy_event(busy, tmp_path / f"trial-{trials}")
        name = backup_to_restore(path)
        before, backup = log_of(path), log_of(path.with_name(f"{path.name}.backups") / name)
        killed += timed_run(path, operation, delay).killed
        if operation == "purge":
            problems = check_after_purge(path, busy)
        else:
            problems = check_after_restore(path, busy, before, backup, name)
        if problems:
            failures.append((round(delay, 3), problems))
        shutil.rmtree(path.parent)
    print(f"soak {operation} run {run}: {trials} trials over {longest:.2f} s, {killed} killed, "
          f"{trials - killed} ended by themselves, {len(failures)} with problems")  # fmt: skip
    assert failures == []
    assert killed == KILLS_PER_RUN

"""The kill trials' seed, their `trial` fixture and the run's tally of kills (a pytest plugin, loaded by
tests/conftest.py).

The run's seed is drawn once, in the process that starts the run, and put in the environment before the
xdist workers start: every worker then collects the same trials under the same names. Each trial records
its kills as a property of its report, which travels from the worker to the summary at the end of the run.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest

from helpers.kill_trials import SEED_VARIABLE, TRIALS_VARIABLE, Trial

KILLS = "soak_kills"


@pytest.fixture
def trial(seed: int, request: pytest.FixtureRequest) -> Iterator[Trial]:
    """The trial of the test's `seed` parameter (see `helpers.kill_trials.trials`)."""
    current = Trial(seed)
    yield current
    current.end()
    request.node.user_properties.append((KILLS, current.kills))


class Tally:
    """Trials, kills and failed trials, summed over the workers' reports."""

    def __init__(self) -> None:
        self.trials = 0
        self.kills = 0
        self.failed = 0
        self._failing: set[str] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed:
            self._failing.add(report.nodeid)
        kills = dict(report.user_properties).get(KILLS)
        if report.when == "teardown" and kills is not None:
            self.trials += 1
            self.kills += int(kills)
            self.failed += report.nodeid in self._failing

    def pytest_terminal_summary(self, terminalreporter: pytest.TerminalReporter) -> None:
        if self.trials:
            terminalreporter.write_line(
                f"kill trials: {self.trials} run, {self.kills} processes killed at random moments,"
                f" {self.failed} failed (seed {os.environ[SEED_VARIABLE]})"
            )


def pytest_configure(config: pytest.Config) -> None:
    os.environ.setdefault(SEED_VARIABLE, str(random.randrange(1_000_000)))
    config.pluginmanager.register(Tally(), "kill-trials-tally")


def pytest_report_header() -> str:
    trials = os.environ.get(TRIALS_VARIABLE) or "a few"
    seed = os.environ[SEED_VARIABLE]
    return f"kill trials: seed {seed} ({SEED_VARIABLE}), {trials} per scenario ({TRIALS_VARIABLE})"

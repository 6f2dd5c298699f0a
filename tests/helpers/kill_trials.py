"""Killing real processes of the app at random moments (tests/soak/): how many trials, their seeds, and the
processes themselves.

Each trial draws every random choice (where to kill, which process, in what order the desk scans) from its
own seed, so a failing trial is repeated by its seed: `SOAK_SEED=<seed> SOAK_TRIALS=1 pytest FILE`. Where a
kill lands is a delay after a process is ready, so a repeat kills at the same moment on the clock, not
necessarily at the same line of code: the trial's seed names the moment, the machine's speed the line.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from helpers.cli import ROOT

SEED_VARIABLE = "SOAK_SEED"
TRIALS_VARIABLE = "SOAK_TRIALS"
READY_TIMEOUT_S = 60.0
"""A bound on a process's start (imports, opening the event), not a speed: it normally takes a second."""
EXIT_TIMEOUT_S = 10.0


def base_seed() -> int:
    """The run's seed: SOAK_SEED, or the one the suite drew at its start (see `helpers.soak_report`)."""
    return int(os.environ[SEED_VARIABLE])


def trials(default: int) -> list:
    """Pytest parameters for a scenario's trials: SOAK_TRIALS of them (`default` when unset), each named by
    its seed, so that a failure's test id says how to repeat it."""
    count = int(os.environ.get(TRIALS_VARIABLE) or default)
    return [pytest.param(base_seed() + n, id=f"seed{base_seed() + n}") for n in range(count)]


@dataclass
class Trial:
    """One trial's random choices and what it did, for its failure messages and the run's tally."""

    seed: int
    random: random.Random = field(init=False)
    kills: int = 0
    steps: list[str] = field(default_factory=list)
    started: list[subprocess.Popen] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.random = random.Random(self.seed)

    def note(self, step: str) -> None:
        self.steps.append(step)

    def start(self, command: Sequence[str], out: Path) -> Logged:
        """`command` (after the Python interpreter) run from the project's folder, stdout to `out`, stderr
        beside it; ended by `end` if the trial leaves it running."""
        with out.open("w", encoding="utf-8") as stdout, out.with_suffix(".stderr").open("w") as stderr:
            process = subprocess.Popen([sys.executable, *command], cwd=ROOT, stdout=stdout, stderr=stderr)
        self.started.append(process)
        return Logged(process, out)

    def end(self) -> None:
        """Kill what the trial left running (a failed trial stops before its kills): no desk outlives it."""
        for process in self.started:
            kill(process)

    def kill_at_random(self, processes: Sequence[subprocess.Popen], window_s: float) -> None:
        """Each process SIGKILLed at a moment of its own, drawn from the next `window_s` seconds."""
        moments = sorted((self.random.uniform(0, window_s), n) for n in range(len(processes)))
        start = time.monotonic()
        for moment, n in moments:
            time.sleep(max(0.0, start + moment - time.monotonic()))
            self.kills += kill(processes[n])
        self.note("killed at " + ", ".join(f"#{n} {moment:.3f} s" for moment, n in moments))

    def __repr__(self) -> str:
        """The seed, what the trial did, and how to repeat it: what a failure message shows (also inside a
        tuple, which shows its items' repr)."""
        story = "; ".join(self.steps)
        return f"seed {self.seed} ({story}); repeat: {SEED_VARIABLE}={self.seed} {TRIALS_VARIABLE}=1"


@dataclass
class Logged:
    """A process whose stdout goes to a file: what it printed before a kill is all there after it."""

    process: subprocess.Popen
    out: Path

    def lines(self) -> list[dict]:
        """The JSON lines it printed whole (a line cut short by the kill was never acknowledged)."""
        text = self.out.read_text(encoding="utf-8")
        return [json.loads(line) for line in text.splitlines(keepends=True) if line.endswith("\n")]

    def wait_ready(self) -> None:
        """Until it prints {"ready": true}; fails, with its stderr, if it exits or takes too long."""
        deadline = time.monotonic() + READY_TIMEOUT_S
        while not self.lines():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                self.process.wait(EXIT_TIMEOUT_S)
                raise AssertionError(f"{self.out.name} did not start: {self._errors()}")
            time.sleep(0.01)

    def _errors(self) -> str:
        errors = self.out.with_suffix(".stderr")
        return errors.read_text(encoding="utf-8") if errors.exists() else ""


def kill(process: subprocess.Popen) -> bool:
    """SIGKILL, as a power cut or the task manager ends it; whether the kill ended it (rather than it having
    finished on its own before)."""
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return process.wait(EXIT_TIMEOUT_S) == -signal.SIGKILL

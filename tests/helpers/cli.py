"""Running `main.py` as a real process, the way scripts and the organisers' laptops do."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DIST_DIR = os.environ.get("DIST_DIR", "")
"""The frozen build's folder (`make dist-test`, tests/dist/): set, every process of the app a test starts is
the frozen command line instead of main.py (tests/e2e/ too, when run with it)."""


def frozen(name: str) -> Path:
    """One of the frozen build's executables: `checkin-station` (the desk) or `checkin-station-cli`."""
    return Path(DIST_DIR) / (f"{name}.exe" if sys.platform == "win32" else name)


def program() -> list[str]:
    """The command line under test: main.py by this Python, or the frozen `checkin-station-cli`."""
    return [str(frozen("checkin-station-cli"))] if DIST_DIR else [sys.executable, str(ROOT / "main.py")]


def cli(db: Path, *args: str, check: bool = True, **env: str) -> subprocess.CompletedProcess:
    """`env`: environment variables for this run (CHECKIN_PIN, ...), on top of the test's own."""
    result = subprocess.run(
        [*program(), "--db", str(db), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env={**os.environ, **env},
    )  # fmt: skip
    if check:
        assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess) -> object:
    return json.loads(result.stdout)


def assert_refused(result: subprocess.CompletedProcess, fragment: str = "") -> None:
    """The contract for a mistake: exit status 2 and one line on stderr starting with "error:"."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error:")
    assert fragment in lines[0]


def log_rows(db: Path) -> int:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT count(*) FROM log").fetchone()[0]

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


def cli(db: Path, *args: str, check: bool = True, **env: str) -> subprocess.CompletedProcess:
    """`env`: environment variables for this run (CHECKIN_PIN, ...), on top of the test's own."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
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

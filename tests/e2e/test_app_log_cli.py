"""The command line's log file: one line per command (its name and outcome, never what was typed), an error
nothing caught written there whole with one sentence on stderr, and no guest's name or e-mail in it."""

import os
import subprocess
import sys

from helpers.cli import ROOT, cli
from helpers.events import GUESTS, code_of, make_station

from checkin import app_log

CSV = ROOT / "tests" / "data" / "congress_utf8.csv"


def _log(folder) -> str:
    return (folder / app_log.LOG_FILE_NAME).read_text(encoding="utf-8")


def test_commands_leave_their_names_and_outcomes_in_the_log_and_nothing_personal(tmp_path):
    folder = tmp_path / "logs"
    db = tmp_path / "event.sqlite"
    station = make_station(db)
    code = code_of(station, "Kowalski")
    station.close()
    env = {app_log.LOG_DIR_VARIABLE: str(folder)}
    cli(db, "import", str(CSV), **env)
    cli(db, "search", "Kowalski", **env)
    cli(db, "search", "jan@cus.pl", **env)
    cli(db, "checkin", code, "--day", "2026-06-21", **env)
    refused = cli(db, "search", "Gołębiowska", "--limit", "0", check=False, **env)
    assert refused.returncode == 2
    text = _log(folder)
    for line in ("import: done", "search: done", "checkin: done", "search: refused ("):
        assert line in text, text
    personal = [code, "Materek", "m.materek@starachowice.eu", "Gołębiowska"]
    personal += [value for guest in GUESTS for value in (guest.last_name, guest.email) if value]
    assert [value for value in personal if value in text] == []


def test_an_error_nothing_caught_is_logged_whole_and_said_in_one_sentence(tmp_path):
    folder = tmp_path / "logs"
    db = tmp_path / "event.sqlite"
    make_station(db).close()
    # A command with a bug: `stats` replaced by one that fails, run through main() as the console script is.
    program = (
        "import sys, main, cli.commands as c\n"
        "def broken(args):\n    raise KeyError('a bug in stats')\n"
        "c.COMMANDS['stats'] = broken\n"
        f"sys.argv = ['checkin-station', '--db', {str(db)!r}, 'stats']\n"
        "sys.exit(main.main())\n"
    )
    env = {**os.environ, app_log.LOG_DIR_VARIABLE: str(folder)}
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True,
                            timeout=60, env=env)  # fmt: skip
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "something unexpected went wrong (KeyError" in lines[0]
    assert lines[0].endswith(str(folder / app_log.LOG_FILE_NAME))
    text = _log(folder)
    assert "Traceback" in text and "KeyError: 'a bug in stats'" in text and "def broken" not in text

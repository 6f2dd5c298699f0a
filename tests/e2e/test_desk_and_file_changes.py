"""A desk window in its own process keeps checking people in while the command line and another window create,
import, back up, restore and purge the same event file; nothing it acknowledged is lost but what a restore
deliberately takes back, and every change it cannot make is said in red."""

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers.cli import ROOT, as_json, assert_refused, cli

from checkin.demo.event import write_registrants_csv
from checkin.demo.registrants import generate_registrants
from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.station import Station, build_event_from_list

PIN = "4821"
TODAY = date.today()
DAYS = (TODAY.isoformat(), (TODAY + timedelta(days=1)).isoformat())
ANSWER_TIMEOUT_S = 60


class Desk:
    """The desk process's stdin and stdout: one command, one answer."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process

    def ask(self, line: str) -> dict[str, str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        assert answer, (
            f"the desk process stopped: {self.process.stderr.read() if self.process.stderr else ''}"
        )
        return json.loads(answer)

    def scan(self, code: str) -> dict[str, str]:
        return self.ask(f"scan {code}")


@contextmanager
def desk_process(db: Path) -> Iterator[Desk]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "helpers" / "desk_process.py"), str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        assert json.loads(process.stdout.readline()) == {"ready": True}
        yield Desk(process)
    finally:
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(timeout=ANSWER_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()


def codes_of(db: Path) -> list[str]:
    station = Station.open(db)
    found = [p.code for p in station.storage.attendees() if p.attends(DAYS[0])]
    station.close()
    return found


def checked_in(db: Path) -> set[str]:
    station = Station.open(db)
    day = DAYS[0]
    found = {p.code for p in station.storage.attendees() if station.storage.check_in_of(p.id, day)}
    station.close()
    return found


@pytest.fixture
def event(tmp_path):
    db, listing = tmp_path / "ev.sqlite", tmp_path / "lista.csv"
    write_registrants_csv(listing, list(generate_registrants(40, 3, DAYS)), DAYS)
    cli(db, "new", "--name", "Kongres", "--venue", "Starachowice", "--days", ",".join(DAYS), "--pin", PIN)
    cli(db, "import", str(listing), CHECKIN_PIN=PIN)
    return db, listing


def test_a_desk_goes_on_while_the_file_is_changed_around_it_and_loses_nothing_it_acknowledged(
    tmp_path, event
):
    db, listing = event
    original = codes_of(db)
    guests = iter(original)
    acknowledged: list[str] = []

    def checks_in(desk: Desk) -> None:
        code = next(guests)
        answer = desk.scan(code)
        assert answer["tone"] == "OK", answer
        acknowledged.append(code)

    with desk_process(db) as desk:
        checks_in(desk)
        # A new event under the same name, from the command line and from a second window: refused, the
        # desk's file untouched.
        assert_refused(cli(db, "new", "--name", "Inne", "--venue", "", "--days", DAYS[0], check=False))
        with pytest.raises(UserError):
            build_event_from_list(db, listing, event_name="Inne", venue="", days=DAYS)
        checks_in(desk)
        # An updated list imported at the command line: the desk checks in a guest it only had from it.
        later = tmp_path / "lista-2.csv"
        newcomer_row = Registrant(
            first_name="Zofia", last_name="Nowakowska", registration_id="NEW-1", days=DAYS
        )
        write_registrants_csv(later, [*generate_registrants(40, 3, DAYS), newcomer_row], DAYS)
        cli(db, "import", str(later), CHECKIN_PIN=PIN)
        newcomer = next(code for code in codes_of(db) if code not in original)
        assert desk.scan(newcomer)["tone"] == "OK"
        acknowledged.append(newcomer)
        checks_in(desk)
        backup = as_json(cli(db, "backup", "--json", CHECKIN_PIN=PIN))
        before_backup = set(acknowledged)
        checks_in(desk)  # taken back by the restore below: the organiser chose the earlier state
        cli(db, "restore", backup["name"], CHECKIN_PIN=PIN)
        desk.ask("wait 2500")  # the desk follows the restored file at its next look
        checks_in(desk)
        assert before_backup <= checked_in(db)
        assert acknowledged[-1] in checked_in(db)
        # The purge clears names and codes: a badge then leads nowhere, said in red, and the desk stays up.
        cli(db, "purge", "--confirm", "Kongres", CHECKIN_PIN=PIN)
        desk.ask("wait 2500")
        after_purge = desk.scan(next(guests))
        assert after_purge["tone"] == "ERROR", after_purge
        assert desk.ask("wait 100")["tone"] == "ERROR"

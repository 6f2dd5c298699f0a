"""A desk that works without a pause, in a process of its own, for the tests that kill it at random moments.

`python tests/helpers/desk_loop.py EVENT_FILE DESK checkin SEED` checks every guest in on every day of the
event, in an order drawn from SEED; after each scan the station answered it prints one line of JSON,
{"code", "day", "verdict"}: what a receptionist would have seen on the banner.

`python tests/helpers/desk_loop.py EVENT_FILE DESK edits FIRST` runs the desk's corrections (see `operation`)
from operation number FIRST on, for ever, printing {"op": n} once operation n is done.

Both print {"ready": true} once the event is open. Run them with stdout sent to a file: a line written
before a kill is in the file after it, so the test knows everything the desk acknowledged.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from checkin.station import Station  # after the path above, when run as a script

EDITED_GUESTS = 4
"""The corrections go round the event's first guests (by number) who attend its first day."""
KINDS = ("edit", "check_in", "undo")


@dataclass(frozen=True)
class Operation:
    """Operation number `n` of the corrections loop: each guest in turn gets their organisation corrected,
    is checked in, and has the check-in taken back, on the event's first day."""

    n: int

    @property
    def kind(self) -> str:
        return KINDS[self.n % len(KINDS)]

    @property
    def guest(self) -> int:
        """Which of the first EDITED_GUESTS guests, counted from 0."""
        return (self.n // len(KINDS)) % EDITED_GUESTS

    @property
    def organisation(self) -> str:
        """What an edit writes: a value no other operation writes, so the file says which edit was last."""
        return f"Poprawka {self.n}"


def state_after(count: int, organisations: list[str]) -> list[tuple[str, bool]]:
    """(organisation, checked in on day one) of each edited guest once operations 0..count-1 are done,
    starting from `organisations` and nobody checked in."""
    state = [(organisation, False) for organisation in organisations]
    for n in range(count):
        op = Operation(n)
        organisation, checked_in = state[op.guest]
        if op.kind == "edit":
            state[op.guest] = (op.organisation, checked_in)
        else:
            state[op.guest] = (organisation, op.kind == "check_in")
    return state


def edited_guests(station: Station) -> list[int]:
    day = station.event.days[0]
    return sorted(a.id for a in station.storage.attendees() if a.attends(day))[:EDITED_GUESTS]


def say(line: dict[str, object]) -> None:
    print(json.dumps(line), flush=True)


def check_in_everyone(station: Station, seed: int) -> None:
    scans = [(a.code, day) for a in station.storage.attendees() for day in station.event.days]
    random.Random(seed).shuffle(scans)
    for code, day in scans:
        verdict = station.check_in(code, day)
        say({"code": code, "day": day, "verdict": verdict.kind.value})


def correct_for_ever(station: Station, first: int) -> None:
    day = station.event.days[0]
    guests = edited_guests(station)
    operations: Iterator[int] = itertools.count(first)
    for n in operations:
        op = Operation(n)
        guest = guests[op.guest]
        if op.kind == "edit":
            station.edit(guest, {"organisation": op.organisation}, reason="literówka")
        elif op.kind == "check_in":
            station.check_in(guest, day)
        else:
            station.undo(guest, "pomyłka", day)
        say({"op": n})


def main() -> None:
    path, desk, mode, number = Path(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
    station = Station.open(path, name=desk, staff="Ola")
    say({"ready": True})
    if mode == "checkin":
        check_in_everyone(station, number)
    else:
        correct_for_ever(station, number)
    station.close()


if __name__ == "__main__":
    main()

"""How each command's result is printed: the JSON that scripts rely on with `--json`, and plain lines a
person reads without it. Every line is one line: text quoted from the event file or from the user may hold
line breaks, and `one_line` folds them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import datetime

from checkin.domain import Attendee, Verdict, VerdictKind
from checkin.station import ImportReport, SearchHit, Stats, Undone


def one_line(message: str) -> str:
    """Messages quote what the user typed, which may hold line breaks; the contract is one line."""
    return " ".join(message.split())


@dataclass(frozen=True)
class Output:
    """What a command prints: `data` with --json (the contract), `lines` for a person."""

    data: object
    lines: Sequence[str]


def attendee_json(attendee: Attendee) -> dict[str, object]:
    record = asdict(attendee)
    record["status"] = attendee.status.value
    return record


def verdict_json(verdict: Verdict) -> dict[str, object]:
    return {
        "verdict": verdict.kind.value,
        "day": verdict.day,
        "attendee": attendee_json(verdict.attendee) if verdict.attendee else None,
        "first_check_in": asdict(verdict.first_check_in) if verdict.first_check_in else None,
        "alert": verdict.alert,
    }


def _who(attendee: Attendee) -> str:
    return f"{attendee.full_name} ({attendee.organisation})" if attendee.organisation else attendee.full_name


def _clock(at: str) -> str:
    try:
        return datetime.fromisoformat(at).strftime("%H:%M")
    except ValueError:
        return at


def verdict_lines(verdict: Verdict) -> list[str]:
    kind, person = verdict.kind.value, verdict.attendee
    if person is None:
        return [f"{kind}: no guest has this code or number"]
    if verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.first_check_in:
        first = verdict.first_check_in
        line = f"{kind}: {person.full_name}, first at {_clock(first.at)}"
        line += f" at {first.station}" if first.station else ""
        line += f" by {first.staff}" if first.staff else ""
    elif verdict.kind is VerdictKind.NOT_REGISTERED_TODAY:
        line = f"{kind}: {_who(person)} is not registered for {verdict.day}"
    else:
        line = f"{kind}: {_who(person)}"
    lines = [line]
    if person.category == "honorary_guest":
        lines.append("  honorary guest: tell the organisers")
    if person.notes.strip():
        lines.append(f"  note: {one_line(person.notes)}")
    return lines


def search_lines(query: str, hits: Sequence[SearchHit]) -> list[str]:
    if not hits:
        return [f"no guest matches {query!r}"]
    rows = [(hit.attendee.code, f"{hit.attendee.last_name} {hit.attendee.first_name}".strip(),
             hit.attendee.organisation, _marks(hit)) for hit in hits]  # fmt: skip
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    return [
        "  ".join(value.ljust(width) for value, width in zip(row, [*widths, 0], strict=True)).rstrip()
        for row in rows
    ]


def _marks(hit: SearchHit) -> str:
    marks = ["[cancelled]"] if hit.attendee.status.value == "cancelled" else []
    return " ".join([*marks, "[checked in]"] if hit.checked_in else marks)


def stats_lines(stats: Stats, checked_in: Mapping[str, int]) -> list[str]:
    lines = [f"registered: {stats.registered}", "checked in:"]
    for day, count in checked_in.items():
        expected = stats.expected.get(day)
        lines.append(f"  {day}: {count}" + (f" of {expected} expected" if expected is not None else ""))
    lines.append("by category:")
    lines += [f"  {category.replace('_', ' ')}: {count}" for category, count in stats.by_category.items()]
    return lines


def import_lines(report: ImportReport) -> list[str]:
    lines = [f"{name}: {getattr(report, name)}" for name in ("created", "updated", "unchanged", "merged",
                                                              "skipped")]  # fmt: skip
    if report.dry_run:
        lines.append("dry run: nothing was saved")
    lines += [f"merged {source} into {into}" for source, into in report.merged_rows]
    lines += [one_line(problem.message) for problem in report.problems]
    return lines


def undo_lines(undone: Undone) -> list[str]:
    if undone.check_in is None:
        return [f"not_checked_in: {_who(undone.attendee)} was not checked in on {undone.day}; nothing undone"]
    return [f"undone: {_who(undone.attendee)}, check-in of {undone.day} taken back"]


def plain_lines(data: object) -> list[str]:
    """Plain words for a result that has no lines of its own (the benchmark's figures)."""
    if isinstance(data, Mapping):
        return [f"{key}: {_plain_value(value)}" for key, value in data.items()]
    if isinstance(data, list | tuple):
        return [_plain_value(item) for item in data]
    return [_plain_value(data)]


def _plain_value(value: object) -> str:
    if value is None:
        return "n/a"
    if isinstance(value, list | tuple):
        return ", ".join(map(_plain_value, value))
    return str(value)


def print_result(result: object, as_json: bool) -> None:
    """Print a command's result: its `Output`, or plain words for a bare result (the benchmark's figures)."""
    output = result if isinstance(result, Output) else Output(result, plain_lines(result))
    if as_json:
        print(json.dumps(output.data, ensure_ascii=False, indent=2))
    else:
        for line in output.lines:
            print(line)

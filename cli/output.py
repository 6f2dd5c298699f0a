"""How each command's result is printed: the JSON that scripts rely on with `--json`, and plain lines a
person reads without it. Every line is one line: text quoted from the event file or from the user may hold
line breaks, and `one_line` folds them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass

from checkin.backups import Backup
from checkin.dates import clock
from checkin.documents.exports import Exported
from checkin.documents.funding_logos import FundingLogo
from checkin.domain import (
    Attendee,
    DoorVerdict,
    DoorVerdictKind,
    Event,
    Session,
    SessionCounts,
    Status,
    Verdict,
    VerdictKind,
)
from checkin.importing.columns import ColumnReading, Why
from checkin.importing.lookalikes import Lookalike, row_of
from checkin.importing.merge import DeskCorrection
from checkin.programme.choices import AnswerReport, ChoiceMade
from checkin.programme.sessions import ProgrammeImport
from checkin.registrations import StatusChange
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


def verdict_lines(verdict: Verdict) -> list[str]:
    kind, person = verdict.kind.value, verdict.attendee
    if person is None:
        return [f"{kind}: no guest has this code or number"]
    if verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.first_check_in:
        first = verdict.first_check_in
        line = f"{kind}: {person.full_name}, first at {clock(first.at)}"
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


def counted(count: int, singular: str, plural: str) -> str:
    """ "1 guest", "2 guests": the report is read by a person, and "(1 guests)" reads as a bug."""
    return f"{count} {singular if count == 1 else plural}"


def import_lines(report: ImportReport) -> list[str]:
    names = ("created", "updated", "unchanged", "merged", "skipped", "cancelled", "restored")
    lines = [f"{name}: {getattr(report, name)}" for name in names]
    if report.changed_fields:
        lines.append(
            "changed: " + ", ".join(f"{name} {count}" for name, count in report.changed_fields.items())
        )
    if report.dry_run:
        lines.append("dry run: nothing was saved")
    lines += [
        one_line(f"merged {source} ({name}) into {_merged_into(into)}")
        for (source, into), name in zip(report.merged_rows, report.merged_names, strict=True)
    ]
    lines += lookalike_lines(report) + missing_lines(report)
    lines += [one_line(problem.message) for problem in report.problems]
    lines += [_correction_line("kept desk correction", c) for c in report.kept]
    lines += [_correction_line("desk correction overwritten", c) for c in report.overwritten]
    answers = report.answers
    if answers.signed_up or answers.left:
        lines.append(f"sessions: {counted(answers.signed_up, 'sign-up', 'sign-ups')} from the answers, "
                     f"{answers.left} taken off")  # fmt: skip
    lines += [f'column "{one_line(column)}" signs up for "{one_line(title)}"'
              for column, title in answers.columns.items()]  # fmt: skip
    lines += column_lines(report.readings, answers.columns)
    return lines + answers_lines(answers)


_COLUMN_FATES = {
    Why.UNRECOGNISED: "kept as extra information: no field has such a header; map it with --map '{map}'",
    Why.NAME_COLUMNS: "kept as extra information: the separate first- and last-name columns give the name",
    Why.BOOKKEEPING: "ignored: a form tool's timestamp or a row counter",
    Why.ACCOUNT: "ignored: the MS Forms account that filled in the form; the form asks the guest this itself",
    Why.RESPONSE_NUMBER: "read as the registration number: the MS Forms number of the response",
    Why.QUESTION: "read as {field} from the question's words; if that is wrong, map it with --map '{map}'",
    Why.WORKSHOP_WORD: "read as the workshop answer; if that is wrong, map it with --map '{map}'",
    Why.MAPPED: "{field}, as mapped",
}
"""What the report says of a column, by why it feeds what it feeds; a known label needs no word."""


def column_lines(readings: Sequence[ColumnReading], meal_columns: Mapping[str, str]) -> list[str]:
    """Every column that feeds no field, and every one read from a question's words, said out loud: the
    organiser must see what was left aside or guessed from a question before the import is applied."""
    lines = []
    for reading in readings:
        fate = _COLUMN_FATES.get(reading.why)
        if fate is None or reading.header in meal_columns:
            continue
        target = {"extra": "kept as extra information", "ignore": "ignored"}.get(reading.field, reading.field)
        if reading.why is Why.ACCOUNT and reading.field != "ignore":
            fate = "read as {field}: the MS Forms account that filled in the form, as the form does not ask"
        text = fate.format(field=target, map=f"{one_line(reading.header)}=FIELD")
        lines.append(f'column "{one_line(reading.header)}" {text}')
    return lines


def mapping_lines(mapping: Mapping[str, str], *, remembered: bool) -> list[str]:
    """The organiser's column mapping the import read the file with, and whether it was remembered."""
    if not mapping:
        return []
    pairs = ", ".join(f'"{one_line(header)}" -> {target}' for header, target in mapping.items())
    return [f"{'remembered column mapping' if remembered else 'column mapping'}: {pairs}"]


def _merged_into(into: str | int) -> str:
    """A row of the file, a guest by number, or (a negative number) a guest this import creates."""
    if isinstance(into, str):
        return into
    return f"guest #{into}" if into > 0 else "a new guest"


def lookalike_lines(report: ImportReport) -> list[str]:
    """The new guests who look like a guest (or an earlier row) under another registration number."""
    lines = [
        one_line(
            f"row {found.row} ({found.name}) looks like {_like(found)} ({found.like_name}, registration "
            f"{found.like_registration_id}) but has registration {found.registration_id}: imported as a new "
            "guest; if it is the same person, correct the number in the list"
        )
        for found in report.named_lookalikes
    ]
    more = report.lookalikes - len(report.named_lookalikes)
    if more > 0:
        lines.append(f"{counted(more, 'more new guest looks', 'more new guests look')} like another under "
                     "another registration number")  # fmt: skip
    return lines


def missing_lines(report: ImportReport) -> list[str]:
    """The registered guests an earlier list of this form brought in whom this one lacks: not cancelled."""
    if not report.missing:
        return []
    named = ", ".join(f"{guest.name} (#{guest.attendee_id}, registration {guest.registration_id or '-'})"
                      for guest in report.missing_guests)  # fmt: skip
    more = ", …" if report.missing > len(report.missing_guests) else ""
    return [
        one_line(
            f"{counted(report.missing, 'guest', 'guests')} an earlier list of this form brought in "
            f"{'is' if report.missing == 1 else 'are'} missing from this one: {named}{more}"
        ),
        "they are NOT cancelled: if they withdrew, cancel them at the desk (or with the cancel command)",
        *([_skipped_may_be_missing(report.skipped)] if report.skipped else []),
    ]


def _skipped_may_be_missing(skipped: int) -> str:
    were = "was" if skipped == 1 else "were"
    return (
        f"{counted(skipped, 'row', 'rows')} of this list {were} skipped for a problem (above): a guest named "
        "here may be on one; correct those rows rather than cancel anyone"
    )


def _like(found: Lookalike) -> str:
    return f"guest #{found.like}" if isinstance(found.like, int) else f"row {row_of(found.like)}"


def _correction_line(what: str, correction: DeskCorrection) -> str:
    return one_line(
        f"{what}: {correction.guest} (#{correction.attendee_id}), {correction.field.replace('_', ' ')} "
        f'"{correction.desk}" (the file: "{correction.file}")'
    )


def answers_lines(answers: AnswerReport) -> list[str]:
    lines = [f'no session matches the answer "{one_line(answer)}" ({_where(answers, answer, count)}); '
             "choose at the desk" for answer, count in answers.unmatched.items()]  # fmt: skip
    lines += [f'column "{one_line(column)}": "{one_line(answer)}" is neither yes nor no '
              f"({_where(answers, answer, count)}); sign them up at the desk"
              for column, said in answers.unclear.items() for answer, count in said.items()]  # fmt: skip
    lines += [f'"{one_line(title)}" is on a day not attended by {_guests(count)} who chose it'
              for title, count in answers.wrong_day.items()]  # fmt: skip
    return lines + [f'"{one_line(title)}" is full: no seat for {_guests(count)} who chose it'
                    for title, count in answers.full.items()]  # fmt: skip


def _guests(count: int) -> str:
    return counted(count, "guest", "guests")


def _where(answers: AnswerReport, answer: str, count: int) -> str:
    """ "2 guests: lista.csv:4, lista.csv:9", the list cut where the report stopped noting rows."""
    rows = answers.rows.get(answer, [])
    more = ", …" if len(rows) < count and rows else ""
    return _guests(count) + (f": {', '.join(map(one_line, rows))}{more}" if rows else "")


def programme_lines(result: ProgrammeImport, answers: AnswerReport) -> list[str]:
    lines = [f"{name}: {getattr(result, name)}" for name in ("added", "updated", "unchanged", "removed")]
    lines += [one_line(problem.message) for problem in result.problems]
    return lines + answers_lines(answers)


def _session_ref(session: Session | None) -> dict[str, object] | None:
    return None if session is None else {"id": session.id, "title": session.title, "room": session.room}


def session_json(counts: SessionCounts, days: Sequence[str]) -> dict[str, object]:
    """`day` is the programme's day number (1, 2); `date` is that day's ISO date."""
    session = counts.session
    return {
        "id": session.id, "title": session.title, "day": session.day, "date": days[session.day - 1],
        "start": session.start, "end": session.end, "room": session.room, "kind": session.kind,
        "capacity": session.capacity, "signed_up": counts.signed_up, "seats_left": counts.seats_left,
        "entered": counts.entered, "in_room": counts.in_room, "choice_group": session.choice_group,
        "signup": session.needs_signup,
    }  # fmt: skip


def sessions_lines(counts: Sequence[SessionCounts], days: Sequence[str]) -> list[str]:
    if not counts:
        return ["the programme is empty"]
    lines = []
    for c in counts:
        s = c.session
        seats = f"{c.signed_up} of {s.capacity}" if s.capacity is not None else f"{c.signed_up}"
        lines.append(
            f"{s.id:>3}  {days[s.day - 1]} {s.start}-{s.end}  {one_line(s.title)}"
            + (f" ({one_line(s.room)})" if s.room else "")
            + f"  signed up {seats}, entered {c.entered}, in the room {c.in_room}"
        )
    return lines


def door_verdict_json(verdict: DoorVerdict, days: Sequence[str]) -> dict[str, object]:
    return {
        "verdict": verdict.kind.value,
        "attendee": attendee_json(verdict.attendee) if verdict.attendee else None,
        "session": session_json(verdict.counts, days),
        "entry": asdict(verdict.entry) if verdict.entry else None,
        "right_session": _session_ref(verdict.right_session),
        "switched_from": _session_ref(verdict.switched_from),
        "overridden": verdict.overridden,
    }


def door_verdict_lines(verdict: DoorVerdict) -> list[str]:
    kind, person, session = verdict.kind.value, verdict.attendee, verdict.session
    if person is None:
        return [f"{kind}: no guest has this code or number"]
    line = f"{kind}: {_who(person)}, {one_line(session.title)}"
    if verdict.kind is DoorVerdictKind.ALREADY_ENTERED and verdict.entry:
        line += f", entered at {clock(verdict.entry.at)}"
    if verdict.right_session is not None:
        right = verdict.right_session
        line += f"; signed up for {one_line(right.title)}"
        line += f" in {one_line(right.room)}" if right.room else ""
    if person.status is Status.CANCELLED:
        line += " (registration cancelled: ask the organiser)"
    elif verdict.kind is DoorVerdictKind.NOT_SIGNED_UP:
        line += " (--admit lets them in and records the switch)"
    if verdict.kind is DoorVerdictKind.SESSION_FULL:
        line += " (--override REASON lets them in)"
    counts = verdict.counts
    return [line, f"  entered {counts.entered}, in the room {counts.in_room}, signed up {counts.signed_up}"]


def choice_json(change: ChoiceMade) -> dict[str, object]:
    return {
        "attendee": attendee_json(change.attendee), "session": _session_ref(change.session),
        "previous": _session_ref(change.previous), "overridden": change.overridden,
    }  # fmt: skip


def choice_lines(change: ChoiceMade) -> list[str]:
    who = _who(change.attendee)
    if change.session is None:
        left = change.previous
        if left is None:
            return [f"unchanged: {who} was not signed up"]
        return [f"withdrawn: {who} from {one_line(left.title)}"]
    line = f"signed up: {who} for {one_line(change.session.title)}"
    if change.previous is not None:
        line += f", instead of {one_line(change.previous.title)}"
    return [line + (" (override)" if change.overridden else "")]


def undo_lines(undone: Undone) -> list[str]:
    if undone.check_in is None:
        return [f"not_checked_in: {_who(undone.attendee)} was not checked in on {undone.day}; nothing undone"]
    return [f"undone: {_who(undone.attendee)}, check-in of {undone.day} taken back"]


def status_json(change: StatusChange, days: Sequence[str]) -> dict[str, object]:
    return {
        "status": change.attendee.status.value, "attendee": attendee_json(change.attendee),
        "over_capacity": [session_json(counts, days) for counts in change.over_capacity],
    }  # fmt: skip


def status_lines(change: StatusChange) -> list[str]:
    done = "cancelled" if change.attendee.status is Status.CANCELLED else "restored"
    lines = [f"{done}: the registration of {_who(change.attendee)}"]
    return lines + [
        f'warning: "{one_line(c.session.title)}" now has {c.signed_up} sign-ups for {c.session.capacity} '
        "seats; move a guest to another session if the room cannot take them"
        for c in change.over_capacity
    ]


_EXPORT_NAMES = {"attendance": "attendance list", "checkins": "check-ins and door scans",
                 "certificates": "certificates", "meals": "meals for the kitchen"}  # fmt: skip
_EXPORT_COUNTED = {"checkins": ("row", "rows"), "meals": ("plate", "plates")}


def export_json(what: str, done: Exported) -> dict[str, object]:
    return {"export": what, "rows": done.rows, "pages": done.pages, "files": [str(f) for f in done.files]}


def export_lines(what: str, done: Exported) -> list[str]:
    if not done.files:
        return ["No certificates: nobody has come yet (checked in or entered a session); nothing written."]
    singular, plural = _EXPORT_COUNTED.get(what, ("person", "people"))
    rows = counted(done.rows, singular, plural)
    pages = f" on {counted(done.pages, 'page', 'pages')}" if done.pages else ""
    where = done.files[0] if len(done.files) == 1 else f"{len(done.files)} files in {done.files[0].parent}"
    return [f"{_EXPORT_NAMES[what]}: {rows}{pages}: {where}"]


def event_json(event: Event, logos: Sequence[FundingLogo]) -> dict[str, object]:
    return {"name": event.name, "venue": event.venue, "town": event.town, "days": list(event.days),
            "funding_logos": [logo.name for logo in logos]}  # fmt: skip


def event_lines(event: Event, logos: Sequence[FundingLogo]) -> list[str]:
    """The town says when it is unset: documents then carry the date alone."""
    town = event.town or "not set (badges and certificates show the date alone; set it with `event --town`)"
    return [
        f"event: {event.name}", f"venue: {event.venue or '-'}", f"town: {town}",
        f"days: {', '.join(event.days)}",
        f"funding logos: {', '.join(logo.name for logo in logos) or 'none (`logos add FILE`)'}",
    ]  # fmt: skip


def logos_json(logos: Sequence[FundingLogo]) -> list[dict[str, object]]:
    return [
        {"number": n, "name": logo.name, "bytes": len(logo.data)} for n, logo in enumerate(logos, start=1)
    ]


def logos_lines(logos: Sequence[FundingLogo]) -> list[str]:
    if not logos:
        return ["no funding logos: documents print without them (`logos add FILE` adds one)"]
    return [
        f"{n}. {logo.name} ({max(1, len(logo.data) // 1024)} KB)" for n, logo in enumerate(logos, start=1)
    ]


def backup_json(backup: Backup) -> dict[str, object]:
    return {"name": backup.name, "path": str(backup.path), "taken_at": backup.taken_at.isoformat(),
            "reason": backup.reason}  # fmt: skip


def pairing_lines(code: str, minutes: int) -> list[str]:
    return [f"pairing code: {code} (valid for {minutes} minutes)",
            "on the new laptop: File > Join an event on the network... in the app, or "
            f"python main.py --db NEW.sqlite join HOST:PORT --code {code}"]  # fmt: skip


def joined_lines(joined: Mapping[str, object]) -> list[str]:
    db, source = joined["db"], joined["from"]
    return [f'joined "{one_line(str(joined["event"]))}" from {source} into {db}',
            f"registered: {joined['registered']}",
            f"to keep it in sync: python main.py --db {db} station --peer {source}"]  # fmt: skip


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
    """Print a command's result: its `Output`, or plain words for a bare result (the benchmark's figures).
    None: the command printed what it had to say as it went (`station`)."""
    if result is None:
        return
    output = result if isinstance(result, Output) else Output(result, plain_lines(result))
    if as_json:
        print(json.dumps(output.data, ensure_ascii=False, indent=2))
    else:
        for line in output.lines:
            print(line)

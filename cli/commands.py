"""The command line's commands, each on an event file (`cli.arguments` parses and checks what they are
given first): what they print is `cli.output`'s, plain lines for a person or JSON with `--json`."""

from __future__ import annotations

import argparse
import json
import signal
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from checkin.badges.layouts import layout_named
from checkin.errors import UserError
from checkin.replication.replica import PAIRING_MINUTES
from checkin.station import Station
from cli import confirmations
from cli.arguments import EXIT_BAD_INPUT, ORGANISER_COMMANDS, validate
from cli.errors import EXPECTED_ERRORS, error_message, log_outcome
from cli.output import (
    Output,
    attendee_json,
    backup_json,
    choice_json,
    choice_lines,
    door_verdict_json,
    door_verdict_lines,
    event_json,
    event_lines,
    export_json,
    export_lines,
    import_lines,
    joined_lines,
    logos_json,
    logos_lines,
    mapping_lines,
    one_line,
    pairing_lines,
    print_result,
    programme_lines,
    search_lines,
    session_json,
    sessions_lines,
    stats_lines,
    status_json,
    status_lines,
    undo_lines,
    verdict_json,
    verdict_lines,
)


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise UserError("db_is_folder", "{path} is a folder; give the path of an event file with --db.",
                        path=str(path))  # fmt: skip


def _open(args: argparse.Namespace, *, organiser: bool = False) -> Station:
    """The event file of `--db`; for an organiser command (or `organiser`), unlocked with the PIN given."""
    path = args.db
    _refuse_folder(path)
    if not path.exists():
        raise UserError("no_event_file", "There is no event file at {path}; create one with `demo` or `new`.",
                        path=str(path))  # fmt: skip
    station = Station.open(path, name=getattr(args, "station", ""), staff=getattr(args, "staff", ""))
    if organiser or args.command in ORGANISER_COMMANDS:
        if args.pin and not station.roles.unlock(args.pin):
            raise UserError("wrong_pin", "That is not the organiser PIN.")
        station.roles.require_organiser()
    return station


def _create(args: argparse.Namespace, make: Callable[[Path], Station]) -> Station:
    """`make` refuses a place a new event file may not go (`refuse_new_event_file`) before any work."""
    _refuse_folder(args.db)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    return make(args.db)


def _created(args: argparse.Namespace, station: Station, data: dict[str, object]) -> Output:
    lines = [f'created "{station.event.name}" in {args.db}', f"days: {', '.join(station.event.days)}"]
    if "registered" in data:
        lines.append(f"registered: {data['registered']}")
    return Output(data, lines)


def _cmd_demo(args: argparse.Namespace) -> Output:
    from checkin.demo.event import DEMO_PIN, create_demo_event

    pin = args.pin or DEMO_PIN
    station = _create(
        args, lambda path: create_demo_event(path, registrants=args.registrants, seed=args.seed, pin=pin)
    )
    data = {"db": str(args.db), "event": station.event.name, "days": station.event.days,
            "registered": station.stats().registered}  # fmt: skip
    return _created(args, station, data)


def _cmd_new(args: argparse.Namespace) -> Output:
    station = _create(
        args, lambda path: Station.create(path, event_name=args.name, venue=args.venue, town=args.town,
                                          days=args.days, pin=args.pin)
    )  # fmt: skip
    if not args.pin:
        print("warning: no organiser PIN: every function is open to every desk; set one with --pin",
              file=sys.stderr)  # fmt: skip
    return _created(
        args, station, {"db": str(args.db), "event": station.event.name, "days": station.event.days}
    )


def _cmd_import(args: argparse.Namespace) -> Output:
    mapping = {}
    for pair in args.map:
        column, sep, target = pair.partition("=")
        if not sep:
            raise UserError("bad_map", "--map takes COLUMN=FIELD, not {pair}.", pair=pair)
        mapping[column] = target
    station = _open(args)
    read = station.imports.read(args.file, mapping)  # over the mapping remembered for the file's form
    # Only a real import remembers its mapping: a dry run is for trying mappings out, and needs no preview.
    if args.dry_run:
        report = station.import_parsed(read.parsed, read.path.name, dry_run=True)
    else:
        report = station.imports.apply(read)
    result = asdict(report)
    result["problems"] = [{"row": p.row, "code": p.code, "message": p.message} for p in report.problems]
    result["merged_rows"] = [[source, into] for source, into in report.merged_rows]
    result["mapping"], result["mapping_remembered"] = dict(read.mapping), read.remembered
    return Output(result, mapping_lines(read.mapping, remembered=read.remembered) + import_lines(report))


def _cmd_search(args: argparse.Namespace) -> Output:
    station = _open(args)
    if args.day:
        station.day = station.resolve_day(args.day)
    hits = station.search(args.query, limit=args.limit)
    data = [
        {**{key: attendee_json(hit.attendee)[key] for key in (
            "id", "code", "title", "first_name", "last_name", "organisation", "email", "category")},
         "checked_in": hit.checked_in}
        for hit in hits
    ]  # fmt: skip
    return Output(data, search_lines(args.query, hits))


def _cmd_checkin(args: argparse.Namespace) -> Output:
    verdict = _open(args).check_in(args.code_or_id, day=args.day)
    return Output(verdict_json(verdict), verdict_lines(verdict))


def _cmd_undo(args: argparse.Namespace) -> Output:
    undone = _open(args).undo(args.code_or_id, args.reason, day=args.day)
    data = {
        "undone": undone.check_in is not None,
        "day": undone.day,
        "attendee": attendee_json(undone.attendee),
    }
    return Output(data, undo_lines(undone))


def _cmd_cancel(args: argparse.Namespace) -> Output:
    station = _open(args)
    change = station.registrations.cancel(args.code_or_id, args.reason)
    return Output(status_json(change, station.event.days), status_lines(change))


def _cmd_stats(args: argparse.Namespace) -> Output:
    station = _open(args)
    stats = station.stats()
    # Every event day is listed, a day nobody has checked in yet with 0, so scripts need no `.get(day, 0)`.
    checked_in = {**dict.fromkeys(station.event.days, 0), **stats.checked_in}
    data = {**asdict(stats), "checked_in": checked_in}
    return Output(data, stats_lines(stats, checked_in))


def _cmd_programme(args: argparse.Namespace) -> Output:
    station = _open(args)
    result = station.programme.import_file(args.file)
    answers = station.choices.answers_report()
    data = {
        "sessions": len(result.sessions), "added": result.added, "updated": result.updated,
        "unchanged": result.unchanged, "removed": result.removed,
        "problems": [{"row": p.row, "code": p.code, "message": p.message} for p in result.problems],
        "unmatched_answers": answers.unmatched, "full": answers.full,
    }  # fmt: skip
    return Output(data, programme_lines(result, answers))


def _cmd_sessions(args: argparse.Namespace) -> Output:
    station = _open(args)
    counts = station.programme.counts()
    if args.day:
        number = station.event.days.index(station.resolve_day(args.day)) + 1
        counts = [c for c in counts if c.session.day == number]
    days = station.event.days
    return Output([session_json(c, days) for c in counts], sessions_lines(counts, days))


def _cmd_enter(args: argparse.Namespace) -> Output:
    station = _open(args)
    if args.exit:
        verdict = station.door.leave(args.code_or_id, args.session)
    else:
        verdict = station.door.enter(args.code_or_id, args.session, admit=args.admit, override=args.override)
    return Output(door_verdict_json(verdict, station.event.days), door_verdict_lines(verdict))


def _cmd_choose(args: argparse.Namespace) -> Output:
    station = _open(args)
    attendee = station.guest(args.code_or_id)
    if args.withdraw:
        change = station.choices.withdraw(attendee.id, args.session)
    else:
        change = station.choices.choose(attendee.id, args.session, diet=args.diet, override=args.override)
    return Output(choice_json(change), choice_lines(change))


def _cmd_badges(args: argparse.Namespace) -> Output:
    station = _open(args)
    design = station.badges.template()
    layout = layout_named(args.layout or design.layout)
    ids = station.badges.selection(only_unprinted=args.only_unprinted, category=args.category, ids=args.ids)
    data = {"out": str(args.out), "layout": layout.name, "badges": len(ids), "pages": 0, "recorded": False}
    if not ids:
        return Output(data, ["No badges to print: nobody matches (or every badge was printed already)."])
    pages = station.badges.write_pdf(ids, layout, args.out)
    if not args.proof:
        station.badges.record_prints(ids, layout.name)
    data.update(pages=pages, recorded=not args.proof)
    return Output(data, [f"{len(ids)} badges on {pages} pages ({layout.name}): {args.out}"])


def _cmd_export(args: argparse.Namespace) -> Output:
    """Certificates go one file each into `--out` when it is an existing folder, else into one file."""
    station = _open(args)
    if args.what == "attendance":
        done = station.exports.attendance(
            day=args.day, session_id=args.session, fmt=args.format, out=args.out
        )
    elif args.what == "checkins":
        done = station.exports.checkins(fmt=args.format, out=args.out)
    elif args.what == "meals":
        done = station.exports.meals(fmt=args.format, out=args.out)
    else:
        done = station.exports.certificates(out=args.out, merged=not args.out.is_dir())
    return Output(export_json(args.what, done), export_lines(args.what, done))


def _cmd_event(args: argparse.Namespace) -> Output:
    """Shows the event; with `--venue` or `--town`, changes them first (organiser)."""
    changing = args.venue is not None or args.town is not None
    station = _open(args, organiser=changing)
    event = station.event_settings.save(venue=args.venue, town=args.town) if changing else station.event
    logos = station.event_settings.funding_logos()
    return Output(event_json(event, logos), event_lines(event, logos))


def _cmd_logos(args: argparse.Namespace) -> Output:
    settings = _open(args).event_settings
    if args.action == "add":
        logos = settings.add_funding_logos(args.files)
    elif args.action == "remove":
        logos = settings.remove_funding_logo(args.number)
    elif args.action == "clear":
        logos = ()
        settings.save(logos=logos)
    else:
        logos = settings.funding_logos()
    return Output(logos_json(logos), logos_lines(logos))


def _cmd_purge(args: argparse.Namespace) -> Output:
    purged = _open(args).privacy.purge(args.confirm)
    lines = [f"cleared: {purged.attendees} guests, {purged.log_rows} log rows; "
             f"backups deleted: {purged.backups_removed}"]  # fmt: skip
    if not purged.wal_emptied:
        lines.append("another desk has the event file open: close it there; the next desk or command to open "
                     "the event finishes the clearing")  # fmt: skip
    return Output(asdict(purged), lines)


def _cmd_backup(args: argparse.Namespace) -> Output:
    backup = _open(args).backups.snapshot()
    if backup is None:
        return Output(None, ["nothing to back up yet: the event has no changes"])
    return Output(backup_json(backup), [f"backup: {backup.path}"])


def _cmd_backups(args: argparse.Namespace) -> Output:
    found = _open(args).backups.list_backups()
    return Output([backup_json(b) for b in found], [b.name for b in found] or ["no backups yet"])


def _cmd_restore(args: argparse.Namespace) -> Output:
    if args.reason is not None:
        station = _open(args)
        change = station.registrations.restore(args.name, args.reason)
        return Output(status_json(change, station.event.days), status_lines(change))
    restored = _open(args).backups.restore(args.name)
    data = {"restored": backup_json(restored.backup),
            "previous": backup_json(restored.previous) if restored.previous else None}  # fmt: skip
    lines = [f"restored: {restored.backup.name}"]
    if restored.previous:
        lines.append(f"the state before is saved as {restored.previous.name}")
    return Output(data, lines)


def _cmd_station(args: argparse.Namespace) -> None:
    """Prints `listening on HOST:PORT` (flushed: scripts wait for it), then serves until SIGTERM or Ctrl+C."""
    from checkin.sync.service import SyncService  # aiohttp takes a quarter of a second to load

    _open(args).close()  # a missing or foreign event file is said before anything listens
    service = SyncService(args.db, name=args.name, listen=args.listen, peers=args.peer,
                          discover=not args.no_discovery)  # fmt: skip

    def ready(address: str | None) -> None:
        print(json.dumps({"listening": address}) if args.json else f"listening on {address}", flush=True)

    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: service.stop())
    try:
        service.run(ready)
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)


def _cmd_pair(args: argparse.Namespace) -> Output:
    code = _open(args).replica.new_pairing_code()
    return Output({"code": code, "minutes": PAIRING_MINUTES}, pairing_lines(code, PAIRING_MINUTES))


def _cmd_join(args: argparse.Namespace) -> Output:
    from checkin.sync.joining import join

    _refuse_folder(args.db)
    args.db.parent.mkdir(parents=True, exist_ok=True)
    join(args.address, args.code, args.db)  # refuses a place a new event file may not go, before asking
    station = Station.open(args.db)
    data = {"db": str(args.db), "event": station.event.name, "days": station.event.days,
            "registered": station.stats().registered, "from": args.address}  # fmt: skip
    return Output(data, joined_lines(data))


def _cmd_bench(args: argparse.Namespace) -> object:
    if args.hostile:  # --registrants is not used: the files are the same whatever the event's size
        from checkin.bench.hostile import run_hostile_benchmark

        return run_hostile_benchmark()
    if args.sync:  # --registrants is then the number of log rows to catch up on
        from checkin.bench.sync import run_sync_benchmark

        return run_sync_benchmark(args.registrants)
    from checkin.bench.figures import run_benchmark

    return run_benchmark(args.registrants)


COMMANDS: dict[str, Callable[[argparse.Namespace], object]] = {
    "demo": _cmd_demo, "new": _cmd_new, "import": _cmd_import, "search": _cmd_search, "checkin": _cmd_checkin,
    "undo": _cmd_undo, "cancel": _cmd_cancel, "stats": _cmd_stats, "programme": _cmd_programme,
    "sessions": _cmd_sessions,
    "enter": _cmd_enter, "choose": _cmd_choose, "badges": _cmd_badges, "export": _cmd_export,
    "purge": _cmd_purge, "backup": _cmd_backup, "backups": _cmd_backups, "restore": _cmd_restore,
    "station": _cmd_station, "pair": _cmd_pair, "join": _cmd_join, "bench": _cmd_bench, "event": _cmd_event,
    "logos": _cmd_logos, "confirmations": lambda args: confirmations.run(args, _open(args)),
}  # fmt: skip


def run(args: argparse.Namespace, command: Callable[[argparse.Namespace], object] | None = None) -> int:
    """Run a non-GUI command (or `command`, for the few that live in `ui/`); the exit status."""
    try:
        validate(args)
        print_result((command or COMMANDS[args.command])(args), args.json)
    except (*EXPECTED_ERRORS, sqlite3.Error, OSError) as error:
        log_outcome(args.command, error)
        print(f"error: {one_line(error_message(error, args))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (ValueError, OverflowError) as error:
        # A value the checks above did not foresee (a number too big for SQLite, ...): still one line.
        log_outcome(args.command, error)
        print(f"error: {one_line(str(error)) or type(error).__name__}", file=sys.stderr)
        return EXIT_BAD_INPUT
    log_outcome(args.command)
    return 0

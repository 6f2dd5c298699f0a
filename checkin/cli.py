"""The command line: the contract scripts and tests rely on. `--json` prints machine-readable output.

Bad input prints one line on stderr and exits with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path

import platformdirs

from checkin.domain import Attendee, Verdict
from checkin.errors import UserError
from checkin.importer import ImportFileError
from checkin.station import Station
from checkin.storage import NotAnEventFileError, SchemaTooNewError

EXIT_BAD_INPUT = 2
APP_NAME = "checkin-station"


def default_db_path() -> Path:
    """`CHECKIN_DB` if set, else `event.sqlite` in the user's data directory."""
    configured = os.environ.get("CHECKIN_DB")
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "event.sqlite"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr like every other error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="event database file")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="JSON on stdout")
    parser = _Parser(prog="checkin-station", parents=[common], description=__doc__)
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    commands.add_parser("gui", parents=[common], help="the desktop app (the default)")
    demo = commands.add_parser("demo", parents=[common], help="create the demo event")
    demo.add_argument("--registrants", type=int, default=200)
    demo.add_argument("--seed", type=int, default=1)
    new = commands.add_parser("new", parents=[common], help="create an empty event")
    new.add_argument("--name", required=True)
    new.add_argument("--venue", default="")
    new.add_argument("--days", required=True, help="comma-separated ISO dates, e.g. 2026-06-21,2026-06-22")
    imp = commands.add_parser("import", parents=[common], help="import registrants from CSV or XLSX")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD")
    search = commands.add_parser("search", parents=[common], help="find guests")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--day", help="which day `checked_in` refers to (default: today)")
    checkin = commands.add_parser("checkin", parents=[common], help="check a guest in")
    checkin.add_argument("code_or_id")
    checkin.add_argument("--day")
    checkin.add_argument("--station", default="")
    checkin.add_argument("--staff", default="")
    undo = commands.add_parser("undo", parents=[common], help="take back a check-in")
    undo.add_argument("code_or_id")
    undo.add_argument("--reason", required=True)
    undo.add_argument("--day")
    undo.add_argument("--station", default="")
    undo.add_argument("--staff", default="")
    commands.add_parser("stats", parents=[common], help="numbers for the organisers")
    bench = commands.add_parser("bench", parents=[common], help="the performance benchmark")
    bench.add_argument("--registrants", type=int, default=100_000)
    bench.add_argument("--ui", action="store_true", help="time typing and scanning in the desk window")
    return parser


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


def _open(args: argparse.Namespace) -> Station:
    path = args.db
    if not path.exists():
        raise UserError("no_event_file", "There is no event file at {path}; create one with `demo` or `new`.",
                        path=str(path))  # fmt: skip
    return Station.open(path, name=getattr(args, "station", ""), staff=getattr(args, "staff", ""))


def _create(args: argparse.Namespace, make: Callable[[Path], Station]) -> Station:
    if args.db.exists() and args.db.stat().st_size > 0:
        raise UserError(
            "event_exists", "{path} already holds an event; choose another --db.", path=str(args.db)
        )
    args.db.parent.mkdir(parents=True, exist_ok=True)
    return make(args.db)


def _cmd_demo(args: argparse.Namespace) -> object:
    from checkin.demo import create_demo_event

    station = _create(
        args, lambda path: create_demo_event(path, registrants=args.registrants, seed=args.seed)
    )
    return {"db": str(args.db), "event": station.event.name, "days": station.event.days,
            "registered": station.stats().registered}  # fmt: skip


def _cmd_new(args: argparse.Namespace) -> object:
    days = [day.strip() for day in args.days.split(",") if day.strip()]
    station = _create(
        args, lambda path: Station.create(path, event_name=args.name, venue=args.venue, days=days)
    )
    return {"db": str(args.db), "event": station.event.name, "days": station.event.days}


def _cmd_import(args: argparse.Namespace) -> object:
    mapping = {}
    for pair in args.map:
        column, sep, target = pair.partition("=")
        if not sep:
            raise UserError("bad_map", "--map takes COLUMN=FIELD, not {pair}.", pair=pair)
        mapping[column] = target
    report = _open(args).import_file(args.file, dry_run=args.dry_run, mapping=mapping or None)
    result = asdict(report)
    result["problems"] = [{"row": p.row, "code": p.code, "message": p.message} for p in report.problems]
    return result


def _cmd_search(args: argparse.Namespace) -> object:
    station = _open(args)
    if args.day:
        station.day = station.resolve_day(args.day)
    hits = station.search(args.query, limit=max(1, min(args.limit, 1000)))
    return [
        {**{key: attendee_json(hit.attendee)[key] for key in (
            "id", "code", "title", "first_name", "last_name", "organisation", "email", "category")},
         "checked_in": hit.checked_in}
        for hit in hits
    ]  # fmt: skip


def _cmd_checkin(args: argparse.Namespace) -> object:
    return verdict_json(_open(args).check_in(args.code_or_id, day=args.day))


def _cmd_undo(args: argparse.Namespace) -> object:
    undone = _open(args).undo(args.code_or_id, args.reason, day=args.day)
    return {
        "undone": undone.check_in is not None,
        "day": undone.day,
        "attendee": attendee_json(undone.attendee),
    }


def _cmd_stats(args: argparse.Namespace) -> object:
    return asdict(_open(args).stats())


def _cmd_bench(args: argparse.Namespace) -> object:
    from checkin.bench import run_benchmark

    return run_benchmark(args.registrants)


COMMANDS: dict[str, Callable[[argparse.Namespace], object]] = {
    "demo": _cmd_demo, "new": _cmd_new, "import": _cmd_import, "search": _cmd_search,
    "checkin": _cmd_checkin, "undo": _cmd_undo, "stats": _cmd_stats, "bench": _cmd_bench,
}  # fmt: skip


def _print(result: object, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    elif isinstance(result, list):
        for item in result:
            print(item)
    else:
        for key, value in result.items():  # type: ignore[attr-defined]
            print(f"{key}: {value}")


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    args.db_given = hasattr(args, "db") or "CHECKIN_DB" in os.environ
    args.db = getattr(args, "db", None) or default_db_path()
    args.json = getattr(args, "json", False)
    return args


def run(args: argparse.Namespace, command: Callable[[argparse.Namespace], object] | None = None) -> int:
    """Run a non-GUI command (or `command`, for the few that live in `ui/`); the exit status."""
    try:
        _print((command or COMMANDS[args.command])(args), args.json)
    except (UserError, ImportFileError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except NotAnEventFileError as error:
        print(f"error: {error} is not an event database of this app.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except SchemaTooNewError as error:
        print(f"error: {error}; update the app to open it.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as error:
        print(f"error: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_BAD_INPUT
    return 0

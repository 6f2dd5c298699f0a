"""The command line's arguments: the parser, and the checks every command's arguments pass before the event
file is opened, so that a mistake is one line on stderr and changes nothing. `--help` opens with HELP."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

import platformdirs

from checkin import APP_NAME, __version__, codes
from checkin.badges.layouts import LAYOUTS
from checkin.documents import exports
from checkin.domain import CATEGORIES
from checkin.errors import UserError
from checkin.sync.addresses import DEFAULT_PORT, format_address, parse_address
from checkin.sync.pairing import normalised_code
from cli import confirmations
from cli.output import (
    one_line,
)

HELP = """The command line: the contract scripts and tests rely on. `--json` prints machine-readable output;
without it every command prints plain lines a person reads. Bad input prints one line on stderr starting
with `error:` and exits with status 2, never a traceback, and changes nothing: arguments are checked before
the event file is opened."""
EXIT_BAD_INPUT = 2
MAX_EVENT_DAYS = 14
MAX_DEMO_REGISTRANTS = 200_000
MAX_SEARCH_LIMIT = 1000
MAX_SESSION_ID = 2**63 - 1
"""SQLite's largest integer: a session id beyond it is a typing mistake, not a session."""
MAX_CODE_OR_ID_LENGTH = 100
"""Far longer than any code or guest number: what is longer is a mistake (a pasted file, a stuck key)."""
ORGANISER_COMMANDS = frozenset(
    {"import", "programme", "export", "purge", "restore", "pair", "cancel", "logos", "confirmations"}
)
"""Commands that need the organiser PIN (`--pin` or CHECKIN_PIN) on an event that has one. `pair` is one:
its code hands the whole event, guest list and all, to the laptop that types it. `restore` puts back a
backup, or with `--reason` a cancelled registration: the organiser's either way. `event` is one when it
changes the venue or the town (`--venue`, `--town`); shown, the event needs no PIN."""
MAX_STATION_NAME_LENGTH = 100
"""The longest `--station` name the command line takes: a desk's name, shown in the status bar and lists."""


def default_db_path() -> Path:
    """`CHECKIN_DB` if set, else `event.sqlite` in the user's data directory."""
    configured = os.environ.get("CHECKIN_DB")
    if configured:
        return Path(configured)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "event.sqlite"


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr like every other error."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"error: {one_line(message)} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    common = _Parser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="event database file")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="JSON on stdout")
    common.add_argument("--pin", default=argparse.SUPPRESS, help="the organiser PIN (or CHECKIN_PIN)")
    parser = _Parser(prog=APP_NAME, parents=[common], description=HELP)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    gui = commands.add_parser("gui", parents=[common], help="the desktop app (the default)")
    gui.add_argument(
        "--demo", action="store_true", help="with no event file yet, make the demo event there without asking"
    )
    demo = commands.add_parser("demo", parents=[common], help="create the demo event")
    demo.add_argument("--registrants", type=int, default=200, help=f"0 to {MAX_DEMO_REGISTRANTS}")
    demo.add_argument("--seed", type=int, default=1)
    new = commands.add_parser("new", parents=[common], help="create an empty event")
    new.add_argument("--name", required=True)
    new.add_argument("--venue", default="")
    new.add_argument("--town", default="", help="the venue's town, printed on badges and certificates")
    new.add_argument("--days", required=True, help="comma-separated ISO dates, e.g. 2026-06-21,2026-06-22")
    event = commands.add_parser(
        "event", parents=[common], help="the event's settings; change the venue or town"
    )
    event.add_argument("--venue", help="the venue (organiser)")
    event.add_argument("--town", help="the venue's town, for badges and certificates (organiser)")
    logos = commands.add_parser("logos", parents=[common], help="the funding logos printed on documents")
    logos_actions = logos.add_subparsers(dest="action", required=True, parser_class=_Parser)
    logos_actions.add_parser("list", parents=[common], help="the logos, numbered, in printing order")
    add = logos_actions.add_parser(
        "add", parents=[common], help="add PNG or JPEG files after those there are"
    )
    add.add_argument("files", type=Path, nargs="+", metavar="FILE")
    remove = logos_actions.add_parser(
        "remove", parents=[common], help="remove a logo by its number (see list)"
    )
    remove.add_argument("number", type=int)
    logos_actions.add_parser("clear", parents=[common], help="remove every logo")
    imp = commands.add_parser("import", parents=[common], help="import registrants from CSV or XLSX")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true")
    imp.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD")
    search = commands.add_parser("search", parents=[common], help="find guests")
    search.add_argument("query")
    search.add_argument("--limit", type=int, default=20, help=f"1 to {MAX_SEARCH_LIMIT}")
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
    cancel = commands.add_parser("cancel", parents=[common], help="cancel a guest's registration")
    cancel.add_argument("code_or_id")
    cancel.add_argument("--reason", required=True)
    cancel.add_argument("--station", default="")
    cancel.add_argument("--staff", default="")
    commands.add_parser("stats", parents=[common], help="numbers for the organisers")
    programme = commands.add_parser(
        "programme", parents=[common], help="import the programme from CSV or XLSX"
    )
    programme.add_argument("file", type=Path)
    sessions = commands.add_parser("sessions", parents=[common], help="the programme with its numbers")
    sessions.add_argument("--day", help="only this day (a number or a date)")
    enter = commands.add_parser("enter", parents=[common], help="a scan at a session's door")
    enter.add_argument("code_or_id")
    enter.add_argument("--session", type=int, required=True, help="the session's id (see `sessions`)")
    enter.add_argument("--exit", action="store_true", help="an exit scan: the guest leaves the room")
    enter.add_argument("--admit", action="store_true", help="let in a guest not signed up for it")
    enter.add_argument("--override", default="", metavar="REASON", help="let in despite a full room; say why")
    enter.add_argument("--station", default="")
    enter.add_argument("--staff", default="")
    choose = commands.add_parser("choose", parents=[common], help="sign a guest up for a session")
    choose.add_argument("code_or_id")
    choose.add_argument("--session", type=int, required=True, help="the session's id (see `sessions`)")
    choose.add_argument("--diet", default="", help="a diet note, for a meal")
    choose.add_argument("--override", default="", metavar="REASON", help="into a full session, saying why")
    choose.add_argument("--withdraw", action="store_true", help="take the guest off the session instead")
    choose.add_argument("--station", default="")
    choose.add_argument("--staff", default="")
    badges = commands.add_parser("badges", parents=[common], help="badges as a PDF for printing")
    badges.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    badges.add_argument("--layout", help=f"one of {', '.join(LAYOUTS)}, or custom-WIDTHxHEIGHT (mm)")
    badges.add_argument(
        "--only-unprinted", action="store_true", help="only guests whose badge was never printed"
    )
    badges.add_argument("--category", choices=CATEGORIES)
    badges.add_argument("--ids", type=int, nargs="+", help="only these guest numbers")
    badges.add_argument("--proof", action="store_true", help="a proof: do not record the badges as printed")
    export = commands.add_parser("export", parents=[common], help="attendance lists, the scans, certificates")
    export.add_argument("what", choices=exports.EXPORTS)
    export.add_argument("--day", help="attendance: the list of this day (a number or a date)")
    export.add_argument("--session", type=int, help="attendance: the list of this session (see `sessions`)")
    export.add_argument("--format", choices=exports.FORMATS, help="default: pdf, or xlsx for checkins")
    export.add_argument("--out", type=Path, required=True, help="the file; for certificates, or a folder")
    purge = commands.add_parser("purge", parents=[common], help="clear the personal data after the event")
    purge.add_argument("--confirm", required=True, metavar="EVENT_NAME", help="the event's name, to confirm")
    commands.add_parser("backup", parents=[common], help="take a backup of the event file now")
    commands.add_parser("backups", parents=[common], help="the event's backups, newest first")
    restore = commands.add_parser(
        "restore", parents=[common],
        help="put a backup back into the event file; with --reason, restore a cancelled registration",
    )  # fmt: skip
    restore.add_argument(
        "name", help="the backup's name (see `backups`), or with --reason a guest's code or number"
    )
    restore.add_argument("--reason", help="restore the cancelled registration of the guest NAME, saying why")
    restore.add_argument("--station", default="")
    restore.add_argument("--staff", default="")
    station = commands.add_parser("station", parents=[common], help="serve and sync the event until stopped")
    station.add_argument("--listen", default=f"0.0.0.0:{DEFAULT_PORT}", metavar="HOST:PORT",
                         help="where others reach this station (port 0: any free one)")  # fmt: skip
    station.add_argument("--peer", action="append", default=[], metavar="HOST:PORT", help="another station")
    station.add_argument("--name", default="", help="this station's name (default: the computer's)")
    station.add_argument("--no-discovery", action="store_true", help="do not look for stations on the LAN")
    pair = commands.add_parser("pair", parents=[common], help="a pairing code for a new station to join with")
    pair.add_argument("--show", action="store_true", required=True, help="make a new code and print it")
    join = commands.add_parser("join", parents=[common], help="receive the event from a running station")
    join.add_argument("address", metavar="HOST:PORT", help="the station showing the pairing code")
    join.add_argument("--code", required=True, help="the pairing code it shows (`pair --show`)")
    confirmations.add_parser(commands, common)
    bench = commands.add_parser("bench", parents=[common], help="the performance benchmark")
    bench.add_argument("--registrants", type=int, default=100_000)
    bench.add_argument("--ui", action="store_true", help="time typing and scanning in the desk window")
    bench.add_argument(
        "--scanner", action="store_true",
        help="scan codes without Enter at 5 ms a key into the desk window while every core is busy",
    )  # fmt: skip
    bench.add_argument(
        "--sync", action="store_true", help="time two station processes agreeing: propagation and catch-up"
    )
    bench.add_argument(
        "--hostile", action="store_true", help="time the refusal of hostile files (zip bombs, /dev/zero...)"
    )
    return parser


# --- checking arguments before anything is opened -----------------------------------------------------------


def event_days(text: str) -> list[str]:
    """`--days`: comma-separated ISO dates, at least one, none twice, at most MAX_EVENT_DAYS; sorted."""
    typed = [part.strip() for part in text.split(",") if part.strip()]
    if not typed:
        raise UserError("no_event_days", "Name at least one event day, e.g. --days 2026-06-21,2026-06-22.")
    days = []
    for part in typed:
        try:
            days.append(date.fromisoformat(part))
        except ValueError:
            raise UserError(
                "bad_event_day", "{day} is not a date; write days as YYYY-MM-DD, e.g. 2026-06-21.", day=part
            ) from None
    repeated = sorted({day for day in days if days.count(day) > 1})
    if repeated:
        raise UserError("repeated_event_day", "{day} is given more than once in --days; name each day once.",
                        day=repeated[0].isoformat())  # fmt: skip
    if len(days) > MAX_EVENT_DAYS:
        raise UserError("too_many_event_days", "An event has at most {limit} days; {count} were given.",
                        limit=str(MAX_EVENT_DAYS), count=str(len(days)))  # fmt: skip
    return [day.isoformat() for day in sorted(days)]


def _check_range(code: str, option: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise UserError(code, "{option} must be between {low} and {high}, not {value}.", option=option,
                        low=f"{low:,}", high=f"{high:,}", value=str(value))  # fmt: skip


def _check_code_or_id(typed: str) -> None:
    """What the station's lookup would only call unknown although the person clearly mistyped the command:
    a huge paste, or digits that are not 0-9 (`"²".isdigit()` is true)."""
    if len(typed) > MAX_CODE_OR_ID_LENGTH:
        raise UserError(
            "code_too_long", "That is {length} characters long; a guest code or number is at most {limit}.",
            length=str(len(typed)), limit=str(MAX_CODE_OR_ID_LENGTH),
        )  # fmt: skip
    stripped = typed.strip()
    if stripped.isdigit() and not stripped.isascii():
        raise UserError("bad_guest_number", "{typed} is not a guest number; write the number with the "
                        "digits 0-9, or give the code from the badge.", typed=stripped)  # fmt: skip


def _check_restore(args: argparse.Namespace) -> None:
    """`restore NAME` puts back a backup, `restore CODE --reason TEXT` a registration. A guest's code or
    number without a reason is a registration restore missing its reason, never a backup (none has such
    a name)."""
    if args.reason is not None:
        _check_code_or_id(args.name)
    elif args.name.strip().isdigit() or codes.looks_like_code(args.name):
        raise UserError(
            "restore_needs_reason", "To restore the registration of guest {key}, say why with --reason TEXT "
            "(a backup is restored by its name, see `backups`).", key=args.name.strip(),
        )  # fmt: skip


def validate(args: argparse.Namespace) -> None:
    """Check (and normalise) a command's arguments up front, so a mistake changes nothing."""
    if args.command == "demo":
        _check_range("bad_registrants", "--registrants", args.registrants, 0, MAX_DEMO_REGISTRANTS)
    elif args.command == "new":
        if not args.name.strip():
            raise UserError("event_name_required", "Give the event a name with --name.")
        args.name = args.name.strip()
        args.days = event_days(args.days)
    elif args.command == "search":
        _check_range("bad_limit", "--limit", args.limit, 1, MAX_SEARCH_LIMIT)
    elif args.command == "restore":
        _check_restore(args)
    elif args.command in ("checkin", "undo", "enter", "choose", "cancel"):
        _check_code_or_id(args.code_or_id)
        if args.command in ("enter", "choose"):
            _check_range("bad_session", "--session", args.session, 1, MAX_SESSION_ID)
        if args.command == "enter" and args.exit and (args.admit or args.override):
            raise UserError(
                "exit_admits_nobody",
                "--exit records a guest leaving; --admit and --override are for entries, so leave them out.",
            )  # fmt: skip
    elif args.command == "export":
        if args.session is not None:
            _check_range("bad_session", "--session", args.session, 1, MAX_SESSION_ID)
        args.format = exports.checked_format(args.what, args.format, day=args.day, session_id=args.session)
    elif args.command == "station":
        args.listen = parse_address(args.listen, listen=True)
        args.peer = [format_address(*parse_address(peer)) for peer in args.peer]
        args.name = " ".join(args.name.split())[:MAX_STATION_NAME_LENGTH]
    elif args.command == "join":
        args.address = format_address(*parse_address(args.address))
        normalised_code(args.code)
    elif args.command == "confirmations":
        confirmations.validate(args)
    elif args.command == "bench":
        if getattr(sys, "frozen", False):  # set by PyInstaller in the frozen app of `make dist`
            raise UserError(
                "bench_needs_python",
                "The benchmark starts Python processes of its own, which the installed app cannot: "
                "run it from the project's folder (python main.py bench).",
            )
        from checkin.bench.figures import MIN_REGISTRANTS, check_registrants
        from checkin.bench.sync import MIN_ENTRIES

        check_registrants(args.registrants, MIN_ENTRIES if args.sync else MIN_REGISTRANTS)


# --- the commands -------------------------------------------------------------------------------------------


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    args.db_given = hasattr(args, "db") or "CHECKIN_DB" in os.environ
    args.db = getattr(args, "db", None) or default_db_path()
    args.json = getattr(args, "json", False)
    args.pin = getattr(args, "pin", None) or os.environ.get("CHECKIN_PIN") or None
    return args

"""Entry point: `python main.py [--db PATH] [COMMAND]`. No command opens the desktop app."""

from __future__ import annotations

import argparse
import sys

from checkin import app_log
from checkin.private_files import keep_private
from cli.arguments import parse
from cli.commands import run


def main() -> int:
    keep_private()
    app_log.configure()
    args = parse()
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(args.db, db_given=args.db_given, demo=getattr(args, "demo", False))
    app_log.install_hooks(app_log.command_line_report)
    if args.command == "bench" and (args.ui or args.scanner):
        return run(args, _ui_benchmark)
    return run(args)


def _ui_benchmark(args: argparse.Namespace) -> object:
    # Imported only once `run` has checked the arguments: loading Qt prints to stderr, and a refused
    # command must print its one error line and nothing else.
    from ui.bench import run_benchmark

    return run_benchmark(args.registrants, scanner=args.scanner)


if __name__ == "__main__":
    sys.exit(main())

"""Entry point: `python main.py [--db PATH] [COMMAND]`. No command opens the desktop app."""

from __future__ import annotations

import sys

from checkin.cli import parse, run


def main() -> int:
    args = parse()
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(args.db, db_given=args.db_given)
    if args.command == "bench" and args.ui:
        from ui.bench import run_ui_benchmark

        return run(args, lambda parsed: run_ui_benchmark(parsed.registrants))
    return run(args)


if __name__ == "__main__":
    sys.exit(main())

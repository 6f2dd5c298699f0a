"""Entry point: `python main.py [--db PATH] [COMMAND]`. No command opens the desktop app."""

from __future__ import annotations

import sys

from checkin.cli import parse, run


def main() -> int:
    args = parse()
    if args.command in (None, "gui"):
        from ui.app import run_gui

        return run_gui(args.db, db_given=args.db_given)
    return run(args)


if __name__ == "__main__":
    sys.exit(main())

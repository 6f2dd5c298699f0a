"""`python tests/helpers/go_cli.py ARGS...`: main.py's command line with ARGS, started only once a line
arrives on stdin, after Python has started and loaded the app (it prints "ready" then). A test that kills
it at a random moment after the go kills the command itself, not the interpreter's start, which takes most
of a short command's time. Nothing of the app is changed or patched."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import main  # noqa: E402 (after the path: the app's own modules)

print("ready", flush=True)
sys.stdin.readline()
sys.argv = [str(ROOT / "main.py"), *sys.argv[1:]]
sys.exit(main.main())

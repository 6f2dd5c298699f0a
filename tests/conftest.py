import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

pytest_plugins = ["pytester"]  # for tests of the suite's own helpers (tests/ui/test_when_modal.py)

HERE = Path(__file__).parent
MARKER_OF_FOLDER = {"ui": "gui", "e2e": "e2e"}
"""Every test in tests/ui/ is `gui`, in tests/e2e/ `e2e`: `-m "not gui and not e2e"` (`make check`) runs the
unit tests only."""


@pytest.hookimpl(tryfirst=True)  # before `-m` picks tests by their markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(HERE).parts[0] if item.path.is_relative_to(HERE) else ""
        if folder in MARKER_OF_FOLDER:
            item.add_marker(MARKER_OF_FOLDER[folder])

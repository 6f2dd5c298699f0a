import os
import sys
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

# The app's log file (`checkin.app_log`) of every `main.py` the tests start goes to a folder of the run's own,
# never into the tester's data folder.
os.environ.setdefault("CHECKIN_LOG_DIR", tempfile.mkdtemp(prefix="checkin-test-log-"))

# pytester: for tests of the suite's own helpers (tests/ui/test_when_modal.py); soak_report: the kill trials'
# seed, `trial` fixture and tally (tests/soak/).
pytest_plugins = ["pytester", "helpers.soak_report"]

HERE = Path(__file__).parent
MARKERS_OF_FOLDER = {"ui": ("gui",), "e2e": ("e2e",), "soak": ("soak", "e2e"), "dist": ("dist", "e2e")}
"""Every test in tests/ui/ is `gui`, in tests/e2e/ `e2e`: `-m "not gui and not e2e"` (`make check`) runs the
unit tests only. The kill trials of tests/soak/ run processes too, and `-m soak` (`make soak`) picks them.
tests/dist/ drives the frozen build (`make dist-test`, `-m dist`); pyproject's `-m "not dist"` leaves it out
of every other run."""


@pytest.hookimpl(tryfirst=True)  # before `-m` picks tests by their markers
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        folder = item.path.relative_to(HERE).parts[0] if item.path.is_relative_to(HERE) else ""
        for marker in MARKERS_OF_FOLDER.get(folder, ()):
            item.add_marker(marker)


@pytest.fixture
def station(tmp_path):
    """The small event at reception desk 1, staff Ola, on day one. A test module may define its own.

    Here, not in tests/unit/conftest.py: test modules import `conftest` by that name, and a second one
    would shadow tests/ui/conftest.py's helpers when both folders run in one process."""
    from helpers.events import DAYS, make_station

    s = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    yield s
    s.close()


@pytest.fixture
def empty_station(tmp_path):
    """An event with nobody registered yet, opened by the organiser who made it, on day one: what an
    import test fills from its own lists."""
    from helpers.events import DAYS

    from checkin.station import Station

    s = Station.create(tmp_path / "e.sqlite", event_name="Kongres", venue="", days=DAYS, day=DAYS[0])
    yield s
    s.close()

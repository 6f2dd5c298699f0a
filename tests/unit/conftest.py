import pytest
from helpers.events import DAYS, make_station


@pytest.fixture
def station(tmp_path):
    """The small event at reception desk 1, staff Ola, on day one. A module may define its own."""
    s = make_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola", day=DAYS[0])
    yield s
    s.close()

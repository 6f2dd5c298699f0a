"""Where the files shipped with the program live, in a source checkout and in an installed wheel.

A checkout keeps them in the repository's top-level `data/` and `resources/` folders; a wheel installs the
same folders as the packages `checkin_data` and `checkin_resources`, and the frozen app of `make dist` holds
them under the same names (packaging/checkin-station.spec lists them: the freezer cannot see what
importlib.resources loads at run time), so it finds them as a wheel install does. Callers ask here and
never build paths from `__file__` themselves, so moving the folders changes one module.
"""

from __future__ import annotations

import importlib
from importlib.resources import files
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    """The folder of shipped data files (the demo programme, ...)."""
    return _shipped_dir("data", "checkin_data")


def resources_dir() -> Path:
    """The folder of shipped resources (fonts, images, ...)."""
    return _shipped_dir("resources", "checkin_resources")


def _shipped_dir(folder: str, package: str) -> Path:
    """The checkout's `folder` when running from a checkout, else the installed `package`'s folder."""
    local = _REPO_ROOT / folder
    # In a wheel install _REPO_ROOT is site-packages, where some other distribution may well have dropped a
    # top-level `data/` or `resources/`: only a folder next to our pyproject.toml is ours.
    if local.is_dir() and (_REPO_ROOT / "pyproject.toml").is_file():
        return local
    resource = files(package)
    if isinstance(resource, Path):
        return resource
    # A folder without __init__.py installs as a namespace package: files() then wraps it in a
    # MultiplexedPath, which is no Path; the package's own __path__ still names the folder.
    return Path(next(iter(importlib.import_module(package).__path__)))

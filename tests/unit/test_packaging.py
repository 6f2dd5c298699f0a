"""The frozen app's build files agree with each other and with checkin/__init__.py: one version, one name.

The Windows installer can only be built on Windows; what can be checked here is that it takes its version
and name from the build script (which reads checkin/__init__.py) and names the executables the spec makes."""

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest

from checkin import APP_NAME, __version__
from cli.arguments import parse

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_the_version_is_written_once_and_pyproject_reads_it():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "checkin.__version__"}
    assert importlib.metadata.version(APP_NAME) == __version__
    for built_elsewhere in ("windows/installer.iss", "windows/build.ps1", "checkin-station.spec"):
        assert __version__ not in (PACKAGING / built_elsewhere).read_text(encoding="utf-8"), built_elsewhere


def test_the_installer_names_the_executables_the_spec_makes():
    spec = (PACKAGING / "checkin-station.spec").read_text(encoding="utf-8")
    installer = (PACKAGING / "windows" / "installer.iss").read_text(encoding="utf-8")
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert re.search(r"^DESK = APP_NAME$", spec, re.M)
    assert re.search(r'^CLI = f"\{APP_NAME\}-cli"$', spec, re.M)
    assert '#define DeskExe AppName + ".exe"' in installer
    assert '#define CliExe AppName + "-cli.exe"' in installer
    assert "/DAppName=$name" in build and "checkin.APP_NAME" in build
    assert "packaging\\checkin-station.spec" in build


def test_the_desktop_entry_is_the_apps():
    entry = (PACKAGING / "linux" / "checkin-station.desktop").read_text(encoding="utf-8")
    assert {f"Exec={APP_NAME}", f"Icon={APP_NAME}", f"StartupWMClass={APP_NAME}"} <= set(entry.splitlines())


def test_version_option_prints_the_name_and_version(capsys):
    with pytest.raises(SystemExit) as exited:
        parse(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"{APP_NAME} {__version__}\n"

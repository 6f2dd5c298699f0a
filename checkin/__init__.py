"""The check-in station's core, free of Qt.

`__version__` is the one place the version is written: pyproject.toml reads it (setuptools' dynamic
version), and so do `--version`, the desk's QApplication, the frozen build's Windows version resource and
the Windows installer (packaging/), so a frozen app without installed metadata still knows its version.
"""

__version__ = "0.1.0"
APP_NAME = "checkin-station"
"""The name of the app's executables, its per-user data folder and its icon files."""

"""Who the running app says it is: its name, version and icon, as the desktop shows them.

The name matches the Linux desktop entry (packaging/linux/checkin-station.desktop), so the taskbar groups
the desk's windows under the entry's icon; the version is `checkin.__version__`, the one place it is kept.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QIcon

from checkin import APP_NAME, __version__
from checkin.paths import resources_dir

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNGs packaging/icon.py draws: the title bar, the taskbar and the Alt+Tab switcher each pick theirs."""


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(resources_dir() / "icons" / f"{APP_NAME}-{size}.png"))
    return icon


def identify(app: QCoreApplication) -> None:
    """Name, version, desktop entry and the icon every window of the app inherits.

    The settings store keeps its own explicit names (ui/app.py), so these never move a desk's settings.
    """
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    if isinstance(app, QGuiApplication):  # what QApplication.instance() returns is typed as the base class
        app.setDesktopFileName(APP_NAME)
        app.setWindowIcon(app_icon())

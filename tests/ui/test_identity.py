"""The running app's name, version and icon (ui/identity.py)."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from checkin import APP_NAME, __version__
from ui.identity import ICON_SIZES, app_icon, identify


def test_the_app_is_named_versioned_and_has_its_icon_in_every_size(qapp: QApplication):
    before = qapp.applicationName(), qapp.applicationVersion(), qapp.desktopFileName()
    try:
        identify(qapp)
        assert (qapp.applicationName(), qapp.applicationVersion()) == (APP_NAME, __version__)
        assert qapp.desktopFileName() == APP_NAME
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setApplicationName(before[0])
        qapp.setApplicationVersion(before[1])
        qapp.setDesktopFileName(before[2])
    assert set(app_icon().availableSizes()) == {QSize(size, size) for size in ICON_SIZES}

"""Scanning with a webcam: preview frames decoded with zxing-cpp.

zxing-cpp binarises locally and tries inverted images, so a badge on paper and a phone screen held up to
the camera (bright, low contrast, sometimes in dark mode) both read. Optional like sound: without
QtMultimedia or without a camera the desk works from the keyboard and a USB scanner.
"""

from __future__ import annotations

import zxingcpp
from PySide6.QtCore import QElapsedTimer, QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from checkin import codes

try:
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame
    from PySide6.QtMultimediaWidgets import QVideoWidget
except ImportError:  # no PySide6-Addons, or libpulse missing (see README)
    QCamera = None  # type: ignore[assignment, misc]  # None marks QtMultimedia as missing; available() tests it

DECODE_INTERVAL_MS = 150
"""Decoding every frame would starve the UI thread; a few decodes a second find a code held up."""
REPEAT_MS = 3000
"""A code that stays in view is reported once, not at every frame; again only after it was out of view
this long (the same guest showing their phone twice)."""


def codes_in(image: QImage) -> list[str]:
    """Texts of the QR codes in a camera frame that have the shape of an attendee code."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [result.text for result in found if codes.looks_like_code(result.text)]


class CameraScanner(QObject):
    code_found = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._since_decode = QElapsedTimer()
        self._last_seen = QElapsedTimer()
        self._last = ""
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None

    @staticmethod
    def available() -> bool:
        return QCamera is not None and bool(QMediaDevices.videoInputs())

    def preview(self) -> QWidget:
        """A live view to show next to the banner; frames shown there are the frames decoded."""
        view = QVideoWidget()
        view.videoSink().videoFrameChanged.connect(self._on_frame)
        self._session = QMediaCaptureSession(self)
        self._camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        self._session.setCamera(self._camera)
        self._session.setVideoOutput(view)
        return view

    def start(self) -> None:
        if self._camera is not None:
            self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()

    def _on_frame(self, frame: QVideoFrame) -> None:
        if self._since_decode.isValid() and self._since_decode.elapsed() < DECODE_INTERVAL_MS:
            return
        self._since_decode.restart()
        self.offer(codes_in(frame.toImage()))

    def offer(self, found: list[str]) -> None:
        """Report the first code seen, unless it is the one already reported and still in view."""
        if not found:
            return
        code = found[0]
        fresh = code != self._last or not self._last_seen.isValid() or self._last_seen.elapsed() >= REPEAT_MS
        self._last = code
        self._last_seen.restart()
        if fresh:
            self.code_found.emit(code)


class CameraPane(QObject):
    """The webcam preview docked at the side of a window (F8), the camera running only while it shows.

    Codes it reads come out of `scanner.code_found`, to go the same way as a USB scanner's.
    """

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.scanner = CameraScanner(self)
        self._window = window
        self._dock: QDockWidget | None = None

    def toggle(self, title: str) -> bool:
        """Show or hide the pane (`title` heads it); False when there is no camera to show."""
        if self._dock is None:
            if not CameraScanner.available():
                return False
            self._dock = QDockWidget(title, self._window)
            self._dock.setWidget(self.scanner.preview())
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self._dock)
            visible = True
        else:
            visible = not self._dock.isVisible()
            self._dock.setVisible(visible)
        (self.scanner.start if visible else self.scanner.stop)()
        return True

    def stop(self) -> None:
        self.scanner.stop()

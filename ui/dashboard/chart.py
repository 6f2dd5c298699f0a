"""Arrivals over the day: a bar per 10 minutes of check-ins, under a time-of-day axis (QtCharts)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCharts import QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent

from checkin.dashboard import ARRIVAL_BIN_MINUTES, ArrivalBin
from ui.widgets import theme

_HALF_BAR = 0.5
"""Bar i stands at x = i; its bin starts half a bar to the left, where the axis writes the bin's time."""


_MOST_TICKS = 5


def _nice_steps() -> Iterator[int]:
    """1, 2, 5, 10, 20, 50, 100..."""
    scale = 1
    while True:
        yield from (scale, 2 * scale, 5 * scale)
        scale *= 10


class ArrivalsChart(QChartView):
    """Bars of check-ins per bin. The x axis is a value axis with a label at the start of every few bins
    (a category axis would write all of a long day's 70 times of day over each other)."""

    def __init__(self) -> None:
        self._chart = QChart()
        super().__init__(self._chart)
        self._chart.legend().hide()
        self._chart.setMargins(QMargins(0, 0, 0, 0))
        self._chart.setBackgroundRoundness(0)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._times = QCategoryAxis()
        self._times.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._counts = QValueAxis()
        self._counts.setLabelFormat("%d")
        self._chart.addAxis(self._times, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self._counts, Qt.AlignmentFlag.AlignLeft)
        self._bins: Sequence[ArrivalBin] = ()
        self.show_bins(())

    def show_bins(self, bins: Sequence[ArrivalBin]) -> None:
        """A new series when the bins changed: at most twice a second, while guests are checked in."""
        if bins == self._bins and self._chart.series():
            return
        self._bins = bins
        self._chart.removeAllSeries()
        bars = QBarSet("")
        bars.setColor(QColor(theme.DASHBOARD_BAR_COLOUR))
        bars.append([b.count for b in bins])
        series = QBarSeries()
        series.setBarWidth(0.9)
        series.append(bars)
        self._chart.addSeries(series)
        series.attachAxis(self._times)
        series.attachAxis(self._counts)
        self._label_times()
        self._count_ticks(max((b.count for b in bins), default=0))

    def _count_ticks(self, most: int) -> None:
        """Whole numbers on the count axis, every 1, 2, 5, 10, 20... guests: at most `_MOST_TICKS` steps up
        to the highest bar (Qt's even ticks on 0..1 wrote 0.25 as "0", a column of noughts)."""
        step = next(s for s in _nice_steps() if s * _MOST_TICKS >= most)
        self._counts.setTickType(QValueAxis.TickType.TicksDynamic)
        self._counts.setTickAnchor(0)
        self._counts.setTickInterval(step)
        self._counts.setRange(0, max(step, -(-most // step) * step))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._label_times()

    def _label_times(self) -> None:
        """Round times of day at the start of their bins, as many as fit side by side: every 10 minutes in a
        quiet first hour, every hour or two across a whole day."""
        for label in self._times.categoriesLabels():
            self._times.remove(label)
        step = self._label_step()
        self._times.setStartValue(-_HALF_BAR)
        self._times.setRange(-_HALF_BAR, max(len(self._bins), 1) - _HALF_BAR)
        for index, arrival_bin in enumerate(self._bins):
            if arrival_bin.minute % step == 0:
                self._times.append(arrival_bin.start, index - _HALF_BAR)

    def _label_step(self) -> int:
        """The fewest minutes between two labels (of `theme.DASHBOARD_LABEL_STEPS_MIN`) that leave each label
        room for its time; the count axis's labels take their width off the left."""
        metrics = QFontMetrics(self._times.labelsFont())
        label = metrics.horizontalAdvance("00:00") * theme.DASHBOARD_TIME_LABEL_ROOM
        fitting = max(1, int((self.width() - metrics.horizontalAdvance("000000")) // label))
        minutes = len(self._bins) * ARRIVAL_BIN_MINUTES
        steps = theme.DASHBOARD_LABEL_STEPS_MIN
        return next((step for step in steps if minutes / step <= fitting), steps[-1])

    def set_text_size(self, pixels: int) -> None:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        self._times.setLabelsFont(font)
        self._counts.setLabelsFont(font)
        self._label_times()

"""Pie and donut charts whose small slices stay readable.

Labels drawn on the wedges of small slices run into each other and into their neighbours' leader
lines ("通讯社 1" over "社交媒体 1"), and Qt's legend cuts a dozen names short in a card. So each pie
gets its own list beside it: one row per slice, a dot in the slice's colour and "name value", spread
evenly over the chart's height; the wedges carry no text. A name too long for its column is elided
and whole in its tooltip.
"""
from __future__ import annotations

from PySide6.QtCharts import QChart, QPieSeries
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsSimpleTextItem

#: Colours for slices without their own (kinds of outlet): distinct from each other and from the
#: tone colours (green, grey, red) drawn beside them.
PALETTE = ("#1f77b4", "#ff7f0e", "#9467bd", "#17becf", "#8c564b", "#e377c2", "#bcbd22", "#7f7f7f",
           "#393b79", "#637939")


def palette_series() -> QPieSeries:
    """A pie series whose slices get ``PALETTE`` colours from ``legend_pies``."""
    s = QPieSeries()
    s.setProperty("commdeskPalette", True)
    return s


class SliceList:
    """The rows naming the slices of one pie, in a column of the chart's plot area (fractions)."""

    def __init__(self, chart: QChart, series: QPieSeries, left: float, right: float, text: QColor):
        self.chart, self.left, self.right = chart, left, right
        self.font = chart.legend().font()
        self.rows: list[tuple[QGraphicsEllipseItem, QGraphicsSimpleTextItem, str]] = []
        for sl in series.slices():
            dot = QGraphicsEllipseItem(chart)
            dot.setBrush(sl.color())
            dot.setPen(Qt.PenStyle.NoPen)
            label = QGraphicsSimpleTextItem(chart)
            label.setFont(self.font)
            label.setBrush(text)
            label.setToolTip(sl.label())
            for item in (dot, label):
                item.setZValue(10)
            self.rows.append((dot, label, sl.label()))
        chart.plotAreaChanged.connect(self.place)
        self.place(chart.plotArea())

    def texts(self) -> list[str]:
        """What the rows show (elided or whole)."""
        return [label.text() for _dot, label, _full in self.rows]

    def place(self, area: QRectF) -> None:
        if not self.rows or area.isEmpty():
            return
        metrics = QFontMetricsF(self.font)
        line = metrics.height() * 1.25
        step = min(line, area.height() / len(self.rows))
        top = area.center().y() - step * len(self.rows) / 2
        x = area.left() + area.width() * self.left
        width = area.width() * (self.right - self.left)
        d = max(6.0, metrics.height() * 0.55)
        for i, (dot, label, full) in enumerate(self.rows):
            y = top + i * step
            dot.setRect(x, y + (step - d) / 2, d, d)
            label.setText(metrics.elidedText(full, Qt.TextElideMode.ElideRight, max(0.0, width - d - 6)))
            label.setPos(x + d + 6, y + (step - metrics.height()) / 2)


def legend_pies(chart: QChart, *series: QPieSeries, text: QColor | None = None) -> list[SliceList]:
    """Lay the pies of ``chart`` (already added) side by side, each with its list of slices to its
    right; no labels on the wedges, no Qt legend. Returns the lists (tests read them)."""
    chart.legend().setVisible(False)
    colour = text if text is not None else QColor(Qt.GlobalColor.black)
    n = 0
    slot = 1.0 / max(1, len(series))
    lists = []
    for k, s in enumerate(series):
        for sl in s.slices():
            sl.setLabelVisible(False)
            if s.property("commdeskPalette"):
                sl.setColor(QColor(PALETTE[n % len(PALETTE)]))
                n += 1
        s.setHorizontalPosition(k * slot + 0.26 * slot)
        lists.append(SliceList(chart, s, k * slot + 0.52 * slot, (k + 1) * slot, colour))
    chart.setProperty("commdeskSliceLists", len(lists))
    chart._commdesk_slice_lists = lists  # kept alive with the chart
    return lists

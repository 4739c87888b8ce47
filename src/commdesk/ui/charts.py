"""Pie and donut charts whose small slices stay readable.

Labels drawn on the wedges of small slices run into each other and into their neighbours' leader
lines ("通讯社 1" over "社交媒体 1"), and Qt's legend cuts a dozen names short in a card. So each pie
gets its own list beside it: one row per slice, a dot in the slice's colour and "name value", spread
evenly over the chart's height; the wedges carry no text. A name too long for its column is elided
and whole in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QPieSeries
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsSimpleTextItem

# Colours for slices without their own (kinds of outlet): distinct from each other and from the
# tone colours (green, grey, red) drawn beside them.
PALETTE = (
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#17becf",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#637939",
)


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
        font, metrics = self._fitting_font(area.height())
        line = metrics.height() * 1.15
        shown = max(1, min(len(self.rows), int(area.height() // line)))
        step = line
        top = area.center().y() - step * shown / 2
        x = area.left() + area.width() * self.left
        width = area.width() * (self.right - self.left)
        d = max(5.0, metrics.height() * 0.55)
        hidden = self.rows[shown - 1 :] if shown < len(self.rows) else []
        for i, (dot, label, full) in enumerate(self.rows):
            visible = i < shown
            dot.setVisible(visible)
            label.setVisible(visible)
            if not visible:
                continue
            y = top + i * step
            text = full
            if hidden and i == shown - 1:  # the last row that fits says how many more there are
                text = QCoreApplication.translate("Charts", "and %n more", "", len(hidden))
                label.setToolTip("\n".join(f for _d, _l, f in hidden))
            else:
                label.setToolTip(full)
            label.setFont(font)
            dot.setRect(x, y + (step - d) / 2, d, d)
            label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width - d - 6)))
            label.setPos(x + d + 6, y + (step - metrics.height()) / 2)

    def _fitting_font(self, height: float) -> tuple[QFont, QFontMetricsF]:
        """The legend's font, made smaller (down to 6 pt) until every row fits the height."""
        font = QFont(self.font)
        metrics = QFontMetricsF(font)
        size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
        while metrics.height() * 1.15 * len(self.rows) > height and size > 6.0:
            size = max(6.0, size - 0.5)
            font.setPointSizeF(size)
            metrics = QFontMetricsF(font)
        return font, metrics


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

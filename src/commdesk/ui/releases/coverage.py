"""Publication record and coverage log of one release, with a chart (QtCharts)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QPieSeries, QValueAxis
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.documents.releases import channel_label, kind_label, tone_label
from commdesk.core.releases.records import CHANNELS, OUTLET_KINDS, TONES, Coverage, Publication
from commdesk.core.releases.workflow import format_moment
from commdesk.ui.releases.models import CoverageTableModel

_TONE_COLOURS = {"positive": "#2e8b57", "neutral": "#7a8290", "negative": "#c83c32"}


class CoverageDialog(QDialog):
    """One pick-up: outlet, journalist, date, link, headline, reach, tone, original or reprint."""

    def __init__(
        self,
        release_id: int,
        item: Coverage | None = None,
        parent=None,
        journalists: list[tuple[int, str]] | None = None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coverage"))
        self.release_id, self.item = release_id, item
        form = QFormLayout(self)
        self.outlet = QLineEdit()
        self.kind = QComboBox()
        for k in OUTLET_KINDS:
            self.kind.addItem(kind_label(k), k)
        self.journalist = QComboBox()
        self.journalist.setEditable(True)
        self.journalist.addItem("", None)
        for cid, name in journalists or []:
            self.journalist.addItem(name, cid)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        # today in the organisation's zone (the pane gives it), never the process's
        today = today or tz.today_in(tz.system_zone_name())
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://")
        self.headline = QLineEdit()
        self.reach = QSpinBox()
        self.reach.setRange(0, 2_000_000_000)
        self.reach.setGroupSeparatorShown(True)
        self.tone = QComboBox()
        for t in TONES:
            self.tone.addItem(tone_label(t), t)
        self.tone.setCurrentIndex(1)
        self.original = QCheckBox(self.tr("Original report (not a reprint)"))
        self.original.setChecked(True)
        for label, w in (
            (self.tr("&Outlet:"), self.outlet),
            (self.tr("&Kind:"), self.kind),
            (self.tr("&Journalist:"), self.journalist),
            (self.tr("&Date:"), self.day),
            (self.tr("&Link:"), self.url),
            (self.tr("&Headline:"), self.headline),
            (self.tr("&Reach:"), self.reach),
            (self.tr("&Tone:"), self.tone),
            ("", self.original),
        ):
            form.addRow(label, w)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if item is not None:
            self.outlet.setText(item.outlet)
            self.kind.setCurrentIndex(max(0, self.kind.findData(item.outlet_kind)))
            self.journalist.setCurrentText(item.journalist_name)
            self.day.setDate(QDate(item.day.year, item.day.month, item.day.day))
            self.url.setText(item.url)
            self.headline.setText(item.headline)
            self.reach.setValue(item.reach)
            self.tone.setCurrentIndex(max(0, self.tone.findData(item.tone)))
            self.original.setChecked(item.original)

    def value(self) -> Coverage:
        d = self.day.date()
        name = self.journalist.currentText().strip()
        idx = self.journalist.findText(name)
        contact = self.journalist.itemData(idx) if idx >= 0 else None
        if contact is not None and name.endswith(")") and " (" in name:
            name = name.rsplit(" (", 1)[0]  # the contact's name without the outlet
        base = self.item
        return Coverage(
            self.release_id,
            self.outlet.text(),
            date(d.year(), d.month(), d.day()),
            self.kind.currentData(),
            contact,
            name,
            self.url.text(),
            self.headline.text(),
            self.reach.value(),
            self.tone.currentData(),
            self.original.isChecked(),
            base.id if base else None,
            base.version if base else 0,
        )


def tone_chart(items: list[Coverage]) -> QChart:
    chart = QChart()
    chart.setTitle(tone_title())
    pie = QPieSeries()
    for t in TONES:
        n = sum(1 for c in items if c.tone == t)
        if n:
            s = pie.append(f"{tone_label(t)} {n}", n)
            s.setColor(QColor(_TONE_COLOURS[t]))
    chart.addSeries(pie)
    from commdesk.ui.charts import legend_pies

    legend_pies(chart, pie)  # "negative 1" beside the pie, not drawn over a neighbour's label
    return chart


def tone_title() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CoveragePanel", "Tone")


def timeline_chart(items: list[Coverage]) -> QChart:
    from collections import Counter

    from PySide6.QtCore import QCoreApplication

    chart = QChart()
    chart.setTitle(QCoreApplication.translate("CoveragePanel", "Pick-ups per day"))
    days = sorted(Counter(c.day for c in items).items())[-14:]
    bars = QBarSet(QCoreApplication.translate("CoveragePanel", "Pick-ups"))
    bars.setColor(QColor("#1f4e79"))
    for _, n in days:
        bars.append(n)
    series = QBarSeries()
    series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([d.strftime("%m-%d") for d, _ in days])
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%d")
    axis_y.setRange(0, max([n for _, n in days], default=1))
    axis_y.setTickCount(min(6, max([n for _, n in days], default=1) + 1))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(False)
    return chart


class CoveragePanel(QWidget):
    publish_record_requested = Signal(str, str)  # channel, url
    add_requested = Signal()
    edit_requested = Signal(object)  # Coverage
    delete_requested = Signal(object)
    report_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.zone = tz.zone(tz.system_zone_name())  # the pane sets the organisation's zone
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>" + self.tr("Where it went out") + "</b>"))
        self.publications = QTableWidget(0, 4)
        self.publications.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Time"), self.tr("Link"), self.tr("Recorded by")]
        )
        self.publications.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.publications.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.publications.setMaximumHeight(120)
        self.publications.verticalHeader().hide()
        layout.addWidget(self.publications)
        row = QHBoxLayout()
        self.channel = QComboBox()
        for c in CHANNELS:
            self.channel.addItem(channel_label(c), c)
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("Link to the published release (optional)"))
        self.record_button = QPushButton(self.tr("&Record publication"))
        self.record_button.clicked.connect(
            lambda: self.publish_record_requested.emit(self.channel.currentData(), self.url.text())
        )
        row.addWidget(self.channel)
        row.addWidget(self.url, 1)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        head = QHBoxLayout()
        self.summary = QLabel()
        head.addWidget(QLabel("<b>" + self.tr("Coverage") + "</b>"))
        head.addWidget(self.summary, 1)
        self.add_button = QPushButton(self.tr("&Log coverage…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.report_button = QPushButton(self.tr("&Coverage report (PDF)…"))
        for b in (self.add_button, self.edit_button, self.delete_button, self.report_button):
            head.addWidget(b)
        layout.addLayout(head)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = CoverageTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            CoverageTableModel.HEADLINE, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _i: self._edit())
        split.addWidget(self.table)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.tone_view = QChartView()
        self.time_view = QChartView()
        for v in (self.tone_view, self.time_view):
            v.setRenderHint(QPainter.RenderHint.Antialiasing)
            v.setMinimumHeight(200)
            charts_layout.addWidget(v)
        split.addWidget(charts)
        layout.addWidget(split, 1)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.report_button.clicked.connect(self.report_requested)

    def selected(self) -> Coverage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _edit(self) -> None:
        c = self.selected()
        if c is not None:
            self.edit_requested.emit(c)

    def _delete(self) -> None:
        c = self.selected()
        if c is not None:
            self.delete_requested.emit(c)

    def show_data(
        self, publications: list[Publication], items: list[Coverage], can_record: bool, can_log: bool
    ) -> None:
        self.publications.setRowCount(len(publications))
        for i, p in enumerate(publications):
            for col, text in enumerate(
                (channel_label(p.channel), format_moment(tz.to_zone(p.at, self.zone)), p.url, p.recorded_by)
            ):
                self.publications.setItem(i, col, QTableWidgetItem(text))
        self.publications.resizeColumnToContents(0)
        self.publications.resizeColumnToContents(1)
        for w in (self.channel, self.url, self.record_button):
            w.setEnabled(can_record)
        for w in (self.add_button, self.edit_button, self.delete_button):
            w.setEnabled(can_log)
        self.model.set_rows(items)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            CoverageTableModel.HEADLINE, QHeaderView.ResizeMode.Stretch
        )
        reach = sum(c.reach for c in items)
        self.summary.setText(
            self.tr("%n pick-up(s), reach {reach}", "", len(items)).format(reach=f"{reach:,}")
        )
        self.tone_view.setChart(tone_chart(items))
        self.time_view.setChart(timeline_chart(items))


class CoverageReportDialog(QDialog):
    """The period of a coverage report over all releases: from and to (both days included)."""

    def __init__(self, start: date, end: date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coverage report"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Pick-ups of every release in this period, with charts, as PDF.")))
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, day in ((self.start, start), (self.end, end)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Preview…"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        s, e = self.start.date(), self.end.date()
        return date(s.year(), s.month(), s.day()), date(e.year(), e.month(), e.day())

    def _accept(self) -> None:
        start, end = self.period()
        if start > end:
            self.error.setText(
                self.tr("The start {start} is after the end {end}; swap them or choose another day.").format(
                    start=start.isoformat(), end=end.isoformat()
                )
            )
            return
        self.accept()

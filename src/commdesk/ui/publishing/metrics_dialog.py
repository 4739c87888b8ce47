"""Monthly figures per account (SM-6): the months as a table and a chart (followers and
interactions), typing a month in, importing the platform's CSV export (all or nothing), and the
month's report over every account."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.metrics import (
    MonthMetrics,
    MonthReport,
    SocialMetricsService,
    percent,
    report_table,
)
from commdesk.services.settings import SettingsService
from commdesk.ui.charts import PALETTE
from commdesk.ui.common.ask import ask, show_error
from commdesk.ui.publishing.widgets import labelled

MAX_FIGURE = 2_000_000_000


def _table(columns: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(columns))
    t.setHorizontalHeaderLabels(columns)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    t.setTabKeyNavigation(False)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class MetricsDialog(QDialog):
    def __init__(self, services, parent=None, account_id: int | None = None):
        super().__init__(parent)
        self.services = services
        self.svc = services.get(SocialMetricsService)
        self.setWindowTitle(self.tr("Monthly figures (SM-6)"))
        self.series: list[MonthMetrics] = []

        self.account = QComboBox()
        for a in services.get(AccountService).accounts():
            self.account.addItem(a.label(), a.id)
        if account_id is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(account_id)))
        self.account.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        label = QLabel(self.tr("&Account:"))
        label.setBuddy(self.account)
        top.addWidget(label)
        top.addWidget(self.account, 1)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.import_button.clicked.connect(self.import_csv)
        top.addWidget(self.import_button)

        self.months = _table(
            [
                self.tr("Month"),
                self.tr("Followers"),
                self.tr("Growth"),
                self.tr("Reach"),
                self.tr("Reads"),
                self.tr("Interactions"),
                self.tr("Engagement"),
            ]
        )
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(220)

        entry = QGroupBox(self.tr("Enter a month"))
        form = QFormLayout(entry)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = tz.today_in(services.get(SettingsService).time_zone(), services.ctx.clock)
        self.month.setDate(QDate(today.year, today.month, 1))
        self.figures: dict[str, QSpinBox] = {}
        form.addRow(labelled(self.tr("&Month:"), self.month), self.month)
        for key, text in (
            ("followers", self.tr("&Followers:")),
            ("reach", self.tr("&Reach:")),
            ("reads", self.tr("R&eads:")),
            ("interactions", self.tr("I&nteractions:")),
        ):
            spin = QSpinBox()
            spin.setRange(0, MAX_FIGURE)
            spin.setGroupSeparatorShown(True)
            self.figures[key] = spin
            form.addRow(labelled(text, spin), spin)
        self.enter_button = QPushButton(self.tr("&Save month"))
        self.enter_button.clicked.connect(self.enter)
        form.addRow("", self.enter_button)

        account_tab = QWidget()
        av = QVBoxLayout(account_tab)
        row = QHBoxLayout()
        row.addWidget(self.months, 3)
        row.addWidget(entry, 2)
        av.addLayout(row)
        av.addWidget(self.chart_view, 1)

        report_tab = QWidget()
        rv = QVBoxLayout(report_tab)
        pick = QHBoxLayout()
        self.report_month = QDateEdit()
        self.report_month.setDisplayFormat("yyyy-MM")
        self.report_month.setCalendarPopup(True)
        self.report_month.setDate(QDate(today.year, today.month, 1).addMonths(-1))
        self.report_month.dateChanged.connect(self.refresh_report)
        pick.addWidget(labelled(self.tr("Report &for:"), self.report_month))
        pick.addWidget(self.report_month)
        pick.addStretch(1)
        self.save_report_button = QPushButton(self.tr("Sa&ve as CSV…"))
        self.save_report_button.setToolTip(
            self.tr("The month's report as a spreadsheet file (opens in Excel)")
        )
        self.save_report_button.clicked.connect(self.save_report)
        pick.addWidget(self.save_report_button)
        rv.addLayout(pick)
        self.report = _table(report_table(MonthReport(today, ()))[0])
        self.report_chart = QChartView()
        self.report_chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.report_chart.setMinimumHeight(220)
        self.report.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        rv.addWidget(self.report, 1)
        rv.addWidget(self.report_chart, 2)

        self.tabs = QTabWidget()
        self.tabs.addTab(account_tab, self.tr("By account"))
        self.tabs.addTab(report_tab, self.tr("Month's report"))
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(box)
        self.resize(980, 660)
        why = self.svc.may_enter()
        for b in (self.import_button, self.enter_button):
            b.setEnabled(not why)
            b.setToolTip(why)
        self.refresh()
        self.refresh_report()

    def account_id(self) -> int | None:
        return self.account.currentData()

    def refresh(self) -> None:
        aid = self.account_id()
        self.series = self.svc.series(aid) if aid is not None else []
        rows = []
        before: MonthMetrics | None = None
        for m in self.series:
            growth = "" if before is None else f"{m.followers - before.followers:+,}"
            rows.append(
                [
                    m.month.isoformat()[:7],
                    f"{m.followers:,}",
                    growth,
                    f"{m.reach:,}",
                    f"{m.reads:,}",
                    f"{m.interactions:,}",
                    percent(m.engagement),
                ]
            )
            before = m
        _fill(self.months, rows)
        self.chart_view.setChart(self._chart())

    def _chart(self) -> QChart:
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self.tr("Followers and interactions by month"))
        if not self.series:
            return chart
        first = self.series[0].month
        axis_x = QCategoryAxis()  # each month named under its point, not numbered from the first
        axis_x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        axis_x.setTitleText(self.tr("Month"))
        every = -(-len(self.series) // 12)  # at most twelve names along the axis
        for i, m in enumerate(self.series):
            if i % every == 0 or m is self.series[-1]:
                axis_x.append(m.month.strftime("%Y-%m"), self._x(first, m.month))
        left, right = QValueAxis(), QValueAxis()
        left.setTitleText(self.tr("Followers"))
        right.setTitleText(self.tr("Interactions"))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(right, Qt.AlignmentFlag.AlignRight)
        for name, key, axis, colour in (
            (self.tr("Followers"), "followers", left, PALETTE[0]),
            (self.tr("Interactions"), "interactions", right, PALETTE[1]),
        ):
            line = QLineSeries()
            line.setName(name)
            line.setPen(QPen(QColor(colour), 2))
            values = []
            for m in self.series:
                line.append(QPointF(self._x(first, m.month), getattr(m, key)))
                values.append(getattr(m, key))
            line.setPointsVisible(True)
            chart.addSeries(line)
            line.attachAxis(axis_x)
            line.attachAxis(axis)
            axis.setRange(0, max(values) * 1.1 or 1)
            axis.applyNiceNumbers()  # round steps (0, 5000, 10000 …) people read at a glance
            axis.setLabelFormat("%d")
        axis_x.setRange(0, max(self._x(first, self.series[-1].month), 1))
        return chart

    @staticmethod
    def _x(first: date, month: date) -> int:
        """A month's place along the axis: months since the first shown."""
        return (month.year - first.year) * 12 + month.month - first.month

    def enter(self) -> None:
        aid = self.account_id()
        if aid is None:
            return
        d = self.month.date()
        try:
            self.svc.enter(
                aid, date(d.year(), d.month(), 1), **{k: s.value() for k, s in self.figures.items()}
            )
        except CommdeskError as exc:
            show_error(self, self.tr("The month cannot be saved"), exc)
            return
        self.refresh()
        self.refresh_report()

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the platform's CSV export"), "", self.tr("CSV files (*.csv);;All files (*)")
        )
        if path:
            self.import_path(path)

    def import_path(self, path: str) -> None:
        aid = self.account_id()
        if aid is None:
            return
        try:
            report = self.svc.import_file(aid, path)
        except CommdeskError as exc:
            show_error(self, self.tr("Nothing was imported"), exc)
            return
        ask(
            self,
            "info",
            self.tr("Figures imported"),
            self.tr("%1: %2 month(s) imported from %3 rows (%4 blank).")
            .replace("%1", report.file_name)
            .replace("%2", str(len(report.months)))
            .replace("%3", str(report.rows_used))
            .replace("%4", str(report.rows_blank))
            + (" " + report.totals_note if report.totals_note else ""),
        )
        self.refresh()
        self.refresh_report()

    def _report_month(self) -> date:
        d = self.report_month.date()
        return date(d.year(), d.month(), 1)

    def refresh_report(self) -> None:
        report = self.svc.month_report(self._report_month())
        _fill(self.report, report_table(report)[1])
        self.report_chart.setChart(self._report_chart(report))

    def _report_chart(self, report: MonthReport) -> QChart:
        """The month at a glance: each account's engagement (interactions per reach), in per cent."""
        chart = QChart()
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self.tr("%1: engagement by account").replace("%1", report.month.strftime("%Y-%m")))
        lines = [line for line in report.lines if line.figures is not None]
        if not lines:
            return chart
        bars = QBarSet(self.tr("Engagement (%)"))
        bars.setColor(QColor(PALETTE[1]))
        for line in lines:
            bars.append(round((line.figures.engagement or 0) * 100, 1) if line.figures else 0)
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([line.account for line in lines])
        axis_y = QValueAxis()
        axis_y.setRange(0, max(max(bars.at(i) for i in range(bars.count())) * 1.2, 1))
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%.1f")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        return chart

    def save_report(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        month = self._report_month()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the month's report"),
            self.tr("social-report-%1.csv").replace("%1", month.strftime("%Y-%m")),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        """The month's report as CSV, UTF-8 with a byte-order mark (Excel in Chinese reads it right)."""
        import csv

        columns, rows = report_table(self.svc.month_report(self._report_month()), spreadsheet=True)
        try:
            with open(path, "w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out)
                writer.writerow(columns)
                writer.writerows(rows)
        except OSError as exc:
            show_error(
                self,
                self.tr("The report cannot be saved"),
                CommdeskError(
                    self.tr("%1 cannot be written (%2); choose another folder.")
                    .replace("%1", path)
                    .replace("%2", exc.strerror or type(exc).__name__)
                ),
            )

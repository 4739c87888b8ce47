"""The cases desk's report window: a day, a week, a month or any stretch of days; its key figures
beside the previous period's, the volumes as pies, the oldest open cases; and the same as PDF.

The figures are counted off the GUI thread (``services.runner``: progress, Cancel), first for the
current month as soon as the window opens; the table shows the very rows the PDF prints
(``core.documents.cases_report.kpi_rows``), so screen and paper agree. "To" is the last day
counted, included, as ``cases report --to`` is. A period changed after counting clears the figures
(and drops a count still under way) until they are counted for it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, QMargins
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.documents import cases_report as words
from commdesk.core.errors import Cancelled
from commdesk.services.cases.figures import CaseFiguresService, CaseReport, end_after_last_day, period_end
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import show_error

PERIODS = ("month", "week", "day", "")  # "" : any stretch of days


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class CasesReportDialog(QDialog):
    """Choose a period, see its figures, save them as PDF."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.figures: CaseFiguresService = services.get(CaseFiguresService)
        self.report: CaseReport | None = None
        self._counting = 0  # the count under way (each count gets the next number): older ones are dropped
        self._task = None
        self._opened = False
        self.setWindowTitle(self.tr("Cases report"))

        self.kind = QComboBox()
        for key, text in zip(
            PERIODS,
            (self.tr("Month"), self.tr("Week"), self.tr("Day"), self.tr("Other days")),
            strict=True,
        ):
            self.kind.addItem(text, key)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        zone = services.get(SettingsService).time_zone()
        today = tz.today_in(zone, services.ctx.clock)
        self.first.setDate(_qdate(today.replace(day=1)))
        self.kind.currentIndexChanged.connect(lambda _i: self._follow())
        self.first.dateChanged.connect(lambda _d: self._follow())
        self.last.dateChanged.connect(lambda _d: self._forget())
        self.show_button = QPushButton(self.tr("&Show figures"))
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.count)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_button.setEnabled(False)

        bar = QHBoxLayout()
        for text, widget in (
            (self.tr("P&eriod:"), self.kind),
            (self.tr("&From:"), self.first),
            (self.tr("&To (last day, included):"), self.last),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.error.hide()

        self.kpis = _table(
            [
                self.tr("Figure"),
                self.tr("This period"),
                self.tr("Previous period"),
                self.tr("Change"),
                self.tr("Target"),
            ]
        )
        self.volumes = _table(
            [self.tr("Channel or category"), self.tr("This period"), self.tr("Previous period")]
        )
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        volumes_page = QWidget()
        vl = QVBoxLayout(volumes_page)
        vl.addWidget(self.chart_view, 3)
        vl.addWidget(self.volumes, 2)
        self.oldest = _table(
            [
                self.tr("Reference"),
                self.tr("Received"),
                self.tr("Days open"),
                self.tr("Status"),
                self.tr("Category"),
                self.tr("Owner"),
                self.tr("Summary"),
            ]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.kpis, self.tr("&Key figures"))
        self.tabs.addTab(volumes_page, self.tr("&Volumes"))
        self.tabs.addTab(self.oldest, self.tr("&Oldest open cases"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)
        self._follow()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._opened:  # the current month's figures as it opens, counted in the background
            self._opened = True
            self.count(opening=True)

    def done(self, result: int) -> None:
        self._drop_count()  # closed while counting: the count's answer has no window to go to
        super().done(result)

    def _drop_count(self) -> None:
        self._counting += 1  # a count under way is dropped when it comes back
        if self._task is not None:
            self._task.cancel.set()
            self._task = None

    # ------------------------------------------------------------------ the period
    def period(self) -> tuple[date, date, str]:
        """(first day, first day not counted, period kind); "To" is the last day counted."""
        kind = self.kind.currentData() or ""
        first = _day(self.first)
        if kind:
            return first, period_end(first, kind), kind
        return first, end_after_last_day(first, _day(self.last)), ""

    def _follow(self) -> None:
        """A month starts on the 1st; the last day follows a day, week or month and is typed otherwise."""
        kind = self.kind.currentData() or ""
        first = _day(self.first)
        if kind == "month" and first.day != 1:
            self.first.setDate(_qdate(first.replace(day=1)))
            return  # dateChanged comes back here
        self.last.setEnabled(not kind)
        if kind:
            self.last.setDate(_qdate(period_end(first, kind) - timedelta(days=1)))
        elif _day(self.last) < first:
            self.last.setDate(_qdate(first))
        self._forget()

    def _forget(self) -> None:
        """Another period is chosen: the figures shown (or being counted) are not its own."""
        self._drop_count()
        self.show_button.setEnabled(True)
        if self.report is None and not self.kpis.rowCount():
            return
        self.report = None
        self.pdf_button.setEnabled(False)
        for table in (self.kpis, self.volumes, self.oldest):
            table.setRowCount(0)
        self.chart_view.setChart(QChart())
        self.summary.setText(self.tr("Another period is chosen: Show figures counts it."))

    # ------------------------------------------------------------------ counting
    def count(self, opening: bool = False) -> None:
        """Count the chosen period in the background: with a progress dialog (Cancel) when asked
        for, quietly (a line in the window) for the month shown as the window opens."""
        try:
            first, end, kind = self.period()
            self.figures.check_period(first, end)
        except Exception as exc:  # noqa: BLE001 - a refused period is said in the window, in words
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        figures = self.figures

        stopped = self.tr("The report was cancelled.")

        def work(_progress, cancel):
            report = figures.report(first, end, kind)
            if cancel.is_set():  # asked to stop while the database was counting: show nothing
                raise Cancelled(stopped)
            return report

        self._counting += 1
        mine = self._counting

        def current() -> bool:  # still the count of the period on screen
            return mine == self._counting

        self.show_button.setEnabled(False)
        self._task = self.services.runner.run(
            work,
            on_done=lambda report: self.show_report(report) if current() else None,
            on_error=lambda exc: self._failed(exc) if current() else None,
            on_cancelled=lambda: self.show_button.setEnabled(True) if current() else None,
            label=self.tr("Counting the cases…"),
            parent=None if opening else self,
        )
        if opening:
            self.summary.setText(self.tr("Counting the cases…"))

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        self.show_button.setEnabled(True)
        show_error(self, self.tr("Cases report"), exc)

    def show_report(self, report: CaseReport) -> None:
        self._task = None
        self.report = report
        self.show_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        cur = report.current
        self.summary.setText(
            self.tr("{period}, compared with {previous}; counted at {at}.").format(
                period=words.period_words(cur),
                previous=words.period_words(report.previous),
                at=tz.format_instant(report.made_at, report.zone),
            )
        )
        rows = words.kpi_rows(report)
        _fill(self.kpis, [[r.label, r.current, r.previous, r.change, r.target] for r in rows])
        volumes = words.volume_rows(report)
        _fill(
            self.volumes,
            [[label, str(n), str(b)] for key in ("channel", "category") for label, n, b in volumes[key]],
        )
        self.chart_view.setChart(self._chart(volumes))
        _fill(
            self.oldest,
            [
                [
                    o.reference,
                    tz.format_instant(o.received_at, report.zone, with_zone=False),
                    str(o.age_days),
                    words.status_label(o.status),
                    words.category_label(o.category),
                    o.owner,
                    o.summary,
                ]
                for o in report.oldest_open
            ],
        )

    def _chart(self, volumes) -> QChart:
        from commdesk.ui.charts import legend_pies, palette_series

        chart = QChart()
        chart.setTitle(self.tr("Cases received, by channel and by category"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        pies = []
        for key in ("channel", "category"):
            pie = palette_series()
            for label, n, _before in volumes[key]:
                if n:
                    pie.append(f"{label} {n}", n)
            pie.setPieSize(0.7)
            chart.addSeries(pie)
            pies.append(pie)
        self.slice_lists = legend_pies(chart, *pies)
        return chart

    # ------------------------------------------------------------------ PDF
    def save_pdf(self) -> None:
        if self.report is None:
            return
        from commdesk.ui.common.export import export_pdf_interactively

        report, figures = self.report, self.figures
        cur = report.current
        title = self.tr("Cases report {period}").format(period=words.period_words(cur))
        name = f"cases-{cur.first.isoformat()}-{cur.last.isoformat()}.pdf"
        export_pdf_interactively(self, self.services, title, name, lambda: figures.report_document(report))

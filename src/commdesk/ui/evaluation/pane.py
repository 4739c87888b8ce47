"""The evaluation pane (EV-2, EV-5, EV-6, EV-8): every figure of the KPI catalogue for a chosen month,
quarter, half-year or year beside the previous period's, the change and the trend, with what each
figure counts as its tooltip.

The figures are counted off the GUI thread (``services.runner``); the table shows the very rows the
PDF prints (``core.evaluation.document.kpi_rows``), so screen and paper agree. A period changed
after counting clears the figures until they are counted for it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import Cancelled
from commdesk.core.evaluation.catalogue import PeriodKind, parse_period, period_containing
from commdesk.core.evaluation.document import kpi_rows
from commdesk.services.evaluation.figures import Evaluation, EvaluationFiguresService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.pane import Pane

#: the tables the figures are counted from: a commit to any of them counts the period again
SOURCES = frozenset(
    {
        "mail_outbox",
        "meetings",
        "meeting_minutes",
        "meeting_actions",
        "releases",
        "release_steps",
        "release_coverage",
        "cases",
        "case_clocks",
        "social_posts",
        "social_metrics",
        "social_accounts",
    }
)


class EvaluationPane(Pane):
    tables = SOURCES

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.figures = services.get(EvaluationFiguresService)
        self.evaluation: Evaluation | None = None
        self._task = None
        self._counting = 0

        self.kind = QComboBox()
        for kind, label in (
            (PeriodKind.QUARTER, self.tr("Quarter")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.HALF, self.tr("Half-year")),
            (PeriodKind.YEAR, self.tr("Year")),
        ):
            self.kind.addItem(label, kind.value)
        self.period_edit = QLineEdit()
        self.period_edit.setPlaceholderText(self.tr("2026Q4, 2026-11, 2026H2 or 2026"))
        self.show_button = QPushButton(self.tr("&Show figures"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Figure"),
                self.tr("This period"),
                self.tr("Previous period"),
                self.tr("Change"),
                self.tr("Trend"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period_edit)
        top.addWidget(self.kind)
        top.addWidget(label)
        top.addWidget(self.period_edit, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.period_edit.textEdited.connect(self._period_edited)
        self.period_edit.returnPressed.connect(self.count)
        self.show_button.clicked.connect(self.count)
        self._kind_chosen()

    # ------------------------------------------------------------------ the period
    def _kind_chosen(self) -> None:
        """The period of the chosen kind that holds today (in the organisation's zone)."""
        zone = self.services.get(SettingsService).time_zone()
        today = tz.today_in(zone, self.services.ctx.clock)
        self.period_edit.setText(period_containing(today, PeriodKind(self.kind.currentData())).code)
        self._period_edited()

    def _period_edited(self) -> None:
        self._counting += 1  # a count still under way is for another period: it shows nothing
        self.evaluation = None
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Show figures counts the period."))

    def refresh(self) -> None:
        if self.evaluation is not None or self._task is None:
            self.count(quiet=True)

    def activated(self) -> None:
        if self.evaluation is None and self._task is None:
            self.count(quiet=True)

    # ------------------------------------------------------------------ counting
    def count(self, quiet: bool = False) -> None:
        try:
            period = parse_period(self.period_edit.text())
        except Exception as exc:  # noqa: BLE001 - a refused period is said in the pane, in words
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        figures = self.figures
        stopped = self.tr("Counting was cancelled.")

        def work(_progress, cancel):
            result = figures.evaluate(period)
            if cancel.is_set():
                raise Cancelled(stopped)
            return result

        self._counting += 1
        mine = self._counting

        def current() -> bool:
            return mine == self._counting

        def done(result: Evaluation) -> None:
            self._task = None
            if current():
                self.show_evaluation(result)

        def failed(exc: BaseException) -> None:
            self._task = None
            if current():
                self.show_button.setEnabled(True)
                show_error(self, self.tr("Evaluation"), exc)

        def cancelled() -> None:
            self._task = None
            self.show_button.setEnabled(True)

        self.show_button.setEnabled(False)
        self.summary.setText(self.tr("Counting the figures…"))
        self._task = self.services.runner.run(
            work,
            on_done=done,
            on_error=failed,
            on_cancelled=cancelled,
            label=self.tr("Counting the figures…"),
            parent=None if quiet else self,
        )

    def show_evaluation(self, result: Evaluation) -> None:
        self.evaluation = result
        self.show_button.setEnabled(True)
        self.summary.setText(
            self.tr("{period}, compared with {previous}; counted at {at}.").format(
                period=result.period.label(),
                previous=result.previous_period.label(),
                at=tz.format_instant(result.made_at, result.zone),
            )
        )
        rows = kpi_rows(result)
        self.table.setRowCount(len(rows))
        for r, (values, figure) in enumerate(zip(rows, result.figures, strict=True)):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(f"{figure.kpi.definition}\n{figure.kpi.source}")
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

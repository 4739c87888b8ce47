"""The evaluation pane (EV-2, EV-5, EV-6, EV-8): every figure of the KPI catalogue for a chosen month,
quarter, half-year or year beside the previous period's, the change and the trend, with what each
figure counts as its tooltip.

The figures are counted off the GUI thread (``services.runner``); the table shows the very rows the
PDF prints (``core.evaluation.document.kpi_rows``), so screen and paper agree. A period changed
after counting clears the figures until they are counted for it. Below them, the surveys of the
period (EV-1) with their responses and each question's average, from the same count.

Report PDF… makes the evaluation report of the period with its decisions (``report_dialog``);
Import survey… reads a survey tool's export (``survey_dialog``). What they did is said in the pane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import Cancelled
from commdesk.core.evaluation.catalogue import Period, PeriodKind, parse_period, period_containing
from commdesk.core.evaluation.document import kpi_rows
from commdesk.services.evaluation.figures import Evaluation, EvaluationFiguresService
from commdesk.services.evaluation.voices import EvaluationVoicesService, SurveySummary
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.evaluation.interviews_dialog import InterviewsDialog
from commdesk.ui.evaluation.training_dialog import TrainingDialog

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
        "surveys",
        "survey_questions",
        "survey_responses",
        "survey_answers",
        "interviews",
        "training_sessions",
        "training_attendance",
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

        # what is done with the period: the report, and what people say (more buttons join this row)
        self.report_button = QPushButton(self.tr("&Report PDF…"))
        self.report_button.setToolTip(
            self.tr("The evaluation report of the period as PDF, with the decisions taken on it (EV-8).")
        )
        self.report_button.clicked.connect(self.open_report)
        self.survey_button = QPushButton(self.tr("&Import survey…"))
        self.survey_button.setToolTip(
            self.tr("A staff survey from a survey tool's CSV or Excel export (EV-1).")
        )
        self.survey_button.clicked.connect(self.open_survey_import)
        self.interviews_button = QPushButton(self.tr("I&nterviews…"))
        self.interviews_button.setToolTip(self.tr("Managers' interviews and their themes (EV-3)."))
        self.interviews_button.clicked.connect(lambda: self.open_voices(InterviewsDialog))
        self.training_button = QPushButton(self.tr("&Training…"))
        self.training_button.setToolTip(self.tr("The training plan: sessions and who attended (EV-4)."))
        self.training_button.clicked.connect(lambda: self.open_voices(TrainingDialog))
        self.actions_row = QHBoxLayout()
        self.actions_row.addWidget(self.report_button)
        self.actions_row.addWidget(self.survey_button)
        self.actions_row.addWidget(self.interviews_button)
        self.actions_row.addWidget(self.training_button)
        self.actions_row.addStretch(1)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.notice.hide()

        self.surveys = QTreeWidget()
        self.surveys.setColumnCount(4)
        self.surveys.setHeaderLabels(
            [
                self.tr("Survey and its questions"),
                self.tr("Responses"),
                self.tr("Average"),
                self.tr("Satisfied"),
            ]
        )
        self.surveys.setAlternatingRowColors(True)
        self.surveys.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.surveys.header().setStretchLastSection(False)
        surveys_box = QWidget()
        surveys_layout = QVBoxLayout(surveys_box)
        surveys_layout.setContentsMargins(0, 0, 0, 0)
        surveys_label = QLabel(self.tr("S&urveys of the period:"))
        surveys_label.setBuddy(self.surveys)
        surveys_layout.addWidget(surveys_label)
        surveys_layout.addWidget(self.surveys, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(surveys_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        top = QHBoxLayout()
        label = QLabel(self.tr("&Period:"))
        label.setBuddy(self.period_edit)
        top.addWidget(self.kind)
        top.addWidget(label)
        top.addWidget(self.period_edit, 1)
        top.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.actions_row)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self.period_edit.textEdited.connect(self._period_edited)
        self.period_edit.returnPressed.connect(self.count)
        self.show_button.clicked.connect(self.count)
        self._kind_chosen()
        self.refresh_permissions()

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
        self.surveys.clear()
        self.summary.setText(self.tr("Show figures counts the period."))

    def refresh(self) -> None:
        if self.evaluation is not None or self._task is None:
            self.count(quiet=True)

    def activated(self) -> None:
        if self.evaluation is None and self._task is None:
            self.count(quiet=True)

    # ------------------------------------------------------------------ counting
    def count(self, quiet: bool = False) -> None:
        period = self._period()
        if period is None:
            return
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
        self.show_surveys(result.voices.surveys if result.voices is not None else ())

    def show_surveys(self, surveys: tuple[SurveySummary, ...]) -> None:
        """Each survey of the period with its responses, each question below it with its answers,
        its average (a scale) and how many were satisfied (the top two steps of five)."""
        self.surveys.clear()
        for s in surveys:
            how = self.tr("anonymous") if s.anonymous else self.tr("named")
            top = QTreeWidgetItem([f"{s.title} ({s.period}, {how})", str(s.responses), "", ""])
            for q in s.questions:
                if q.kind == "scale" and q.mean is not None:
                    average = self.tr("{mean} of {top}").format(mean=f"{q.mean:.2f}", top=q.scale_max)
                    happy = self.tr("{satisfied} of {answered}").format(
                        satisfied=q.satisfied, answered=q.answered
                    )
                else:
                    average = self.tr("text answers") if q.kind != "scale" else ""
                    happy = ""
                top.addChild(QTreeWidgetItem([q.text, str(q.answered), average, happy]))
            self.surveys.addTopLevelItem(top)
            top.setExpanded(True)
        if not surveys:
            self.surveys.addTopLevelItem(
                QTreeWidgetItem([self.tr("No survey ends in this period."), "", "", ""])
            )
        for c in (1, 2, 3):
            self.surveys.resizeColumnToContents(c)

    # ------------------------------------------------------------------ who may do what
    def refresh_permissions(self) -> None:
        """Import survey… needs what the survey import requires; Report PDF… needs no role (its
        decisions do: the dialog says so)."""
        refusal = self.services.get(EvaluationVoicesService).may_record()
        self.survey_button.setEnabled(not refusal)
        self.survey_button.setToolTip(
            refusal or self.tr("A staff survey from a survey tool's CSV or Excel export (EV-1).")
        )

    def _period(self) -> Period | None:
        """The period typed, or None with the reason shown."""
        try:
            period = parse_period(self.period_edit.text())
        except Exception as exc:  # noqa: BLE001 - a refused period is said in the pane, in words
            self.error.setText(str(exc))
            self.error.show()
            return None
        self.error.hide()
        return period

    def _tell(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.status_message.emit(text)

    # ------------------------------------------------------------------ the report
    def open_report(self) -> None:
        from commdesk.ui.evaluation.report_dialog import EvaluationReportDialog

        period = self._period()
        if period is None:
            return
        dialog = EvaluationReportDialog(self.services, period, self)
        self.report_dialog = dialog
        dialog.finished.connect(lambda result: self._report_chosen(dialog, result))
        dialog.open()

    def _report_chosen(self, dialog, result: int) -> None:
        from commdesk.ui.evaluation.report_dialog import made_words, make_report_pdf

        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.path is None:
            return
        self._tell(self.tr("Making the evaluation report {period}…").format(period=dialog.period.code))
        self.report_task = make_report_pdf(
            self.services,
            self,
            dialog.period,
            dialog.decisions(),
            dialog.meeting_id(),
            dialog.path,
            tell=self._tell,
            on_made=lambda made: self._tell(made_words(made)),
        )

    # ------------------------------------------------------------------ interviews, training
    def open_voices(self, window) -> None:
        """The interviews (EV-3) or training (EV-4) window on the period typed."""
        period = self._period()
        dialog = window(self.services, period.code if period else None, self)
        self.voices_dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    # ------------------------------------------------------------------ surveys
    def open_survey_import(self) -> None:
        from commdesk.ui.evaluation.survey_dialog import SurveyImportDialog

        period = self._period()
        dialog = SurveyImportDialog(self.services, period.code if period else "", self)
        self.survey_dialog = dialog
        dialog.finished.connect(lambda _result: self._survey_done(dialog))
        dialog.open()

    def _survey_done(self, dialog) -> None:
        from commdesk.ui.evaluation.survey_dialog import imported_words

        dialog.deleteLater()
        if dialog.done_import is not None:
            self._tell(imported_words(dialog.done_import))

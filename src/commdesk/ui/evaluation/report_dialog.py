"""The evaluation report from the window (EV-8, CR-5): the decisions of the period (a text, an owner
chosen from the people, a deadline; as many as needed), the review meeting their action items
belong to (else the period's record of decisions, which is no meeting held), the file to write, then the PDF made off
the GUI thread (``services.runner``: progress and Cancel), written atomically.

Each decision becomes an action item in the action tracker, as ``commdesk evaluation report
--decision`` does (``EvaluationReportService``). A report without decisions needs no role; the
decisions need what the service requires (``may_decide``), and the dialog says why they are off.

The PDF lists the action items' numbers, so they are recorded first and the PDF is made from them.
Cancel stops the work until the decisions are recorded; after that the PDF that lists them is made
all the same and the pane says Cancel came too late, so the tracker never holds action items of a
report nobody has (the staff import treats a late Cancel the same way).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import Cancelled
from commdesk.core.evaluation.catalogue import Period
from commdesk.core.evaluation.decisions import Decision
from commdesk.services.evaluation.report import EvaluationReport, EvaluationReportService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import ask
from commdesk.ui.common.unsaved import AsksBeforeDiscarding
from commdesk.ui.evaluation.survey_dialog import listed, sentences

#: how long after the period a review meeting may be chosen from (it is held once the period ended)
MEETINGS_AFTER = timedelta(days=92)
#: a new decision's deadline, from today
DEFAULT_DEADLINE = timedelta(days=30)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class DecisionRow:
    """The widgets of one decision: its text, its owner, its deadline and a button removing it."""

    def __init__(self, dialog: EvaluationReportDialog, number: int):
        self.text = QLineEdit()
        self.text.setPlaceholderText(
            QCoreApplication.translate(
                "EvaluationReportDialog", "What was decided, e.g. a monthly internal newsletter"
            )
        )
        self.owner = QComboBox()
        self.owner.setPlaceholderText(
            QCoreApplication.translate("EvaluationReportDialog", "Choose the owner")
        )
        for name, key in dialog.owners:
            self.owner.addItem(name, key)
        self.owner.setCurrentIndex(-1)
        # as wide as a name, not as the longest "name (department)": the decision's text gets the room
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.owner.setMinimumContentsLength(16)
        self.deadline = QDateEdit()
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.deadline.setMinimumDate(_qdate(dialog.today))
        self.deadline.setDate(_qdate(dialog.today + DEFAULT_DEADLINE))
        self.remove = QPushButton(QCoreApplication.translate("EvaluationReportDialog", "Remove"))
        self.remove.setAutoDefault(False)
        self.number(dialog, number)

    def number(self, dialog: EvaluationReportDialog, n: int) -> None:
        """Name the row's fields for screen readers (the grid's headings are not read with them)."""
        self.text.setAccessibleName(
            QCoreApplication.translate("EvaluationReportDialog", "Decision {n}").format(n=n)
        )
        self.owner.setAccessibleName(
            QCoreApplication.translate("EvaluationReportDialog", "Owner of decision {n}").format(n=n)
        )
        self.deadline.setAccessibleName(
            QCoreApplication.translate("EvaluationReportDialog", "Deadline of decision {n}").format(n=n)
        )
        self.remove.setAccessibleName(
            QCoreApplication.translate("EvaluationReportDialog", "Remove decision {n}").format(n=n)
        )

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.text, self.owner, self.deadline, self.remove)

    def state(self) -> tuple:
        return (self.text.text(), self.owner.currentData(), _day(self.deadline))


class EvaluationReportDialog(AsksBeforeDiscarding, QDialog):
    """The decisions and the review meeting of the report for ``period``; OK asks for the file."""

    def __init__(self, services, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.period = period
        self.path: Path | None = None
        self.reports = services.get(EvaluationReportService)
        self.refusal = self.reports.may_decide()
        self.zone = services.get(SettingsService).time_zone()
        self.today = tz.today_in(self.zone, services.ctx.clock)
        self.owners = [
            (f"{p.name} ({p.department})" if p.department else p.name, p.email or p.name)
            for p in services.get(PeopleService).list()
        ]
        self.rows: list[DecisionRow] = []
        self.setWindowTitle(self.tr("Evaluation report {period}").format(period=period.code))

        intro = QLabel(
            self.tr(
                "The report for {period}: every figure beside the previous period's, what people said, "
                "the crises and the decisions below. Each decision becomes an action item in the action "
                "tracker."
            ).format(period=period.label())
        )
        intro.setWordWrap(True)

        self.add_button = QPushButton(self.tr("&Add decision"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self.why_not = QLabel(self.refusal)
        self.why_not.setWordWrap(True)
        self.why_not.setVisible(bool(self.refusal))
        self.add_button.setEnabled(not self.refusal)
        self.add_button.setToolTip(self.refusal)

        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        for c, text in enumerate((self.tr("Decision"), self.tr("Owner"), self.tr("Deadline"))):
            self.grid.addWidget(QLabel(f"<b>{text}</b>"), 0, c)
        self.none_yet = QLabel(self.tr("No decision yet: the report says none was recorded."))
        self.grid.addWidget(self.none_yet, 1, 0, 1, 4)
        rows_widget = QWidget()
        rows_layout = QVBoxLayout(rows_widget)
        rows_layout.addLayout(self.grid)
        rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(rows_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.meeting = QComboBox()
        self.meeting.addItem(
            self.tr(
                "No meeting: the record of decisions of {period} (not a meeting held, no minutes)"
            ).format(period=period.code),
            None,
        )
        start, end = period.bounds(self.zone)
        for m in services.get(MeetingService).list(start, end + MEETINGS_AFTER, include_cancelled=False):
            when = tz.format_instant(m.start, m.tz, with_zone=False) if m.start else ""
            self.meeting.addItem(f"{m.topic} ({when})" if when else m.topic, m.id)
        meeting_label = QLabel(self.tr("Review &meeting of the action items:"))
        meeting_label.setBuddy(self.meeting)

        decisions = QGroupBox(self.tr("Decisions"))
        top = QHBoxLayout()
        top.addWidget(self.add_button)
        top.addStretch(1)
        box = QVBoxLayout(decisions)
        box.addLayout(top)
        box.addWidget(self.why_not)
        box.addWidget(scroll, 1)
        meeting_row = QHBoxLayout()
        meeting_row.addWidget(meeting_label)
        meeting_row.addWidget(self.meeting, 1)
        box.addLayout(meeting_row)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Make the &PDF…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(decisions, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(860, 520)
        self._follow_rows()
        self.mark_unchanged()

    # ------------------------------------------------------------------ rows
    def add_row(self, focus: bool = False) -> DecisionRow:
        row = DecisionRow(self, len(self.rows) + 1)
        r = len(self.rows) + 1
        for c, w in enumerate(row.widgets()):
            self.grid.addWidget(w, r, c)
            w.setVisible(self.isVisible())  # the layout would show it later, too late for the focus
        row.remove.clicked.connect(lambda: self.remove_row(row))
        # the new row's fields come right after the row before (or Add decision) when tabbing
        after: QWidget = self.rows[-1].remove if self.rows else self.add_button
        for w in row.widgets():
            QWidget.setTabOrder(after, w)
            after = w
        self.rows.append(row)
        self._follow_rows()
        if focus:
            row.text.setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def remove_row(self, row: DecisionRow) -> None:
        at = self.rows.index(row)
        self.rows.remove(row)
        for w in row.widgets():
            self.grid.removeWidget(w)
            w.deleteLater()
        for r, kept in enumerate(self.rows[at:], start=at + 1):  # the rows below move up
            kept.number(self, r)
            for c, w in enumerate(kept.widgets()):
                self.grid.removeWidget(w)
                self.grid.addWidget(w, r, c)
        self._follow_rows()
        following = self.rows[at].text if at < len(self.rows) else self.add_button
        following.setFocus(Qt.FocusReason.OtherFocusReason)

    def _follow_rows(self) -> None:
        self.none_yet.setVisible(not self.rows)
        self.meeting.setEnabled(bool(self.rows))

    # ------------------------------------------------------------------ what was entered
    def decisions(self) -> list[Decision]:
        return [Decision(r.text.text().strip(), r.owner.currentData(), _day(r.deadline)) for r in self.rows]

    def meeting_id(self) -> int | None:
        return self.meeting.currentData() if self.rows else None

    def edit_state(self):
        return tuple(r.state() for r in self.rows), self.meeting.currentIndex()

    def discard_question(self) -> tuple[str, str]:
        return (
            self.tr("Evaluation report"),
            self.tr("Throw away the decisions you entered? Nothing was recorded yet."),
        )

    def problem(self) -> tuple[str, QWidget] | None:
        """What keeps the decisions from being recorded, and the field to fix; None when they may."""
        for n, row in enumerate(self.rows, start=1):
            if not row.text.text().strip():
                return self.tr("Decision {n} has no text: write what was decided, or remove it.").format(
                    n=n
                ), row.text
            if row.owner.currentData() is None:
                return self.tr("Decision {n} has no owner: choose who sees to it.").format(n=n), row.owner
        return None

    def accept(self) -> None:
        """Check the decisions, then ask for the file; the dialog closes only with a file chosen."""
        found = self.problem()
        if found is not None:
            self.error.setText(found[0])
            self.error.show()
            found[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.error.hide()
        path = choose_pdf_path(self, self.services, self.tr("Save the evaluation report as PDF"), self.period)
        if path is None:
            return
        self.path = path
        super().accept()


# ------------------------------------------------------------------ the file and the work
def choose_pdf_path(parent: QWidget, services, caption: str, period: Period) -> Path | None:
    """The save-file dialog (``ui.common.export.choose_save_path``, which tests answer); a folder
    that does not exist or cannot be written is said before anything is recorded."""
    from commdesk.ui.common import export

    path = export.choose_save_path(
        parent, caption, export.default_folder(services) / f"evaluation-{period.code}.pdf"
    )
    if path is None:
        return None
    if path.suffix.casefold() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if not path.parent.is_dir() or not os.access(path.parent, os.W_OK):
        ask(
            parent,
            "error",
            caption,
            QCoreApplication.translate(
                "Evaluation", "The folder {folder} does not exist or cannot be written; choose another one."
            ).format(folder=path.parent),
        )
        return None
    services.prefs.set("export/folder", str(path.parent))
    return path


@dataclass(frozen=True)
class ReportMade:
    path: Path
    report: EvaluationReport
    cancel_came_late: bool  # Cancel was pressed after the decisions were recorded


def make_report_pdf(
    services,
    parent: QWidget,
    period: Period,
    decisions: list[Decision],
    meeting_id: int | None,
    path: Path,
    tell: Callable[[str], None],
    on_made: Callable[[ReportMade], None],
):
    """Record the decisions and write the PDF off the GUI thread; ``tell`` gets what went wrong or
    was cancelled, in words, ``on_made`` the result."""
    from commdesk.core.documents.rendering import render

    reports = services.get(EvaluationReportService)
    recorded: list[EvaluationReport] = []
    stopped = QCoreApplication.translate("Evaluation", "The report was cancelled.")

    def work(progress, cancel):
        if cancel.is_set():
            raise Cancelled(stopped)
        report = reports.report(period, decisions, meeting_id)
        recorded.append(report)
        doc, blocks = reports.report_document(report)
        # once recorded, the PDF listing the action items is made whatever Cancel says (module doc)
        written = render(doc, blocks, path, progress=progress, cancel=None if report.decisions else cancel)
        return ReportMade(written, report, bool(report.decisions) and cancel.is_set())

    def failed(exc: BaseException) -> None:
        if recorded and recorded[0].decisions:
            made = recorded[0]
            text = QCoreApplication.translate(
                "Evaluation",
                "The decisions were recorded as action items {ids} of the meeting “{topic}”, but the PDF "
                "could not be written: {error}. Choose another folder and make the report again: it lists "
                "them and does not record them twice.",
            ).format(
                ids=listed(f"#{d.action_id}" for d in made.decisions), topic=made.meeting_topic, error=exc
            )
        else:
            text = QCoreApplication.translate(
                "Evaluation", "The report was not made, nothing was recorded: {error}"
            ).format(error=exc)
        tell(text)
        ask(parent, "error", QCoreApplication.translate("Evaluation", "Evaluation report"), text)

    return services.runner.run(
        work,
        on_done=on_made,
        on_error=failed,
        on_cancelled=lambda: tell(
            QCoreApplication.translate(
                "Evaluation", "The report was cancelled; nothing was recorded and no file was written."
            )
        ),
        label=QCoreApplication.translate("Evaluation", "Making the evaluation report {period}…").format(
            period=period.code
        ),
        parent=parent,
    )


def tracker_place() -> str:
    """Where the action items are, in the words the window shows: the pane's name and its tab's."""
    return "{pane} › {tab}".format(
        pane=QCoreApplication.translate("Navigation", "Meetings"),
        tab=QCoreApplication.translate("MeetingsPane", "Action items"),
    )


def made_words(made: ReportMade) -> str:
    """What the pane says once the report is written: where it went, how many action items were made
    and where a new user finds them (Meetings › Action items, the words of that tab)."""
    report = made.report
    parts = [
        QCoreApplication.translate(
            "Evaluation", "The evaluation report {period} was saved as {path}."
        ).format(period=report.evaluation.period.code, path=made.path)
    ]
    new = [d for d in report.decisions if d.new]
    again = [d for d in report.decisions if not d.new]
    if new:
        parts.append(
            QCoreApplication.translate(
                "Evaluation",
                "{count} action items made ({ids}) under the meeting “{topic}”: see {where}.",
            ).format(
                count=len(new),
                ids=listed(f"#{d.action_id}" for d in new),
                topic=report.meeting_topic,
                where=tracker_place(),
            )
        )
    if again:
        parts.append(
            QCoreApplication.translate(
                "Evaluation",
                "Already recorded with an earlier report of the period, so not made twice: action items {ids}.",
            ).format(ids=listed(f"#{d.action_id}" for d in again))
        )
    if made.cancel_came_late:
        parts.append(
            QCoreApplication.translate(
                "Evaluation",
                "Cancel came after the decisions were recorded, so the PDF listing them was made all the same.",
            )
        )
    return sentences(parts)

"""One case on the right of the cases pane: what it is about, who raised it, how it is routed,
its clocks, the status steps it may take now, and its conversation with every time in the
organisation's zone, named."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import ClockState, clock_titles, coverage_warning, describe
from commdesk.core.cases.workflow import COMPLAINT_GRADES, DONE_STATUSES, CaseStatus, Channel
from commdesk.core.workcalendar import WorkCalendar
from commdesk.services.cases.service import Case


def clock_coverage_warning(calendar: WorkCalendar | None, state: ClockState) -> str:
    """The calendar's warning for this clock (``core.cases.clocks.coverage_warning``), "" without a
    calendar."""
    return "" if calendar is None else coverage_warning(calendar, state)


def call_length(seconds: int) -> str:
    """How long a call took, to the second: ``4 s``, ``6 min 05 s``, ``1 h 02 min``."""
    minutes, secs = divmod(max(0, seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return QCoreApplication.translate("CaseView", "{h} h {m:02d} min").format(h=hours, m=minutes)
    if minutes:
        return QCoreApplication.translate("CaseView", "{m} min {s:02d} s").format(m=minutes, s=secs)
    return QCoreApplication.translate("CaseView", "{s} s").format(s=secs)


def status_button_text(old: CaseStatus, new: CaseStatus) -> str:
    """The button that moves a case from ``old`` to ``new`` (a mnemonic each, none on F, E, V, H)."""
    if new is CaseStatus.IN_PROGRESS and old in DONE_STATUSES:
        return QCoreApplication.translate("CaseView", "Re&open…")
    return {
        CaseStatus.ACKNOWLEDGED: QCoreApplication.translate("CaseView", "&Acknowledge"),
        CaseStatus.IN_PROGRESS: QCoreApplication.translate("CaseView", "Work on &it"),
        CaseStatus.WAITING: QCoreApplication.translate("CaseView", "&Wait for them"),
        CaseStatus.RESOLVED: QCoreApplication.translate("CaseView", "&Resolve…"),
        CaseStatus.CLOSED: QCoreApplication.translate("CaseView", "&Close"),
        CaseStatus.NEW: CaseStatus.NEW.label,
    }[new]


class CaseView(QWidget):
    """Shows a ``Case``; asks for steps through signals (the pane does them with the services)."""

    status_requested = Signal(object)  # CaseStatus
    reply_requested = Signal()
    note_requested = Signal()
    route_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.case: Case | None = None
        #: the working calendar the clocks are counted on (set by the pane): for its coverage warning
        self.calendar: WorkCalendar | None = None
        self.may_work = ""  # "" when the person may work cases, else why not
        self.may_answer_inquiries = ""  # "" when they may answer media inquiries (the liaison, MD-5)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, title in (
            ("raised", self.tr("Raised by:")),
            ("channel", self.tr("Channel:")),
            ("category", self.tr("Category:")),
            ("department", self.tr("Department:")),
            ("owner", self.tr("Owner:")),
            ("priority", self.tr("Priority:")),
            ("grade", self.tr("Complaint:")),
            ("received", self.tr("Received:")),
            ("clocks", self.tr("Clocks:")),
            ("outcome", self.tr("Outcome:")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.fields[key] = label
            form.addRow(title, label)
        self.status_row = QHBoxLayout()
        self.status_buttons: list[QPushButton] = []
        self.reply_button = QPushButton(self.tr("Repl&y…"))
        self.reply_button.clicked.connect(self.reply_requested)
        self.note_button = QPushButton(self.tr("Add &note…"))
        self.note_button.clicked.connect(self.note_requested)
        self.route_button = QPushButton(self.tr("Ro&ute…"))
        self.route_button.setToolTip(self.tr("Owner, category, priority and complaint grade"))
        self.route_button.clicked.connect(self.route_requested)
        actions = QHBoxLayout()
        actions.addWidget(self.reply_button)
        actions.addWidget(self.note_button)
        actions.addWidget(self.route_button)
        actions.addStretch(1)
        self.conversation = QTextBrowser()
        self.conversation.setOpenLinks(False)
        self.conversation.setAccessibleName(self.tr("Conversation"))
        self.conversation_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addLayout(self.status_row)
        layout.addLayout(actions)
        layout.addWidget(self.conversation_label)
        layout.addWidget(self.conversation, 1)
        self.show_case(None)

    # ------------------------------------------------------------------ showing
    def show_case(self, case: Case | None) -> None:
        self.case = case
        for b in self.status_buttons:
            self.status_row.removeWidget(b)
            b.hide()  # gone from the screen now, deleted when the event loop gets to it
            b.deleteLater()
        self.status_buttons = []
        if case is None:
            self.heading.setText(self.tr("No case chosen"))
            self.summary.setText(self.tr("Choose a case in the list (Enter opens it), or take a call."))
            for label in self.fields.values():
                label.clear()
            self.conversation.clear()
            self.conversation_label.clear()
            self._enable()
            return
        zone = case.zone
        self.heading.setText(f"{case.reference} · {case.status.label}")
        self.summary.setText(case.summary)
        f = self.fields
        f["raised"].setText(case.raised_by or self.tr("anonymous"))
        f["channel"].setText(case.channel.label)
        f["category"].setText(" / ".join(x for x in (case.category, case.subcategory) if x) or "—")
        f["department"].setText(case.department or "—")
        f["owner"].setText(case.owner or "—")
        f["priority"].setText(case.priority.label)
        if case.complaint:
            grade = (  # in the words of the Route… dialog's grade list
                COMPLAINT_GRADES[case.complaint_grade].label
                if case.complaint_grade in COMPLAINT_GRADES
                else self.tr("not graded yet")
            )
            f["grade"].setText(grade)
        else:
            f["grade"].setText(self.tr("no"))
        f["received"].setText(tz.format_instant(case.received_at, zone))
        clocks = []
        warnings = []
        for k, title in zip(case.clocks, clock_titles([k.state for k in case.clocks]), strict=True):
            due = tz.format_instant(k.due, zone, with_zone=False) if k.due else ""
            text = self.tr("{clock}: {state}").format(clock=title, state=describe(k.state, zone))
            if due:  # a met clock says when it was due too: the earlier next update from the current one
                text = self.tr("{clock_and_state} (due {due})").format(clock_and_state=text, due=due)
            warning = clock_coverage_warning(self.calendar, k.state)
            if warning:
                text = "⚠ " + text
                if warning not in warnings:
                    warnings.append(warning)
            clocks.append(text)
        f["clocks"].setText("\n".join([*clocks, *("⚠ " + w for w in warnings)]) or "—")
        outcome = case.outcome
        if case.first_contact_resolution is not None:
            outcome += ("\n" if outcome else "") + (
                self.tr("Resolved on first contact: yes")
                if case.first_contact_resolution
                else self.tr("Resolved on first contact: no")
            )
        if case.csat is not None:
            outcome += ("\n" if outcome else "") + self.tr("Satisfaction: {n}/5").format(n=case.csat)
        f["outcome"].setText(outcome or "—")
        for new in case.next_statuses:
            button = QPushButton(status_button_text(case.status, new))
            button.clicked.connect(lambda _=False, s=new: self.status_requested.emit(s))
            self.status_row.insertWidget(len(self.status_buttons), button)
            button.setVisible(self.isVisible())  # now, not later: Enter on the list moves the focus to it
            self.status_buttons.append(button)
        self.conversation_label.setText(
            self.tr("Conversation (times in {zone})").format(zone=tz.zone_label(case.received_at, zone))
        )
        self.conversation.setHtml(self._conversation_html(case))
        self._enable()

    def _conversation_html(self, case: Case) -> str:
        zone = case.zone
        kinds = {
            "call": self.tr("Call"),
            "message_in": self.tr("Message from them"),
            "message_out": self.tr("Our answer"),
            "note": self.tr("Internal note"),
        }
        parts = []
        for e in case.entries:
            when = tz.format_instant(e.at, zone, with_zone=False)
            head = f"{kinds.get(e.kind, e.kind)} · {when} · {e.author}"
            if e.kind == "call" and e.call_started_at and e.call_ended_at:
                head += " · " + self.tr("{start}–{end}, {length}").format(
                    start=tz.format_instant(e.call_started_at, zone, with_zone=False, fmt="%H:%M:%S"),
                    end=tz.format_instant(e.call_ended_at, zone, with_zone=False, fmt="%H:%M:%S"),
                    length=call_length(int((e.call_ended_at - e.call_started_at).total_seconds())),
                )
            if e.subject:
                head += " · " + e.subject
            body = html.escape(e.body.strip()).replace("\n", "<br>")
            colour = {"note": "#6b6b6b", "message_out": "#1f5fa8"}.get(e.kind, "#202020")
            said = f"<br><span style='color:{colour}'>{body}</span>" if body else ""  # a call with no notes
            parts.append(f"<p><b>{html.escape(head)}</b>{said}</p>")
        if not parts:
            return "<p><i>" + html.escape(self.tr("Nothing said yet.")) + "</i></p>"
        return "".join(parts)

    def set_may_work(self, why_not: str, inquiries_why_not: str = "") -> None:
        self.may_work = why_not
        self.may_answer_inquiries = inquiries_why_not
        self._enable()

    def _enable(self) -> None:
        on = self.case is not None and not self.may_work
        for b in (*self.status_buttons, self.reply_button, self.note_button, self.route_button):
            b.setEnabled(on)
            b.setToolTip(self.may_work)
        if (
            on
            and self.case is not None
            and self.case.channel is Channel.MEDIA_INQUIRY
            and self.may_answer_inquiries
        ):
            self.reply_button.setEnabled(
                False
            )  # answering the media is the liaison's (the service refuses too)
            self.reply_button.setToolTip(self.may_answer_inquiries)
        elif on and self.case is not None and self.case.why_no_reply:
            # nowhere to send an answer by mail: said before anything is typed, not after
            self.reply_button.setEnabled(False)
            self.reply_button.setToolTip(self.case.why_no_reply)

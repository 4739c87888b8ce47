"""The announcements pane: every announcement with its review state; the chosen one's text, the
changes since it was last approved, the comments, and who a send would reach now. Officers write,
submit and send; reviewers approve or return with a comment (never their own text: four eyes)."""

from __future__ import annotations

import html
from typing import ClassVar

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import Action, State
from commdesk.services.announcements import Announcement, AnnouncementService
from commdesk.services.review import ReviewService
from commdesk.ui.announcements.dialogs import AnnouncementDialog
from commdesk.ui.announcements.models import AnnouncementsModel
from commdesk.ui.common.ask import ask, ask_text, confirm, show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.releases.review import diff_html

ANNOUNCEMENT_TABLES = frozenset(
    {
        "announcements",
        "announcement_audiences",
        "review_items",
        "review_approvals",
        "review_comments",
        "review_steps",
        "staff_lists",
        "staff_subscriptions",
    }
)


class AnnouncementsPane(Pane):
    tables: ClassVar[frozenset[str]] = ANNOUNCEMENT_TABLES

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.svc: AnnouncementService = services.get(AnnouncementService)
        self.review: ReviewService = services.get(ReviewService)
        from commdesk.services.settings import SettingsService

        try:
            self.zone = services.get(SettingsService).time_zone()
        except CommdeskError:
            self.zone = tz.system_zone_name()
        self.current: Announcement | None = None
        self.model = AnnouncementsModel(self.zone, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AnnouncementsModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        self.view.doubleClicked.connect(lambda *_: self.edit())

        self.new_button = QPushButton(self.tr("&New…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.submit_button = QPushButton(self.tr("Su&bmit for review"))
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.return_button = QPushButton(self.tr("&Return with comment…"))
        self.send_button = QPushButton(self.tr("&Send to the lists…"))
        self.reviewers_button = QPushButton(self.tr("Revie&wers needed…"))
        self.reviewers_button.clicked.connect(self.reviewers_needed)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit)
        self.submit_button.clicked.connect(lambda: self._step(Action.SUBMIT))
        self.approve_button.clicked.connect(lambda: self._step(Action.APPROVE))
        self.return_button.clicked.connect(lambda: self._step(Action.RETURN))
        self.send_button.clicked.connect(self.send)
        row = QHBoxLayout()
        for b in (
            self.new_button,
            self.edit_button,
            self.submit_button,
            self.approve_button,
            self.return_button,
            self.send_button,
        ):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.reviewers_button)

        self.state = QLabel()
        self.state.setWordWrap(True)
        self.text = QTextBrowser()
        self.changes = QTextBrowser()
        self.comments = QListWidget()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("a comment on this version"))
        self.comment.setMaximumHeight(70)
        self.add_comment_button = QPushButton(self.tr("Add co&mment"))
        self.add_comment_button.clicked.connect(self.add_comment)
        comments = QWidget()
        c = QVBoxLayout(comments)
        c.addWidget(self.comments, 1)
        c.addWidget(self.comment)
        c.addWidget(self.add_comment_button)
        self.audience = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.text, self.tr("Text"))
        self.tabs.addTab(self.changes, self.tr("Changes since approval"))
        self.tabs.addTab(comments, self.tr("Comments"))
        self.tabs.addTab(self.audience, self.tr("Recipients"))
        detail = QWidget()
        d = QVBoxLayout(detail)
        d.setContentsMargins(0, 0, 0, 0)
        d.addWidget(self.state)
        d.addWidget(self.tabs, 1)
        split = QSplitter()
        split.addWidget(self.view)
        split.addWidget(detail)
        split.setSizes([620, 480])
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Announcements</b> to the staff subscription lists (AN-1..4)"))
        layout.addWidget(title)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.refresh()

    # -- reading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.current.id if self.current else None
        try:
            rows = self.svc.list()
        except CommdeskError as exc:
            self.state.setText(html.escape(str(exc)))
            rows = []
        self.model.set_rows(rows)
        for n, a in enumerate(rows):
            if a.id == keep:
                self.view.selectRow(n)
                break
        else:
            if rows:
                self.view.selectRow(0)
            else:
                self.current = None
                self._show(None)
        self.refresh_permissions()

    def open_record(self, record_id) -> None:
        """Show this announcement (Home's reviews box links to it); the list is read again when it is
        not in it yet (written since the pane was filled)."""
        wanted = int(record_id)
        for attempt in range(2):
            for n, a in enumerate(self.model.rows):
                if a.id == wanted:
                    self.view.selectRow(n)
                    self.view.scrollTo(self.model.index(n, 0))
                    return
            if attempt == 0:
                self.refresh()

    def _show_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        self.current = self.model.rows[rows[0].row()] if rows else None
        self._show(self.current)

    def _show(self, a: Announcement | None) -> None:
        e = html.escape
        if a is None:
            self.state.setText(self.tr("No announcement chosen. Write one with New…"))
            for w in (self.text, self.changes, self.audience):
                w.clear()
            self.comments.clear()
            self.refresh_permissions()
            return
        review = a.review
        approvers = ", ".join(review.approvers) if review and review.approvers else self.tr("nobody yet")
        needed = review.needed if review else 1
        self.state.setText(
            self.tr(
                "<b>{state}</b> · owner {owner} · approved by: {who} (%n reviewer(s) needed)", None, needed
            ).format(state=e(a.state.label), owner=e(a.owner_name), who=e(approvers))
        )
        priority, audience = self.tr("Priority:"), self.tr("Audience:")
        planned = ""
        if a.planned_at is not None and a.sent_at is None:
            label = self.tr("Planned to send:")
            when = tz.format_instant(a.planned_at, self.zone)
            planned = f"<br><b>{e(label)}</b> {e(when)}"
        elif a.sent_at is not None and a.state is not State.SENT:
            held = self.tr(
                "Sent to the lists at {time}, then edited: the copies not yet out are held in the "
                "Outbox. Once it is approved again, send it again: the held copies are cancelled and "
                "the new text goes out."
            ).format(time=tz.format_instant(a.sent_at, self.zone))
            planned = f"<br><i>{e(held)}</i>"
        self.text.setHtml(
            f"<h3>{e(a.reference)}</h3><p><b>{e(priority)}</b> {e(a.priority.label)}<br>"
            f"<b>{e(audience)}</b> {e(a.audience)}{planned}</p>"
            + "".join(f"<p>{e(p)}</p>".replace("\n", "<br>") for p in a.body.split("\n\n"))
        )
        try:
            diff = self.review.diff_against_approved(Kind.ANNOUNCEMENT, a.id)
            self.changes.setHtml(diff_html(diff, ""))
            self.comments.clear()
            for c in self.review.comments(Kind.ANNOUNCEMENT, a.id):
                when = tz.format_instant(c.at, self.zone, with_zone=False)
                self.comments.addItem(f"{c.author_name} · {when}\n{c.text}")
        except CommdeskError as exc:
            self.changes.setPlainText(str(exc))
        self._show_audience(a)
        self.refresh_permissions()

    def _show_audience(self, a: Announcement) -> None:
        e = html.escape
        try:
            lines = self.svc.audience_preview(a.id)
        except CommdeskError as exc:
            self.audience.setPlainText(str(exc))
            return
        rows = "".join(
            f"<tr><td>{e(x.name)}</td><td align=right>{x.recipients}</td><td align=right>{x.capped}</td>"
            f"<td align=right>{x.left_out}</td></tr>"
            for x in lines
        )
        intro = self.tr("Who a send would reach now (never the unsubscribed, bounced or unconfirmed):")
        heads = (self.tr("List"), self.tr("Recipients"), self.tr("Held back by the cap"), self.tr("Left out"))
        self.audience.setHtml(
            f"<p>{e(intro)}</p><table cellpadding=4><tr>"
            + "".join(f"<th>{e(h)}</th>" for h in heads)
            + f"</tr>{rows}</table>"
        )

    def apply_person(self, person) -> None:
        """What the new person may do with each announcement is the service's to say (four eyes:
        author, last editor, own approval): the list is read again for them."""
        self.person = person
        self.refresh()

    def refresh_permissions(self) -> None:
        writer = not self.svc.may_write()
        a = self.current
        allowed = set(a.review.allowed) if a and a.review else set()
        self.new_button.setEnabled(writer)
        self.edit_button.setEnabled(
            writer and a is not None and a.state.value not in ("published", "withdrawn")
        )
        self.submit_button.setEnabled(Action.SUBMIT in allowed)
        self.approve_button.setEnabled(Action.APPROVE in allowed)
        self.return_button.setEnabled(Action.RETURN in allowed)
        self.send_button.setEnabled(writer and a is not None and a.state.value == "approved")
        self.add_comment_button.setEnabled(a is not None)
        from commdesk.core.domain.people import Role

        admin = not self.services.ctx.refusal(
            Role.ADMINISTRATOR, action=self.tr("change the review settings")
        )
        self.reviewers_button.setEnabled(admin)

    # -- Pane hooks ---------------------------------------------------------------------------------
    def can_create(self) -> bool:
        return not self.svc.may_write()

    def new_record(self, subject: str = "", body: str = "", important: bool = False) -> None:
        dialog = AnnouncementDialog(
            self.services, None, self, subject=subject, body=body, important=important
        )
        if dialog.exec() and dialog.saved:
            self.current = dialog.saved
            self.refresh()

    def edit(self) -> None:
        if self.current is None:
            return
        if self.current.state.value in ("approved", "sent") and not confirm(
            self,
            self.tr("Edit announcement"),
            self.tr(
                "It is {state}: a change voids the approval, and copies not yet sent are held. Edit it?"
            ).format(state=self.current.state.in_sentence),
        ):
            return
        dialog = AnnouncementDialog(self.services, self.current, self)
        if dialog.exec() and dialog.saved:
            self.current = dialog.saved
            self.refresh()

    def reviewers_needed(self) -> None:
        from commdesk.ui.announcements.dialogs import ReviewersDialog

        if ReviewersDialog(self.services, self).exec():
            self.refresh()

    # -- review and send ----------------------------------------------------------------------------
    def _step(self, action: Action) -> None:
        a = self.current
        if a is None or a.review is None:
            return
        try:
            if action is Action.SUBMIT:
                self.svc.submit(a.id, a.review.version)
            elif action is Action.APPROVE:
                self.svc.approve(a.id, a.review.version)
            else:
                comment = ask_text(self, self.tr("Return with comment"), self.tr("What should change?"))
                if comment is None or not comment.strip():
                    return
                self.svc.return_(a.id, a.review.version, comment)
        except ConflictError as exc:
            from commdesk.ui.common.conflict import resolve_conflict

            resolve_conflict(self, exc)
        except CommdeskError as exc:
            show_error(self, action.label, exc)
        self.refresh()

    def add_comment(self) -> None:
        a = self.current
        text = self.comment.toPlainText()
        if a is None or not text.strip():
            return
        try:
            self.review.add_comment(Kind.ANNOUNCEMENT, a.id, text)
        except CommdeskError as exc:
            show_error(self, self.tr("Add comment"), exc)
            return
        self.comment.clear()
        self._show(a)

    def send(self) -> None:
        from commdesk.services.mail.outbox import NeedsOverride

        a = self.current
        if a is None:
            return
        lines = self.svc.audience_preview(a.id)
        total = sum(x.recipients for x in lines)
        if not confirm(
            self,
            self.tr("Send announcement"),
            self.tr("Put {n} copies in the outbox for {lists}?").format(n=total, lists=a.audience),
        ):
            return
        try:
            try:
                outcome = self.svc.send(a.id)
            except NeedsOverride as exc:
                reason = ask_text(
                    self,
                    self.tr("Send anyway?"),
                    " ".join(f"{f.rule}: {f.message}" for f in exc.findings)
                    + "\n\n"
                    + self.tr("Give a reason to send anyway (it is written into the history):"),
                )
                if not (reason or "").strip():
                    return
                outcome = self.svc.send(a.id, override=reason)
        except CommdeskError as exc:
            show_error(self, self.tr("Send announcement"), exc)
            self.refresh()
            return
        ask(
            self,
            "info",
            self.tr("Send announcement"),
            self.tr("%n copy(ies) in the outbox; the outbox sends them.", "", outcome.queued)
            if not outcome.already_queued
            else self.tr("The copies of this text were in the outbox already."),
        )
        self.refresh()

"""The Events pane (MD-2): the media events (search), the chosen event's form with its invitation's
review (state, Submit, Approve, Return with comments), the invitation list with each answer, the
follow-up after the event, and two actions for any tab: Send the approved invitations through the
outbox, and the check-in window for the door."""

from __future__ import annotations

import html
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError, ConflictError
from commdesk.core.events.records import Event, RsvpStatus
from commdesk.core.review.workflow import Action
from commdesk.services.events.invitations import EventInvitationMailer
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.mail.outbox import NeedsOverride, OutboxService
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import ask_text, confirm, show_error
from commdesk.ui.common.conflict import resolve_conflict
from commdesk.ui.common.pane import Pane
from commdesk.ui.common.rows_view import buddy_label, rows_table
from commdesk.ui.events.editor import EventEditor
from commdesk.ui.events.models import EventsModel, InviteesModel, review_label

EVENT_TABLES = frozenset(
    {
        "events",
        "event_invitees",
        "review_items",
        "review_approvals",
        "review_comments",
        "mail_outbox",
        "contacts",
    }
)


def _first_to_show(rows, now) -> int:
    """The event the pane opens on: the next one not yet over, else the latest."""
    coming = [r for r in rows if r.ends_at >= now]
    return min(coming, key=lambda r: r.starts_at).id if coming else rows[0].id


class EventsPane(Pane):
    tables: ClassVar[frozenset[str]] = EVENT_TABLES

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.events = services.get(EventService)
        self.review = services.get(EventReview)
        self.mailer = services.get(EventInvitationMailer)
        self.media_event: Event | None = None
        self.dirty = False
        self.opened_once = False

        # left: the events
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Title, place or reference"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.new_button = QPushButton(self.tr("&New event"))
        self.new_button.clicked.connect(self.new_record)
        self.list_model = EventsModel(self)
        self.list_view = rows_table(self.list_model, self.tr("Media events"))
        header = self.list_view.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in ((0, 150), (2, 66), (3, 84)):
            self.list_view.setColumnWidth(col, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the title takes what is left
        self.list_view.selectionModel().currentRowChanged.connect(lambda *_: self._open_selected())
        top = QHBoxLayout()
        top.addWidget(buddy_label(self.tr("&Search:"), self.search))
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list_view, 1)

        # right: the chosen event
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._event_tab(), self.tr("Event and invitation"))
        self.tabs.addTab(self._invitees_tab(), self.tr("Invitees"))
        self.tabs.addTab(self._review_tab(), self.tr("Review"))
        self.tabs.addTab(self._follow_up_tab(), self.tr("Follow-up"))
        self.send_button = QPushButton(self.tr("Send &invitations…"))
        self.send_button.clicked.connect(self.send_invitations)
        self.checkin_button = QPushButton(self.tr("Chec&k-in at the door…"))
        self.checkin_button.clicked.connect(self.open_check_in)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.send_button)
        actions.addWidget(self.checkin_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addLayout(actions)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([540, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.check_in_window = None
        self.editor.set_releases(self.events.release_choices())
        self.refresh()
        if self.media_event is None:
            self._show(None)

    # ---------------------------------------------------------------------------------- building
    def _event_tab(self) -> QWidget:
        self.editor = EventEditor()
        self.editor.changed.connect(self._mark_dirty)
        self.review_state = QLabel()
        self.review_state.setWordWrap(True)
        self.save_button = QPushButton(self.tr("S&ave"))
        self.save_button.clicked.connect(self.save)
        self.submit_button = QPushButton(self.tr("Su&bmit for review"))
        self.submit_button.clicked.connect(lambda: self._review_step(Action.SUBMIT))
        self.approve_button = QPushButton(self.tr("Appr&ove"))
        self.approve_button.clicked.connect(lambda: self._review_step(Action.APPROVE))
        self.return_button = QPushButton(self.tr("Return with &comments…"))
        self.return_button.clicked.connect(lambda: self._review_step(Action.RETURN))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        for b in (self.submit_button, self.approve_button, self.return_button):
            buttons.addWidget(b)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.review_state)
        layout.addLayout(buttons)
        return page

    def _invitees_tab(self) -> QWidget:
        self.list_choice = QComboBox()
        self.add_button = QPushButton(self.tr("Add its &members"))
        self.add_button.clicked.connect(self.add_from_list)
        pick = QHBoxLayout()
        pick.addWidget(buddy_label(self.tr("Contact &list:"), self.list_choice))
        pick.addWidget(self.list_choice, 1)
        pick.addWidget(self.add_button)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.hide()
        self.invitees_model = InviteesModel(self)
        self.invitees_view = rows_table(self.invitees_model, self.tr("Invitees"))
        header = self.invitees_view.horizontalHeader()
        header.setStretchLastSection(False)
        for col, width in ((0, 100), (1, 100), (3, 52), (4, 130), (5, 56)):
            self.invitees_view.setColumnWidth(col, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the answer and how it came
        self.invitees_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.plus_ones = QSpinBox()
        self.plus_ones.setRange(0, 20)
        self.answer_buttons = {}
        answers = QHBoxLayout()
        for status, text in (
            (RsvpStatus.ACCEPTED, self.tr("&Accepted")),
            (RsvpStatus.DECLINED, self.tr("&Declined")),
            (RsvpStatus.TENTATIVE, self.tr("&Tentative")),
            (RsvpStatus.NO_ANSWER, self.tr("No ans&wer")),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.record_answer(s))
            self.answer_buttons[status] = button
            answers.addWidget(button)
        answers.addWidget(buddy_label(self.tr("&Bringing:"), self.plus_ones))
        answers.addWidget(self.plus_ones)
        answers.addStretch(1)
        self.remove_button = QPushButton(self.tr("&Remove from the list"))
        self.remove_button.clicked.connect(self.remove_invitee)
        answers.addWidget(self.remove_button)
        self.figures = QLabel()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(pick)
        layout.addWidget(self.left_out)
        layout.addWidget(self.invitees_view, 1)
        layout.addWidget(self.figures)
        layout.addLayout(answers)
        return page

    def _review_tab(self) -> QWidget:
        self.diff_view = QTextBrowser()
        self.diff_view.setAccessibleName(self.tr("Changes since the last approved invitation"))
        self.comments_view = QTextBrowser()
        self.comments_view.setAccessibleName(self.tr("Review comments"))
        self.comment_button = QPushButton(self.tr("Add a co&mment…"))
        self.comment_button.clicked.connect(self.add_comment)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.comment_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The invitation against the last approved version:")))
        layout.addWidget(self.diff_view, 3)
        layout.addWidget(QLabel(self.tr("Comments:")))
        layout.addWidget(self.comments_view, 2)
        layout.addLayout(row)
        return page

    def _show_review(self) -> None:
        from commdesk.core import timezones as tz
        from commdesk.ui.releases.review import diff_html

        if self.media_event is None or self.review.status(self.media_event.id) is None:
            self.diff_view.setHtml("")
            self.comments_view.setPlainText("")
            return
        status = self.review.status(self.media_event.id)
        nothing = self.tr("Nothing approved yet: everything is new.")
        if status is not None and status.approved_revision:
            self.diff_view.setHtml(diff_html(self.review.diff_against_approved(self.media_event.id), nothing))
        else:
            self.diff_view.setHtml(f"<p><i>{html.escape(nothing)}</i></p>")
        lines = [
            self.tr("{name}, version {revision}, {time}: {text}").format(
                name=c.author_name,
                revision=c.revision,
                time=tz.format_instant(c.at, self.media_event.zone, with_zone=False),
                text=c.text,
            )
            for c in self.review.comments(self.media_event.id)
        ]
        self.comments_view.setPlainText("\n\n".join(lines) or self.tr("No comments."))

    def add_comment(self) -> None:
        if self.media_event is None:
            return
        text = ask_text(self, self.tr("Comment on the invitation"), self.tr("Your comment:"))
        if not text:
            return
        try:
            self.review.add_comment(self.media_event.id, text)
        except CommdeskError as exc:
            show_error(self, self.tr("Comment on the invitation"), exc)
            return
        self._show_review()

    def _follow_up_tab(self) -> QWidget:
        self.follow_figures = QLabel()
        self.follow_figures.setWordWrap(True)
        self.follow_figures.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.save_notes_button = QPushButton(self.tr("Save the no&tes"))
        self.save_notes_button.clicked.connect(self.save_notes)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_notes_button)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.follow_figures)
        layout.addWidget(buddy_label(self.tr("N&otes after the event (what to send to whom):"), self.notes))
        layout.addWidget(self.notes, 1)
        layout.addLayout(row)
        return page

    # ---------------------------------------------------------------------------------- reading
    def refresh(self) -> None:
        try:
            rows = self.events.list(search=self.search.text())
        except CommdeskError as exc:
            show_error(self, self.tr("Events"), exc)
            return
        keep = self.media_event.id if self.media_event is not None else None
        if keep is None and not self.opened_once and rows:  # first shown: on the next event
            keep = _first_to_show(rows, self.services.ctx.clock())
        self.opened_once = True
        self.list_model.set_rows(rows)
        self._fill_lists()
        if keep is not None:
            for n, r in enumerate(rows):
                if r.id == keep:
                    self.list_view.selectionModel().blockSignals(True)
                    self.list_view.selectRow(n)
                    self.list_view.selectionModel().blockSignals(False)
            if not self.dirty:
                self._show(keep)
            else:
                self._details()

    def _fill_lists(self) -> None:
        from commdesk.services.contacts.lists import ContactListService

        current = self.list_choice.currentData()
        self.list_choice.clear()
        for d in self.services.get(ContactListService).lists():
            self.list_choice.addItem(f"{d.name} ({d.count})", d.id)
        self.list_choice.setCurrentIndex(max(0, self.list_choice.findData(current)))
        self.editor.set_releases(self.events.release_choices())

    def _open_selected(self) -> None:
        e = self.list_model.row_object(self.list_view.currentIndex())
        if e is not None and (self.media_event is None or e.id != self.media_event.id):
            self._show(e.id)

    def _show(self, event_id: int | None) -> None:
        zone = self.services.get(SettingsService).time_zone()
        self.media_event = self.events.get(event_id) if event_id is not None else None
        self.editor.load(self.media_event, zone, self.services.ctx.clock())
        self.dirty = False
        self.left_out.hide()
        self._details()
        self._update_buttons()

    def _details(self) -> None:
        """The invitees, their figures, the review and the follow-up again (after an answer, a
        check-in, a review step ...)."""
        self._show_invitees()
        self._show_review()
        self._show_follow_up()

    def _show_invitees(self) -> None:
        if self.media_event is None:
            self.invitees_model.set_rows([])
            self.figures.setText("")
            return
        self.invitees_model.zone = self.media_event.zone
        invitees = self.events.invitees(self.media_event.id)
        self.invitees_model.set_rows(invitees)
        a = self.events.attendance(self.media_event.id)
        self.figures.setText(
            self.tr(
                "{invited} invited ({asked} sent): {accepted} accepted ({expected} people with those they "
                "bring), {declined} declined, {tentative} tentative, {no_answer} without an answer; "
                "{checked} checked in."
            ).format(
                invited=a.invited,
                asked=a.asked,
                accepted=a.accepted,
                expected=a.expected,
                declined=a.declined,
                tentative=a.tentative,
                no_answer=a.no_answer,
                checked=a.checked_in,
            )
        )

    def _show_follow_up(self) -> None:
        if self.media_event is None:
            self.follow_figures.setText("")
            self.notes.setPlainText("")
            return
        f = self.events.follow_up(self.media_event.id)
        a = f.attendance
        if self.services.ctx.clock() < self.media_event.starts_at and not a.checked_in:
            first = self.tr(
                "The event has not begun: {accepted} accepted so far, {expected} people expected."
            ).format(accepted=a.accepted, expected=a.expected)
        else:
            first = self.tr(
                "{checked} came of {accepted} who accepted ({walk_ins} without having accepted)."
            ).format(checked=a.checked_in, accepted=a.accepted, walk_ins=a.walk_ins)
        lines = [
            first,
            self.tr("Came: {names}").format(names=", ".join(i.name for i in f.attendees) or "—"),
            self.tr("Accepted but did not come: {names}").format(
                names=", ".join(i.name for i in f.no_shows) or "—"
            ),
        ]
        if self.media_event.release_id is not None:
            lines.append(
                self.tr("Coverage of {ref} by those who came: {items} (of {total} in all).").format(
                    ref=self.media_event.release_reference,
                    items="; ".join(f"{c.outlet} {c.headline}".strip() for c in f.coverage) or "—",
                    total=f.coverage_total,
                )
            )
        self.follow_figures.setText("\n".join(lines))
        self.notes.setPlainText(self.media_event.follow_up)

    def _update_buttons(self) -> None:
        reason = self.events.may_edit()
        has = self.media_event is not None
        self.editor.set_read_only(bool(reason))
        self.new_button.setEnabled(not reason)
        self.save_button.setEnabled(not reason)
        status = self.review.status(self.media_event.id) if has and self.media_event is not None else None
        allowed = set(status.allowed) if status is not None else set()
        self.submit_button.setEnabled(Action.SUBMIT in allowed)
        self.approve_button.setEnabled(Action.APPROVE in allowed)
        self.return_button.setEnabled(Action.RETURN in allowed)
        if status is None:
            self.review_state.setText(self.tr("Invitation: not saved yet."))
        else:
            text = self.tr("Invitation: {state}.").format(state=review_label(status.state.value))
            if status.approvers:
                text += " " + self.tr("Approved by {names}.").format(names=", ".join(status.approvers))
            self.review_state.setText(text)
        mail_reason = reason or self.services.get(OutboxService).may_send()
        self.send_button.setEnabled(has and not mail_reason)
        self.send_button.setToolTip(mail_reason)
        self.checkin_button.setEnabled(has and not reason)
        # the window opens any day (to look people up); outside the event's day it says the door is closed
        door = self.events.door_refusal(self.media_event) if self.media_event is not None else ""
        self.checkin_button.setToolTip(reason or door)
        picked = self.invitees_model.row_object(self.invitees_view.currentIndex()) is not None
        for button in (*self.answer_buttons.values(), self.remove_button):
            button.setEnabled(picked and not reason)
        self.add_button.setEnabled(has and not reason)
        self.save_notes_button.setEnabled(has and not reason)
        self.comment_button.setEnabled(status is not None and not self.services.read_only)
        self.notes.setReadOnly(bool(reason))
        if has and self.media_event is not None:
            self.heading.setText(
                f"<b>{self.media_event.reference}</b> {self.media_event.title} — {self.media_event.when}"
            )
        else:
            self.heading.setText(self.tr("A new event: fill in the form and save it."))

    def refresh_permissions(self) -> None:
        self._update_buttons()

    def _mark_dirty(self) -> None:
        self.dirty = True

    # ---------------------------------------------------------------------------------- actions
    def can_create(self) -> bool:
        return not self.events.may_edit()

    def new_record(self) -> None:
        self.list_view.clearSelection()
        self._show(None)
        self.tabs.setCurrentIndex(0)
        self.editor.title.setFocus()

    def can_find(self) -> bool:
        return True

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def open_record(self, record_id) -> None:
        self._show(int(record_id))

    def save(self) -> None:
        edit = self.editor.edit()
        try:
            if self.media_event is None:
                saved = self.events.create(edit)
            else:
                saved = self.events.save(self.media_event.id, edit, self.media_event.version)
        except ConflictError as exc:
            choice = resolve_conflict(self, exc)
            if choice == "mine" and self.media_event is not None:
                saved = self.events.save(self.media_event.id, edit, None)
            else:
                if choice == "theirs" and self.media_event is not None:
                    self._show(self.media_event.id)
                return
        except CommdeskError as exc:
            show_error(self, self.tr("Save the event"), exc)
            return
        self.media_event = saved
        self.dirty = False
        self.refresh()
        self._show(saved.id)

    def _review_step(self, action: Action) -> None:
        if self.media_event is None:
            return
        if self.dirty:
            self.save()
            if self.dirty or self.media_event is None:
                return
        status = self.review.status(self.media_event.id)
        version = status.version if status is not None else None
        try:
            if action is Action.SUBMIT:
                self.review.submit(self.media_event.id, version)
            elif action is Action.APPROVE:
                self.review.approve(self.media_event.id, version)
            else:
                comment = ask_text(self, self.tr("Return with comments"), self.tr("What should change?"))
                if comment is None:
                    return
                self.review.return_(self.media_event.id, version, comment)
        except ConflictError as exc:
            resolve_conflict(self, exc)
            self._show(self.media_event.id)
            return
        except CommdeskError as exc:
            show_error(self, action.label, exc)
            return
        self._show_review()
        self._update_buttons()

    def add_from_list(self) -> None:
        list_id = self.list_choice.currentData()
        if self.media_event is None or list_id is None:
            return
        try:
            built = self.events.add_from_lists(self.media_event.id, [list_id])
        except CommdeskError as exc:
            show_error(self, self.tr("Add to the invitation list"), exc)
            return
        text = self.tr("{added} added, {already} on the list already.").format(
            added=len(built.added), already=built.already
        )
        if built.left_out:
            text += " " + self.tr("Left out, they may not be mailed: {names}.").format(
                names="; ".join(f"{n} ({why})" for n, why in built.left_out)
            )
        self.left_out.setText(text)
        self.left_out.show()
        self._details()

    def _picked(self):
        return self.invitees_model.row_object(self.invitees_view.currentIndex())

    def record_answer(self, status: RsvpStatus) -> None:
        who = self._picked()
        if who is None:
            return
        try:
            self.events.record_answer(who.id, status, plus_ones=self.plus_ones.value())
        except CommdeskError as exc:
            show_error(self, self.tr("Record the answer"), exc)
            return
        row = self.invitees_view.currentIndex().row()
        self._details()
        self.invitees_view.selectRow(row)

    def remove_invitee(self) -> None:
        who = self._picked()
        if who is None:
            return
        try:
            self.events.remove_invitee(who.id)
        except CommdeskError as exc:
            show_error(self, self.tr("Remove from the list"), exc)
            return
        self._details()

    def save_notes(self) -> None:
        if self.media_event is None:
            return
        try:
            self.media_event = self.events.write_follow_up(
                self.media_event.id, self.notes.toPlainText(), self.media_event.version
            )
        except CommdeskError as exc:
            show_error(self, self.tr("Save the notes"), exc)

    def send_invitations(self) -> None:
        if self.media_event is None:
            return
        title = self.tr("Send invitations")
        try:
            preview = self.mailer.preview(self.media_event.id)
        except CommdeskError as exc:
            show_error(self, title, exc)
            return
        if preview.refusal:
            show_error(self, title, CommdeskError(preview.refusal))
            return
        text = self.tr(
            "Send the invitation to %n invitee(s) through the outbox?", "", len(preview.recipients)
        )
        if preview.already:
            text += "\n" + self.tr("Already invited (not sent again): {count}.").format(count=preview.already)
        if preview.left_out:
            text += "\n" + self.tr("Left out, they may not be mailed: {names}.").format(
                names="; ".join(f"{n} ({why})" for n, why in preview.left_out)
            )
        if not confirm(self, title, text):
            return
        try:
            try:
                self.mailer.send(self.media_event.id)
            except NeedsOverride as warning:
                reason = ask_text(self, title, str(warning))
                if not reason:
                    return
                self.mailer.send(self.media_event.id, override=reason)
        except CommdeskError as exc:
            show_error(self, title, exc)
            return
        self._details()

    def open_check_in(self) -> None:
        from commdesk.ui.events.checkin import CheckInWindow

        if self.media_event is None:
            return
        self.check_in_window = CheckInWindow(self.services, self.media_event, self)
        self.check_in_window.finished.connect(lambda _r: self._details())
        self.check_in_window.show()

"""The Posts pane: the publishing calendar of social posts by week or month, each week's count per
account against its target (SM-2) with the weeks off target listed and explained, and the steps of a
post: new, edit, submit, approve, return, publish (copy and record), take off the plan. A reminder
fires when a post's planned time comes and it is not out yet.

Its calendar is the Calendar pane's grid (``CalendarGrid`` with ``PostLook``) over the posts alone
(``CalendarService.posts_view``): a post is re-planned by dragging it to another day or with
Alt+Left/Right (a day) and Alt+Up/Down (an hour); a double-click opens it, on a day's heading plans
a new one there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.calendar import layout
from commdesk.core.calendar.entries import Entry
from commdesk.core.errors import CommdeskError, PermissionDenied
from commdesk.core.publishing.cadence import off_target
from commdesk.core.review.workflow import Action, State
from commdesk.services.calendar import CalendarService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.messages import SocialMessageService
from commdesk.services.publishing.posts import Post, PostService
from commdesk.services.settings import SettingsService
from commdesk.ui.calendar.widgets import CalendarGrid, PostLook
from commdesk.ui.common.ask import ask, ask_text, confirm, show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.publishing.post_view import PostView
from commdesk.ui.publishing.widgets import show_failure

POSTS_TABLES = frozenset(
    {
        "social_posts",
        "social_post_assets",
        "social_accounts",
        "social_platforms",
        "social_messages",
        "review_items",
        "review_approvals",
    }
)
#: How often the reminder looks for posts whose time came (milliseconds).
REMINDER_INTERVAL_MS = 60_000
#: At start-up, posts whose time came this long ago and are not out are told once.
REMINDER_LOOKBACK = timedelta(hours=1)


class PostsPane(Pane):
    tables: ClassVar[frozenset[str]] = POSTS_TABLES
    #: (title, text, post id): the main window tells it in the notification area.
    notify_requested = Signal(str, str, object)

    def __init__(self, services, parent=None):
        super().__init__(services, parent)
        self.svc = services.get(PostService)
        self.calendar_svc = services.get(CalendarService)
        self.accounts_svc = services.get(AccountService)
        self.messages_svc = services.get(SocialMessageService)
        self.zone = services.get(SettingsService).time_zone()
        self.anchor = tz.today_in(self.zone, services.ctx.clock)
        self.selected_id: int | None = None
        self.post: Post | None = None
        self.entries: dict[str, Entry] = {}  # what the calendar shows, by key ("post-12")

        nav = QHBoxLayout()
        for text, step in ((self.tr("◀ Earlier"), -1), (self.tr("Today"), 0), (self.tr("Later ▶"), 1)):
            b = QPushButton(text)
            b.clicked.connect(lambda _c=False, s=step: self.step_view(s))
            nav.addWidget(b)
        self.title = QLabel()
        nav.addWidget(self.title, 1)
        self.account = QComboBox()
        account_label = QLabel(self.tr("Acco&unt:"))
        account_label.setBuddy(self.account)
        nav.addWidget(account_label)
        nav.addWidget(self.account)
        self.account.currentIndexChanged.connect(lambda _i: self.refresh())

        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("&New post…"), self.new_record),
            ("edit", self.tr("E&dit…"), self.edit_post),
            ("submit", self.tr("&Submit"), lambda: self.step(Action.SUBMIT)),
            ("approve", self.tr("&Approve"), lambda: self.step(Action.APPROVE)),
            ("return", self.tr("Re&turn…"), lambda: self.step(Action.RETURN)),
            ("publish", self.tr("&Publish…"), self.publish),
            ("cancel", self.tr("Ta&ke off plan"), self.cancel_post),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[key] = b
        bar.addStretch(1)
        for key, text, slot in (
            ("messages", self.tr("C&omments…"), self.open_messages),
            ("accounts", self.tr("A&ccounts…"), self.open_accounts),
            ("assets", self.tr("Asset &library…"), self.open_assets),
            ("metrics", self.tr("Fi&gures…"), self.open_metrics),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            bar.addWidget(b)
            self.buttons[key] = b

        self.week = CalendarGrid(1, look=PostLook())
        self.month = CalendarGrid(6, look=PostLook())
        for cal in (self.week, self.month):
            cal.selected.connect(lambda key: self.select(self._post_id(key)))
            cal.activated.connect(lambda key: self.open_post(self._post_id(key)))
            cal.day_activated.connect(self.new_on)
            cal.dropped.connect(lambda key, day: self.replan_to(self._post_id(key), day))
            cal.nudged.connect(self.nudge)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.week, self.tr("&Week"))
        self.tabs.addTab(self.month, self.tr("&Month"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

        self.post_view = PostView(services, self.zone)
        self.explained = QTextBrowser()
        self.explained.setObjectName("cadenceExplained")
        lower = QSplitter()
        lower.addWidget(self.post_view)
        lower.addWidget(self.explained)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        self.empty = QLabel()
        self.empty.setWordWrap(True)

        split = QSplitter()
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.tabs)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        # the grid asks for little height (a month's days share what they get): the calendar takes
        # three parts of the height and the post below one, whatever their wishes
        split.setSizes([3000, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(bar)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)

        self.reminded_upto: datetime = services.ctx.clock() - REMINDER_LOOKBACK
        self.reminder = QTimer(self)
        self.reminder.setInterval(REMINDER_INTERVAL_MS)
        self.reminder.timeout.connect(self.check_reminders)
        self.reminder.start()
        services.person_changed.connect(self.apply_person)
        self.refresh()
        QTimer.singleShot(0, self.check_reminders)
        QTimer.singleShot(0, self.offer_recovery)

    # ------------------------------------------------------------------------------ showing
    def calendar(self) -> CalendarGrid:
        return self.month if self.tabs.currentWidget() is self.month else self.week

    def span(self) -> tuple[date, date, int | None]:
        """(first Monday, last day, month or None) of what the current view shows."""
        if self.calendar() is self.week:
            first = self.anchor - timedelta(days=self.anchor.weekday())
            return first, first + timedelta(days=6), None
        start = self.anchor.replace(day=1)
        first = start - timedelta(days=start.weekday())
        return first, first + timedelta(weeks=6, days=-1), start.month

    def step_view(self, step: int) -> None:
        """Earlier (-1), today (0) or later (1) by a week or a month, as the view shows."""
        if step == 0:
            self.anchor = tz.today_in(self.zone, self.services.ctx.clock)
        elif self.calendar() is self.week:
            self.anchor += timedelta(weeks=step)
        else:
            month = self.anchor.month - 1 + step
            self.anchor = self.anchor.replace(
                year=self.anchor.year + month // 12, month=month % 12 + 1, day=1
            )
        self.refresh()

    def _accounts(self) -> None:
        current = self.account.currentData()
        self.account.blockSignals(True)
        self.account.clear()
        self.account.addItem(self.tr("All accounts"), None)
        for a in self.accounts_svc.accounts():
            self.account.addItem(a.label(), a.id)
        self.account.setCurrentIndex(max(0, self.account.findData(current)))
        self.account.blockSignals(False)

    def refresh(self) -> None:
        self.watch.reloaded()
        first, last, month = self.span()
        zone_label = tz.zone_label(self.services.ctx.clock(), self.zone)
        if month is None:
            self.title.setText(
                self.tr("Week of %1 (%2)").replace("%1", first.isoformat()).replace("%2", zone_label)
            )
        else:
            self.title.setText(
                self.tr("%1 (%2)").replace("%1", self.anchor.strftime("%Y-%m")).replace("%2", zone_label)
            )
        try:
            self._accounts()
            view = self.calendar_svc.posts_view(first, last, self.account.currentData())
            waiting = len(self.messages_svc.list(open_only=True))
        except PermissionDenied as exc:  # someone at the desk with no role that reads the calendar
            self.entries = {}
            self.calendar().show_entries(first, [], [], self.zone, month)
            self.explained.setHtml("")
            self.empty.setText(str(exc))
            self.empty.setVisible(True)
            self.selected_id = None
            self.post = None
            self.post_view.show_post(self.post)
            self.update_buttons()
            return
        self.entries = {e.key: e for e in view.entries}
        weeks = list(view.cadence)
        selected = next((k for k, e in self.entries.items() if e.id == self.selected_id), None)
        self.calendar().show_entries(first, list(view.entries), weeks, self.zone, month, selected)
        self._explain(weeks)
        self.buttons["messages"].setText(
            self.tr("C&omments… (%1)").replace("%1", str(waiting)) if waiting else self.tr("C&omments…")
        )
        self.empty.setVisible(self.account.count() <= 1)
        self.empty.setText(
            self.tr(
                "No social media accounts yet: add the platforms and the office's accounts with Accounts…."
            )
        )
        if selected is None:
            self.selected_id = None
        self.select(self.selected_id)

    def _explain(self, weeks) -> None:
        from html import escape

        off = off_target(weeks)
        if not weeks:
            self.explained.setHtml("")
            return
        if not off:
            self.explained.setHtml(
                "<p>"
                + escape(self.tr("Every account is within its weekly target in these weeks (SM-2)."))
                + "</p>"
            )
            return
        head = QCoreApplication.translate(
            "PostsPane", "%n week(s) off the weekly target (SM-2):", "", len(off)
        )
        items = "".join(f"<li>{escape(w.explain())}</li>" for w in off)
        self.explained.setHtml(f"<p><b>{escape(head)}</b></p><ul>{items}</ul>")

    def select(self, post_id) -> None:
        self.selected_id = post_id
        self.post = self.svc.get(post_id) if post_id is not None else None
        self.post_view.show_post(self.post)
        self.update_buttons()

    # ------------------------------------------------------------------------------ permissions
    def why_not(self) -> dict[str, str]:
        """For each button, "" when the acting person may use it on the selected post now, else why."""
        write = self.svc.may_write()
        p = self.post
        pick = self.tr("Select a post first.")
        read = self.svc.may_read()
        out = {"new": write or read, "accounts": read, "assets": read, "metrics": read, "messages": read}
        if p is None:
            out.update(
                dict.fromkeys(("edit", "submit", "approve", "return", "publish", "cancel"), write or pick)
            )
            return out
        allowed = set(p.review.allowed) if p.review else set()
        done = p.published_at is not None
        state_word = p.state.label if p.state else ""

        def step(action: Action) -> str:
            return (
                ""
                if action in allowed
                else self.tr("Not possible while the post is %1 (or not yours to do).").replace(
                    "%1", state_word
                )
            )

        out["edit"] = write or (self.tr("A published post is kept as it went out.") if done else "")
        out["submit"] = step(Action.SUBMIT)
        # a reviewer's step the person cannot take: their role, or four eyes, said as such
        review = (
            ""
            if allowed & {Action.APPROVE, Action.RETURN} or p.state is not State.IN_REVIEW or p.review is None
            else self.svc.may_review()
            or (
                self.tr("You wrote or last edited this post: another reviewer approves it (four eyes).")
                if getattr(self.services.person(), "id", None)
                in (p.review.author_id, p.review.last_editor_id)
                else ""
            )
        )
        out["approve"] = review or step(Action.APPROVE)
        out["return"] = review or step(Action.RETURN)
        out["publish"] = write or (
            ""
            if Action.FINISH in allowed and not p.cancelled
            else self.tr("Only a post approved in its current version can be published.")
        )
        out["cancel"] = write or (self.tr("A published post cannot be taken off the plan.") if done else "")
        return out

    def update_buttons(self) -> None:
        for key, why in self.why_not().items():
            b = self.buttons[key]
            b.setEnabled(not why)
            b.setToolTip(why)

    def refresh_permissions(self) -> None:
        self.update_buttons()

    def can_create(self) -> bool:
        return not self.svc.may_write()

    def open_record(self, record_id) -> None:
        post = self.svc.get(int(record_id))
        self.anchor = tz.to_zone(post.when, self.zone).date()
        self.selected_id = post.id
        self.refresh()
        self.calendar().select(self._key(post.id))

    # ------------------------------------------------------------------------------ actions
    def new_record(self) -> None:
        self._open_dialog(None, None)

    def new_on(self, day: date) -> None:
        self._open_dialog(None, tz.wall_clock(day, time(10, 0), self.zone))

    @staticmethod
    def _key(post_id: int) -> str:
        return f"post-{post_id}"

    def _post_id(self, key) -> int | None:
        entry = self.entries.get(key or "")
        return entry.id if entry is not None else None

    def replan_to(self, post_id: int | None, day: date) -> None:
        """A post dragged to another day: the same time of day there."""
        entry = self.entries.get(self._key(post_id)) if post_id is not None else None
        if entry is not None:
            self._move(entry, layout.moved_to_day(entry, day, self.zone))

    def nudge(self, key: str, days: int, hours: int) -> None:
        """Alt+Left/Right: the same time a day earlier or later; Alt+Up/Down: an hour."""
        entry = self.entries.get(key)
        if entry is not None:
            self._move(entry, layout.nudged(entry, days, hours, self.zone))

    def _move(self, entry: Entry, start: datetime) -> None:
        """Re-plan with the service's checks (a published post stays where it went out, a reader
        may not move it: both said in words; a stale copy is reloaded), keeping it selected and in
        view (a move past the week or month shown follows it)."""
        if not entry.can_move:
            show_failure(self, self.tr("The post cannot be moved"), CommdeskError(entry.movable))
            return
        try:
            self.svc.replan(entry.id, start, entry.version)
        except CommdeskError as exc:
            self._failed(self.tr("The post cannot be moved"), exc)
        else:
            first, last, _month = self.span()
            local = tz.to_zone(start, self.zone).date()
            if not first <= local <= last:
                self.anchor = local
        self.selected_id = entry.id
        self.refresh()
        self.calendar().select(entry.key)

    def open_post(self, post_id: int) -> None:
        self.select(post_id)
        self.edit_post()

    def edit_post(self) -> None:
        if self.post is not None:
            self._open_dialog(self.post, None)

    def _open_dialog(self, post: Post | None, planned: datetime | None, draft=None) -> None:
        from commdesk.ui.publishing.post_dialog import PostDialog

        dlg = PostDialog(self.services, post, self, planned=planned, draft=draft)
        if dlg.exec() == QDialog.DialogCode.Accepted and dlg.saved is not None:
            self.open_record(dlg.saved.id)

    def step(self, action: Action) -> None:
        p = self.post
        if p is None or p.review is None:
            return
        try:
            if action is Action.SUBMIT:
                self.svc.submit(p.id, p.review.version)
            elif action is Action.APPROVE:
                self.svc.approve(p.id, p.review.version)
            elif action is Action.RETURN:
                comment = ask_text(self, self.tr("Return the post"), self.tr("What should change?"))
                if not comment:
                    return
                self.svc.return_(p.id, comment, p.review.version)
        except CommdeskError as exc:
            self._failed(self.tr("The step cannot be taken"), exc)
        self.refresh()

    def publish(self) -> None:
        from commdesk.ui.publishing.publish_dialog import PublishDialog

        p = self.post
        if p is None:
            return
        try:
            copy = self.svc.final_copy(p.id)
        except CommdeskError as exc:
            show_error(self, self.tr("The post cannot be published"), exc)
            return
        dlg = PublishDialog(self.services, p, copy, self)
        if copy.folder is not None:
            dlg.open_folder()
        dlg.exec()
        if dlg.published is not None:  # shown on the day it went out, still selected
            self.open_record(dlg.published.id)
        else:
            self.refresh()

    def _failed(self, title: str, exc: CommdeskError) -> None:
        show_failure(self, title, exc)  # the caller refreshes: a stale post is shown as stored

    def cancel_post(self) -> None:
        p = self.post
        if p is None or not confirm(
            self,
            self.tr("Take the post off the plan?"),
            self.tr("It no longer counts for the weekly target."),
        ):
            return
        try:
            self.svc.cancel(p.id, p.version)
        except CommdeskError as exc:
            self._failed(self.tr("The post cannot be taken off the plan"), exc)
        self.refresh()

    def open_messages(self) -> None:
        """Comments and messages (SM-3): the selected post's, else every account's."""
        from commdesk.ui.publishing.messages_dialog import MessagesDialog

        MessagesDialog(self.services, self, self.selected_id).exec()
        self.refresh()

    def open_accounts(self) -> None:
        from commdesk.ui.publishing.accounts_dialog import AccountsDialog

        AccountsDialog(self.services, self).exec()
        self.refresh()

    def open_assets(self) -> None:
        from commdesk.ui.publishing.assets_dialog import AssetLibraryDialog

        AssetLibraryDialog(self.services, self).exec()

    def open_metrics(self) -> None:
        from commdesk.ui.publishing.metrics_dialog import MetricsDialog

        MetricsDialog(self.services, self, self.account.currentData()).exec()

    # ------------------------------------------------------------------------------ recovery
    def offer_recovery(self) -> list[str]:
        """Posts typed and not saved when commdesk stopped (this person's): offer each back. Recover is
        the default (Enter); Later (also Esc) keeps the copy for the next start; only Discard, chosen
        on purpose, deletes it. Returns the keys of the drafts recovered."""
        from PySide6.QtWidgets import QMessageBox

        from commdesk.core.publishing.drafts import POST_DRAFTS

        if self.svc.may_write():
            return []
        store = POST_DRAFTS.open(self.services.ctx)
        me = self.services.person().id
        recover, later, discard = (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Discard,
        )
        done = []
        for rec in store.list():
            if rec.person_id is not None and rec.person_id != me:
                continue  # someone else's, offered when they sit at the desk
            reply = ask(
                self,
                "question",
                self.tr("Recover an unsaved post"),
                self.tr("The post “%1” was not saved when commdesk stopped (copy from %2). Recover it now?")
                .replace("%1", rec.label or self.tr("(no text)"))
                .replace("%2", tz.format_instant(rec.saved_at, self.zone)),
                recover | later | discard,
                default=recover,
                labels={recover: self.tr("&Recover"), later: self.tr("&Later")},
            )
            if reply == recover:
                try:
                    post = self.svc.get(int(rec.key)) if rec.key.isdigit() else None
                    if post is not None and rec.base_version is not None:
                        # saved from the version the typing started on: a change made on another
                        # desk since the crash meets it as a conflict (both shown), never overwritten
                        post = replace(post, version=rec.base_version)
                except CommdeskError as exc:
                    show_error(self, self.tr("The post could not be restored"), exc)
                    continue
                done.append(rec.key)
                self._open_dialog(post, None, rec.value)
            elif reply == discard and confirm(
                self,
                self.tr("Discard the unsaved post"),
                self.tr("Delete the unsaved copy of “%1” for good?").replace(
                    "%1", rec.label or self.tr("(no text)")
                ),
            ):
                store.discard(rec.key)
        return done

    # ------------------------------------------------------------------------------ reminder
    def check_reminders(self) -> list[int]:
        """Tell each post whose planned time came since the last look and that is not out yet
        (once); returns their ids."""
        now = self.services.ctx.clock()
        since, self.reminded_upto = self.reminded_upto, now
        try:
            due = self.svc.due(since, now)
        except CommdeskError:
            return []  # nobody at the desk who may read the calendar: nothing to tell
        for p in due:
            title = self.tr("Post due: %1").replace("%1", p.account)
            text = f"{tz.format_instant(p.planned_at, self.zone)} {p.headline(60)}"  # read outside the pane
            self.status_message.emit(f"{title}: {text}")
            self.notify_requested.emit(title, text, p.id)
        return [p.id for p in due]

"""The Outbox pane: every message with its status, details, retry/cancel, and "Send now" with
progress, pause and stop (off the GUI thread through the task runner)."""

from __future__ import annotations

import html
import threading

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import FAILED, HELD, OutboxItem, OutboxService
from commdesk.ui.common.ask import ask, ask_text, confirm, show_error
from commdesk.ui.common.pane import Pane
from commdesk.ui.mail.models import OutboxTableModel, kind_label, when_text

FOLLOW_UP = "follow-up"


class OutboxPane(Pane):
    # a release's edit, request for changes or withdrawal holds its queued mail in the same commit
    tables = frozenset({"mail_outbox"})
    refresh_when_hidden = True  # the badge: failed and held messages

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(services, parent)
        self.outbox: OutboxService = services.get(OutboxService)
        self.accounts: MailAccountService = services.get(MailAccountService)
        self._task = None
        self._pause = threading.Event()
        self._last_result = ""  # the last batch's summary, shown until the next one

        self.filter = QComboBox()
        for value, label in (
            (None, self.tr("All messages")),
            ("queued", self.tr("Queued")),
            ("sending", self.tr("Sending")),
            ("sent", self.tr("Sent")),
            ("failed", self.tr("Failed")),
            (HELD, self.tr("Held")),
            ("cancelled", self.tr("Cancelled")),
            (FOLLOW_UP, self.tr("Needs follow-up (EM-5)")),
        ):
            self.filter.addItem(label, value)
        self.filter.currentIndexChanged.connect(self.refresh)
        # Ctrl+F (Pane.find) comes here: narrows the list by recipient or subject as one types
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find recipient or subject (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        self.search.textChanged.connect(lambda _t: self._show_items())
        self._items: list[OutboxItem] = []
        self.send_button = QPushButton(self.tr("Send now"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.retry_button = QPushButton(self.tr("Retry"))
        self.rebuild_button = QPushButton(self.tr("Rebuild"))
        self.cancel_button = QPushButton(self.tr("Cancel message"))
        self.delivered_button = QPushButton(self.tr("It arrived"))
        self.follow_up_button = QPushButton(self.tr("Follow-up done"))
        self.new_button = QPushButton(self.tr("New mail…"))
        self.account_button = QPushButton(self.tr("Account…"))
        self.send_button.clicked.connect(self.send_now)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        self.retry_button.clicked.connect(self.retry)
        self.rebuild_button.clicked.connect(self.rebuild)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.delivered_button.clicked.connect(self.mark_delivered)
        self.follow_up_button.clicked.connect(self.follow_up_done)
        self.new_button.clicked.connect(self.new_record)
        self.account_button.clicked.connect(self.edit_account)
        # two rows, so that the search field and every button fit 1280 pixels next to the navigation
        find_row = QHBoxLayout()
        find_row.addWidget(QLabel(self.tr("Show:")))
        find_row.addWidget(self.filter)
        find_row.addWidget(self.search, 1)
        for w in (self.new_button, self.account_button, self.send_button):
            find_row.addWidget(w)
        top = QVBoxLayout()
        top.addLayout(find_row)
        actions = QHBoxLayout()
        for w in (
            self.retry_button,
            self.rebuild_button,
            self.cancel_button,
            self.delivered_button,
            self.follow_up_button,
        ):
            actions.addWidget(w)
        actions.addStretch(1)
        top.addLayout(actions)

        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress_row = QWidget()
        pr = QHBoxLayout(self.progress_row)
        pr.setContentsMargins(0, 0, 0, 0)
        pr.addWidget(self.progress, 1)
        pr.addWidget(self.pause_button)
        pr.addWidget(self.stop_button)
        self.progress_row.hide()
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = OutboxTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 220)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QTextBrowser()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        services.person_changed.connect(self.apply_person)  # the buttons follow the person at once
        self.refresh()

    # -- Pane -------------------------------------------------------------------------------------
    def can_create(self) -> bool:
        return not self.outbox.may_send()

    def refresh_permissions(self) -> None:
        """Another person at the desk: every button follows their roles at once."""
        self._selection_changed()

    def new_record(self) -> None:
        from commdesk.ui.mail.dialogs import ComposeDialog

        why = self.outbox.may_send()
        if why:  # File > New: say why instead
            self.status_message.emit(why)
            return

        dialog = ComposeDialog(self.services, self)
        if dialog.exec():
            self.refresh()

    def activated(self) -> None:
        self.refresh()

    def open_record(self, record_id) -> None:
        """Show message ``record_id`` (from Home: an outbox failure)."""
        self.search.clear()
        self.filter.setCurrentIndex(0)
        self.refresh()
        for row, item in enumerate(self.model.items):
            if item.id == record_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return

    # -- list -------------------------------------------------------------------------------------
    def selected(self) -> list[OutboxItem]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows]

    def refresh(self) -> None:
        self.watch.reloaded()
        keep = {i.id for i in self.selected()} if self.model.items else set()
        value = self.filter.currentData()
        self._items = self.outbox.follow_ups() if value == FOLLOW_UP else self.outbox.list(value, limit=2000)
        self.model.zone = self._zone()
        self._show_items(keep)
        counts = self.outbox.counts()
        self.services.badge_changed.emit("outbox", counts[FAILED] + counts[HELD])
        if self._task is None:
            account = self.accounts.account()
            if account is None:
                self.summary.setText(
                    self.tr("No mail account yet: set it up with Account…, or save mails as .eml files.")
                )
            else:
                text = self._last_result or self.tr(
                    "{queued} queued, {failed} failed, {sent} sent · from {sender}"
                ).format(
                    queued=counts["queued"],
                    failed=counts[FAILED],
                    sent=counts["sent"],
                    sender=account.sender_address,
                )
                if counts[HELD]:
                    text += " · " + self.tr(
                        "%n held: what they carry changed after they were made (see why); "
                        "rebuild or cancel them.",
                        "",
                        counts[HELD],
                    )
                self.summary.setText(text)
        self._selection_changed()

    def _matches(self, item: OutboxItem, words: list[str]) -> bool:
        text = " ".join([item.subject or "", *item.recipients]).casefold()
        return all(w in text for w in words)

    def _show_items(self, keep: set[int] | None = None) -> None:
        """The messages of the chosen status whose recipients or subject hold every word typed in the
        search field (case-insensitive); the selection is kept where it can be."""
        if keep is None:
            keep = {i.id for i in self.selected()} if self.model.items else set()
        words = self.search.text().casefold().split()
        items = [i for i in self._items if self._matches(i, words)] if words else list(self._items)
        self.model.set_items(items)
        for row, item in enumerate(items):
            if item.id in keep:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._selection_changed()

    def why_not(self, items: list[OutboxItem]) -> dict[QPushButton, str]:
        """For each button, "" when the acting person may use it on the selected messages now, else why
        not in words. The one place this pane decides; the roles come from the services' own checks
        (``OutboxService.may_send``, ``MailAccountService.may_set_up``), used by their writes too."""
        send = self.outbox.may_send()
        busy = self.tr("Sending is under way.") if self._task is not None else ""

        def selected(ok: bool, what: str) -> str:
            return send or ("" if ok else what)

        return {
            self.new_button: send,
            self.account_button: self.accounts.may_set_up(),
            self.send_button: send or busy,
            self.retry_button: selected(
                any(i.status in ("failed", "cancelled") for i in items),
                self.tr("Select a failed or cancelled message."),
            ),
            self.cancel_button: selected(
                any(i.status in ("queued", "failed", HELD) for i in items),
                self.tr("Select a queued, failed or held message."),
            ),
            self.rebuild_button: selected(
                any(i.status == HELD and i.kind == "release" for i in items),
                self.tr("Select a held press release message."),
            ),
            self.delivered_button: selected(
                len(items) == 1 and items[0].uncertain,
                self.tr("Select one message whose delivery is uncertain."),
            ),
            self.follow_up_button: selected(
                len(items) == 1 and items[0].follow_up_open,
                self.tr("Select one message that needs a follow-up."),
            ),
        }

    def _selection_changed(self, *args) -> None:
        items = self.selected()
        tips = {
            self.rebuild_button: self.tr(
                "Make held press release messages again from the release's approved version and queue them"
            )
        }
        for button, why in self.why_not(items).items():
            button.setEnabled(not why)
            button.setToolTip(why or tips.get(button, ""))
        self.details.setHtml(self._details_html(items[0]) if len(items) == 1 else "")

    def _details_html(self, item: OutboxItem) -> str:
        e = html.escape
        rows = [
            (self.tr("Status"), self.model.status_text(item)),
            (self.tr("Why held"), item.held_text),
            (self.tr("Subject"), item.subject),
            (self.tr("To"), ", ".join(item.recipients)),
            (self.tr("Kind"), kind_label(item.kind)),
            (self.tr("Queued"), f"{when_text(item.queued_at, self.model.zone, True)} · {item.queued_by}"),
            (self.tr("Sent"), when_text(item.sent_at, self.model.zone, True)),
            (self.tr("Attempts"), str(item.attempts)),
            (self.tr("Next try"), when_text(item.next_attempt_at, self.model.zone, True)),
            (self.tr("Server's answer"), item.server_reply or ""),
            (self.tr("Problem"), item.last_error or ""),
            (self.tr("Follow-up by"), item.follow_up_by.isoformat() if item.follow_up_by else ""),
            (self.tr("Belongs to"), self._belongs_to(item)),
            ("Message-ID", item.message_id),
        ]
        table = "".join(f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows if v)
        try:
            msg = self.outbox.message(item.id)
            body = msg.get_body(("plain",))
            text = body.get_content().replace("\r\n", "\n") if body is not None else ""
            names = [a.get_filename() or "" for a in msg.iter_attachments()]
        except (CommdeskError, LookupError, ValueError):
            text, names = "", []
        if names:
            attachments = self.tr("Attachments")
            table += f"<tr><td><b>{e(attachments)}</b></td><td>{e(', '.join(names))}</td></tr>"
        return f"<table cellspacing='4'>{table}</table><hr><pre style='white-space:pre-wrap'>{e(text)}</pre>"

    def _zone(self):
        """The organisation's zone for the times in the list and the details."""
        from commdesk.core import timezones as tz
        from commdesk.services.settings import SettingsService

        try:
            return tz.zone(self.services.get(SettingsService).time_zone())
        except CommdeskError:
            return tz.zone(tz.system_zone_name())

    def _belongs_to(self, item: OutboxItem) -> str:
        """The record a message belongs to in words ("press release PR-2026-001"), not a table name."""
        if not item.related_entity:
            return ""
        if item.related_entity == "releases" and item.related_id:
            from commdesk.services.releases.service import ReleaseService

            try:
                release = self.services.get(ReleaseService).get(int(item.related_id))
                return self.tr("press release {ref}").format(ref=release.reference)
            except (CommdeskError, ValueError):
                pass
        what = {
            "releases": self.tr("press release"),
            "meetings": self.tr("meeting"),
            "meeting_minutes": self.tr("minutes"),
            "contacts": self.tr("contact"),
            "announcements": self.tr("announcement"),
            "event_invitations": self.tr("media event"),
            "cases": self.tr("case"),
            "staff_subscriptions": self.tr("subscription"),
        }.get(item.related_entity)
        # a held message knows its record as people do (EV-2026-001, 5 “subject”)
        which = item.held_about or item.related_id or ""
        return f"{what} {which}" if what else self.tr("record {id}").format(id=which)

    # -- decisions --------------------------------------------------------------------------------
    def _act(self, fn) -> None:
        try:
            fn()
        except CommdeskError as exc:
            show_error(self, self.tr("Outbox"), exc)
        self.refresh()

    def retry(self) -> None:
        items = [i for i in self.selected() if i.status in ("failed", "cancelled")]
        uncertain = [i for i in items if i.uncertain]
        resend = False
        if uncertain:
            resend = confirm(
                self,
                self.tr("Send again?"),
                self.tr(
                    "%n message(s) were interrupted while being sent and may have arrived already. Send them "
                    "again anyway? (Check with a recipient first if you can.)",
                    "",
                    len(uncertain),
                ),
            )
            if not resend:
                items = [i for i in items if not i.uncertain]
        self._act(lambda: self.outbox.retry([i.id for i in items], resend_uncertain=resend))

    def rebuild(self) -> None:
        from commdesk.services.mail.sending import ReleaseMailer

        items = [i for i in self.selected() if i.status == HELD and i.kind == "release"]
        if items:
            self._act(
                lambda: self._rebuilt(self.services.get(ReleaseMailer).rebuild_held([i.id for i in items]))
            )

    def _rebuilt(self, n: int) -> None:
        self.status_message.emit(self.tr("%n message(s) rebuilt and queued.", "", n))

    def cancel_selected(self) -> None:
        items = [i for i in self.selected() if i.status in ("queued", "failed", HELD)]
        if items and confirm(
            self,
            self.tr("Cancel messages"),
            self.tr("Cancel %n message(s)? They will not be sent.", "", len(items)),
        ):
            self._act(lambda: self.outbox.cancel([i.id for i in items]))

    def mark_delivered(self) -> None:
        [item] = self.selected()
        self._act(lambda: self.outbox.confirm_delivered(item.id))

    def follow_up_done(self) -> None:
        [item] = self.selected()
        self._act(lambda: self.outbox.confirm_follow_up(item.id))

    def edit_account(self) -> None:
        from commdesk.ui.mail.dialogs import AccountDialog

        if AccountDialog(self.services, self).exec():
            self.refresh()

    # -- sending ----------------------------------------------------------------------------------
    def _password_for_session(self) -> bool:
        account = self.accounts.account()
        if account is None or not account.login or self.accounts.has_password():
            return True
        text = ask_text(
            self,
            self.tr("Mail password"),
            self.tr("Password for {user} on {host}:").format(user=account.login, host=account.host),
            password=True,
        )
        if not text:
            return False
        stored = self.accounts.set_password(text)
        if not stored:
            self.status_message.emit(
                self.tr("No system keyring: the password is kept until commdesk closes.")
            )
        return True

    def send_now(self) -> None:
        if self._task is not None:
            return
        if self.accounts.account() is None:
            ask(self, "info", self.tr("Outbox"), self.tr("Set up the mail account first (Account…)."))
            return
        try:
            if not self._password_for_session():
                return
        except CommdeskError as exc:
            show_error(self, self.tr("Outbox"), exc)
            return
        self._pause.clear()
        self._last_result = ""
        self.pause_button.setText(self.tr("Pause"))
        self.progress.setRange(0, 0)
        self.progress_row.show()
        self.summary.setText(self.tr("Sending…"))
        pause = self._pause
        self._task = self.services.runner.run(
            lambda progress, cancel: self.outbox.send_pending(progress, cancel, pause),
            on_done=self._sent,
            on_error=self._send_failed,
        )
        self._task.signals.progress.connect(self._progress)
        self._selection_changed()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if done % 10 == 0:
            self.refresh()

    def toggle_pause(self) -> None:
        if self._pause.is_set():
            self._pause.clear()
            self.pause_button.setText(self.tr("Pause"))
        else:
            self._pause.set()
            self.pause_button.setText(self.tr("Resume"))

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel.set()
            self._pause.clear()

    def _finish(self) -> None:
        self._task = None
        self.progress_row.hide()
        self.refresh()

    def _sent(self, summary) -> None:
        self._last_result = summary.text()
        self._finish()

    def _send_failed(self, exc: BaseException) -> None:
        self._last_result = str(exc)
        self._finish()
        if isinstance(exc, CommdeskError):
            show_error(self, self.tr("Outbox"), exc)
        else:
            raise exc

"""Comments and messages that need an answer (SM-3): log one from an account (under a post, when it
is), answer it with a reply template as the start, close what needs no answer, and turn a complaint
into a case on the cases desk."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from commdesk.core import timezones as tz
from commdesk.core.errors import CommdeskError
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.messages import SocialMessage, SocialMessageService, status_label
from commdesk.services.settings import SettingsService
from commdesk.ui.common.ask import ask, confirm
from commdesk.ui.publishing.widgets import labelled, show_failure


class MessagesDialog(QDialog):
    def __init__(self, services, parent=None, post_id: int | None = None):
        super().__init__(parent)
        self.services = services
        self.svc = services.get(SocialMessageService)
        self.zone = services.get(SettingsService).time_zone()
        self.post_id = post_id
        self.messages: list[SocialMessage] = []
        self.accounts = {a.id: a for a in services.get(AccountService).accounts(include_inactive=True)}
        self.setWindowTitle(self.tr("Comments and messages (SM-3)"))

        self.open_only = QCheckBox(self.tr("&Only those needing an answer"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self.refresh())
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Received (%1)").replace("%1", tz.zone_label(services.ctx.clock(), self.zone)),
                self.tr("Account"),
                self.tr("From"),
                self.tr("Text"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        self.table.itemSelectionChanged.connect(self.show_selected)

        answer = QGroupBox(self.tr("Answer"))
        af = QFormLayout(answer)
        self.template = QComboBox()
        self.template.addItem(self.tr("(no template)"), "")
        for t in self.svc.templates():
            self.template.addItem(t.title, t.body)
        self.template.activated.connect(self.use_template)
        self.reply = QPlainTextEdit()
        self.reply.setTabChangesFocus(True)
        self.reply.setMaximumHeight(90)
        af.addRow(labelled(self.tr("&Template:"), self.template), self.template)
        af.addRow(labelled(self.tr("&Reply given:"), self.reply), self.reply)
        buttons = QHBoxLayout()
        self.answer_button = QPushButton(self.tr("Record &answer"))
        self.answer_button.clicked.connect(self.record_answer)
        self.case_button = QPushButton(self.tr("Make a &case"))
        self.case_button.clicked.connect(self.make_case)
        self.close_button = QPushButton(self.tr("No answer &needed"))
        self.close_button.clicked.connect(self.close_message)
        for b in (self.answer_button, self.case_button, self.close_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        af.addRow(buttons)

        log = QGroupBox(self.tr("Log a comment or message"))
        lf = QFormLayout(log)
        self.account = QComboBox()
        for a in self.accounts.values():
            self.account.addItem(a.label(), a.id)
        if post_id is not None:  # a comment typed here is on the post's account, under the post
            from commdesk.services.publishing.posts import PostService

            post = services.get(PostService).get(post_id)
            self.account.setCurrentIndex(max(self.account.findData(post.account_id), 0))
            self.setWindowTitle(
                self.tr("Comments and messages (SM-3): post %1 on %2")
                .replace("%1", str(post_id))
                .replace("%2", post.account)
            )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Comment"), "comment")
        self.kind.addItem(self.tr("Message"), "message")
        self.author = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setTabChangesFocus(True)
        self.body.setMaximumHeight(70)
        lf.addRow(labelled(self.tr("Acco&unt:"), self.account), self.account)
        lf.addRow(labelled(self.tr("&Kind:"), self.kind), self.kind)
        lf.addRow(labelled(self.tr("&From:"), self.author), self.author)
        lf.addRow(labelled(self.tr("Te&xt:"), self.body), self.body)
        self.log_button = QPushButton(self.tr("&Log it"))
        self.log_button.clicked.connect(self.log)
        lf.addRow("", self.log_button)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_only)
        layout.addWidget(self.table, 1)
        lower = QHBoxLayout()
        lower.addWidget(answer, 1)
        lower.addWidget(log, 1)
        layout.addLayout(lower)
        layout.addWidget(box)
        self.resize(980, 620)
        self.refresh()

    def refresh(self) -> None:
        self.messages = self.svc.list(open_only=self.open_only.isChecked(), post_id=self.post_id)
        self.table.setRowCount(len(self.messages))
        for row, m in enumerate(self.messages):
            account = self.accounts.get(m.account_id)
            cells = [
                tz.format_instant(m.received_at, self.zone, with_zone=False),
                account.label() if account else "",
                m.author,
                m.body.replace("\n", " "),
                status_label(m.status),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(m.body if col == 3 else text)
                self.table.setItem(row, col, item)
        self.show_selected()

    def selected(self) -> SocialMessage | None:
        rows = self.table.selectionModel().selectedRows()
        return self.messages[rows[0].row()] if rows else None

    def show_selected(self) -> None:
        m = self.selected()
        why = self.svc.may_answer()
        is_open = m is not None and m.status == "open"
        self.answer_button.setEnabled(is_open and not why)
        self.close_button.setEnabled(is_open and not why)
        self.case_button.setEnabled(m is not None and m.case_id is None and not why)
        self.log_button.setEnabled(bool(self.accounts) and not why)
        for b in (self.answer_button, self.close_button, self.case_button, self.log_button):
            b.setToolTip(why)
        self.reply.setPlainText(m.reply if m is not None else "")

    def use_template(self, _index: int) -> None:
        body = self.template.currentData()
        if body:
            self.reply.setPlainText(body)

    def _act(self, fn, title: str) -> None:
        try:
            fn()
        except CommdeskError as exc:
            if show_failure(self, title, exc):  # changed meanwhile: shown as stored, the typed reply kept
                typed = self.reply.toPlainText()
                self.refresh()
                self.reply.setPlainText(typed)
            return
        self.refresh()

    def record_answer(self) -> None:
        m = self.selected()
        if m is not None:
            self._act(
                lambda: self.svc.answer(m.id, self.reply.toPlainText(), m.version),
                self.tr("The answer cannot be recorded"),
            )

    def close_message(self) -> None:
        m = self.selected()
        if m is not None:
            self._act(lambda: self.svc.close(m.id, m.version), self.tr("The comment cannot be closed"))

    def make_case(self) -> None:
        m = self.selected()
        if m is None or not confirm(
            self,
            self.tr("Make a case?"),
            self.tr(
                "The comment is logged as a complaint on the cases desk, with its clocks running from when it came in."
            ),
        ):
            return
        try:
            done = self.svc.make_case(m.id, m.version)
        except CommdeskError as exc:
            if show_failure(self, self.tr("The case cannot be made"), exc):
                self.refresh()
            return
        from commdesk.services.cases.service import CaseService

        reference = self.services.get(CaseService).get(done.case_id).reference if done.case_id else ""
        ask(
            self,
            "info",
            self.tr("Case made"),
            self.tr("The comment is now case %1 on the cases desk.").replace("%1", reference),
        )
        self.refresh()

    def log(self) -> None:
        def do() -> None:
            self.svc.log(
                self.account.currentData(),
                self.body.toPlainText(),
                author=self.author.text(),
                kind=self.kind.currentData(),
                post_id=self.post_id if self._post_on(self.account.currentData()) else None,
            )
            self.body.clear()
            self.author.clear()

        self._act(do, self.tr("The comment cannot be logged"))

    def _post_on(self, account_id) -> bool:
        """Whether the dialog's post (if any) is on ``account_id``: a comment is logged under it then."""
        if self.post_id is None:
            return False
        from commdesk.services.publishing.posts import PostService

        return self.services.get(PostService).get(self.post_id).account_id == account_id

"""Administrators' tab of the cases desk: the feedback mailbox's IMAP account (server, port,
security, user, folder, what happens on the server after a message is taken in); the password goes
to the keyring, never the database. "Test connection" runs in a worker thread with progress and
says the result in words; the window never waits on the network."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.mail.imap_account import AFTER_FETCH_CHOICES, IMAP_DEFAULT_PORTS, ImapAccount
from commdesk.services.mail.imap_fetch import MailboxFetchService
from commdesk.ui.admin.cases_common import MessageLine


class MailboxTab(QWidget):
    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.mailbox: MailboxFetchService = services.get(MailboxFetchService)
        intro = QLabel(
            self.tr(
                "The office's feedback mailbox, read over IMAP every working day (FB-1). Messages are only "
                "read unless you choose otherwise below. The password is kept in this computer's keyring."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText("imap.example.org")
        self.security = QComboBox(self)
        self.security.setObjectName("security")
        self.security.addItem(self.tr("SSL/TLS"), "ssl")
        self.security.addItem(self.tr("STARTTLS"), "starttls")
        self.security.addItem(self.tr("None (unencrypted, this computer only)"), "none")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(993)
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        self.folder.setText("INBOX")
        self.after = QComboBox(self)
        self.after.setObjectName("after_fetch")
        words = {
            "leave": self.tr("Leave it on the server, unchanged"),
            "mark_seen": self.tr("Mark it as read"),
            "delete": self.tr("Delete it from the server"),
        }
        for choice in AFTER_FETCH_CHOICES:
            self.after.addItem(words[choice], choice)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Ser&ver:"), self.host),
            (self.tr("Sec&urity:"), self.security),
            (self.tr("P&ort:"), self.port),
            (self.tr("User &name:"), self.user),
            (self.tr("Fol&der:"), self.folder),
            (self.tr("After &taking in:"), self.after),
            (self.tr("Pass&word:"), self.password),
        ):
            lab = QLabel(label, self)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        self.security.currentIndexChanged.connect(self._default_port)
        self.test_button = QPushButton(self.tr("Test &connection"), self)
        self.test_button.setObjectName("test")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("&Save mailbox"), self)
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(self)
        self.result = MessageLine(self)
        self.result.setObjectName("result")
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.test_button)
        row.addWidget(self.save_button)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.result)
        box.addStretch(1)
        self.task = None
        self.why_not = self.mailbox.may_set_up()
        self.reload()

    def reload(self) -> None:
        account = self.mailbox.account()
        if account is not None:
            self.host.setText(account.host)
            self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
            self.port.setValue(account.port)
            self.user.setText(account.user)
            self.folder.setText(account.folder)
            self.after.setCurrentIndex(max(0, self.after.findData(account.after_fetch)))
        has = self.mailbox.has_password()
        self.password.setPlaceholderText(
            self.tr("(kept in the keyring; type to replace)") if has else self.tr("(not entered yet)")
        )
        may = not self.why_not
        for w in (self.host, self.user, self.folder, self.password):
            w.setReadOnly(not may)
        for w in (self.security, self.after, self.save_button, self.test_button):
            w.setEnabled(may)
        self.port.setReadOnly(not may)
        self.save_button.setToolTip(self.why_not)
        self.test_button.setToolTip(self.why_not)
        self.message.say(self.why_not)

    def _default_port(self) -> None:
        if self.port.value() in IMAP_DEFAULT_PORTS.values():
            self.port.setValue(IMAP_DEFAULT_PORTS[self.security.currentData()])

    def account(self) -> ImapAccount:
        return ImapAccount(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text().strip(),
            folder=self.folder.text().strip(),
            after_fetch=self.after.currentData(),
        )

    def save(self) -> bool:
        try:
            findings = self.mailbox.save_account(self.account())
            kept = True
            if self.password.text():
                kept = self.mailbox.set_password(self.password.text())
                self.password.clear()
        except Exception as exc:  # noqa: BLE001 - said in words under the form (MessageLine re-raises bugs)
            self.message.failed(exc)
            return False
        words = [self.tr("Saved.")]
        if not kept:
            words.append(
                self.tr("This computer has no keyring: the password is kept only until commdesk is closed.")
            )
        words += [f.message for f in findings]
        self.reload()
        self.message.say(" ".join(words))
        return True

    def test_connection(self) -> None:
        """Connect and log in with what the form says (not saved yet) in a worker thread."""
        try:
            account = self.account()
            account.validate()
        except Exception as exc:  # noqa: BLE001 - said in words under the form (MessageLine re-raises bugs)
            self.message.failed(exc)
            return
        password = self.password.text() or None
        mailbox = self.mailbox
        self.test_button.setEnabled(False)
        self.result.say(self.tr("Connecting to {server}…").format(server=account.server))

        def work(progress, cancel):
            progress(0, 0)
            return mailbox.test(account, password)

        self.task = self.services.runner.run(
            work,
            on_done=self._tested,
            on_error=self._test_failed,
            on_cancelled=self._test_cancelled,
            label=self.tr("Testing the connection to the feedback mailbox…"),
            parent=self,
        )

    def _tested(self, sentence: str) -> None:
        self.test_button.setEnabled(not self.why_not)
        self.result.say(sentence)
        self.task = None

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(not self.why_not)
        self.task = None
        self.result.failed(exc)

    def _test_cancelled(self) -> None:
        self.test_button.setEnabled(not self.why_not)
        self.task = None
        self.result.say(self.tr("The test was stopped."))

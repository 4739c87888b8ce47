"""The mail account dialog (with "Test connection") and the compose dialog (EM-1 subject builder,
EM-2 personalised or Bcc, EM-3 attachments check)."""

from __future__ import annotations

import datetime as dt
from email.utils import getaddresses
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.errors import CommdeskError, ValidationError
from commdesk.core.mail.account import DEFAULT_PORTS, SmtpAccount
from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import Delivery, Draft
from commdesk.core.mail.merge import Recipient
from commdesk.core.mail.subject import build_subject, important_notice
from commdesk.core.rules import Level
from commdesk.core.rules.mail import em_1
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import NeedsOverride, OutboxService
from commdesk.ui.common.ask import ask_text, show_error


def _findings_html(findings) -> str:
    colour = {Level.BLOCK: "#b3261e", Level.WARN: "#8a5a00", Level.OK: "#555555"}
    return "<br>".join(
        f'<span style="color:{colour[f.level]}">{f.rule}: {f.message}</span>' for f in findings
    )


class AccountDialog(QDialog):
    """Host, port, security, login, sender, signature, limit; the password goes to the keyring."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.accounts: MailAccountService = services.get(MailAccountService)
        self.setWindowTitle(self.tr("Mail account"))
        form = QFormLayout()
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for value, label in (
            ("starttls", self.tr("STARTTLS (port 587)")),
            ("ssl", self.tr("SSL/TLS (port 465)")),
            ("none", self.tr("None: unencrypted, local servers only")),
        ):
            self.security.addItem(label, value)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_name = QLineEdit()
        self.sender_address = QLineEdit()
        self.reply_to = QLineEdit()
        self.signature = QPlainTextEdit()
        self.signature.setMaximumHeight(80)
        self.signature.setToolTip(
            self.tr(
                "Under mail written by hand. Announcements, releases, event invitations and meeting "
                "mail are signed by their owner and the organisation."
            )
        )
        self.per_minute = QSpinBox()
        self.per_minute.setRange(0, 10000)
        self.per_minute.setSpecialValueText(self.tr("no limit"))
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("only for a server with the organisation's own certificate"))
        form.addRow(self.tr("SMTP &server:"), self.host)
        form.addRow(self.tr("P&ort:"), self.port)
        form.addRow(self.tr("Se&curity:"), self.security)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("Sender &name:"), self.sender_name)
        form.addRow(self.tr("Sender &address:"), self.sender_address)
        form.addRow(self.tr("&Reply-to:"), self.reply_to)
        form.addRow(self.tr("Si&gnature:"), self.signature)
        form.addRow(self.tr("&Messages per minute:"), self.per_minute)
        form.addRow(self.tr("CA certificate &file:"), self.ca_file)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setObjectName("testResult")
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.security.currentIndexChanged.connect(self._security_changed)
        self._load()

    def _load(self) -> None:
        account = self.accounts.account() or SmtpAccount(
            host="", sender_name=self.services.person().name, sender_address=self.services.person().email
        )
        self.host.setText(account.host)
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.port.setValue(account.port)
        self.user.setText(account.user)
        self.sender_name.setText(account.sender_name)
        self.sender_address.setText(account.sender_address)
        self.reply_to.setText(account.reply_to)
        self.signature.setPlainText(account.signature)
        self.per_minute.setValue(account.per_minute)
        self.ca_file.setText(self.accounts.ca_file())
        stored = self.accounts.has_password()
        self.password.setPlaceholderText(self.tr("stored in the system keyring") if stored else "")
        if self.accounts.keyring_available():
            self.keyring_note.setText(
                self.tr("The password is kept in the system keyring, never in the database.")
            )
        else:
            self.keyring_note.setText(
                self.tr(
                    "This computer has no system keyring: the password is kept only "
                    "until commdesk closes, and asked for again next time."
                )
            )

    def _security_changed(self) -> None:
        value = self.security.currentData()
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[value])

    def account(self) -> SmtpAccount:
        return SmtpAccount(
            host=self.host.text().strip(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text().strip(),
            sender_name=self.sender_name.text().strip(),
            sender_address=self.sender_address.text().strip(),
            reply_to=self.reply_to.text().strip(),
            signature=self.signature.toPlainText().strip(),
            per_minute=self.per_minute.value(),
        )

    def test_connection(self) -> None:
        try:
            account = self.account()
            account.validate()
        except ValidationError as exc:
            self.test_result.setText(str(exc))
            return
        password = self.password.text() or None
        ca = self.ca_file.text().strip()
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Connecting…"))

        def done(message: str) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText("✔ " + message)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.test_result.setText("✘ " + str(exc))

        self.services.runner.run(
            lambda progress, cancel: self.accounts.test(account, password, ca_file=ca),
            on_done=done,
            on_error=failed,
        )

    def save(self) -> None:
        try:
            warnings = self.accounts.save_account(self.account(), ca_file=self.ca_file.text())
            if self.password.text():
                self.accounts.set_password(self.password.text())
        except CommdeskError as exc:
            show_error(self, self.tr("Mail account"), exc)
            return
        if warnings:
            from commdesk.ui.common.ask import ask

            ask(self, "warning", self.tr("Mail account"), _plain(warnings))
        self.accept()


def _plain(findings) -> str:
    return "\n".join(f"{f.rule}: {f.message}" for f in findings)


def parse_recipients(text: str) -> list[Recipient]:
    """'张三 <a@example.org>', one or more a line or separated by commas/semicolons."""
    found = getaddresses([text.replace(";", ",").replace("；", ",").replace("，", ",")])
    return [Recipient(addr.strip(), name.strip()) for name, addr in found if addr.strip()]


class ComposeDialog(QDialog):
    """A mail by the procedure: subject builder (EM-1), personalised or Bcc (EM-2), attachments (EM-3)."""

    def __init__(
        self,
        services,
        parent: QWidget | None = None,
        draft: Draft | None = None,
        related: tuple[str, str] | None = None,
        kind: str = "mail",
    ):
        super().__init__(parent)
        self.services = services
        self.outbox: OutboxService = services.get(OutboxService)
        self.related = related
        self.kind = kind
        self.attachments: list[Attachment] = list(draft.attachments) if draft else []
        self.queued_ids: list[int] = []
        self.setWindowTitle(self.tr("New mail"))
        self.resize(720, 640)
        builder = QGroupBox(self.tr("Subject builder (EM-1)"))
        b = QHBoxLayout(builder)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("department / project code"))
        self.content = QLineEdit()
        self.content.setPlaceholderText(self.tr("core content"))
        today = self._today()  # in the organisation's zone, never the process's
        self.date = QDateEdit(QDate(today.year, today.month, today.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyyMMdd")
        self.important = QCheckBox(self.tr("【重要通知】 i&mportant notice"))
        use = QPushButton(self.tr("&Use"))
        use.clicked.connect(self.build_subject)
        for w in (self.code, self.content, self.date, self.important, use):
            b.addWidget(w)
        self.subject = QLineEdit(draft.subject if draft else "")
        self.subject_hint = QLabel()
        self.subject_hint.setWordWrap(True)
        self.subject.textChanged.connect(self._subject_changed)
        self.to = QPlainTextEdit(
            "\n".join(
                f"{r.name} <{r.address}>" if r.name else r.address
                for r in (draft.recipients if draft else [])
            )
        )
        self.to.setPlaceholderText(self.tr("one address a line, e.g. 张三 <zhang.san@example.com>"))
        self.to.setMaximumHeight(90)
        delivery = QGroupBox(self.tr("How recipients receive it (EM-2)"))
        d = QVBoxLayout(delivery)
        self.personal = QRadioButton(
            self.tr("One &personalised message per recipient ({{ salutation }}, {{ name }} …)")
        )
        self.bcc = QRadioButton(self.tr("One message, everyone in &Bcc (nobody sees the others)"))
        self.direct = QRadioButton(self.tr("An &ordinary mail: everyone in To sees each other"))
        self.delivery = QButtonGroup(self)
        for n, w in enumerate((self.personal, self.bcc, self.direct)):
            self.delivery.addButton(w, n)
            d.addWidget(w)
        {Delivery.PERSONAL: self.personal, Delivery.BCC: self.bcc, Delivery.DIRECT: self.direct}[
            draft.delivery if draft else Delivery.DIRECT
        ].setChecked(True)
        self.body = QPlainTextEdit(draft.body if draft else "")
        self.attachment_list = QListWidget()
        self.attachment_list.setMaximumHeight(70)
        add = QPushButton(self.tr("Attach &file…"))
        add.clicked.connect(self.add_attachment)
        remove = QPushButton(self.tr("&Remove"))
        remove.clicked.connect(self.remove_attachment)
        self.follow_up = QCheckBox(self.tr("&Needs follow-up by (EM-5):"))
        self.follow_up_date = QDateEdit(QDate(today.year, today.month, today.day).addDays(3))
        self.follow_up_date.setCalendarPopup(True)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        check = QPushButton(self.tr("&Check"))
        check.clicked.connect(self.check)
        buttons = QDialogButtonBox()
        self.queue_button = buttons.addButton(
            self.tr("Put &in outbox"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.eml_button = buttons.addButton(self.tr("Save as .&eml…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.queue)
        buttons.rejected.connect(self.reject)
        self.eml_button.clicked.connect(self.save_eml)

        form = QFormLayout()
        form.addRow(builder)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow("", self.subject_hint)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(delivery)
        form.addRow(self.tr("Te&xt:"), self.body)
        att = QHBoxLayout()
        att.addWidget(self.attachment_list, 1)
        col = QVBoxLayout()
        col.addWidget(add)
        col.addWidget(remove)
        att.addLayout(col)
        form.addRow(self.tr("Attachments:"), att)
        fu = QHBoxLayout()
        fu.addWidget(self.follow_up)
        fu.addWidget(self.follow_up_date)
        fu.addStretch(1)
        form.addRow(fu)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(check)
        row.addWidget(self.findings, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._refresh_attachments()
        self._subject_changed()

    # -- pieces -----------------------------------------------------------------------------------
    def _today(self):
        """Today in the organisation's zone (the subject's date, the follow-up day)."""
        from commdesk.core import timezones as tz
        from commdesk.services.settings import SettingsService

        try:
            zone = self.services.get(SettingsService).time_zone()
        except CommdeskError:
            zone = tz.system_zone_name()
        return tz.today_in(zone, self.services.ctx.clock)

    def build_subject(self) -> None:
        if self.important.isChecked() and self.write_as_announcement():
            return
        try:
            if self.important.isChecked():
                text = important_notice(self.content.text())
            else:
                text = build_subject(self.code.text(), self.content.text(), self.date.date().toPython())
        except ValidationError as exc:
            self.subject_hint.setText(str(exc))
            return
        self.subject.setText(text)

    def write_as_announcement(self) -> bool:
        """AN-4: an important notice (【重要通知】) to staff is an announcement, reviewed before it
        reaches the subscription lists (the outbox refuses it as a plain mail to staff). Ask whom it
        is for; for staff, offer to write it as an announcement with what was typed here. True when
        the question settled it (the subject is then not built)."""
        from commdesk.ui.common.ask import ask

        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        if (
            ask(
                self,
                "question",
                self.tr("Important notice"),
                self.tr(
                    "Is this important notice for staff? To staff it goes as an announcement: to the "
                    "subscription lists, after a reviewer approved it.\n\nYes: write it as an announcement "
                    "now, with this text. No: it is for people outside; build the subject for this mail."
                ),
                yes | no,
                default=yes,
            )
            != yes
        ):
            return False
        from commdesk.ui.announcements.dialogs import AnnouncementDialog

        dialog = AnnouncementDialog(
            self.services,
            None,
            self,
            subject=self.content.text(),
            body=self.body.toPlainText(),
            important=True,
        )
        if not dialog.exec() or dialog.saved is None:
            return True
        ask(
            self,
            "info",
            self.tr("Important notice"),
            self.tr(
                "Saved as a draft announcement: submit it for review in Announcements; it is sent from there "
                "once approved."
            ),
        )
        self.reject()
        return True

    def _subject_changed(self) -> None:
        found = [f for f in em_1(self.subject.text()) if f.message]
        self.subject_hint.setText(_findings_html(found))

    def add_attachment(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for p in paths:
            self.attachments.append(Attachment.from_path(p))
        self._refresh_attachments()

    def remove_attachment(self) -> None:
        row = self.attachment_list.currentRow()
        if 0 <= row < len(self.attachments):
            del self.attachments[row]
            self._refresh_attachments()

    def _refresh_attachments(self) -> None:
        self.attachment_list.clear()
        for a in self.attachments:
            self.attachment_list.addItem(f"{a.name}  ({len(a.data) // 1024 + 1} KB)")

    def draft(self) -> Draft:
        mode = {0: Delivery.PERSONAL, 1: Delivery.BCC, 2: Delivery.DIRECT}[self.delivery.checkedId()]
        return Draft(
            self.subject.text(),
            self.body.toPlainText(),
            parse_recipients(self.to.toPlainText()),
            mode,
            attachments=list(self.attachments),
        )

    def check(self) -> list:
        findings = [f for f in self.outbox.check(self.draft()) if f.message]
        self.findings.setText(_findings_html(findings) or self.tr("No findings: ready to send."))
        return findings

    # -- actions ----------------------------------------------------------------------------------
    def queue(self) -> None:
        findings = self.check()
        if any(f.blocking for f in findings):
            return
        follow = self.follow_up_date.date().toPython() if self.follow_up.isChecked() else None
        related = self.related or (None, None)
        try:
            try:
                self.queued_ids = self.outbox.queue(
                    self.draft(), related[0], related[1], kind=self.kind, follow_up_by=follow
                )
            except NeedsOverride as exc:
                reason = ask_text(
                    self,
                    self.tr("Send anyway?"),
                    _plain(exc.findings)
                    + "\n\n"
                    + self.tr("Give a reason to send anyway (it is written into the history):"),
                )
                if not (reason or "").strip():
                    return
                self.queued_ids = self.outbox.queue(
                    self.draft(), related[0], related[1], kind=self.kind, follow_up_by=follow, override=reason
                )
        except CommdeskError as exc:
            show_error(self, self.tr("New mail"), exc)
            return
        self.accept()

    def save_eml(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save .eml files in"))
        if not folder:
            return
        try:
            paths = self.outbox.save_as_eml(self.draft(), Path(folder))
        except CommdeskError as exc:
            show_error(self, self.tr("New mail"), exc)
            return
        from commdesk.ui.common.ask import ask

        ask(
            self,
            "info",
            self.tr("Saved"),
            self.tr("%n file(s) saved in {folder}.", "", len(paths)).format(folder=folder),
        )


__all__ = ["AccountDialog", "ComposeDialog", "dt", "parse_recipients"]

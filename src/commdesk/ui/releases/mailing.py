""" "Send to lists…": who a release reaches, who is left out and why, the EM-1 subject check,
personalised or Bcc; then into the outbox (and "Send now"), or .eml files without a mail account."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError
from commdesk.core.releases.gate import Path, why_not_leave
from commdesk.core.releases.records import Release
from commdesk.core.rules import Level
from commdesk.services.mail.sending import MailingPreview, ReleaseMailer
from commdesk.ui.mail import sending


def mailing_blocked(services, release: Release | None) -> str | None:
    """Why "Send to lists…" is not possible now (None: it is)."""
    from PySide6.QtCore import QCoreApplication

    if release is None:
        return ""
    person = services.person()
    if not (person.has(Role.OFFICER) or person.has(Role.ADMINISTRATOR)):
        return QCoreApplication.translate("ReleaseMailing", "Only officers and administrators send mail.")
    return why_not_leave(release.state, Path.MAIL, release.reference)  # the gate's rule and words


def _findings_html(findings) -> str:
    colour = {Level.BLOCK: "#b3261e", Level.WARN: "#8a5a00", Level.OK: "#555555"}
    return "<br>".join(
        f'<span style="color:{colour[f.level]}">{html.escape(f.rule)}: {html.escape(f.message)}</span>'
        for f in findings
    )


class ReleaseMailingDialog(QDialog):
    def __init__(self, services, release: Release, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.release = release
        self.mailer: ReleaseMailer = services.get(ReleaseMailer)
        self.preview: MailingPreview | None = None
        self.queued_ids: list[int] = []
        self.setWindowTitle(self.tr("Send {ref} to lists").format(ref=release.reference))
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.lists = QListWidget()
        self.lists.setMaximumHeight(110)
        for list_id, name in release.lists:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, list_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.lists.addItem(item)
        lists_box = QGroupBox(self.tr("Distribution lists of the release"))
        QVBoxLayout(lists_box).addWidget(self.lists)
        layout.addWidget(lists_box)
        delivery = QGroupBox(self.tr("How recipients receive it (EM-2)"))
        d = QVBoxLayout(delivery)
        self.personal = QRadioButton(self.tr("One &personalised message per contact (尊敬的… / Dear …)"))
        self.bcc = QRadioButton(self.tr("One message, everyone in &Bcc (nobody sees the others)"))
        self.delivery = QButtonGroup(self)
        for n, w in enumerate((self.personal, self.bcc)):
            self.delivery.addButton(w, n)
            d.addWidget(w)
        self.personal.setChecked(True)
        layout.addWidget(delivery)
        self.subject = QLabel()
        self.subject.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.left_out = QListWidget()
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.subject)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Left out (they receive nothing):")))
        layout.addWidget(self.left_out, 1)
        layout.addWidget(self.findings)
        self.account = sending.has_account(services)
        buttons = QDialogButtonBox()
        if self.account:
            self.go_button = buttons.addButton(
                self.tr("Put &in outbox"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.go_button.clicked.connect(self.queue)
        else:
            self.go_button = buttons.addButton(
                self.tr("Save .&eml files…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.go_button.setToolTip(
                self.tr(
                    "No mail account is set up (Outbox > Account…): save the messages "
                    "as .eml files for any mail program."
                )
            )
            self.go_button.clicked.connect(self.save_eml)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.lists.itemChanged.connect(lambda _i: self.refresh())
        self.delivery.idClicked.connect(lambda _i: self.refresh())
        self.refresh()

    def list_ids(self) -> list[int]:
        return [
            self.lists.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.lists.count())
            if self.lists.item(i).checkState() == Qt.CheckState.Checked
        ]

    @property
    def personalised(self) -> bool:
        return self.personal.isChecked()

    def refresh(self) -> None:
        self.left_out.clear()
        try:
            self.preview = p = self.mailer.preview(self.release.id, self.list_ids(), self.personalised)
        except CommdeskError as exc:
            self.preview = None
            self.subject.clear()
            self.summary.setText(f'<span style="color:#b3261e">{html.escape(str(exc))}</span>')
            self.findings.clear()
            self.go_button.setEnabled(False)
            return
        self.subject.setText(self.tr("Subject: {subject}").format(subject=p.subject))
        mode = self.tr("one personalised message each") if p.personalised else self.tr("one message in Bcc")
        self.summary.setText(
            self.tr("%n recipient(s), {mode}; {left} left out.", "", len(p.recipients)).format(
                mode=mode, left=len(p.left_out)
            )
        )
        for name, why in p.left_out:
            item = QListWidgetItem(f"{name} \u2014 {why}")
            item.setToolTip(f"{name} \u2014 {why}")  # a long reason is elided in the list
            self.left_out.addItem(item)
        if p.already:
            self.summary.setText(
                self.summary.text()
                + " "
                + self.tr(
                    "%n of them already have it (you are asked before it goes again).", "", len(p.already)
                )
            )
        self.findings.setText(_findings_html(p.findings) or self.tr("No findings: ready to send."))
        self.go_button.setEnabled(not p.blocking)

    def queue(self) -> None:
        if self.preview is None or self.preview.blocking:
            return
        again = False
        if self.preview.already:
            again = self.confirm_again(self.preview.already)
            if not again:
                return
        ids = sending.queue_with_override(
            self,
            self.windowTitle(),
            lambda override: self.mailer.send_to_lists(
                self.release.id, self.list_ids(), self.personalised, override=override, again=again
            ),
        )
        if ids is None:
            return
        self.queued_ids = ids
        self.accept()
        sending.offer_send_now(self.services, self.parentWidget() or self, ids)

    def confirm_again(self, already: list[tuple[str, str, str]]) -> bool:
        """They already have it (or it waits for them): list them and ask before sending again."""
        from commdesk.ui.common.ask import confirm

        shown = "\n".join(
            f"\u2022 {name} <{address}> \u2014 {status}" for name, address, status in already[:20]
        )
        if len(already) > 20:
            shown += "\n" + self.tr("… and %n more", "", len(already) - 20)
        return confirm(
            self,
            self.tr("Send again?"),
            self.tr(
                "%n recipient(s) already received {ref} or have it waiting in the outbox:", "", len(already)
            ).format(ref=self.release.reference)
            + "\n\n"
            + shown
            + "\n\n"
            + self.tr("Send it to them again?"),
        )

    def save_eml(self) -> None:
        paths = sending.save_eml_files(
            self,
            self.windowTitle(),
            lambda folder: self.mailer.save_eml(self.release.id, folder, self.list_ids(), self.personalised),
        )
        if paths is not None:
            self.accept()

"""Sending from other panes (releases, meetings): queue with an override reason when the procedure
warns, offer "Send now" (off the GUI thread) or leave the messages for the Outbox pane, and save
``.eml`` files when no mail account is set up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from commdesk.core.errors import CommdeskError
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import NeedsOverride, OutboxService
from commdesk.ui.common.ask import ask, ask_text, show_error


def has_account(services) -> bool:
    return services.get(MailAccountService).account() is not None


def override_reason(parent: QWidget | None, findings) -> str | None:
    """Ask why the mail goes out despite the warnings; None when the user gives no reason."""
    listed = "\n".join(f"{f.rule}: {f.message}" for f in findings)
    reason = ask_text(
        parent,
        QCoreApplication.translate("MailSending", "Send anyway?"),
        listed
        + "\n\n"
        + QCoreApplication.translate(
            "MailSending", "Give a reason to send anyway (it is written into the history):"
        ),
    )
    return reason.strip() if reason and reason.strip() else None


def queue_with_override(
    parent: QWidget | None, title: str, queue: Callable[[str | None], list[int]]
) -> list[int] | None:
    """``queue(override)``; on procedure warnings ask for a reason and queue again. None: not queued."""
    try:
        try:
            return queue(None)
        except NeedsOverride as exc:
            reason = override_reason(parent, exc.findings)
            if reason is None:
                return None
            return queue(reason)
    except CommdeskError as exc:
        show_error(parent, title, exc)
        return None


def _password_for_session(services, parent) -> bool:
    accounts = services.get(MailAccountService)
    account = accounts.account()
    if account is None or not account.login or accounts.has_password():
        return True
    text = ask_text(
        parent,
        QCoreApplication.translate("MailSending", "Mail password"),
        QCoreApplication.translate("MailSending", "Password for {user} on {host}:").format(
            user=account.login, host=account.host
        ),
        password=True,
    )
    if not text:
        return False
    accounts.set_password(text)
    return True


def send_now(services, parent: QWidget, on_done: Callable | None = None):
    """Send what is queued, off the GUI thread with progress; the Outbox pane shows the outcome."""
    outbox = services.get(OutboxService)
    try:
        if not _password_for_session(services, parent):
            return None
    except CommdeskError as exc:
        show_error(parent, QCoreApplication.translate("MailSending", "Outbox"), exc)
        return None

    def done(summary) -> None:
        ask(parent, "info", QCoreApplication.translate("MailSending", "Outbox"), summary.text())
        if on_done:
            on_done(summary)

    def failed(exc: BaseException) -> None:
        show_error(parent, QCoreApplication.translate("MailSending", "Outbox"), exc)

    return services.runner.run(
        lambda progress, cancel: outbox.send_pending(progress, cancel),
        on_done=done,
        on_error=failed,
        label=QCoreApplication.translate("MailSending", "Sending…"),
        parent=parent,
    )


def offer_send_now(services, parent: QWidget, ids: list[int], on_done: Callable | None = None):
    """After queueing: "Send now" or leave the messages in the outbox."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    reply = ask(
        parent,
        "question",
        QCoreApplication.translate("MailSending", "Outbox"),
        QCoreApplication.translate(
            "MailSending",
            "%n message(s) are in the outbox. Send them now? (Otherwise they wait in the Outbox pane.)",
            "",
            len(ids),
        ),
        yes | no,
        default=yes,
    )
    if reply == yes:
        return send_now(services, parent, on_done)
    if on_done:
        on_done(None)
    return None


def save_eml_files(parent: QWidget, title: str, write: Callable[[Path], list[Path]]) -> list[Path] | None:
    """No mail account: ask for a folder and write the messages there as .eml files."""
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("MailSending", "Save .eml files in")
    )
    if not folder:
        return None
    try:
        paths = write(Path(folder))
    except CommdeskError as exc:
        show_error(parent, title, exc)
        return None
    ask(
        parent,
        "info",
        title,
        QCoreApplication.translate(
            "MailSending",
            "%n file(s) saved in {folder}; open them with any mail program to send them.",
            "",
            len(paths),
        ).format(folder=folder),
    )
    return paths

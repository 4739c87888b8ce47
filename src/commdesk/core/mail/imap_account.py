"""The mailbox the office's feedback arrives in, read over IMAP. As for the SMTP account, the password
is never a field here: it lives in the OS keyring under ``keyring_key()`` (P-5), or for this session
only when the computer has no keyring.

Nothing is changed on the server unless ``after_fetch`` says so: "leave" (the default) fetches
read-only; "mark_seen" marks what was taken in as read; "delete" removes it from the server. Either
is done only after the caller has stored the messages (``finish_fetched``).
"""

from __future__ import annotations

from dataclasses import dataclass

from commdesk.core import secrets
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.rules import Finding, Level

IMAP_SECURITY_CHOICES = ("ssl", "starttls", "none")
IMAP_DEFAULT_PORTS = {"ssl": 993, "starttls": 143, "none": 143}
AFTER_FETCH_CHOICES = ("leave", "mark_seen", "delete")


def _one_line(value: str) -> bool:
    return not any(ch in value for ch in "\r\n\0")


@dataclass
class ImapAccount:
    host: str
    port: int = 993
    security: str = "ssl"  # "ssl" | "starttls" | "none"
    user: str = ""
    folder: str = "INBOX"
    after_fetch: str = "leave"  # "leave" | "mark_seen" | "delete"

    def validate(self) -> list[Finding]:
        """Raise ValidationError (field -> fix) for anything wrong; return warnings to show."""
        errors: dict[str, str] = {}
        host = (self.host or "").strip()
        if not host:
            errors["host"] = translate("MailIntake", "Enter the IMAP server name, e.g. imap.example.org.")
        elif "://" in host or any(ch.isspace() for ch in host) or "/" in host:
            errors["host"] = translate(
                "MailIntake",
                "Enter only the server name (e.g. imap.example.org), without 'imap://' or spaces.",
            )
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            errors["port"] = translate(
                "MailIntake",
                "The port must be a number from 1 to 65535 (usually 993 for SSL, 143 for STARTTLS).",
            )
        if self.security not in IMAP_SECURITY_CHOICES:
            errors["security"] = translate("MailIntake", "Choose the security: ssl, starttls or none.")
        if not (self.user or "").strip():
            errors["user"] = translate("MailIntake", "Enter the user name of the mailbox.")
        elif not _one_line(self.user):
            errors["user"] = translate("MailIntake", "The user name must be on one line.")
        if not (self.folder or "").strip() or not _one_line(self.folder):
            errors["folder"] = translate(
                "MailIntake", "Enter the folder to read, on one line (usually INBOX)."
            )
        if self.after_fetch not in AFTER_FETCH_CHOICES:
            errors["after_fetch"] = translate(
                "MailIntake",
                "Choose what happens on the server after a message is taken in: leave, mark_seen or delete.",
            )
        if errors:
            raise ValidationError(errors)
        findings: list[Finding] = []
        if self.security == "none":
            findings.append(
                Finding(
                    "P-5",
                    Level.WARN,
                    translate(
                        "MailIntake",
                        "Without SSL or STARTTLS the password and every message cross the network unencrypted: "
                        "use 'none' only for a server on this computer or a trusted network.",
                    ),
                )
            )
        if self.after_fetch == "delete":
            findings.append(
                Finding(
                    "mailbox.after_fetch",  # a setting with consequences, not a procedure rule
                    Level.WARN,
                    translate(
                        "MailIntake",
                        "Messages will be deleted from the server once they are taken in: the desk then holds "
                        "the only copy.",
                    ),
                )
            )
        return findings

    @property
    def login(self) -> str:
        return (self.user or "").strip()

    @property
    def server(self) -> str:
        return f"{(self.host or '').strip()}:{self.port}"

    def keyring_key(self) -> str:
        """Key of this mailbox's password in ``commdesk.core.secrets``: ``imap:USER@HOST``."""
        return f"imap:{self.login}@{(self.host or '').strip().lower()}"


def store_imap_password(account: ImapAccount, password: str) -> bool:
    """Keep the password in the OS keyring; True when stored there, False when only for this session."""
    try:
        secrets.set_secret(account.keyring_key(), password)
        return True
    except secrets.KeyringUnavailable:
        secrets.session_secrets.set(account.keyring_key(), password)
        return False


def load_imap_password(account: ImapAccount) -> str | None:
    """The password from the keyring or this session's memory; None when none was given yet."""
    return secrets.lookup(account.keyring_key())

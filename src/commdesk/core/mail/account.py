"""The SMTP account the office sends from. The password is never a field here: it lives in the OS
keyring under ``keyring_key()`` (P-5), or for this session only when the computer has no keyring."""

from __future__ import annotations

from dataclasses import dataclass
from email.headerregistry import Address

from email_validator import EmailNotValidError, validate_email

from commdesk.core import secrets
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.rules import Finding, Level

SECURITY_CHOICES = ("starttls", "ssl", "none")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_PER_MINUTE = 30


def check_address(value: str, field: str) -> str:
    """The address normalised (domain lower case), or ValidationError naming ``field``. No network."""
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(
            {
                field: translate("Mail", "'{address}' is not a valid e-mail address ({reason}).").format(
                    address=value, reason=str(exc)
                )
            }
        ) from exc


def _one_line(value: str) -> bool:
    return not any(ch in value for ch in "\r\n\0")


@dataclass
class SmtpAccount:
    host: str
    port: int = 587
    security: str = "starttls"  # "starttls" | "ssl" | "none"
    user: str = ""  # empty: the server does not ask for a login
    sender_name: str = ""  # shown in From, e.g. "市场部 王芳"
    sender_address: str = ""
    reply_to: str = ""
    signature: str = ""  # appended to every mail (EM-3)
    per_minute: int = DEFAULT_PER_MINUTE  # messages per minute; 0 = no limit

    def validate(self) -> list[Finding]:
        """Raise ValidationError (field -> fix) for anything wrong; return warnings to show."""
        errors: dict[str, str] = {}
        host = (self.host or "").strip()
        if not host:
            errors["host"] = translate("Mail", "Enter the SMTP server name, e.g. smtp.example.org.")
        elif "://" in host or any(ch.isspace() for ch in host) or "/" in host:
            errors["host"] = translate(
                "Mail", "Enter only the server name (e.g. smtp.example.org), without 'smtp://' or spaces."
            )
        if isinstance(self.port, bool) or not isinstance(self.port, int) or not 1 <= self.port <= 65535:
            errors["port"] = translate(
                "Mail", "The port must be a number from 1 to 65535 (usually 587 for STARTTLS, 465 for SSL)."
            )
        if self.security not in SECURITY_CHOICES:
            errors["security"] = translate("Mail", "Choose the security: starttls, ssl or none.")
        if not _one_line(self.user):
            errors["user"] = translate("Mail", "The user name must be on one line.")
        if not _one_line(self.sender_name):
            errors["sender_name"] = translate("Mail", "The sender name must be on one line.")
        for field in ("sender_address", "reply_to"):
            value = (getattr(self, field) or "").strip()
            if not value:
                if field == "sender_address":
                    errors[field] = translate("Mail", "Enter the sender address people will reply to.")
                continue
            try:
                check_address(value, field)
            except ValidationError as exc:
                errors.update(exc.errors)
        if isinstance(self.per_minute, bool) or not isinstance(self.per_minute, int) or self.per_minute < 0:
            errors["per_minute"] = translate(
                "Mail", "The limit must be a whole number of messages per minute (0 for no limit)."
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
                        "Mail",
                        "Without STARTTLS or SSL the password and every mail cross the network unencrypted: "
                        "use 'none' only for a server on this computer or a trusted network.",
                    ),
                )
            )
        elif (self.security, self.port) in {("ssl", 587), ("starttls", 465)}:
            findings.append(
                Finding(
                    "P-2",
                    Level.WARN,
                    translate(
                        "Mail",
                        "Port {port} usually goes with {other}, not {security}: check the provider's "
                        "settings.",
                    ).format(
                        port=self.port,
                        security=self.security,
                        other="ssl" if self.port == 465 else "starttls",
                    ),
                )
            )
        return findings

    # -- derived values -------------------------------------------------------------------------
    @property
    def login(self) -> str:
        return (self.user or "").strip()

    @property
    def sender_domain(self) -> str:
        return (self.sender_address or "").rpartition("@")[2].strip().lower() or "localhost"

    def from_address(self) -> Address:
        return Address(display_name=(self.sender_name or "").strip(), addr_spec=self.sender_address.strip())

    def keyring_key(self) -> str:
        """Key of this account's password in ``commdesk.core.secrets``: ``smtp:USER@HOST``."""
        who = self.login or (self.sender_address or "").strip()
        return f"smtp:{who}@{(self.host or '').strip().lower()}"


def store_password(account: SmtpAccount, password: str) -> bool:
    """Keep the password in the OS keyring; True when stored there, False when only for this session."""
    try:
        secrets.set_secret(account.keyring_key(), password)
        return True
    except secrets.KeyringUnavailable:
        secrets.session_secrets.set(account.keyring_key(), password)
        return False


def load_password(account: SmtpAccount) -> str | None:
    """The password from the keyring or this session's memory; None when none was given yet."""
    return secrets.lookup(account.keyring_key())

"""The office's SMTP account: settings under ``mail.*``, the password only in the keyring (P-5).

The database holds host, port, security, user, sender, reply-to, signature and the per-minute limit;
the password goes to ``core.secrets`` (the OS keyring) under ``SmtpAccount.keyring_key()``, or, on a
computer without a keyring, into this process's memory only (``store_password`` returns False and
the caller says so). ``ca_file`` names a certificate file for servers signed by the organisation's
own certificate authority.
"""

from __future__ import annotations

import ssl
from dataclasses import asdict, fields, replace

from commdesk.core import secrets
from commdesk.core.domain.people import Role
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.mail.account import SmtpAccount, load_password, store_password
from commdesk.core.mail.transport import MailError, test_connection
from commdesk.core.rules import Finding
from commdesk.services.context import ServiceContext
from commdesk.services.settings import SettingsService

PREFIX = "mail."
_FIELDS = [f.name for f in fields(SmtpAccount)]


def _set_up_action() -> str:
    return translate("Mail", "set up the mail account")


class MailAccountService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def _settings(self) -> SettingsService:
        return self.ctx.service(SettingsService)

    # -- settings ---------------------------------------------------------------------------------
    def account(self) -> SmtpAccount | None:
        """The stored account, or None when nobody has set one up yet. Read once per context until
        the settings change (``ctx.cached``: on a server, or inside an intake's batch, where every
        acknowledgement asks for it); each caller gets its own copy to change."""
        account = self.ctx.cached("mail.account", {"settings"}, self._read_account)
        return None if account is None else replace(account)

    def _read_account(self) -> SmtpAccount | None:
        stored = self._settings.get_many(PREFIX)
        if not stored.get(PREFIX + "host"):
            return None
        values = {name: stored[PREFIX + name] for name in _FIELDS if PREFIX + name in stored}
        return SmtpAccount(**values)

    def require_account(self) -> SmtpAccount:
        account = self.account()
        if account is None:
            raise MailError(
                translate(
                    "Mail",
                    "No mail account is set up yet: enter the SMTP server in Outbox > Account, or run "
                    "'commdesk mail configure --host HOST --port PORT --security starttls --from ADDRESS'. "
                    "Without an account, save the messages as .eml files instead.",
                ),
                permanent=True,
            )
        return account

    def ca_file(self) -> str:
        return self._settings.get(PREFIX + "ca_file", "") or ""

    def may_set_up(self) -> str:
        """ "" when the acting person may set up the mail account now, else why not in words."""
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_set_up_action())

    def save_account(self, account: SmtpAccount, *, ca_file: str | None = None) -> list[Finding]:
        """Validate and store (administrators); returns warnings to show (e.g. no encryption)."""
        self.ctx.require(Role.ADMINISTRATOR, action=_set_up_action())
        account.host = (account.host or "").strip()
        account.sender_address = (account.sender_address or "").strip()
        account.reply_to = (account.reply_to or "").strip()
        account.user = (account.user or "").strip()
        findings = account.validate()
        values = {PREFIX + k: v for k, v in asdict(account).items()}
        if ca_file is not None:
            ca_file = ca_file.strip()
            if ca_file:
                try:
                    ssl.create_default_context(cafile=ca_file)
                except (OSError, ssl.SSLError) as exc:
                    raise ValidationError(
                        {
                            "ca_file": translate(
                                "Mail",
                                "The certificate file {path} cannot be read ({reason}): choose a PEM file.",
                            ).format(path=ca_file, reason=exc)
                        }
                    ) from exc
            values[PREFIX + "ca_file"] = ca_file
        self._settings.set_many(values)
        return findings

    # -- password ---------------------------------------------------------------------------------
    @staticmethod
    def keyring_available() -> bool:
        return secrets.available()

    def set_password(self, password: str) -> bool:
        """Store the password; True when in the OS keyring, False when for this session only."""
        self.ctx.require(
            Role.ADMINISTRATOR, Role.OFFICER, action=translate("Mail", "enter the mail password")
        )
        account = self.require_account()
        if not password:
            raise ValidationError({"password": translate("Mail", "Enter the password (it is not shown).")})
        return store_password(account, password)

    def password(self, account: SmtpAccount | None = None) -> str | None:
        return load_password(account or self.require_account())

    def has_password(self) -> bool:
        account = self.account()
        return account is not None and load_password(account) is not None

    def ssl_context(self) -> ssl.SSLContext:
        ca = self.ca_file()
        return ssl.create_default_context(cafile=ca) if ca else ssl.create_default_context()

    def test(
        self, account: SmtpAccount | None = None, password: str | None = None, *, ca_file: str | None = None
    ) -> str:
        """Connect, secure, log in and quit; the sentence to show, or MailError saying what failed.
        ``account``/``password`` test values not saved yet (the account dialog)."""
        account = account or self.require_account()
        if password is None:
            password = load_password(account)
        ca = self.ca_file() if ca_file is None else ca_file
        context = ssl.create_default_context(cafile=ca) if ca else ssl.create_default_context()
        return test_connection(account, password, ssl_context=context)

    test.__test__ = False  # type: ignore[attr-defined]

"""Fetching the feedback mailbox over IMAP (imap-tools): only new messages, by UID, read-only.

``fetch_new(account, password, cursor)`` connects with SSL/TLS, STARTTLS or (for a server on this
computer) no encryption, opens the folder read-only (EXAMINE, BODY.PEEK: nothing is marked or
deleted) and returns at most ``batch_size`` messages whose UID is above the cursor's, oldest first,
each parsed (``core.mail.incoming``) and with its raw bytes. The caller stores them and the new
cursor (``ImapCursor``: folder, UIDVALIDITY, last UID), then asks again while ``remaining``. When
the server's UIDVALIDITY differs from the cursor's (the folder was recreated or restored), UIDs
mean other messages: everything is fetched again (``uidvalidity_changed``) and the caller's
fingerprints keep each message stored once. A message larger than ``max_message_bytes`` is fetched
as headers only and comes back set aside with the reason. ``progress(done, total)`` is called per
message; a set ``cancel`` event raises ``Cancelled`` between messages (the cursor of the last batch
handed back stays valid).

``finish_fetched`` applies the account's ``after_fetch`` (mark as read, or delete) to messages the
caller has stored; "leave" changes nothing.

Errors are ``ImapError`` with one sentence for people (wrong password, unknown host, nothing
listening, certificate, TLS, missing folder, timeout); the password never appears in a message.
``MailboxFetchService`` keeps the account in settings (``mailbox.*``) and the password in the
keyring, as ``MailAccountService`` does for SMTP.
"""

from __future__ import annotations

import contextlib
import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, fields
from typing import Protocol

from commdesk.core import secrets
from commdesk.core.domain.people import Role
from commdesk.core.errors import Cancelled, CommdeskError, ValidationError
from commdesk.core.i18n import translate
from commdesk.core.mail.imap_account import ImapAccount, load_imap_password, store_imap_password
from commdesk.core.mail.incoming import MAX_MESSAGE_BYTES, IncomingMessage, parse_message
from commdesk.core.os_errors import os_problem
from commdesk.core.rules import Finding
from commdesk.services.context import ServiceContext
from commdesk.services.mail.account import MailAccountService
from commdesk.services.settings import SettingsService

DEFAULT_BATCH = 50
DEFAULT_TIMEOUT = 30.0
SETTINGS_PREFIX = "mailbox."
_FIELDS = [f.name for f in fields(ImapAccount)]


class ImapError(CommdeskError):
    """Fetching failed; the message says what happened and what to check. ``permanent``: trying again
    without changing something (password, settings) will not help."""

    def __init__(self, message: str, *, permanent: bool):
        super().__init__(message)
        self.permanent = permanent


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


@dataclass(frozen=True)
class ImapCursor:
    """Where the last fetch of a folder stopped; the caller stores it with the messages."""

    folder: str = "INBOX"
    uidvalidity: int | None = None
    last_uid: int = 0


@dataclass(frozen=True)
class FetchedMessage:
    uid: int
    raw: bytes  # as the server gave it (only the headers when the message was too large)
    message: IncomingMessage
    cursor: ImapCursor  # the cursor once this message (and those before it) are stored


@dataclass(frozen=True)
class FetchBatch:
    messages: tuple[FetchedMessage, ...]
    cursor: ImapCursor  # store it with the messages
    remaining: int  # new messages on the server beyond this batch: ask again while > 0
    uidvalidity_changed: bool = False  # the folder's UIDs were reset: everything was fetched again

    @property
    def more(self) -> bool:
        return self.remaining > 0


# ----------------------------------------------------------------------------------- connection
def _mailbox(account: ImapAccount, ssl_context: ssl.SSLContext | None, timeout: float):
    from imap_tools import MailBox, MailBoxStartTls, MailBoxUnencrypted

    host = (account.host or "").strip()
    context = ssl_context or ssl.create_default_context()
    if account.security == "ssl":
        return MailBox(host, account.port, timeout=timeout, ssl_context=context)
    if account.security == "starttls":
        return MailBoxStartTls(host, account.port, timeout=timeout, ssl_context=context)
    return MailBoxUnencrypted(host, account.port, timeout=timeout)


def _login(box, account: ImapAccount, password: str | None) -> None:
    user = account.login
    secret = password or ""
    if user.isascii() and secret.isascii():
        box.login(user, secret, initial_folder=None)
        return
    from imap_tools.errors import MailboxLoginError

    try:  # LOGIN is ASCII only; AUTHENTICATE PLAIN carries UTF-8
        box.login_utf8(user, secret, initial_folder=None)
    except imaplib.IMAP4.abort:
        raise
    except imaplib.IMAP4.error as exc:  # imaplib's own refusal: the same as a refused LOGIN
        raise MailboxLoginError(("NO", [str(exc).encode("utf-8", "replace")]), "OK") from None


def _words(exc: BaseException, password: str | None) -> str:
    return _scrubbed(str(exc) or type(exc).__name__, password)


def _scrubbed(text: str, password: str | None) -> str:
    if password:
        text = text.replace(password, "***")
    return text[:300]


def map_imap_error(exc: BaseException, account: ImapAccount, password: str | None = None) -> ImapError:
    """The ImapError that tells a person what went wrong with ``account`` and what to check."""
    from imap_tools import errors as imap_errors

    if isinstance(exc, ImapError):
        return exc
    server = account.server
    if isinstance(exc, imap_errors.MailboxLoginError):
        return ImapError(
            translate(
                "MailIntake",
                "The mail server {server} refused the user name or password for {user}: check them in the "
                "mailbox settings.",
            ).format(server=server, user=account.login),
            permanent=True,
        )
    if isinstance(exc, (imap_errors.MailboxFolderSelectError, imap_errors.MailboxFolderStatusError)):
        return ImapError(
            translate(
                "MailIntake",
                "The folder '{folder}' does not exist in the mailbox on {server}: check the folder name.",
            ).format(folder=account.folder, server=server),
            permanent=True,
        )
    if isinstance(exc, imap_errors.MailboxStarttlsError) or (
        isinstance(exc, imaplib.IMAP4.error) and "STARTTLS" in str(exc).upper()
    ):
        return ImapError(
            translate(
                "MailIntake",
                "The server {server} does not offer STARTTLS: choose SSL (usually port 993) in the mailbox settings.",
            ).format(server=server),
            permanent=True,
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ImapError(
            translate(
                "MailIntake",
                "The certificate of {server} is not trusted ({reason}): check the server name, or add the "
                "organisation's certificate file in the mail settings.",
            ).format(server=server, reason=exc.verify_message or _words(exc, password)),
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return ImapError(
            translate(
                "MailIntake",
                "The secure connection to {server} failed ({reason}): check that the security setting matches "
                "the port (usually SSL on 993, STARTTLS on 143).",
            ).format(server=server, reason=exc.reason or _words(exc, password)),
            permanent=True,
        )
    if isinstance(exc, socket.gaierror):
        return ImapError(
            translate(
                "MailIntake",
                "The server name {host} cannot be found: check the name and the network connection.",
            ).format(host=account.host),
            permanent=False,
        )
    if isinstance(exc, ConnectionRefusedError):
        return ImapError(
            translate(
                "MailIntake",
                "Nothing answers at {server}: check the server name and the port, and that the server is running.",
            ).format(server=server),
            permanent=False,
        )
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return ImapError(
            translate(
                "MailIntake", "The mail server {server} did not answer in time; try again later."
            ).format(server=server),
            permanent=False,
        )
    if isinstance(exc, imaplib.IMAP4.abort):
        return ImapError(
            translate(
                "MailIntake",
                "The mail server {server} closed the connection ({reason}); try again later. If it happens "
                "again, check that the security setting matches the port.",
            ).format(server=server, reason=_words(exc, password)),
            permanent=False,
        )
    if isinstance(exc, OSError):
        return ImapError(
            translate(
                "MailIntake",
                "Cannot reach the mail server {server} ({reason}): check the network, the server name and the port.",
            ).format(server=server, reason=_scrubbed(os_problem(exc), password)),
            permanent=False,
        )
    return ImapError(
        translate("MailIntake", "The mail server {server} answered with an error: {reason}").format(
            server=server, reason=_words(exc, password)
        ),
        permanent=False,
    )


def _expected_errors() -> tuple[type[BaseException], ...]:
    from imap_tools.errors import ImapToolsError

    return (ImapToolsError, imaplib.IMAP4.error, OSError, ValueError)


# ----------------------------------------------------------------------------------- fetching
_SIZE = re.compile(rb"UID (\d+)|RFC822\.SIZE (\d+)")


def _sizes(box, uids: list[int]) -> dict[int, int]:
    """UID -> size in bytes, one command for the batch."""
    if not uids:
        return {}
    from imap_tools.errors import MailboxFetchError
    from imap_tools.utils import check_command_status

    result = box.client.uid("fetch", ",".join(map(str, uids)), "(UID RFC822.SIZE)")
    check_command_status(result, MailboxFetchError)
    sizes: dict[int, int] = {}
    for item in result[1]:
        line = item[0] if isinstance(item, tuple) else item
        if not isinstance(line, bytes):
            continue
        uid = size = None
        for match in _SIZE.finditer(line):
            if match.group(1):
                uid = int(match.group(1))
            else:
                size = int(match.group(2))
        if uid is not None and size is not None:
            sizes[uid] = size
    return sizes


def _fetch_raw(box, uid: int, headers_only: bool) -> bytes | None:
    """One message's bytes (or its header), read without marking it; None when it is gone."""
    from imap_tools.errors import MailboxFetchError
    from imap_tools.utils import check_command_status

    what = "BODY.PEEK[HEADER]" if headers_only else "BODY.PEEK[]"
    result = box.client.uid("fetch", str(uid), f"(UID {what})")
    check_command_status(result, MailboxFetchError)
    for item in result[1]:
        if isinstance(item, tuple) and len(item) >= 2 and isinstance(item[1], bytes):
            head = item[0] if isinstance(item[0], bytes) else b""
            named = re.search(rb"UID (\d+)", head)
            if named is not None and int(named.group(1)) != uid:
                continue
            return item[1]
    return None


def fetch_new(
    account: ImapAccount,
    password: str | None,
    cursor: ImapCursor | None = None,
    *,
    batch_size: int = DEFAULT_BATCH,
    max_message_bytes: int = MAX_MESSAGE_BYTES,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelFlag | None = None,
) -> FetchBatch:
    """The next ``batch_size`` new messages of the account's folder, oldest first (see the module)."""
    cursor = cursor or ImapCursor(folder=account.folder)
    folder = (account.folder or "INBOX").strip()
    try:
        box = _mailbox(account, ssl_context, timeout)
    except _expected_errors() as exc:
        raise map_imap_error(exc, account, password) from None
    try:
        _login(box, account, password)
        status = box.folder.status(folder, ["UIDVALIDITY", "UIDNEXT", "MESSAGES"])
        box.folder.set(folder, readonly=True)  # EXAMINE: the server marks nothing
        uidvalidity = int(status["UIDVALIDITY"])
        known = cursor.uidvalidity is not None and cursor.folder == folder
        changed = known and cursor.uidvalidity != uidvalidity
        last = cursor.last_uid if known and not changed else 0
        found = box.uids(f"UID {last + 1}:*") if int(status.get("MESSAGES", 1)) else []
        new = sorted(u for u in (int(x) for x in found) if u > last)
        batch = new[: max(1, batch_size)]
        sizes = _sizes(box, batch)
        fetched: list[FetchedMessage] = []
        position = ImapCursor(folder, uidvalidity, last)
        for done, uid in enumerate(batch):
            if cancel is not None and cancel.is_set():
                raise Cancelled(translate("MailIntake", "Fetching the mailbox was stopped."))
            size = sizes.get(uid, 0)
            too_large = size > max_message_bytes
            raw = _fetch_raw(box, uid, headers_only=too_large)
            position = ImapCursor(folder, uidvalidity, uid)
            if raw is not None:  # None: deleted on the server meanwhile
                message = parse_message(raw, max_bytes=max_message_bytes, size=size if too_large else None)
                origin = translate("MailIntake", "{folder}, UID {uid}").format(folder=folder, uid=uid)
                fetched.append(FetchedMessage(uid, raw, message.with_origin(origin), position))
            if progress is not None:
                progress(done + 1, len(batch))
        return FetchBatch(tuple(fetched), position, len(new) - len(batch), changed)
    except Cancelled:
        raise
    except _expected_errors() as exc:
        raise map_imap_error(exc, account, password) from None
    finally:
        _close(box)


def _close(box) -> None:
    try:
        box.logout()
    except Exception:  # noqa: BLE001 - the connection may already be gone; nothing to tell anyone
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            box.client.shutdown()


def finish_fetched(
    account: ImapAccount,
    password: str | None,
    cursor: ImapCursor,
    uids: Iterable[int],
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> int:
    """Apply ``account.after_fetch`` to stored messages; how many were marked or deleted. Nothing is done
    when the folder's UIDVALIDITY is no longer the cursor's (the UIDs would name other messages)."""
    wanted = sorted({int(u) for u in uids})
    if account.after_fetch == "leave" or not wanted:
        return 0
    folder = (account.folder or "INBOX").strip()
    try:
        box = _mailbox(account, ssl_context, timeout)
    except _expected_errors() as exc:
        raise map_imap_error(exc, account, password) from None
    try:
        _login(box, account, password)
        status = box.folder.status(folder, ["UIDVALIDITY"])
        if cursor.folder != folder or int(status["UIDVALIDITY"]) != cursor.uidvalidity:
            return 0
        box.folder.set(folder)
        ids = [str(u) for u in wanted]
        if account.after_fetch == "mark_seen":
            box.flag(ids, ["\\Seen"], True)
        elif account.after_fetch == "delete":
            box.delete(ids)
        return len(wanted)
    except _expected_errors() as exc:
        raise map_imap_error(exc, account, password) from None
    finally:
        _close(box)


def test_imap_connection(
    account: ImapAccount,
    password: str | None,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 15.0,
) -> str:
    """Connect, log in, look at the folder and log out; the sentence to show, or ImapError."""
    folder = (account.folder or "INBOX").strip()
    try:
        box = _mailbox(account, ssl_context, timeout)
    except _expected_errors() as exc:
        raise map_imap_error(exc, account, password) from None
    try:
        _login(box, account, password)
        status = box.folder.status(folder, ["MESSAGES"])
    except _expected_errors() as exc:
        raise map_imap_error(exc, account, password) from None
    finally:
        _close(box)
    return translate(
        "MailIntake", "Connected to {server} as {user}: the folder '{folder}' holds {count} messages."
    ).format(server=account.server, user=account.login, folder=folder, count=int(status.get("MESSAGES", 0)))


test_imap_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


# ----------------------------------------------------------------------------------- the service
def _set_up_action() -> str:
    return translate("MailIntake", "set up the feedback mailbox")


class MailboxFetchService:
    """The feedback mailbox's account (settings ``mailbox.*``, password in the keyring) and fetching."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    @property
    def _settings(self) -> SettingsService:
        return self.ctx.service(SettingsService)

    def account(self) -> ImapAccount | None:
        """The stored mailbox, or None when nobody has set one up yet."""
        stored = self._settings.get_many(SETTINGS_PREFIX)
        if not stored.get(SETTINGS_PREFIX + "host"):
            return None
        values = {
            name: stored[SETTINGS_PREFIX + name] for name in _FIELDS if SETTINGS_PREFIX + name in stored
        }
        return ImapAccount(**values)

    def require_account(self) -> ImapAccount:
        account = self.account()
        if account is None:
            raise ImapError(
                translate(
                    "MailIntake",
                    "No feedback mailbox is set up yet: enter its IMAP server, user and folder in the settings. "
                    "Until then, take in .eml files or a web form's CSV export instead.",
                ),
                permanent=True,
            )
        return account

    def may_set_up(self) -> str:
        """ "" when the acting person may set up the mailbox now, else why not in words."""
        return self.ctx.refusal(Role.ADMINISTRATOR, action=_set_up_action())

    def save_account(self, account: ImapAccount) -> list[Finding]:
        """Validate and store (administrators); returns warnings to show."""
        self.ctx.require(Role.ADMINISTRATOR, action=_set_up_action())
        account.host = (account.host or "").strip()
        account.user = (account.user or "").strip()
        account.folder = (account.folder or "").strip()
        findings = account.validate()
        self._settings.set_many({SETTINGS_PREFIX + k: v for k, v in asdict(account).items()})
        return findings

    @staticmethod
    def keyring_available() -> bool:
        return secrets.available()

    def set_password(self, password: str) -> bool:
        """Store the password; True when in the OS keyring, False when for this session only."""
        self.ctx.require(
            Role.ADMINISTRATOR, Role.OFFICER, action=translate("MailIntake", "enter the mailbox password")
        )
        account = self.require_account()
        if not password:
            raise ValidationError(
                {"password": translate("MailIntake", "Enter the password (it is not shown).")}
            )
        return store_imap_password(account, password)

    def has_password(self) -> bool:
        account = self.account()
        return account is not None and load_imap_password(account) is not None

    def _password(self, account: ImapAccount) -> str:
        password = load_imap_password(account)
        if password is None:
            raise ImapError(
                translate(
                    "MailIntake",
                    "The password of the feedback mailbox ({user}) has not been entered yet: enter it first.",
                ).format(user=account.login),
                permanent=True,
            )
        return password

    def _ssl_context(self) -> ssl.SSLContext:
        return self.ctx.service(MailAccountService).ssl_context()

    def fetch(
        self,
        cursor: ImapCursor | None = None,
        *,
        batch_size: int = DEFAULT_BATCH,
        progress: Callable[[int, int], None] | None = None,
        cancel: CancelFlag | None = None,
    ) -> FetchBatch:
        """The next batch of new messages (officers and administrators); see ``fetch_new``."""
        self.ctx.require(
            Role.ADMINISTRATOR, Role.OFFICER, action=translate("MailIntake", "fetch the feedback mailbox")
        )
        account = self.require_account()
        return fetch_new(
            account,
            self._password(account),
            cursor,
            batch_size=batch_size,
            ssl_context=self._ssl_context(),
            progress=progress,
            cancel=cancel,
        )

    def finish(self, cursor: ImapCursor, uids: Iterable[int]) -> int:
        """Mark as read or delete stored messages on the server, as the account says (default: nothing)."""
        self.ctx.require(
            Role.ADMINISTRATOR, Role.OFFICER, action=translate("MailIntake", "fetch the feedback mailbox")
        )
        account = self.require_account()
        if account.after_fetch == "leave":
            return 0
        return finish_fetched(account, self._password(account), cursor, uids, ssl_context=self._ssl_context())

    def test(self, account: ImapAccount | None = None, password: str | None = None) -> str:
        """Connect and log in with the stored (or given, not yet saved) account; the sentence to show."""
        account = account or self.require_account()
        if password is None:
            password = self._password(account)
        return test_imap_connection(account, password, ssl_context=self._ssl_context())

    test.__test__ = False  # type: ignore[attr-defined]

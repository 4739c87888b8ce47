"""Sending over SMTP (STARTTLS, SSL/TLS or plain), with errors an outbox can act on.

``MailError.permanent`` says whether trying again can help: 5xx replies, refused passwords and
untrusted certificates are permanent; 4xx replies, timeouts and unreachable servers are temporary
(retry with ``Backoff``). ``MailError.uncertain`` is set when the connection broke after the whole
message was handed over but before the server's answer came: the server may have accepted it, so an
outbox must not send it again on its own. Every message is one clear, translated sentence.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import datetime as dt
import io
import smtplib
import socket
import ssl
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from email.generator import BytesGenerator
from email.message import EmailMessage
from email.utils import getaddresses

from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate
from commdesk.core.mail.account import SmtpAccount
from commdesk.core.os_errors import os_problem


class MailError(CommdeskError):
    def __init__(self, message: str, *, permanent: bool, code: int | None = None, reply: str = ""):
        super().__init__(message)
        self.permanent = permanent
        self.code = code
        self.reply = reply  # the server's own words, for the outbox's "reason" column
        self.uncertain = False  # the message may have been delivered (answer to DATA lost)


@dataclass(frozen=True)
class SendResult:
    reply: str  # e.g. "250 2.0.0 Ok: queued as 4Q9..."
    refused: dict[str, tuple[int, str]] = field(default_factory=dict)  # recipients the server refused

    def __str__(self) -> str:
        return self.reply


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _reply_error(code: int, reply: str, what: str) -> MailError:
    permanent = code >= 500
    if permanent:
        message = translate("Mail", "The mail server refused {what}: {reply}").format(what=what, reply=reply)
    else:
        message = translate(
            "Mail",
            "The mail server is busy or unavailable for {what} ({reply}); commdesk will try again later.",
        ).format(what=what, reply=reply)
    return MailError(message, permanent=permanent, code=code, reply=f"{code} {reply}")


def map_error(exc: BaseException, account: SmtpAccount) -> MailError:
    """The MailError that tells the user what happened with ``account`` and whether to retry."""
    where = f"{account.host}:{account.port}"
    if isinstance(exc, MailError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return MailError(
            translate(
                "Mail",
                "The server refused the password for {user}: check it with 'commdesk mail set-password'.",
            ).format(user=account.login),
            permanent=exc.smtp_code >= 500,
            code=exc.smtp_code,
            reply=_text(exc.smtp_error),
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return MailError(
            translate(
                "Mail",
                "The server {server} does not offer what the account settings ask for ({reason}): check "
                "the security setting and the user name.",
            ).format(server=where, reason=str(exc)),
            permanent=True,
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return _reply_error(
            exc.smtp_code,
            _text(exc.smtp_error),
            translate("Mail", "the sender address {address}").format(address=exc.sender),
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [c for c, _ in exc.recipients.values()]
        first_code, first_text = next(iter(exc.recipients.values()), (550, b""))
        err = _reply_error(
            first_code,
            _text(first_text),
            translate("Mail", "all recipients ({addresses})").format(addresses=", ".join(exc.recipients)),
        )
        err.permanent = all(c >= 500 for c in codes)
        return err
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(
            translate(
                "Mail", "The server {server} closed the connection; commdesk will try again later."
            ).format(server=where),
            permanent=False,
        )
    if isinstance(exc, smtplib.SMTPResponseException):
        return _reply_error(exc.smtp_code, _text(exc.smtp_error), translate("Mail", "the message"))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return MailError(
            translate(
                "Mail",
                "The certificate of {server} is not trusted ({reason}): check the server name, or ask "
                "the provider.",
            ).format(server=where, reason=exc.verify_message or str(exc)),
            permanent=True,
        )
    if isinstance(exc, ssl.SSLError):
        return MailError(
            translate(
                "Mail",
                "The secure connection to {server} failed ({reason}): check that the security setting "
                "matches the port (usually STARTTLS on 587, SSL on 465).",
            ).format(server=where, reason=exc.reason or str(exc)),
            permanent=True,
        )
    if isinstance(exc, socket.gaierror):
        return MailError(
            translate(
                "Mail", "The server name {host} cannot be found: check the name and the network connection."
            ).format(host=account.host),
            permanent=False,
        )
    if isinstance(exc, (TimeoutError, socket.timeout)):
        return MailError(
            translate(
                "Mail", "The server {server} did not answer in time; commdesk will try again later."
            ).format(server=where),
            permanent=False,
        )
    if isinstance(exc, (OSError, smtplib.SMTPException)):
        return MailError(
            translate(
                "Mail",
                "Cannot reach the mail server {server} ({reason}): check the network, host and port; "
                "commdesk will try again later.",
            ).format(server=where, reason=os_problem(exc) if isinstance(exc, OSError) else str(exc)),
            permanent=False,
        )
    raise exc


def envelope(msg: EmailMessage, account: SmtpAccount | None = None) -> tuple[str, list[str]]:
    """(envelope sender, envelope recipients): bounces go to the account's address; To, Cc and Bcc."""
    sender = (account.sender_address.strip() if account and account.sender_address else "") or next(
        (a for _, a in getaddresses(msg.get_all("Sender", []) or msg.get_all("From", []))), ""
    )
    seen: set[str] = set()
    rcpts: list[str] = []
    for _, addr in getaddresses([str(v) for h in ("To", "Cc", "Bcc") for v in msg.get_all(h, [])]):
        if addr and addr.casefold() not in seen:
            seen.add(addr.casefold())
            rcpts.append(addr)
    return sender, rcpts


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN, else AUTH LOGIN: once. (smtplib's ``login`` encodes as ASCII, so a password such as
    "口令2023" fails, and after a refusal it tries the next mechanism with the same wrong password,
    which some servers count towards locking the account.) Credentials travel as UTF-8 (RFC 4616)."""
    if not smtp.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    methods = smtp.esmtp_features["auth"].upper().split()

    def b64(raw: bytes) -> str:
        return base64.b64encode(raw).decode("ascii")

    if "PLAIN" in methods:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(b"\0" + user.encode() + b"\0" + password.encode()))
    elif "LOGIN" in methods:
        code, reply = smtp.docmd("AUTH", "LOGIN")
        if code == 334:
            code, reply = smtp.docmd(b64(user.encode()))
        if code == 334:
            code, reply = smtp.docmd(b64(password.encode()))
    else:
        raise smtplib.SMTPNotSupportedError(
            "No suitable authentication method found (the server offers: " + " ".join(methods) + ")."
        )
    if code not in (235, 503):  # 503: already authenticated
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpTransport:
    """``with SmtpTransport(account, password) as t: t.send(msg)``. One connection, many messages."""

    def __init__(
        self,
        account: SmtpAccount,
        password: str | None = None,
        *,
        ssl_context: ssl.SSLContext | None = None,
        timeout: float = 30.0,
        local_hostname: str | None = None,
    ):
        self.account = account
        self._password = password
        self._context = ssl_context
        self._timeout = timeout
        self._local_hostname = local_hostname
        self._smtp: smtplib.SMTP | None = None
        self.greeting = ""

    def __repr__(self) -> str:  # never shows the password
        return f"SmtpTransport({self.account.host}:{self.account.port}, {self.account.security})"

    def _ssl_context(self) -> ssl.SSLContext:
        return self._context or ssl.create_default_context()

    def open(self) -> SmtpTransport:
        acc = self.account
        try:
            if acc.security == "ssl":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    acc.host,
                    acc.port,
                    local_hostname=self._local_hostname,
                    timeout=self._timeout,
                    context=self._ssl_context(),
                )
            else:
                smtp = smtplib.SMTP(
                    acc.host, acc.port, local_hostname=self._local_hostname, timeout=self._timeout
                )
            self._smtp = smtp
            _code, reply = smtp.ehlo()
            self.greeting = _text(reply)
            if acc.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailError(
                        translate(
                            "Mail",
                            "The server {server} does not offer STARTTLS: choose SSL (usually port 465) or "
                            "ask the provider for the right settings.",
                        ).format(server=f"{acc.host}:{acc.port}"),
                        permanent=True,
                    )
                smtp.starttls(context=self._ssl_context())
                smtp.ehlo()
            if acc.login:
                if not self._password:
                    raise MailError(
                        translate(
                            "Mail",
                            "No password is stored for {user}: set it with 'commdesk mail set-password'.",
                        ).format(user=acc.login),
                        permanent=True,
                    )
                _login(smtp, acc.login, self._password)
        except BaseException as exc:
            self.close()
            if isinstance(exc, (OSError, smtplib.SMTPException, MailError)):
                raise map_error(exc, acc) from exc
            raise
        return self

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def __enter__(self) -> SmtpTransport:
        return self.open()

    def __exit__(self, *exc_info) -> None:
        self.close()

    def noop(self) -> str:
        smtp = self._require()
        try:
            code, reply = smtp.noop()
        except (OSError, smtplib.SMTPException) as exc:
            raise map_error(exc, self.account) from exc
        return f"{code} {_text(reply)}"

    def _require(self) -> smtplib.SMTP:
        if self._smtp is None:
            raise MailError(translate("Mail", "Not connected to the mail server."), permanent=False)
        return self._smtp

    def send(self, msg: EmailMessage) -> SendResult:
        """Deliver one message; Bcc is used for the envelope and never transmitted."""
        smtp = self._require()
        sender, rcpts = envelope(msg, self.account)
        if not rcpts:
            raise MailError(translate("Mail", "The message has no recipients."), permanent=True)
        wire = copy.copy(msg)
        del wire["Bcc"]
        del wire["Resent-Bcc"]
        needs_utf8 = not (sender.isascii() and all(r.isascii() for r in rcpts))
        options: list[str] = []
        if needs_utf8:
            if not smtp.has_extn("smtputf8"):
                raise MailError(
                    translate(
                        "Mail",
                        "The server does not accept addresses with non-Latin characters (SMTPUTF8); use "
                        "an ASCII address for {addresses}.",
                    ).format(addresses=", ".join(a for a in [sender, *rcpts] if not a.isascii())),
                    permanent=True,
                )
            options = ["SMTPUTF8", "BODY=8BITMIME"]
        buf = io.BytesIO()
        wire_policy = msg.policy.clone(linesep="\r\n", utf8=needs_utf8)  # type: ignore[call-arg]  # EmailPolicy has utf8
        BytesGenerator(buf, policy=wire_policy).flatten(wire)
        in_data = False
        try:
            code, reply = smtp.mail(sender, options)
            if code != 250:
                raise smtplib.SMTPSenderRefused(code, reply, sender)
            refused: dict[str, tuple[int, str]] = {}
            for r in rcpts:
                code, reply = smtp.rcpt(r)
                if code not in (250, 251):
                    refused[r] = (code, _text(reply))
            if len(refused) == len(rcpts):
                raise smtplib.SMTPRecipientsRefused({k: (c, t.encode()) for k, (c, t) in refused.items()})
            in_data = True
            code, reply = smtp.data(buf.getvalue())
            if code != 250:
                raise smtplib.SMTPDataError(code, reply)
        except (OSError, smtplib.SMTPException) as exc:
            if not isinstance(exc, smtplib.SMTPServerDisconnected):
                with contextlib.suppress(OSError, smtplib.SMTPException):
                    smtp.rset()
            error = map_error(exc, self.account)
            # A reply (even a refusal) is certain; silence after the data is not.
            error.uncertain = in_data and not isinstance(exc, smtplib.SMTPResponseException)
            raise error from exc
        return SendResult(f"{code} {_text(reply)}", refused)


def test_connection(
    account: SmtpAccount,
    password: str | None = None,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 15.0,
) -> str:
    """Connect, secure, log in, NOOP and quit; the sentence to show on success, MailError otherwise."""
    with SmtpTransport(account, password, ssl_context=ssl_context, timeout=timeout) as t:
        t.noop()
    how = {"starttls": "STARTTLS", "ssl": "SSL/TLS", "none": translate("Mail", "no encryption")}[
        account.security
    ]
    if account.login:
        return translate("Mail", "Connected to {server} ({how}) and logged in as {user}.").format(
            server=f"{account.host}:{account.port}", how=how, user=account.login
        )
    return translate("Mail", "Connected to {server} ({how}).").format(
        server=f"{account.host}:{account.port}", how=how
    )


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


class RateLimiter:
    """At most ``per_minute`` sends in any 60 seconds (0 or None: no limit). Thread-safe."""

    def __init__(
        self,
        per_minute: int | None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.per_minute = per_minute or 0
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._lock = threading.Lock()

    def delay(self) -> float:
        """Seconds until the next send is allowed (0 when it may go now)."""
        if not self.per_minute:
            return 0.0
        with self._lock:
            now = self._clock()
            while self._sent and now - self._sent[0] >= 60.0:
                self._sent.popleft()
            if len(self._sent) < self.per_minute:
                return 0.0
            return max(0.0, 60.0 - (now - self._sent[0]))

    def record(self) -> None:
        if self.per_minute:
            with self._lock:
                self._sent.append(self._clock())

    def wait(self) -> None:
        """Block until a send is allowed, then count it. Workers that must stay cancellable use
        ``delay()`` and ``record()`` themselves."""
        while (pause := self.delay()) > 0:
            self._sleep(pause)
        self.record()


@dataclass(frozen=True)
class Backoff:
    """Retry schedule for temporary failures: after the 1st failure wait 1 min, then 5, 15, 60, 60 ..."""

    delays: tuple[dt.timedelta, ...] = (
        dt.timedelta(minutes=1),
        dt.timedelta(minutes=5),
        dt.timedelta(minutes=15),
        dt.timedelta(minutes=60),
    )
    max_attempts: int = 8  # attempts in all, the first one included

    def delay(self, failures: int) -> dt.timedelta:
        if failures < 1:
            return dt.timedelta(0)
        return self.delays[min(failures, len(self.delays)) - 1]

    def should_retry(self, error: MailError, failures: int) -> bool:
        return not error.permanent and failures < self.max_attempts

    def next_attempt(self, failures: int, now: dt.datetime) -> dt.datetime:
        return now + self.delay(failures)

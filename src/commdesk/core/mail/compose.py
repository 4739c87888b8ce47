"""Build the messages commdesk sends, by the procedure (EM-1..EM-3).

``check(draft, account)`` returns every finding before anything is sent; ``compose(draft, account)``
returns the ready ``EmailMessage``s, each with its Message-ID already set, so the outbox can record it
before sending and recognise it after a crash. Delivery:

* ``Delivery.PERSONAL``: one message per recipient, placeholders filled in (mail merge);
* ``Delivery.BCC``: one message to the sender with every recipient in Bcc (no personalisation);
* ``Delivery.DIRECT``: an ordinary mail, recipients in To and ``cc`` in Cc (minutes to participants).

The first two are bulk sends: no recipient ever sees another (EM-2).

Placeholders. Only a personalised draft's subject and text are templates: they are filled in for
each recipient, and a name the mail merge does not know, or one written wrongly, stops it. A Bcc or
ordinary mail is sent as written, nothing in it is filled in:

* ``Draft.literal``: the text is final: a template already filled in (a case's acknowledgement,
  a canned answer), words the program put together from records (an invitation, a release), or
  what a person typed or quoted (an answer quoting the customer's "{{ name }}"). Nothing in it is
  read as a placeholder.
* otherwise (a person writing a mail in the compose window), a ``{{ name }}`` the mail merge
  would fill in (``known_placeholders``): in a Bcc mail, a bulk send, it is a merge template sent
  without the merge, refused until personalisation is switched on or the placeholder removed; in
  an ordinary mail, a conversation where the other side's words are quoted, a warning (EM-2) says
  it goes as written, and it is sent with the reason. Other braces (``{{ 活动 }}``, a quoted
  ``{%``) are text in both.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from typing import Any

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.mail.account import SmtpAccount, check_address
from commdesk.core.mail.attachment import Attachment, check_attachments
from commdesk.core.mail.incoming import _HeaderClasses
from commdesk.core.mail.merge import MergeTemplate, Recipient, known_placeholders
from commdesk.core.mail.subject import clean_line
from commdesk.core.rules import Finding, Level
from commdesk.core.rules.mail import em_1, em_2


class _MailPolicy(EmailPolicy):
    """``policy.SMTP`` with address lists folded one address at a time.

    Python before 3.11.9/3.12.3 (gh-100884) can fold a list of Chinese display names into
    ``=?utf-8?q?=2C?=``, which readers do not see as a comma: recipients vanish from the To line.
    """

    def _fold(self, name, value, refold_binary=False):
        addresses = getattr(value, "addresses", None)
        if not addresses or len(addresses) < 2 or any(g.display_name for g in getattr(value, "groups", ())):
            return super()._fold(name, value, refold_binary)  # type: ignore[misc]  # EmailPolicy's own folding
        lines = []
        for address in addresses:
            one = super()._fold(name, self.header_factory(name, str(address)), refold_binary)  # type: ignore[misc]
            lines.append(one[len(name) + 2 :].rstrip("\r\n"))
        return f"{name}: " + ("," + self.linesep + " ").join(lines) + self.linesep


# Each header name's class made once (``_HeaderClasses``): Python's registry makes a new class
# for every header set on a message, a large part of composing one.
MAIL_POLICY = _MailPolicy(linesep="\r\n", header_factory=_HeaderClasses())
SIGNATURE_SEPARATOR = "-- "  # RFC 3676: mail programs recognise and fold what follows
USER_AGENT = "commdesk"


class Delivery(str, enum.Enum):
    PERSONAL = "personal"
    BCC = "bcc"
    DIRECT = "direct"

    @property
    def bulk(self) -> bool:
        return self is not Delivery.DIRECT


@dataclass(frozen=True)
class CalendarInvite:
    """An iCalendar text (from the meetings module), sent as a text/calendar part and as invite.ics."""

    ics: str | bytes
    filename: str = "invite.ics"

    @property
    def text(self) -> str:
        return self.ics.decode("utf-8") if isinstance(self.ics, bytes) else self.ics

    @property
    def method(self) -> str:
        found = re.search(r"^METHOD:([A-Za-z-]+)\s*$", self.text, re.MULTILINE)
        return found.group(1).upper() if found else "REQUEST"


@dataclass
class Draft:
    subject: str  # may hold placeholders when PERSONAL
    body: str  # plain text; placeholders when PERSONAL
    recipients: Sequence[Recipient]
    delivery: Delivery = Delivery.PERSONAL
    cc: Sequence[str] = ()  # DIRECT only
    attachments: Sequence[Attachment] = ()
    invite: CalendarInvite | None = None
    embargo: str | None = None  # notice shown above the text, e.g. "禁发至 ..."
    headers: dict[str, str] = field(default_factory=dict)  # extra headers, e.g. List-Unsubscribe
    signature: str | None = None  # None: the account's; else this one (who wrote it, the desk)
    # the text is final (filled in, built from records, typed or quoted): never read for
    # placeholders; a Bcc or ordinary mail only (a personalised one is a template by its nature)
    literal: bool = False

    def __post_init__(self) -> None:
        if self.literal and self.delivery is Delivery.PERSONAL:
            raise ValueError("a personalised draft is a template; give literal text as a recipient's field")


@dataclass(frozen=True)
class ComposedMail:
    message: EmailMessage
    message_id: str
    envelope_to: tuple[str, ...]  # who the server is asked to deliver to
    recipient_keys: tuple[Any, ...]  # Recipient.key of everyone this message reaches


# -- checks --------------------------------------------------------------------------------------


def _unique(recipients: Sequence[Recipient]) -> tuple[list[Recipient], int]:
    seen: set[str] = set()
    kept: list[Recipient] = []
    for r in recipients:
        k = (r.address or "").strip().casefold()
        if k not in seen:
            seen.add(k)
            kept.append(r)
    return kept, len(recipients) - len(kept)


def _templates(draft: Draft) -> tuple[MergeTemplate, MergeTemplate]:
    errors: dict[str, str] = {}
    found: list[MergeTemplate] = []
    for text, where in ((draft.subject, "subject"), (draft.body, "body")):
        try:
            found.append(MergeTemplate(text, where))
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return found[0], found[1]


# ``{{ name`` as a person writes a placeholder (the first name of what is between the braces)
_PLACEHOLDER_LIKE = re.compile(r"\{\{-?\s*([A-Za-z_][A-Za-z0-9_]*)")


def written_placeholders(text: str) -> set[str]:
    """The names a text that is sent as written holds the way a placeholder is written
    (``{{ name }}``), without reading it as a template: a quoted ``{%`` or an unclosed ``{{`` is
    text, not an error."""
    return set(_PLACEHOLDER_LIKE.findall(text or ""))


def _unfilled(draft: Draft, recipients: Sequence[Recipient]) -> list[Finding]:
    """EM-2 for a Bcc or ordinary mail a person wrote: the placeholders the mail merge would fill
    in, sent as written: refused in a Bcc mail, a warning in an ordinary one (the module's words)."""
    if draft.literal:
        return []
    names = (written_placeholders(draft.subject) | written_placeholders(draft.body)) & known_placeholders(
        recipients
    )
    if not names:
        return []
    written = ", ".join("{{ " + n + " }}" for n in sorted(names))
    if draft.delivery is Delivery.BCC:
        return [
            Finding(
                "EM-2",
                Level.BLOCK,
                translate(
                    "Mail",
                    "Placeholders ({names}) need one personalised message per recipient: switch on "
                    "personalisation or remove them.",
                ).format(names=written),
            )
        ]
    return [
        Finding(
            "EM-2",
            Level.WARN,
            translate(
                "Mail",
                "{names} will be sent as written: only one personalised message per recipient fills "
                "placeholders in. Switch on personalisation, or send it as it is if the text quotes them.",
            ).format(names=written),
        )
    ]


def check(draft: Draft, account: SmtpAccount) -> list[Finding]:
    """Everything the user should see before sending: BLOCK findings stop ``compose``."""
    findings: list[Finding] = []
    recipients, duplicates = _unique(draft.recipients)
    personal = draft.delivery is Delivery.PERSONAL
    used: set[str] = set()
    if personal:  # the subject and text are templates: read as such, each name known
        try:
            subject_t, body_t = _templates(draft)
        except ValidationError as exc:
            return [Finding("EM-3", Level.BLOCK, msg) for msg in exc.errors.values()]
        used = subject_t.names | body_t.names
    else:
        findings += _unfilled(draft, recipients)
    unknown = used - known_placeholders(recipients)
    if unknown:
        findings.append(
            Finding(
                "EM-3",
                Level.BLOCK,
                translate("Mail", "Unknown placeholders: {names}. Available: {known}.").format(
                    names=", ".join(sorted(unknown)), known=", ".join(sorted(known_placeholders(recipients)))
                ),
            )
        )
    elif personal:
        for name in sorted(used):
            empty = [r.address for r in recipients if not str(r.context().get(name, "")).strip()]
            if empty:
                findings.append(
                    Finding(
                        "EM-3",
                        Level.WARN,
                        translate(
                            "Mail",
                            "%n recipient(s) have no value for {{{{ {name} }}}}: {addresses}.",
                            None,
                            len(empty),
                        ).format(
                            name=name,
                            addresses=", ".join(empty[:5]) + (" ..." if len(empty) > 5 else ""),
                        ),
                    )
                )
    bad = []
    for r in recipients:
        try:
            check_address((r.address or "").strip(), "recipient")
        except ValidationError:
            bad.append(r.address or "''")
    if bad:
        findings.append(
            Finding(
                "EM-2",
                Level.BLOCK,
                translate(
                    "Mail", "These addresses are not valid, correct or remove them: {addresses}."
                ).format(addresses=", ".join(bad)),
            )
        )
    if duplicates:
        findings.append(
            Finding(
                "EM-2",
                Level.OK,
                translate(
                    "Mail", "{count} address(es) appear twice; each person receives the mail once."
                ).format(count=duplicates),
            )
        )
    findings += em_1(
        subject_t.render(recipients[0].context(account.sender_name))
        if (recipients and not unknown and personal)
        else draft.subject
    )
    findings += _em_2(draft, account, recipients)
    findings += check_attachments(draft.body, list(draft.attachments))
    if draft.signature is None and not (account.signature or "").strip():  # a draft may sign itself
        findings.append(
            Finding(
                "EM-3",
                Level.OK,
                translate(
                    "Mail",
                    "Tip: add your signature in the mail account settings; it is appended to every mail.",
                ),
            )
        )
    return findings


def _em_2(draft: Draft, account: SmtpAccount, recipients: list[Recipient]) -> list[Finding]:
    addresses = [r.address for r in recipients]
    if draft.delivery is Delivery.PERSONAL:
        return em_2(addresses[:1], draft.cc, None, bulk=True) if addresses else em_2([], None, None, True)
    if draft.delivery is Delivery.BCC:
        return em_2([account.sender_address], draft.cc, addresses, bulk=True, sender=account.sender_address)
    return em_2(addresses, draft.cc, None, bulk=False)


# -- composing -----------------------------------------------------------------------------------


def _text_cte(text: str) -> str:
    simple = text.isascii() and all(len(line) <= 900 for line in text.splitlines())
    return "7bit" if simple else "base64"


def embargo_block(notice: str) -> str:
    rule = "=" * 40
    return f"{rule}\n{notice.strip()}\n{rule}"


def body_text(body: str, signature: str = "", embargo: str | None = None) -> str:
    """Embargo notice first, then the text, then the signature after the standard separator (EM-3)."""
    parts = []
    if embargo and embargo.strip():
        parts.append(embargo_block(embargo))
    text = (body or "").replace("\r\n", "\n").rstrip()
    parts.append(text)
    signature = (signature or "").replace("\r\n", "\n").strip()
    if signature and not text.endswith(signature):
        parts.append(f"{SIGNATURE_SEPARATOR}\n{signature}")
    return "\n\n".join(p for p in parts if p) + "\n"


def _signature(draft: Draft, account: SmtpAccount) -> str:
    return account.signature if draft.signature is None else draft.signature


def _address(value: str, name: str = "") -> Address:
    return Address(display_name=clean_line(name), addr_spec=value.strip())


def _message(
    draft: Draft, account: SmtpAccount, subject: str, text: str, now: dt.datetime, addressing: dict[str, Any]
) -> EmailMessage:
    msg = EmailMessage(policy=MAIL_POLICY)
    msg["From"] = account.from_address()
    msg["Subject"] = clean_line(subject)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain=account.sender_domain)
    if (account.reply_to or "").strip():
        msg["Reply-To"] = _address(account.reply_to)
    for name, value in addressing.items():
        msg[name] = value
    msg["User-Agent"] = USER_AGENT
    for name, value in draft.headers.items():
        msg[name] = clean_line(value)
    msg.set_content(text, cte=_text_cte(text))
    if draft.invite is not None:
        ics = draft.invite.text
        msg.add_alternative(
            ics,
            subtype="calendar",
            charset="UTF-8",
            cte=_text_cte(ics),
            params={"method": draft.invite.method},
        )
    for a in draft.attachments:
        maintype, subtype = a.content_type
        # RFC 2231 file name in Content-Disposition, and as "name" for older mail programs
        msg.add_attachment(
            a.data, maintype=maintype, subtype=subtype, filename=a.name, params={"name": a.name}
        )
    if draft.invite is not None:
        msg.add_attachment(
            draft.invite.text.encode("utf-8"),
            maintype="application",
            subtype="ics",
            filename=draft.invite.filename,
        )
    return msg


def compose(draft: Draft, account: SmtpAccount, *, now: dt.datetime | None = None) -> list[ComposedMail]:
    """The messages for ``draft``; ValidationError when ``check`` finds anything blocking."""
    blocking = [f for f in check(draft, account) if f.blocking]
    if blocking:
        raise ValidationError({"draft": " ".join(f.message for f in blocking)})
    now = now or dt.datetime.now(dt.UTC)  # callers give the office's time (OutboxService.now_here)
    recipients, _ = _unique(draft.recipients)
    out: list[ComposedMail] = []
    if draft.delivery is Delivery.PERSONAL:
        subject_t, body_t = _templates(draft)
        # A field some recipients have and others lack is empty for the latter (check() warns).
        blank = dict.fromkeys(known_placeholders(recipients), "")
        for r in recipients:
            ctx = blank | r.context(account.sender_name)
            text = body_text(body_t.render(ctx), _signature(draft, account), draft.embargo)
            own = {name: clean_line(value) for name, value in r.headers.items()}
            msg = _message(
                draft, account, subject_t.render(ctx), text, now, {"To": _address(r.address, r.name), **own}
            )
            out.append(ComposedMail(msg, msg["Message-ID"], (r.address.strip(),), (r.key,)))
        return out
    text = body_text(draft.body, _signature(draft, account), draft.embargo)
    addressing: dict[str, Any]
    if draft.delivery is Delivery.BCC:
        addressing = {"To": account.from_address(), "Bcc": [_address(r.address) for r in recipients]}
        envelope = (account.sender_address.strip(), *tuple(r.address.strip() for r in recipients))
    else:
        addressing = {"To": [_address(r.address, r.name) for r in recipients]}
        if draft.cc:
            addressing["Cc"] = [_address(a) for a in draft.cc]
        envelope = tuple(r.address.strip() for r in recipients) + tuple(a.strip() for a in draft.cc)
    msg = _message(draft, account, draft.subject, text, now, addressing)
    out.append(ComposedMail(msg, msg["Message-ID"], envelope, tuple(r.key for r in recipients)))
    return out


def to_eml_bytes(msg: EmailMessage, *, unsent: bool = False) -> bytes:
    """The message as an ``.eml`` file any mail program opens; ``unsent`` marks it as a draft to send
    (``X-Unsent: 1``, which Outlook opens as a new mail)."""
    if unsent and msg["X-Unsent"] is None:
        msg = copy.deepcopy(msg)
        msg["X-Unsent"] = "1"
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))

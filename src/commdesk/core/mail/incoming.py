"""One received mail message (RFC 5322 bytes) as a record the feedback desk can use, whatever state
it arrives in.

``parse_message(raw)`` never raises: a message is either readable (``set_aside == ""``, perhaps with
``problems`` saying what was repaired) or set aside with the reason (empty input, not a mail message,
too large to read, or a parser failure). What it does with bad input:

- **Charsets**: GB2312/GBK declared are read as GB18030, Big5 as Big5-HKSCS (then CP950), 8-bit text
  without a charset as UTF-8, else GB18030 unless it is clearly Big5, else Big5; what still cannot
  be read is replaced and the problem says so (``core.mail.charsets``). Subjects and names in RFC
  2047 encoded words or raw 8-bit bytes are decoded the same way.
- **Broken MIME**: a multipart whose boundary is missing or wrong is split again at the boundary the
  body really uses; when none is found its raw text is shown. Damaged base64 or quoted-printable
  is decoded as far as it goes.
- **HTML only**: converted to plain text without interpreting it (``core.mail.html_text``).
- **Attachments**: file name (decoded), type, size and SHA-256; the content is kept up to
  ``attachment_cap`` bytes, a larger one is only recorded (``too_large``) and hashed piecewise
  without a decoded copy of it in memory. A message above ``max_bytes`` is set aside, its headers read.
- **Forwarded chains** stay as written; a forwarded message attached as ``message/rfc822`` is an
  attachment.
- **Kind**: ``auto_reply`` (RFC 3834 ``Auto-Submitted``, ``X-Autoreply``, ``X-Autorespond``,
  ``Precedence: bulk/junk/list``, empty return path, read receipts, out-of-office subjects in
  Chinese and English) and ``bounce`` (delivery status reports, MAILER-DAEMON or postmaster, failed
  recipients): the caller never acknowledges those, so two automatic mailers cannot loop.
- **Duplicates**: ``fingerprint`` is the same for the same message however it arrives (IMAP,
  ``.eml``): from the Message-ID, or without one from the main headers and the body; a missing
  Message-ID is replaced by one made from that hash (``message_id_generated``).
- **Date**: aware UTC; missing or unreadable gives None (the caller uses the time it received it).
"""

from __future__ import annotations

import binascii
import dataclasses
import datetime as dt
import hashlib
import mimetypes
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import errors as email_errors
from email import policy
from email.headerregistry import HeaderRegistry
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum

from commdesk.core.i18n import translate
from commdesk.core.mail.charsets import decode_bytes, decode_header_value, one_line
from commdesk.core.mail.html_text import html_to_text

MAX_MESSAGE_BYTES = 64 * 1024 * 1024  # larger messages are set aside with their headers read
ATTACHMENT_KEEP_BYTES = 10 * 1024 * 1024  # attachments above this are recorded, their content not kept
MAX_PARTS = 500  # MIME parts looked at in one message
MAX_DEPTH = 30  # nesting of multiparts
MAX_TEXT_CHARS = 1_000_000  # the readable text of one message
MAX_HEADER_BYTES = 256 * 1024  # what is read of an oversized message's head
MAX_REFERENCES = 100
GENERATED_ID_DOMAIN = "commdesk.invalid"


# What the email package raises on hostile input besides its defects (known bugs in header and
# parameter parsing), and what decoding raises: caught where one part or header can be skipped.
_PARSER_ERRORS = (
    email_errors.MessageError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    AttributeError,
    LookupError,
    AssertionError,
    RecursionError,
    OverflowError,
    binascii.Error,
)


class MessageKind(StrEnum):
    NORMAL = "normal"
    AUTO_REPLY = "auto_reply"  # out of office, vacation, read receipt, list or bulk mail
    BOUNCE = "bounce"  # delivery failure report


class Source(StrEnum):
    MAIL = "mail"  # IMAP or an .eml file
    WEB_FORM = "web_form"  # a row of a web form's CSV export


@dataclass(frozen=True)
class Problem:
    """Something repaired or set aside: ``code`` for programs, ``message`` for people."""

    code: str
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Party:
    name: str
    address: str  # lower-case domain; "" when only a name is known

    def __str__(self) -> str:
        if self.name and self.address:
            return f"{self.name} <{self.address}>"
        return self.name or self.address


@dataclass(frozen=True)
class IncomingAttachment:
    filename: str  # decoded, without any folder part; made up from the type when none was given
    content_type: str
    size: int  # decoded bytes
    sha256: str
    content: bytes | None = field(default=None, repr=False)  # None when too large (or unreadable)
    too_large: bool = False
    inline: bool = False  # shown inside the text (Content-Disposition: inline, e.g. a logo)


@dataclass(frozen=True)
class IncomingMessage:
    message_id: str  # "<...>"; made from the fingerprint when the message has none
    fingerprint: str  # the same for the same message however it arrives: store each one once
    subject: str = ""
    sender: Party | None = None
    reply_to: tuple[Party, ...] = ()
    to: tuple[Party, ...] = ()
    cc: tuple[Party, ...] = ()
    date: dt.datetime | None = None  # aware UTC; None: missing or unreadable (use the receive time)
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    text: str = ""
    text_from_html: bool = False
    attachments: tuple[IncomingAttachment, ...] = ()
    kind: MessageKind = MessageKind.NORMAL
    kind_reason: str = ""  # why it is an auto-reply or a bounce, in words
    problems: tuple[Problem, ...] = ()
    set_aside: str = ""  # why it cannot become a case; "" when it is readable
    message_id_generated: bool = False
    original_message_id: str | None = None  # a bounce: the Message-ID of the mail that bounced
    size: int = 0  # bytes as received
    source: Source = Source.MAIL
    origin: str = ""  # where it came from, for people: "feedback.eml", "INBOX, UID 17", "form.csv, row 4"
    phone: str = ""  # web forms ask for a telephone number

    @property
    def readable(self) -> bool:
        return not self.set_aside

    @property
    def acknowledge(self) -> bool:
        """Whether an automatic acknowledgement may go out: a readable message from a person with an
        address (never to an auto-reply or a bounce: two automatic mailers would answer each other)."""
        return self.readable and self.kind is MessageKind.NORMAL and bool(self.sender and self.sender.address)

    @property
    def thread_ids(self) -> tuple[str, ...]:
        """The Message-IDs this message answers, nearest first (In-Reply-To, then References)."""
        ids = [self.in_reply_to] if self.in_reply_to else []
        ids += [r for r in reversed(self.references) if r not in ids]
        return tuple(ids)

    def with_origin(self, origin: str) -> IncomingMessage:
        return dataclasses.replace(self, origin=origin)


# ------------------------------------------------------------------------------------- problems
def _problem(code: str, **values: object) -> Problem:
    messages = {
        "empty": lambda: translate("MailIntake", "The message is empty."),
        "not_mail": lambda: translate(
            "MailIntake", "This is not an e-mail message: it has none of From, To, Subject or Date."
        ),
        "too_large": lambda: translate(
            "MailIntake",
            "The message is {size} MB, more than the {limit} MB that is read: only its headers were read. "
            "Open it in a mail program.",
        ),
        "parse_error": lambda: translate(
            "MailIntake", "The message could not be read ({reason}); it is kept aside as it arrived."
        ),
        "charset_guessed": lambda: translate(
            "MailIntake", "The text did not say its character set correctly; it was read as {encoding}."
        ),
        "charset_unknown": lambda: translate(
            "MailIntake", "The text declares an unknown character set '{charset}'; it was read as {encoding}."
        ),
        "text_replaced": lambda: translate(
            "MailIntake", "Some characters could not be read and are shown as '\ufffd'."
        ),
        "header_guessed": lambda: translate(
            "MailIntake",
            "The subject or a name was sent without its character set; it was read as best it could be.",
        ),
        "broken_structure": lambda: translate(
            "MailIntake", "The message's parts were not marked correctly; they were separated again."
        ),
        "broken_structure_raw": lambda: translate(
            "MailIntake", "The message's parts could not be separated; its raw text is shown."
        ),
        "bad_transfer_encoding": lambda: translate(
            "MailIntake", "Part of the message was damaged in transit; what could be decoded is shown."
        ),
        "no_date": lambda: translate(
            "MailIntake", "The message has no date; the time it was received is used."
        ),
        "bad_date": lambda: translate(
            "MailIntake", "The message's date '{value}' cannot be read; the time it was received is used."
        ),
        "no_sender": lambda: translate(
            "MailIntake", "The message says nobody as its sender, so no acknowledgement can be sent."
        ),
        "no_message_id": lambda: translate(
            "MailIntake", "The message has no Message-ID; one was made from its content."
        ),
        "no_text": lambda: translate("MailIntake", "The message has no text."),
        "text_truncated": lambda: translate(
            "MailIntake", "The text is very long; only its first {limit} characters are kept."
        ),
        "too_many_parts": lambda: translate(
            "MailIntake", "The message has more than {limit} parts; the rest were not read."
        ),
        "attachment_too_large": lambda: translate(
            "MailIntake",
            "The attachment '{name}' is {size} MB, more than the {limit} MB kept: it is listed, its content "
            "is not kept.",
        ),
        "attachment_unreadable": lambda: translate(
            "MailIntake", "The attachment '{name}' could not be read; it is listed without its content."
        ),
        "part_unreadable": lambda: translate(
            "MailIntake", "A part of the message could not be read ({reason})."
        ),
    }
    return Problem(code, messages[code]().format(**values))


def _megabytes(size: int) -> str:
    return f"{size / 1048576:,.1f}"


def _limit(size: int) -> str:
    return f"{size / 1048576:,.1f}".removesuffix(".0")


class _Problems:
    def __init__(self) -> None:
        self.items: list[Problem] = []

    def add(self, code: str, **values: object) -> None:
        problem = _problem(code, **values)
        if problem not in self.items:
            self.items.append(problem)

    def codes(self) -> set[str]:
        return {p.code for p in self.items}


# ------------------------------------------------------------------------------------- entry point
def parse_message(
    raw: bytes,
    *,
    attachment_cap: int = ATTACHMENT_KEEP_BYTES,
    max_bytes: int = MAX_MESSAGE_BYTES,
    size: int | None = None,
) -> IncomingMessage:
    """``raw`` (one RFC 5322 message as bytes) as an ``IncomingMessage``; never raises on bad input.

    ``size``: the whole message's size when ``raw`` is only its head (a file or a server's message
    larger than ``max_bytes``, of which only the headers were read): it is then set aside, its
    headers read."""
    raw = bytes(raw)
    if not raw.strip():
        fingerprint = _hash(b"empty\0" + raw)
        return IncomingMessage(
            message_id=_generated_id(fingerprint),
            fingerprint=fingerprint,
            message_id_generated=True,
            size=len(raw),
            problems=(_problem("empty"),),
            set_aside=_problem("empty").message,
        )
    try:
        return _Parser(raw, attachment_cap, max_bytes, size).parse()
    except Exception as exc:  # noqa: BLE001 - the last wall: no input may stop an intake, it is kept aside
        fingerprint = _hash(b"raw\0" + raw)
        problem = _problem("parse_error", reason=type(exc).__name__)
        return IncomingMessage(
            message_id=_generated_id(fingerprint),
            fingerprint=fingerprint,
            message_id_generated=True,
            size=len(raw),
            problems=(problem,),
            set_aside=problem.message,
        )


def _hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _generated_id(fingerprint: str) -> str:
    return f"<{fingerprint[:40]}@{GENERATED_ID_DOMAIN}>"


def message_fingerprint(message_id: str) -> str:
    """The fingerprint of a message that carries ``message_id`` ("<...>")."""
    return _hash(b"mid\0" + message_id.encode("utf-8", "surrogatepass"))


# ------------------------------------------------------------------------------------- headers
_KNOWN_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "sender", "reply-to", "received"}
_MSG_ID = re.compile(
    r"<([\x21-\x3b\x3d\x3f-\x7e]{1,995})>"
)  # printable ASCII: what storage and replies can carry
_MAILER_DAEMON = {"mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster", "mail.daemon"}
_AUTO_HEADERS = ("x-autoreply", "x-autorespond", "x-autoresponder", "x-autogenerated", "x-auto-reply")
_PRECEDENCE_AUTO = {"bulk", "junk", "list", "auto_reply", "auto-reply"}
_SUPPRESS_AUTO = {"all", "oof", "autoreply"}
_PREFIX = r"^\s*(?:(?:re|aw|回复|回覆|答复|答覆)\s*[:：]\s*)?[\[【(（]?\s*"
_AUTO_SUBJECT = re.compile(
    _PREFIX
    + r"(?:自动回复|自動回覆|自动答复|自動答覆|自动回覆|自動回复|自动应答|自動應答|休假通知|外出通知|休假中|"
    r"不在办公室|不在辦公室|不在公司|"
    r"automatic\s+reply|auto(?:matic)?[-\s]?(?:reply|response|respond|answer)|autoreply|autoresponse|"
    r"out\s+of\s+(?:the\s+)?office|i\s+am\s+(?:currently\s+)?out\s+of|away\s+from\s+(?:the\s+)?office|"
    r"on\s+(?:vacation|holiday|leave)|vacation\s+(?:reply|response|notice)|abwesenheitsnotiz)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    _PREFIX + r"(?:undeliver(?:able|ed)|delivery\s+(?:status\s+notification|failure|has\s+failed|failed)|"
    r"mail\s+delivery\s+(?:failed|failure|system|subsystem)|returned\s+mail|failure\s+notice|"
    r"non[-\s]?delivery|系统退信|退信|邮件投递失败|郵件投遞失敗|邮件发送失败|無法傳遞|无法投递|投递失败)",
    re.IGNORECASE,
)


class _Headers:
    """Header fields as sent (``raw_items``), decoded here: the email package's own decoding of 8-bit
    and GBK-in-GB2312 values loses characters, and some garbage makes it raise."""

    def __init__(self, message: Message) -> None:
        self.values: dict[str, list[str]] = {}
        for name, value in message.raw_items():
            self.values.setdefault(str(name).strip().lower(), []).append(str(value))

    def first(self, name: str) -> str | None:
        found = self.values.get(name)
        return found[0] if found else None

    def all(self, name: str) -> list[str]:
        return self.values.get(name, [])

    def __contains__(self, name: str) -> bool:
        return name in self.values


def _message_ids(value: str | None, limit: int = MAX_REFERENCES) -> list[str]:
    """The Message-IDs in a header value ("<...>"), in order, at most the last ``limit``."""
    if not value:
        return []
    value = re.sub(r"\r?\n[ \t]", " ", value)
    found = [f"<{m}>" for m in _MSG_ID.findall(value)]
    if not found:
        bare = value.strip().strip("<>")
        if bare and len(bare) <= 995 and bare.isascii() and bare.isprintable() and " " not in bare:
            found = [f"<{bare}>"]
    out: list[str] = []
    for mid in found:
        if mid not in out:
            out.append(mid)
    return out[-limit:]


def _message_id(value: str | None) -> str | None:
    """The first Message-ID in a header value (Message-ID, In-Reply-To)."""
    found = _message_ids(value)
    return found[0] if found else None


_ADDRESS = re.compile(r"[^\s<>()\[\],;:\"@]+@[^\s<>()\[\],;:\"@]+")


def _normal_address(address: str) -> str:
    address = address.strip().strip("<>").strip()
    if not address or "@" not in address or not address.isprintable() or any(ch.isspace() for ch in address):
        return ""  # raw 8-bit bytes (kept as surrogates by the parser) are no address either
    local, _, domain = address.rpartition("@")
    if not local or not domain or ("@" in local and not local.startswith('"')):
        return ""
    return f"{local}@{domain.lower().rstrip('.')}"


def _parties(values: list[str], hint: str | None, problems: _Problems) -> tuple[Party, ...]:
    out: list[Party] = []
    for value in values:
        value = re.sub(r"\r?\n[ \t]", " ", value)
        found: list[tuple[str, str]] = []
        try:
            found = [(n, a) for n, a in getaddresses([value]) if a or n]
        except (ValueError, IndexError, TypeError):  # older email.utils on some garbage
            found = []
        if not any(_normal_address(a) for _, a in found):
            found = [("", a) for a in _ADDRESS.findall(value)] or found
        for name, address in found:
            decoded = decode_header_value(name, hint) if name else None
            if decoded is not None and (decoded.guessed or decoded.replaced):
                problems.add("header_guessed")
            party = Party(one_line(decoded.text, 200) if decoded else "", _normal_address(address))
            if (party.name or party.address) and party not in out:
                out.append(party)
    return tuple(out[:200])


def _parse_date(value: str | None, problems: _Problems) -> dt.datetime | None:
    if value is None or not value.strip():
        problems.add("no_date")
        return None
    text = one_line(value, 200)
    when: dt.datetime | None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            when = None
        if when is not None and when.tzinfo is None:
            when = None  # an ISO time without a zone: which day it was is unknown
    if when is None or not 1971 <= when.year <= 2200:
        problems.add("bad_date", value=text[:80])
        return None
    if when.tzinfo is None:  # "-0000": the time is UTC, the sender's zone unknown
        when = when.replace(tzinfo=dt.UTC)
    try:
        return when.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        problems.add("bad_date", value=text[:80])
        return None


# ------------------------------------------------------------------------------------- parts
_TOKEN = re.compile(r"[a-z0-9!#$&^_.+-]{1,64}/[a-z0-9!#$&^_.+-]{1,128}")


def _content_type(part: Message) -> str:
    try:
        found = part.get_content_type().lower()
    except _PARSER_ERRORS:  # a Content-Type the header parser cannot take: read as plain text
        return "text/plain"
    return found if _TOKEN.fullmatch(found) else "application/octet-stream"


def _param(part: Message, name: str, header: str = "content-type") -> str | None:
    try:
        value = part.get_param(name, header=header)
    except _PARSER_ERRORS:  # garbage parameters
        return None
    if isinstance(value, tuple):  # RFC 2231: (charset, language, value)
        try:
            from email.utils import collapse_rfc2231_value

            return str(collapse_rfc2231_value(value))
        except (LookupError, TypeError, ValueError):
            return str(value[2])
    return str(value) if value is not None else None


def _disposition(part: Message) -> str | None:
    try:
        return part.get_content_disposition()
    except _PARSER_ERRORS:  # garbage Content-Disposition
        return None


def _raw_filename(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except _PARSER_ERRORS:  # garbage parameters: try the bare name= parameter
        name = None
    if not name:
        name = _param(part, "name")
    return str(name) if name else None


def _clean_filename(name: str | None, content_type: str, index: int, hint: str | None) -> str:
    if name:
        name = decode_header_value(name, hint).text
        name = re.split(r"[\\/]", name)[-1]
        name = one_line(name, 200).strip(". ")
    if not name:
        extension = (
            ".eml" if content_type == "message/rfc822" else mimetypes.guess_extension(content_type) or ""
        )
        name = f"attachment-{index}{extension}"
    return name


def _transfer_encoding(part: Message) -> str:
    for name, value in part.raw_items():
        if str(name).lower() == "content-transfer-encoding":
            return str(value).strip().lower()
    return ""


class _HeaderClasses(HeaderRegistry):
    """The standard header registry, making each header name's class once: Python's makes a new
    class with ``type()`` every time a header is read (some 17 µs each, a large part of reading a
    message); a name's class never changes, and the class holds no state of its own."""

    def __init__(self) -> None:
        super().__init__()
        self._made: dict[str, type] = {}

    def __getitem__(self, name: str) -> type:
        key = name.lower()
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = super().__getitem__(name)
        return made


_POLICY = policy.default.clone(header_factory=_HeaderClasses())
_AS_SENT = _POLICY.clone(refold_source="none", linesep="\r\n")  # headers kept as they came
_B64_JUNK = re.compile(rb"[^A-Za-z0-9+/]")
_CHUNK = 1 << 20


def _lenient_base64(payload: str) -> tuple[bytes, bool]:
    """(bytes, damaged): characters outside the alphabet are skipped, a cut-off end is dropped."""
    body = re.sub(rb"\s", b"", payload.encode("ascii", "ignore"))
    stripped = body.rstrip(b"=")
    cleaned = _B64_JUNK.sub(b"", stripped)
    damaged = not payload.isascii() or cleaned != stripped or len(body) - len(stripped) > 2
    if len(cleaned) % 4 == 1:
        cleaned, damaged = cleaned[:-1], True
    return binascii.a2b_base64(cleaned + b"=" * (-len(cleaned) % 4)), damaged


def _streamed_base64(payload: str) -> tuple[int, str]:
    """(decoded size, SHA-256) of a base64 payload, decoded a piece at a time."""
    digest = hashlib.sha256()
    size = 0
    carry = b""
    for start in range(0, len(payload), _CHUNK):
        piece = carry + _B64_JUNK.sub(b"", payload[start : start + _CHUNK].encode("ascii", "ignore"))
        cut = len(piece) - len(piece) % 4
        carry = piece[cut:]
        if cut:
            data = binascii.a2b_base64(piece[:cut])
            digest.update(data)
            size += len(data)
    if len(carry) >= 2:
        data = binascii.a2b_base64(carry + b"=" * (-len(carry) % 4))
        digest.update(data)
        size += len(data)
    return size, digest.hexdigest()


def _streamed_plain(payload: str, quoted_printable: bool) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    start = 0
    while start < len(payload):
        end = payload.find("\n", start + _CHUNK)
        end = len(payload) if end < 0 else end + 1
        data = (
            payload[start:end].encode("ascii", "surrogateescape")
            if payload[start:end].isascii()
            else (payload[start:end].encode("utf-8", "surrogateescape"))
        )
        if quoted_printable:
            data = binascii.a2b_qp(data)
        digest.update(data)
        size += len(data)
        start = end
    return size, digest.hexdigest()


# ------------------------------------------------------------------------------------- the parser
@dataclass
class _Leaf:
    part: Message
    content_type: str
    body: bool  # chosen as (part of) the text


class _Parser:
    def __init__(self, raw: bytes, attachment_cap: int, max_bytes: int, size: int | None = None) -> None:
        self.raw = raw
        self.size = max(size or 0, len(raw))
        self.attachment_cap = max(0, attachment_cap)
        self.max_bytes = max_bytes
        self.problems = _Problems()
        self.hint: str | None = None
        self.leaves: list[_Leaf] = []
        self.count = 0

    # -- the whole message ----------------------------------------------------------------------
    def parse(self) -> IncomingMessage:
        oversized = self.size > self.max_bytes
        source = self.raw[: self._header_end(MAX_HEADER_BYTES)] if oversized else self.raw
        message = BytesParser(policy=_POLICY).parsebytes(source, headersonly=oversized)
        headers = _Headers(message)
        if not (_KNOWN_HEADERS & set(headers.values)):
            fingerprint = _hash(b"raw\0" + self.raw)
            problem = _problem("not_mail")
            return IncomingMessage(
                message_id=_generated_id(fingerprint),
                fingerprint=fingerprint,
                message_id_generated=True,
                size=self.size,
                problems=(problem,),
                set_aside=problem.message,
            )
        text, from_html = ("", False) if oversized else self._body(message)
        subject_raw = headers.first("subject")
        subject = ""
        if subject_raw is not None:
            decoded = decode_header_value(subject_raw, self.hint)
            if decoded.guessed or decoded.replaced:
                self.problems.add("header_guessed")
            subject = one_line(decoded.text, 1000)
        senders = _parties(headers.all("from") or headers.all("sender"), self.hint, self.problems)
        sender = next((p for p in senders if p.address), senders[0] if senders else None)
        own_id = _message_id(headers.first("message-id"))
        fingerprint = message_fingerprint(own_id) if own_id else self._content_fingerprint(headers)
        kind, reason = self._classify(message, headers, subject, sender)
        if (sender is None or not sender.address) and kind is MessageKind.NORMAL:
            self.problems.add("no_sender")
        if not own_id:
            self.problems.add("no_message_id")
        date = _parse_date(headers.first("date"), self.problems)
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
            self.problems.add("text_truncated", limit=f"{MAX_TEXT_CHARS:,}")
        attachments = () if oversized else tuple(self._attachments())
        if not oversized and not text.strip() and not attachments:
            self.problems.add("no_text")
        set_aside = ""
        if oversized:
            self.problems.add(
                "too_large",
                size=_megabytes(self.size),
                limit=_limit(self.max_bytes),
            )
            set_aside = self.problems.items[-1].message
        return IncomingMessage(
            message_id=own_id or _generated_id(fingerprint),
            fingerprint=fingerprint,
            subject=subject,
            sender=sender,
            reply_to=_parties(headers.all("reply-to"), self.hint, self.problems),
            to=_parties(headers.all("to"), self.hint, self.problems),
            cc=_parties(headers.all("cc"), self.hint, self.problems),
            date=date,
            in_reply_to=_message_id(headers.first("in-reply-to")),
            references=tuple(_message_ids(" ".join(headers.all("references")))),
            text=text,
            text_from_html=from_html,
            attachments=attachments,
            kind=kind,
            kind_reason=reason,
            problems=tuple(self.problems.items),
            set_aside=set_aside,
            message_id_generated=not own_id,
            original_message_id=self._original_id() if kind is MessageKind.BOUNCE else None,
            size=self.size,
        )

    def _header_end(self, limit: int) -> int:
        head = self.raw[:limit]
        ends = [i + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (i := head.find(sep)) >= 0]
        return min(ends) if ends else len(head)

    def _content_fingerprint(self, headers: _Headers) -> str:
        """Without a Message-ID: the main headers and the body, with line ends and trailing white space
        made uniform (a server's copy has CRLF, a saved file often LF; servers add Received lines)."""
        digest = hashlib.sha256(b"content\0")
        for name in ("from", "to", "cc", "subject", "date"):
            value = " ".join(headers.all(name))
            digest.update(re.sub(r"\s+", " ", value).strip().encode("utf-8", "surrogateescape") + b"\0")
        body = self.raw[self._header_end(len(self.raw)) :]
        for line in body.splitlines():
            digest.update(line.rstrip() + b"\n")
        return digest.hexdigest()

    # -- walking the parts ----------------------------------------------------------------------
    def _children(self, part: Message, content_type: str) -> list[Message] | None:
        """The parts of a multipart, repairing a missing or wrong boundary; None when it cannot be split."""
        payload = part.get_payload()
        if isinstance(payload, list) and payload:
            return [p for p in payload if isinstance(p, Message)]
        if not isinstance(payload, str):
            return None
        repaired = self._resplit(payload, content_type)
        if repaired:
            self.problems.add("broken_structure")
            return repaired
        return None

    def _resplit(self, body: str, content_type: str) -> list[Message] | None:
        candidates = re.findall(r"^--([\x21-\x7e]{1,200}?)(?:--)?[ \t]*\r?$", body, re.MULTILINE)
        for boundary in sorted(set(candidates), key=candidates.count, reverse=True)[:3]:
            if '"' in boundary or "\\" in boundary:
                continue
            head = f'Content-Type: {content_type}; boundary="{boundary}"\r\n\r\n'.encode("ascii")
            data = head + body.encode("utf-8", "surrogateescape")
            again = BytesParser(policy=_POLICY).parsebytes(data)
            payload = again.get_payload()
            if isinstance(payload, list) and payload:
                return [p for p in payload if isinstance(p, Message)]
        return None

    def _walk(self, message: Message) -> Iterator[tuple[Message, str, bool]]:
        """Leaves in order: (part, content type, whether it is shown as text). Of an alternative only
        the plain text (else the HTML) counts as text; other alternatives that are files are listed."""
        stack: list[tuple[Message, int, bool]] = [(message, 0, True)]
        while stack:
            part, depth, shown = stack.pop()
            self.count += 1
            if self.count > MAX_PARTS:
                self.problems.add("too_many_parts", limit=MAX_PARTS)
                return
            content_type = _content_type(part)
            if content_type.startswith("multipart/") and depth < MAX_DEPTH:
                children = self._children(part, content_type)
                if children is None:
                    payload = part.get_payload()
                    if isinstance(payload, str) and payload.strip():
                        self.problems.add("broken_structure_raw")
                        yield part, "text/x-raw", shown
                    continue
                if content_type == "multipart/alternative":
                    chosen = self._preferred(children)
                    stack.extend((c, depth + 1, shown and c is chosen) for c in reversed(children))
                else:
                    stack.extend((c, depth + 1, shown) for c in reversed(children))
                continue
            yield part, content_type, shown

    @staticmethod
    def _preferred(children: list[Message]) -> Message | None:
        def has(part: Message, wanted: str) -> bool:
            content_type = _content_type(part)
            if content_type == wanted:
                return True
            if content_type.startswith("multipart/"):
                payload = part.get_payload()
                return isinstance(payload, list) and any(
                    isinstance(p, Message) and has(p, wanted) for p in payload
                )
            return False

        for wanted in ("text/plain", "text/html"):
            for child in reversed(children):  # the last alternative is the richest the sender offers
                if has(child, wanted):
                    return child
        return children[-1] if children else None

    def _body(self, message: Message) -> tuple[str, bool]:
        texts: list[str] = []
        plain_seen = html_seen = False
        html_texts: list[str] = []
        for part, content_type, shown in self._walk(message):
            disposition = _disposition(part)
            is_text = content_type in ("text/plain", "text/html", "text/x-raw")
            named = _raw_filename(part) is not None
            if shown and is_text and disposition != "attachment" and not (named and disposition != "inline"):
                try:
                    text = self._part_text(part, content_type)
                except _PARSER_ERRORS as exc:  # one unreadable part must not lose the others
                    self.problems.add("part_unreadable", reason=type(exc).__name__)
                    continue
                if content_type == "text/html":
                    html_seen = True
                    html_texts.append(text)
                    texts.append(text)
                else:
                    plain_seen = True
                    texts.append(text)
                self.leaves.append(_Leaf(part, content_type, True))
            elif shown or content_type not in ("text/plain", "text/html"):
                self.leaves.append(_Leaf(part, content_type, False))
        body = "\n\n".join(t.strip("\r\n") for t in texts if t.strip())
        return body, html_seen and not plain_seen

    def _part_text(self, part: Message, content_type: str) -> str:
        if content_type == "text/x-raw":
            payload = part.get_payload()
            data = payload.encode("utf-8", "surrogateescape") if isinstance(payload, str) else b""
            charset = None
        else:
            data = self._payload(part)
            charset = _param(part, "charset")
            if not charset and content_type == "text/html":
                meta = re.search(
                    rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", data[:4096], re.IGNORECASE
                )
                charset = meta.group(1).decode("ascii") if meta else None
        decoded = decode_bytes(data, charset)
        if self.hint is None and decoded.encoding not in ("ascii",):
            self.hint = decoded.encoding
        if decoded.unknown_charset:
            self.problems.add(
                "charset_unknown",
                charset=decoded.unknown_charset[:40],
                encoding=_codec_name(decoded.encoding),
            )
        elif decoded.guessed and (charset or not data.isascii()):
            self.problems.add("charset_guessed", encoding=_codec_name(decoded.encoding))
        if decoded.replaced:
            self.problems.add("text_replaced")
        # NUL cannot be stored (PostgreSQL text) and is never meant to be read
        text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
        if content_type == "text/html":
            text = html_to_text(text)
        return text

    def _payload(self, part: Message) -> bytes:
        """The decoded bytes of a leaf part. Damaged base64 is decoded as far as it goes (the email
        package hands back the undecoded text when it gives up)."""
        payload = part.get_payload()
        if _transfer_encoding(part) == "base64" and isinstance(payload, str):
            data, damaged = _lenient_base64(payload)
            if damaged:
                self.problems.add("bad_transfer_encoding")
            return data
        before = len(part.defects)
        decoded = part.get_payload(decode=True)
        if any(isinstance(d, _TRANSFER_DEFECTS) for d in part.defects[before:]):
            self.problems.add("bad_transfer_encoding")
        return decoded if isinstance(decoded, bytes) else b""

    # -- attachments ------------------------------------------------------------------------------
    def _attachments(self) -> Iterator[IncomingAttachment]:
        index = 0
        for leaf in self.leaves:
            if leaf.body:
                continue
            content_type = leaf.content_type
            if content_type in ("text/x-raw",):
                continue
            index += 1
            part = leaf.part
            raw_name = _raw_filename(part)
            if raw_name is None and content_type == "message/rfc822":
                raw_name = self._enclosed_subject(part)
            name = _clean_filename(raw_name, content_type, index, self.hint)
            try:
                yield self._attachment(part, name, content_type)
            except _PARSER_ERRORS:  # unreadable content: listed with what is known
                self.problems.add("attachment_unreadable", name=name)
                yield IncomingAttachment(name, content_type, 0, _hash(b""), None, False, False)

    def _enclosed_subject(self, part: Message) -> str | None:
        """A forwarded message's subject as its file name ("complaint.eml")."""
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            subject = _Headers(payload[0]).first("subject")
            if subject:
                text = one_line(decode_header_value(subject, self.hint).text, 120)
                return f"{text}.eml" if text else None
        return None

    def _attachment(self, part: Message, name: str, content_type: str) -> IncomingAttachment:
        inline = _disposition(part) == "inline"
        cap = self.attachment_cap
        payload = part.get_payload()
        if isinstance(payload, list):  # message/rfc822 and the like: the enclosed message's bytes
            data = b"".join(p.as_bytes(policy=_AS_SENT) for p in payload if isinstance(p, Message))
        else:
            text = payload if isinstance(payload, str) else ""
            encoding = _transfer_encoding(part)
            estimate = len(text) * 3 // 4 if encoding == "base64" else len(text)
            if estimate > cap + 4:  # measured piecewise first: no decoded copy of a huge file
                if encoding == "base64":
                    size, digest = _streamed_base64(text)
                else:
                    size, digest = _streamed_plain(text, encoding == "quoted-printable")
                if size > cap:
                    return self._too_large(name, content_type, size, digest, inline)
            data = self._payload(part)
        if len(data) > cap:
            return self._too_large(name, content_type, len(data), _hash(data), inline)
        return IncomingAttachment(name, content_type, len(data), _hash(data), data, False, inline)

    def _too_large(
        self, name: str, content_type: str, size: int, digest: str, inline: bool
    ) -> IncomingAttachment:
        self.problems.add(
            "attachment_too_large", name=name, size=_megabytes(size), limit=_limit(self.attachment_cap)
        )
        return IncomingAttachment(name, content_type, size, digest, None, True, inline)

    # -- auto-replies and bounces -----------------------------------------------------------------
    def _classify(
        self, message: Message, headers: _Headers, subject: str, sender: Party | None
    ) -> tuple[MessageKind, str]:
        content_type = _content_type(message)
        report = (_param(message, "report-type") or "").lower() if content_type == "multipart/report" else ""
        local = sender.address.rpartition("@")[0].lower() if sender and sender.address else ""
        types = {leaf.content_type for leaf in self.leaves}
        if report == "delivery-status" or "message/delivery-status" in types:
            return MessageKind.BOUNCE, translate(
                "MailIntake", "a delivery status report (the mail could not be delivered)"
            )
        if local in _MAILER_DAEMON:
            return MessageKind.BOUNCE, translate("MailIntake", "sent by the mail system ({address})").format(
                address=sender.address if sender else ""
            )
        if "x-failed-recipients" in headers:
            return MessageKind.BOUNCE, translate("MailIntake", "it names recipients the mail could not reach")
        if _BOUNCE_SUBJECT.match(subject):
            return MessageKind.BOUNCE, translate(
                "MailIntake", "its subject says the mail could not be delivered"
            )
        auto = (headers.first("auto-submitted") or "").split(";", 1)[0].strip().lower()
        if auto and auto != "no":
            return MessageKind.AUTO_REPLY, translate(
                "MailIntake", "it says it was sent automatically (Auto-Submitted: {value})"
            ).format(value=one_line(auto, 40))
        if report == "disposition-notification" or "message/disposition-notification" in types:
            return MessageKind.AUTO_REPLY, translate("MailIntake", "a read receipt")
        for name in _AUTO_HEADERS:
            if name in headers:
                return MessageKind.AUTO_REPLY, translate(
                    "MailIntake", "it is marked as an automatic reply ({header})"
                ).format(header=name)
        suppress = {
            v.strip().lower() for v in re.split(r"[,\s]+", " ".join(headers.all("x-auto-response-suppress")))
        }
        if suppress & _SUPPRESS_AUTO:
            return MessageKind.AUTO_REPLY, translate("MailIntake", "it asks not to be answered automatically")
        precedence = {one_line(v, 40).lower() for v in headers.all("precedence")}
        if precedence & _PRECEDENCE_AUTO:
            return MessageKind.AUTO_REPLY, translate(
                "MailIntake", "it is bulk or list mail (Precedence: {value})"
            ).format(value=sorted(precedence & _PRECEDENCE_AUTO)[0])
        if any(v.strip() == "<>" for v in headers.all("return-path")):
            return MessageKind.AUTO_REPLY, translate(
                "MailIntake", "it was sent with an empty return address, as automatic mail is"
            )
        if _AUTO_SUBJECT.match(subject):
            return MessageKind.AUTO_REPLY, translate(
                "MailIntake", "its subject says it is an automatic or out-of-office reply"
            )
        return MessageKind.NORMAL, ""

    def _original_id(self) -> str | None:
        """The Message-ID of the mail a bounce returns, from its enclosed message or headers."""
        for leaf in self.leaves:
            part = leaf.part
            try:
                if leaf.content_type in ("message/rfc822", "message/rfc822-headers", "text/rfc822-headers"):
                    payload = part.get_payload()
                    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
                        found = _message_id(_Headers(payload[0]).first("message-id"))
                    else:
                        data = part.get_payload(decode=True)
                        text = data.decode("utf-8", "replace") if isinstance(data, bytes) else str(payload)
                        match = re.search(r"^message-id:\s*(.+)$", text, re.IGNORECASE | re.MULTILINE)
                        found = _message_id(match.group(1)) if match else None
                    if found:
                        return found
            except _PARSER_ERRORS:  # the enclosed copy is often truncated: no original then
                continue
        return None


_TRANSFER_DEFECTS = (
    email_errors.InvalidBase64PaddingDefect,
    email_errors.InvalidBase64CharactersDefect,
    email_errors.InvalidBase64LengthDefect,
)


def _codec_name(codec: str) -> str:
    return {
        "gb18030": "GB18030 (GBK)",
        "big5hkscs": "Big5",
        "cp950": "Big5 (CP950)",
        "utf-8": "UTF-8",
        "cp1252": "Windows-1252",
        "ascii": "ASCII",
    }.get(codec, codec)


__all__ = [
    "ATTACHMENT_KEEP_BYTES",
    "MAX_MESSAGE_BYTES",
    "IncomingAttachment",
    "IncomingMessage",
    "MessageKind",
    "Party",
    "Problem",
    "Source",
    "message_fingerprint",
    "parse_message",
]

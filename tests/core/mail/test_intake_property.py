"""No input stops the mail intake: arbitrary bytes, and mail-shaped bytes stitched from the pieces that
break parsers (boundaries, charsets, encoded words, transfer encodings), always give a record."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.mail.incoming import IncomingMessage, parse_message

PIECES = [
    b"From: =?gb2312?B?zfXV3Q==?= <a@example.cn>\r\n",
    b'From: \xcd\xf5 <,@>, "x,y" <b@c>\r\n',
    b"To: undisclosed-recipients:;\r\n",
    b"Subject: =?gbk?B?xOO6w?=\r\n",
    b"Subject: =?utf-8?Q?=E4=BD=A0?= =?utf-8?Q?=E5=A5=BD?=\r\n",
    b"Subject: =?x-unknown?B?////?=\r\n",
    b"Date: Mon, 32 Foo 99999 99:99:99 +9999\r\n",
    b"Message-ID: <a@b>\r\n",
    b"In-Reply-To: garbage <x@y> <z@w>\r\n",
    b"Content-Type: multipart/mixed; boundary=x\r\n",
    b'Content-Type: multipart/alternative; boundary="x"\r\n',
    b"Content-Type: multipart/report; report-type=delivery-status; boundary=x\r\n",
    b"Content-Type: text/plain; charset=gb2312\r\n",
    b"Content-Type: text/html; charset=big5\r\n",
    b"Content-Type: message/rfc822\r\n",
    b"Content-Type: text/plain; charset*=utf-8''%E4%BD\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"Content-Transfer-Encoding: quoted-printable\r\n",
    b"Content-Disposition: attachment; filename*=gb2312''%C4%E3%BA\r\n",
    b'Content-Disposition: attachment; filename="../../etc/=?utf-8?B?5L2g?=.txt"\r\n',
    b"Auto-Submitted: auto-replied\r\n",
    b"\r\n",
    b"--x\r\n",
    b"--x--\r\n",
    b"5L2g5aW9!!*\r\n",
    b"=E4=BD=\r\n",
    b"<html><script>x</script><p>hi</p><a href='javascript:x'>y</a>\r\n",
    "正文 繁體".encode("gb18030") + b"\r\n",
    "正文 繁體".encode("big5") + b"\r\n",
    b"From: \xff\xfe@\xc0.cn\r\n",
    b"Message-ID: <\xff@x>\r\n",
    b"Content-Type: text/\xff\r\n",
    b"X-Junk: \x00\r\n",
    b"\x00\x00",
]


def storable(value: str) -> bool:
    """Text a database can hold and a person can read: no NUL, no undecoded bytes (surrogates)."""
    return "\x00" not in value and not any("\ud800" <= ch <= "\udfff" for ch in value)


def texts(message: IncomingMessage):
    yield from (message.message_id, message.subject, message.text, message.kind_reason, message.set_aside)
    yield from (message.in_reply_to or "", message.original_message_id or "", *message.references)
    for party in (message.sender, *message.reply_to, *message.to, *message.cc):
        if party is not None:
            yield from (party.name, party.address)
    for attachment in message.attachments:
        yield from (attachment.filename, attachment.content_type)
    for problem in message.problems:
        yield problem.message


def check(message: IncomingMessage) -> None:
    assert isinstance(message, IncomingMessage)
    assert all(storable(t) for t in texts(message)), message
    assert message.fingerprint and message.message_id.startswith("<")
    assert message.readable or message.set_aside
    assert all(p.message for p in message.problems)
    assert not any(p.code == "parse_error" for p in message.problems), message.problems
    assert message.date is None or message.date.tzinfo is not None
    for attachment in message.attachments:
        assert "/" not in attachment.filename and "\\" not in attachment.filename
        assert attachment.content is None or len(attachment.content) == attachment.size


@given(st.binary(max_size=4096))
def test_arbitrary_bytes_never_raise(raw):
    message = parse_message(raw)
    assert isinstance(message, IncomingMessage) and message.fingerprint


@given(st.lists(st.one_of(st.sampled_from(PIECES), st.binary(max_size=40)), max_size=60))
def test_mail_shaped_bytes_always_give_a_record(pieces):
    check(parse_message(b"".join(pieces), attachment_cap=16))


@given(st.text(max_size=300))
def test_any_text_as_a_subject_or_body(text):
    raw = (
        b"From: a@example.org\r\nSubject: "
        + text.encode("utf-8", "surrogatepass")
        + b"\r\n\r\n"
        + text.encode("utf-8", "surrogatepass")
    )
    check(parse_message(raw))

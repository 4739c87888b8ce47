"""RSVP references and reading an answer out of a reply.

Every invitee's invitation carries a reference of their own in its subject (``[RSVP-7Q3K9M2P]``);
a reply keeps the subject (``Re: ...``), so the reference says which invitee answered without
trusting the sender's address (a colleague may answer for the journalist). The answer itself is
read, in this order, from a calendar reply in the message (``METHOD:REPLY`` with the attendee's
``PARTSTAT``, what Outlook and Thunderbird send for Accept/Decline/Tentative), from the subject's
prefix those programs write (``Accepted:``, ``已接受:``), then from the first lines of the text above
the quoted invitation. Declining words are looked for before accepting ones, so "不参加" is never
read as "参加". Nothing recognised: ``None``, and a person reads the reply.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from email.message import Message

import icalendar

from commdesk.core.events.records import RsvpStatus

# Crockford's base 32 without I, L, O, U: nothing to misread when a reference is typed from paper
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
TOKEN_LENGTH = 8
_TOKEN = re.compile(r"\bRSVP[-\s:]?([0-9A-Z]{8})\b", re.IGNORECASE)


def new_token() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(TOKEN_LENGTH))


def tagged(subject: str, token: str) -> str:
    """The invitation's subject with the invitee's reference: ``邀请函 [RSVP-7Q3K9M2P]``."""
    return f"{subject} [RSVP-{token}]"


def token_in(subject: str | None) -> str | None:
    """The RSVP reference a subject carries, upper case (``None`` when there is none)."""
    found = _TOKEN.search(subject or "")
    if not found:
        return None
    token = found.group(1).upper()
    return token if all(c in ALPHABET for c in token) else None


@dataclass(frozen=True)
class ReadAnswer:
    status: RsvpStatus
    plus_ones: int | None  # said in the reply ("+1", "带2人"), else None
    how: str  # "calendar", "subject" or "text": where it was read


_PARTSTAT = {
    "ACCEPTED": RsvpStatus.ACCEPTED,
    "DECLINED": RsvpStatus.DECLINED,
    "TENTATIVE": RsvpStatus.TENTATIVE,
}

_SUBJECT_PREFIX = (
    (RsvpStatus.ACCEPTED, re.compile(r"^\s*(accepted|已接受|接受)\s*[:：]", re.IGNORECASE)),
    (RsvpStatus.DECLINED, re.compile(r"^\s*(declined|已拒绝|拒绝)\s*[:：]", re.IGNORECASE)),
    (RsvpStatus.TENTATIVE, re.compile(r"^\s*(tentative|暂定|已暂定)\s*[:：]", re.IGNORECASE)),
)

# looked for in this order: declining words contain accepting ones in Chinese (不参加 / 参加)
_WORDS = (
    (
        RsvpStatus.DECLINED,
        re.compile(
            r"\b(declin\w*|regret\w*|unable to (attend|come|make it)|can ?not (attend|come|make it)|"
            r"can't (attend|come|make it)|won't (attend|come|be (there|able))|will not (attend|come|be able)|"
            r"not (be )?(attend\w*|coming|able to (attend|come)))\b"
            r"|不参加|无法参加|不能参加|参加不了|无法出席|不能出席|不出席|出席不了|谢绝|婉拒|缺席|来不了|去不了|不克出席",
            re.IGNORECASE,
        ),
    ),
    (
        RsvpStatus.TENTATIVE,
        re.compile(
            r"\b(maybe|tentative\w*|not sure|perhaps|might (attend|come))\b"
            r"|待定|暂定|可能参加|可能出席|尚未确定|不确定|还不确定",
            re.IGNORECASE,
        ),
    ),
    (
        RsvpStatus.ACCEPTED,
        re.compile(
            r"\b(accept\w*|will (attend|come|be there)|i'll (attend|come|be there)|attending|count me in|"
            r"yes|confirm\w*|glad to (attend|come)|happy to (attend|come))\b"
            r"|参加|出席|确认|接受|准时到|会到|将到|届时到",
            re.IGNORECASE,
        ),
    ),
)

_PLUS = re.compile(r"(?<![\w+])\+\s?(\d{1,2})\b")
_BRING = re.compile(r"(?:带|另有|加上|偕同)\s*(\d{1,2}|[一二两三四五六七八九十])\s*(?:人|位|名)")
_BRING_EN = re.compile(r"\bbring(?:ing)?\s+(\d{1,2}|one|two|three|four|five)\b", re.IGNORECASE)
_NUMBERS = {
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip

# where the quoted invitation begins in a reply: "> ...", "On ... wrote:", Outlook's and
# Chinese mail programs' separators
_QUOTE_START = re.compile(
    r"^(>|On .+wrote:\s*$|-{2,}\s*Original Message|-{2,}\s*原始邮件|From:\s|发件人[:：]|在.+写道[:：]?\s*$|_{5,})",
    re.IGNORECASE,
)


def _calendar_answer(message: Message) -> RsvpStatus | None:
    for part in message.walk():
        if part.get_content_type() != "text/calendar":
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        try:
            cal = icalendar.Calendar.from_ical(payload)
        except ValueError:
            continue
        if str(cal.get("method", "")).upper() != "REPLY":
            continue
        for component in cal.walk("VEVENT"):
            attendees = component.get("attendee")
            for attendee in attendees if isinstance(attendees, list) else [attendees]:
                if attendee is None:
                    continue
                status = _PARTSTAT.get(str(attendee.params.get("PARTSTAT", "")).upper())
                if status is not None:
                    return status
    return None


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    try:
        return payload.decode(part.get_content_charset() or "utf-8", "replace")
    except LookupError:  # a charset Python does not know
        return payload.decode("utf-8", "replace")


def _text_of(message: Message) -> str:
    """The reply's own words: the first plain-text part (else the HTML one without its tags) down to
    where the quoted invitation begins."""
    text = ""
    for kind in ("text/plain", "text/html"):
        part = next(
            (
                p
                for p in message.walk()
                if p.get_content_type() == kind and p.get_content_disposition() != "attachment"
            ),
            None,
        )
        if part is not None:
            text = _part_text(part)
            if kind == "text/html":
                text = re.sub(r"<br\s*/?>|</p>|</div>", "\n", text, flags=re.IGNORECASE)
                text = re.sub(r"<[^>]+>", " ", text)
            if text.strip():
                break
    own: list[str] = []
    for line in text.splitlines():
        if _QUOTE_START.match(line.strip()):
            break
        own.append(line)
    return "\n".join(own)


def _plus_ones(text: str) -> int | None:
    for pattern in (_PLUS, _BRING, _BRING_EN):
        found = pattern.search(text)
        if found:
            word = found.group(1)
            return int(word) if word.isdigit() else _NUMBERS.get(word.lower())
    return None


def answer_in_text(text: str) -> RsvpStatus | None:
    """The answer some words give (declining first, then tentative, then accepting)."""
    for status, pattern in _WORDS:
        if pattern.search(text):
            return status
    return None


def read_answer(message: Message) -> ReadAnswer | None:
    """The answer a reply gives, or ``None`` when it says nothing commdesk can read for sure."""
    text = _text_of(message)
    plus = _plus_ones(text)
    status = _calendar_answer(message)
    if status is not None:
        return ReadAnswer(status, plus, "calendar")
    subject = str(message.get("Subject", "") or "")
    for candidate, pattern in _SUBJECT_PREFIX:
        if pattern.search(subject):
            return ReadAnswer(candidate, plus, "subject")
    status = answer_in_text(text)
    return ReadAnswer(status, plus, "text") if status is not None else None

"""EM-1 subject builder: ``【项目A】周报-20231120`` and ``【重要通知】-办公室搬迁``.

Whatever the user types (line breaks, tabs, stray brackets, leading dashes) ends up as one clean line:
a subject can never break the mail header or the 【code】 frame.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate

IMPORTANT_NOTICE = "【重要通知】"
# Longer subjects are cut (with an ellipsis): mail programs show about this much anyway.
MAX_SUBJECT_CHARS = 120

_SPACE = re.compile(r"\s+")
_EDGE = "-–—_ :：·|"


def clean_line(text: str | None) -> str:
    """One line of printable text: control characters dropped, runs of white space made one space."""
    text = unicodedata.normalize("NFC", text or "")
    text = "".join(" " if ch.isspace() else ch for ch in text if ch.isspace() or ch.isprintable())
    return _SPACE.sub(" ", text).strip()


def _part(text: str | None) -> str:
    return clean_line(text).strip(_EDGE)


def _code(code: str | None) -> str:
    # The code sits inside 【】: brackets typed by the user would break the frame.
    text = _part(code)
    for ch in "【】[]":
        text = text.replace(ch, "")
    return text.strip(_EDGE)


def _date(date: dt.date | str | None) -> str:
    if date is None:
        return ""
    if isinstance(date, dt.datetime):
        date = date.date()
    if isinstance(date, dt.date):
        return date.strftime("%Y%m%d")
    return _part(date)


def _limit(subject: str) -> str:
    return subject if len(subject) <= MAX_SUBJECT_CHARS else subject[: MAX_SUBJECT_CHARS - 1].rstrip() + "…"


def build_subject(code: str | None, content: str, date: dt.date | str | None = None) -> str:
    """``build_subject("项目A", "周报", date(2023, 11, 20))`` -> ``"【项目A】周报-20231120"``.

    ``code`` is the department or project code (may be empty), ``date`` a date (written YYYYMMDD) or
    the user's own text (e.g. "2023Q4"); the content is required.
    """
    body = _part(content)
    if not body:
        raise ValidationError(
            {"content": translate("Mail", "Say in a few words what the mail is about (e.g. 周报).")}
        )
    head = _code(code)
    when = _date(date)
    subject = (f"【{head}】" if head else "") + body
    if when:
        # The date stays visible even when the content is long.
        room = MAX_SUBJECT_CHARS - len(when) - 1
        return _limit(subject if len(subject) <= room else subject[: room - 1].rstrip() + "…") + "-" + when
    return _limit(subject)


# Every bracket a subject may frame 重要通知 with, after NFKC (which makes ［］（）｛｝＜＞ ASCII):
# 【】〖〗〔〕〘〙〚〛「」『』《》〈〉 and [] () {} <>, read as one pair of brackets.
_OPENING = "【〖〔〘〚「『《〈[({<"
_CLOSING = "】〗〕〙〛」』》〉])}>"
_FRAMES = str.maketrans(_OPENING + _CLOSING, "[" * len(_OPENING) + "]" * len(_CLOSING))
_NOTICE_MARK = "[重要通知]"
# a leading mark of any of those kinds (the original text, before NFKC), and what joins it to the rest
_LEADING_MARK = re.compile(
    r"^[\s\u200b-\u200f\u2060\ufeff]*["
    + re.escape(_OPENING + "［（｛＜")
    + r"][\s\u200b-\u200f\u2060\ufeff]*"
    r"重[\s\u200b-\u200f\u2060\ufeff]*要[\s\u200b-\u200f\u2060\ufeff]*通[\s\u200b-\u200f\u2060\ufeff]*知"
    r"[\s\u200b-\u200f\u2060\ufeff]*[" + re.escape(_CLOSING + "］）｝＞") + r"]"
)


def _normalised(subject: str) -> str:
    """The subject as AN-4 reads it: NFKC (full width made half width), every bracket one kind,
    without spaces nor invisible characters (zero-width space, joiners, direction marks)."""
    text = unicodedata.normalize("NFKC", subject or "")
    text = "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) != "Cf")
    return text.translate(_FRAMES)


def is_important_notice(subject: str) -> bool:
    """Whether a mail's subject presents it as an important notice (AN-4: only an announcement
    does): 重要通知 between brackets of any kind and width, with or without spaces — 【重要通知】,
    [重要通知], ［重要通知］, 〖重要通知〗, 【 重要 通知 】. The one test every path asks (compose,
    queue, .eml, the outbox's send and export)."""
    return _NOTICE_MARK in _normalised(subject)


def strip_notice_mark(text: str) -> str:
    """``text`` without a leading 重要通知 mark of any bracket kind, width or spacing."""
    found = _LEADING_MARK.match(text)
    return text[found.end() :] if found else text


def important_notice(description: str) -> str:
    """``important_notice("办公室搬迁")`` -> ``"【重要通知】-办公室搬迁"``."""
    text = _part(description)
    stripped = strip_notice_mark(text)
    if stripped != text:  # typed with its own mark ([重要通知], 〖重要通知〗 ...): one mark, 【】
        text = stripped.strip(_EDGE)
    if not text:
        raise ValidationError(
            {"description": translate("Mail", "Describe the matter of the notice (e.g. 办公室搬迁).")}
        )
    return _limit(f"{IMPORTANT_NOTICE}-{text}")

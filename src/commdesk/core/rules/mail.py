"""Mail rules of the procedure: EM-1 (subject states the core content), EM-2 (who sees whom).

Pure functions over plain strings, so the composer, the outbox and the GUI all ask the same questions.
A finding at ``Level.OK`` that carries a message is a hint: shown to the user, no override needed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from email.utils import getaddresses

from commdesk.core.i18n import translate
from commdesk.core.mail.subject import strip_notice_mark
from commdesk.core.rules import Finding, Level

# EM-1: words that say nothing about the content when they are the whole subject.
VAGUE_SUBJECTS = frozenset(
    {
        # Chinese
        "咨询",
        "问事",
        "请问",
        "问一下",
        "问个事",
        "问个问题",
        "请教",
        "问题",
        "有事",
        "事情",
        "你好",
        "您好",
        "大家好",
        "急",
        "紧急",
        "加急",
        "重要",
        "通知",
        "测试",
        "无主题",
        "无标题",
        "主题",
        "咨询一下",
        "请教一下",
        "麻烦",
        "帮忙",
        "求助",
        "汇报",
        "文件",
        "附件",
        "资料",
        "回复",
        "转发",
        # English
        "hello",
        "hi",
        "hey",
        "dear",
        "question",
        "questions",
        "query",
        "inquiry",
        "enquiry",
        "info",
        "information",
        "request",
        "help",
        "urgent",
        "important",
        "fyi",
        "test",
        "testing",
        "update",
        "news",
        "stuff",
        "hello there",
        "hi there",
        "no subject",
        "nosubject",
        "untitled",
        "subject",
        "re",
        "fw",
        "fwd",
        "attachment",
        "attachments",
        "document",
        "file",
        "files",
        "misc",
    }
)
# A subject is "short" for the vague check up to this many characters after normalisation.
_VAGUE_MAX_LEN = 24

_REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|sv|回复|答复|转发)\s*[:：]\s*)+", re.IGNORECASE)
_DATE = (
    r"(?:\d{8}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}年\d{1,2}月(?:\d{1,2}[日号])?|\d{4}[-./]?\d{2}|"
    r"\d{4}-?W\d{2}|\d{4}(?:Q[1-4]|年(?:第?[一二三四1-4]季度|上半年|下半年)))"
)
_CODE = r"(?:【[^【】]{1,40}】|\[[^\[\]]{1,40}\]|[^\s\-–—【】\[\]]{1,40}\s*[-–—])"
# [部门/项目代码]-[核心内容]-[日期], e.g. 【项目A】周报-20231120, [市场部]-发布会筹备-2023-11-20, 市场部-周报-20231120
_CODE_CONTENT_DATE = re.compile(rf"^{_CODE}\s*[-–—]?\s*\S.*?\s*[-–—_ ]\s*{_DATE}\s*$")
# 【重要通知】-[事项描述], its mark framed by any bracket ([重要通知], 〖重要通知〗, ［重要通知］ ...)
_NOTICE_REST = re.compile(r"^\s*[-–—:：]?\s*\S")


def _normalise(subject: str) -> str:
    text = unicodedata.normalize("NFKC", subject or "")
    text = _REPLY_PREFIX.sub("", text)
    return text.strip()


def _vague_key(text: str) -> str:
    """Lower case, punctuation, brackets, emoji and spacing removed: '  Hello?! ' -> 'hello'."""
    kept = [ch if unicodedata.category(ch)[0] in "LN" else " " for ch in text.casefold()]
    return " ".join("".join(kept).split())


def is_vague(subject: str) -> bool:
    key = _vague_key(_normalise(subject))
    if not key:
        return True
    if len(key) > _VAGUE_MAX_LEN:
        return False
    if key in VAGUE_SUBJECTS or key.replace(" ", "") in VAGUE_SUBJECTS:
        return True
    words = key.split()
    return len(words) > 1 and all(w in VAGUE_SUBJECTS for w in words)


def follows_convention(subject: str) -> bool:
    text = _normalise(subject)
    rest = strip_notice_mark(text)
    return bool(_CODE_CONTENT_DATE.match(text) or (rest != text and _NOTICE_REST.match(rest)))


def em_1(subject: str | None) -> list[Finding]:
    """EM-1: the subject states the core content; empty or vague subjects are a warning."""
    text = _normalise(subject or "")
    if not _vague_key(text):
        return [
            Finding(
                "EM-1",
                Level.WARN,
                translate(
                    "Mail", "The subject is empty: say what the mail is about, e.g. '【项目A】周报-20231120'."
                ),
            )
        ]
    if is_vague(text):
        return [
            Finding(
                "EM-1",
                Level.WARN,
                translate(
                    "Mail",
                    "The subject '{subject}' is too vague: state the core content, e.g. "
                    "'【项目A】周报-20231120' or '【重要通知】-办公室搬迁'.",
                ).format(subject=text),
            )
        ]
    if not follows_convention(text):
        return [
            Finding(
                "EM-1",
                Level.OK,
                translate(
                    "Mail",
                    "Tip: subjects in the form '[部门/项目代码]-[核心内容]-[日期]' or "
                    "'【重要通知】-[事项描述]' are easier to find later.",
                ),
            )
        ]
    return []


# EM-2: more visible recipients than this and the mail should go to a list or become a meeting.
MAX_VISIBLE_RECIPIENTS = 10


def _addresses(values: Iterable[str] | str | None) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    found: list[str] = []
    seen: set[str] = set()
    for _name, addr in getaddresses([v for v in values if v]):
        key = addr.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            found.append(addr.strip())
    return found


def em_2(
    to: Iterable[str] | str | None,
    cc: Iterable[str] | str | None = None,
    bcc: Iterable[str] | str | None = None,
    bulk: bool = False,
    *,
    sender: str | None = None,
    max_visible: int = MAX_VISIBLE_RECIPIENTS,
) -> list[Finding]:
    """EM-2: To = who must act, Cc = who must know, Bcc only to hide the recipients of a bulk send.

    ``to``/``cc``/``bcc`` are the headers of ONE message (addresses, optionally with names).
    ``bulk`` says the message belongs to a mailing (release to a list, announcement): then nobody may
    see another recipient: a personalised message with one To and nothing else passes, as does a
    message to the ``sender`` with everyone in Bcc; anything else is a BLOCK.
    """
    to_list, cc_list, bcc_list = _addresses(to), _addresses(cc), _addresses(bcc)
    sender_key = (_addresses(sender) or [""])[0].casefold()
    if not (to_list or cc_list or bcc_list):
        return [
            Finding(
                "EM-2",
                Level.BLOCK,
                translate("Mail", "The mail has no recipients: add at least one address."),
            )
        ]
    visible = [a for a in to_list + cc_list if a.casefold() != sender_key]
    findings: list[Finding] = []
    if bulk:
        if len(visible) > 1 or (visible and bcc_list):
            findings.append(
                Finding(
                    "EM-2",
                    Level.BLOCK,
                    translate(
                        "Mail",
                        "This bulk send would show {count} recipients to each other: send one "
                        "personalised message per recipient, or put everyone in Bcc.",
                    ).format(count=len(visible) + len(bcc_list)),
                )
            )
        return findings
    if len(visible) > max_visible:
        findings.append(
            Finding(
                "EM-2",
                Level.WARN,
                translate(
                    "Mail",
                    "{count} people would see each other's addresses: for that many, use a distribution "
                    "list (personalised or Bcc) or hold a meeting.",
                ).format(count=len(visible)),
            )
        )
    if bcc_list:
        findings.append(
            Finding(
                "EM-2",
                Level.WARN,
                translate(
                    "Mail",
                    "Bcc is meant only to hide the recipients of a bulk send: put people who must act in "
                    "To and people who must know in Cc.",
                ),
            )
        )
    return findings

"""The mail that tells a case owner's manager that a clock ran out (HL-4, P-1), and how the desk's
mail is signed.

The mail is written in the language the desk writes in (``zh_CN`` or ``en``: the reply language
of the cases desk's settings), never in the language of the program that happened to escalate (a
desk in English, a schedule): each language's words are here, as the acknowledgements' are in
``replies.DEFAULT_ACKNOWLEDGEMENTS``, not looked up through the installed translator. It is signed
by the desk (it is sent automatically), not by the personal name a mail account's signature may
hold; an answer to them is signed by the person who wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import CaseStatus

# A clock's name inside a sentence ("the first response clock"), and a status's, per language.
_CLOCKS = {
    "zh_CN": {
        ClockKind.FIRST_RESPONSE: "首次响应",
        ClockKind.NEXT_UPDATE: "下次进展告知",
        ClockKind.RESOLUTION: "解决",
    },
    "en": {
        ClockKind.FIRST_RESPONSE: "first response",
        ClockKind.NEXT_UPDATE: "next update",
        ClockKind.RESOLUTION: "resolution",
    },
}
_STATUSES = {
    "zh_CN": {
        CaseStatus.NEW: "新建",
        CaseStatus.ACKNOWLEDGED: "已确认收到",
        CaseStatus.IN_PROGRESS: "处理中",
        CaseStatus.WAITING: "等待对方",
        CaseStatus.RESOLVED: "已解决",
        CaseStatus.CLOSED: "已关闭",
    },
    "en": {
        CaseStatus.NEW: "new",
        CaseStatus.ACKNOWLEDGED: "acknowledged",
        CaseStatus.IN_PROGRESS: "in progress",
        CaseStatus.WAITING: "waiting for them",
        CaseStatus.RESOLVED: "resolved",
        CaseStatus.CLOSED: "closed",
    },
}
_WORDS = {
    "zh_CN": {
        "subject": "【升级】{clock}已超时",
        "body": "案件 {reference} 的{clock}时限已于 {due} 超时。\n\n{summary}\n\n"
        "状态：{status}。请督促尽快答复此案件。",
        "desk": "{organisation}案件台（系统自动发送）",
        "desk_alone": "案件台（系统自动发送）",
    },
    "en": {
        "subject": "[Escalation] {Clock} overdue",
        "body": "The {clock} clock of case {reference} ran out at {due}.\n\n{summary}\n\n"
        "Status: {status}. Please see to it that the case is answered.",
        "desk": "{organisation} cases desk (sent automatically)",
        "desk_alone": "The cases desk (sent automatically)",
    },
}


@dataclass(frozen=True)
class DeskMail:
    subject: str  # without the case's reference (the caller tags it)
    body: str
    signature: str


def _language(language: str) -> str:
    return "en" if language == "en" else "zh_CN"


def desk_signature(language: str, organisation: str) -> str:
    """How the desk signs the mail it sends by itself."""
    words = _WORDS[_language(language)]
    return (
        words["desk"].format(organisation=organisation.strip())
        if organisation.strip()
        else words["desk_alone"]
    )


def answer_signature(writer: str, organisation: str) -> str:
    """How an answer to them is signed: the person who wrote it, then the organisation."""
    return "\n".join(line for line in (writer.strip(), organisation.strip()) if line)


def escalation_mail(
    language: str,
    *,
    clock: ClockKind,
    reference: str,
    due: str,
    summary: str,
    status: CaseStatus,
    organisation: str,
) -> DeskMail:
    """The manager's mail about a clock that ran out, in ``language`` (``zh_CN`` or ``en``); ``due``
    is the due time as shown (with its zone)."""
    lang = _language(language)
    words = _WORDS[lang]
    name = _CLOCKS[lang][ClockKind(clock)]
    return DeskMail(
        subject=words["subject"].format(clock=name, Clock=name[:1].upper() + name[1:]),
        body=words["body"].format(
            clock=name,
            reference=reference,
            due=due,
            summary=summary.strip(),
            status=_STATUSES[lang][CaseStatus(status)],
        ),
        signature=desk_signature(lang, organisation),
    )


__all__ = ["DeskMail", "answer_signature", "desk_signature", "escalation_mail"]

"""What an announcement is, what it says to the review engine, and the mail each member gets.

* The reviewed content (``review_content``) is what must not change unseen after approval: the
  subject as typed, the priority (as the subject's 【重要通知】 mark, the same in every language),
  the audience (the lists' names) and the text. Its hash is what an approval and each queued copy
  name; the outbox holds a copy whose announcement no longer has that approved hash.
* The mail subject (``mail_subject``): an important announcement is a 【重要通知】 (EM-1's
  ``important_notice``); any other is ``content-YYYYMMDD`` by EM-1's builder.
* Each copy carries a ``List-Unsubscribe`` header (AN-2); ``unsubscribe_address`` reads its
  mailto back (the service writes the lines under the copy in the announcement's language).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urlsplit

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.mail.subject import IMPORTANT_NOTICE, build_subject, important_notice, is_important_notice

MAX_SUBJECT = 200
MAX_BODY = 50_000


class Priority(str, enum.Enum):
    NORMAL = "normal"
    IMPORTANT = "important"

    @property
    def label(self) -> str:
        if self is Priority.IMPORTANT:
            return translate("Publishing", "Important notice 【重要通知】")
        return translate("Publishing", "Normal")


def parse_priority(value: str) -> Priority:
    try:
        return Priority(value)
    except ValueError:
        raise ValidationError(
            {"priority": translate("Publishing", "The priority is normal or important.")}
        ) from None


@dataclass(frozen=True)
class AnnouncementText:
    """What an officer writes: subject, text, priority and the lists it goes to."""

    subject: str
    body: str
    priority: Priority
    list_ids: tuple[int, ...]


def check_text(text: AnnouncementText) -> AnnouncementText:
    """The text cleaned (subject on one line) or ValidationError naming each field to fix."""
    subject = " ".join((text.subject or "").split())
    body = (text.body or "").strip()
    errors: dict[str, str] = {}
    if not subject:
        errors["subject"] = translate("Publishing", "Say in a few words what the announcement is about.")
    elif len(subject) > MAX_SUBJECT:
        errors["subject"] = translate("Publishing", "The subject is longer than 200 characters; shorten it.")
    if not body:
        errors["body"] = translate("Publishing", "Write the announcement's text.")
    elif len(body) > MAX_BODY:
        errors["body"] = translate("Publishing", "The text is longer than 50,000 characters; shorten it.")
    if not text.list_ids:
        errors["audience"] = translate(
            "Publishing", "Choose at least one subscription list: announcements go only to subscribers."
        )
    if errors:
        raise ValidationError(errors)
    return AnnouncementText(subject, body, Priority(text.priority), tuple(sorted(set(text.list_ids))))


def review_content(text: AnnouncementText, list_names: Mapping[int, str]) -> dict[str, str]:
    """The announcement as the review engine hashes and diffs it (language-independent)."""
    return {
        "subject": text.subject,
        "priority": IMPORTANT_NOTICE if text.priority is Priority.IMPORTANT else "",
        "audience": "、".join(list_names.get(i, f"#{i}") for i in text.list_ids),
        "body": text.body,
    }


def mail_subject(text: AnnouncementText, day: dt.date) -> str:
    """The subject of the copies: 【重要通知】-subject, or subject-YYYYMMDD (EM-1)."""
    if text.priority is Priority.IMPORTANT:
        return important_notice(text.subject)
    return build_subject(None, text.subject, day)


#: outbox kinds whose messages come from a reviewed item (checked by the gate when they leave)
REVIEWED_MAIL_KINDS = frozenset({"release", "announcement", "event_invitation"})


def unreviewed_notice(kind: str, subject: str) -> bool:
    """A message that presents itself as an important notice but comes from no reviewed item (a
    plain mail, a meeting's mail...). To staff (AN-4) the outbox refuses to queue or export it, and
    holds it; EM-1's 【重要通知】 subject stays open for mail to people outside."""
    return kind not in REVIEWED_MAIL_KINDS and is_important_notice(subject)


def unreviewed_notice_text() -> str:
    return translate(
        "Publishing",
        "An important notice (【重要通知】) to staff goes out only as an announcement approved by a "
        "reviewer: write it in Announcements (it is sent to the subscription lists from there).",
    )


def unsubscribe_address(headers: Mapping[str, str]) -> tuple[str, str] | None:
    """(address, subject) of the mailto in a copy's ``List-Unsubscribe`` header, or None."""
    value = (headers.get("List-Unsubscribe") or "").strip().strip("<>")
    parts = urlsplit(value)
    if parts.scheme.lower() != "mailto" or not parts.path:
        return None
    subject = parse_qs(parts.query).get("subject", [""])[0]
    return unquote(parts.path), subject


def audience_names(list_ids: Sequence[int], names: Mapping[int, str]) -> str:
    return translate("Publishing", ", ").join(names.get(i, f"#{i}") for i in list_ids)

"""The review engine's and the announcements' tables, fields and codes as people read them in
history views, the audit pane and its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from collections.abc import Callable

from commdesk.core.announcements.records import Priority
from commdesk.core.i18n import translate
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import Action, State

TABLES = (
    "review_items",
    "review_revisions",
    "review_approvals",
    "review_steps",
    "review_comments",
    "announcements",
    "announcement_audiences",
)


def entity_labels() -> dict[str, Callable[[], str]]:
    return {
        "review_items": lambda: translate("ReviewLabels", "Review"),
        "review_revisions": lambda: translate("ReviewLabels", "Reviewed version"),
        "review_approvals": lambda: translate("ReviewLabels", "Approval"),
        "review_steps": lambda: translate("ReviewLabels", "Review step"),
        "review_comments": lambda: translate("ReviewLabels", "Review comment"),
        "announcements": lambda: translate("ReviewLabels", "Announcement"),
        "announcement_audiences": lambda: translate("ReviewLabels", "Announcement's list"),
    }


def field_labels() -> dict[str, str]:
    return {
        "kind": translate("ReviewLabels", "Kind"),
        "item_id": translate("ReviewLabels", "Item"),
        "state": translate("ReviewLabels", "State"),
        "author_id": translate("ReviewLabels", "Author"),
        "last_editor_id": translate("ReviewLabels", "Last editor"),
        "content_hash": translate("ReviewLabels", "Text fingerprint"),
        "revision": translate("ReviewLabels", "Version"),
        "approved_revision": translate("ReviewLabels", "Approved version"),
        "review_id": translate("ReviewLabels", "Review"),
        "reviewer_id": translate("ReviewLabels", "Reviewer"),
        "reviewer_name": translate("ReviewLabels", "Reviewer"),
        "at": translate("ReviewLabels", "When"),
        "note": translate("ReviewLabels", "Note"),
        "voided_at": translate("ReviewLabels", "Voided"),
        "voided_reason": translate("ReviewLabels", "Why voided"),
        "author_name": translate("ReviewLabels", "Author"),
        "text": translate("ReviewLabels", "Comment"),
        "owner_id": translate("ReviewLabels", "Owner"),
        "priority": translate("ReviewLabels", "Priority"),
        "subject": translate("ReviewLabels", "Subject"),
        "body": translate("ReviewLabels", "Text"),
        "sent_at": translate("ReviewLabels", "Sent"),
        "sent_by": translate("ReviewLabels", "Sent by"),
        "announcement_id": translate("ReviewLabels", "Announcement"),
        "list_id": translate("ReviewLabels", "Subscription list"),
    }


def value_labels() -> dict[str, dict[str, str]]:
    return {
        "kind": {k.value: k.label for k in Kind},
        "state": {s.value: s.label for s in State},
        "priority": {p.value: p.label for p in Priority},
        "voided_reason": {
            "edited": translate("ReviewLabels", "the text was edited"),
            "returned": translate("ReviewLabels", "returned with comments"),
            "withdrawn": translate("ReviewLabels", "withdrawn"),
        },
    }


def action_labels() -> dict[str, str]:
    return {a.value: a.label for a in Action} | {"edit": translate("ReviewLabels", "edited")}


def _entity_of(table: str) -> Callable[[], str]:
    return lambda: entity_labels()[table]()


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    people = {
        "author_id": "person",
        "last_editor_id": "person",
        "reviewer_id": "person",
        "owner_id": "person",
    }
    for table in TABLES:
        register(
            table,
            field_labels=field_labels,
            value_labels=value_labels,
            entity_label=_entity_of(table),
            references=people,
        )

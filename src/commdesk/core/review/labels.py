"""The review engine's and the announcements' tables, fields and codes as people read them in
history views, the audit pane and its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from commdesk.core.announcements.records import Priority
from commdesk.core.i18n import translate
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import Action, State
from commdesk.core.table_labels import PERSON, register_tables


def entity_labels() -> dict[str, str]:
    return {
        "review_items": translate("ReviewLabels", "Review"),
        "review_revisions": translate("ReviewLabels", "Reviewed version"),
        "review_approvals": translate("ReviewLabels", "Approval"),
        "review_steps": translate("ReviewLabels", "Review step"),
        "review_comments": translate("ReviewLabels", "Review comment"),
        "announcements": translate("ReviewLabels", "Announcement"),
        "announcement_audiences": translate("ReviewLabels", "Announcement's list"),
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


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    people = dict.fromkeys(("author_id", "last_editor_id", "reviewer_id", "owner_id"), PERSON)
    register_tables(
        register, entity_labels, field_labels=field_labels, value_labels=value_labels, references=people
    )

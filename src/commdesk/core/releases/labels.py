"""Field, value and action names of releases as people read them, for history views (the shared
history dialog and audit views look them up instead of showing ``body_markdown`` or ``in_review``;
``register_labels`` hands them to ``core.labels``). Plain dicts, translated when called. The
outbox's own: ``core.mail.labels``.

Use: ``field_labels("releases")["body_markdown"]`` -> "Text" / "正文";
``value_labels("releases", "state")["in_review"]`` -> "In review" / "审核中";
``action_labels()["request_changes"]`` -> "Request changes" / "要求修改".
"""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.releases.workflow import Action, State

#: The releases area's audited tables (their audit ``entity`` names).
RELEASE_TABLES = (
    "releases",
    "release_reviewers",
    "release_revisions",
    "release_approvals",
    "release_comments",
    "release_steps",
    "release_publications",
    "release_coverage",
    "release_attachments",
    "release_templates",
)


def _release_fields() -> dict[str, str]:
    return {
        "reference": translate("Releases", "Reference"),
        "state": translate("Releases", "State"),
        "title": translate("Releases", "Title"),
        "subtitle": translate("Releases", "Subtitle"),
        "dateline_city": translate("Releases", "Dateline city"),
        "dateline_date": translate("Releases", "Dateline date"),
        "body_markdown": translate("Releases", "Text"),
        "quotes_json": translate("Releases", "Quotes"),
        "boilerplate": translate("Releases", "About us"),
        "media_contact": translate("Releases", "Media contact"),
        "language": translate("Releases", "Language"),
        "embargo": translate("Releases", "Embargo"),
        "embargo_tz": translate("Releases", "Embargo time zone"),
        "channels_json": translate("Releases", "Channels"),
        "lists_json": translate("Releases", "Distribution lists"),
        "review_rule": translate("Releases", "Review rule"),
        "submit_note": translate("Releases", "Note for reviewers"),
        "template_key": translate("Releases", "Template"),
        "content_hash": translate("Releases", "Content hash"),
        "revision": translate("Releases", "Version"),
        "author_id": translate("Releases", "Author"),
        "last_editor_id": translate("Releases", "Last edited by"),
        "owner_id": translate("Releases", "Owner"),
        "linked_id": translate("Releases", "Linked release"),
        "published_at": translate("Releases", "Published"),
        "person_id": translate("Releases", "Reviewer"),
        "reviewer_id": translate("Releases", "Reviewer"),
        "reviewer_name": translate("Releases", "Reviewer"),
        "at": translate("Releases", "When"),
        "note": translate("Releases", "Note"),
        "voided_at": translate("Releases", "Voided"),
        "voided_reason": translate("Releases", "Why voided"),
        "text": translate("Releases", "Comment"),
        "paragraph_id": translate("Releases", "Paragraph"),
        "paragraph_text": translate("Releases", "Paragraph"),
        "parent_id": translate("Releases", "Answer to"),
        "resolved_at": translate("Releases", "Resolved"),
        "resolved_by": translate("Releases", "Resolved by"),
        "author_name": translate("Releases", "Author"),
        "channel": translate("Releases", "Channel"),
        "url": translate("Releases", "Link"),
        "recorded_by": translate("Releases", "Recorded by"),
        "day": translate("Releases", "Date"),
        "outlet": translate("Releases", "Outlet"),
        "outlet_kind": translate("Releases", "Outlet kind"),
        "journalist_id": translate("Releases", "Journalist"),
        "journalist_name": translate("Releases", "Journalist"),
        "headline": translate("Releases", "Headline"),
        "reach": translate("Releases", "Reach"),
        "tone": translate("Releases", "Tone"),
        "original": translate("Releases", "Original / reprint"),
        "filename": translate("Releases", "File"),
        "media_type": translate("Releases", "File type"),
        "size": translate("Releases", "Size"),
        "added_by": translate("Releases", "Added by"),
        "key": translate("Releases", "Template"),
        "data": translate("Releases", "Content"),
        "edited_by": translate("Releases", "Edited by"),
        "created_by": translate("Releases", "Created by"),
    }


def field_labels(entity: str = "releases") -> dict[str, str]:
    """Column name -> label for an audited table of releases (``releases``, ``release_*``; the outbox:
    ``core.mail.labels``); {} for others."""
    if entity == "mail_outbox":
        from commdesk.core.mail.labels import field_labels as outbox_fields

        return outbox_fields()
    if entity == "releases" or entity.startswith("release_"):
        return _release_fields()
    return {}


def state_labels() -> dict[str, str]:
    """Release state value -> its name (``in_review`` -> "In review")."""
    return {s.value: s.label for s in State}


def value_labels(entity: str, field: str) -> dict[str, str]:
    """Stored value -> words, for fields whose values are codes (a release's state, a message's status)."""
    if entity == "releases" and field == "state":
        return state_labels()
    if entity == "release_steps" and field in ("from_state", "to_state"):
        return state_labels()
    if entity == "mail_outbox":
        from commdesk.core.mail.labels import value_labels as outbox_values

        return outbox_values().get(field, {})
    return {}


def action_labels() -> dict[str, str]:
    """Audit action / workflow step codes of releases and the outbox -> words."""
    labels = {a.value: a.label for a in Action}
    labels.update(
        {
            "void_approvals": translate("Releases", "Approvals voided"),
            "edit_after_approval": translate("Releases", "Edited after approval"),
            "publication": translate("Releases", "Publication recorded"),
        }
    )
    from commdesk.core.mail.labels import action_labels as outbox_actions

    labels.update(outbox_actions())
    return labels


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``: the release tables' field and value labels."""
    for table in RELEASE_TABLES:
        register(
            table,
            field_labels=lambda t=table: field_labels(t),
            value_labels=lambda t=table: (
                {f: value_labels(t, f) for f in ("state", "from_state", "to_state") if value_labels(t, f)}
                | {"action": action_labels()}
            ),
        )

"""The social-media tables, fields and codes as people read them in history views, the audit pane
and its PDF (``register_labels`` hands them to ``core.labels``)."""

from __future__ import annotations

from commdesk.core.i18n import translate
from commdesk.core.table_labels import PERSON, RELEASE, register_tables

# Fields holding a person's id: shown as the person's name.
PERSON_FIELDS = ("checked_by", "author_id", "published_by", "added_by", "answered_by")


def entity_labels() -> dict[str, str]:
    return {
        "social_platforms": translate("SocialLabels", "Social platform"),
        "social_accounts": translate("SocialLabels", "Social media account"),
        "social_posts": translate("SocialLabels", "Social media post"),
        "social_assets": translate("SocialLabels", "Asset"),
        "social_post_assets": translate("SocialLabels", "Asset of a post"),
        "social_reply_templates": translate("SocialLabels", "Reply template"),
        "social_messages": translate("SocialLabels", "Comment or message"),
        "social_metrics": translate("SocialLabels", "Monthly figures"),
    }


def field_labels() -> dict[str, str]:
    return {
        "code": translate("SocialLabels", "Code"),
        "name_zh": translate("SocialLabels", "Name (Chinese)"),
        "name_en": translate("SocialLabels", "Name (English)"),
        "counting": translate("SocialLabels", "How length is counted"),
        "text_limit": translate("SocialLabels", "Length limit"),
        "title_limit": translate("SocialLabels", "Title length limit"),
        "purpose_zh": translate("SocialLabels", "What it is for (Chinese)"),
        "purpose_en": translate("SocialLabels", "What it is for (English)"),
        "active": translate("SocialLabels", "Active"),
        "position": translate("SocialLabels", "Position"),
        "platform_id": translate("SocialLabels", "Platform"),
        "name": translate("SocialLabels", "Name"),
        "handle": translate("SocialLabels", "Handle"),
        "target_min": translate("SocialLabels", "Posts a week, at least"),
        "target_max": translate("SocialLabels", "Posts a week, at most"),
        "name_consistent": translate("SocialLabels", "Name consistent"),
        "avatar_consistent": translate("SocialLabels", "Avatar consistent"),
        "profile_consistent": translate("SocialLabels", "Profile consistent"),
        "checked_by": translate("SocialLabels", "Checked by"),
        "checked_at": translate("SocialLabels", "Checked"),
        "check_note": translate("SocialLabels", "Check note"),
        "account_id": translate("SocialLabels", "Account"),
        "kind": translate("SocialLabels", "Kind"),
        "title": translate("SocialLabels", "Title"),
        "text": translate("SocialLabels", "Text"),
        "planned_at": translate("SocialLabels", "Planned"),
        "campaign": translate("SocialLabels", "Campaign or topic"),
        "release_id": translate("SocialLabels", "Press release"),
        "author_id": translate("SocialLabels", "Author"),
        "published_at": translate("SocialLabels", "Published"),
        "published_url": translate("SocialLabels", "Published at (URL)"),
        "published_by": translate("SocialLabels", "Published by"),
        "cancelled": translate("SocialLabels", "Cancelled"),
        "sha256": translate("SocialLabels", "Fingerprint (SHA-256)"),
        "file_name": translate("SocialLabels", "File name"),
        "media_type": translate("SocialLabels", "Type"),
        "size": translate("SocialLabels", "Size"),
        "tags": translate("SocialLabels", "Tags"),
        "rights": translate("SocialLabels", "Usage rights"),
        "expires_on": translate("SocialLabels", "Rights expire"),
        "added_by": translate("SocialLabels", "Added by"),
        "post_id": translate("SocialLabels", "Post"),
        "asset_id": translate("SocialLabels", "Asset"),
        "body": translate("SocialLabels", "Text"),
        "author": translate("SocialLabels", "From"),
        "received_at": translate("SocialLabels", "Received"),
        "status": translate("SocialLabels", "Status"),
        "reply": translate("SocialLabels", "Reply"),
        "answered_at": translate("SocialLabels", "Answered"),
        "answered_by": translate("SocialLabels", "Answered by"),
        "case_id": translate("SocialLabels", "Case"),
        "month": translate("SocialLabels", "Month"),
        "followers": translate("SocialLabels", "Followers"),
        "reach": translate("SocialLabels", "Reach"),
        "reads": translate("SocialLabels", "Reads"),
        "interactions": translate("SocialLabels", "Interactions"),
        "source": translate("SocialLabels", "Source"),
    }


def value_labels() -> dict[str, dict[str, str]]:
    return {
        "kind": {
            "post": translate("SocialLabels", "Post"),
            "topic": translate("SocialLabels", "Topic"),
            "poll": translate("SocialLabels", "Poll"),
            "qa": translate("SocialLabels", "Q&A"),
            "comment": translate("SocialLabels", "Comment"),
            "message": translate("SocialLabels", "Message"),
        },
        "status": {
            "open": translate("SocialLabels", "Needs an answer"),
            "answered": translate("SocialLabels", "Answered"),
            "case": translate("SocialLabels", "Became a case"),
            "closed": translate("SocialLabels", "Closed without answer"),
        },
        "counting": {
            "plain": translate("SocialLabels", "Characters"),
            "weibo": translate("SocialLabels", "As Weibo counts"),
            "twitter": translate("SocialLabels", "As X counts"),
        },
    }


def register_labels(register) -> None:
    """Called by ``core.labels.load_area_labels``."""
    references = dict.fromkeys(PERSON_FIELDS, PERSON) | {"release_id": RELEASE}
    register_tables(
        register, entity_labels, field_labels=field_labels, value_labels=value_labels, references=references
    )

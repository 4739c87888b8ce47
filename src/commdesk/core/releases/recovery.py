"""Drafting without loss: unsaved edits of a release kept on this computer while the user types
(``core.drafts``), offered back after a crash.

``RELEASE_DRAFTS`` stores a ``ReleaseEdit`` per release with the stored version the edit started
from, so the UI can tell "your unsaved edit of version 3" from the stored version 5.
"""

from __future__ import annotations

from datetime import date, datetime

from commdesk.core.drafts import DraftKind, Legacy, draft_key
from commdesk.core.releases.content import Quote, ReleaseContent
from commdesk.core.releases.records import ReleaseEdit


def edit_to_dict(edit: ReleaseEdit) -> dict:
    c = edit.content
    return {
        "content": {
            "title": c.title,
            "subtitle": c.subtitle,
            "dateline_city": c.dateline_city,
            "dateline_date": c.dateline_date.isoformat() if c.dateline_date else None,
            "body_markdown": c.body_markdown,
            "quotes": [[q.text, q.attribution] for q in c.quotes],
            "boilerplate": c.boilerplate,
            "media_contact": c.media_contact,
            "language": c.language,
            "embargo": c.embargo.isoformat() if c.embargo else None,
        },
        "embargo_tz": edit.embargo_tz,
        "channels": list(edit.channels),
        "lists": [list(x) for x in edit.lists],
        "reviewer_ids": list(edit.reviewer_ids),
        "review_rule": edit.review_rule,
        "owner_id": edit.owner_id,
        "linked_id": edit.linked_id,
    }


def edit_from_dict(data: dict) -> ReleaseEdit:
    c = data["content"]
    content = ReleaseContent(
        title=c["title"],
        subtitle=c["subtitle"],
        dateline_city=c["dateline_city"],
        dateline_date=date.fromisoformat(c["dateline_date"]) if c.get("dateline_date") else None,
        body_markdown=c["body_markdown"],
        quotes=tuple(Quote(t, a) for t, a in c["quotes"]),
        boilerplate=c["boilerplate"],
        media_contact=c["media_contact"],
        language=c["language"],
        embargo=datetime.fromisoformat(c["embargo"]) if c.get("embargo") else None,
    )
    return ReleaseEdit(
        content,
        data.get("embargo_tz", ""),
        tuple(data.get("channels", ())),
        tuple((int(i), str(n)) for i, n in data.get("lists", ())),
        tuple(int(i) for i in data.get("reviewer_ids", ())),
        data.get("review_rule", "any"),
        data.get("owner_id"),
        data.get("linked_id"),
    )


def _release_from_legacy(payload: dict) -> dict:
    """A copy the releases' own recovery store wrote (``release-<id>.json``) in the drafts' shape."""
    return {
        "key": draft_key(payload["release_id"]),
        "saved_at": payload["saved_at"],
        "person_id": payload.get("person_id"),
        "base_version": payload.get("base_version"),
        "value": payload["edit"],
    }


#: Press releases being edited, kept on this computer until saved (``core.drafts``); keyed by the
#: release's id (``new`` for one not saved yet), with the stored version the edit started from.
RELEASE_DRAFTS: DraftKind[ReleaseEdit] = DraftKind(
    "releases",
    encode=edit_to_dict,
    decode=edit_from_dict,
    legacy=(Legacy("release-*.json", _release_from_legacy),),
)

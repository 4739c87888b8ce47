"""Plain records the release services return (never ORM rows), and the edit a user saves.

``ReleaseEdit`` is what the editor sends: the content plus the settings around it (channels,
lists, reviewers, review rule). ``Release`` is a stored release with everything a pane shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from commdesk.core.releases.content import Quote, ReleaseContent
from commdesk.core.releases.workflow import State

CHANNELS = ("newsroom", "wire", "wechat", "weibo", "mailing")
TONES = ("positive", "neutral", "negative")
OUTLET_KINDS = ("newspaper", "online", "tv", "radio", "agency", "magazine", "social")


@dataclass(frozen=True)
class ReleaseEdit:
    content: ReleaseContent
    embargo_tz: str = ""  # IANA zone of the embargo, e.g. Asia/Shanghai
    channels: tuple[str, ...] = ()
    lists: tuple[tuple[int, str], ...] = ()  # (contact list id, name)
    reviewer_ids: tuple[int, ...] = ()
    review_rule: str = "any"
    owner_id: int | None = None
    linked_id: int | None = None


@dataclass(frozen=True)
class ApprovalInfo:
    id: int
    reviewer_id: int
    reviewer_name: str
    content_hash: str
    revision: int
    at: datetime
    note: str = ""
    voided_at: datetime | None = None
    voided_reason: str = ""

    @property
    def valid(self) -> bool:
        return self.voided_at is None

    @property
    def voided_because(self) -> str:
        return void_reason_text(self.voided_reason)


def void_reason_text(code: str) -> str:
    """Why an approval was voided, in the user's language (stored as a code)."""
    from commdesk.core.i18n import translate

    if code.startswith("edited:"):
        return translate("Releases", "content changed in v{n}").format(n=code.split(":", 1)[1])
    if code == "changes_requested":
        return translate("Releases", "changes requested")
    if code == "reopened":
        return translate("Releases", "reopened as draft")
    return code


@dataclass(frozen=True)
class Release:
    id: int
    reference: str
    state: State
    content: ReleaseContent
    embargo_tz: str
    channels: tuple[str, ...]
    lists: tuple[tuple[int, str], ...]
    reviewer_ids: tuple[int, ...]
    reviewer_names: tuple[str, ...]
    review_rule: str
    submit_note: str
    template_key: str
    content_hash: str
    revision: int
    author_id: int
    author_name: str
    last_editor_id: int
    last_editor_name: str
    owner_id: int
    owner_name: str
    linked_id: int | None
    published_at: datetime | None
    created_at: datetime
    updated_at: datetime
    version: int
    approvals: tuple[ApprovalInfo, ...] = ()

    @property
    def label(self) -> str:
        """``PR-2026-014 v3``: the reference and revision printed in footers."""
        return f"{self.reference} v{self.revision}"

    def edit(self, **changes) -> ReleaseEdit:
        base = ReleaseEdit(
            self.content,
            self.embargo_tz,
            self.channels,
            self.lists,
            self.reviewer_ids,
            self.review_rule,
            self.owner_id,
            self.linked_id,
        )
        from dataclasses import replace

        return replace(base, **changes)


@dataclass(frozen=True)
class ReleaseSummary:
    id: int
    reference: str
    title: str
    state: State
    language: str
    embargo: datetime | None
    author_name: str
    revision: int
    updated_at: datetime
    awaiting_me: bool = False
    coverage_count: int = 0
    embargo_tz: str = ""  # the embargo's own zone; ``embargo`` is already shown in it


@dataclass(frozen=True)
class Revision:
    number: int
    content_hash: str
    editor_id: int
    editor_name: str
    at: datetime
    note: str
    content: ReleaseContent


@dataclass(frozen=True)
class Comment:
    id: int
    parent_id: int | None
    author_id: int
    author_name: str
    paragraph_id: str
    paragraph_text: str
    revision: int
    text: str
    at: datetime
    resolved_at: datetime | None
    resolved_by: str
    outdated: bool = False  # the paragraph commented on has changed since
    version: int = 1

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


@dataclass(frozen=True)
class Step:
    action: str
    from_state: State
    to_state: State
    actor_name: str
    revision: int
    at: datetime
    note: str


@dataclass(frozen=True)
class Publication:
    id: int
    channel: str
    url: str
    at: datetime
    recorded_by: str
    note: str = ""


@dataclass(frozen=True)
class Coverage:
    release_id: int
    outlet: str
    day: date
    outlet_kind: str = "online"
    journalist_id: int | None = None
    journalist_name: str = ""
    url: str = ""
    headline: str = ""
    reach: int = 0
    tone: str = "neutral"
    original: bool = True
    id: int | None = None
    version: int = 0
    release_reference: str = ""


@dataclass(frozen=True)
class Attachment:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_by: str
    at: datetime


@dataclass(frozen=True)
class ReviewRecord:
    """Everything the review record PDF shows."""

    release: Release
    revisions: tuple[Revision, ...]
    comments: tuple[Comment, ...]
    approvals: tuple[ApprovalInfo, ...]
    steps: tuple[Step, ...]
    publications: tuple[Publication, ...]


@dataclass(frozen=True)
class TemplateInfo:
    key: str
    language: str
    title: str
    text: str
    builtin: bool  # False: edited by an administrator (stored in the database)
    version: int = 0
    edited_by: str = ""
    placeholders: tuple[str, ...] = field(default_factory=tuple)


# -- canonical JSON back to content ------------------------------------------------------------


def content_from_json(text: str, zone: str = "") -> ReleaseContent:
    """The inverse of :func:`content.canonical_json` (revisions are stored in that form)."""
    data = json.loads(text)
    embargo = datetime.fromisoformat(data["embargo"]) if data.get("embargo") else None
    if embargo is not None and zone:
        embargo = embargo.astimezone(ZoneInfo(zone))
    return ReleaseContent(
        title=data["title"],
        subtitle=data["subtitle"],
        dateline_city=data["dateline_city"],
        dateline_date=date.fromisoformat(data["dateline_date"]) if data.get("dateline_date") else None,
        body_markdown=data["body_markdown"],
        quotes=tuple(Quote(t, a) for t, a in data["quotes"]),
        boilerplate=data["boilerplate"],
        media_contact=data["media_contact"],
        language=data["language"],
        embargo=embargo,
    )


def edit_fields(edit: ReleaseEdit) -> dict[str, str]:
    """The fields of an edit as a person reads them, for the conflict choice."""
    from commdesk.core.releases.workflow import format_moment

    c = edit.content
    return {
        "title": c.title,
        "subtitle": c.subtitle,
        "dateline": f"{c.dateline_city} {c.dateline_date or ''}".strip(),
        "body": c.body_markdown,
        "quotes": "\n".join(f"{q.text} | {q.attribution}" for q in c.quotes),
        "boilerplate": c.boilerplate,
        "media_contact": c.media_contact,
        "language": c.language,
        "embargo": format_moment(c.embargo) if c.embargo else "",
        "channels": ", ".join(edit.channels),
        "lists": ", ".join(n for _, n in edit.lists),
        "reviewers": ", ".join(map(str, edit.reviewer_ids)),
        "review_rule": edit.review_rule,
    }

"""Tables of the press-release area: releases, their revisions, reviewers, approvals,
comments, workflow steps, publications, coverage, attachments and edited templates.

Contacts (distribution lists, journalists) are referred to by id *and* name without a foreign key:
the contacts tables did not exist when these were written, and a release must keep showing who
it went to even after a contact is deleted. Release content is stored in columns (searchable,
auditable); every saved version is kept as canonical JSON in ``release_revisions``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class ReleaseRow(Versioned, Timestamps, Base):
    __tablename__ = "releases"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(30), unique=True)  # PR-2026-014
    state: Mapped[str] = mapped_column(String(30), default="draft", index=True)
    title: Mapped[str] = mapped_column(String(500))
    subtitle: Mapped[str] = mapped_column(String(500), default="")
    dateline_city: Mapped[str] = mapped_column(String(100), default="")
    dateline_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    body_markdown: Mapped[str] = mapped_column(Text, default="")
    quotes_json: Mapped[str] = mapped_column(Text, default="[]")  # [[text, attribution], ...]
    boilerplate: Mapped[str] = mapped_column(Text, default="")
    media_contact: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="zh")
    embargo: Mapped[datetime | None] = mapped_column(nullable=True)
    embargo_tz: Mapped[str] = mapped_column(String(60), default="")  # IANA zone, e.g. Asia/Shanghai
    channels_json: Mapped[str] = mapped_column(Text, default="[]")  # ["newsroom", "wechat", ...]
    lists_json: Mapped[str] = mapped_column(Text, default="[]")  # [[list id, name], ...]
    review_rule: Mapped[str] = mapped_column(String(10), default="any")
    submit_note: Mapped[str] = mapped_column(Text, default="")
    template_key: Mapped[str] = mapped_column(String(60), default="")
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    revision: Mapped[int] = mapped_column(Integer, default=1)
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    last_editor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    linked_id: Mapped[int | None] = mapped_column(
        ForeignKey("releases.id", ondelete="SET NULL"), nullable=True
    )  # the other-language version
    published_at: Mapped[datetime | None] = mapped_column(nullable=True)

    # Home: the embargoes of the unfinished states, in order (revision 0021)
    __table_args__ = (Index("ix_releases_state_embargo", "state", "embargo"),)


class ReleaseReviewerRow(Base):
    __tablename__ = "release_reviewers"
    __audited__ = True

    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True, index=True)


class ReleaseRevisionRow(Base):
    """Every saved version of the content; never changed, never deleted."""

    __tablename__ = "release_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content_json: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    editor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    editor_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("release_id", "number", name="uq_release_revisions_number"),)


class ReleaseApprovalRow(Base):
    """An approval of one content hash; kept when voided, with why."""

    __tablename__ = "release_approvals"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    voided_reason: Mapped[str] = mapped_column(String(200), default="")


class ReleaseCommentRow(Versioned, Base):
    __tablename__ = "release_comments"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("release_comments.id", ondelete="CASCADE"), nullable=True
    )  # an answer to this comment
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    author_name: Mapped[str] = mapped_column(String(200))
    paragraph_id: Mapped[str] = mapped_column(String(40), default="")  # "" : the whole release
    paragraph_text: Mapped[str] = mapped_column(Text, default="")  # the paragraph as commented
    revision: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")


class ReleaseStepRow(Base):
    """One workflow action: who moved the release from which state to which, with the note."""

    __tablename__ = "release_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(30))
    to_state: Mapped[str] = mapped_column(String(30))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class ReleasePublicationRow(Base):
    __tablename__ = "release_publications"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(30))
    url: Mapped[str] = mapped_column(String(2000), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")


class CoverageRow(Versioned, Base):
    """One pick-up of a release by an outlet (MD-4, MD-6)."""

    __tablename__ = "release_coverage"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # empty: a story logged on its own or imported from monitoring (revision 0090_evaluation)
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("releases.id", ondelete="CASCADE"), index=True, nullable=True
    )
    # the named competitor the story is about; "": the organisation itself (share of voice, EV-6)
    subject: Mapped[str] = mapped_column(String(200), default="", server_default="")
    outlet: Mapped[str] = mapped_column(String(200))
    outlet_kind: Mapped[str] = mapped_column(String(30), default="online")
    journalist_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)  # contacts id
    journalist_name: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[date] = mapped_column(Date, index=True)  # a period's coverage (revision 0090_evaluation)
    url: Mapped[str] = mapped_column(String(2000), default="")
    headline: Mapped[str] = mapped_column(String(500), default="")
    reach: Mapped[int] = mapped_column(Integer, default=0)
    tone: Mapped[str] = mapped_column(String(10), default="neutral")
    original: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str] = mapped_column(String(200), default="")

    # Home's coverage figures counted from the index (revision 0021)
    __table_args__ = (Index("ix_release_coverage_tone_kind", "tone", "outlet_kind"),)


class ReleaseAttachmentRow(Base):
    __tablename__ = "release_attachments"
    __audited__ = True
    __audit_ignore__ = frozenset({"data"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    release_id: Mapped[int] = mapped_column(ForeignKey("releases.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    data: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ReleaseTemplateRow(Versioned, Timestamps, Base):
    """A template edited by an administrator; replaces the built-in one with the same key/language."""

    __tablename__ = "release_templates"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(60))
    language: Mapped[str] = mapped_column(String(5))
    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    edited_by: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("key", "language", name="uq_release_templates_key_language"),
        Index("ix_release_templates_key", "key"),
    )

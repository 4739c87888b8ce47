"""Tables of the review engine (``core.review``): one review per item of a reviewed kind (a social
post, an announcement, an event invitation), its revisions, approvals, workflow steps and comments.

- ``review_items``: the review of one item (``kind``, ``item_id`` in the kind's own table): its
  state, author and last editor (four eyes), the current content hash and revision, and the last
  approved revision (what the reviewer's diff compares with).
- ``review_revisions``: every saved version of the content (``{field: text}`` as JSON); never changed.
- ``review_approvals``: an approval of one content hash; voided (never deleted) by an edit or a return.
- ``review_steps``: who moved the item from which state to which, with the note; never changed.
- ``review_comments``: reviewers' and authors' comments; never changed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class ReviewItemRow(Versioned, Timestamps, Base):
    __tablename__ = "review_items"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    item_id: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    author_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    last_editor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    content_hash: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    approved_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __table_args__ = (UniqueConstraint("kind", "item_id", name="uq_review_items_kind_item"),)


class ReviewRevisionRow(Base):
    __tablename__ = "review_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review_items.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    content_json: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    editor_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    editor_name: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)

    __table_args__ = (UniqueConstraint("review_id", "number", name="uq_review_revisions_number"),)


class ReviewApprovalRow(Base):
    __tablename__ = "review_approvals"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review_items.id", ondelete="CASCADE"), index=True)
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    reviewer_name: Mapped[str] = mapped_column(String(200))
    content_hash: Mapped[str] = mapped_column(String(64))
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    voided_reason: Mapped[str] = mapped_column(String(200), default="")


class ReviewStepRow(Base):
    __tablename__ = "review_steps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review_items.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(20))
    to_state: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


class ReviewCommentRow(Base):
    __tablename__ = "review_comments"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("review_items.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), nullable=True)
    author_name: Mapped[str] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(default=utcnow)

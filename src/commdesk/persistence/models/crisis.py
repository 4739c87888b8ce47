"""Tables of the issue and crisis log (SM-5, EV-7; issue 18).

- ``crises``: one issue or crisis (or a drill of one): its title, kind (the playbook it follows),
  severity 1-4, owner, when it was opened and closed (UTC), a summary, and the post-crisis review.
- ``crisis_checklist_items``: the playbook's steps copied when the crisis is opened (the step's key;
  its words come from ``core.crisis.playbooks``), ticked by whom and when.
- ``crisis_links``: what belongs to the crisis, by kind and id (release, post, case, coverage,
  meeting). No foreign key: the records live in other areas' tables, and a link to a record that
  was deleted later is shown as such on the timeline.
- ``crisis_notes``: the log's own entries (what happened when), typed by the office.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class CrisisRow(Versioned, Timestamps, Base):
    __tablename__ = "crises"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    severity: Mapped[int] = mapped_column(Integer, default=2)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    opened_at: Mapped[datetime] = mapped_column(index=True)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    drill: Mapped[bool] = mapped_column(Boolean, default=False)
    summary: Mapped[str] = mapped_column(Text, default="")
    review: Mapped[str] = mapped_column(Text, default="")
    reviewed_by_name: Mapped[str] = mapped_column(String(200), default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(nullable=True)


class CrisisChecklistItemRow(Base):
    __tablename__ = "crisis_checklist_items"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crisis_id: Mapped[int] = mapped_column(ForeignKey("crises.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    step: Mapped[str] = mapped_column(String(60))
    done_at: Mapped[datetime | None] = mapped_column(nullable=True)
    done_by_name: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (UniqueConstraint("crisis_id", "step", name="uq_crisis_checklist_items_crisis_step"),)


class CrisisLinkRow(Base):
    __tablename__ = "crisis_links"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crisis_id: Mapped[int] = mapped_column(ForeignKey("crises.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    item_id: Mapped[int] = mapped_column(Integer)
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)
    linked_by_name: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("crisis_id", "kind", "item_id", name="uq_crisis_links_crisis_kind_item"),
    )


class CrisisNoteRow(Base):
    __tablename__ = "crisis_notes"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    crisis_id: Mapped[int] = mapped_column(ForeignKey("crises.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column()
    text: Mapped[str] = mapped_column(Text)
    author_name: Mapped[str] = mapped_column(String(200), default="")

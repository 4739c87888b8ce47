"""Tables of the cases desk's mail: what it answers with and what it took in.

- ``case_reply_templates``: texts administrators keep, per category (``NULL``: every category) and
  language (``zh_CN``, ``en``). ``kind`` ``acknowledgement``: the automatic acknowledgement of a
  new case (FB-2), at most one active per category and language; ``canned``: a canned response an
  answer can start from (any number). Subject and body are templates with ``{{ placeholders }}``
  rendered in the sandbox; what people wrote is only ever a value, never a template.
- ``case_intake_rules``: administrators' rules that give a new case from the mailbox or a web form
  its category ("the subject contains 投诉" -> complaints), first match by position wins.
- ``case_intake_messages``: every message taken in, once (``fingerprint`` unique: the same message
  by IMAP or as an ``.eml`` file is the same), with what became of it: a new case, joined a case,
  or set aside with the reason (the raw message kept for a person to look at).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class CaseReplyTemplateRow(Versioned, Timestamps, Base):
    __tablename__ = "case_reply_templates"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # acknowledgement, canned
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_categories.id", ondelete="CASCADE"), nullable=True, index=True
    )
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    title: Mapped[str] = mapped_column(String(200), default="")  # how people pick a canned response
    subject: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_case_reply_templates_kind_category", "kind", "category_id", "language"),)


class CaseIntakeRuleRow(Versioned, Timestamps, Base):
    __tablename__ = "case_intake_rules"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    field: Mapped[str] = mapped_column(String(20))  # sender, subject, text
    contains: Mapped[str] = mapped_column(String(300))  # matched without regard to case
    category_id: Mapped[int] = mapped_column(ForeignKey("case_categories.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseIntakeMessageRow(Base):
    """One message taken in (never changed but for ``looked_at``)."""

    __tablename__ = "case_intake_messages"
    __audited__ = True
    __audit_ignore__ = Base.__audit_ignore__ | frozenset({"raw", "problems"})
    __audit_redact__ = frozenset({"sender"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64), unique=True)
    message_id: Mapped[str] = mapped_column(String(300), default="")
    outcome: Mapped[str] = mapped_column(String(20))  # new, joined, set_aside
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True, index=True
    )
    source: Mapped[str] = mapped_column(String(20), default="mail")  # mail, web_form
    kind: Mapped[str] = mapped_column(String(20), default="normal")  # normal, auto_reply, bounce
    origin: Mapped[str] = mapped_column(String(300), default="")  # "INBOX, UID 17", "form.csv, row 4"
    sender: Mapped[str] = mapped_column(String(400), default="")
    subject: Mapped[str] = mapped_column(String(500), default="")
    reason: Mapped[str] = mapped_column(Text, default="")  # why it was set aside, or not acknowledged
    problems: Mapped[str] = mapped_column(Text, default="")  # what was repaired, one per line
    raw: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)  # kept when set aside
    acknowledgement_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # mail_outbox.id
    taken_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    taken_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    looked_at: Mapped[datetime | None] = mapped_column(nullable=True)  # a person dealt with it

    __table_args__ = (Index("ix_case_intake_messages_outcome_taken", "outcome", "taken_at"),)

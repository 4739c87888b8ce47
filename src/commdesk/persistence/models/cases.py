"""Tables of the cases desk: hotline calls, feedback mail, letters, walk-ins and media inquiries,
each a case with its conversation, its status history and its clocks (SLA).

- ``case_categories``: two levels (a sub-category has ``parent_id``), Chinese and English names,
  the department a case of that category is routed to (FB-3), kept by administrators.
- ``case_sla_policies``: working minutes per clock kind for a category (``NULL``: every category)
  and priority; what no row names comes from the domain's default policy.
- ``cases``: one matter raised by a contact (a journalist), a customer record or nobody named
  (anonymous). ``next_due_at`` is the earliest due time of its running clocks, kept by the service
  whenever a clock starts, stops or pauses, so that the case list sorts and filters by it through an
  index instead of computing every clock (200,000 cases).
- ``case_entries``: the conversation (calls with start and end, messages in and out with their
  mail headers for threading, internal notes). Entries are written once and never changed.
- ``case_status_history``: every status change; the spans in ``waiting`` are the clocks' pauses.
- ``case_clocks``: each clock as started (target in working minutes, or a fixed due time for media
  inquiries carried over from the contact history), its due time as last computed, and when it was
  met, breached and escalated (escalated once).
- ``case_customers``: people who are not media contacts (name, phone, e-mail: personal data, the
  phone and address stay out of the audit log).
- ``case_mailbox_cursors``: per mailbox account, the UIDVALIDITY and the last UID fetched, so the
  intake never fetches a message twice.
- ``kb_entries`` / ``kb_entry_versions``: the knowledge base; every saved text is a version, a
  reviewer approves one version.
- ``case_reference_counters``: the last reference number given per year (one UPDATE per new case,
  safe with several desks on one server).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class CaseCategoryRow(Versioned, Timestamps, Base):
    __tablename__ = "case_categories"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_categories.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    code: Mapped[str] = mapped_column(String(60), unique=True)  # typed on the command line
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(200), default="")  # routing (FB-3); "" = the parent's
    complaint: Mapped[bool] = mapped_column(Boolean, default=False)  # cases of it are complaints (HL-4)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CaseSlaPolicyRow(Versioned, Timestamps, Base):
    __tablename__ = "case_sla_policies"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_categories.id", ondelete="CASCADE"), nullable=True, index=True
    )
    priority: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(30))  # clock kind: first_response, next_update, resolution
    minutes: Mapped[int] = mapped_column(Integer)  # working minutes

    __table_args__ = (
        UniqueConstraint("category_id", "priority", "kind", name="uq_case_sla_policies_key"),
        CheckConstraint("minutes > 0", name="minutes_positive"),
    )


class CaseCustomerRow(Versioned, Timestamps, Base):
    """Someone who raised a case and is no media contact: personal data (P-5)."""

    __tablename__ = "case_customers"
    __audited__ = True
    __audit_redact__ = frozenset({"phone", "email", "email_key"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="", index=True)  # E.164 when it parses
    email: Mapped[str] = mapped_column(String(320), default="")
    email_key: Mapped[str] = mapped_column(String(320), default="", index=True)  # casefolded


class CaseReferenceCounterRow(Base):
    __tablename__ = "case_reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last: Mapped[int] = mapped_column(Integer, default=0)


class CaseRow(Versioned, Timestamps, Base):
    __tablename__ = "cases"
    __audited__ = True
    __audit_ignore__ = Base.__audit_ignore__ | frozenset({"next_due_at", "updated_by_id"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(40), unique=True)
    channel: Mapped[str] = mapped_column(String(20))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True, index=True
    )
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_customers.id", ondelete="SET NULL"), nullable=True, index=True
    )
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_categories.id", ondelete="RESTRICT"), nullable=True, index=True
    )
    subcategory_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_categories.id", ondelete="RESTRICT"), nullable=True
    )
    department: Mapped[str] = mapped_column(String(200), default="")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    priority: Mapped[str] = mapped_column(String(20), default="normal")
    complaint: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint_grade: Mapped[int | None] = mapped_column(Integer, nullable=True)
    grade_decided_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    grade_decided_at: Mapped[datetime | None] = mapped_column(nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="new")
    summary: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    received_at: Mapped[datetime] = mapped_column(index=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(nullable=True)
    first_response_at: Mapped[datetime | None] = mapped_column(nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    first_contact_resolution: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    csat: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # the contact's history entry of a media inquiry (kept, so the contact's history lists it)
    interaction_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact_interactions.id", ondelete="SET NULL"), nullable=True, unique=True
    )
    next_due_at: Mapped[datetime | None] = mapped_column(nullable=True)  # earliest running clock's due
    created_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    updated_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )

    __table_args__ = (
        # the case list: by status, soonest due first; "mine": by owner
        Index("ix_cases_status_due", "status", "next_due_at"),
        Index("ix_cases_owner_status_due", "owner_id", "status", "next_due_at"),
        Index("ix_cases_due", "next_due_at"),
        # the cases without a running clock, in a status, newest first
        Index("ix_cases_status_received", "status", "received_at"),
        # one page of the list as walks merged in its order (see repositories/cases.ordered_ids):
        # what a walk fixes, then the status, then the list's order
        Index("ix_cases_status_due_received", "status", "next_due_at", "received_at"),
        Index("ix_cases_owner_status_due_received", "owner_id", "status", "next_due_at", "received_at"),
        Index("ix_cases_channel_status_due_received", "channel", "status", "next_due_at", "received_at"),
        Index("ix_cases_category_status_due_received", "category_id", "status", "next_due_at", "received_at"),
        # (with the category: a sub-category's walk leaves out the cases filed under it as category)
        Index(
            "ix_cases_subcategory_status_due_received",
            "subcategory_id",
            "status",
            "next_due_at",
            "received_at",
            "category_id",
        ),
        CheckConstraint("csat IS NULL OR (csat >= 1 AND csat <= 5)", name="csat_range"),
        CheckConstraint(
            "complaint_grade IS NULL OR (complaint_grade >= 1 AND complaint_grade <= 3)", name="grade_range"
        ),
    )


class CaseEntryRow(Timestamps, Base):
    """One step of the conversation: a call, a message in or out, an internal note."""

    __tablename__ = "case_entries"
    __audited__ = True
    # written once, never changed: the row itself is the record; the audit names it, not its text
    __audit_ignore__ = Base.__audit_ignore__ | frozenset({"body", "thread_refs", "attachments_json"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # call, message_in, message_out, note
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    author_name: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    call_started_at: Mapped[datetime | None] = mapped_column(nullable=True)
    call_ended_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # mail: what intake and threading need
    message_id: Mapped[str | None] = mapped_column(String(300), nullable=True, unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(300), nullable=True, index=True)
    thread_refs: Mapped[str] = mapped_column(Text, default="")  # References: Message-IDs, space-separated
    from_address: Mapped[str] = mapped_column(String(320), default="")
    to_addresses: Mapped[str] = mapped_column(Text, default="")  # comma-separated
    subject: Mapped[str] = mapped_column(String(500), default="")
    received_at: Mapped[datetime | None] = mapped_column(nullable=True)
    attachments_json: Mapped[str] = mapped_column(Text, default="[]")  # [{name, type, size, sha256}]
    outbox_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # mail_outbox.id of a reply

    __table_args__ = (Index("ix_case_entries_case_at", "case_id", "at"),)


class CaseStatusChangeRow(Base):
    __tablename__ = "case_status_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    to_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    by_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_case_status_history_case_at", "case_id", "at"),)


class CaseClockRow(Base):
    __tablename__ = "case_clocks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    started_at: Mapped[datetime]
    target_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: fixed due_at
    due_at: Mapped[datetime | None] = mapped_column(nullable=True)  # as last computed (pauses move it)
    stopped_at: Mapped[datetime | None] = mapped_column(nullable=True)  # met or no longer needed
    met: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None while running
    breached_at: Mapped[datetime | None] = mapped_column(nullable=True)
    escalated_at: Mapped[datetime | None] = mapped_column(nullable=True)
    escalated_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )

    # what runs out: running clocks by due time
    __table_args__ = (Index("ix_case_clocks_running_due", "stopped_at", "due_at"),)


class CaseMailboxCursorRow(Base):
    """Where the intake of one mailbox stands (IMAP: UIDVALIDITY and the last UID fetched)."""

    __tablename__ = "case_mailbox_cursors"

    account_key: Mapped[str] = mapped_column(String(300), primary_key=True)
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class KbEntryRow(Versioned, Timestamps, Base):
    """A knowledge-base entry; its text is the latest version, ``approved_number`` the one a
    reviewer approved (what the hotline inserts)."""

    __tablename__ = "kb_entries"
    __audited__ = True
    __audit_ignore__ = Base.__audit_ignore__ | frozenset({"body"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_categories.id", ondelete="SET NULL"), nullable=True, index=True
    )
    language: Mapped[str] = mapped_column(String(10), default="zh")
    number: Mapped[int] = mapped_column(Integer, default=1)  # the latest version's number
    approved_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class KbEntryVersionRow(Base):
    __tablename__ = "kb_entry_versions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("kb_entries.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    written_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    written_by_name: Mapped[str] = mapped_column(String(200), default="")
    written_at: Mapped[datetime] = mapped_column(default=utcnow)
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)

    __table_args__ = (UniqueConstraint("entry_id", "number", name="uq_kb_entry_versions_entry_number"),)

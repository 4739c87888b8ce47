"""Tables of the staff directory and its subscription lists (internal announcements).

- ``staff_members``: the people announcements go to, separate from media contacts and from the
  app's users; name, e-mail (unique case-insensitively through ``email_key``), department, phone.
  Personal data: the e-mail and phone stay out of the audit log's values. ``source`` and
  ``import_batch`` say where a member came from (a file's name and the import that read it).
- ``staff_lists``: subscription lists kept by administrators (AN-1), with their double opt-in
  choice and a frequency cap (at most ``cap_count`` mails from the list in ``cap_days`` days).
- ``staff_subscriptions``: one member on one list: subscribed, pending confirmation,
  unsubscribed or bounced, when and how it last changed (import, admin, self by mail, bounce);
  ``token_nonce`` is the part of the member's unsubscribe and confirmation tokens that a renewed
  subscription changes (``core.staff.tokens``; the tokens themselves are stored nowhere).
- ``staff_token_keys``: the database's key for those tokens (one row, made with the first
  subscription).
- ``staff_activity``: when a member last did something (confirmed, replied, unsubscribed), for
  the list-hygiene report's long-inactive addresses (AN-3). Bookkeeping, not audited.
- ``staff_deliveries``: which member got a mail from which list when: the frequency cap counts them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class StaffMemberRow(Versioned, Timestamps, Base):
    __tablename__ = "staff_members"
    __audited__ = True
    __audit_redact__ = frozenset({"email", "email_key", "phone"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(320))
    email_key: Mapped[str] = mapped_column(String(320), unique=True)  # casefolded
    department: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")  # E.164 when it parses
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str] = mapped_column(String(300), default="")  # "admin" or the imported file's name
    import_batch: Mapped[str | None] = mapped_column(String(40), nullable=True)


class StaffListRow(Versioned, Timestamps, Base):
    __tablename__ = "staff_lists"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(200), default="")
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    double_opt_in: Mapped[bool] = mapped_column(Boolean, default=False)
    cap_count: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: no cap
    cap_days: Mapped[int] = mapped_column(Integer, default=7)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    __table_args__ = (
        CheckConstraint("cap_count IS NULL OR cap_count > 0", name="cap_count_positive"),
        CheckConstraint("cap_days > 0", name="cap_days_positive"),
    )


class StaffSubscriptionRow(Versioned, Timestamps, Base):
    __tablename__ = "staff_subscriptions"
    __audited__ = True
    __audit_ignore__ = Base.__audit_ignore__ | frozenset({"token_nonce"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"))
    list_id: Mapped[int] = mapped_column(ForeignKey("staff_lists.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(20))  # subscribed, pending, unsubscribed, bounced
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    how: Mapped[str] = mapped_column(String(20))  # import, admin, self, bounce
    token_nonce: Mapped[str] = mapped_column(String(32))

    __table_args__ = (
        UniqueConstraint("member_id", "list_id", name="uq_staff_subscriptions_member_list"),
        Index("ix_staff_subscriptions_list_status", "list_id", "status"),
    )


class StaffTokenKeyRow(Base):
    __tablename__ = "staff_token_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # hex
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StaffActivityRow(Base):
    __tablename__ = "staff_activity"

    member_id: Mapped[int] = mapped_column(
        ForeignKey("staff_members.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    last_active_at: Mapped[datetime] = mapped_column(index=True)
    what: Mapped[str] = mapped_column(String(20), default="")  # confirm, reply, unsubscribe, subscribe


class StaffDeliveryRow(Base):
    __tablename__ = "staff_deliveries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("staff_lists.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("staff_members.id", ondelete="CASCADE"))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
    reference: Mapped[str] = mapped_column(String(200), default="")  # what was sent (an announcement's id)

    __table_args__ = (Index("ix_staff_deliveries_list_sent", "list_id", "sent_at", "member_id"),)

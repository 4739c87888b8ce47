"""The outbox: every message commdesk sends, as queued, with its status and the record it belongs to.

A row holds the finished message (``raw``, the exact bytes handed to the server) and its Message-ID,
so a batch resumed after a crash knows what was sent. Status changes are compare-and-set updates
(``repositories.mail.OutboxRepository.transition``), which is the locking here: two workers (the
window and ``commdesk outbox send``) can never both claim one message.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps


class OutboxMessageRow(Timestamps, Base):
    __tablename__ = "mail_outbox"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    batch: Mapped[str] = mapped_column(String(32), index=True)  # one queue() call
    kind: Mapped[str] = mapped_column(String(40), default="mail")  # mail, invitation, minutes, release ...
    status: Mapped[str] = mapped_column(String(20), index=True)  # queued sending sent failed cancelled held
    subject: Mapped[str] = mapped_column(String(500), default="")
    sender: Mapped[str] = mapped_column(String(320), default="")
    recipients: Mapped[str] = mapped_column(Text, default="[]")  # JSON: envelope addresses
    recipient_keys: Mapped[str] = mapped_column(Text, default="[]")  # JSON: the caller's ids (contacts)
    message_id: Mapped[str] = mapped_column(String(300), unique=True)
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer, default=0)
    related_entity: Mapped[str | None] = mapped_column(String(60), nullable=True)
    related_id: Mapped[str | None] = mapped_column(String(60), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(nullable=True)
    uncertain: Mapped[bool] = mapped_column(Boolean, default=False)  # may have arrived: no automatic resend
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    server_reply: Mapped[str | None] = mapped_column(Text, nullable=True)
    queued_by: Mapped[str] = mapped_column(String(200), default="")
    sending_at: Mapped[datetime | None] = mapped_column(nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    follow_up_by: Mapped[date | None] = mapped_column(Date, nullable=True)  # EM-5
    follow_up_done_at: Mapped[datetime | None] = mapped_column(nullable=True)
    # the related record's revision (a release's approved content hash) the message was built from;
    # checked at send time: a record that moved on makes the message "held" with a reason code
    source_revision: Mapped[str | None] = mapped_column(String(64), nullable=True)
    held_reason: Mapped[str | None] = mapped_column(String(60), nullable=True)
    # keyring entry put into the message only while it is sent (a meeting password): never stored here
    secret_ref: Mapped[str | None] = mapped_column(String(200), nullable=True)

    __table_args__ = (Index("ix_mail_outbox_related", "related_entity", "related_id"),)

"""Tables every area uses: people and their roles, organisation settings, the audit log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned, utcnow


class PersonRow(Versioned, Timestamps, Base):
    """Someone who works with commdesk (not a media contact)."""

    __tablename__ = "people"
    __audited__ = True
    __audit_redact__ = frozenset({"passphrase_hash"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    department: Mapped[str] = mapped_column(String(200), default="")
    roles: Mapped[str] = mapped_column(String(200), default="")  # comma-separated Role values
    passphrase_hash: Mapped[str | None] = mapped_column(String(400), nullable=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # the server login this person connects with (PostgreSQL); empty on a single-desk file
    login: Mapped[str | None] = mapped_column(String(63), nullable=True, unique=True)


class SettingRow(Versioned, Base):
    """One organisation-wide setting: a JSON value under a dotted key (``org.name``, ``mail.host`` ...)."""

    __tablename__ = "settings"
    __audited__ = True

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON


class AuditRow(Base):
    """Who changed what, when: one row per changed field (P-7).

    Tamper-evident: when its transaction commits, each entry gets the next number of the chain
    (``seq``), the SHA-256 of its old/new/note (``digest``) and ``chain``, the SHA-256 of the previous
    entry's ``chain`` and this entry's own content (see ``persistence.audit.seal``). A deleted, added or
    edited entry breaks the chain from there on (``commdesk audit --verify``). Erasing a person's
    data blanks old/new/note and keeps ``digest``, so erased entries still chain.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    txn: Mapped[str] = mapped_column(String(32))  # groups the rows of one unit of work
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    actor_name: Mapped[str] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(30))  # create / update / delete / or a named event
    field: Mapped[str | None] = mapped_column(String(100), nullable=True)
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)
    seq: Mapped[int | None] = mapped_column(Integer, nullable=True, unique=True, index=True)
    digest: Mapped[str | None] = mapped_column(String(64), nullable=True)
    chain: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (Index("ix_audit_log_entity", "entity", "entity_id"),)

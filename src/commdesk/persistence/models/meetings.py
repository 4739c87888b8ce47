"""Tables of the meetings area: series, meetings with participants and agenda, minutes, action items.

Lists that are only ever read and written with their meeting (materials, checklists, documents of an
agenda item, a series' backlog) are JSON text columns; what is queried across meetings (actions,
participants, minutes) has its own table. The meeting password is never stored here: it lives in the
OS keyring under ``meeting:<uid>`` (``has_password`` only says that one exists).

External contacts are referred to by ``contact_id`` without a foreign key: the contacts area's tables
are migrated on their own branch.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned


class MeetingSeriesRow(Versioned, Timestamps, Base):
    __tablename__ = "meeting_series"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    topic: Mapped[str] = mapped_column(String(300))
    frequency: Mapped[str] = mapped_column(String(20))  # weekly / biweekly / monthly
    backlog: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of topics for later meetings


class MeetingRow(Versioned, Timestamps, Base):
    __tablename__ = "meetings"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20))
    topic: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[datetime | None] = mapped_column(nullable=True, index=True)
    duration: Mapped[int | None] = mapped_column(Integer, nullable=True)
    tz: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    organiser_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    organiser_name: Mapped[str] = mapped_column(String(200), default="")
    organiser_email: Mapped[str] = mapped_column(String(320), default="")
    host: Mapped[str] = mapped_column(String(200), default="")
    note_taker: Mapped[str] = mapped_column(String(200), default="")
    room: Mapped[str] = mapped_column(String(300), default="")
    link: Mapped[str] = mapped_column(String(1000), default="")
    dial_in: Mapped[str] = mapped_column(String(200), default="")
    has_password: Mapped[bool] = mapped_column(Boolean, default=False)
    materials: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of str
    equipment: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {text, done}
    preparation: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of {text, done}
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_series.id", ondelete="SET NULL"), nullable=True, index=True
    )
    invitation_sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)


class ParticipantRow(Base):
    __tablename__ = "meeting_participants"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), default="")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    contact_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    response: Mapped[str] = mapped_column(String(20), default="needs_action")
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)


class AgendaItemRow(Base):
    __tablename__ = "meeting_agenda_items"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(500))
    presenter: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    documents: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of str
    review_of_actions: Mapped[bool] = mapped_column(Boolean, default=False)


class MinutesRow(Versioned, Timestamps, Base):
    """One version of a meeting's minutes; re-opening approved minutes adds the next number."""

    __tablename__ = "meeting_minutes"
    __audited__ = True
    __table_args__ = (UniqueConstraint("meeting_id", "number", name="uq_meeting_minutes_meeting_number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    notes: Mapped[str] = mapped_column(Text, default="")  # Markdown subset
    circulated_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(nullable=True)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )  # who signed off (four eyes)
    writer_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON: people who saved this version
    distributed_at: Mapped[datetime | None] = mapped_column(nullable=True)
    reopen_reason: Mapped[str] = mapped_column(Text, default="")


class MinuteEntryRow(Base):
    """A discussion point or a decision of one minutes version."""

    __tablename__ = "meeting_minute_entries"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("meeting_minutes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # point / decision
    agenda_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)


class ActionRow(Versioned, Timestamps, Base):
    __tablename__ = "meeting_actions"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    agenda_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    description: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    owner_email: Mapped[str] = mapped_column(String(320), default="")
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    owner_contact_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    note: Mapped[str] = mapped_column(Text, default="")

    # Home: a person's open action items by deadline (revision 0032)
    __table_args__ = (
        Index("ix_meeting_actions_owner_status_deadline", "owner_person_id", "status", "deadline"),
    )


class ActionReviewRow(Base):
    """An open action of a series put on a later meeting's agenda ("review of actions"), and the outcome."""

    __tablename__ = "meeting_action_reviews"
    __audited__ = True
    __table_args__ = (
        UniqueConstraint("action_id", "meeting_id", name="uq_meeting_action_reviews_action_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("meeting_actions.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")

"""Tables of media events (MD-2): the event and the people invited to it.

- ``events``: one media event (a press conference, a media day): its title, when it starts and ends
  (stored in UTC; ``zone`` is where it takes place and how it is shown), the place, the agenda, its
  owner, the invitation's subject and text (what the review approves), an optional press release it
  accompanies (its coverage is the event's follow-up) and the notes written after it.
  ``reference`` (EV-2026-001) names it in mail subjects and on the command line.
- ``event_invitees``: one contact invited to one event: the answer (invited, accepted, declined,
  tentative, no answer), how many people they bring, when and how the answer came (by hand or
  from a reply), the personal RSVP reference their invitation carries in its subject, when the
  invitation was queued, and the check-in at the door (when, by whom). The contact's name and
  address stay in the contacts area: an erased contact leaves no copy here.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned


class EventRow(Versioned, Timestamps, Base):
    __tablename__ = "events"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    zone: Mapped[str] = mapped_column(String(64))
    place: Mapped[str] = mapped_column(String(500), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True, index=True
    )
    invitation_subject: Mapped[str] = mapped_column(String(300), default="")
    invitation_body: Mapped[str] = mapped_column(Text, default="")
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("releases.id", ondelete="SET NULL"), nullable=True, index=True
    )
    follow_up: Mapped[str] = mapped_column(Text, default="")


class EventInviteeRow(Versioned, Timestamps, Base):
    __tablename__ = "event_invitees"
    __audited__ = True
    __audit_ignore__ = Base.__audit_ignore__ | frozenset({"rsvp_token"})

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="invited")
    plus_ones: Mapped[int] = mapped_column(Integer, default=0)
    responded_at: Mapped[datetime | None] = mapped_column(nullable=True)
    response_via: Mapped[str] = mapped_column(String(10), default="")  # hand, reply
    rsvp_token: Mapped[str] = mapped_column(String(16), unique=True)
    invited_at: Mapped[datetime | None] = mapped_column(nullable=True)  # invitation queued
    checked_in_at: Mapped[datetime | None] = mapped_column(nullable=True)
    checked_in_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(String(500), default="")

    __table_args__ = (UniqueConstraint("event_id", "contact_id", name="uq_event_invitees_event_contact"),)

"""Tables of internal announcements (AN-1..4): what is announced, by whom, to which subscription
lists; reviewed through ``review_items`` (kind "announcement") before it is sent.

- ``announcements``: the owner (AN-1), priority (an important one gets the 【重要通知】 subject),
  subject and text; when it is planned to go out (0062); when and by whom it was sent.
- ``announcement_audiences``: the staff subscription lists it goes to.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned


class AnnouncementRow(Versioned, Timestamps, Base):
    __tablename__ = "announcements"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    priority: Mapped[str] = mapped_column(String(20), default="normal")  # normal, important
    subject: Mapped[str] = mapped_column(String(300), default="")  # the core content of the subject
    body: Mapped[str] = mapped_column(Text, default="")
    planned_at: Mapped[datetime | None] = mapped_column(nullable=True)  # when it is meant to go out
    sent_at: Mapped[datetime | None] = mapped_column(nullable=True)
    sent_by: Mapped[str] = mapped_column(String(200), default="")


class AnnouncementAudienceRow(Base):
    __tablename__ = "announcement_audiences"
    __audited__ = True

    announcement_id: Mapped[int] = mapped_column(
        ForeignKey("announcements.id", ondelete="CASCADE"), primary_key=True
    )
    list_id: Mapped[int] = mapped_column(ForeignKey("staff_lists.id"), primary_key=True, index=True)

"""Tables of the social-media side of the publishing calendar (SM-1..4, SM-6).

- ``social_platforms``: the list administrators keep (WeChat official account, Weibo, Douyin,
  Xiaohongshu, LinkedIn, X ...): each with how it counts a post's length (``counting``, a rule of
  ``core.publishing.lengths``), its limit, a title limit where posts have a title (WeChat) and what
  it is for (the "which channel?" guide). Filled by the first run or the demo, never by a migration.
- ``social_accounts``: an account of the office on a platform, its weekly target (SM-2, default
  3-5 posts) and its SM-1 checklist (name, avatar, profile consistent; who checked it and when).
- ``social_posts``: a post planned on an account: title (where the platform has one), text, kind
  (SM-4: a post, a topic, a poll, a Q&A), planned time (UTC), campaign, the release it promotes,
  and once published when, by whom and where (URL). Its review goes through the review engine
  (kind "post"); this table holds no review state.
- ``social_assets``: the asset library: files kept in the data folder under their SHA-256, with
  tags, usage rights and an expiry; ``social_post_assets`` links them to posts.
- ``social_messages``: comments and messages that need an answer (SM-3), the answer given, and the
  case a complaint became; ``social_reply_templates`` the office's reply templates.
- ``social_metrics``: an account's figures for one month (SM-6), typed in or imported.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from commdesk.persistence.models.base import Base, Timestamps, Versioned


class SocialPlatformRow(Versioned, Timestamps, Base):
    __tablename__ = "social_platforms"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100), default="")
    name_en: Mapped[str] = mapped_column(String(100), default="")
    counting: Mapped[str] = mapped_column(String(20))  # a rule name of core.publishing.lengths
    text_limit: Mapped[int] = mapped_column(Integer)
    title_limit: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: no title
    purpose_zh: Mapped[str] = mapped_column(Text, default="")
    purpose_en: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        CheckConstraint("text_limit > 0", name="text_limit_positive"),
        CheckConstraint("title_limit IS NULL OR title_limit > 0", name="title_limit_positive"),
    )


class SocialAccountRow(Versioned, Timestamps, Base):
    __tablename__ = "social_accounts"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("social_platforms.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    handle: Mapped[str] = mapped_column(String(200), default="")
    target_min: Mapped[int] = mapped_column(Integer, default=3)
    target_max: Mapped[int] = mapped_column(Integer, default=5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # SM-1: one brand name and visual identity on every platform
    name_consistent: Mapped[bool] = mapped_column(Boolean, default=False)
    avatar_consistent: Mapped[bool] = mapped_column(Boolean, default=False)
    profile_consistent: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    checked_at: Mapped[datetime | None] = mapped_column(nullable=True)
    check_note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        UniqueConstraint("platform_id", "name", name="uq_social_accounts_platform_name"),
        CheckConstraint("target_min >= 0 AND target_max >= target_min", name="target_range"),
    )


class SocialPostRow(Versioned, Timestamps, Base):
    __tablename__ = "social_posts"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("social_accounts.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(20), default="post")  # post, topic, poll, qa (SM-4)
    title: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    planned_at: Mapped[datetime]
    campaign: Mapped[str] = mapped_column(String(200), default="")
    release_id: Mapped[int | None] = mapped_column(
        ForeignKey("releases.id", ondelete="SET NULL"), nullable=True, index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(nullable=True)
    published_url: Mapped[str] = mapped_column(String(2000), default="")
    published_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (Index("ix_social_posts_account_planned", "account_id", "planned_at"),)


class SocialAssetRow(Versioned, Timestamps, Base):
    __tablename__ = "social_assets"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_name: Mapped[str] = mapped_column(String(300))  # the name it was added under
    media_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(Integer)
    tags: Mapped[str] = mapped_column(String(500), default="")  # comma-separated, as typed
    rights: Mapped[str] = mapped_column(Text, default="")  # usage rights: who may use it where
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"), nullable=True)


class SocialPostAssetRow(Base):
    __tablename__ = "social_post_assets"

    post_id: Mapped[int] = mapped_column(ForeignKey("social_posts.id", ondelete="CASCADE"), primary_key=True)
    asset_id: Mapped[int] = mapped_column(
        ForeignKey("social_assets.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class SocialReplyTemplateRow(Versioned, Timestamps, Base):
    __tablename__ = "social_reply_templates"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SocialMessageRow(Versioned, Timestamps, Base):
    __tablename__ = "social_messages"
    __audited__ = True
    __audit_redact__ = frozenset({"author"})  # a member of the public's name or handle

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("social_accounts.id", ondelete="RESTRICT"))
    post_id: Mapped[int | None] = mapped_column(
        ForeignKey("social_posts.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="comment")  # comment, message
    author: Mapped[str] = mapped_column(String(200), default="")
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, answered, case, closed
    reply: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime | None] = mapped_column(nullable=True)
    answered_by: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), nullable=True
    )
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), nullable=True)

    __table_args__ = (Index("ix_social_messages_status_received", "status", "received_at"),)


class SocialMetricRow(Versioned, Timestamps, Base):
    __tablename__ = "social_metrics"
    __audited__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("social_accounts.id", ondelete="CASCADE"))
    month: Mapped[date] = mapped_column(Date)  # the month's first day
    followers: Mapped[int] = mapped_column(Integer, default=0)
    reach: Mapped[int] = mapped_column(Integer, default=0)
    reads: Mapped[int] = mapped_column(Integer, default=0)
    interactions: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(300), default="")  # "manual" or the imported file's name

    __table_args__ = (
        UniqueConstraint("account_id", "month", name="uq_social_metrics_account_month"),
        CheckConstraint(
            "followers >= 0 AND reach >= 0 AND reads >= 0 AND interactions >= 0", name="figures_not_negative"
        ),
    )

"""The social side of the publishing calendar in the database: platforms, accounts, posts and the
assets linked to them, the asset library, comments and messages with reply templates, monthly
figures. Functions take a Session and flush; the services commit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.social import (
    SocialAccountRow,
    SocialAssetRow,
    SocialMessageRow,
    SocialMetricRow,
    SocialPlatformRow,
    SocialPostAssetRow,
    SocialPostRow,
    SocialReplyTemplateRow,
)
from commdesk.persistence.repositories.releases import person_names

POSTS_ENTITY = "social_posts"
MESSAGES_ENTITY = "social_messages"
METRICS_ENTITY = "social_metrics"


def add(session: Session, row) -> None:
    session.add(row)
    session.flush()


# ------------------------------------------------------------------------------------ platforms
def platforms(session: Session, include_inactive: bool = True) -> list[SocialPlatformRow]:
    query = select(SocialPlatformRow).order_by(SocialPlatformRow.position, SocialPlatformRow.id)
    if not include_inactive:
        query = query.where(SocialPlatformRow.active.is_(True))
    return list(session.scalars(query))


def platform(session: Session, platform_id: int) -> SocialPlatformRow | None:
    return session.get(SocialPlatformRow, platform_id)


def platform_by_code(session: Session, code: str) -> SocialPlatformRow | None:
    return session.scalars(select(SocialPlatformRow).where(SocialPlatformRow.code == code)).first()


# ------------------------------------------------------------------------------------ accounts
def accounts(session: Session, include_inactive: bool = True) -> list[SocialAccountRow]:
    query = select(SocialAccountRow).order_by(SocialAccountRow.name, SocialAccountRow.id)
    if not include_inactive:
        query = query.where(SocialAccountRow.active.is_(True))
    return list(session.scalars(query))


def account(session: Session, account_id: int) -> SocialAccountRow | None:
    return session.get(SocialAccountRow, account_id)


def account_named(session: Session, platform_id: int, name: str) -> SocialAccountRow | None:
    return session.scalars(
        select(SocialAccountRow).where(
            SocialAccountRow.platform_id == platform_id, SocialAccountRow.name == name
        )
    ).first()


# ------------------------------------------------------------------------------------ posts
def post(session: Session, post_id: int) -> SocialPostRow | None:
    return session.get(SocialPostRow, post_id)


def posts(
    session: Session,
    start: datetime | None = None,
    end: datetime | None = None,
    account_id: int | None = None,
    campaign: str | None = None,
) -> list[SocialPostRow]:
    """Posts planned (or published) in [start, end), by time."""
    when = func.coalesce(SocialPostRow.published_at, SocialPostRow.planned_at)
    query = select(SocialPostRow).order_by(when, SocialPostRow.id)
    if start is not None:
        query = query.where(when >= start)
    if end is not None:
        query = query.where(when < end)
    if account_id is not None:
        query = query.where(SocialPostRow.account_id == account_id)
    if campaign:
        query = query.where(SocialPostRow.campaign == campaign)
    return list(session.scalars(query))


def due_unpublished(session: Session, since: datetime, until: datetime) -> list[SocialPostRow]:
    """Posts planned in (since, until] and not published or cancelled: what a reminder names."""
    return list(
        session.scalars(
            select(SocialPostRow)
            .where(
                SocialPostRow.planned_at > since,
                SocialPostRow.planned_at <= until,
                SocialPostRow.published_at.is_(None),
                SocialPostRow.cancelled.is_(False),
            )
            .order_by(SocialPostRow.planned_at, SocialPostRow.id)
        )
    )


def campaigns(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(SocialPostRow.campaign)
            .where(SocialPostRow.campaign != "")
            .distinct()
            .order_by(SocialPostRow.campaign)
        )
    )


def author_names(session: Session, posts: Iterable[SocialPostRow]) -> dict[int, str]:
    """The names of the posts' authors by person id: one statement whatever the number of posts."""
    return person_names(session, (p.author_id for p in posts))


def asset_ids_of(session: Session, post_ids: Iterable[int]) -> dict[int, list[int]]:
    ids = list(post_ids)
    out: dict[int, list[int]] = {i: [] for i in ids}
    if not ids:
        return out
    for link in session.scalars(
        select(SocialPostAssetRow)
        .where(SocialPostAssetRow.post_id.in_(ids))
        .order_by(SocialPostAssetRow.post_id, SocialPostAssetRow.asset_id)
    ):
        out[link.post_id].append(link.asset_id)
    return out


def set_post_assets(session: Session, post_id: int, asset_ids: Iterable[int]) -> None:
    session.execute(delete(SocialPostAssetRow).where(SocialPostAssetRow.post_id == post_id))
    for asset_id in sorted(set(asset_ids)):
        session.add(SocialPostAssetRow(post_id=post_id, asset_id=asset_id))
    session.flush()


# ------------------------------------------------------------------------------------ assets
def asset(session: Session, asset_id: int) -> SocialAssetRow | None:
    return session.get(SocialAssetRow, asset_id)


def asset_by_hash(session: Session, sha256: str) -> SocialAssetRow | None:
    return session.scalars(select(SocialAssetRow).where(SocialAssetRow.sha256 == sha256)).first()


def assets(session: Session, ids: Iterable[int] | None = None) -> list[SocialAssetRow]:
    query = select(SocialAssetRow).order_by(SocialAssetRow.file_name, SocialAssetRow.id)
    if ids is not None:
        query = query.where(SocialAssetRow.id.in_(list(ids)))
    return list(session.scalars(query))


def asset_use_counts(session: Session) -> dict[int, int]:
    return dict(
        session.execute(
            select(SocialPostAssetRow.asset_id, func.count()).group_by(SocialPostAssetRow.asset_id)
        ).all()
    )


# ------------------------------------------------------------------------------------ messages
def message(session: Session, message_id: int) -> SocialMessageRow | None:
    return session.get(SocialMessageRow, message_id)


def messages(
    session: Session, statuses: Iterable[str] | None = None, post_id: int | None = None
) -> list[SocialMessageRow]:
    query = select(SocialMessageRow).order_by(SocialMessageRow.received_at, SocialMessageRow.id)
    if statuses is not None:
        query = query.where(SocialMessageRow.status.in_(list(statuses)))
    if post_id is not None:
        query = query.where(SocialMessageRow.post_id == post_id)
    return list(session.scalars(query))


def open_message_counts(session: Session) -> dict[int, int]:
    """Open comments and messages per account."""
    return dict(
        session.execute(
            select(SocialMessageRow.account_id, func.count())
            .where(SocialMessageRow.status == "open")
            .group_by(SocialMessageRow.account_id)
        ).all()
    )


def templates(session: Session, include_inactive: bool = False) -> list[SocialReplyTemplateRow]:
    query = select(SocialReplyTemplateRow).order_by(SocialReplyTemplateRow.title, SocialReplyTemplateRow.id)
    if not include_inactive:
        query = query.where(SocialReplyTemplateRow.active.is_(True))
    return list(session.scalars(query))


def template(session: Session, template_id: int) -> SocialReplyTemplateRow | None:
    return session.get(SocialReplyTemplateRow, template_id)


# ------------------------------------------------------------------------------------ metrics
def metric(session: Session, account_id: int, month: date) -> SocialMetricRow | None:
    return session.scalars(
        select(SocialMetricRow).where(
            SocialMetricRow.account_id == account_id, SocialMetricRow.month == month
        )
    ).first()


def metrics(
    session: Session, account_id: int | None = None, first: date | None = None, last: date | None = None
) -> list[SocialMetricRow]:
    query = select(SocialMetricRow).order_by(SocialMetricRow.account_id, SocialMetricRow.month)
    if account_id is not None:
        query = query.where(SocialMetricRow.account_id == account_id)
    if first is not None:
        query = query.where(SocialMetricRow.month >= first)
    if last is not None:
        query = query.where(SocialMetricRow.month <= last)
    return list(session.scalars(query))


def first_posts(session: Session) -> dict[int, datetime]:
    """Each account's earliest post that counts (not cancelled): planned, or published before then."""
    query = (
        select(
            SocialPostRow.account_id, func.min(SocialPostRow.planned_at), func.min(SocialPostRow.published_at)
        )
        .where(SocialPostRow.cancelled.is_(False))
        .group_by(SocialPostRow.account_id)
    )
    return {
        a: min(t for t in (planned, published) if t is not None)
        for a, planned, published in session.execute(query)
    }

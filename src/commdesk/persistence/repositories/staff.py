"""The staff directory in the database: members, subscription lists, subscriptions, the token key,
members' last activity and the deliveries a list's frequency cap counts.

Functions take a Session and flush; the services commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.staff import (
    StaffActivityRow,
    StaffDeliveryRow,
    StaffListRow,
    StaffMemberRow,
    StaffSubscriptionRow,
    StaffTokenKeyRow,
)

#: The audit log's entity names of the records the service names in events.
MEMBERS_ENTITY = "staff_members"
SUBSCRIPTIONS_ENTITY = "staff_subscriptions"


def _chunks(items: Sequence, size: int = 500) -> Iterable[Sequence]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# ------------------------------------------------------------------------------------ members
def member(session: Session, member_id: int) -> StaffMemberRow | None:
    return session.get(StaffMemberRow, member_id)


def member_by_key(session: Session, email_key: str) -> StaffMemberRow | None:
    return session.scalars(select(StaffMemberRow).where(StaffMemberRow.email_key == email_key)).first()


def members_by_keys(session: Session, keys: Iterable[str]) -> dict[str, StaffMemberRow]:
    wanted = sorted(set(keys))
    found: dict[str, StaffMemberRow] = {}
    for part in _chunks(wanted):
        for row in session.scalars(select(StaffMemberRow).where(StaffMemberRow.email_key.in_(part))):
            found[row.email_key] = row
    return found


def members(
    session: Session, *, list_id: int | None = None, status: str | None = None, include_inactive: bool = True
) -> list[StaffMemberRow]:
    """Members by name (on a list, and in a status there, when given)."""
    query = select(StaffMemberRow).order_by(StaffMemberRow.name, StaffMemberRow.id)
    if list_id is not None or status is not None:
        query = query.join(StaffSubscriptionRow, StaffSubscriptionRow.member_id == StaffMemberRow.id)
        if list_id is not None:
            query = query.where(StaffSubscriptionRow.list_id == list_id)
        if status is not None:
            query = query.where(StaffSubscriptionRow.status == status)
        query = query.distinct()
    if not include_inactive:
        query = query.where(StaffMemberRow.active.is_(True))
    return list(session.scalars(query))


def add(session: Session, row: StaffMemberRow | StaffListRow | StaffSubscriptionRow) -> None:
    session.add(row)
    session.flush()


# ------------------------------------------------------------------------------------ lists
def lists(session: Session, include_inactive: bool = True) -> list[StaffListRow]:
    query = select(StaffListRow).order_by(StaffListRow.id)
    if not include_inactive:
        query = query.where(StaffListRow.active.is_(True))
    return list(session.scalars(query))


def list_row(session: Session, list_id: int) -> StaffListRow | None:
    return session.get(StaffListRow, list_id)


def subscriber_counts(session: Session) -> dict[tuple[int, str], int]:
    """(list id, status) -> number of subscriptions."""
    rows = session.execute(
        select(StaffSubscriptionRow.list_id, StaffSubscriptionRow.status, func.count()).group_by(
            StaffSubscriptionRow.list_id, StaffSubscriptionRow.status
        )
    )
    return {(list_id, status): n for list_id, status, n in rows}


# ------------------------------------------------------------------------------------ subscriptions
def subscription(session: Session, subscription_id: int) -> StaffSubscriptionRow | None:
    return session.get(StaffSubscriptionRow, subscription_id)


def subscription_of(session: Session, member_id: int, list_id: int) -> StaffSubscriptionRow | None:
    return session.scalars(
        select(StaffSubscriptionRow).where(
            StaffSubscriptionRow.member_id == member_id, StaffSubscriptionRow.list_id == list_id
        )
    ).first()


def subscriptions_of_members(session: Session, member_ids: Iterable[int]) -> list[StaffSubscriptionRow]:
    wanted = sorted(set(member_ids))
    found: list[StaffSubscriptionRow] = []
    for part in _chunks(wanted):
        found.extend(
            session.scalars(select(StaffSubscriptionRow).where(StaffSubscriptionRow.member_id.in_(part)))
        )
    return found


def subscriptions_by_address(session: Session, email_key: str) -> list[StaffSubscriptionRow]:
    return list(
        session.scalars(
            select(StaffSubscriptionRow)
            .join(StaffMemberRow, StaffMemberRow.id == StaffSubscriptionRow.member_id)
            .where(StaffMemberRow.email_key == email_key)
            .order_by(StaffSubscriptionRow.id)
        )
    )


def subscribed_members(session: Session, list_id: int) -> list[tuple[StaffMemberRow, StaffSubscriptionRow]]:
    """The active members subscribed to a list, by name."""
    rows = session.execute(
        select(StaffMemberRow, StaffSubscriptionRow)
        .join(StaffSubscriptionRow, StaffSubscriptionRow.member_id == StaffMemberRow.id)
        .where(
            StaffSubscriptionRow.list_id == list_id,
            StaffSubscriptionRow.status == "subscribed",
            StaffMemberRow.active.is_(True),
        )
        .order_by(StaffMemberRow.name, StaffMemberRow.id)
    )
    return [(m, s) for m, s in rows]


def bounced(session: Session) -> list[tuple[StaffMemberRow, StaffSubscriptionRow, StaffListRow]]:
    rows = session.execute(
        select(StaffMemberRow, StaffSubscriptionRow, StaffListRow)
        .join(StaffSubscriptionRow, StaffSubscriptionRow.member_id == StaffMemberRow.id)
        .join(StaffListRow, StaffListRow.id == StaffSubscriptionRow.list_id)
        .where(StaffSubscriptionRow.status == "bounced")
        .order_by(StaffMemberRow.name, StaffMemberRow.id, StaffListRow.id)
    )
    return [(m, s, lst) for m, s, lst in rows]


def inactive_since(session: Session, cutoff: datetime) -> list[tuple[StaffMemberRow, datetime]]:
    """Active members subscribed to some list whose last activity (or, with none, their entry in the
    directory) is before ``cutoff``, with that moment; longest inactive first."""
    last = func.coalesce(StaffActivityRow.last_active_at, StaffMemberRow.created_at)
    subscribed = (
        select(StaffSubscriptionRow.member_id).where(StaffSubscriptionRow.status == "subscribed").distinct()
    )
    rows = session.execute(
        select(StaffMemberRow, last)
        .outerjoin(StaffActivityRow, StaffActivityRow.member_id == StaffMemberRow.id)
        .where(StaffMemberRow.active.is_(True), StaffMemberRow.id.in_(subscribed), last < cutoff)
        .order_by(last, StaffMemberRow.id)
    )
    return [(m, _aware(at)) for m, at in rows]


def _aware(value) -> datetime:
    """coalesce() of two UTC columns comes back without the column type on SQLite (text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# ------------------------------------------------------------------------------------ token key
def token_key(session: Session) -> str | None:
    """The database's token key: the first one made (should two desks make one at once, both
    settle on the same one once committed)."""
    return session.scalars(select(StaffTokenKeyRow.key).order_by(StaffTokenKeyRow.id)).first()


def add_token_key(session: Session, key: str, at: datetime) -> None:
    session.add(StaffTokenKeyRow(key=key, created_at=at))
    session.flush()


# ------------------------------------------------------------------------------------ activity
def note_activity(session: Session, member_id: int, at: datetime, what: str) -> None:
    row = session.get(StaffActivityRow, member_id)
    if row is None:
        session.add(StaffActivityRow(member_id=member_id, last_active_at=at, what=what))
    elif row.last_active_at < at:
        row.last_active_at = at
        row.what = what
    session.flush()


def last_activity(session: Session, member_ids: Iterable[int]) -> dict[int, datetime]:
    wanted = sorted(set(member_ids))
    found: dict[int, datetime] = {}
    for part in _chunks(wanted):
        for row in session.scalars(select(StaffActivityRow).where(StaffActivityRow.member_id.in_(part))):
            found[row.member_id] = row.last_active_at
    return found


# ------------------------------------------------------------------------------------ deliveries
def delivery_counts(session: Session, list_id: int, since: datetime) -> dict[int, int]:
    """member id -> mails from the list since ``since``."""
    rows = session.execute(
        select(StaffDeliveryRow.member_id, func.count())
        .where(StaffDeliveryRow.list_id == list_id, StaffDeliveryRow.sent_at >= since)
        .group_by(StaffDeliveryRow.member_id)
    )
    return {int(member_id): int(n) for member_id, n in rows}


def add_deliveries(
    session: Session, list_id: int, member_ids: Sequence[int], at: datetime, reference: str
) -> None:
    session.add_all(
        StaffDeliveryRow(list_id=list_id, member_id=m, sent_at=at, reference=reference) for m in member_ids
    )
    session.flush()

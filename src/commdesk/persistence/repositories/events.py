"""Media events in the database: events and their invitees. Functions take a Session and flush;
the services commit."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.events import EventInviteeRow, EventRow
from commdesk.persistence.repositories.releases import get as release_row
from commdesk.persistence.repositories.releases import person_names

__all__ = [
    "add",
    "by_reference",
    "contact_ids_of",
    "counts",
    "get",
    "invitee",
    "invitee_by_token",
    "invitees_of",
    "list_events",
    "person_names",
    "references_starting",
    "release_reference",
    "remove",
    "token_taken",
]


def get(session: Session, event_id: int) -> EventRow | None:
    return session.get(EventRow, event_id)


def by_reference(session: Session, reference: str) -> EventRow | None:
    return session.scalars(select(EventRow).where(EventRow.reference == reference)).first()


def references_starting(session: Session, prefix: str) -> list[str]:
    return list(session.scalars(select(EventRow.reference).where(EventRow.reference.startswith(prefix))))


def list_events(session: Session, search: str = "", since: datetime | None = None) -> list[EventRow]:
    """Events by start, the latest first; ``since``: only those ending at or after it."""
    query = select(EventRow).order_by(EventRow.starts_at.desc(), EventRow.id.desc())
    if since is not None:
        query = query.where(EventRow.ends_at >= since)
    text = search.strip()
    if text:
        like = f"%{text.lower()}%"
        query = query.where(
            func.lower(EventRow.title).like(like)
            | func.lower(EventRow.place).like(like)
            | func.lower(EventRow.reference).like(like)
        )
    return list(session.scalars(query))


def add(session: Session, row: EventRow | EventInviteeRow) -> None:
    session.add(row)
    session.flush()


def remove(session: Session, row: EventInviteeRow) -> None:
    session.delete(row)
    session.flush()


def invitees_of(session: Session, event_id: int) -> list[EventInviteeRow]:
    return list(
        session.scalars(
            select(EventInviteeRow).where(EventInviteeRow.event_id == event_id).order_by(EventInviteeRow.id)
        )
    )


def invitee(session: Session, invitee_id: int) -> EventInviteeRow | None:
    return session.get(EventInviteeRow, invitee_id)


def invitee_by_token(session: Session, token: str) -> EventInviteeRow | None:
    return session.scalars(select(EventInviteeRow).where(EventInviteeRow.rsvp_token == token)).first()


def token_taken(session: Session, token: str) -> bool:
    return invitee_by_token(session, token) is not None


def contact_ids_of(session: Session, event_id: int) -> set[int]:
    rows = session.scalars(
        select(EventInviteeRow.contact_id).where(
            EventInviteeRow.event_id == event_id, EventInviteeRow.contact_id.is_not(None)
        )
    )
    return {i for i in rows if i is not None}


def counts(session: Session, event_ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
    """event id -> (invitees, accepted, checked in)."""
    ids = sorted(set(event_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(
            EventInviteeRow.event_id,
            func.count(),
            func.sum(case((EventInviteeRow.status == "accepted", 1), else_=0)),
            func.count(EventInviteeRow.checked_in_at),
        )
        .where(EventInviteeRow.event_id.in_(ids))
        .group_by(EventInviteeRow.event_id)
    )
    return {event_id: (int(n), int(accepted or 0), int(checked)) for event_id, n, accepted, checked in rows}


def release_reference(session: Session, release_id: int | None) -> str:
    """The reference of the press release an event accompanies ("" for none or one deleted)."""
    if release_id is None:
        return ""
    row = release_row(session, release_id)
    return row.reference if row is not None else ""

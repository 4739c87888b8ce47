"""Announcements in the database: the announcements and their audiences (subscription lists).

Functions take a Session and flush; the services commit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from commdesk.persistence.models.announcements import AnnouncementAudienceRow, AnnouncementRow
from commdesk.persistence.models.foundation import PersonRow
from commdesk.persistence.models.mail import OutboxMessageRow
from commdesk.persistence.models.staff import StaffListRow

ENTITY = "announcements"


def get(session: Session, announcement_id: int) -> AnnouncementRow | None:
    return session.get(AnnouncementRow, announcement_id)


def all_(session: Session) -> list[AnnouncementRow]:
    return list(session.scalars(select(AnnouncementRow).order_by(AnnouncementRow.id.desc())))


def between(session: Session, start: datetime, end: datetime) -> list[AnnouncementRow]:
    """The announcements sent in [start, end), and those not sent that are planned in it, by time."""
    sent, planned = AnnouncementRow.sent_at, AnnouncementRow.planned_at
    return list(
        session.scalars(
            select(AnnouncementRow)
            .where(
                or_(
                    and_(sent.is_not(None), sent >= start, sent < end),
                    and_(sent.is_(None), planned.is_not(None), planned >= start, planned < end),
                )
            )
            .order_by(AnnouncementRow.id)
        )
    )


def add(session: Session, row: AnnouncementRow) -> AnnouncementRow:
    session.add(row)
    session.flush()
    return row


def audience(session: Session, announcement_ids: Iterable[int]) -> dict[int, list[int]]:
    """announcement id -> its list ids, in order."""
    ids = sorted(set(announcement_ids))
    out: dict[int, list[int]] = {i: [] for i in ids}
    if not ids:
        return out
    rows = session.execute(
        select(AnnouncementAudienceRow.announcement_id, AnnouncementAudienceRow.list_id)
        .where(AnnouncementAudienceRow.announcement_id.in_(ids))
        .order_by(AnnouncementAudienceRow.list_id)
    )
    for aid, lid in rows:
        out[aid].append(lid)
    return out


def set_audience(session: Session, announcement_id: int, list_ids: Iterable[int]) -> None:
    wanted = set(list_ids)
    have = set(audience(session, [announcement_id])[announcement_id])
    gone = have - wanted
    if gone:  # row by row, so the audit log records each list taken off
        for row in session.scalars(
            select(AnnouncementAudienceRow).where(
                AnnouncementAudienceRow.announcement_id == announcement_id,
                AnnouncementAudienceRow.list_id.in_(sorted(gone)),
            )
        ):
            session.delete(row)
    for list_id in sorted(wanted - have):
        session.add(AnnouncementAudienceRow(announcement_id=announcement_id, list_id=list_id))
    session.flush()


def list_names(session: Session, list_ids: Iterable[int] | None = None) -> dict[int, tuple[str, bool]]:
    """list id -> (its name as mail shows it: Chinese, else English; whether it is in use)."""
    query = select(StaffListRow.id, StaffListRow.name_zh, StaffListRow.name_en, StaffListRow.active)
    if list_ids is not None:
        query = query.where(StaffListRow.id.in_(sorted(set(list_ids))))
    return {i: (zh or en, bool(active)) for i, zh, en, active in session.execute(query)}


def person_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    return dict(session.execute(select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(wanted))).all())


def waiting_copies_to(
    session: Session, related_entity: str, member_id: int, statuses: Iterable[str]
) -> list[tuple[int, int]]:
    """(outbox message id, announcement id) of the copies of announcements (outbox messages related
    to ``related_entity``) addressed to staff member ``member_id`` whose status is one of ``statuses``."""
    rows = session.execute(
        select(OutboxMessageRow.id, OutboxMessageRow.related_id, OutboxMessageRow.recipient_keys).where(
            OutboxMessageRow.related_entity == related_entity, OutboxMessageRow.status.in_(list(statuses))
        )
    ).all()
    return [(mid, int(rid)) for mid, rid, keys in rows if rid and member_id in json.loads(keys or "[]")]

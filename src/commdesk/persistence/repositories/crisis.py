"""Statements of the issue and crisis log (``models/crisis.py``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from commdesk.persistence.models.base import Base
from commdesk.persistence.models.crisis import CrisisChecklistItemRow, CrisisLinkRow, CrisisNoteRow, CrisisRow
from commdesk.persistence.models.foundation import PersonRow
from commdesk.persistence.models.releases import CoverageRow


def stage(session: Session, row: Base) -> None:
    session.add(row)


def crises(session: Session) -> list[CrisisRow]:
    """Every crisis, the open ones first, the newest first."""
    q = select(CrisisRow).order_by(
        CrisisRow.closed_at.is_not(None), CrisisRow.opened_at.desc(), CrisisRow.id.desc()
    )
    return list(session.scalars(q))


def crisis(session: Session, crisis_id: int) -> CrisisRow | None:
    return session.get(CrisisRow, crisis_id)


def checklist(session: Session, crisis_id: int) -> list[CrisisChecklistItemRow]:
    q = select(CrisisChecklistItemRow).where(CrisisChecklistItemRow.crisis_id == crisis_id)
    return list(session.scalars(q.order_by(CrisisChecklistItemRow.position)))


def links(session: Session, crisis_id: int) -> list[CrisisLinkRow]:
    q = select(CrisisLinkRow).where(CrisisLinkRow.crisis_id == crisis_id)
    return list(session.scalars(q.order_by(CrisisLinkRow.id)))


def link(session: Session, crisis_id: int, kind: str, item_id: int) -> CrisisLinkRow | None:
    q = select(CrisisLinkRow).where(
        CrisisLinkRow.crisis_id == crisis_id, CrisisLinkRow.kind == kind, CrisisLinkRow.item_id == item_id
    )
    return session.scalars(q).first()


def notes(session: Session, crisis_id: int) -> list[CrisisNoteRow]:
    q = select(CrisisNoteRow).where(CrisisNoteRow.crisis_id == crisis_id)
    return list(session.scalars(q.order_by(CrisisNoteRow.at, CrisisNoteRow.id)))


def coverage_entry(session: Session, coverage_id: int) -> CoverageRow | None:
    """A coverage entry, with or without a release (stories logged on their own)."""
    return session.get(CoverageRow, coverage_id)


def person(session: Session, person_id: int) -> PersonRow | None:
    return session.get(PersonRow, person_id)

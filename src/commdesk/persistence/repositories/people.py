"""People rows: who uses commdesk and their roles. Flushes at most, never commits."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commdesk.persistence.models import PersonRow


def count(session: Session) -> int:
    """How many people exist (active or not)."""
    return session.scalar(select(func.count()).select_from(PersonRow)) or 0


def rows(session: Session, include_inactive: bool = False) -> list[PersonRow]:
    """Everyone (by name; the caller sorts for people), the inactive too when asked."""
    q = select(PersonRow).order_by(PersonRow.name)
    if not include_inactive:
        q = q.where(PersonRow.active.is_(True))
    return list(session.scalars(q))


def other_active_administrators(session: Session, person_id: int | None, administrator: str) -> int:
    """How many active people other than ``person_id`` hold the role stored as ``administrator``."""
    return (
        session.scalar(
            select(func.count())
            .select_from(PersonRow)
            .where(
                PersonRow.id != person_id,
                PersonRow.active.is_(True),
                PersonRow.roles.contains(administrator),
            )
        )
        or 0
    )

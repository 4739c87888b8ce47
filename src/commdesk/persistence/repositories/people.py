"""People rows: who uses commdesk and their roles. Flushes at most, never commits."""

from __future__ import annotations

from sqlalchemy import func, select, text
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


def connected_login(session: Session) -> str | None:
    """The server login this session is connected as (PostgreSQL's ``session_user``: a ``SET ROLE``
    does not change it); None for a SQLite file, which has no logins."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.scalar(text("SELECT session_user"))


def has_logins(session: Session) -> bool:
    """Whether any person has a server login: the database is run as a team (each person connects
    as themselves), not through one shared login."""
    return session.scalar(select(PersonRow.id).where(PersonRow.login.is_not(None)).limit(1)) is not None


def by_login(session: Session, login: str) -> PersonRow | None:
    """The person whose server login is ``login`` (active or not)."""
    return session.scalar(select(PersonRow).where(PersonRow.login == login))

"""A team database's people and logins: the statements ``TeamService`` needs. Flushes at most,
never commits; the server's own rules (groups, grants, triggers) are ``persistence.server_security``."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from commdesk.persistence import server_security
from commdesk.persistence.models import PersonRow


def is_server(session: Session) -> bool:
    return session.connection().dialect.name == "postgresql"


def is_team_database(session: Session) -> bool:
    return server_security.is_team_database(session.connection())


def owner_check(session: Session) -> server_security.OwnerCheck:
    return server_security.owner_check(session.connection())


def secure(session: Session) -> server_security.TeamGroups:
    """The server's rules on this database (group roles, grants, functions, triggers)."""
    return server_security.apply(session.connection())


def session_login(session: Session) -> str:
    return server_security.session_login(session.connection())


def owner_login(session: Session) -> str:
    return server_security.owner_login(session.connection())


def people_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(PersonRow)) or 0


def add_person(session: Session, name: str, email: str, department: str, roles: str) -> PersonRow:
    row = PersonRow(name=name, email=email, department=department, roles=roles)
    session.add(row)
    session.flush()
    return row


def person(session: Session, person_id: int) -> PersonRow | None:
    return session.get(PersonRow, person_id)


def person_by_login(session: Session, login: str) -> PersonRow | None:
    return session.scalars(select(PersonRow).where(PersonRow.login == login)).first()


def people(session: Session) -> list[PersonRow]:
    """Everyone, the inactive too."""
    return list(session.scalars(select(PersonRow).order_by(PersonRow.name)))


def attach_login(session: Session, person_id: int, login: str, password: str | None) -> None:
    """Create ``login`` for the person (password hashed here, never sent in clear); the server
    puts it in the groups of the person's roles."""
    server_security.attach_login(session.connection(), person_id, login, password)
    _forget(session, person_id)


def set_owner_login(session: Session, person_id: int, login: str) -> None:
    server_security.set_owner_login(session.connection(), person_id, login)
    _forget(session, person_id)


def _forget(session: Session, person_id: int) -> None:
    row = session.get(PersonRow, person_id)
    if row is not None:
        session.expire(row)  # its login was written by SQL, not through the row


def login_exists(session: Session, login: str) -> bool:
    return server_security.login_exists(session.connection(), login)


def login_states(session: Session) -> dict[str, bool]:
    return server_security.login_states(session.connection())

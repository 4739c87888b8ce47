"""What every service needs: a session factory, who is acting, and the clock.

One user action = one service call = one unit of work = one transaction (ARCHITECTURE rule 2)::

    with self.ctx.unit_of_work() as uow:
        row = uow.session.get(PersonRow, person_id)
        ...
    # committed here, or rolled back if the block raised
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from commdesk.core.domain.people import SYSTEM, Person, Role
from commdesk.core.errors import ConflictError, PermissionDenied
from commdesk.core.i18n import translate

T = TypeVar("T")


def _utcnow() -> datetime:
    return datetime.now(UTC)


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session], actor: Person):
        self._factory = factory
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["actor"] = (self.actor.id, self.actor.name)
        self.session.info["txn"] = uuid.uuid4().hex
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm.exc import StaleDataError

        from commdesk.persistence.db import explain

        try:
            if exc_type is None:
                try:
                    self.session.commit()
                except DBAPIError as failure:  # said in words: no SQL, no parameters (personal data)
                    raise explain(failure) from failure
                except StaleDataError as failure:
                    raise _saved_in_between() from failure
            else:
                self.session.rollback()
        finally:
            self.session.close()
        if isinstance(exc, DBAPIError):
            raise explain(exc) from exc
        if isinstance(exc, StaleDataError):
            raise _saved_in_between() from exc

    def event(self, entity: str, entity_id: Any, action: str, note: str | None = None, **kw) -> None:
        from commdesk.persistence.audit import record_event

        record_event(self.session, entity, entity_id, action, note=note, **kw)


def _saved_in_between() -> ConflictError:
    """A versioned record's UPDATE found another version than the one read and checked: someone
    saved it between this unit of work's version check and its write (the check is a read before
    the first write; the version in the UPDATE's WHERE catches what happened since)."""
    return ConflictError(
        translate(
            "Services",
            "This record was changed by someone else while yours was being saved; nothing was "
            "saved. Open it again to see the stored version, then make your change again.",
        )
    )


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session]
    current: Callable[[], Person] = lambda: SYSTEM
    clock: Callable[[], datetime] = _utcnow
    database_label: str = ""
    read_only: bool = False  # a database file commdesk may not write: reading and exports only
    _services: dict[type, Any] = field(default_factory=dict)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.sessions, self.current())

    def service(self, cls: type[T]) -> T:
        """The one instance of a service class for this context (services are stateless)."""
        svc = self._services.get(cls)
        if svc is None:
            svc = self._services[cls] = cls(self)
        return svc

    def writer(self) -> Person:
        """The acting person as a preview of what they may change sees them (may they edit, which
        workflow steps): without roles when the database is read-only, so every write is off."""
        person = self.current()
        if self.read_only:
            from dataclasses import replace

            return replace(person, roles=frozenset())
        return person

    def require(self, *roles: Role, action: str) -> Person:
        """The acting person, if they hold one of ``roles``; else PermissionDenied naming the action."""
        person = self.current()
        if not any(person.has(r) for r in roles):
            raise PermissionDenied(_needs_role(person, roles, action))
        return person

    def refusal(self, *roles: Role, action: str) -> str:
        """ "" when the acting person may do ``action`` now (holds one of ``roles``, on a writable
        database), else why not in words: what a window shows on the button ``require`` would refuse."""
        if self.read_only:  # the words persistence.db.explain gives when such a write fails
            return translate(
                "Database",
                "The database is open read-only, so nothing can be saved; open a copy "
                "you may write to, or ask its owner to make it writable.",
            )
        person = self.current()
        return "" if any(person.has(r) for r in roles) else _needs_role(person, roles, action)


def _needs_role(person: Person, roles, action: str) -> str:
    needed = translate("Services", " or ").join(r.label for r in roles)
    return translate(
        "Services",
        "{name} may not {action}: this needs the role {roles}. "
        "Ask an administrator to grant it, or switch person.",
    ).format(name=person.name, action=action, roles=needed)


def check_version(kind: str, stored_version: int, expected: int | None, *, mine: Any, theirs: Any) -> None:
    """Optimistic locking: refuse a save made from a stale copy, offering both versions."""
    if expected is not None and expected != stored_version:
        raise ConflictError(
            translate(
                "Services",
                "This {kind} was changed by someone else while you were editing it "
                "(your copy is version {mine}, the stored one version {theirs}). "
                "Choose which version to keep.",
            ).format(kind=kind, mine=expected, theirs=stored_version),
            mine=mine,
            theirs=theirs,
        )

"""What every service needs: a session factory, who is acting, and the clock.

One user action = one service call = one unit of work = one transaction (ARCHITECTURE rule 2)::

    with self.ctx.unit_of_work() as uow:
        row = uow.session.get(PersonRow, person_id)
        ...
    # committed here, or rolled back if the block raised

After a commit, the context tells whoever listens (``ctx.on_committed(fn)``) which tables the unit
of work wrote: ``fn(frozenset({"releases", "release_revisions", "audit_log", ...}))``. Every write
counts, however it was made: an ORM flush (association rows too), a Core ``insert``/``update``/
``delete`` on the session's connection (bulk import, audit rows) or a text statement. A unit that
only read, or that rolled back, announces nothing; a unit opened while another is open on the same
thread is announced with the outer one, once. Code that commits on a bare connection uses
``ctx.transaction()`` (or calls ``ctx.announce(tables)``) so that its changes are announced too.
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import TextClause

from commdesk.core.domain.people import SYSTEM, Person, Role
from commdesk.core.errors import ConflictError, PermissionDenied
from commdesk.core.i18n import translate

T = TypeVar("T")

log = logging.getLogger(__name__)

#: Listener of a context: called with the names of the tables a commit changed.
Committed = Callable[[frozenset[str]], None]


def _utcnow() -> datetime:
    return datetime.now(UTC)


# --------------------------------------------------------------------------- which tables were written
# A connection whose writes are noted carries the set they go into as an execution option: the
# option lives as long as the Connection object (one checkout), never on the pooled DBAPI connection.
_NOTE = "commdesk_written_tables"
# A text statement that writes: INSERT [OR ...] INTO t, REPLACE INTO t, UPDATE [OR ...] t, DELETE FROM t
# (optionally after a WITH clause), the table name possibly quoted or schema-qualified.
_TEXT_WRITE = re.compile(
    r"""^\s*(?:WITH\b.*?\)\s*)?(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)
        \s+(?:ONLY\s+)?(?:["`\[]?\w+["`\]]?\.)?["`\[]?(\w+)""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)


def written_tables(statement: object) -> frozenset[str]:
    """The tables a statement writes: an ``insert``/``update``/``delete`` construct (ORM or Core)
    names its table; a text statement is read for ``INSERT INTO t``, ``UPDATE t``, ``DELETE FROM t``.
    Reads and DDL write no table's rows."""
    if isinstance(statement, UpdateBase):
        name = getattr(statement.table, "name", None)  # a Table, or a table() clause
        return frozenset((name,)) if isinstance(name, str) else frozenset()
    sql = statement.text if isinstance(statement, TextClause) else statement
    if isinstance(sql, str) and (m := _TEXT_WRITE.match(sql)):
        return frozenset((m.group(1),))
    return frozenset()


def _note_writes(conn: Connection, _cursor, sql: str, _parameters, context, _executemany: bool) -> None:
    """After each statement sent to the database (ORM flushes, Core and driver SQL alike)."""
    written = conn.get_execution_options().get(_NOTE)
    if written is None:
        return
    statement = getattr(getattr(context, "compiled", None), "statement", None)
    written.update(written_tables(statement if isinstance(statement, UpdateBase) else sql))


def _note_session_writes(session: Session, _transaction: SessionTransaction, conn: Connection) -> None:
    """A unit of work's session began on ``conn``: note what is written through it."""
    written = session.info.get(_NOTE)
    if written is not None:
        conn.execution_options(**{_NOTE: written})


def note_writes(engine: Engine) -> None:
    """Watch the statements run on ``engine``'s connections (once per engine), so that a unit of
    work or ``ServiceContext.transaction`` knows which tables it wrote."""
    if not event.contains(engine, "after_cursor_execute", _note_writes):
        event.listen(engine, "after_cursor_execute", _note_writes)
    if not event.contains(Session, "after_begin", _note_session_writes):
        event.listen(Session, "after_begin", _note_session_writes)


class UnitOfWork:
    def __init__(self, factory: sessionmaker[Session], actor: Person, ctx: ServiceContext | None = None):
        self._factory = factory
        self._ctx = ctx
        self.actor = actor
        self.session: Session
        #: The tables this unit of work wrote (so far; complete once it committed).
        self.written: set[str] = set()
        #: Tables committed by units opened inside this one: announced when this one ends.
        self.inner_written: set[str] = set()

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.info["actor"] = (self.actor.id, self.actor.name)
        self.session.info["txn"] = uuid.uuid4().hex
        self.session.info[_NOTE] = self.written
        if self._ctx is not None:
            self._ctx._open_units().append(self)
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        from sqlalchemy.exc import DBAPIError
        from sqlalchemy.orm.exc import StaleDataError

        from commdesk.persistence.db import explain

        committed = False
        try:
            if exc_type is None:
                try:
                    self.session.commit()
                    committed = True
                except DBAPIError as failure:  # said in words: no SQL, no parameters (personal data)
                    raise explain(failure) from failure
                except StaleDataError as failure:
                    raise _saved_in_between() from failure
            else:
                self.session.rollback()
        finally:
            self.session.close()
            if self._ctx is not None:
                units = self._ctx._open_units()
                if units and units[-1] is self:
                    units.pop()
                self._ctx.announce(self.inner_written | (self.written if committed else set()))
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
    _listeners: list[Committed] = field(default_factory=list)
    _local: threading.local = field(default_factory=threading.local)

    def __post_init__(self) -> None:
        note_writes(self.engine)

    def unit_of_work(self) -> UnitOfWork:
        return UnitOfWork(self.sessions, self.current(), self)

    # ------------------------------------------------------------------------ change notification
    def on_committed(self, fn: Committed) -> Callable[[], None]:
        """Call ``fn(tables)`` after every commit through this context that changed tables (on the
        thread that committed). Returns the function that stops it."""
        self._listeners.append(fn)

        def stop() -> None:
            if fn in self._listeners:
                self._listeners.remove(fn)

        return stop

    def announce(self, tables: Iterable[str]) -> None:
        """Tell the listeners that ``tables`` changed (committed). Inside a unit of work that is
        still open on this thread, the news waits for that unit's end, so it is told once."""
        changed = frozenset(tables)
        if not changed:
            return
        units = self._open_units()
        if units:
            units[-1].inner_written.update(changed)
            return
        for fn in list(self._listeners):
            try:
                fn(changed)
            except Exception:  # the change is committed: a listener's bug must not make it look failed
                log.warning("a listener of committed changes failed", exc_info=True)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """``engine.begin()`` for code that writes on a bare connection: the tables it writes are
        announced after the commit (nothing on a rollback)."""
        written: set[str] = set()
        with self.engine.begin() as conn:
            conn.execution_options(**{_NOTE: written})
            yield conn
        self.announce(written)

    def _open_units(self) -> list[UnitOfWork]:
        units = getattr(self._local, "units", None)
        if units is None:
            units = self._local.units = []
        return units

    def service(self, cls: type[T]) -> T:
        """The one instance of a service class for this context (services are stateless)."""
        svc = self._services.get(cls)
        if svc is None:
            make = cast(Callable[[ServiceContext], T], cls)  # every service takes the context
            svc = self._services[cls] = make(self)
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

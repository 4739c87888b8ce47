"""The unit of work: one session, one transaction, and the tables it wrote.

A service opens one through ``ServiceContext.unit_of_work()``; this module is the database side of
it. Every statement sent on a unit's connection is noted (ORM flushes, Core ``insert``/``update``/
``delete``, text SQL), so that after the commit the context can announce which tables changed.
``bare_transaction(engine)`` does the same for code that writes on a bare connection.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, SessionTransaction, sessionmaker
from sqlalchemy.sql.dml import UpdateBase
from sqlalchemy.sql.elements import TextClause

from commdesk.core.domain.people import Person
from commdesk.core.errors import ConflictError
from commdesk.core.i18n import translate
from commdesk.persistence import notify
from commdesk.persistence.audit import HEAD_RECORD


class ChangeBoard(Protocol):
    """Who hears about commits: the units open on this thread, and where the news goes."""

    def open_units(self) -> list[UnitOfWork]: ...

    def announce(self, tables: Iterable[str]) -> None: ...


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
    if getattr(context, "execution_options", {}).get(HEAD_RECORD):  # the audit log's end, kept in settings
        written.add("audit_log")
        return
    statement = getattr(getattr(context, "compiled", None), "statement", None)
    written.update(written_tables(statement if isinstance(statement, UpdateBase) else sql))


def _note_session_writes(session: Session, _transaction: SessionTransaction, conn: Connection) -> None:
    """A unit of work's session began on ``conn``: note what is written through it."""
    written = session.info.get(_NOTE)
    if written is not None:
        conn.execution_options(**{_NOTE: written})


def _publish_commit(conn: Connection) -> None:
    """A transaction on a server database is about to commit: if it wrote tables, its last
    statement tells the other desks which (delivered by the server with the commit, never without)."""
    written = conn.get_execution_options().get(_NOTE)
    if written:
        notify.publish(conn, written)


def note_writes(engine: Engine) -> None:
    """Watch the statements run on ``engine``'s connections (once per engine), so that a unit of
    work or ``ServiceContext.transaction`` knows which tables it wrote; on a server database each
    such commit also tells the other desks (``persistence.notify``)."""
    if not event.contains(engine, "after_cursor_execute", _note_writes):
        event.listen(engine, "after_cursor_execute", _note_writes)
    if not event.contains(Session, "after_begin", _note_session_writes):
        event.listen(Session, "after_begin", _note_session_writes)
    if engine.dialect.name == "postgresql" and not event.contains(engine, "commit", _publish_commit):
        event.listen(engine, "commit", _publish_commit)


class UnitOfWork:
    """One transaction on one session: committed when the block ends, rolled back if it raised.
    ``changes`` (the service context) hears which tables a commit wrote."""

    def __init__(self, factory: sessionmaker[Session], actor: Person, changes: ChangeBoard | None = None):
        self._factory = factory
        self._ctx = changes
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
            self._ctx.open_units().append(self)
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
                    raise saved_in_between() from failure
            else:
                self.session.rollback()
        finally:
            self.session.close()
            if self._ctx is not None:
                units = self._ctx.open_units()
                if units and units[-1] is self:
                    units.pop()
                self._ctx.announce(self.inner_written | (self.written if committed else set()))
        if isinstance(exc, DBAPIError):
            raise explain(exc) from exc
        if isinstance(exc, StaleDataError):
            raise saved_in_between() from exc

    def event(self, entity: str, entity_id: Any, action: str, note: str | None = None, **kw) -> None:
        from commdesk.persistence.audit import record_event

        record_event(self.session, entity, entity_id, action, note=note, **kw)


def saved_in_between() -> ConflictError:
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


@contextmanager
def bare_transaction(engine: Engine) -> Iterator[tuple[Connection, set[str]]]:
    """``engine.begin()`` whose writes are noted: yields the connection and the set of tables it
    wrote (complete once the block ends without error; the transaction commits then)."""
    written: set[str] = set()
    with engine.begin() as conn:
        conn.execution_options(**{_NOTE: written})
        yield conn, written

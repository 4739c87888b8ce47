"""What every service needs: a session factory, who is acting, and the clock.

One user action = one service call = one unit of work = one transaction (docs/ARCHITECTURE.md)::

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
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar, cast

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from commdesk.core.domain.people import SYSTEM, Person, Role
from commdesk.core.errors import ConflictError, PermissionDenied
from commdesk.core.i18n import translate
from commdesk.persistence.unit_of_work import UnitOfWork, bare_transaction, note_writes

T = TypeVar("T")

log = logging.getLogger(__name__)

#: Listener of a context: called with the names of the tables a commit changed.
Committed = Callable[[frozenset[str]], None]


def _utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass
class ServiceContext:
    engine: Engine
    sessions: sessionmaker[Session]
    current: Callable[[], Person] = lambda: SYSTEM
    clock: Callable[[], datetime] = _utcnow
    database_label: str = ""
    read_only: bool = False  # a database file commdesk may not write: reading and exports only
    # a team database: the person of the connected server login, the only one who acts here
    bound_person: Person | None = None
    # working offline on a snapshot of the server (services.offline): only journaled writes run
    offline: bool = False
    offline_since: datetime | None = None  # when the snapshot was taken (UTC)
    _services: dict[type, Any] = field(default_factory=dict)
    _listeners: list[Committed] = field(default_factory=list)
    _local: threading.local = field(default_factory=threading.local)
    _cache: dict[str, tuple[frozenset[str], Any]] = field(default_factory=dict)
    _cache_generation: int = 0

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
        units = self.open_units()
        if units:
            units[-1].inner_written.update(changed)
            return
        self.forget_cached(changed)
        for fn in list(self._listeners):
            try:
                fn(changed)
            except Exception:  # the change is committed: a listener's bug must not make it look failed
                log.warning("a listener of committed changes failed", exc_info=True)

    # ------------------------------------------------------------------------ read once, on a server
    def cached(self, key: str, tables: Iterable[str], compute: Callable[[], T]) -> T:
        """``compute()`` once per context until a commit changes one of ``tables`` (this desk's, or
        another desk's as the server tells it: ``forget_cached``). Only on a server database, where
        each read is a round trip over the network; on a file it is computed afresh every time, and
        so it is while a unit of work open on this thread has written one of ``tables`` (what it
        or a unit inside it committed is announced only when it ends)."""
        deps = frozenset(tables)
        if self.engine.dialect.name == "sqlite" or any(
            deps & (unit.written | unit.inner_written) for unit in self.open_units()
        ):
            return compute()
        hit = self._cache.get(key)
        if hit is not None:
            return cast(T, hit[1])
        generation = self._cache_generation
        value = compute()
        if generation == self._cache_generation:  # nothing was committed meanwhile
            self._cache[key] = (deps, value)
        return value

    def forget_cached(self, tables: Iterable[str] | None = None) -> None:
        """Drop what ``cached`` kept from ``tables`` (None: everything), e.g. when another desk
        committed to them."""
        changed = None if tables is None else frozenset(tables)
        self._cache_generation += 1
        for key, (deps, _value) in list(self._cache.items()):
            if changed is None or deps & changed:
                self._cache.pop(key, None)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """``engine.begin()`` for code that writes on a bare connection: the tables it writes are
        announced after the commit (nothing on a rollback)."""
        with bare_transaction(self.engine) as (conn, written):
            yield conn
        self.announce(written)

    def open_units(self) -> list[UnitOfWork]:
        """The units of work open on this thread, innermost last."""
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

"""The intake's batches: one transaction for ``BATCH`` messages, the services working inside it.

``joined(ctx, batch)`` is the context the services see while a batch is taken in: the same
database, person, clock, listeners and thread's open units as the intake's own, but every unit of
work opened joins the batch's one transaction as a savepoint (``JoinedUnit``), and what every
message asks for is read once per batch (``BatchContext.cached``, the senders' contacts, the
Message-IDs the cases hold).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import fields
from typing import TypeVar, cast

from commdesk.persistence.unit_of_work import UnitOfWork
from commdesk.services.context import ServiceContext

T = TypeVar("T")


class JoinedUnit(UnitOfWork):
    """A unit of work opened inside a batch: a savepoint on the batch's session, released when
    the block ends (its writes then belong to the batch's transaction, committed with it), rolled
    back if it raised, so that a step refused and caught by its caller undoes only itself."""

    def __init__(self, ctx: ServiceContext, outer: UnitOfWork):
        super().__init__(ctx.sessions, outer.actor, None)
        self._outer = outer

    def __enter__(self) -> UnitOfWork:
        self.session = self._outer.session
        self.written = self._outer.written
        self._savepoint = self.session.begin_nested()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        """A database's refusal is said in words, as a unit of work's commit says it; a saved-in-
        between conflict or any other error goes on as it is (the message then fails in its batch
        and is taken in again on its own, through the services' own units of work)."""
        from sqlalchemy.exc import DBAPIError

        from commdesk.persistence.db import explain

        savepoint = self._savepoint
        if exc_type is None:
            try:
                savepoint.commit()
                return
            except DBAPIError as failure:
                exc = failure
        if savepoint.is_active:
            savepoint.rollback()
        if isinstance(exc, DBAPIError):
            raise explain(exc) from exc


class BatchContext(ServiceContext):
    """The context the services see while a batch is taken in: the same database, person, clock,
    listeners and thread's open units as the intake's own, but every unit of work opened joins the
    batch's one transaction (``JoinedUnit``)."""

    batch: UnitOfWork
    kept: dict[str, tuple[frozenset[str], object]]
    #: the contacts of the batch's senders' addresses (casefolded), read at its start: the intake
    #: makes none, so what was read stays true for the batch
    senders: dict[str, tuple[int, str] | None]
    #: Message-ID -> (recency, case id) of the entries holding the batch's messages and their
    #: threads, read at its start; the messages the batch adds go in as they are added (the newest
    #: highest), so a reply to a message of the same batch finds its case
    holding: dict[str, tuple[int, int]]

    def unit_of_work(self) -> UnitOfWork:
        return JoinedUnit(self, self.batch)

    def cached(self, key: str, tables: Iterable[str], compute: Callable[[], T]) -> T:
        """Read once per batch (the settings, the mail account, the calendar ... every message asks
        for them), also on a file: the batch is one transaction, so what it read stays what it
        would read again until it writes one of ``tables`` itself."""
        deps = frozenset(tables)
        if deps & self.batch.written:
            return compute()
        hit = self.kept.get(key)
        if hit is None or hit[0] != deps:
            hit = self.kept[key] = (deps, compute())
        return cast(T, hit[1])


def joined(ctx: ServiceContext, batch: UnitOfWork) -> ServiceContext:
    values = {f.name: getattr(ctx, f.name) for f in fields(ServiceContext) if f.init}
    values["_services"] = {}  # services of their own, on this context
    made = BatchContext(**values)
    made.batch = batch
    made.kept = {}
    made.senders = {}
    made.holding = {}
    return made


__all__ = ["BatchContext", "JoinedUnit", "joined"]

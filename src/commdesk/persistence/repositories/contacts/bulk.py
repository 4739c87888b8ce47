"""An import's writes: thousands of contacts in one transaction, fast.

``ContactBulkWriter`` is the one way in: open it inside the unit of work, ``create`` the planned
new contacts, ``update`` the planned changes batch by batch, leave it. What makes it fast stays in
here:

- rows are written with one executemany per table (``persistence.bulk.RowWriter``), ids given
  up front (``_allocate_ids``), the search keys and the ``import`` audit entries in bulk;
- the rows of the created contacts are made in a child process while this one writes
  (``core.parallel``), from ``FORK_FROM`` contacts on, once the child is ahead;
- SQLite: the search index of the created contacts is filled with one INSERT ... SELECT instead
  of its trigger's row by row (``_BulkFts``), and the page cache is large for the transaction
  (``_BigCache``); both are put back on leaving, the trigger inside the transaction, so an error
  or a cancel restores it with everything else;
- the cyclic garbage collector is paused (``core.parallel.collector_paused``);
- SQLite: a large import's commit is synced but its WAL is copied into the database file in the
  background, after the person was told it is done (``persistence.db.hold_checkpoint``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import ExitStack
from datetime import date
from types import TracebackType
from typing import Any, cast, overload

from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import Session

from commdesk.core.contacts.importing.plan import PlannedContact
from commdesk.core.contacts.importing.spool import PlannedSpool, SpooledBatch
from commdesk.core.parallel import ahead, collector_paused
from commdesk.persistence.audit import entry, payload_digest, seal_ahead, transaction_id
from commdesk.persistence.bulk import RowWriter
from commdesk.persistence.db import hold_checkpoint
from commdesk.persistence.models import AuditRow
from commdesk.persistence.models.base import utcnow
from commdesk.persistence.models.contacts import FTS_TABLE, SHORT_FTS_TABLE, SQLITE_FTS_DDL, ContactRow
from commdesk.persistence.repositories.contacts.details import rows_by_id
from commdesk.persistence.repositories.contacts.outlets import KnownOutlets, OutletCache
from commdesk.persistence.repositories.contacts.rows import (
    ROW_COLUMNS,
    SOURCE_INDEX,
    apply_record,
    child_tuples,
    gather,
    insert_child_tuples,
    replace_children,
    row_tuple_and_keys,
)
from commdesk.persistence.repositories.contacts.search_keys import (
    key_documents,
    write_key_documents,
    write_key_sets,
)

#: contacts written per step (progress and cancel are checked between steps)
BATCH = 2000
#: with fewer contacts to create, the rows are made in this process only (a child would not catch up)
FORK_FROM = 20000
#: True: every batch is made in the child process, even while this one would be quicker (tests
#: compare those rows with rows made here)
WAIT_FOR_CHILD = False
#: SQLite: an import writing at least this many contacts commits without copying its WAL into the
#: database file; that runs in the background afterwards (``persistence.db.hold_checkpoint``)
CHECKPOINT_LATER_FROM = 20000
#: the audit entries of created contacts
IMPORT_ACTION = "import"

_CONTACTS = cast(Table, ContactRow.__table__)
_FTS_TRIGGER = "contact_fts_ai"
_FTS_TRIGGER_DDL = SQLITE_FTS_DDL[1]

Tick = Callable[[int], None]
#: rows (id first), children by table, search keys (SQLite: ``key_documents``; elsewhere the sets),
#: audit entries
Batch = tuple[
    list[tuple[Any, ...]],
    dict[type, list[tuple]],
    list[tuple[int, Any]],
    list[tuple[str, str, str]],
]


#: SQLite: FTS5's in-memory index of pending rows while an import fills the search indexes (its
#: default, 1 MB, is written out as a new segment each time it fills, and the many small segments
#: merged again and again: a 16 MB one halves the time of indexing a million contacts)
FTS_HASH_SIZE = 16 << 20
_FTS_DEFAULT_HASH_SIZE = 1 << 20


class _BulkFts:
    """SQLite: fill the search index of the created contacts with one INSERT ... SELECT instead of
    the insert trigger's row by row (7 times faster on 100,000 contacts), both search indexes with
    a larger in-memory part (``FTS_HASH_SIZE``). The trigger is dropped and made again, the size put
    back, inside the import's transaction, so an error or a cancel restores them."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.active = (
            self.sqlite
            and conn.exec_driver_sql(
                f"SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = '{_FTS_TRIGGER}'"
            ).first()
            is not None
        )
        if self.active:
            conn.exec_driver_sql(f"DROP TRIGGER {_FTS_TRIGGER}")
        self._hash_size(FTS_HASH_SIZE)

    def _hash_size(self, size: int) -> None:
        if self.sqlite:
            for table in (FTS_TABLE, SHORT_FTS_TABLE):
                self.conn.exec_driver_sql(
                    f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", (size,)
                )

    def done(self, first_id: int) -> None:
        """Index the contacts from ``first_id`` on (the import's: above every other, as it holds
        the write lock) and make the trigger again."""
        if self.active:
            self.conn.exec_driver_sql(
                "INSERT INTO contact_fts(rowid, text) SELECT id, search_text FROM contacts WHERE id >= ?",
                (first_id,),
            )
            self.conn.exec_driver_sql(_FTS_TRIGGER_DDL)
            self.active = False
        self._hash_size(_FTS_DEFAULT_HASH_SIZE)
        self.sqlite = False


class _BigCache:
    """SQLite: a page cache of 256 MB for the import's transaction (the default 2 MB made the
    search key B-tree's inserts read and spill the same pages again and again), the connection's
    own size again afterwards (the cache shrinks back)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.was: int | None = None
        if conn.dialect.name == "sqlite":
            self.was = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
            conn.exec_driver_sql("PRAGMA cache_size = -65536")

    def close(self) -> None:
        if self.was is not None:
            self.conn.exec_driver_sql(f"PRAGMA cache_size = {self.was}")
            self.was = None


#: SQLite: the indexes an import creating at least ``DEFER_INDEXES_FROM`` contacts, and more than
#: the table holds, drops and makes again after its rows are in, in this order:
#: - those whose keys come in no order (e-mail keys, numbers, pinyin, sort keys): one sort instead
#:   of a million inserts at random places of B-trees larger than the page cache;
#: - last, the narrow index of (id, deleted, sort_key) that a search seeks once for every match to
#:   sort them. Its keys come in order, but written batch by batch its pages lay between the rows',
#:   children's and search indexes' pages all over the file, and its seeks took a quarter longer (a
#:   million contacts: the 44,707 matches of "li" 20.7 ms against 16.5 ms made at once, as after a
#:   VACUUM; making it costs about a second). Made last, the pages the import freed (SQLite fills
#:   them first) went to the indexes made before it, and it lies in one run at the end of the file.
DEFERRED_INDEXES = (
    "ix_contact_emails_address_key",
    "ix_contact_phones_number",
    "ix_contacts_pinyin_key",
    "ix_contacts_deleted_sort",
    "ix_contacts_id_sort",
)
DEFER_INDEXES_FROM = 100_000
#: KB of page cache (and so of the sort's memory) while the indexes are made again
_SORT_CACHE_KB = 16384


class _DeferredIndexes:
    """SQLite: the ``DEFERRED_INDEXES`` dropped for a large import and made again from their own
    statements (``sqlite_master``) by ``done``, inside the import's transaction, so an error or a
    cancel restores them with everything else."""

    def __init__(self, conn: Connection, creating: int):
        self.conn = conn
        self.statements: list[str] = []
        if conn.dialect.name != "sqlite" or creating < DEFER_INDEXES_FROM:
            return
        stored = conn.execute(select(func.count()).select_from(_CONTACTS)).scalar_one()
        if creating <= stored:
            return
        marks = ", ".join("?" * len(DEFERRED_INDEXES))
        found = conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN ({marks})",
            DEFERRED_INDEXES,
        ).all()
        for name, sql in sorted(found, key=lambda f: DEFERRED_INDEXES.index(f[0])):
            if sql:
                conn.exec_driver_sql(f'DROP INDEX "{name}"')
                self.statements.append(sql)  # made again in the order of DEFERRED_INDEXES

    def done(self) -> None:
        """Make the indexes again. SQLite sorts an index's keys in memory up to the page cache's
        size, on top of the cache itself: the cache is made small while it sorts (its pages are
        let go first), so the import's peak memory does not grow by another cache."""
        if not self.statements:
            return
        conn = self.conn
        was = conn.exec_driver_sql("PRAGMA cache_size").scalar()
        conn.exec_driver_sql(f"PRAGMA cache_size = -{_SORT_CACHE_KB}")
        for sql in self.statements:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(was or 0)}")
        self.statements = []


def _allocate_ids(
    conn: Connection, first: tuple[Any, ...], constants: dict[str, Any], n: int
) -> tuple[list[int], bool]:
    """Ids for ``n`` new contacts, and whether the first of them (``first``, a ROW_COLUMNS tuple)
    was inserted on the way.

    SQLite: the first row is inserted alone, which takes the database's write lock until commit,
    so the others can have the ids that follow the highest. PostgreSQL: ``n`` values of the id
    sequence."""
    table = _CONTACTS
    if conn.dialect.name != "sqlite":
        return list(
            conn.exec_driver_sql(
                "SELECT nextval(pg_get_serial_sequence('contacts', 'id')) FROM generate_series(1, %(n)s)",
                {"n": n},
            ).scalars()
        ), False
    one = conn.execute(
        insert(table).returning(table.c.id), dict(zip(ROW_COLUMNS, first, strict=True), **constants)
    )
    first_id = one.scalar_one()
    top = conn.execute(select(func.max(table.c.id))).scalar_one()
    return [first_id, *range(top + 1, top + n)], True


def row_of(planned: PlannedContact, source: str) -> tuple[tuple[Any, ...], set[str]]:
    """The contact row (ROW_COLUMNS) of a planned contact, with ``source`` (the file) as its source
    when it names none (provable consent), and its search keys."""
    row, keys = row_tuple_and_keys(planned.record)
    if not row[SOURCE_INDEX]:
        row = (*row[:SOURCE_INDEX], source[:300], *row[SOURCE_INDEX + 1 :])
    return row, keys


class _BatchContext:
    """What every batch of created contacts needs besides its contacts (sent once to a child)."""

    def __init__(self, outlets: KnownOutlets, source: str, sqlite: bool, fixed: tuple[Any, ...] = ()):
        self.outlets, self.source, self.sqlite = outlets, source, sqlite
        self.fixed = fixed  # values the contact rows end with (SQLite: the statement's own, see create)


def make_batch(
    context: _BatchContext, work: tuple[Sequence[PlannedContact] | SpooledBatch, Sequence[int]]
) -> Batch:
    """What the import writes for a batch of created contacts (with their ids), made from the plan
    alone, so it can be made in a child process (``core.parallel``): rows (id first), children,
    search keys and audit entries (entity id, note, and the digest the audit chain keeps of it).
    A spooled batch is read here (in the child: from the spool's file, not through a pipe)."""
    planned, ids = work
    batch = planned.load() if isinstance(planned, SpooledBatch) else planned
    rows, key_sets = [], []
    fixed = context.fixed
    for cid, p in zip(ids, batch, strict=True):
        row, k = row_of(p, context.source)
        rows.append((cid, *row, *fixed))
        key_sets.append((cid, k))
    keys: list[tuple[int, Any]] = key_documents(key_sets) if context.sqlite else list(key_sets)
    children = gather(child_tuples(cid, p.record, context.outlets) for cid, p in zip(ids, batch, strict=True))
    audit = []
    for cid, p in zip(ids, batch, strict=True):
        note = ", ".join(f"{file}:{row}" for file, row in p.sources)
        audit.append((str(cid), note, payload_digest(None, None, note)))
    return rows, children, keys, audit


class _SpoolWork(Sequence[tuple[list[PlannedContact] | SpooledBatch, list[int]]]):
    """The batches of a spooled plan with their ids, each named by its place in the spool's file
    (``SpooledBatch``) and read by whoever makes its rows (this process, or the child, from the
    file), so the whole plan is never in memory and the child's batches are not read here."""

    def __init__(self, spool: PlannedSpool, ids: list[int]):
        self.spool, self.ids = spool, ids
        sizes = spool.batch_sizes()
        self.numbers = [n for n, size in enumerate(sizes) if size]  # batches left empty are skipped
        self.bounds = [*self.starts(spool), len(spool)]

    @staticmethod
    def starts(spool: PlannedSpool) -> list[int]:
        """Where each (non-empty) batch begins among the spool's items."""
        out, at = [], 0
        for size in spool.batch_sizes():
            if size:
                out.append(at)
                at += size
        return out

    def __len__(self) -> int:
        return len(self.bounds) - 1

    @overload
    def __getitem__(self, n: int) -> tuple[list[PlannedContact] | SpooledBatch, list[int]]: ...

    @overload
    def __getitem__(self, n: slice) -> list[tuple[list[PlannedContact] | SpooledBatch, list[int]]]: ...

    def __getitem__(self, n: int | slice) -> Any:
        if isinstance(n, slice):
            return [self[i] for i in range(*n.indices(len(self)))]
        if not 0 <= n < len(self):
            raise IndexError(n)
        return self.spool.batch_ref(self.numbers[n]), self.ids[self.bounds[n] : self.bounds[n + 1]]


class _ImportEntries:
    """The ``import`` audit entries of created contacts. SQLite: written sealed, their place in the
    audit chain given as they are written (``persistence.audit.seal_ahead``: the transaction holds
    the write lock), instead of read back and updated at the commit, which cost as long as writing
    them; elsewhere written unsealed, sealed at the commit."""

    def __init__(self, session: Session, actor: tuple[int | None, str]):
        conn = session.connection()
        txn = transaction_id(session)
        at = utcnow()
        entity = ContactRow.__tablename__
        constants = {
            "at": at,
            "txn": txn,
            "actor_id": actor[0],
            "actor_name": actor[1],
            "entity": entity,
            "action": IMPORT_ACTION,
            "field": None,
            "old": None,
            "new": None,
        }
        table = cast(Table, AuditRow.__table__)
        self.tail = seal_ahead(conn, txn)
        self.entry = entry(at, txn, actor, entity, "", IMPORT_ACTION)
        columns = (
            ("id", "entity_id", "note", "seq", "digest", "chain") if self.tail else ("entity_id", "note")
        )
        self.writer = RowWriter(conn, table, columns, constants)
        session.info["audit_pending"] = True  # the commit's seal runs (and tells where the chain went)

    def write(self, entries: list[tuple[str, str, str]]) -> None:
        """(entity id, note, payload digest) of each entry, in order."""
        tail = self.tail
        if tail is None:
            self.writer.write([(eid, note) for eid, note, _ in entries])
            return
        e, rows = self.entry, []
        for eid, note, digest in entries:
            e.entity_id = eid
            id_, seq, link = tail.link(e, digest)
            rows.append((id_, eid, note, seq, digest, link))
        self.writer.write(rows)


class ContactBulkWriter:
    """An import's writes on the unit of work's session (see the module doc). ``actor`` (id, name)
    signs the audit entries of the created contacts; ``source_date`` is their source's date."""

    def __init__(self, session: Session, actor: tuple[int | None, str], source_date: date, writing: int = 0):
        self.session = session
        self.actor = actor
        self.source_date = source_date
        self.writing = writing  # how many contacts it will create and update (for the checkpoint)
        self._stack = ExitStack()
        self.outlets: OutletCache | None = None

    def __enter__(self) -> ContactBulkWriter:
        self._stack.enter_context(collector_paused())
        conn = self.session.connection()
        if self.writing >= CHECKPOINT_LATER_FROM:
            hold_checkpoint(conn)
        cache = _BigCache(conn)
        self._stack.callback(cache.close)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stack.close()

    def ensure_outlets(self, names: Iterable[str]) -> None:
        """Create the outlets of these names that do not exist yet (before ``create`` and ``update``)."""
        self.outlets = OutletCache(self.session)
        self.outlets.ensure(names)

    def _outlets(self) -> OutletCache:
        if self.outlets is None:
            self.outlets = OutletCache(self.session)
        return self.outlets

    def create(self, planned: Sequence[PlannedContact], source: str, tick: Tick) -> list[int]:
        """Write the planned new contacts (with ``source`` where they name none); returns their ids.
        ``tick(done)`` is called before each batch (it may raise to stop: nothing is committed).
        A ``PlannedSpool`` is read batch by batch (``_SpoolWork``), never whole."""
        if not planned:
            return []
        session = self.session
        conn = session.connection()
        fts = _BulkFts(conn)
        indexes = _DeferredIndexes(conn, len(planned))
        constants = {"source_date": self.source_date}
        ids, first_written = _allocate_ids(conn, row_of(planned[0], source)[0], constants, len(planned))
        contacts = RowWriter(conn, _CONTACTS, ("id", *ROW_COLUMNS), constants)
        audit = _ImportEntries(session, self.actor)
        work: Sequence[tuple[Sequence[PlannedContact] | SpooledBatch, Sequence[int]]]
        fds: tuple[int, ...] = ()
        if isinstance(planned, PlannedSpool):
            work, starts = _SpoolWork(planned, ids), _SpoolWork.starts(planned)
            fd = planned.fileno()
            fds = (fd,) if fd is not None else ()
        else:
            work = [(planned[lo : lo + BATCH], ids[lo : lo + BATCH]) for lo in range(0, len(planned), BATCH)]
            starts = list(range(0, len(planned), BATCH))
        sqlite = conn.dialect.name == "sqlite"
        # SQLite: the rows are made as the insert's parameters (its constant values appended in the
        # child too), so this process only executes them
        as_made = sqlite and not contacts.procs
        context = _BatchContext(self._outlets().known(), source, sqlite, contacts.fixed if as_made else ())
        batches = (
            ahead(make_batch, context, work, WAIT_FOR_CHILD, pass_fds=fds)
            if len(planned) >= FORK_FROM
            else (make_batch(context, w) for w in work)
        )
        try:
            for n, (rows, children, keys, entries) in enumerate(batches):
                tick(starts[n])
                part = rows[1:] if n == 0 and first_written else rows
                if not as_made:
                    contacts.write(part)
                elif part:
                    conn.exec_driver_sql(contacts.sql, part)
                insert_child_tuples(conn, children)
                if sqlite:
                    write_key_documents(conn, keys)
                else:
                    write_key_sets(conn, keys, replace=False)
                audit.write(entries)
        finally:
            batches.close()
        indexes.done()
        fts.done(min(ids))
        return ids

    def update(self, planned: Sequence[PlannedContact], versions: dict[int, int]) -> list[int]:
        """Write the planned changes of stored contacts, unless one of them is gone or has another
        version than ``versions`` says (saved or deleted since it was read): then nothing is
        written and their ids are returned."""
        session = self.session
        keys = [cast(int, p.key) for p in planned]
        rows = rows_by_id(session, keys)
        moved = [k for k in keys if k not in rows or rows[k].version != versions.get(k)]
        if moved:
            return moved
        outlets = self._outlets()
        for k, p in zip(keys, planned, strict=True):
            apply_record(rows[k], p.record)
            replace_children(session, k, p.record, outlets)
        session.flush()
        return []

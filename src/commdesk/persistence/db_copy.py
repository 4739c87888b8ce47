"""Copying a whole commdesk database into an empty one: a single desk's SQLite file onto a
PostgreSQL server (an office becoming a team), or a server database into a new SQLite file (an
archive).

The source is read in one snapshot (PostgreSQL: a REPEATABLE READ transaction; SQLite: one read
transaction), so people may keep working on it meanwhile. Everything on the target happens in ONE
transaction: the schema is made by commdesk's migrations (never ``create_all``: the target must be
the database those migrations describe), then the rows table by table, each after the tables it
refers to, then what the target's dialect derives (PostgreSQL: serial sequences past the copied
ids, the short-term search keys; SQLite: the FTS5 search tables), then the checks: the audit log's
hash chain walked on the target and its end compared with the copied record of its head, and the
rows of every table counted on both sides. Any failure rolls all of it back: the target is left as
empty as it was.

The audit log is copied row for row (ids, places, digests, links), so the copy's chain is the
source's chain and verifies as it did. Triggers of the target's tables (rules that stamp who acts
on new rows, say) are switched off for the copy on PostgreSQL: the rows copied are history, written
by the people the source says, not new actions of the login that copies them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Connection, String, Table, func, inspect, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from commdesk.core.errors import CommdeskError, DatabaseVersionError
from commdesk.core.i18n import translate
from commdesk.persistence import audit as audit_log
from commdesk.persistence import backup_copy, health, schema
from commdesk.persistence.bulk import RowWriter, server_copy
from commdesk.persistence.models.contacts import ContactSearchKeyRow
from commdesk.persistence.repositories import case_search

# SQLite: the trigger that indexes each new contact; ``rebuild_contact_search`` makes it again.
FTS_INSERT_TRIGGER = "contact_fts_ai"

# Rows read and written per batch: large enough that a round trip costs little per row, small
# enough that a million-row table never sits in memory at once.
BATCH = 5000

# Tables the target derives for its own dialect instead of copying them (SQLite keeps the
# short-term search keys in its FTS5 tables, PostgreSQL in ``contact_search_keys``).
DERIVED_TABLES = frozenset({ContactSearchKeyRow.__tablename__})

# The steps after the tables that ``Progress`` is told about (besides each table's name).
STEP_SEARCH = "search"
STEP_VERIFY = "verify"

# ``progress(step, done, total)``: a table's name (rows copied of its rows), STEP_SEARCH or STEP_VERIFY.
Progress = Callable[[str, int, int], None]


class CopyRefused(CommdeskError):
    """The copy was not made (or was undone): the reason in one sentence, with what to do."""


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int
    derived: bool  # made again on the target for its dialect, not copied

    @property
    def equal(self) -> bool:
        return self.source == self.target


@dataclass(frozen=True)
class CopyResult:
    counts: tuple[TableCount, ...]
    revisions: frozenset[str]
    audit_entries: int  # entries of the copied log, all verified on the target
    contacts_indexed: int  # contacts whose search entries the target was given


def tables() -> list[Table]:
    """commdesk's tables, each after the tables it refers to."""
    return backup_copy.tables()


# ------------------------------------------------------------------------------------- the source
def check_source(engine: Engine, display: str) -> frozenset[str]:
    """Refuse a source that is not a commdesk database at this commdesk's schema (older: to be
    opened or upgraded first; newer: this commdesk cannot know its tables), or a SQLite file that
    is damaged. Returns its schema revisions."""
    with engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    if "alembic_version" not in names:
        raise CopyRefused(
            translate(
                "Database",
                "{db} is not a commdesk database (no commdesk schema), so there is nothing to copy; "
                "check the source you named.",
            ).format(db=display)
        )
    try:
        st = schema.status(engine)
    except DatabaseVersionError:
        raise CopyRefused(
            translate(
                "Database",
                "{db} was written by a newer commdesk than this one; copy it with that commdesk, or "
                "update this one first.",
            ).format(db=display)
        ) from None
    if not st.up_to_date:
        raise CopyRefused(
            translate(
                "Database",
                "{db} has an older schema than this commdesk; upgrade it first with 'commdesk --db "
                "{db} db upgrade' (or open it once with this commdesk), then copy it.",
            ).format(db=display)
        )
    problems = schema.integrity_problems(engine)
    if problems:
        raise CopyRefused(
            translate(
                "Database",
                "{db} is damaged, so it was not copied; run 'commdesk --db {db} db check' to see what "
                "is wrong, and copy a restored backup instead.",
            ).format(db=display)
        )
    return st.current


# ------------------------------------------------------------------------------------- the target
def _listed(parts: Sequence[str], most: int = 6) -> str:
    shown = ", ".join(parts[:most])
    if len(parts) > most:
        shown += translate("Database", " and {n} more").format(n=len(parts) - most)
    return shown


def refuse_non_empty(conn: Connection, display: str) -> None:
    """Refuse a target that holds anything: tables that are not commdesk's, a commdesk schema of
    a newer commdesk, or rows in any of commdesk's tables (named with their counts; never their
    content). An empty commdesk schema (a database commdesk was opened on once) is empty."""
    names = sorted(inspect(conn).get_table_names())
    if not names:
        return
    if "alembic_version" not in names:
        raise CopyRefused(
            translate(
                "Database",
                "{db} is not empty: it holds tables that are not commdesk's ({tables}); copy into a "
                "new, empty database.",
            ).format(db=display, tables=_listed(names))
        )
    known, _heads = schema.packaged_revisions()
    current = {r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))}
    if current - known:
        raise CopyRefused(
            translate(
                "Database",
                "{db} holds the schema of a newer commdesk; copy into a new, empty database.",
            ).format(db=display)
        )
    ours = {t.name: t for t in tables()}
    filled = []
    for name in names:
        table = ours.get(name)
        if table is None:
            if name != "alembic_version":
                filled.append(name)
            continue
        n = conn.execute(select(func.count()).select_from(table)).scalar() or 0
        if n:
            filled.append(f"{name} ({n:,})")
    if filled:
        raise CopyRefused(
            translate(
                "Database",
                "{db} is not empty: it holds {tables}; copy into a new, empty database (nothing was "
                "written).",
            ).format(db=display, tables=_listed(filled))
        )


# ------------------------------------------------------------------------------------- the copying
def copy_database(
    source: Engine,
    target: Engine,
    *,
    source_display: str,
    target_display: str,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy every row of ``source`` (checked with ``check_source``) into the empty ``target``, all
    or nothing (see the module's docstring). Raises ``CopyRefused`` with the reason when the target
    is not empty, a value does not fit the target, or the checks after copying fail."""
    report: Progress = progress or (lambda _step, _done, _total: None)
    with source.connect() as src:
        _begin_snapshot(src)
        try:
            source_counts = {t.name: _count(src, t) for t in tables()}
            with target.connect() as dst, dst.begin():
                refuse_non_empty(dst, target_display)
                _migrate(dst, target_display)
                postgres = dst.dialect.name == "postgresql"
                if postgres:
                    _switch_triggers(dst, enable=False)
                else:  # the search indexes are made once at the end, not a row at a time
                    dst.exec_driver_sql(f"DROP TRIGGER IF EXISTS {FTS_INSERT_TRIGGER}")
                    case_search.drop_index(dst)
                later: list[tuple[Table, dict[str, Any]]] = []
                for table in tables():
                    if table.name in DERIVED_TABLES:
                        continue
                    later += _copy_table(
                        src, dst, table, source_counts[table.name], report, postgres, source_display
                    )
                for table, row in later:  # references within a table, once every row exists
                    pk = {c.name: row.pop(c.name) for c in table.primary_key.columns}
                    dst.execute(update(table).where(*(table.c[k] == v for k, v in pk.items())).values(row))
                if postgres:
                    backup_copy.reset_sequences(dst)
                    _switch_triggers(dst, enable=True)
                report(STEP_SEARCH, 0, source_counts["contacts"])
                indexed = health.rebuild_contact_search(dst)
                case_search.rebuild_index(dst)
                report(STEP_SEARCH, indexed, source_counts["contacts"])
                entries = _verify_log(src, dst, source_display, report)
                counts = _compare(dst, source_counts, target_display)
                revisions = frozenset(
                    r[0] for r in dst.execute(text("SELECT version_num FROM alembic_version"))
                )
        finally:
            src.rollback()
    if target.dialect.name == "sqlite":  # one self-contained file, no write-ahead log beside it
        with target.connect() as dst:
            dst.exec_driver_sql("PRAGMA journal_mode=DELETE")
    return CopyResult(counts, revisions, entries, indexed)


def _begin_snapshot(src: Connection) -> None:
    """Everything read from here on is one state of the source, whoever writes to it meanwhile."""
    if src.dialect.name == "postgresql":
        src.execute(text("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"))
    elif src.dialect.name == "sqlite":
        raw = src.connection.dbapi_connection
        if raw is not None and not getattr(raw, "in_transaction", True):
            src.exec_driver_sql("BEGIN")  # a read transaction: SQLite's snapshot until it ends


def _count(conn: Connection, table: Table) -> int:
    return conn.execute(select(func.count()).select_from(table)).scalar() or 0


# PostgreSQL's SQLSTATE for a privilege the login does not have
_INSUFFICIENT_PRIVILEGE = "42501"


def _migrate(dst: Connection, target_display: str) -> None:
    """commdesk's migrations on the target, inside the copy's transaction."""
    from alembic import command

    try:
        command.upgrade(schema.alembic_config(dst), "heads")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) != _INSUFFICIENT_PRIVILEGE:
            raise
        raise CopyRefused(
            translate(
                "Database",
                "Nothing was copied: this login may not create tables in {db}. Ask the server's "
                "administrator to create the database with this login as its OWNER.",
            ).format(db=target_display)
        ) from exc


def _switch_triggers(dst: Connection, *, enable: bool) -> None:
    """PostgreSQL: the target tables' own triggers off while history is copied in, on again after
    (the owner's right; inside the transaction, so a failure leaves them as they were)."""
    names = set(inspect(dst).get_table_names())
    for table in tables():
        if table.name in names:
            dst.exec_driver_sql(
                f'ALTER TABLE "{table.name}" {"ENABLE" if enable else "DISABLE"} TRIGGER USER'
            )


def _self_references(table: Table) -> list[str]:
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _copy_table(
    src: Connection,
    dst: Connection,
    table: Table,
    total: int,
    report: Progress,
    postgres: bool,
    source_display: str,
) -> list[tuple[Table, dict[str, Any]]]:
    """Copy ``table``'s rows in primary-key order, batch by batch. A column that refers to a row of
    the same table is written afterwards (returned: table, primary key and those columns), so a row
    may refer to one with a higher id. Returns those pending updates."""
    names = [c.name for c in table.columns]
    own = _self_references(table)
    own_at = [names.index(n) for n in own]
    stamped_at = [i for i, c in enumerate(table.columns) if c.onupdate is not None]
    keys = [names.index(c.name) for c in table.primary_key.columns]
    limits = _limits(table) if postgres else []
    text_at = [i for i, c in enumerate(table.columns) if _is_text(c)] if postgres else []
    write = server_copy(dst, table.name, names) or RowWriter(dst, table, names).write
    later: list[tuple[Table, dict[str, Any]]] = []
    done = 0
    report(table.name, 0, total)
    query = select(table).order_by(*table.primary_key.columns)
    for batch in _batches(src, query):
        rows = [tuple(r) for r in batch]
        if limits or text_at:
            _check_values(table, rows, keys, limits, text_at)
        if own_at:
            held = []
            for r in rows:
                refs = {names[i]: r[i] for i in own_at if r[i] is not None}
                if refs:  # with the columns an UPDATE would stamp anew (updated_at), as they were
                    kept = {names[i]: r[i] for i in stamped_at}
                    later.append((table, {**{names[k]: r[k] for k in keys}, **refs, **kept}))
                    r = tuple(None if i in own_at else v for i, v in enumerate(r))
                held.append(r)
            rows = held
        try:
            write(rows)
        except DBAPIError as exc:  # named by its table and kind; the server's detail holds values
            raise CopyRefused(
                translate(
                    "Database",
                    "Nothing was copied: the target refused rows of {table} ({kind}); run 'commdesk "
                    "--db {db} db check', and report this to commdesk's makers if it finds nothing.",
                ).format(table=table.name, kind=type(exc.orig).__name__, db=source_display)
            ) from exc
        done += len(rows)
        report(table.name, done, total)
    return later


def _batches(src: Connection, query) -> Iterator[Sequence[Any]]:
    result = src.execution_options(yield_per=BATCH).execute(query)
    yield from result.partitions(BATCH)


def _is_text(col: Column[Any]) -> bool:
    try:
        return col.type.python_type is str
    except NotImplementedError:
        return False


def _limits(table: Table) -> list[tuple[int, int]]:
    """(column index, longest length) of the table's limited text columns: SQLite never enforces
    VARCHAR(n), PostgreSQL refuses a longer value."""
    return [
        (i, c.type.length)
        for i, c in enumerate(table.columns)
        if isinstance(c.type, String) and c.type.length is not None
    ]


def _check_values(
    table: Table, rows: list[tuple], keys: list[int], limits: list[tuple[int, int]], text_at: list[int]
) -> None:
    """Refuse, naming the table, the column and the row's id (never its content), a value that
    PostgreSQL would not take: text longer than its column allows, or holding a NUL character."""
    for r in rows:
        for i, n in limits:
            v = r[i]
            if isinstance(v, str) and len(v) > n:
                raise CopyRefused(
                    translate(
                        "Database",
                        "Nothing was copied: {table}.{column} of row {id} is {length} characters long, "
                        "more than the server allows ({n}); shorten it in the source and copy again.",
                    ).format(
                        table=table.name,
                        column=table.columns[i].name,
                        id=",".join(str(r[k]) for k in keys),
                        length=len(v),
                        n=n,
                    )
                )
        for i in text_at:
            v = r[i]
            if isinstance(v, str) and "\x00" in v:
                raise CopyRefused(
                    translate(
                        "Database",
                        "Nothing was copied: {table}.{column} of row {id} holds a NUL character, which "
                        "the server does not store; remove it in the source and copy again.",
                    ).format(
                        table=table.name, column=table.columns[i].name, id=",".join(str(r[k]) for k in keys)
                    )
                )


def _verify_log(src: Connection, dst: Connection, source_display: str, report: Progress) -> int:
    """The copied audit log's chain, walked on the target, and its end against the copied record
    of the head. When it fails the source is walked too, to say which of the two is wrong."""
    total = _count(dst, audit_log.AuditRow.__table__)  # type: ignore[arg-type]  # a declarative model's Table
    report(STEP_VERIFY, 0, total)
    check = audit_log.verify_chain(dst)
    if not check.ok:
        if not audit_log.verify_chain(src).ok:
            raise CopyRefused(
                translate(
                    "Database",
                    "Nothing was copied: the audit log of {db} was tampered with ({problem}); run "
                    "'commdesk --db {db} audit --verify', and copy a backup made before the change.",
                ).format(db=source_display, problem=check.problem)
            )
        raise CopyRefused(
            translate(
                "Database",
                "Nothing was copied: the copied audit log did not verify on the target ({problem}); "
                "report this to commdesk's makers.",
            ).format(problem=check.problem)
        )
    report(STEP_VERIFY, check.entries, total)
    return check.entries


def _compare(dst: Connection, source_counts: dict[str, int], target_display: str) -> tuple[TableCount, ...]:
    counts = tuple(
        TableCount(t.name, source_counts[t.name], _count(dst, t), t.name in DERIVED_TABLES) for t in tables()
    )
    wrong = [c.table for c in counts if not c.derived and not c.equal]
    if wrong:
        raise CopyRefused(
            translate(
                "Database",
                "Nothing was copied: the row counts of {tables} differ between the source and {db} "
                "after copying; report this to commdesk's makers.",
            ).format(tables=_listed(wrong), db=target_display)
        )
    return counts

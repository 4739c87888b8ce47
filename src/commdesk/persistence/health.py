"""Is the database's schema what its revision says it is, and rebuilding what can be rebuilt.

``db check`` compares the schema objects of the database (tables and their columns, indexes,
triggers, the contacts' FTS5 search tables) with those of a fresh database migrated to the *same*
revisions (SQLite: made in memory by the same migrations, so the expected set never goes stale),
or with the models (a server database, which is checked when it is up to date). ``db repair``
makes the derived objects again: missing or altered indexes and triggers are recreated from the
reference, triggers commdesk does not know are dropped, and the contacts' and the cases' search
indexes are rebuilt from their rows. Tables hold data and cannot be made again: for those the
answer is a backup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from commdesk.core.i18n import translate
from commdesk.persistence.repositories import case_search

#: Objects that are made from other data: a problem with one of them is fixed by ``db repair``.
DERIVED_TYPES = frozenset({"index", "trigger"})
_SEARCH_TABLES = re.compile(r"^(contact_fts(_short)?|case_fts)(_(data|idx|config|docsize|content|vocab))?$")


@dataclass(frozen=True)
class SchemaObject:
    type: str  # table, index, trigger, view
    name: str
    table: str
    shape: str  # normalised SQL (indexes, triggers) or the column names (tables)


def _normalise(sql: str | None) -> str:
    return re.sub(r"[\s\"'`\[\]]+", "", (sql or "").lower())


def sqlite_objects(conn: Connection) -> dict[tuple[str, str], SchemaObject]:
    out: dict[tuple[str, str], SchemaObject] = {}
    rows = conn.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
    ).all()
    for type_, name, table, sql in rows:
        if type_ == "table":
            if sql and sql.upper().startswith("CREATE VIRTUAL TABLE"):
                shape = _normalise(sql)
            else:
                cols = conn.exec_driver_sql(f'SELECT name FROM pragma_table_info("{name}")').scalars().all()
                shape = ",".join(sorted(cols))
        else:
            shape = _normalise(sql)
        out[(type_, name)] = SchemaObject(type_, name, table, shape)
    return out


@lru_cache(maxsize=8)
def _reference(
    revisions: frozenset[str],
) -> tuple[dict[tuple[str, str], SchemaObject], dict[tuple[str, str], str]]:
    """The schema objects of a new SQLite database migrated to ``revisions`` (made in memory), and
    the SQL that made each of them."""
    from alembic import command

    from commdesk.persistence.db import make_engine, resolve_target
    from commdesk.persistence.schema import alembic_config

    engine = make_engine(resolve_target("sqlite://")[0])
    try:
        with engine.begin() as conn:
            for rev in sorted(revisions):
                command.upgrade(alembic_config(conn), rev)
            sql = {
                (t, n): s
                for t, n, s in conn.exec_driver_sql(
                    "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                ).all()
            }
            return sqlite_objects(conn), sql
    finally:
        engine.dispose()


def reference_objects(revisions: frozenset[str]) -> dict[tuple[str, str], SchemaObject]:
    return _reference(revisions)[0]


def is_derived(obj: SchemaObject) -> bool:
    return obj.type in DERIVED_TYPES or bool(_SEARCH_TABLES.match(obj.name))


def _describe(obj: SchemaObject) -> str:
    kinds = {
        "table": translate("Database", "table"),
        "index": translate("Database", "index"),
        "trigger": translate("Database", "trigger"),
        "view": translate("Database", "view"),
    }
    return f"{kinds.get(obj.type, obj.type)} {obj.name}"


def schema_problems(engine: Engine, revisions: frozenset[str], up_to_date: bool) -> list[str]:
    """Missing, altered or unknown schema objects, each one sentence naming the fix (empty: fine)."""
    if not revisions:
        return []
    if engine.dialect.name != "sqlite":
        return _server_problems(engine) if up_to_date else []
    expected = reference_objects(revisions)
    with engine.connect() as conn:
        actual = sqlite_objects(conn)
    rev = ", ".join(sorted(revisions))
    problems: list[str] = []
    for key, obj in sorted(expected.items()):
        have = actual.get(key)
        fix = (
            translate("Database", "run 'commdesk db repair'")
            if is_derived(obj)
            else translate("Database", "restore the latest backup with 'commdesk restore FILE --force'")
        )
        if have is None:
            problems.append(
                translate("Database", "{object} is missing (schema revision {rev}); {fix}.").format(
                    object=_describe(obj), rev=rev, fix=fix
                )
            )
        elif have.shape != obj.shape:
            problems.append(
                translate("Database", "{object} differs from schema revision {rev}; {fix}.").format(
                    object=_describe(obj), rev=rev, fix=fix
                )
            )
    for key, obj in sorted(actual.items()):
        if key not in expected and obj.type in ("trigger", "view"):
            problems.append(
                translate(
                    "Database",
                    "{object} is not part of commdesk (schema revision {rev}); "
                    "run 'commdesk db repair' to remove it.",
                ).format(object=_describe(obj), rev=rev)
            )
    return problems


def _server_problems(engine: Engine) -> list[str]:
    from commdesk.persistence.models import Base

    problems: list[str] = []
    with engine.connect() as conn:
        insp = inspect(conn)
        tables = set(insp.get_table_names())
        for table in Base.metadata.sorted_tables:
            if table.name not in tables:
                problems.append(
                    translate(
                        "Database",
                        "table {name} is missing; restore the latest backup with "
                        "'commdesk restore FILE --force'.",
                    ).format(name=table.name)
                )
                continue
            columns = {c["name"] for c in insp.get_columns(table.name)}
            for col in table.columns:
                if col.name not in columns:
                    problems.append(
                        translate(
                            "Database",
                            "column {table}.{name} is missing; restore the latest "
                            "backup with 'commdesk restore FILE --force'.",
                        ).format(table=table.name, name=col.name)
                    )
            indexes = {i["name"] for i in insp.get_indexes(table.name)}
            for index in table.indexes:
                if index.name not in indexes:
                    problems.append(
                        translate("Database", "index {name} is missing; run 'commdesk db repair'.").format(
                            name=index.name
                        )
                    )
    return problems


@dataclass(frozen=True)
class RepairResult:
    recreated: tuple[str, ...]  # indexes and triggers made again
    removed: tuple[str, ...]  # triggers that were not commdesk's
    contacts_indexed: int  # contacts whose search entries were rebuilt
    cases_indexed: int = 0  # cases whose search document was made again (SQLite)


def repair(engine: Engine, revisions: frozenset[str]) -> RepairResult:
    """Make the derived objects again, in one transaction: the contacts' and the cases' search
    indexes from their rows, then missing or altered indexes and triggers from the reference; triggers that are
    not commdesk's are dropped."""
    recreated: list[str] = []
    removed: list[str] = []
    with engine.begin() as conn:
        indexed = rebuild_contact_search(conn)
        cases_indexed = case_search.rebuild_index(conn)
        if engine.dialect.name == "sqlite":
            expected, reference_sql = _reference(revisions)
            actual = sqlite_objects(conn)
            for key, obj in sorted(actual.items()):
                if obj.type in DERIVED_TYPES and key not in expected and obj.type == "trigger":
                    conn.exec_driver_sql(f'DROP TRIGGER "{obj.name}"')
                    removed.append(obj.name)
            for key, obj in sorted(expected.items()):
                if obj.type not in DERIVED_TYPES or key not in reference_sql:
                    continue
                have = actual.get(key)
                if have is not None and have.shape == obj.shape:
                    continue
                if have is not None:
                    conn.exec_driver_sql(f'DROP {obj.type.upper()} "{obj.name}"')
                conn.exec_driver_sql(reference_sql[key])
                recreated.append(obj.name)
        else:
            from commdesk.persistence.models import Base

            insp = inspect(conn)
            for table in Base.metadata.sorted_tables:
                have_ix = {i["name"] for i in insp.get_indexes(table.name)}
                for index in table.indexes:
                    if index.name is not None and index.name not in have_ix:
                        index.create(conn)
                        recreated.append(index.name)
    return RepairResult(tuple(recreated), tuple(removed), indexed, cases_indexed)


def rebuild_contact_search(conn: Connection) -> int:
    """The contacts' search index made again from the contacts (SQLite: the FTS5 tables
    ``contact_fts`` and ``contact_fts_short`` and their triggers; a server: the short-term keys).
    Returns how many contacts were indexed. Call inside a transaction."""
    from commdesk.persistence.models.contacts import SQLITE_FTS_DDL, SQLITE_SHORT_DDL
    from commdesk.persistence.repositories.contacts.search_keys import key_text, write_search_keys

    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        for trigger in ("contact_fts_ai", "contact_fts_ad", "contact_fts_au", "contact_fts_short_ad"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS contact_fts")
        conn.exec_driver_sql("DROP TABLE IF EXISTS contact_fts_short")
        for stmt in SQLITE_FTS_DDL + SQLITE_SHORT_DDL:
            conn.exec_driver_sql(stmt)
        conn.exec_driver_sql("INSERT INTO contact_fts(rowid, text) SELECT id, search_text FROM contacts")
    else:
        conn.exec_driver_sql("DELETE FROM contact_search_keys")
    rows = conn.exec_driver_sql("SELECT id, search_text, notes FROM contacts ORDER BY id").all()
    for start in range(0, len(rows), 5000):
        write_search_keys(
            conn,
            [(cid, key_text(text or "", notes or "")) for cid, text, notes in rows[start : start + 5000]],
            replace=False,
        )
    return len(rows)


def audit_problems(engine: Engine, zone: str = "UTC") -> list[str]:
    """The audit log's hash chain, walked from the start, and its end against the database's
    record of it (empty list: intact). Entries are named with their time in ``zone``."""
    from commdesk.persistence.audit import verify_chain

    with engine.connect() as conn:
        report = verify_chain(conn, zone)
    if report.ok:
        return []
    return [
        translate(
            "Database",
            "the audit log was tampered with: {problem}; the {n} entries before it are "
            "intact. Restore a backup made before the change, or keep this database as evidence.",
        ).format(problem=report.problem, n=report.entries)
    ]

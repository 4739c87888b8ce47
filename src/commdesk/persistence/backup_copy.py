"""Copying a whole commdesk database between engines, table by table, for backup and restore.

The backup and restore service decides (who may, which file, whether the audit logs agree) and
reports; this module does the copying: a server database into a new SQLite file inside one
REPEATABLE READ snapshot, and a verified backup's rows into the live database in the caller's
transaction (sequences set past the copied keys on PostgreSQL, the contacts search rebuilt, the
restore written into the audit log and sealed onto its chain).
"""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import Connection, Table, create_engine, delete, func, insert, select, text
from sqlalchemy.engine import Engine

from commdesk.persistence import audit as audit_log
from commdesk.persistence import health
from commdesk.persistence.db import sqlite_url
from commdesk.persistence.models import AuditRow, Base
from commdesk.persistence.models.base import utcnow


def tables() -> list[Table]:
    """commdesk's tables, each after the tables it refers to."""
    return list(Base.metadata.sorted_tables)


def count_rows(engine: Engine) -> int:
    """How many rows the database holds in commdesk's tables."""
    with engine.connect() as conn:
        return sum(conn.scalar(select(func.count()).select_from(t)) or 0 for t in tables())


def copy_server_to_sqlite(engine: Engine, dest: Path) -> None:
    """Every table of a server database, and its schema revision, into the new SQLite file ``dest``,
    read in one REPEATABLE READ transaction (a consistent snapshot while others keep working)."""
    out = create_engine(sqlite_url(dest), hide_parameters=True)
    try:
        Base.metadata.create_all(out)
        with engine.connect() as src:
            src = src.execution_options(isolation_level="REPEATABLE READ")
            with src.begin():
                revs = [r[0] for r in src.execute(text("SELECT version_num FROM alembic_version"))]
                with out.begin() as dst:
                    dst.execute(
                        text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
                    )
                    for r in revs:
                        dst.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": r})
                    for table in tables():
                        rows = [dict(r._mapping) for r in src.execute(select(table))]
                        if rows:
                            dst.execute(insert(table), rows)
    finally:
        out.dispose()


def log_summary(conn: Connection) -> tuple[int, str]:
    """How many audit entries a database holds and the last link of its chain."""
    t = AuditRow.__table__
    n = conn.execute(select(func.count()).select_from(t)).scalar() or 0
    tail = conn.execute(
        select(t.c.chain).where(t.c.seq.is_not(None)).order_by(t.c.seq.desc()).limit(1)
    ).scalar()
    return n, tail or ""


def replace_content(source: Connection, dest: Connection) -> tuple[int, str]:
    """Inside ``dest``'s transaction: delete every row of the live database and copy in every row of
    ``source`` (a database at the same schema revision); returns the replaced audit log's size and
    last link (``log_summary``) for the restore's entry."""
    sqlite = dest.dialect.name == "sqlite"
    if sqlite:
        dest.execute(text("PRAGMA defer_foreign_keys=ON"))
    replaced = log_summary(dest)
    for table in reversed(tables()):
        dest.execute(delete(table))
    for table in tables():
        rows = [dict(r._mapping) for r in source.execute(select(table))]
        if rows:
            dest.execute(insert(table), rows)
    if dest.dialect.name == "postgresql":
        reset_sequences(dest)
    # derived data the table copy does not carry (SQLite's FTS tables are no models)
    health.rebuild_contact_search(dest)
    return replaced


def reset_sequences(conn: Connection) -> None:
    """Every serial key's sequence past the highest copied key (PostgreSQL)."""
    for table in tables():
        for col in table.primary_key.columns:
            if col.autoincrement is True or (
                col.autoincrement == "auto"
                and col.type.python_type is int
                and len(table.primary_key.columns) == 1
            ):
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{col.name}'), "
                        f"COALESCE((SELECT MAX({col.name}) FROM {table.name}), 0) + 1, false)"
                    )
                )


def record_restore(conn: Connection, actor_name: str, note: str) -> None:
    """The restore's entry in the audit log, sealed onto its chain in ``conn``'s transaction."""
    txn = uuid.uuid4().hex
    table = AuditRow.__table__
    assert isinstance(table, Table)  # a declarative model's table
    conn.execute(
        insert(table),
        [
            {
                "at": utcnow(),
                "txn": txn,
                "actor_id": None,
                "actor_name": actor_name,
                "entity": "database",
                "entity_id": "restore",
                "action": "restore",
                "field": None,
                "old": None,
                "new": None,
                "note": note,
            }
        ],
    )
    audit_log.seal(conn, txn)

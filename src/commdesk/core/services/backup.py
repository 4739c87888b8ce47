"""Consistent online backups and verified restores.

A backup is always a SQLite file with commdesk's schema, whatever the live database is: for SQLite
it is made with SQLite's backup API; for PostgreSQL every table is copied inside one REPEATABLE READ
transaction (a consistent snapshot). A restore verifies the file first (SQLite integrity check,
a commdesk schema this version knows) and refuses to overwrite a non-empty database unless forced.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, delete, func, insert, select, text
from sqlalchemy.engine import Engine

from ...persistence import schema
from ...persistence.models import Base
from ..errors import CommdeskError, ValidationError
from ..i18n import translate


class BackupError(CommdeskError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revisions: frozenset[str]
    rows: int


def _tables():
    return Base.metadata.sorted_tables


def count_rows(engine: Engine) -> int:
    with engine.connect() as conn:
        return sum(conn.scalar(select(func.count()).select_from(t)) or 0 for t in _tables())


def backup(engine: Engine, dest: Path) -> BackupInfo:
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise ValidationError({"file": translate("Backup", "{path} is a folder; give a file name for the "
                                                 "backup.").format(path=dest)})
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".commdesk-backup-", suffix=".sqlite3", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if engine.dialect.name == "sqlite":
            src = sqlite3.connect(f"file:{engine.url.database}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(tmp)
                with dst:
                    src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
                dst.close()
            finally:
                src.close()
        else:
            _copy_server_to_sqlite(engine, tmp)
        info = verify(tmp)
        tmp.replace(dest)
        return BackupInfo(dest, info.revisions, info.rows)
    finally:
        tmp.unlink(missing_ok=True)


def _copy_server_to_sqlite(engine: Engine, tmp: Path) -> None:
    out = create_engine(f"sqlite:///{tmp}")
    try:
        Base.metadata.create_all(out)
        with engine.connect() as src:
            src = src.execution_options(isolation_level="REPEATABLE READ")
            with src.begin():
                revs = [r[0] for r in src.execute(text("SELECT version_num FROM alembic_version"))]
                with out.begin() as dst:
                    dst.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
                    for r in revs:
                        dst.execute(text("INSERT INTO alembic_version VALUES (:r)"), {"r": r})
                    for table in _tables():
                        rows = [dict(r._mapping) for r in src.execute(select(table))]
                        if rows:
                            dst.execute(insert(table), rows)
    finally:
        out.dispose()


def verify(path: Path) -> BackupInfo:
    path = Path(path)
    if not path.is_file():
        raise BackupError(translate("Backup", "{path} does not exist.").format(path=path))
    if not schema.sqlite_file_is_database(path):
        raise BackupError(translate("Backup", "{path} is not a commdesk backup (not a SQLite file).")
                          .format(path=path))
    from sqlalchemy.exc import DatabaseError

    eng = create_engine(f"sqlite:///file:{path}?mode=ro&uri=true")
    try:
        try:
            problems = schema.integrity_problems(eng)
        except DatabaseError as exc:
            problems = [str(exc.orig)]
        if problems:
            raise BackupError(translate("Backup", "{path} is damaged: {problem}").format(
                path=path, problem=problems[0]))
        st = schema.status(eng)
        if st.empty or not st.current:
            raise BackupError(translate("Backup", "{path} is not a commdesk backup (no commdesk schema).")
                              .format(path=path))
        return BackupInfo(path, st.current, count_rows(eng) if st.up_to_date else -1)
    finally:
        eng.dispose()


def restore(engine: Engine, source: Path, force: bool = False) -> BackupInfo:
    """Replace the database's content with the backup's (after bringing the backup up to date)."""
    info = verify(source)
    target_status = schema.status(engine)
    if not target_status.empty and target_status.current and count_rows(engine) > 0 and not force:
        raise BackupError(translate(
            "Backup", "The database is not empty; restoring would replace its content. Make a backup of "
            "it first, then run the restore again with --force."))
    work_dir = Path(tempfile.mkdtemp(prefix="commdesk-restore-"))
    work = work_dir / "restore.sqlite3"
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        dst = sqlite3.connect(work)
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
        work_engine = create_engine(f"sqlite:///{work}")
        schema.upgrade(work_engine)
        schema.upgrade(engine)
        with work_engine.connect() as s, engine.begin() as d:
            if engine.dialect.name == "sqlite":
                d.execute(text("PRAGMA defer_foreign_keys=ON"))
            for table in reversed(_tables()):
                d.execute(delete(table))
            for table in _tables():
                rows = [dict(r._mapping) for r in s.execute(select(table))]
                if rows:
                    d.execute(insert(table), rows)
            if engine.dialect.name == "postgresql":
                for table in _tables():
                    for col in table.primary_key.columns:
                        if col.autoincrement is True or (col.autoincrement == "auto" and
                                                         col.type.python_type is int and
                                                         len(table.primary_key.columns) == 1):
                            d.execute(text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{col.name}'), "
                                f"COALESCE((SELECT MAX({col.name}) FROM {table.name}), 0) + 1, false)"))
        work_engine.dispose()
        return BackupInfo(Path(source), info.revisions, count_rows(engine))
    finally:
        work.unlink(missing_ok=True)
        work_dir.rmdir()

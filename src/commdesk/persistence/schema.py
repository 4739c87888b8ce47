"""Schema revisions: check, upgrade (with a backup first), refuse databases from a newer commdesk.

Migrations are Alembic scripts in ``migrations/versions``; each area has its own branch off
``0001_foundation`` so adding an area never edits another area's file. The fast path (``status``)
reads the version files' ``revision = ...`` lines instead of importing Alembic, so opening an
up-to-date database at start-up costs one small query.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from commdesk.core.errors import DatabaseVersionError

VERSIONS = Path(__file__).parent / "migrations" / "versions"
_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)
_DEPENDS = re.compile(r"^depends_on\s*=\s*(.+)$", re.M)


@lru_cache(maxsize=1)
def _graph() -> dict[str, frozenset[str]]:
    """Each packaged revision and the revisions it needs (down_revision and depends_on)."""
    graph: dict[str, frozenset[str]] = {}
    for f in VERSIONS.glob("*.py"):
        src = f.read_text(encoding="utf-8")
        m = _REV.search(src)
        if not m:
            continue
        needs: set[str] = set()
        for pattern in (_DOWN, _DEPENDS):
            d = pattern.search(src)
            if d:
                needs.update(re.findall(r"['\"]([^'\"]+)['\"]", d.group(1).split("#")[0]))
        graph[m.group(1)] = frozenset(needs)
    return graph


@lru_cache(maxsize=1)
def packaged_revisions() -> tuple[frozenset[str], frozenset[str]]:
    """(all revisions, head revisions) shipped with this commdesk."""
    revs: set[str] = set()
    downs: set[str] = set()
    for f in VERSIONS.glob("*.py"):
        src = f.read_text(encoding="utf-8")
        m = _REV.search(src)
        if not m:
            continue
        revs.add(m.group(1))
        d = _DOWN.search(src)
        if d:
            downs.update(re.findall(r"['\"]([^'\"]+)['\"]", d.group(1)))
    return frozenset(revs), frozenset(revs - downs)


def applied(current: frozenset[str]) -> frozenset[str]:
    """Every revision a database at ``current`` holds: the version table names only the tips, and
    Alembic leaves out a head that another branch's revision depends on (e.g. releases, when the
    mail branch depends on it)."""
    graph = _graph()
    seen: set[str] = set()
    todo = list(current)
    while todo:
        rev = todo.pop()
        if rev not in seen:
            seen.add(rev)
            todo.extend(graph.get(rev, ()))
    return frozenset(seen)


@dataclass(frozen=True)
class SchemaStatus:
    current: frozenset[str]
    heads: frozenset[str]
    empty: bool  # a brand-new database without any table

    @property
    def up_to_date(self) -> bool:
        return self.heads <= applied(self.current)


def status(engine: Engine) -> SchemaStatus:
    known, heads = packaged_revisions()
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        if "alembic_version" in tables:
            current = frozenset(r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version")))
        else:
            current = frozenset()
    if "alembic_version" not in tables and tables:
        raise DatabaseVersionError(
            f"{engine.url.render_as_string(hide_password=True)} holds tables but is not a commdesk "
            "database; choose another file or an empty database with --db"
        )
    unknown = current - known
    if unknown:
        raise DatabaseVersionError(
            "this database was written by a newer commdesk (schema revision "
            f"{', '.join(sorted(unknown))} is unknown to commdesk {_version()}); update commdesk, "
            "or open another database with --db. The database was left untouched."
        )
    return SchemaStatus(current=current, heads=heads, empty=not tables)


def _version() -> str:
    from commdesk import __version__

    return __version__


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["connection"] = connection
    return cfg


def _org_zone_of(path: Path) -> str:
    """The organisation's zone as the SQLite file's settings say (read-only, any schema that has
    them), else the computer's: the same rule as ``SettingsService.time_zone``."""
    import json
    import sqlite3

    from commdesk.core.timezones import is_valid_zone, system_zone_name
    from commdesk.persistence.db import sqlite_uri

    try:
        con = sqlite3.connect(sqlite_uri(path), uri=True)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = 'org.time_zone'").fetchone()
        finally:
            con.close()
        name = json.loads(row[0]) if row else ""
    except (sqlite3.Error, ValueError, TypeError):
        name = ""
    return name if isinstance(name, str) and is_valid_zone(name) else system_zone_name()


def backup_sqlite(path: Path, suffix: str = "before-upgrade") -> Path:
    """A consistent copy of a SQLite file next to it, through SQLite's backup API. Its name holds
    the time in the organisation's zone with the offset that names it (``-20261206-131500+0800``)."""
    from commdesk.core.timezones import now_in

    stamp = now_in(_org_zone_of(path)).strftime("%Y%m%d-%H%M%S%z")
    dest = path.with_name(f"{path.stem}.{suffix}-{stamp}{path.suffix or '.sqlite3'}")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.stem}.{suffix}-{stamp}-{n}{path.suffix or '.sqlite3'}")
    from commdesk.core.files import private_file

    private_file(dest)  # owner-only before SQLite writes the copy
    copy_sqlite(path, dest)
    return dest


def copy_sqlite(source: Path, dest: Path) -> None:
    """A consistent copy of the SQLite file ``source`` (only read, also while others write it)
    into ``dest``, through SQLite's backup API. The copy is one self-contained file (rollback
    journal, not WAL), so it can be read later from anywhere, even a read-only folder."""
    import sqlite3

    from commdesk.persistence.db import sqlite_uri

    src = sqlite3.connect(sqlite_uri(source), uri=True)
    try:
        dst = sqlite3.connect(dest)
        try:
            with dst:
                src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


@dataclass(frozen=True)
class UpgradeResult:
    before: frozenset[str]
    after: frozenset[str]
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade(engine: Engine, backup: bool = True) -> UpgradeResult:
    """Bring the schema to this commdesk's heads, in one transaction. A non-empty SQLite file is
    backed up first (unless ``backup`` is False: a throw-away copy).

    SQLite: with foreign keys off, then all of them checked before the commit. SQLite cannot alter
    a table's constraints, so Alembic makes the table again (copy, DROP, rename), and with foreign
    keys on that DROP deletes every row that refers to the table ON DELETE CASCADE (revision 0031
    took every minutes entry with it). The switch only works outside a transaction, so it is set
    before the upgrade's transaction begins and set back after it ended."""
    st = status(engine)
    if st.up_to_date:
        return UpgradeResult(st.current, st.current, None)
    copy = None
    from commdesk.persistence.db import sqlite_file

    sqlite_path = sqlite_file(engine)
    if backup and sqlite_path is not None and not st.empty and sqlite_path.exists():
        copy = backup_sqlite(sqlite_path)
    from alembic import command

    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()
        try:
            with conn.begin():
                command.upgrade(alembic_config(conn), "heads")
                if sqlite:
                    _refuse_broken_foreign_keys(conn)
                else:  # a team database: its server rules again, so new tables get their grants
                    from commdesk.persistence.server_security import reapply_if_team

                    reapply_if_team(conn)
        finally:
            if sqlite:
                try:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    conn.commit()
                except Exception:  # noqa: BLE001 - restoring the pragma is best effort; the connection is dropped instead
                    conn.invalidate()
    return UpgradeResult(st.current, status(engine).current, copy)


def _refuse_broken_foreign_keys(conn) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        from commdesk.core.errors import CommdeskError
        from commdesk.core.i18n import translate

        tables = ", ".join(sorted({row[0] for row in broken}))
        raise CommdeskError(
            translate(
                "Database",
                "The schema upgrade was undone: it would have left rows of {tables} referring to rows "
                "that do not exist. The database is as it was; report this to commdesk's makers.",
            ).format(tables=tables)
        )


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity and foreign-key checks (empty list = fine); PostgreSQL: connectivity only."""
    problems: list[str] = []
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                problems += rows
            for r in conn.execute(text("PRAGMA foreign_key_check")):
                problems.append(f"foreign key broken in table {r[0]} row {r[1]} (refers to {r[2]})")
        else:
            conn.execute(text("SELECT 1"))
    return problems


def sqlite_file_is_database(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"

"""Engine and sessions: which database, SQLite pragmas, server passwords from the keyring."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from ..core.errors import CommdeskError
from . import audit

#: How long a SQLite connection waits for another writer before giving up (milliseconds).
BUSY_TIMEOUT_MS = 5000


class DatabaseUrlError(CommdeskError):
    pass


@dataclass(frozen=True)
class DatabaseTarget:
    url: URL               # never carries a password
    display: str           # what the status bar shows

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    @property
    def keyring_key(self) -> str:
        u = self.url
        return f"db:{u.get_backend_name()}://{u.username or ''}@{u.host or ''}:{u.port or ''}/{u.database or ''}"


def resolve_target(spec: str | os.PathLike | None = None) -> tuple[DatabaseTarget, str | None]:
    """``--db`` value, else ``COMMDESK_DB``, else the default file. Returns the target and any password
    that was written into the URL (the caller moves it into the keyring; it is never kept on disk)."""
    from ..paths import default_database_path

    raw = os.fspath(spec) if spec else os.environ.get("COMMDESK_DB") or ""
    if not raw:
        path = default_database_path()
        return DatabaseTarget(make_url(f"sqlite:///{path}"), str(path)), None
    if "://" not in raw:
        path = Path(raw).expanduser().resolve()
        return DatabaseTarget(make_url(f"sqlite:///{path}"), str(path)), None
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseUrlError(
            f"'{raw}' is not a database path or URL; give a file path or e.g. "
            "postgresql://user@host/dbname"
        ) from exc
    backend = url.get_backend_name()
    if backend == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        if url.database and url.database != ":memory:":
            path = Path(url.database).expanduser().resolve()
            url = url.set(database=str(path))
            return DatabaseTarget(url, str(path)), None
        return DatabaseTarget(url, ":memory:"), None
    password = url.password
    url = url._replace(password=None)  # URL.set() treats None as 'unchanged'
    return DatabaseTarget(url, url.render_as_string(hide_password=True)), password


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE and commits on
    # its own before DDL, so a DROP TRIGGER or a migration's ALTER was never rolled back by a crash
    # or a cancel. With its own transaction handling switched off, ``_sqlite_begin`` starts every
    # transaction itself (SQLAlchemy's "Serializable isolation / Savepoints / Transactional DDL"
    # recipe for pysqlite): DDL and data commit or roll back together.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(target: DatabaseTarget, password: str | None = None, **kwargs) -> Engine:
    from sqlalchemy import create_engine

    url = target.url if password is None else target.url.set(password=password)
    if target.is_sqlite:
        if target.sqlite_path is not None:
            target.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def server_password(target: DatabaseTarget, given: str | None,
                    ask: Callable[[str], str | None] | None) -> str | None:
    """The server password: from the URL once (then moved into the keyring), the keyring, or asked."""
    from ..core import secrets

    if target.is_sqlite:
        return None
    def keep(password: str) -> None:  # the keyring, or this session's memory when there is none
        try:
            secrets.set_secret(target.keyring_key, password)
        except secrets.KeyringUnavailable:
            secrets.session_secrets.set(target.keyring_key, password)

    if given:
        keep(given)
        return given
    stored = secrets.lookup(target.keyring_key)
    if stored is not None:
        return stored
    if ask is None:
        return None
    answer = ask(target.display)
    if answer:
        keep(answer)
    return answer


def session_factory(engine: Engine) -> sessionmaker[Session]:
    audit.install(Session)
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)

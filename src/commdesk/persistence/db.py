"""Engine and sessions: which database, SQLite pragmas, server passwords from the keyring.

Also what a database error means to a person (``explain``): no SQL, no parameters (they hold
personal data; engines are made with ``hide_parameters=True`` as well), one sentence with the fix.
A SQLite database that another commdesk is writing to is waited for: each statement is retried,
the person is told once ("another commdesk is writing, retrying…", see ``set_busy_reporter``),
and after ``BUSY_GIVE_UP_SECONDS`` the statement fails with one line.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from commdesk.core.errors import (
    CommdeskError,
    DatabaseBusy,
    PermissionDenied,
    ReadOnlyDatabase,
    ValidationError,
)
from commdesk.core.i18n import translate
from commdesk.persistence import audit, guards

log = logging.getLogger(__name__)

#: How long one SQLite statement waits for another writer before it is retried (milliseconds).
BUSY_TIMEOUT_MS = 2000
#: How long a statement keeps retrying before it gives up with a clear error (seconds).
BUSY_GIVE_UP_SECONDS = 60.0
_SQLITE_BUSY_SNAPSHOT = 517  # a read transaction that cannot become a writer: retrying cannot help


class DatabaseUrlError(CommdeskError):
    pass


# ------------------------------------------------------------------------ waiting for another writer
_busy_reporter: Callable[[str], None] | None = None


def set_busy_reporter(report: Callable[[str], None] | None) -> None:
    """Who tells the person that commdesk is waiting for another writer (the CLI: stderr; the
    window: its status bar). Called from whatever thread runs the statement."""
    global _busy_reporter
    _busy_reporter = report


def _is_busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


def _retrying(call):
    started = None
    while True:
        try:
            return call()
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or getattr(exc, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT:
                raise
            now = time.monotonic()
            if started is None:
                started = now
                message = translate("Database", "Another commdesk is writing to the database; retrying…")
                log.info("database busy: another connection is writing; retrying")
                if _busy_reporter is not None:
                    _busy_reporter(message)
            if now - started >= BUSY_GIVE_UP_SECONDS:
                raise


class _RetryingCursor(sqlite3.Cursor):
    """A statement that meets another writer's lock is tried again (SQLite undoes a statement
    that failed with SQLITE_BUSY as a whole, so running it again is safe)."""

    def execute(self, sql, parameters=()):
        return _retrying(lambda: sqlite3.Cursor.execute(self, sql, parameters))

    def executemany(self, sql, seq_of_parameters):
        if not isinstance(seq_of_parameters, (list, tuple)):
            seq_of_parameters = list(seq_of_parameters)  # a generator could not be replayed
        return _retrying(lambda: sqlite3.Cursor.executemany(self, sql, seq_of_parameters))


class _RetryingConnection(sqlite3.Connection):
    def cursor(self, factory=_RetryingCursor):
        return super().cursor(factory)


# ----------------------------------------------------------------------------------- errors, in words
def explain(exc: BaseException) -> CommdeskError:
    """A database error as one sentence for a person: what went wrong and what to do. Never the
    SQL, its parameters or the server's detail lines (they can hold personal data)."""
    orig = getattr(exc, "orig", None) or exc
    first = (str(orig).strip().splitlines() or [""])[0]
    low = first.lower()
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(orig, sqlite3.OperationalError) and _is_busy(orig):
        if getattr(orig, "sqlite_errorcode", None) == _SQLITE_BUSY_SNAPSHOT:
            return DatabaseBusy(
                translate(
                    "Database",
                    "Another commdesk saved changes while this one was working; nothing was saved. "
                    "Try again.",
                )
            )
        return DatabaseBusy(
            translate(
                "Database",
                "The database stayed locked by another commdesk for {seconds} seconds; nothing was "
                "saved. Try again when the other commdesk has finished (a long import, a restore).",
            ).format(seconds=int(BUSY_GIVE_UP_SECONDS))
        )
    if "readonly database" in low or "read-only" in low or code == "25006":
        return ReadOnlyDatabase(
            translate(
                "Database",
                "The database is open read-only, so nothing can be saved; open a copy you may write "
                "to, or ask its owner to make it writable.",
            )
        )
    if (
        getattr(exc, "connection_invalidated", False)
        or str(code or "").startswith("08")
        or code in ("57P01", "57P02", "57P03")
        or low.startswith(
            (
                "connection failed",
                "connection to server",
                "server closed the connection",
                "consuming input failed",
                "could not connect",
                "terminating connection",
            )
        )
    ):
        return CommdeskError(
            translate(
                "Database",
                "The database server cannot be reached; nothing was saved. What you typed is still "
                "here: save again once the server answers (commdesk keeps trying).",
            )
        )
    if code == "42501":  # the server's own rules (a team database): its words are commdesk's
        rule = first.removeprefix("ERROR:").strip()
        if rule.startswith("permission denied"):
            rule = translate("Database", "your login has no right to this")
        return PermissionDenied(
            translate(
                "Database",
                "The database server refused this for your login ({rule}); nothing was saved. An "
                "administrator decides who may do what.",
            ).format(rule=rule)
        )
    if code == "22001" or "value too long" in low:
        m = re.search(r"\((\d+)\)", first)
        return ValidationError(
            translate(
                "Database",
                "A value is longer than the database allows (at most {n} characters); shorten it "
                "and save again.",
            ).format(n=m.group(1) if m else "?")
        )
    if "malformed" in low or "not a database" in low or code in ("XX001", "XX002"):
        return CommdeskError(
            translate(
                "Database",
                "The database file is damaged ({kind}), so commdesk cannot read it; restore the latest "
                "backup into a new file with 'commdesk --db NEW-FILE restore BACKUP'.",
            ).format(kind=type(orig).__name__)
        )
    return CommdeskError(
        translate(
            "Database",
            "The database reported an error ({kind}); nothing was saved. If this happens again, "
            "run 'commdesk db check'.",
        ).format(kind=type(orig).__name__)
    )


def sqlite_uri(path: str | os.PathLike, mode: str = "ro") -> str:
    """The SQLite URI of the file ``path`` (e.g. read-only): '#', '?', '%' and spaces in the path
    are characters of the file's name, not parts of the URI."""
    from urllib.parse import quote

    return f"file:{quote(os.fspath(path))}?mode={mode}"


def sqlite_url(path: str | os.PathLike) -> URL:
    """The URL of the SQLite file ``path``, made from its parts: a '?' or '#' in the path stays in
    the file's name instead of starting the URL's query (which would open another file)."""
    return URL.create("sqlite", database=os.fspath(path))


def read_only_engine(path: str | os.PathLike) -> Engine:
    """A plain engine that reads the SQLite file ``path`` and can never write it (a backup being
    checked, a file to copy from)."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    uri = sqlite_uri(path)
    return create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True), poolclass=NullPool, hide_parameters=True
    )


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine (also one opened read-only through a ``file:`` URI)."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database or ""
    if database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        from urllib.parse import unquote

        return Path(unquote(database[len("file:") :].split("?", 1)[0]))
    return Path(database)


# ------------------------------------------------------------------------------------------ targets
@dataclass(frozen=True)
class DatabaseTarget:
    url: URL  # never carries a password
    display: str  # what the status bar shows
    default: bool = False  # the default file in the data folder (its folder is made when missing)

    @property
    def read_only(self) -> bool:
        """A SQLite file commdesk may not write (no write permission, or marked read-only)."""
        path = self.sqlite_path
        if path is None or not path.exists():
            return False
        try:
            mode = path.stat().st_mode
        except OSError:
            return False
        return not os.access(path, os.W_OK) or not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))

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
        return (
            f"db:{u.get_backend_name()}://{u.username or ''}@{u.host or ''}:{u.port or ''}/{u.database or ''}"
        )


def resolve_target(spec: str | os.PathLike | None = None) -> tuple[DatabaseTarget, str | None]:
    """``--db`` value, else ``COMMDESK_DB``, else the default file. Returns the target and any password
    that was written into the URL (the caller moves it into the keyring; it is never kept on disk)."""
    from commdesk.paths import default_database_path

    raw = os.fspath(spec) if spec else os.environ.get("COMMDESK_DB") or ""
    if not raw:
        path = default_database_path()
        return DatabaseTarget(sqlite_url(path), str(path), default=True), None
    if "://" not in raw:
        path = Path(raw).expanduser().resolve()
        return DatabaseTarget(sqlite_url(path), str(path)), None
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseUrlError(
            f"'{raw}' is not a database path or URL; give a file path or e.g. postgresql://user@host/dbname"
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


def _sqlite_pragmas(read_only: bool):
    """The ``connect`` hook of a SQLite engine (writable, or opened read-only)."""
    # Python's sqlite3 module opens a transaction only before INSERT/UPDATE/DELETE, so DDL that came
    # first (a DROP TRIGGER, a migration's CREATE) was committed on its own and never rolled back by
    # a crash or a cancel. With its own transaction handling switched off, ``_sqlite_begin_on_write``
    # starts every transaction itself, DDL included (after SQLAlchemy's "Serializable isolation /
    # Savepoints / Transactional DDL" recipe for pysqlite): DDL and data commit or roll back together.
    mode = (
        ("PRAGMA query_only=ON",) if read_only else ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL")
    )

    def on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        for pragma in ("PRAGMA foreign_keys=ON", f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}", *mode):
            cur.execute(pragma)
        cur.close()

    return on_connect


# What does not start a transaction: reads (also a WITH ... SELECT, e.g. a recursive query, unless
# it writes), and PRAGMAs, some of which only work outside one (foreign_keys, journal_mode); but
# defer_foreign_keys lasts one transaction, so it starts it.
_READS = re.compile(
    r"\s*\(*\s*(SELECT|EXPLAIN|VALUES)\b|\s*WITH\b(?![\s\S]*\b(INSERT|UPDATE|DELETE|REPLACE)\b)"
    r"|\s*PRAGMA\s+(?!defer_foreign_keys\b)",
    re.I,
)


def _sqlite_begin_on_write(conn, cursor, statement, parameters, context, executemany) -> None:
    """BEGIN before the transaction's first statement that is not a read: DDL or data alike.

    Not at the start of every transaction (the recipe's ``begin`` event): a transaction that read
    first and wrote later would then hold a read snapshot, and once another commdesk committed in
    between, SQLite refuses that transaction's first write at once (SQLITE_BUSY_SNAPSHOT) instead
    of waiting for the other writer. Reads before the first write see the latest data (as on
    PostgreSQL, which reads committed data): a save made from a copy that changed after it was
    read is caught by the version in the record's UPDATE, and the unit of work turns that into a
    ConflictError."""
    if not conn.connection.dbapi_connection.in_transaction and not _READS.match(statement):
        cursor.execute("BEGIN")


# On a server, a read that may run outside a transaction: a plain SELECT (or VALUES, SHOW, a WITH
# that only reads). Not one that locks rows or takes a transaction's advisory lock, draws from a
# sequence, notifies, sets a transaction's setting, creates a table (SELECT ... INTO), or calls one of
# commdesk's own server functions other than those that only read: their effect belongs to the
# transaction that follows.
_PG_READS = re.compile(
    r"\s*\(*\s*(SELECT|VALUES|SHOW)\b|\s*WITH\b(?![\s\S]*\b(INSERT|UPDATE|DELETE|MERGE)\b)", re.I
)
_PG_TRANSACTIONAL = re.compile(
    r"\bFOR\s+(NO\s+KEY\s+UPDATE|UPDATE|KEY\s+SHARE|SHARE)\b|\bINTO\b"
    r"|\b(pg_(try_)?advisory_xact_lock(_shared)?|nextval|setval|pg_notify|set_config"
    r"|commdesk_(?!session_person\b|session_has_role\b|team_groups\b|team_maintainer\b)\w+)\s*\(",
    re.I,
)


def _pg_reads_only(statement: str) -> bool:
    return bool(_PG_READS.match(statement)) and not _PG_TRANSACTIONAL.search(statement)


def _pg_begin_on_write(idle: object):
    """The ``before_cursor_execute`` hook of a server engine (its connections are in autocommit):
    BEGIN before the first statement of a transaction that is not a plain read, as on SQLite.

    Every unit of work used to cost two round trips more than its statements, BEGIN and COMMIT,
    even one that only read: over a network that was a third of most actions' time. Reads before
    the first write now run on their own, each seeing the latest committed data, which is what
    they saw inside the transaction too (PostgreSQL's READ COMMITTED takes a new snapshot for
    every statement); a unit that only read sends neither BEGIN nor COMMIT (the driver's commit
    and rollback send nothing when no transaction is open). A connection given another isolation
    level for a consistent snapshot (a copy, the offline snapshot) is not in autocommit, and the
    driver begins its transactions itself."""

    def hook(conn, cursor, statement, parameters, context, executemany) -> None:
        raw = conn.connection.dbapi_connection
        if raw.autocommit and raw.info.transaction_status == idle and not _pg_reads_only(statement):
            cursor.execute("BEGIN")

    return hook


def begin_before_driver_write(conn) -> None:
    """A write sent on ``conn``'s driver connection itself (a COPY stream), which SQLAlchemy's
    statement hooks do not see: open the transaction first when none is open yet, so that the write
    is part of it (on a server, connections sit in autocommit until their first write)."""
    if conn.dialect.name != "postgresql":
        return
    raw = conn.connection.dbapi_connection
    if getattr(raw, "autocommit", False) and not _driver_in_transaction(raw):
        with raw.cursor() as cur:
            cur.execute("BEGIN")


def _driver_in_transaction(raw) -> bool:
    from psycopg.pq import TransactionStatus

    return raw.info.transaction_status != TransactionStatus.IDLE


def missing_folder_error(path: Path) -> DatabaseUrlError:
    return DatabaseUrlError(
        translate(
            "Database",
            "The folder {folder} does not exist, so there is no database {path}. Check the path given "
            "with --db (or COMMDESK_DB), or create the folder first.",
        ).format(folder=path.parent, path=path)
    )


def make_engine(target: DatabaseTarget, password: str | None = None, **kwargs) -> Engine:
    """An engine for ``target``. SQLite: transactional DDL, WAL, waits for other writers, and a
    file commdesk may not write is opened read-only (``mode=ro``). A file in a folder that does not
    exist is an error naming the path, except the default file, whose folder is made (private)."""
    from sqlalchemy import create_engine

    from commdesk.core.files import private_folder

    kwargs.setdefault("hide_parameters", True)
    url = target.url if password is None else target.url.set(password=password)
    if target.is_sqlite:
        path = target.sqlite_path
        if path is not None and not path.parent.is_dir():
            if not target.default:
                raise missing_folder_error(path)
            private_folder(path.parent)
        connect_args = dict(kwargs.pop("connect_args", {}), factory=_RetryingConnection)
        read_only = target.read_only
        if read_only and path is not None:  # engine.url keeps the plain path (others derive folders from it)
            uri = sqlite_uri(path)
            kwargs["creator"] = lambda: sqlite3.connect(
                uri, uri=True, factory=_RetryingConnection, check_same_thread=False
            )
        elif path is not None:
            from commdesk.core.files import private_file

            private_file(path)  # made private before SQLite writes a byte (its -wal/-shm follow its mode)
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas(read_only))
        event.listen(engine, "before_cursor_execute", _sqlite_begin_on_write)
        if path is not None and not read_only:
            event.listen(engine, "checkin", _checkpoint_after_held_commit(path))
        return engine
    # No ping before each checkout: on a network every unit of work would pay a round trip for it.
    # A connection the server dropped fails its first statement, which invalidates the whole pool
    # (SQLAlchemy's disconnect handling), and a desk that hears the server come back empties the
    # pool (``AppServices``); connections are renewed after half an hour idle or not.
    kwargs.setdefault("pool_pre_ping", False)
    kwargs.setdefault("pool_recycle", 1800)
    if not os.environ.get("PGCONNECT_TIMEOUT") and "connect_timeout" not in url.query:
        # a server that drops packets silently is given up after 10 s (libpq's default waits for the
        # system's TCP timeout, minutes): the window then says so, or opens the offline copy
        kwargs["connect_args"] = {
            "connect_timeout": CONNECT_TIMEOUT_SECONDS,
            **kwargs.get("connect_args", {}),
        }
    if url.get_driver_name() != "psycopg" or "isolation_level" in kwargs:
        return create_engine(url, **kwargs)
    # Connections sit in autocommit; the first statement that is not a plain read sends BEGIN
    # (``_pg_begin_on_write``), so a unit of work that only reads costs no BEGIN and no COMMIT.
    from psycopg.pq import TransactionStatus

    engine = create_engine(url, isolation_level="AUTOCOMMIT", **kwargs)
    event.listen(engine, "before_cursor_execute", _pg_begin_on_write(TransactionStatus.IDLE))
    return engine


CONNECT_TIMEOUT_SECONDS = 10

#: Passwords given in a URL or typed in, not yet known to work: they reach the keyring only once a
#: connection with them has worked (``remember_password``), so a typo never replaces a good one.
_pending: dict[str, str] = {}


def server_password(
    target: DatabaseTarget, given: str | None, ask: Callable[[str], str | None] | None
) -> str | None:
    """The server password: the one given (URL or typed in), else the keyring, else asked. A new
    password is kept aside until ``remember_password`` says the connection worked."""
    from commdesk.core import secrets

    if target.is_sqlite:
        return None
    key = target.keyring_key
    if given:
        _pending[key] = given
        return given
    if key in _pending:
        return _pending[key]
    stored = secrets.lookup(key)
    if stored is not None:
        return stored
    if ask is None:
        return None
    answer = ask(target.display)
    if answer:
        _pending[key] = answer
    return answer


def remember_password(target: DatabaseTarget) -> None:
    """The connection worked: keep its new password in the keyring (or this session's memory when
    there is no keyring)."""
    from commdesk.core import secrets

    password = _pending.pop(target.keyring_key, None)
    if password is None:
        return
    try:
        secrets.set_secret(target.keyring_key, password)
    except secrets.KeyringUnavailable:
        secrets.session_secrets.set(target.keyring_key, password)


def forget_pending_password(target: DatabaseTarget) -> None:
    """The connection failed: drop the password that was tried (the keyring keeps its own)."""
    _pending.pop(target.keyring_key, None)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    audit.install(Session)
    guards.install(Session)
    return sessionmaker(bind=engine, expire_on_commit=False, future=True)


# ------------------------------------------------------------------- a large commit's WAL checkpoint
#: SQLite: after a commit, SQLite copies the WAL into the database file on the committing thread
#: once the WAL holds ``wal_autocheckpoint`` pages. After an import of a million contacts that is
#: gigabytes written (and synced) while the person waits for "imported". ``hold_checkpoint`` moves it
#: off that wait for one transaction: its commit syncs the WAL (``synchronous=FULL``: the import is
#: durable once it says so, as the checkpoint's sync made it before) but copies nothing; when the
#: connection goes back to the pool its settings are put back and a thread with a connection of its
#: own checkpoints (``PASSIVE``: it never waits for, nor blocks, the window's readers and writers),
#: then empties the WAL file (``TRUNCATE``, only if nobody is using it at that moment). Until then
#: readers find the import's pages in the WAL, and a crash loses nothing: the next start reads the
#: synced WAL.
#:
#: A reader that began before the commit (a page of the list being read) keeps the frames after its
#: snapshot from being copied, and a checkpoint that stopped there left them in the WAL (every read
#: looking there for its pages first: searches 5-10 % slower with 630 MB of it) until a later
#: commit copied them, on that person's wait. So
#: the thread tries again, ``CHECKPOINT_RETRY_SECONDS`` apart, until every frame is in the file, for
#: at most ``CHECKPOINT_PATIENCE_SECONDS``.
CHECKPOINT_RETRY_SECONDS = 0.2
CHECKPOINT_PATIENCE_SECONDS = 60.0
_HELD = "commdesk_checkpoint_held"
_checkpoints: set[threading.Thread] = set()  # the threads still checkpointing (``wait_for_checkpoints``)


def hold_checkpoint(conn) -> bool:
    """For the transaction about to start on ``conn`` (a SQLAlchemy Connection): its commit is
    synced but not checkpointed; the checkpoint runs in the background once the connection is
    back in the pool. Only on a writable SQLite file outside a transaction (``synchronous`` cannot
    change inside one); returns whether it was done."""
    if conn.dialect.name != "sqlite":
        return False
    raw = conn.connection.dbapi_connection
    info = conn.connection.info
    if raw is None or raw.in_transaction or _HELD in info:
        return False
    cur = raw.cursor()
    try:
        sync = cur.execute("PRAGMA synchronous").fetchone()[0]
        pages = cur.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        if cur.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return False
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA wal_autocheckpoint=0")
    finally:
        cur.close()
    info[_HELD] = (int(sync), int(pages))
    return True


def _checkpoint_after_held_commit(path: Path):
    """The ``checkin`` hook of a writable SQLite engine: a connection whose checkpoint was held
    gets its settings back (it is no longer in a transaction) and the checkpoint starts."""

    def on_checkin(dbapi_conn, record) -> None:
        held = record.info.pop(_HELD, None) if record is not None else None
        if held is None:
            return
        if dbapi_conn is not None:
            try:
                cur = dbapi_conn.cursor()
                cur.execute(f"PRAGMA synchronous={held[0]}")
                cur.execute(f"PRAGMA wal_autocheckpoint={held[1]}")
                cur.close()
            except sqlite3.Error:  # a connection that cannot take a PRAGMA is not used again
                record.invalidate()
        checkpoint_in_background(path)

    return on_checkin


def checkpoint_in_background(path: Path) -> threading.Thread:
    """Copy the WAL of the SQLite file ``path`` into the file and empty it, on a thread of its own."""
    # not a daemon: a process that ends (its window closed, the command done) finishes the
    # checkpoint first, so the next start does not find gigabytes of WAL to read again
    thread = threading.Thread(target=_checkpoint, args=(path,), name="commdesk-checkpoint", daemon=False)
    _checkpoints.add(thread)
    thread.start()
    return thread


def _checkpoint(path: Path) -> None:
    try:
        con = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, isolation_level=None)
    except sqlite3.Error:
        log.info("background checkpoint: the database could not be opened", exc_info=True)
        _checkpoints.discard(threading.current_thread())
        return
    try:
        con.execute("PRAGMA busy_timeout=0")
        deadline = time.monotonic() + CHECKPOINT_PATIENCE_SECONDS
        while not _checkpoint_step(con):
            if time.monotonic() >= deadline:
                log.info("background checkpoint: the WAL is still in use; the next commits copy it")
                break
            _pause_before_retry(CHECKPOINT_RETRY_SECONDS)
    except sqlite3.Error:  # the file went away: there is nothing to copy into
        log.info("background checkpoint did not finish", exc_info=True)
    finally:
        con.close()
        _checkpoints.discard(threading.current_thread())


def _checkpoint_step(con: sqlite3.Connection) -> bool:
    """One try: copy what the WAL holds into the file and, once all of it is, empty the WAL
    unless someone is using it at that moment (a WAL copied in full is skipped by every read, and
    SQLite starts it again from its beginning or removes it when the last connection closes).
    Whether all was copied (or there is no WAL); False when a reader or writer was in the way."""
    try:
        busy, frames, copied = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        if busy or frames != copied:  # another checkpoint runs, or a reader's snapshot holds frames
            return frames < 0
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return True
    except sqlite3.OperationalError as exc:
        if _is_busy(exc):  # another connection checkpoints or writes at this moment
            return False
        raise


def _pause_before_retry(seconds: float) -> None:
    """The checkpoint thread waits before trying again (a hook for tests)."""
    time.sleep(seconds)


def wait_for_checkpoints(timeout: float | None = None) -> bool:
    """Wait for the background checkpoints started so far (at most ``timeout`` seconds each);
    returns whether none is running any more."""
    for thread in list(_checkpoints):
        thread.join(timeout)
    return not any(t.is_alive() for t in _checkpoints)

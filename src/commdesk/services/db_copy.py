"""``commdesk db copy SOURCE TARGET``: a whole database into an empty one, all or nothing.

The way an office grows from one desk to a team (its SQLite file onto an empty PostgreSQL
database) and back (a server database into a new SQLite file, for an archive); the copying
itself is ``persistence.db_copy``. Here: which databases the two names mean, that they are not
the same one, that a SQLite target is a new file (written under a temporary name beside it and
renamed into place only once the copy is complete and checked), and the server passwords (as
every command handles them: from the URL, the keyring or asked; kept in the keyring only once a
connection with them has worked).

No commdesk role is checked: copying reads and writes whole databases below commdesk's people.
Whoever can read a SQLite file can copy it with any tool; on a server, the login's own rights
decide what it may read and where it may create tables.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate
from commdesk.persistence import db_copy, schema
from commdesk.persistence.db import (
    DatabaseTarget,
    forget_pending_password,
    make_engine,
    missing_folder_error,
    read_only_engine,
    remember_password,
    resolve_target,
    server_password,
)
from commdesk.persistence.db_copy import CopyRefused, CopyResult, Progress

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyReport:
    source: str  # as shown to people (never a password)
    target: str
    result: CopyResult


def copy_database(
    source_spec: str,
    target_spec: str,
    *,
    ask_password: Callable[[str], str | None] | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the database ``source_spec`` names into the empty one ``target_spec`` names (a file
    path or a URL, as ``--db`` takes them). Raises ``CommdeskError`` (``CopyRefused``) with the
    reason; the target is then as it was (a SQLite target: no file)."""
    source, source_password = resolve_target(source_spec)
    target, target_password = resolve_target(target_spec)
    _refuse_pair(source, target)
    engines: list[Engine] = []
    try:
        src = _open_source(source, source_password, ask_password)
        engines.append(src)
        remember_password(source)  # the connection worked: a new password may replace the stored one
        db_copy.check_source(src, source.display)
        if target.is_sqlite:
            result = _copy_to_new_file(src, source, target, progress)
        else:
            password = server_password(target, target_password, ask_password)
            dst = make_engine(target, password)
            engines.append(dst)
            _connected(target, lambda: dst.connect().close())
            remember_password(target)
            result = db_copy.copy_database(src, dst, **_names(source, target), progress=progress)
    except BaseException:
        for t in (source, target):
            forget_pending_password(t)
        raise
    finally:
        for engine in engines:
            engine.dispose()
    log.warning(
        "database %s copied into %s: %d tables, %d audit entries verified",
        source.display,
        target.display,
        len(result.counts),
        result.audit_entries,
    )
    return CopyReport(source.display, target.display, result)


def _names(source: DatabaseTarget, target: DatabaseTarget) -> dict[str, str]:
    return {"source_display": source.display, "target_display": target.display}


def _refuse_pair(source: DatabaseTarget, target: DatabaseTarget) -> None:
    """Refuse what is not a copy from one existing database into another, new one."""
    if _same(source, target):
        raise CopyRefused(
            translate(
                "Database", "The source and the target are the same database ({db}); name another target."
            ).format(db=target.display)
        )
    for t in (source, target):
        if t.is_sqlite and t.sqlite_path is None:
            raise CopyRefused(
                translate("Database", "An in-memory database cannot be copied from or into; name a file.")
            )
    path = source.sqlite_path
    if path is not None:
        if not path.is_file():
            raise CopyRefused(translate("Database", "{db} does not exist.").format(db=source.display))
        if path.stat().st_size == 0 or not schema.sqlite_file_is_database(path):
            raise CopyRefused(
                translate(
                    "Database", "{db} is not a commdesk database (not a SQLite file); check the source."
                ).format(db=source.display)
            )
    path = target.sqlite_path
    if path is not None:
        if path.exists():
            raise CopyRefused(
                translate(
                    "Database",
                    "{db} exists already; a copy into a file always makes a new file, so name one that "
                    "does not exist yet.",
                ).format(db=target.display)
            )
        if not path.parent.is_dir():
            raise missing_folder_error(path)


def _same(a: DatabaseTarget, b: DatabaseTarget) -> bool:
    if a.is_sqlite != b.is_sqlite:
        return False
    if a.is_sqlite:
        pa, pb = a.sqlite_path, b.sqlite_path
        if pa is None or pb is None:
            return pa is pb
        try:
            return pa.resolve() == pb.resolve() or (pa.exists() and pb.exists() and pa.samefile(pb))
        except OSError:
            return False
    ua, ub = a.url, b.url
    return (ua.host or "localhost", ua.port or 5432, ua.database) == (
        ub.host or "localhost",
        ub.port or 5432,
        ub.database,
    )


def _open_source(
    source: DatabaseTarget, given: str | None, ask_password: Callable[[str], str | None] | None
) -> Engine:
    """The source, only ever read: a SQLite file through a read-only connection."""
    if source.sqlite_path is not None:
        return read_only_engine(source.sqlite_path)
    engine = make_engine(source, server_password(source, given, ask_password))
    try:
        _connected(source, lambda: engine.connect().close())
    except BaseException:
        engine.dispose()
        raise
    return engine


def _connected(target: DatabaseTarget, fn):
    """``fn()``, with a failed connection to ``target`` said in words (the driver's first line)."""
    try:
        return fn()
    except OperationalError as exc:
        if target.is_sqlite or exc.connection_invalidated:
            raise
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise CommdeskError(
            translate(
                "Database",
                "commdesk cannot connect to the database server {db}: {reason}. Check the address, "
                "that the server runs, and the user name and password.",
            ).format(db=target.display, reason=reason)
        ) from exc


def _copy_to_new_file(
    src: Engine, source: DatabaseTarget, target: DatabaseTarget, progress: Progress | None
) -> CopyResult:
    """Copy into a temporary file beside the target, then give it the target's name: the target
    appears complete or not at all. The file is one self-contained SQLite file (no WAL beside it),
    readable by its owner only."""
    path = target.sqlite_path
    assert path is not None  # checked by _refuse_pair
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".copying", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        work_target = resolve_target(tmp)[0]
        dst = make_engine(work_target)
        try:
            result = db_copy.copy_database(src, dst, **_names(source, target), progress=progress)
        finally:
            dst.dispose()
        try:
            os.link(tmp, path)  # fails if the target appeared meanwhile: never overwrite a file
        except FileExistsError:
            raise CopyRefused(
                translate(
                    "Database",
                    "{db} was created by someone else while copying; nothing was overwritten. Name "
                    "another file.",
                ).format(db=target.display)
            ) from None
        except OSError:  # a file system without hard links
            if path.exists():
                raise
            os.replace(tmp, path)
        return result
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{tmp}{suffix}").unlink(missing_ok=True)

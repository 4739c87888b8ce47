"""Consistent online backups and verified restores.

A backup is always a SQLite file with commdesk's schema, whatever the live database is: for SQLite
it is made with SQLite's backup API; for PostgreSQL every table is copied inside one REPEATABLE READ
transaction (a consistent snapshot). A restore verifies the file first (SQLite integrity check,
a commdesk schema this version knows, an audit log whose hash chain is intact and agrees with the
live database's, when that one is intact) and refuses to overwrite a non-empty database unless forced.

Both are administrator actions. A restore cannot rewrite history unnoticed: the restored database
gets a ``restore`` entry in its audit log (who, when, which file and its SHA-256, what log it
replaced), chained onto the backup's log, and the same goes to commdesk's log file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import Engine

from commdesk.core.domain.people import Role
from commdesk.core.errors import CommdeskError, ValidationError
from commdesk.core.files import private_folder
from commdesk.core.i18n import translate
from commdesk.persistence import audit as audit_log
from commdesk.persistence import backup_copy, schema
from commdesk.persistence.db import read_only_engine, sqlite_file
from commdesk.services.context import ServiceContext

log = logging.getLogger(__name__)


class BackupError(CommdeskError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    revisions: frozenset[str]
    rows: int


def count_rows(engine: Engine) -> int:
    """How many rows the database holds in commdesk's tables."""
    return backup_copy.count_rows(engine)


def backup(ctx: ServiceContext, dest: Path) -> BackupInfo:
    """A consistent copy of the whole database in ``dest`` (administrators)."""
    ctx.require(Role.ADMINISTRATOR, action=translate("Backup", "back up the database"))
    engine = ctx.engine
    dest = Path(dest)
    if dest.exists() and dest.is_dir():
        raise ValidationError(
            {
                "file": translate("Backup", "{path} is a folder; give a file name for the backup.").format(
                    path=dest
                )
            }
        )
    private_folder(dest.parent)
    fd, tmp_name = tempfile.mkstemp(prefix=".commdesk-backup-", suffix=".sqlite3", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if engine.dialect.name == "sqlite":
            source_file = sqlite_file(engine)
            assert source_file is not None  # commdesk opens SQLite files only, never in-memory databases
            schema.copy_sqlite(source_file, tmp)
        else:
            backup_copy.copy_server_to_sqlite(engine, tmp)
        info = verify(tmp)
        tmp.replace(dest)
        return BackupInfo(dest, info.revisions, info.rows)
    finally:
        tmp.unlink(missing_ok=True)


def verify(path: Path) -> BackupInfo:
    path = Path(path)
    if not path.is_file():
        raise BackupError(translate("Backup", "{path} does not exist.").format(path=path))
    if not schema.sqlite_file_is_database(path):
        raise BackupError(
            translate("Backup", "{path} is not a commdesk backup (not a SQLite file).").format(path=path)
        )
    from sqlalchemy.exc import DatabaseError

    eng = read_only_engine(path)
    try:
        try:
            problems = schema.integrity_problems(eng)
        except DatabaseError as exc:
            problems = [str(exc.orig)]
        if problems:
            raise BackupError(
                translate("Backup", "{path} is damaged: {problem}").format(path=path, problem=problems[0])
            )
        st = schema.status(eng)
        if st.empty or not st.current:
            raise BackupError(
                translate("Backup", "{path} is not a commdesk backup (no commdesk schema).").format(path=path)
            )
        return BackupInfo(path, st.current, count_rows(eng) if st.up_to_date else -1)
    finally:
        eng.dispose()


def file_sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def restore(ctx: ServiceContext, source: Path, force: bool = False) -> BackupInfo:
    """Replace the database's content with the backup's (after bringing the backup up to date);
    administrators only. Refuses a backup whose audit log is not an intact chain, or whose chain
    parts from this database's (not a state of this database's history: another database's, or
    edited with the chain computed again)."""
    person = ctx.require(Role.ADMINISTRATOR, action=translate("Backup", "restore a backup"))
    engine = ctx.engine
    source = Path(source)
    info = verify(source)
    sha = file_sha256(source)
    target_status = schema.status(engine)
    if not target_status.empty and target_status.current and count_rows(engine) > 0 and not force:
        raise BackupError(
            translate(
                "Backup",
                "The database is not empty; restoring would replace its content. Make a backup of "
                "it first, then run the restore again with --force.",
            )
        )
    work_dir = Path(tempfile.mkdtemp(prefix="commdesk-restore-"))
    work = work_dir / "restore.sqlite3"
    work_engine = None
    try:
        schema.copy_sqlite(source, work)
        from commdesk.persistence.db import make_engine, resolve_target

        work_engine = make_engine(resolve_target(work)[0])
        schema.upgrade(work_engine, backup=False)  # a throw-away copy: nothing to keep aside
        with work_engine.connect() as s:
            chain = audit_log.verify_chain(s)
            links = audit_log.chain_links(s)
        if not chain.ok:
            raise BackupError(
                translate(
                    "Backup",
                    "{path} was not restored: its audit log was altered after it was written "
                    "({problem}). Use a backup nobody has edited.",
                ).format(path=source, problem=chain.problem)
            )
        schema.upgrade(engine)
        with engine.connect() as live:
            live_chain = audit_log.verify_chain(live)
            parted = audit_log.divergence(audit_log.chain_links(live), links) if live_chain.ok else None
        # A chain anyone can recompute: an intact live log is what the backup's must agree with. A
        # live log that was itself tampered with cannot vouch for anything, and refusing would stop
        # the very restore that mends it; the restore's entry then says what was wrong with it.
        if parted is not None:
            raise BackupError(
                translate(
                    "Backup",
                    "{path} was not restored: its audit log differs from this database's from entry "
                    "{n} on, so it is not an earlier state of this database, or its log was rewritten. To look at "
                    "it, restore it into a new file: commdesk --db NEW-FILE restore {path}",
                ).format(path=source, n=parted)
            )
        with work_engine.connect() as s, ctx.transaction() as d:  # every table it replaces is announced
            replaced = backup_copy.replace_content(s, d)
            note = translate(
                "Backup",
                "restored {file} (SHA-256 {sha}); replaced a log of {entries} entries ending in {tail}",
            ).format(file=source.resolve(), sha=sha, entries=replaced[0], tail=replaced[1] or "-")
            if not live_chain.ok:
                note += "; " + translate(
                    "Backup", "the replaced log had been tampered with: {problem}"
                ).format(problem=live_chain.problem)
            backup_copy.record_restore(d, person.name, note)
        log.warning(
            "database %s restored by %s from %s (sha256 %s); it replaced a log of %s entries ending in %s%s",
            ctx.database_label or engine.url.render_as_string(hide_password=True),
            person.name,
            source.resolve(),
            sha,
            replaced[0],
            replaced[1] or "-",
            "" if live_chain.ok else f", tampered with from entry {live_chain.broken_id} on",
        )
        return BackupInfo(source, info.revisions, count_rows(engine))
    finally:
        if work_engine is not None:
            work_engine.dispose()
        shutil.rmtree(work_dir, ignore_errors=True)

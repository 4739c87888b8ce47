"""Opening a database for the CLI and the GUI: resolve, connect, migrate (backup first), build the context."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from commdesk.core.domain.people import SYSTEM, Person
from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate
from commdesk.persistence import schema
from commdesk.persistence.db import (
    DatabaseTarget,
    explain,
    forget_pending_password,
    make_engine,
    remember_password,
    resolve_target,
    server_password,
    session_factory,
)
from commdesk.services.context import ServiceContext

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    target: DatabaseTarget
    ctx: ServiceContext
    upgrade: schema.UpgradeResult | None
    #: the server could not be reached and its offline snapshot on this computer was opened instead
    offline: bool = False
    offline_reason: str = ""  # why the server could not be reached, in words

    @property
    def read_only(self) -> bool:
        """Opened read-only (a file commdesk may not write): the window shows a banner; reading
        and exports work, saving gives a one-line error."""
        return self.ctx.read_only


def _secure_own_folders() -> None:
    """commdesk's data, log and cache folders are owner-only (the recovery copies of drafts and
    minutes live under the data folder)."""
    from commdesk.core.files import tighten_folder
    from commdesk.paths import cache_dir, data_dir, log_dir

    for folder in (data_dir(), log_dir(), cache_dir()):
        try:
            tighten_folder(folder)
        except OSError as exc:  # someone else's folder given through COMMDESK_DATA_DIR & co.
            log.warning("could not make %s private: %s", folder, exc)


def damaged_file_error(display: str) -> CommdeskError:
    """A SQLite file whose pages SQLite cannot read (cut short, overwritten): only a backup helps."""
    return CommdeskError(
        translate(
            "App",
            "{db} is damaged (SQLite cannot read it): restore a backup into a new file with 'commdesk --db "
            "NEW-FILE restore BACKUP' and work with that one; keep the damaged file as it is.",
        ).format(db=display)
    )


def _refuse_foreign_file(target) -> None:
    """A file given as the database that is not a SQLite database at all (a CSV, a PDF, an empty
    name typed wrong) is named as such before anything opens it; an empty file is a new database."""
    from commdesk.persistence.schema import sqlite_file_is_database

    path = target.sqlite_path
    if path is None or not path.is_file():
        return
    try:
        if path.stat().st_size == 0 or sqlite_file_is_database(path):
            return
    except OSError:
        return  # not readable: opening it says why
    raise CommdeskError(
        translate(
            "App", "{db} is not a commdesk database (not a SQLite file); check the file given with --db."
        ).format(db=target.display)
    )


def open_database(
    spec: str | Path | None,
    *,
    migrate: bool = True,
    ask_password: Callable[[str], str | None] | None = None,
    current: Callable[[], Person] = lambda: SYSTEM,
    mail_hooks: bool = True,
    offline_ok: bool = False,
) -> OpenedDatabase:
    """Open the database ``spec`` names (migrated when ``migrate``), ready for the services.

    ``mail_hooks``: plug the areas into the outbox now (``register_mail_hooks``); the window opens
    its first screen without them (they import every area's sending code) and registers them
    before any pane that could send exists (``MainWindow.before_panes``).

    ``offline_ok``: when the server cannot be reached (refused, timed out, unknown host; not a
    refused password) and this computer has an offline snapshot of it, open that instead
    (``OpenedDatabase.offline``, ``ctx.offline``; see ``services.offline``)."""
    _secure_own_folders()
    target, given = resolve_target(spec)
    _refuse_foreign_file(target)
    # given in the URL, typed in before, or in the keyring; else none, and the server's client
    # library tries its own ways (PGPASSWORD, ~/.pgpass, a service file) before anyone is asked
    password = server_password(target, given, None)
    try:
        try:
            engine, result = _connect(target, password, migrate)
        except _PasswordRefused:
            if ask_password is None:
                raise
            answer = ask_password(target.display)  # the window asks on its own thread (it raises here)
            if not answer:
                raise
            engine, result = _connect(target, server_password(target, answer, None), migrate)
    except ServerUnreachable as exc:
        return _open_offline(target, exc, offline_ok, mail_hooks)
    remember_password(target)  # the connection worked: a new password may replace the stored one
    read_only = target.read_only
    if mail_hooks:
        from commdesk.services.mail.assembly import (
            register_mail_hooks,
        )  # imported here: the services are heavy

        register_mail_hooks()  # the areas' checks and after-send steps, before anything can send
    if read_only:
        log.info("database %s opened read-only", target.display)
    ctx = ServiceContext(
        engine=engine,
        sessions=session_factory(engine),
        current=current,
        database_label=target.display,
        read_only=read_only,
    )
    if not target.is_sqlite:
        _bind_person(ctx)
    _note_audit_head(ctx)
    from commdesk.services.procedure.citation import cite_in_rule_checks

    cite_in_rule_checks(ctx)  # the rule checks name the procedure version in force here (AP-4)
    return OpenedDatabase(target, ctx, result)


def _bind_person(ctx: ServiceContext) -> None:
    """A team database (people connect with their own server logins): the connected login's person
    is the one who acts, for every command and window on this connection; a login that is no one's
    is refused before anything runs."""
    from commdesk.services.people import PeopleService

    try:
        bound = PeopleService(ctx).connected()
    except CommdeskError:
        ctx.engine.dispose()
        raise
    if bound is not None:
        ctx.bound_person = bound
        ctx.current = lambda: bound


class _PasswordRefused(CommdeskError):
    """The server wants a password that was not given, or refused the one given."""


class ServerUnreachable(CommdeskError):
    """The database server cannot be reached at all (refused, timed out, unknown host)."""

    def __init__(self, message: str, reason: str = ""):
        super().__init__(message)
        self.reason = reason


# What the client library says when no server answers at that address (not: a refused password,
# a login or database that does not exist, a server that answered with an error).
_UNREACHABLE = (
    "connection refused",
    "could not translate host name",
    "name or service not known",
    "nodename nor servname",
    "temporary failure in name resolution",
    "no such host",
    "timeout expired",
    "timed out",
    "no route to host",
    "network is unreachable",
    "host is unreachable",
    "server closed the connection unexpectedly",
    "could not receive data from server",
)


def _unreachable(reason: str) -> bool:
    low = reason.lower()
    return any(words in low for words in _UNREACHABLE)


def _open_offline(
    target: DatabaseTarget, exc: ServerUnreachable, offline_ok: bool, mail_hooks: bool
) -> OpenedDatabase:
    """The server cannot be reached: its offline snapshot when there is one and it may be used,
    else the error says how to work offline."""
    from commdesk.persistence.offline import snapshot_path
    from commdesk.services.offline import offline_context, snapshot_meta, taken_at

    path = snapshot_path(target.keyring_key)
    meta = snapshot_meta(path)
    if meta is None:
        raise ServerUnreachable(
            translate(
                "App",
                "commdesk cannot connect to the database server {db}: {reason}. Check the network and that "
                "the server runs. Working offline needs one connection first: commdesk then keeps a copy "
                "of your coming meetings on this computer.",
            ).format(db=target.display, reason=exc.reason),
            exc.reason,
        ) from exc
    if not offline_ok:
        raise ServerUnreachable(
            translate(
                "App",
                "commdesk cannot connect to the database server {db}: {reason}. This computer has an "
                "offline copy taken {when} UTC: add --offline-ok to work on it (minutes and planning a "
                "meeting; the rest waits for the server).",
            ).format(db=target.display, reason=exc.reason, when=taken_at(meta).strftime("%Y-%m-%d %H:%M")),
            exc.reason,
        ) from exc
    if mail_hooks:
        from commdesk.services.mail.assembly import register_mail_hooks

        register_mail_hooks()
    ctx = offline_context(path, target.display)
    log.info("server %s cannot be reached: working offline on its snapshot", target.display)
    return OpenedDatabase(target, ctx, None, offline=True, offline_reason=exc.reason)


def _connect(target: DatabaseTarget, password: str | None, migrate: bool):
    """Connect and bring the schema up to date (or check it): (engine, upgrade result)."""
    from sqlalchemy.exc import DatabaseError, OperationalError

    read_only = target.read_only
    engine = make_engine(target, password)
    result = None
    try:
        if migrate and not read_only:
            result = schema.upgrade(engine)
            if result.changed:
                log.info(
                    "database %s upgraded %s -> %s (backup: %s)",
                    target.display,
                    sorted(result.before),
                    sorted(result.after),
                    result.backup,
                )
        else:
            st = schema.status(engine)  # refuses a newer or foreign database
            if read_only and (st.empty or not st.up_to_date):
                engine.dispose()
                raise CommdeskError(
                    translate(
                        "App",
                        "The database {db} is read-only and needs an upgrade to this commdesk's schema first; "
                        "open a copy you may write to, or ask its owner to make it writable.",
                    ).format(db=target.display)
                )
    except OperationalError as exc:
        engine.dispose()
        forget_pending_password(target)
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if "locked" in reason:
            raise explain(exc) from exc
        if not target.is_sqlite and "password" in reason.lower():
            raise _PasswordRefused(
                translate(
                    "App",
                    "The database server {db} did not accept the password (or wants one and none was "
                    "given): {reason}. Check the user name and password.",
                ).format(db=target.display, reason=reason)
            ) from exc
        if target.is_sqlite:
            raise CommdeskError(
                translate(
                    "App",
                    "commdesk cannot open the database file {db}: {reason}. Check that the folder exists "
                    "and that you may write to it.",
                ).format(db=target.display, reason=reason)
            ) from exc
        if _unreachable(reason):
            raise ServerUnreachable(
                translate(
                    "App",
                    "commdesk cannot connect to the database server {db}: {reason}. Check the network "
                    "and that the server runs.",
                ).format(db=target.display, reason=reason),
                reason,
            ) from exc
        raise CommdeskError(
            translate(
                "App",
                "commdesk cannot connect to the database server {db}: {reason}. Check the address, that "
                "the server runs, and the user name and password.",
            ).format(db=target.display, reason=reason)
        ) from exc
    except DatabaseError as exc:  # SQLite read a page that is not what it wrote: the file is damaged
        engine.dispose()
        forget_pending_password(target)
        if target.is_sqlite:
            raise damaged_file_error(target.display) from exc
        if migrate and getattr(exc.orig, "sqlstate", None) == "42501":  # a team database's member
            raise CommdeskError(
                translate(
                    "App",
                    "The database {db} needs an upgrade to this commdesk's version, which only its owner "
                    "login may make: ask an administrator to run 'commdesk db upgrade' as the owner, or "
                    "use the commdesk version the office uses until then.",
                ).format(db=target.display)
            ) from exc
        raise explain(exc) from exc
    except BaseException:
        forget_pending_password(target)
        raise
    return engine, result


def _note_audit_head(ctx: ServiceContext) -> None:
    """Remember the audit log's head as this computer sees it now (the anchor that catches a cut
    of the newest entries later), when the log's end agrees with the database's own record and
    with the head remembered before; otherwise leave the remembered head as evidence for
    ``audit --verify``. A few indexed reads; the full chain is walked by the verification."""
    from commdesk.persistence.audit import current_head, ensure_head_record, recorded_head, watch_heads
    from commdesk.services.audit import HeadFollower, check_seen_head, location

    try:
        with ctx.engine.connect() as conn:
            recorded = recorded_head(conn)
            now = current_head(conn)
            if recorded is not None and recorded != now:
                return
            seen = check_seen_head(conn, location(ctx), opening=True, now=now)
            if seen.problem is None and not ctx.read_only and recorded is not None:
                watch_heads(ctx.engine, HeadFollower(conn, location(ctx), now=now))
        if recorded is None and seen.problem is None and not ctx.read_only:
            with ctx.transaction() as conn:  # a database from before the record: start it now
                ensure_head_record(conn)
            with ctx.engine.connect() as conn:
                watch_heads(ctx.engine, HeadFollower(conn, location(ctx)))
    except Exception as exc:  # noqa: BLE001 - noting the head is best effort; start-up goes on
        log.warning("could not note the audit log's head: %s", type(exc).__name__)

"""Opening a database for the CLI and the GUI: resolve, connect, migrate (backup first), build the context."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from .core.domain.people import SYSTEM, Person
from .core.errors import CommdeskError
from .core.i18n import translate
from .core.services.context import ServiceContext
from .persistence import schema
from .persistence.db import DatabaseTarget, make_engine, resolve_target, server_password, session_factory

log = logging.getLogger(__name__)


@dataclass
class OpenedDatabase:
    target: DatabaseTarget
    ctx: ServiceContext
    upgrade: schema.UpgradeResult | None


def open_database(spec: str | Path | None, *, migrate: bool = True,
                  ask_password: Callable[[str], str | None] | None = None,
                  current: Callable[[], Person] = lambda: SYSTEM) -> OpenedDatabase:
    from sqlalchemy.exc import OperationalError

    target, given = resolve_target(spec)
    password = server_password(target, given, ask_password)
    engine = make_engine(target, password)
    result = None
    try:
        if migrate:
            result = schema.upgrade(engine)
            if result.changed:
                log.info("database %s upgraded %s -> %s (backup: %s)", target.display,
                         sorted(result.before), sorted(result.after), result.backup)
        else:
            schema.status(engine)  # refuses a newer or foreign database
    except OperationalError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if target.is_sqlite:
            raise CommdeskError(translate(
                "App", "commdesk cannot open the database file {db}: {reason}. Check that the folder exists "
                "and that you may write to it.").format(db=target.display, reason=reason)) from exc
        raise CommdeskError(translate(
            "App", "commdesk cannot connect to the database server {db}: {reason}. Check the address, that "
            "the server runs, and the user name and password.").format(db=target.display, reason=reason)) from exc
    ctx = ServiceContext(engine=engine, sessions=session_factory(engine), current=current,
                         database_label=target.display)
    return OpenedDatabase(target, ctx, result)

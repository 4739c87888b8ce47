"""The rule checks name the version of the procedure in force on this database (AP-4).

``cite_in_rule_checks(ctx)`` (called when a database is opened) makes ``core.rules.Finding`` read
the version in force here. Light on purpose: it is imported at start-up. The number is read at most
once a minute, and again at once after a commit that changes the versions or the settings (the
organisation's zone decides the day).
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy.orm import Session

from commdesk.core.procedure import VersionFacts, citation, current_version
from commdesk.core.timezones import org_zone, today_in
from commdesk.persistence.repositories import procedure as procedure_repo
from commdesk.services.context import ServiceContext

_WATCHED = frozenset({"procedure_versions", "settings"})


def cite_in_rule_checks(ctx: ServiceContext) -> None:
    lock = threading.Lock()
    kept: dict[str, object] = {}

    def forget(tables: frozenset[str]) -> None:
        if tables & _WATCHED:
            with lock:
                kept.clear()

    def source() -> int | None:
        minute = ctx.clock().replace(second=0, microsecond=0)
        with lock:
            if kept.get("at") == minute:
                return kept.get("number")  # type: ignore[return-value]
        number = _read(ctx, minute)
        with lock:
            kept.update(at=minute, number=number)
        return number

    ctx.on_committed(forget)
    citation.use_source(source)


def _read(ctx: ServiceContext, moment: datetime) -> int | None:
    """The version in force at ``moment``: inside a unit of work already open on this thread (a
    rule check while an intake batch or a save is being written) read on its session, so that the
    lookup adds no transaction of its own; else in a unit of its own."""
    units = ctx.open_units()
    if units:
        return _read_in(units[-1].session, moment)
    with ctx.unit_of_work() as uow:
        return _read_in(uow.session, moment)


def _read_in(session: Session, moment: datetime) -> int | None:
    from commdesk.persistence.repositories import settings as settings_repo
    from commdesk.services.settings import organisation_from

    with session.no_autoflush:  # the caller's unit may hold half-made rows: only read
        org = organisation_from(settings_repo.read_prefixed(session, "org."))
        rows = procedure_repo.version_facts(session)
    today = today_in(org_zone(org), lambda: moment)
    return current_version([VersionFacts(n, s == "adopted", d) for n, s, d in rows], today)

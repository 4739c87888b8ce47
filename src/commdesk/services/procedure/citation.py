"""The rule checks name the version of the procedure in force on this database (AP-4).

``cite_in_rule_checks(ctx)`` (called when a database is opened) makes ``core.rules.Finding`` read
the version in force here. Light on purpose: it is imported at start-up. The number is read at most
once a minute, and again at once after a commit that changes the versions or the settings (the
organisation's zone decides the day).
"""

from __future__ import annotations

import threading
from datetime import datetime

from sqlalchemy import select

from commdesk.core.procedure import VersionFacts, citation, current_version
from commdesk.core.timezones import org_zone, today_in
from commdesk.persistence.models.procedure import ProcedureVersionRow
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
    from commdesk.services.settings import SettingsService

    org = ctx.service(SettingsService).organisation()
    today = today_in(org_zone(org), lambda: moment)
    with ctx.unit_of_work() as uow:
        rows = uow.session.execute(
            select(ProcedureVersionRow.number, ProcedureVersionRow.state, ProcedureVersionRow.effective_on)
        ).all()
    return current_version([VersionFacts(n, s == "adopted", d) for n, s, d in rows], today)

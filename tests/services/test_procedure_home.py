"""Home reminds a person who has not acknowledged the procedure version in force (AP-3), and the
start-up glance says the same; the reminder goes once they have."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

from commdesk.services.home import HomeService
from commdesk.services.procedure import ProcedureService
from commdesk.ui.home.glance import glance_sections


def _procedure_box(ctx):
    snap = ctx.service(HomeService).snapshot()
    return [e.text for s in snap.sections if s.key == "procedure" for e in s.entries]


def test_home_and_the_glance_remind_until_the_person_acknowledged(ctx, people, db_url):
    ctx.clock = lambda: datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
    assert not any("AP-3" in t for t in _procedure_box(ctx))  # no version in force: nothing to read
    svc = ctx.service(ProcedureService)
    svc.import_shipped(date(2026, 1, 1))
    ctx.current = lambda: people["officer"]
    reminder = [t for t in _procedure_box(ctx) if "AP-3" in t]
    assert reminder == ["Read the communication procedure, version 1 (AP-3)"]
    if ctx.engine.dialect.name == "sqlite":
        with sqlite3.connect(ctx.engine.url.database) as conn:
            boxes = glance_sections(conn, people["officer"].id, ctx.clock())
            assert [
                e.text for s in boxes if s.key == "procedure" for e in s.entries if "AP-3" in e.text
            ] == reminder
    svc.acknowledge()
    assert not any("AP-3" in t for t in _procedure_box(ctx))

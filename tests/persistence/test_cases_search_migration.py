"""Revision 0058 makes the cases' search index on SQLite from the cases, entries, customer records
and contacts already there, and its downgrade takes it away again."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from alembic import command

from commdesk.bootstrap import open_database
from commdesk.core.cases.workflow import Channel
from commdesk.core.domain.people import Role
from commdesk.persistence import schema
from commdesk.persistence.db import make_engine, resolve_target
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
from commdesk.services.cases.service import CaseService
from commdesk.services.people import PeopleService

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)


def _refs(ctx, text: str) -> set[str]:
    return {line.case.reference for line in ctx.service(CaseDeskService).page(CaseFilter(text=text))}


def test_the_upgrade_indexes_the_cases_there_are(tmp_path):
    path = tmp_path / "cases.sqlite3"
    ctx = open_database(path).ctx
    admin = ctx.service(PeopleService).create_first_profile("陈静", roles={Role.ADMINISTRATOR, Role.OFFICER})
    ctx.current = lambda: admin
    ctx.clock = lambda: NOW
    svc = ctx.service(CaseService)
    case = svc.create(
        Channel.HOTLINE,
        "楼下噪音",
        customer=("赵先生", "+8613912345678", ""),
        received_at=NOW - timedelta(hours=2),
    )
    svc.add_message_in(case.id, "施工一直到深夜")
    ctx.engine.dispose()

    engine = make_engine(resolve_target(str(path))[0])
    with engine.begin() as conn:
        command.downgrade(schema.alembic_config(conn), "0051_cases_list_indexes")
    with sqlite3.connect(path) as con:
        assert not con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'case_fts%'").fetchall()
        con.execute("UPDATE cases SET summary = '夜间噪音扰民' WHERE id = ?", (case.id,))  # unindexed now
    with engine.begin() as conn:
        command.upgrade(schema.alembic_config(conn), "heads")
    engine.dispose()

    ctx = open_database(path).ctx
    ctx.current = lambda: admin
    ctx.clock = lambda: NOW
    try:
        for word in ("扰民", "噪音", "赵先生", "13912345678", "深夜", case.reference):
            assert _refs(ctx, word) == {case.reference}, word
        assert _refs(ctx, "楼下") == set()
    finally:
        ctx.engine.dispose()

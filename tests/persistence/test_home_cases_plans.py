"""Home's cases-desk boxes (the clocks that run out today, the intake and the oldest unanswered case)
read through the indexes of ``cases`` and never scan every case: an office that has run the desk for
years has 200,000 of them, nearly all closed. Checked on SQLite's query plans of the statements Home
and the start-up glance really send (deterministic, no timing), and against a count by hand."""

from __future__ import annotations

import random
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from commdesk.core.cases.workflow import CaseStatus
from commdesk.persistence.glance import open_read_only
from commdesk.persistence.models.cases import CaseRow
from commdesk.services.home import HomeService
from commdesk.services.settings import SettingsService
from commdesk.ui.home.glance import glance_sections

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
OPEN = {"new", "acknowledged", "in_progress", "waiting"}


@pytest.fixture
def desk(ctx, people):
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("the plans checked here are SQLite's")
    rng = random.Random(7)
    statuses = [s.value for s in CaseStatus]
    rows = []
    for i in range(1, 3001):
        status = "closed" if rng.random() < 0.8 else rng.choice(statuses)
        received = NOW - timedelta(minutes=rng.randint(0, 900_000))
        running = status in OPEN and status != "waiting"
        rows.append(
            {
                "reference": f"CD-{received.year}-{i:06d}",
                "channel": "hotline",
                "department": "",
                "priority": "normal",
                "complaint": False,
                "status": status,
                "summary": f"case {i}",
                "outcome": "",
                "received_at": received,
                "first_response_at": None if rng.random() < 0.3 else received + timedelta(hours=1),
                "next_due_at": received + timedelta(hours=rng.randint(1, 400)) if running else None,
                "version": 1,
                "created_at": received,
                "updated_at": received,
            }
        )
    with ctx.engine.begin() as conn:
        conn.execute(insert(CaseRow.__table__), rows)
    ctx.service(SettingsService).set_many({"org.time_zone": "Asia/Shanghai"})  # as the administrator
    ctx.clock = lambda: NOW
    ctx.current = lambda: people["officer"]
    return ctx, rows


def _plans_never_scan_cases(explain, statements) -> None:
    assert statements
    for sql, params in statements:  # "SCAN cases", or "SCAN c" as the glance names the table
        plan = [r[-1] for r in explain("EXPLAIN QUERY PLAN " + sql, params)]
        assert not any(step.startswith("SCAN c") for step in plan), (
            sql,
            plan,
        )


def test_home_reads_the_cases_desk_through_indexes(desk):
    ctx, rows = desk
    seen: list[tuple[str, object]] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and " cases" in statement:
            seen.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        sections = {s.key: s for s in HomeService(ctx).sections(NOW)}
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    with ctx.engine.connect() as conn:
        _plans_never_scan_cases(lambda sql, params: conn.exec_driver_sql(sql, params), seen)

    # what the boxes say is what the rows hold
    due = sections["cases"]
    wanted = [r for r in rows if r["status"] in OPEN and r["next_due_at"] is not None]
    end_of_today = datetime(2026, 12, 3, 16, 0, tzinfo=UTC)  # midnight in Shanghai
    assert due.count == sum(1 for r in wanted if r["next_due_at"] < end_of_today)
    assert due.count > len([e for e in due.entries if e.urgent]) > 0  # overdue ones and today's
    unanswered = min(
        (r for r in rows if r["status"] in OPEN and r["first_response_at"] is None),
        key=lambda r: r["received_at"],
    )
    oldest = sections["intake"].entries[-1]
    assert unanswered["reference"] in oldest.text and oldest.pane == "cases"
    assert oldest.when == unanswered["received_at"]
    new = sum(1 for r in rows if r["status"] == "new")
    assert any(e.text.startswith(f"{new} new case") for e in sections["intake"].entries)


def test_the_glance_reads_the_cases_desk_through_indexes(desk):
    ctx, _rows = desk
    path = ctx.engine.url.database
    conn = open_read_only(path)
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    try:
        officer = ctx.current()
        sections = glance_sections(conn, officer.id, NOW)
    finally:
        conn.set_trace_callback(None)
    assert {"cases", "intake"} <= {s.key for s in sections}
    plain = sqlite3.connect(path)
    try:
        statements = [
            (sql, ()) for sql in traced if " cases" in sql and sql.lstrip().upper().startswith("SELECT")
        ]
        _plans_never_scan_cases(lambda sql, params: plain.execute(sql, params).fetchall(), statements)
    finally:
        plain.close()
        conn.close()

"""The case list reads a page through the indexes of ``cases`` (status, owner, due, received) and
never scans the whole table: with 200,000 cases a scan and sort of all of them is what made a page
slow. Checked on SQLite's query plans of the statements the list really sends (deterministic,
no timing)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert

from commdesk.core.cases.workflow import CaseStatus
from commdesk.persistence.models.cases import CaseRow
from commdesk.services.cases.service import CaseService

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


@pytest.fixture
def many(ctx):
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("the plans checked here are SQLite's")
    rng = random.Random(3)
    statuses = [s.value for s in CaseStatus]
    rows = []
    for i in range(1, 2001):
        status = rng.choice(statuses)
        received = NOW - timedelta(minutes=rng.randint(0, 500_000))
        open_ = status in ("new", "acknowledged", "in_progress")
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
                "next_due_at": received + timedelta(hours=rng.randint(1, 90)) if open_ else None,
                "version": 1,
                "created_at": received,
                "updated_at": received,
            }
        )
    with ctx.engine.begin() as conn:
        conn.execute(insert(CaseRow.__table__), rows)
    ctx.clock = lambda: NOW
    return ctx


def _statements(ctx, call) -> list[tuple[str, object]]:
    seen: list[tuple[str, object]] = []

    def note(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and " cases" in statement:
            seen.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", note)
    try:
        result = call()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", note)
    assert result
    return seen


@pytest.mark.parametrize(
    "ask",
    [
        {"limit": 50},
        {"limit": 50, "offset": 1500},
        {"open_only": True, "limit": 50},
        {"overdue": True, "limit": 50},
        {"status": CaseStatus.CLOSED, "limit": 50, "offset": 60},
    ],
    ids=["first page", "far page", "open", "overdue", "closed, second page"],
)
def test_a_page_of_the_case_list_never_scans_every_case(many, ask):
    cases = many.service(CaseService)
    statements = _statements(many, lambda: cases.list(**ask))
    assert statements
    with many.engine.connect() as conn:
        for sql, params in statements:
            plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
            assert not any(step.startswith("SCAN cases") for step in plan), (sql, plan)


def test_the_pages_together_are_the_whole_list(many):
    cases = many.service(CaseService)
    whole = [c.id for c in cases.list(limit=None)]
    assert len(whole) == 2000
    paged = [c.id for offset in range(0, 2000, 300) for c in cases.list(limit=300, offset=offset)]
    assert paged == whole
    listed = cases.list(limit=None)
    due = [c for c in listed if c.next_due_at is not None]
    rest = [c for c in listed if c.next_due_at is None]
    assert listed == due + rest  # those with a due time first
    assert [c.next_due_at for c in due] == sorted(c.next_due_at for c in due)
    assert [c.received_at for c in rest] == sorted((c.received_at for c in rest), reverse=True)

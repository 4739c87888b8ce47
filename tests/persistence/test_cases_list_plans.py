"""The case list reads a page through the indexes of ``cases`` (status, owner, due, received) and
never scans the whole table: with 200,000 cases a scan and sort of all of them is what made a page
slow. Checked on SQLite's query plans of the statements the list really sends (deterministic,
no timing)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, insert, select

from commdesk.core.cases.workflow import OPEN_STATUSES, CaseStatus, Channel
from commdesk.persistence.models.cases import CaseCategoryRow, CaseRow
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
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


# ------------------------------------------------------------------ the Cases pane's filters
OPEN = {s.value for s in OPEN_STATUSES}


@pytest.fixture
def desk(ctx, people):
    """3,000 cases over channels, categories and sub-categories and owners, nearly all done (as in an
    office that has run the desk for years): few enough with a running clock that the second part of
    a page (the cases without one, newest first) is read for every filter."""
    with ctx.engine.begin() as conn:
        categories = {}
        for code, parent in (
            ("billing", None),
            ("service", None),
            ("billing-refund", "billing"),
            ("service-staff", "service"),
        ):
            categories[code] = conn.execute(
                insert(CaseCategoryRow.__table__).returning(CaseCategoryRow.id),
                {
                    "code": code,
                    "parent_id": categories.get(parent),
                    "name_zh": code,
                    "name_en": code,
                    "department": "",
                    "complaint": False,
                    "active": True,
                    "position": 0,
                    "version": 1,
                    "created_at": NOW,
                    "updated_at": NOW,
                },
            ).scalar_one()
    rng = random.Random(16)
    owners = [people["officer"].id, people["officer2"].id, None]
    filed = [
        ("billing", None),
        ("billing", "billing-refund"),
        ("service", None),
        ("service", "service-staff"),
        (None, None),
    ]
    rows = []
    for i in range(1, 3001):
        status = rng.choice(sorted(OPEN)) if rng.random() < 0.08 else rng.choice(["resolved", "closed"])
        received = NOW - timedelta(minutes=rng.randint(0, 900_000))
        category, sub = rng.choice(filed)
        running = status in OPEN and status != "waiting"
        rows.append(
            {
                "reference": f"CD-{received.year}-{i:06d}",
                "channel": rng.choice([c.value for c in Channel]),
                "category_id": categories.get(category),
                "subcategory_id": categories.get(sub),
                "owner_id": rng.choice(owners),
                "department": "",
                "priority": "normal",
                "complaint": False,
                "status": status,
                "summary": rng.choice(["refund late", "opening hours", "退款进度", "parking"]) + f" {i}",
                "outcome": "",
                "received_at": received,
                "next_due_at": received + timedelta(hours=rng.randint(1, 4000)) if running else None,
                "version": 1,
                "created_at": received,
                "updated_at": received,
            }
        )
    with ctx.engine.begin() as conn:
        conn.execute(insert(CaseRow.__table__), rows)
        ids = dict(conn.execute(select(CaseRow.reference, CaseRow.id)).all())
    for row in rows:
        row["id"] = ids[row["reference"]]
    ctx.clock = lambda: NOW
    ctx.current = lambda: people["officer"]
    return ctx, rows, categories


def _desk_filters(categories) -> dict[str, CaseFilter]:
    """The filters the Cases pane offers, alone and together."""
    return {
        "every case": CaseFilter(),
        "open": CaseFilter(open_only=True),
        "overdue": CaseFilter(overdue=True),
        "open hotline": CaseFilter(open_only=True, channel=Channel.HOTLINE),
        "hotline": CaseFilter(channel=Channel.HOTLINE),
        "a category": CaseFilter(category_id=categories["billing"]),
        "a sub-category": CaseFilter(category_id=categories["service-staff"]),
        "open, a category": CaseFilter(open_only=True, category_id=categories["service"]),
        "resolved": CaseFilter(status=CaseStatus.RESOLVED),
        "closed letters": CaseFilter(status=CaseStatus.CLOSED, channel=Channel.LETTER),
        "resolved, a category": CaseFilter(status=CaseStatus.RESOLVED, category_id=categories["billing"]),
        "mine": CaseFilter(mine=True),
        "mine, open": CaseFilter(open_only=True, mine=True),
        "mine, overdue": CaseFilter(overdue=True, mine=True),
        "mine, closed, hotline, a category": CaseFilter(
            status=CaseStatus.CLOSED, mine=True, channel=Channel.HOTLINE, category_id=categories["service"]
        ),
        "words": CaseFilter(text="refund"),
        "open, words": CaseFilter(open_only=True, text="退款"),
    }


def _expected(rows, f: CaseFilter, me: int, categories) -> list[int]:
    """The list worked out by hand: soonest due first, then the others newest first."""

    def matches(r) -> bool:
        if f.status is not None and r["status"] != f.status.value:
            return False
        if (f.open_only or f.overdue) and r["status"] not in OPEN:
            return False
        if f.channel is not None and r["channel"] != f.channel.value:
            return False
        if f.category_id is not None and f.category_id not in (r["category_id"], r["subcategory_id"]):
            return False
        if f.mine and r["owner_id"] != me:
            return False
        if f.overdue and (r["next_due_at"] is None or r["next_due_at"] > NOW):
            return False
        text = (r["reference"] + " " + r["summary"]).casefold()
        return all(w.casefold() in text for w in f.text.split())

    found = [r for r in rows if matches(r)]
    due = sorted(
        (r for r in found if r["next_due_at"] is not None), key=lambda r: (r["next_due_at"], r["id"])
    )
    rest = sorted((r for r in found if r["next_due_at"] is None), key=lambda r: (r["received_at"], r["id"]))
    return [r["id"] for r in due] + [r["id"] for r in reversed(rest)]


def test_every_filter_of_the_cases_pane_reads_its_page_as_index_walks(desk):
    """Each statement of the pane's first and second page (the count, the walks, the lines) reads
    through an index and sorts at most the cases of one due time: never every case, never every
    matching case. Only the count of words reads every case: a LIKE in the middle of the text
    reads no index (the page's walks still stop after the page when enough cases match)."""
    ctx, _rows, categories = desk
    if ctx.engine.dialect.name != "sqlite":
        pytest.skip("the plans checked here are SQLite's")
    service = ctx.service(CaseDeskService)
    for label, f in _desk_filters(categories).items():
        statements = _statements(
            ctx, lambda f=f: [service.count(f), *service.page(f, 0, 200), *service.page(f, 200, 200)]
        )
        with ctx.engine.connect() as conn:
            for sql, params in statements:
                plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params)]
                counting = "count(" in sql
                sorted_all = [
                    s for s in plan if s.startswith("USE TEMP B-TREE FOR") and "RIGHT PART" not in s
                ]
                assert not sorted_all, (label, sql, plan)
                scans = [s for s in plan if s.startswith("SCAN cases")]
                if counting and f.text:
                    continue
                if counting and f == CaseFilter():  # every case counted: from the smallest index
                    assert all(" COVERING INDEX " in s for s in scans), (label, sql, plan)
                    continue
                assert not scans, (label, sql, plan)


def test_every_filter_of_the_cases_pane_lists_the_cases_it_finds_in_order(desk):
    """The walks merged give the same list as working it out by hand, page after page, and the
    count is its length."""
    ctx, rows, categories = desk
    service = ctx.service(CaseDeskService)
    me = ctx.current().id
    for label, f in _desk_filters(categories).items():
        want = _expected(rows, f, me, categories)
        assert want, label
        listed = [line.id for offset in range(0, len(want) + 70, 70) for line in service.page(f, offset, 70)]
        assert listed == want, label
        assert service.count(f) == len(want), label

"""The release lists read the reviewers, approvals, change requests and open comments of all their
releases at once: the statements of a list do not grow with its releases (on a server each one is a
round trip), and what the list says is what reading each release on its own says."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event

from commdesk.core.domain.people import Role
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.persistence.repositories import releases as repo
from commdesk.services.people import PeopleService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService


@pytest.fixture
def svc(ctx):
    return ctx.service(ReleaseService)


def _submitted(svc, as_person, people, title: str, reviewers: tuple[int, ...]):
    as_person(people["officer"])
    content = ReleaseContent(
        title=title,
        dateline_city="上海",
        dateline_date=date(2026, 3, 10),
        body_markdown="第一段：华信今日发布。\n\n第二段：背景。",
        language="zh",
    )
    r = svc.create(ReleaseEdit(content, embargo_tz="Asia/Shanghai", reviewer_ids=reviewers))
    return svc.act(r.id, Action.SUBMIT, note="请看数据")


def _statements(ctx, fn):
    seen: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", count)
    try:
        result = fn()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", count)
    return result, len(seen)


def _returned(ctx, svc, as_person, people, title: str):
    r = _submitted(svc, as_person, people, title, (people["reviewer"].id,))
    as_person(people["reviewer"])
    ctx.service(ReleaseReviewService).add_comment(r.id, "数据来源？")
    return svc.act(r.id, Action.REQUEST_CHANGES, note="见评论")


def test_lists_cost_the_same_statements_for_one_release_or_many(ctx, svc, people, as_person):
    reviewer = people["reviewer"].id
    _submitted(svc, as_person, people, "一", (reviewer,))
    _returned(ctx, svc, as_person, people, "退回一")
    as_person(people["reviewer"])
    _, one = _statements(ctx, lambda: svc.list())
    as_person(people["officer"])
    _, returned_one = _statements(ctx, svc.returned_to_me)

    for i in range(4):
        _submitted(svc, as_person, people, f"更多{i}", (reviewer,))
        _returned(ctx, svc, as_person, people, f"退回{i}")
    as_person(people["reviewer"])
    rows, many = _statements(ctx, lambda: svc.list())
    assert len(rows) == 10 and many == one
    assert svc.awaiting_my_review() == 5
    as_person(people["officer"])
    back, returned_many = _statements(ctx, svc.returned_to_me)
    assert len(back) == 5 and returned_many == returned_one
    assert all(b.note == "见评论" and b.open_comments == 1 and b.by.startswith("王芳") for b in back)


def test_batch_reads_say_what_reading_one_release_says(ctx, svc, people, as_person):
    reviewer = people["reviewer"].id
    second = ctx.service(PeopleService).create(
        "赵磊 Zhao Lei", "zhao@example.org", "行政部", {Role.REVIEWER}, passphrase="second reviewer"
    )
    a = _submitted(svc, as_person, people, "两位审稿", (reviewer, second.id))
    as_person(people["reviewer"])
    svc.act(a.id, Action.APPROVE)  # one valid approval of two reviewers
    b = _submitted(svc, as_person, people, "一位审稿", (reviewer,))
    c = _returned(ctx, svc, as_person, people, "退回")
    with ctx.unit_of_work() as uow:
        s = uow.session
        rows = [r for r in (repo.get(s, i) for i in (a.id, b.id, c.id)) if r is not None]
        facts = repo.facts_of_many(rows, s)
        for row in rows:
            assert facts[row.id] == repo.facts_of(row, s)
        assert len(facts[a.id].approvals) == 1 and facts[a.id].reviewer_ids == {reviewer, second.id}
        ids = [a.id, b.id, c.id]
        steps = repo.last_steps(s, ids, Action.REQUEST_CHANGES.value)
        assert set(steps) == {c.id}
        assert steps[c.id].id == repo.last_step(s, c.id, Action.REQUEST_CHANGES.value).id
        assert repo.open_comment_counts(s, ids) == {c.id: repo.open_comment_count(s, c.id)} == {c.id: 1}
        assert repo.facts_of_many([], s) == {} and repo.last_steps(s, [], "approve") == {}


def test_the_overview_is_the_list_the_badge_and_the_returned_in_two_statements(ctx, svc, people, as_person):
    """One read serves the releases pane's list, its filter's counts and its badge: what it says is
    what the list, the count awaiting review and the releases returned say each on its own."""
    reviewer = people["reviewer"].id
    _submitted(svc, as_person, people, "待审", (reviewer,))
    _returned(ctx, svc, as_person, people, "退回")
    approved = _submitted(svc, as_person, people, "已批", (reviewer,))
    as_person(people["reviewer"])
    svc.act(approved.id, Action.APPROVE)
    for who in ("reviewer", "officer", "admin"):
        as_person(people[who])
        overview, statements = _statements(ctx, svc.overview)
        assert statements == 2
        assert overview.releases == svc.list()
        assert overview.awaiting == svc.awaiting_my_review() == (1 if who == "reviewer" else 0)
        assert overview.returned_ids == {r.id for r in svc.returned_to_me()}
        assert len(overview.returned_ids) == (1 if who == "officer" else 0)

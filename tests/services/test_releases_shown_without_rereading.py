"""What the release form shows is decided from the release as just read (the workflow's answers, the
review's diffs, the comments) and says the same as reading it all again; the choices the form offers
(reviewers, distribution lists, releases to link) follow the changes of their tables."""

from __future__ import annotations

from datetime import date

import pytest

from commdesk.core.domain.people import Role
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.people import PeopleService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService


@pytest.fixture
def svc(ctx):
    return ctx.service(ReleaseService)


def _content(title: str, body: str) -> ReleaseContent:
    return ReleaseContent(
        title=title, dateline_city="上海", dateline_date=date(2026, 3, 10), body_markdown=body, language="zh"
    )


def test_the_workflow_diffs_and_comments_of_a_read_release_match_reading_again(ctx, svc, people, as_person):
    review = ctx.service(ReleaseReviewService)
    reviewer = people["reviewer"].id
    as_person(people["officer"])
    r = svc.create(ReleaseEdit(_content("新品发布", "第一段。\n\n第二段。"), reviewer_ids=(reviewer,)))
    r = svc.act(r.id, Action.SUBMIT, note="请看")
    as_person(people["reviewer"])
    review.add_comment(r.id, "第二段需要数据")
    r = svc.act(r.id, Action.APPROVE)
    as_person(people["officer"])
    edit = ReleaseEdit(_content("新品发布", "第一段，改过。\n\n第二段。"), reviewer_ids=(reviewer,))
    edited = svc.save(r.id, edit, r.version)  # after approval: a new revision, back to review
    for person in ("officer", "reviewer", "admin"):
        as_person(people[person])
        stored = svc.get(edited.id)
        assert svc.allowed_actions(stored) == svc.allowed_actions(stored.id)
        revisions = svc.revisions(stored)
        assert revisions == svc.revisions(stored.id) and len(revisions) >= 2
        assert review.diff_in_view(stored, revisions, "previous") == review.diff_against_previous(stored.id)
        assert review.diff_in_view(stored, revisions, "approved") == review.diff_against_approved(stored.id)
        assert review.diff_in_view(stored, revisions, 1) is not None
        assert review.comments(stored) == review.comments(stored.id)


def test_the_forms_choices_follow_their_tables(ctx, svc, people, as_person):
    as_person(people["admin"])
    assert (people["reviewer"].id, people["reviewer"].name) in svc.reviewer_choices()
    added = ctx.service(PeopleService).create("赵敏 Zhao Min", roles={Role.REVIEWER}, passphrase="zhao-pass")
    assert (added.id, added.name) in svc.reviewer_choices()

    lists = ctx.service(ContactListService)
    made = lists.create_static("科技记者")
    assert (made.id, "科技记者") in svc.list_choices()

    as_person(people["officer"])
    one = svc.create(ReleaseEdit(_content("第一篇", "正文。")))
    assert [c[0] for c in svc.link_choices()] == [one.id]
    two = svc.create(ReleaseEdit(_content("第二篇", "正文。")))
    assert [(c[0], c[2]) for c in svc.link_choices()] == [(two.id, "第二篇"), (one.id, "第一篇")]


def test_a_step_returns_what_it_wrote_as_reading_it_again_would(ctx, svc, people, as_person):
    """A workflow step returns the release it wrote (its approvals added or voided) without reading
    it again, and that is the release as stored."""
    reviewers = (people["reviewer"].id,)
    as_person(people["officer"])
    r = svc.create(ReleaseEdit(_content("年度报告", "第一段。"), reviewer_ids=reviewers))
    steps = [
        ("officer", Action.SUBMIT, "请看"),
        ("reviewer", Action.REQUEST_CHANGES, "补充数据"),
        ("officer", Action.SUBMIT, "已补充"),
        ("reviewer", Action.APPROVE, ""),
        ("officer", Action.WITHDRAW, "暂缓"),
        ("officer", Action.REOPEN, ""),
        ("officer", Action.SUBMIT, "再看一次"),
        ("reviewer", Action.APPROVE, "可以"),
        ("officer", Action.PUBLISH, ""),
    ]
    for who, action, note in steps:
        as_person(people[who])
        returned = svc.act(r.id, action, note=note, expected_version=r.version)
        r = svc.get(r.id)
        assert returned == r, action
    assert [a.valid for a in r.approvals] == [False, True]
    assert svc.allowed_actions(r) == svc.allowed_actions(r.id)

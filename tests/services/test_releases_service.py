"""The release services on a real database: the issue's walk-through with two people, four eyes,
approval voiding, embargo, revisions, comments, coverage, templates, conflicts and the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from commdesk.core.domain.people import Role
from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.core.releases.content import ReleaseContent, content_hash, paragraphs
from commdesk.core.releases.records import Coverage, ReleaseEdit
from commdesk.core.releases.workflow import Action, State
from commdesk.persistence.models import AuditRow
from commdesk.services.people import PeopleService
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.releases.templates import ReleaseTemplateService
from commdesk.services.settings import OrgSettings, SettingsService

T0 = datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def clock(ctx):
    now = {"t": T0}
    ctx.clock = lambda: now["t"]
    return now


@pytest.fixture
def svc(ctx, people, clock):
    ctx.service(SettingsService).save_organisation(
        OrgSettings(
            name="华信科技 Huaxin",
            boilerplate="华信科技成立于2008年。",
            media_contact="陈静 press@example.org",
        )
    )
    return ctx.service(ReleaseService)


def _draft(svc, as_person, people, **kw):
    as_person(people["officer"])
    content = ReleaseContent(
        title=kw.pop("title", "华信发布新平台"),
        dateline_city="上海",
        dateline_date=date(2026, 3, 10),
        body_markdown="第一段：华信今日发布。\n\n第二段：背景。",
        language="zh",
        embargo=kw.pop("embargo", None),
    )
    edit = ReleaseEdit(
        content,
        embargo_tz=kw.pop("tz", "Asia/Shanghai"),
        reviewer_ids=kw.pop("reviewers", (people["reviewer"].id,)),
        **kw,
    )
    return svc.create(edit)


def test_walk_through_two_people(ctx, svc, people, as_person, clock):
    """The issue's 'done when', step by step on one database."""
    templates = ctx.service(ReleaseTemplateService)
    review = ctx.service(ReleaseReviewService)
    as_person(people["officer"])
    r = templates.draft_from("standard", "zh", "华信发布工业物联网平台", city="上海")
    assert r.reference == "PR-2026-001" and r.state is State.DRAFT and r.revision == 1
    assert (
        "华信科技" in r.content.body_markdown
        and "Huaxin" not in r.content.body_markdown
        and r.content.boilerplate == "华信科技成立于2008年。"
    )
    embargo = datetime(2026, 3, 12, 10, 0, tzinfo=SHANGHAI)
    r = svc.save(
        r.id,
        r.edit(
            content=_with(r.content, embargo=embargo),
            embargo_tz="Asia/Shanghai",
            reviewer_ids=(people["reviewer"].id,),
        ),
        r.version,
    )
    assert r.revision == 2 and r.content.embargo == embargo
    with pytest.raises(ValidationError):
        svc.act(r.id, Action.SUBMIT, note="")  # a note for reviewers is needed
    r = svc.act(r.id, Action.SUBMIT, note="请重点看第一段的数据")
    assert r.state is State.IN_REVIEW

    as_person(people["reviewer"])
    assert svc.awaiting_my_review() == 1
    first = paragraphs(r.content.body_markdown)[0]
    c = review.add_comment(r.id, "数据来源？", paragraph_id=first.id)
    assert c.paragraph_text == first.text
    r = svc.act(r.id, Action.REQUEST_CHANGES, note="见段落评论")
    assert r.state is State.CHANGES_REQUESTED and svc.awaiting_my_review() == 0

    as_person(people["officer"])
    review.add_comment(r.id, "已补充来源", parent_id=c.id)
    body = r.content.body_markdown.replace(first.text, first.text + "（数据来源：国家统计局）")
    r = svc.save(r.id, r.edit(content=_with(r.content, body_markdown=body)), r.version)
    assert review.comments(r.id)[0].outdated
    r = svc.act(r.id, Action.SUBMIT, note="已按意见修改")

    as_person(people["reviewer"])
    d = review.diff_against_previous(r.id)
    assert d is not None and any(p.kind == "replace" for p in d.body)
    review.resolve(c.id)
    r = svc.act(r.id, Action.APPROVE)
    assert r.state is State.APPROVED
    assert r.approvals[-1].content_hash == r.content_hash == content_hash(r.content)

    as_person(people["officer"])
    r = svc.save(r.id, r.edit(content=_with(r.content, subtitle="新增副标题")), r.version)
    assert r.state is State.IN_REVIEW and not any(a.valid for a in r.approvals)
    assert review.diff_against_approved(r.id).field("subtitle").changed
    as_person(people["reviewer"])
    r = svc.act(r.id, Action.APPROVE)
    assert r.state is State.APPROVED

    as_person(people["officer"])
    with pytest.raises(ValidationError, match="embargo"):
        svc.act(r.id, Action.PUBLISH)
    clock["t"] = embargo + timedelta(minutes=1)
    r = svc.act(r.id, Action.PUBLISH, publications=[("newsroom", "https://example.org/news/1")])
    assert r.state is State.PUBLISHED and r.published_at == clock["t"]
    svc.record_publication(r.id, "wechat", "https://mp.weixin.qq.com/s/abc")
    assert [p.channel for p in svc.publications(r.id)] == ["newsroom", "wechat"]

    cov = ctx.service(ReleaseCoverageService)
    cov.add(
        Coverage(
            r.id,
            "新华网",
            date(2026, 3, 12),
            "online",
            None,
            "张伟",
            "https://news.example/1",
            "华信发布平台",
            120000,
            "positive",
            True,
        )
    )
    cov.add(
        Coverage(r.id, "澎湃新闻", date(2026, 3, 13), "online", 7, "李娜", "", "转载", 5000, "neutral", False)
    )
    s = cov.summary(r.id)
    assert s.total_reach == 125000 and s.by_tone["positive"] == 1 and s.reprints == 1
    assert [c.outlet for c in cov.for_journalist(7)] == ["澎湃新闻"]

    record = review.review_record(r.id)
    assert [x.number for x in record.revisions] == [1, 2, 3, 4]
    assert [s.action for s in record.steps][:3] == ["submit", "request_changes", "submit"]
    assert len(record.approvals) == 2 and record.approvals[0].voided_at is not None


def _with(content, **kw):
    from dataclasses import replace

    return replace(content, **kw)


def test_four_eyes_author_and_last_editor_never_approve(ctx, svc, people, as_person):
    people_svc = ctx.service(PeopleService)
    both = people_svc.create("周洋", "zhou@example.org", "", {Role.OFFICER, Role.REVIEWER}, "zy-pass")
    as_person(both)
    r = svc.create(
        ReleaseEdit(ReleaseContent(title="自己写的"), reviewer_ids=(both.id, people["reviewer"].id))
    )
    r = svc.act(r.id, Action.SUBMIT, note="看看")
    with pytest.raises(PermissionDenied, match="four eyes"):
        svc.act(r.id, Action.APPROVE)
    assert svc.allowed_actions(r.id)[Action.APPROVE]
    # a reviewer who edits becomes the last editor
    as_person(people["officer"])
    r2 = _draft(svc, as_person, people, reviewers=(both.id,))
    as_person(both)
    r2 = svc.save(r2.id, r2.edit(content=_with(r2.content, title="改过")), r2.version)
    as_person(people["officer"])
    with pytest.raises(ValidationError, match="four eyes"):
        svc.act(r2.id, Action.SUBMIT, note="x")


def test_rule_all_needs_every_reviewer(ctx, svc, people, as_person):
    second = ctx.service(PeopleService).create("孙丽", "sun@example.org", "", {Role.REVIEWER}, "sl-pass")
    r = _draft(svc, as_person, people, reviewers=(people["reviewer"].id, second.id), review_rule="all")
    svc.act(r.id, Action.SUBMIT, note="n")
    as_person(people["reviewer"])
    assert svc.act(r.id, Action.APPROVE).state is State.IN_REVIEW
    with pytest.raises(ValidationError):
        svc.act(r.id, Action.APPROVE)  # twice for one version
    as_person(second)
    assert svc.act(r.id, Action.APPROVE).state is State.APPROVED


def test_stale_save_raises_conflict_with_both_versions(svc, people, as_person):
    r = _draft(svc, as_person, people)
    as_person(people["officer2"])
    svc.save(r.id, r.edit(content=_with(r.content, title="Emma 的标题")), r.version)
    as_person(people["officer"])
    with pytest.raises(ConflictError) as info:
        svc.save(r.id, r.edit(content=_with(r.content, title="李明的标题")), r.version)
    assert info.value.mine["title"] == "李明的标题"
    assert info.value.theirs["title"] == "Emma 的标题"
    fresh = svc.get(r.id)
    kept = svc.save(r.id, fresh.edit(content=_with(fresh.content, title="李明的标题")), fresh.version)
    assert kept.content.title == "李明的标题"


def test_revisions_kept_and_restored(svc, people, as_person):
    r = _draft(svc, as_person, people)
    r = svc.save(r.id, r.edit(content=_with(r.content, title="二")), r.version)
    r = svc.save(r.id, r.edit(content=_with(r.content, title="三")), r.version)
    same = svc.save(r.id, r.edit(), r.version)  # unchanged content: no new revision
    assert same.revision == 3
    r = svc.restore_revision(r.id, 1, same.version)
    assert r.revision == 4 and r.content.title == "华信发布新平台"
    assert [x.note for x in svc.revisions(r.id)][-1].startswith("Restored from v1")


def test_embargo_keeps_time_zone_and_hash(svc, people, as_person):
    berlin = datetime(2026, 3, 20, 9, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    r = _draft(svc, as_person, people, embargo=berlin, tz="Europe/Berlin")
    again = svc.get(r.id)
    assert again.content.embargo == berlin and again.content.embargo.utcoffset() == timedelta(hours=1)
    assert again.content_hash == content_hash(again.content)
    with pytest.raises(ValidationError, match="time zone"):
        svc.save(r.id, r.edit(embargo_tz="Mars/Olympus"), r.version)


def test_an_embargo_always_has_a_named_zone(svc, people, as_person):
    """No embargo is stored as a bare UTC instant that one display shows at 02:00
    (UTC+00:00) and another at 10:00 (UTC+08:00): a zone given with the time is taken, else asked for."""
    shanghai = datetime(2026, 3, 20, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    r = _draft(svc, as_person, people, embargo=shanghai, tz="")
    assert svc.get(r.id).embargo_tz == "Asia/Shanghai" and svc.get(r.id).content.embargo.hour == 10
    with pytest.raises(ValidationError) as caught:
        _draft(svc, as_person, people, embargo=shanghai.astimezone(UTC), tz="")
    assert "embargo_tz" in caught.value.errors and "time zone" in str(caught.value)


def test_edit_rules_and_roles(svc, people, as_person):
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        svc.create(ReleaseEdit(ReleaseContent(title="x")))
    r = _draft(svc, as_person, people)
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        svc.save(r.id, r.edit(content=_with(r.content, title="评审改")), r.version)
    as_person(people["officer"])
    with pytest.raises(ValidationError, match="title"):
        svc.save(r.id, r.edit(content=_with(r.content, title="  ")), r.version)
    r = svc.act(r.id, Action.WITHDRAW, note="不发了")
    with pytest.raises(ValidationError, match="no longer be edited"):
        svc.save(r.id, r.edit(content=_with(r.content, title="撤回后")), r.version)


def test_request_changes_needs_a_note(svc, people, as_person):
    r = _draft(svc, as_person, people)
    svc.act(r.id, Action.SUBMIT, note="n")
    as_person(people["reviewer"])
    with pytest.raises(ValidationError):
        svc.act(r.id, Action.REQUEST_CHANGES, note=" ")


def test_audit_log_records_edits_and_approvals(ctx, svc, people, as_person):
    r = _draft(svc, as_person, people)
    svc.save(r.id, r.edit(content=_with(r.content, title="改后的标题")), r.version)
    svc.act(r.id, Action.SUBMIT, note="n")
    as_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    with ctx.unit_of_work() as uow:
        rows = list(
            uow.session.scalars(
                select(AuditRow).where(AuditRow.entity == "releases", AuditRow.entity_id == str(r.id))
            )
        )
    assert any(a.field == "title" and a.old == "华信发布新平台" and a.new == "改后的标题" for a in rows)
    assert any(a.action == "approve" and a.actor_name == people["reviewer"].name for a in rows)
    assert any(a.field == "state" and a.new == "approved" for a in rows)


def test_list_filters_and_references(svc, people, as_person):
    a = _draft(svc, as_person, people, title="一")
    b = _draft(svc, as_person, people, title="二")
    assert (a.reference, b.reference) == ("PR-2026-001", "PR-2026-002")
    svc.act(b.id, Action.SUBMIT, note="n")
    assert [s.reference for s in svc.list(state="in_review")] == ["PR-2026-002"]
    assert [s.title for s in svc.list(search="一")] == ["一"]
    assert svc.by_reference("pr-2026-002").id == b.id


def test_templates_admin_edit_is_checked_and_versioned(ctx, svc, people, as_person):
    templates = ctx.service(ReleaseTemplateService)
    assert {t.key for t in templates.list()} >= {
        "standard",
        "product_launch",
        "event_notice",
        "statement",
        "crisis_response",
    }
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        templates.save("standard", "zh", "标准", "{{ organisation }}")
    as_person(people["admin"])
    with pytest.raises(ValidationError):
        templates.save("standard", "zh", "标准", "{{ ''.__class__.__mro__ }}")
    t = templates.save("standard", "zh", "标准新闻稿", "{{ organisation }}宣布：……")
    assert not t.builtin and t.version == 1
    t2 = templates.save("standard", "zh", "标准新闻稿", "{{ organisation }}今日宣布：……", t.version)
    assert t2.version == 2 and templates.get("standard", "zh").text.endswith("今日宣布：……")


def test_coverage_validation(ctx, svc, people, as_person):
    r = _draft(svc, as_person, people)
    cov = ctx.service(ReleaseCoverageService)
    with pytest.raises(ValidationError) as info:
        cov.add(Coverage(r.id, " ", date(2026, 3, 1), tone="great", url="ftp://x", reach=-1))
    assert set(info.value.errors) == {"outlet", "tone", "url", "reach"}


def test_attachments_hash_and_size_limit(ctx, svc, people, as_person):
    import hashlib

    from commdesk.services.releases.attachments import ReleaseAttachmentService

    r = _draft(svc, as_person, people)
    att = ctx.service(ReleaseAttachmentService)
    a = att.add(r.id, "C:\\photos\\发布会.jpg", b"\xff\xd8jpeg")
    assert a.filename == "发布会.jpg" and a.sha256 == hashlib.sha256(b"\xff\xd8jpeg").hexdigest()
    assert a.media_type == "image/jpeg" and att.data(a.id) == b"\xff\xd8jpeg"
    with pytest.raises(ValidationError, match="at most 10 MB"):
        att.add(r.id, "big.zip", b"0" * (10 * 1024 * 1024 + 1))
    assert [x.id for x in att.list(r.id)] == [a.id]


def test_voided_reason_reads_in_the_users_language(ctx, svc, people, as_person):
    r = _draft(svc, as_person, people)
    svc.act(r.id, Action.SUBMIT, note="n")
    as_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    as_person(people["officer"])
    r = svc.save(r.id, svc.get(r.id).edit(content=_with(r.content, title="新")), svc.get(r.id).version)
    assert r.approvals[0].voided_reason == "edited:2"
    assert r.approvals[0].voided_because == "content changed in v2"


def test_submitting_to_someone_who_cannot_review_is_refused_by_name(ctx, people, as_person):
    as_person(people["officer"])
    svc = ctx.service(ReleaseService)
    r = svc.create(ReleaseEdit(ReleaseContent(title="华信发布新平台", body_markdown="第一段。")))
    with pytest.raises(ValidationError) as refused:  # an administrator and officer, not a reviewer
        svc.act(r.id, Action.SUBMIT, note="请审核", reviewer_ids=(people["admin"].id,))
    assert "陈静 Chen Jing cannot review releases" in str(refused.value)
    assert svc.get(r.id).state is State.DRAFT and svc.get(r.id).reviewer_ids == ()  # nothing half-saved
    as_person(people["admin"])
    ctx.service(PeopleService).update(replace(people["reviewer"], active=False))
    as_person(people["officer"])
    with pytest.raises(ValidationError, match="王芳 Wang Fang cannot review"):
        svc.act(r.id, Action.SUBMIT, note="请审核", reviewer_ids=(people["reviewer"].id,))

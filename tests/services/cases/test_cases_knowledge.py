"""The knowledge base through a real database: administrators write versioned answers, a reviewer
who did not write a version approves it (four eyes), the call screen is offered only approved
texts, found by words or pinyin; each step is in the audit log."""

from __future__ import annotations

import pytest

from commdesk.core.domain.people import Role
from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.knowledge import KnowledgeService
from commdesk.services.people import PeopleService


@pytest.fixture
def kb(ctx, people):
    return ctx.service(KnowledgeService)


def test_written_versioned_approved_by_another_and_only_then_offered(ctx, people, as_person, kb):
    billing = ctx.service(CaseAdminService).save_category("billing", "账单", "Billing")
    entry = kb.add("退款多久到账", "退款在 3 个工作日内退回原支付账户。", category_id=billing.id)
    assert entry.number == 1 and entry.waiting and entry.category in ("账单", "Billing")
    assert kb.search("退款") == []  # not approved: never offered

    as_person(people["reviewer"])
    assert kb.may_approve(entry) == ""
    approved = kb.approve(entry.id)
    assert approved.approved_number == 1 and not approved.waiting
    [answer] = kb.search("退款")
    assert answer.body.startswith("退款在 3 个工作日") and answer.number == 1

    as_person(people["admin"])
    edited = kb.edit(entry.id, "退款多久到账", "退款在 5 个工作日内退回。", expected_version=approved.version)
    assert edited.number == 2 and edited.waiting
    # the approved text is still what callers are told until the new version is approved
    assert kb.search("退款")[0].body.startswith("退款在 3 个工作日")
    assert [v.number for v in kb.versions(entry.id)] == [1, 2]
    assert kb.version(entry.id, 1).body.startswith("退款在 3 个工作日")  # old versions stay readable
    with pytest.raises(ConflictError):
        kb.edit(entry.id, "退款", "别的文字", expected_version=approved.version)

    as_person(people["reviewer"])
    kb.approve(entry.id)
    assert kb.search("退款")[0].body == "退款在 5 个工作日内退回。"

    actions = [e.action for e in ctx.service(AuditService).history("kb_entries", entry.id)]
    assert actions.count("approve") == 2 and actions.count("version") == 2


def test_the_author_of_a_version_cannot_approve_it(ctx, people, as_person, kb):
    both = ctx.service(PeopleService).create(
        "赵磊 Zhao Lei",
        "zhao@example.org",
        "品牌传播部",
        {Role.ADMINISTRATOR, Role.REVIEWER},
        passphrase="zhao-lei-passphrase-1",
    )
    as_person(both)
    entry = kb.add("营业时间", "工作日 9:00-18:00。")
    assert "someone else" in kb.may_approve(entry)
    with pytest.raises(PermissionDenied, match="four eyes"):
        kb.approve(entry.id)
    assert kb.search("营业") == []
    as_person(people["officer"])  # officers approve nothing here
    with pytest.raises(PermissionDenied):
        kb.approve(entry.id)
    with pytest.raises(PermissionDenied):
        kb.add("x", "y")
    as_person(people["reviewer"])
    kb.approve(entry.id)
    assert [a.title for a in kb.search("营业")] == ["营业时间"]


def test_search_by_words_and_pinyin_title_matches_first(ctx, people, as_person, kb):
    a = kb.add("发票补开", "登录会员中心申请补开发票。")
    b = kb.add("会员积分", "积分可以抵扣发票金额以外的费用。")
    c = kb.add("Opening hours", "Weekdays 9:00-18:00.", language="en")
    as_person(people["reviewer"])
    for e in (a, b, c):
        kb.approve(e.id)
    assert [x.title for x in kb.search("发票")] == ["发票补开", "会员积分"]  # title first
    assert [x.title for x in kb.search("fp")] == ["发票补开"]  # initials
    assert [x.title for x in kb.search("huiyuan")] == ["会员积分"]  # full pinyin
    assert [x.title for x in kb.search("opening")] == ["Opening hours"]
    assert [x.title for x in kb.search("50%_off")] == []  # LIKE's wildcards are plain text


def test_bad_input_is_said_in_words(ctx, people, kb):
    with pytest.raises(ValidationError) as err:
        kb.add("  ", "")
    assert set(err.value.errors) == {"title", "body"}
    entry = kb.add("标题", "内容")
    withdrawn = kb.set_active(entry.id, False)
    assert not withdrawn.active and kb.list() == [] and len(kb.list(include_inactive=True)) == 1

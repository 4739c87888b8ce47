"""The cases window's reading service through a real database: the list with every filter and
each line's clock in working time, the callers the call screen finds, a call's answers kept on a
case that goes on."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.contacts.records import ContactRecord, Phone
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService
from commdesk.services.settings import SettingsService

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai


@pytest.fixture
def office(ctx, people):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    admin = ctx.service(CaseAdminService)
    billing = admin.save_category("billing", "账单", "Billing")
    late = admin.save_category("late", "延误", "Late", parent=billing.id)
    ctx.clock = lambda: NOW
    svc = ctx.service(CaseService)
    return {
        "old": svc.create(
            Channel.LETTER,
            "来信：账单有误",
            category=billing.id,
            subcategory=late.id,
            received_at=NOW - timedelta(days=7),
        ),
        "call": svc.create(Channel.HOTLINE, "停车 50%_off?", customer=("赵先生", "13912345678", "")),
        "mine": svc.create(Channel.WEB_FORM, "发票", owner_id=people["officer"].id),
        "late": late,
        "billing": billing,
    }


@pytest.mark.timezones
def test_every_filter_and_the_clock_in_working_time(ctx, people, office):
    desk = ctx.service(CaseDeskService)

    def refs(**kw):
        f = CaseFilter(**kw)
        lines = desk.page(f)
        assert desk.count(f) == len(lines)
        return [line.case.reference for line in lines]

    old, call, mine = office["old"], office["call"], office["mine"]
    assert refs()[0] == old.reference and len(refs()) == 3
    assert refs(overdue=True) == [old.reference]
    assert refs(channel=Channel.HOTLINE) == [call.reference]
    assert refs(category_id=office["late"].id) == [old.reference]  # a sub-category finds its cases
    assert refs(category_id=office["billing"].id) == [old.reference]
    assert set(refs(mine=True)) == {old.reference, call.reference} and mine.reference not in refs(mine=True)
    assert refs(text="50%_off") == [call.reference]
    assert refs(text="%") == [call.reference] and refs(text="_") == [call.reference]  # no wildcards
    assert refs(text=call.reference.lower()) == [call.reference]
    [line] = [ln for ln in desk.page(CaseFilter()) if ln.id == old.id]
    assert line.case.overdue and line.left is not None and line.left < timedelta(0)
    [fresh] = [ln for ln in desk.page(CaseFilter()) if ln.id == call.id]
    assert fresh.left is not None and timedelta(0) < fresh.left <= timedelta(hours=9)  # working time
    ctx.service(CaseService).wait_for_them(call.id)
    [paused] = desk.page(CaseFilter(status=CaseStatus.WAITING))
    assert paused.paused and paused.id == call.id


def test_callers_by_pinyin_name_or_phone(ctx, people, office):
    ctx.service(ContactService).create(
        ContactRecord(full_name="王伟", outlet="新华社", phones=[Phone("", "13800001111", True)])
    )
    desk = ctx.service(CaseDeskService)
    assert [(c.kind, c.name) for c in desk.callers("ww")] == [("contact", "王伟")]
    assert [(c.kind, c.name) for c in desk.callers("赵")] == [("customer", "赵先生")]
    assert ("customer", "赵先生") in [(c.kind, c.name) for c in desk.callers("139 1234")]
    assert desk.callers("  ") == []


def test_a_calls_answers_on_a_case_that_goes_on(ctx, people, office, as_person):
    desk = ctx.service(CaseDeskService)
    desk.record_call_answers(office["call"].id, False, 3)
    case = ctx.service(CaseService).get(office["call"].id)
    assert case.first_contact_resolution is False and case.csat == 3 and case.status is CaseStatus.NEW
    with pytest.raises(ValidationError):
        desk.record_call_answers(office["call"].id, False, 9)
    as_person(people["reviewer"])
    desk.record_call_answers(office["call"].id, None, 4)  # reviewers work cases too
    as_person(replace(people["officer"], roles=frozenset()))
    with pytest.raises(PermissionDenied):
        desk.record_call_answers(office["call"].id, None, 5)


def test_pages_follow_one_order_across_cases_with_and_without_a_clock(ctx, people, office):
    cases = ctx.service(CaseService)
    cases.resolve(office["mine"].id, "已开具发票")
    cases.resolve(office["call"].id, "已说明")
    desk = ctx.service(CaseDeskService)
    whole = [line.id for line in desk.page(CaseFilter(), 0, 100)]
    assert whole[0] == office["old"].id and len(whole) == 3
    assert [desk.page(CaseFilter(), i, 1)[0].id for i in range(3)] == whole
    assert [line.id for line in desk.page(CaseFilter(), 1, 2)] == whole[1:]
    assert desk.page(CaseFilter(), 3, 5) == []

"""The cases desk's service through a real database: logging cases, their clocks on the working
calendar (public holidays and make-up working days), waiting for them, answering, resolving,
complaint grades, escalation to the owner's manager, roles and stale saves."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.cases.clocks import ClockKind, ClockPhase
from commdesk.core.cases.workflow import CaseStatus, Channel, Priority
from commdesk.core.errors import ConflictError, PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    """An instant given as Shanghai clock time."""
    return datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture
def desk(ctx, people):
    """The office in Shanghai (09:00-18:00) with categories; ctx acts as the administrator."""
    settings = ctx.service(SettingsService)
    org = settings.organisation()
    settings.save_organisation(
        replace(org, time_zone="Asia/Shanghai", departments=("客户服务部", "品牌传播部"), name="华信")
    )
    admin = ctx.service(CaseAdminService)
    service = admin.save_category("service", "服务", "Service", department="客户服务部")
    billing = admin.save_category("billing", "账单", "Billing", parent=service.id)
    complaint = admin.save_category("complaint", "投诉", "Complaint", department="客户服务部", complaint=True)
    return {"service": service, "billing": billing, "complaint": complaint}


def clock(case, kind: ClockKind):
    [found] = [c for c in case.clocks if c.kind is kind and c.state.stopped is None] or [
        c for c in case.clocks if c.kind is kind
    ][-1:]
    return found


@pytest.mark.timezones
def test_a_letter_logged_later_counts_from_when_it_came_across_a_holiday(ctx, people, desk, as_person):
    as_person(people["officer"])
    ctx.clock = lambda: at(2026, 10, 8, 10, 0).astimezone(UTC)
    cases = ctx.service(CaseService)
    # received the afternoon before the National Day holiday (1-7 October), logged after it
    case = cases.create(
        Channel.LETTER,
        "来信：账单金额有误",
        category=desk["service"].id,
        subcategory=desk["billing"].id,
        customer=("赵先生", "13912345678", "zhao@example.org"),
        received_at=at(2026, 9, 30, 17, 0),
    )
    assert case.reference == "CD-2026-000001" and case.status is CaseStatus.NEW
    assert (
        case.department == "客户服务部"
        and case.raised_by == "赵先生"
        and case.owner == people["officer"].name
    )
    first = clock(case, ClockKind.FIRST_RESPONSE)
    # one working day (9 h): 1 h on 30 September, then 8 h from 09:00 on Thursday 8 October
    assert first.due == at(2026, 10, 8, 17, 0) and first.phase is ClockPhase.RUNNING
    assert cases.list(open_only=True)[0].next_due_at == at(2026, 10, 8, 17, 0)
    assert not cases.overdue()
    assert [c.reference for c in cases.breaching_today()] == ["CD-2026-000001"]


@pytest.mark.timezones
def test_a_make_up_working_day_counts_and_waiting_for_them_pauses_the_clocks(ctx, people, desk, as_person):
    as_person(people["officer"])
    now = {"t": at(2026, 10, 9, 10, 0)}
    ctx.clock = lambda: now["t"].astimezone(UTC)
    cases = ctx.service(CaseService)
    case = cases.create(Channel.WEB_FORM, "网站表单：发票抬头", category=desk["service"].id)
    # 8 h on Friday, then Saturday 10 October is a make-up working day (调休): due 10:00 that Saturday
    assert clock(case, ClockKind.FIRST_RESPONSE).due == at(2026, 10, 10, 10, 0)
    now["t"] = at(2026, 10, 9, 14, 0)
    case = cases.wait_for_them(case.id, "请补充发票号码")
    assert clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.PAUSED
    assert cases.list(open_only=True)[0].next_due_at is None  # nothing runs while they are asked
    now["t"] = at(2026, 10, 12, 9, 0)  # Monday: they answer
    case = cases.add_message_in(
        case.id, "发票号码是 12345", from_address="a@example.org", message_id="<m1@x>"
    )
    assert case.status is CaseStatus.IN_PROGRESS
    # 4 h were used before the pause (10:00-14:00), 5 h left from Monday 09:00
    assert clock(case, ClockKind.FIRST_RESPONSE).due == at(2026, 10, 12, 14, 0)


def test_a_call_answered_on_the_spot_is_resolved_on_first_contact(ctx, people, desk, as_person):
    as_person(people["officer"])
    ctx.clock = lambda: at(2026, 12, 3, 10, 30).astimezone(UTC)
    cases = ctx.service(CaseService)
    case = cases.create(
        Channel.HOTLINE,
        "询问营业时间",
        category=desk["service"].id,
        customer=("", "+86 139 1234 5678", ""),
        call=(at(2026, 12, 3, 10, 20), at(2026, 12, 3, 10, 26)),
    )
    assert case.first_response_at == at(2026, 12, 3, 10, 20)
    assert clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.MET
    [call] = [e for e in case.entries if e.kind == "call"]
    assert call.handling_time == timedelta(minutes=6)
    case = cases.resolve(case.id, "已告知营业时间", first_contact_resolution=True, csat=5)
    assert case.status is CaseStatus.RESOLVED and case.first_contact_resolution and case.csat == 5
    assert all(c.state.stopped is not None for c in case.clocks)
    assert cases.list(open_only=True) == []
    with pytest.raises(ValidationError, match="1 to 5"):
        cases.resolve(case.id, csat=6)
    # the same caller again: the same customer record
    again = cases.create(Channel.HOTLINE, "再次来电", customer=("王女士", "13912345678", ""))
    assert again.customer_id == case.customer_id and again.raised_by == "王女士"
    # reopening continues the resolution clock and starts a next update
    case = cases.reopen(case.id, "客户又来电")
    assert case.status is CaseStatus.IN_PROGRESS and case.resolved_at is None
    assert clock(case, ClockKind.RESOLUTION).state.stopped is None


def test_status_changes_follow_the_workflow_and_stale_saves_are_refused(ctx, people, desk, as_person):
    as_person(people["officer"])
    ctx.clock = lambda: at(2026, 12, 3, 10, 0).astimezone(UTC)
    cases = ctx.service(CaseService)
    case = cases.create(Channel.WALK_IN, "来访：咨询合作", category=desk["service"].id)
    with pytest.raises(ValidationError, match="cannot go from"):
        cases.close(case.id)
    acknowledged = cases.acknowledge(case.id, expected_version=case.version)
    assert acknowledged.acknowledged_at is not None
    with pytest.raises(ConflictError):
        cases.set_status(case.id, CaseStatus.IN_PROGRESS, expected_version=case.version)
    assert [h.to_status for h in cases.get(case.id).history] == [CaseStatus.NEW, CaseStatus.ACKNOWLEDGED]
    routed = cases.assign(case.id, priority=Priority.URGENT, owner_id=people["officer2"].id)
    assert routed.owner == people["officer2"].name
    # urgent: one working hour for the first response
    assert clock(routed, ClockKind.FIRST_RESPONSE).due == at(2026, 12, 3, 11, 0)


def test_complaint_grades_decide_who_resolves(ctx, people, desk, as_person):
    as_person(people["officer"])
    ctx.clock = lambda: at(2026, 12, 3, 10, 0).astimezone(UTC)
    cases = ctx.service(CaseService)
    case = cases.create(Channel.MAILBOX, "投诉：多次扣费", category=desk["complaint"].id)
    assert case.complaint
    with pytest.raises(ValidationError, match="Grade the complaint"):
        cases.resolve(case.id, "已退款")
    case = cases.set_grade(case.id, 2)
    assert case.complaint_grade == 2 and case.grade_decided_by == people["officer"].name
    with pytest.raises(PermissionDenied, match="reviewer"):
        cases.resolve(case.id, "已退款")
    with pytest.raises(PermissionDenied):
        cases.set_grade(case.id, 1)  # lowering needs the grade's authority
    as_person(people["reviewer"])
    assert cases.resolve(case.id, "已退款并致歉").status is CaseStatus.RESOLVED
    other = cases.create(Channel.MAILBOX, "投诉：安全隐患", category=desk["complaint"].id)
    cases.set_grade(other.id, 3)
    with pytest.raises(PermissionDenied, match="manager"):
        cases.resolve(other.id, "已处理")
    as_person(people["admin"])
    ctx.service(CaseAdminService).set_manager(people["officer"].id, people["reviewer"].id)
    as_person(people["reviewer"])  # now a manager in the settings
    assert cases.resolve(other.id, "已处理").status is CaseStatus.RESOLVED
    grades = [e for e in ctx.service(AuditService).history("cases", case.id) if e.action == "grade"]
    assert grades


def test_roles(ctx, people, desk, as_person):
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        ctx.service(CaseAdminService).save_category("x", "某", "X")
    with pytest.raises(PermissionDenied):
        ctx.service(CaseAdminService).set_manager(people["officer"].id, people["admin"].id)
    as_person(
        replace(
            people["admin"], roles=frozenset(r for r in people["admin"].roles if r.value == "administrator")
        )
    )
    with pytest.raises(PermissionDenied, match="work on cases"):
        ctx.service(CaseService).create(Channel.HOTLINE, "x")


def test_an_overdue_clock_is_escalated_to_the_owners_manager_once(
    ctx, people, desk, as_person, smtp_server, tmp_path
):
    from tests.support.outbox import configure

    now = {"t": at(2026, 12, 3, 10, 0)}
    ctx.clock = lambda: now["t"].astimezone(UTC)
    outbox = configure(ctx, smtp_server, tmp_path)
    ctx.service(CaseAdminService).set_manager(people["officer"].id, people["admin"].id)
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    case = cases.create(
        Channel.MAILBOX, "投诉：客服态度", category=desk["service"].id, priority=Priority.HIGH
    )
    assert cases.escalate_overdue() == []
    now["t"] = at(2026, 12, 3, 14, 30)  # 4 working hours later: the first response ran out at 14:00
    assert [c.reference for c in cases.overdue()] == [case.reference]
    [escalation] = cases.escalate_overdue()
    assert escalation.clock is ClockKind.FIRST_RESPONSE and escalation.manager == people["admin"].name
    assert escalation.due == at(2026, 12, 3, 14, 0)
    assert cases.escalate_overdue() == []  # once per clock
    [queued] = escalation.outbox_ids
    item = outbox.get(queued)
    assert case.reference in item.subject and "chen@example.org" in item.recipients
    events = [e for e in ctx.service(AuditService).history("cases", case.id) if e.action == "escalate"]
    assert len(events) == 1 and people["admin"].name in (events[0].note or "")
    shown = cases.get(case.id)
    assert clock(shown, ClockKind.FIRST_RESPONSE).escalated_at is not None
    assert clock(shown, ClockKind.FIRST_RESPONSE).phase is ClockPhase.BREACHED


def test_a_reply_goes_through_the_outbox_with_the_reference(
    ctx, people, desk, as_person, smtp_server, tmp_path
):
    from commdesk.services.mail.outbox import parse_message

    ctx.clock = lambda: at(2026, 12, 3, 10, 0).astimezone(UTC)
    outbox = configure_outbox(ctx, smtp_server, tmp_path)
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    case = cases.create(Channel.MAILBOX, "咨询：发票", category=desk["service"].id)
    case = cases.add_message_in(
        case.id,
        "请问发票何时寄出？",
        from_address="zhao@example.org",
        message_id="<q1@example.org>",
        subject="发票",
    )
    case, [queued] = cases.reply(case.id, "您好，发票已于今日寄出。", subject="回复：发票")
    msg = parse_message(outbox.message(queued).as_bytes())
    assert "[CD-2026-000001]" in str(msg["Subject"]) and msg["In-Reply-To"] == "<q1@example.org>"
    assert case.first_response_at is not None and case.status is CaseStatus.IN_PROGRESS
    assert clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.MET
    assert clock(case, ClockKind.NEXT_UPDATE).phase is ClockPhase.RUNNING
    assert cases.case_for_message("Re: [CD-2026-000001] 回复：发票", []) == case.id
    assert cases.case_for_message("Re: 发票", ["<nothing@x>", "<q1@example.org>"]) == case.id


def configure_outbox(ctx, smtp_server, tmp_path):
    from tests.support.outbox import configure

    return configure(ctx, smtp_server, tmp_path)


def test_a_media_inquiry_stays_in_the_contacts_history(ctx, people, desk, as_person):
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.services.contacts.service import ContactService

    ctx.clock = lambda: at(2026, 12, 3, 10, 0).astimezone(UTC)
    journalist = ctx.service(ContactService).create(
        ContactRecord(
            full_name="张记者", outlet="新华社", emails=[Email("work", "zhang@xinhua.example", True)]
        )
    )
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    with pytest.raises(ValidationError, match="journalist"):
        cases.create(Channel.MEDIA_INQUIRY, "采访请求")
    case = cases.create(Channel.MEDIA_INQUIRY, "采访请求：新品发布", contact_id=journalist.id)
    assert case.priority is Priority.HIGH and case.raised_by == "张记者"
    [entry] = ctx.service(ContactService).history(journalist.id)
    assert entry.kind == "inquiry" and entry.answered_at is None
    assert entry.deadline == clock(case, ClockKind.FIRST_RESPONSE).due == at(2026, 12, 3, 14, 0)
    cases.log_call(case.id, at(2026, 12, 3, 11, 0), at(2026, 12, 3, 11, 10), "已电话回复")
    [entry] = ctx.service(ContactService).history(journalist.id)
    assert entry.answered_at == at(2026, 12, 3, 11, 0)


def test_the_mailbox_cursor(ctx, people, as_person):
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    assert cases.mailbox_cursor("imap://feedback@example.org/INBOX") is None
    cases.save_mailbox_cursor("imap://feedback@example.org/INBOX", 1700000000, 42)
    cases.save_mailbox_cursor("imap://feedback@example.org/INBOX", 1700000000, 57)
    assert cases.mailbox_cursor("imap://feedback@example.org/INBOX") == (1700000000, 57)


def test_the_list_pages_through_due_and_done_cases_in_one_order(ctx, people, desk, as_person):
    as_person(people["officer"])
    ctx.clock = lambda: at(2026, 12, 4, 10, 0).astimezone(UTC)
    cases = ctx.service(CaseService)
    made = [
        cases.create(Channel.HOTLINE, f"来电 {n}", received_at=at(2026, 12, 1 + n % 3, 9 + n, 0))
        for n in range(7)
    ]
    for case in made[::2]:
        cases.resolve(case.id, "已解答")
    whole = cases.list(limit=None)
    assert [c.status for c in whole[:3]] == [CaseStatus.NEW] * 3  # the ones with a due time first
    dues = [c.next_due_at for c in whole if c.next_due_at]
    assert dues == sorted(dues) and len(dues) == 3
    done = [c.received_at for c in whole if not c.next_due_at]
    assert done == sorted(done, reverse=True)
    pages = [c.id for offset in range(0, 8, 2) for c in cases.list(limit=2, offset=offset)]
    assert pages == [c.id for c in whole]
    assert cases.count() == 7 and cases.count(open_only=True) == 3
    assert [c.id for c in cases.list(CaseStatus.RESOLVED, limit=2, offset=2)] == [
        c.id for c in whole if c.status is CaseStatus.RESOLVED
    ][2:4]


def test_unknown_codes_are_refused_in_words(ctx, people, as_person):
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    with pytest.raises(ValidationError, match="hotline, mailbox"):
        cases.create("fax", "传真来件")
    with pytest.raises(ValidationError, match="urgent"):
        cases.create(Channel.LETTER, "来信", priority="asap")


def test_an_inquiry_answered_from_the_contacts_history_is_not_escalated(ctx, people, desk, as_person):
    from commdesk.core.contacts.records import ContactRecord, Email
    from commdesk.services.contacts.service import ContactService

    now = {"t": at(2026, 12, 3, 10, 0)}
    ctx.clock = lambda: now["t"].astimezone(UTC)
    journalist = ctx.service(ContactService).create(
        ContactRecord(full_name="刘记者", outlet="财新", emails=[Email("work", "liu@caixin.example", True)])
    )
    ctx.service(CaseAdminService).set_manager(people["officer"].id, people["admin"].id)
    as_person(people["officer"])
    cases = ctx.service(CaseService)
    case = cases.create(Channel.MEDIA_INQUIRY, "询问季度数据", contact_id=journalist.id)
    [entry] = ctx.service(ContactService).history(journalist.id)
    ctx.service(ContactService).answer_inquiry(entry.id, at(2026, 12, 3, 11, 0))  # the contacts pane's button
    now["t"] = at(2026, 12, 3, 16, 0)  # past the 4 working hours
    assert cases.escalate_overdue() == []
    case = cases.get(case.id)
    assert case.first_response_at == at(2026, 12, 3, 11, 0)
    assert clock(case, ClockKind.FIRST_RESPONSE).phase is ClockPhase.MET

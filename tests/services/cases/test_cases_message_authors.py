"""Whose words a message from them is: an incoming message is by its sender (name and address, or
the case's customer), never by the staff member who took it in; that one stays in the audit log."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.services.audit import AuditService
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def cases(ctx, people, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.service(CaseAdminService).save_category("service", "服务", "Service")
    as_person(people["officer"])
    ctx.clock = lambda: datetime(2026, 12, 6, 10, 0, tzinfo=SHANGHAI).astimezone(UTC)
    return ctx.service(CaseService)


def test_a_message_in_is_by_its_sender_not_by_who_took_it_in(ctx, people, cases, as_person):
    officer = people["officer"].name
    case = cases.create(Channel.MAILBOX, "订单问题", customer=("王小姐", "", "wang.xj@example.org"))
    case = cases.add_message_in(case.id, "你好，我上周订的货还没到。", from_address="wang.xj@example.org")
    case = cases.add_message_in(
        case.id, "补充一下订单号。", from_address="w@example.net", from_name="Wang Xiaojie"
    )
    case = cases.add_message_in(case.id, "一封手写信的内容")
    case = cases.add_note(case.id, "已查询物流")
    by_kind = [(e.kind, e.author) for e in case.entries]
    assert by_kind == [
        ("message_in", "王小姐 <wang.xj@example.org>"),
        ("message_in", "Wang Xiaojie <w@example.net>"),
        ("message_in", "王小姐"),
        ("note", officer),
    ]
    assert all(officer not in e.author for e in case.entries if e.kind == "message_in")
    # who took them in is still on record: the actor of each entry's audit record
    as_person(people["admin"])
    actors = {e.actor for e in ctx.service(AuditService).entries() if e.entity == "case_entries"}
    assert officer in actors


def test_an_anonymous_message_is_said_to_have_no_known_sender(cases):
    case = cases.create(Channel.LETTER, "匿名来信")
    case = cases.add_message_in(case.id, "没有署名的信")
    [entry] = [e for e in case.entries if e.kind == "message_in"]
    assert entry.author == "(sender not known)"

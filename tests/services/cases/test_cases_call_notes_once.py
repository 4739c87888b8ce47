"""A call's notes are said once in the conversation: as the call's own entry, not again as an
internal note beside it. A case logged without a call keeps its note as an internal note."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 6, 10, 0, tzinfo=SHANGHAI)


@pytest.fixture
def cases(ctx, people, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    as_person(people["officer"])
    ctx.clock = lambda: NOW.astimezone(UTC)
    return ctx.service(CaseService)


def test_the_notes_of_a_call_are_its_entry_only(cases):
    start = NOW - timedelta(minutes=3)
    case = cases.create(
        Channel.HOTLINE,
        "询问营业时间",
        customer=("", "13912345678", ""),
        call=(start, start + timedelta(seconds=4)),
        note="已告知营业时间：工作日 9:00-18:00",
        received_at=start,
    )
    assert [(e.kind, e.body) for e in case.entries] == [("call", "已告知营业时间：工作日 9:00-18:00")]
    assert cases.get(case.id).entries == case.entries


def test_a_case_without_a_call_keeps_its_note(cases):
    case = cases.create(Channel.WALK_IN, "来访", note="来访者留下了联系方式")
    assert [(e.kind, e.body) for e in case.entries] == [("note", "来访者留下了联系方式")]

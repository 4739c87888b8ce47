"""Saving minutes returns the draft as it is stored: the same as reading it afterwards, through
points and decisions added, changed and removed, actions added, kept, dropped and worked on,
attendance, and the series' reviews carried to the next meeting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.meetings.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Decision,
    Meeting,
    MeetingKind,
    Participant,
    Point,
)
from commdesk.core.meetings.schedule import Frequency
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))


def test_the_saved_draft_is_the_stored_one(ctx, people):
    ctx.clock = lambda: NOW.astimezone(UTC)
    svc = ctx.service(MeetingService)
    first = Meeting(
        kind=MeetingKind.CONFERENCE,
        topic="周例会",
        purpose="每周进展",
        start=NOW - timedelta(days=7),
        duration=60,
        participants=[
            Participant("李明 Li Ming", "li@example.org", person_id=people["officer"].id),
            Participant("王芳 Wang Fang", "wang@example.org"),
        ],
        agenda=[AgendaItem("进展", "李明", 30), AgendaItem("发布", "王芳", 20)],
    )
    series = svc.create_series(first, Frequency.WEEKLY, count=3)
    minutes = ctx.service(MeetingMinutesService)
    meeting_id = series.meeting_ids[0]

    draft = minutes.draft(meeting_id)
    draft.points = [Point("进展顺利", 0), Point("发布推迟", 1)]
    draft.decisions = [Decision("周五发布", 1)]
    draft.actions = [
        ActionItem("联系记者", "李明"),
        ActionItem("订会议室", "王芳"),
        ActionItem("写问答", "李明"),
    ]
    draft.attendance = {0: True, 1: False}
    draft.notes = "第一次"
    saved = minutes.save(draft)
    assert saved == minutes.draft(meeting_id)
    assert [a.description for a in saved.actions] == ["联系记者", "订会议室", "写问答"]

    # again: one point fewer, a decision changed, an action dropped, one worked on, one added
    saved.points = saved.points[:1]
    saved.decisions = [Decision("周四发布", 1), Decision("问答已批", 0)]
    worked = replace(saved.actions[0], status=ActionStatus.DONE)
    saved.actions = [worked, saved.actions[2], ActionItem("通知发言人", "王芳")]
    saved.attendance = {0: True, 1: True}
    again = minutes.save(saved)
    assert again == minutes.draft(meeting_id)
    assert [p.text for p in again.points] == ["进展顺利"]
    assert [a.description for a in again.actions] == ["联系记者", "写问答", "通知发言人"]

    # the next meeting of the series reviews the open ones: its saved draft shows those reviews
    nxt = minutes.draft(series.meeting_ids[1])
    assert {r.description for r in nxt.reviews} == {"写问答", "通知发言人"}
    nxt.notes = "第二次"
    nxt.reviews = [
        replace(r, outcome="已写好", status=ActionStatus.DONE) if r.description == "写问答" else r
        for r in nxt.reviews
    ]
    reviewed = minutes.save(nxt)
    assert reviewed == minutes.draft(series.meeting_ids[1])
    assert {(r.description, r.outcome, r.status) for r in reviewed.reviews} == {
        ("写问答", "已写好", ActionStatus.DONE),
        ("通知发言人", "", ActionStatus.OPEN),
    }

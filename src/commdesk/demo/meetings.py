"""Demo meetings: past ones with minutes and action items (some overdue), future ones, a weekly series.

The minutes go out when a real note-taker would send them, and the actions done were closed when
their owners closed them (the clock moved back to that moment, as the cases demo does): most minutes
the same working day (PC-5), one two days late and one not yet; most done actions before their
deadline (PC-7), one a day late; two still open past theirs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.meetings.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    ChecklistItem,
    Decision,
    Meeting,
    MeetingKind,
    Participant,
    Point,
)
from commdesk.core.meetings.schedule import Frequency
from commdesk.demo.foundation import demo_person
from commdesk.services.actions import ActionService
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.people import PeopleService

ORDER = 30
TZ = ZoneInfo("Asia/Shanghai")


def _at(now: datetime, days: int, hour: int, minute: int = 0) -> datetime:
    day = now.astimezone(TZ).date() + timedelta(days=days)
    return datetime.combine(day, time(hour, minute), TZ)


def _people(ctx) -> dict[str, Participant]:
    out = {}
    for p in ctx.service(PeopleService).list():
        out[p.name] = Participant(p.name, p.email, person_id=p.id)
    return out


def _at_moment(ctx, when: datetime | None, now: datetime) -> Callable[[], datetime]:
    """Move the services' clock to ``when`` (never past ``now``); returns the clock to put back."""
    clock = ctx.clock
    if when is not None:
        moment = min(when, now)
        ctx.clock = lambda: moment
    return clock


def _minutes(
    ctx,
    meeting_id: int,
    points,
    decisions,
    actions,
    present,
    state: str = "draft",
    out_at: datetime | None = None,
    now: datetime | None = None,
) -> None:
    """Minutes written and, when circulated, sent at ``out_at`` (PC-5 reads when they went out);
    approved the next morning."""
    clock = _at_moment(ctx, out_at, now or datetime.max.replace(tzinfo=TZ))
    try:
        _write_minutes(ctx, meeting_id, points, decisions, actions, present, state, out_at, now)
    finally:
        ctx.clock = clock


def _write_minutes(ctx, meeting_id, points, decisions, actions, present, state, out_at, now) -> None:
    svc = ctx.service(MeetingMinutesService)
    d = svc.draft(meeting_id)
    d.points = [Point(t, i) for i, t in points]
    d.decisions = [Decision(t, i) for i, t in decisions]
    d.actions = actions
    d.attendance = {
        i: i in present for i in range(len(ctx.service(MeetingService).get(meeting_id).participants))
    }
    # The note-taker writes and circulates the minutes; someone else approves them (four eyes).
    organiser = ctx.current
    note_taker = demo_person(ctx, "李明")
    ctx.current = lambda: note_taker
    try:
        svc.save(d)
        if state in ("circulated", "approved"):
            svc.circulate(meeting_id)
    finally:
        ctx.current = organiser
    if state == "approved":
        if out_at is not None and now is not None:
            morning = datetime.combine(out_at.astimezone(TZ).date() + timedelta(days=1), time(9, 30), TZ)
            approved_at = min(morning, now)
            ctx.clock = lambda: approved_at
        svc.approve(meeting_id)


def _close(ctx, description: str, when: datetime, now: datetime) -> None:
    """The owner marks an action item done at ``when``, in the tracker."""
    actions = ctx.service(ActionService)
    (view,) = [v for v in actions.list() if v.action.description == description]
    clock = _at_moment(ctx, when, now)
    try:
        actions.update(replace(view.action, status=ActionStatus.DONE), expected_version=view.version)
    finally:
        ctx.clock = clock


def seed(ctx, rng, now) -> dict[str, int]:
    organiser = demo_person(ctx, "陈静")
    ctx.current = lambda: organiser
    svc = ctx.service(MeetingService)
    people = _people(ctx)
    li, wang, emma, zhao = (people[n] for n in ("李明", "王芳", "Emma Schmidt", "赵磊"))
    reporter = Participant("周记者 (财经日报)", "zhou@caijing.example.com", required=False)
    count = 0

    past = svc.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="第三季度传播复盘会",
            purpose="复盘第三季度媒体报道，确定第四季度重点",
            start=_at(now, -12, 14),
            duration=90,
            room="3楼 301会议室",
            host="陈静",
            note_taker="李明",
            participants=[li, wang, emma, zhao],
            agenda=[
                AgendaItem("报道数据回顾", "李明", 30),
                AgendaItem("问题与改进", "王芳", 40),
                AgendaItem("第四季度重点", "陈静", 20),
            ],
            materials=["季度报道汇总", "笔记本电脑"],
            equipment=[
                ChecklistItem("投影仪", True),
                ChecklistItem("白板", True),
                ChecklistItem("白板笔", True),
            ],
        )
    )
    _minutes(
        ctx,
        past.id,
        [(0, "第三季度共获得报道 126 篇，正面占 82%。"), (1, "发布会通知发出过晚，部分媒体未能到场。")],
        [(1, "发布会邀请至少提前 5 个工作日发出。"), (2, "第四季度以新品发布和年度峰会为重点。")],
        [
            ActionItem(
                "整理媒体名单并更新联系方式",
                "李明",
                li.email,
                _at(now, -4, 0).date(),
                owner_person_id=li.person_id,
                agenda_index=1,
            ),
            ActionItem(
                "起草第四季度传播计划",
                "陈静",
                organiser.email,
                _at(now, -2, 0).date(),
                ActionStatus.IN_PROGRESS,
                owner_person_id=organiser.id,
                agenda_index=2,
            ),
            ActionItem(
                "Prepare English press kit",
                "Emma Schmidt",
                emma.email,
                _at(now, -6, 0).date(),
                owner_person_id=emma.person_id,
                agenda_index=2,
            ),
        ],
        {0, 1, 2},
        "approved",
        out_at=_at(now, -12, 17, 10),  # the afternoon of the meeting: on time
        now=now,
    )
    _close(ctx, "Prepare English press kit", _at(now, -7, 16), now)  # a day before its deadline
    count += 1

    call = svc.save(
        Meeting(
            kind=MeetingKind.CONFERENCE,
            topic="Media briefing prep call / 媒体吹风会准备",
            purpose="Agree the key messages",
            start=_at(now, -5, 10),
            duration=45,
            link="https://meet.example.org/j/4711",
            dial_in="+86 21 5555 0199",
            host="Emma Schmidt",
            note_taker="李明",
            participants=[emma, li, wang, reporter],
            agenda=[AgendaItem("Key messages", "Emma Schmidt", 20), AgendaItem("Q&A 准备", "王芳", 20)],
        )
    )
    svc.set_password(call.id, "473921")
    _minutes(
        ctx,
        call.id,
        [(0, "Three key messages agreed."), (1, "预计问题清单已有 12 条。")],
        [(0, "王芳 is the spokesperson for the briefing.")],
        [
            ActionItem(
                "Q&A 文档定稿",
                "王芳",
                wang.email,
                _at(now, -1, 0).date(),
                owner_person_id=wang.person_id,
                agenda_index=1,
            ),
            ActionItem(
                "Send briefing note to 周记者",
                "Emma Schmidt",
                emma.email,
                _at(now, 2, 0).date(),
                owner_person_id=emma.person_id,
                agenda_index=0,
            ),
        ],
        {0, 1, 2},
        "circulated",
        out_at=_at(now, -3, 11),  # two days after the call: late
        now=now,
    )
    _close(ctx, "Q&A 文档定稿", _at(now, -2, 18), now)  # the evening before its deadline
    count += 1

    today = svc.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="展会物料协调会",
            purpose="确认展会物料和分工",
            start=_at(now, -1, 15),
            duration=60,
            room="2楼 小会议室",
            participants=[li, zhao],
            agenda=[AgendaItem("物料清单", "赵磊", 30)],
            materials=["物料清单"],
        )
    )
    _minutes(
        ctx,
        today.id,
        [(0, "展台设计稿已确认。")],
        [],
        [
            ActionItem(
                "下单印刷宣传册", "赵磊", zhao.email, _at(now, 0, 0).date(), owner_person_id=zhao.person_id
            )
        ],
        {0, 1},
    )
    count += 1

    svc.save(
        Meeting(
            kind=MeetingKind.CONFERENCE,
            topic="新品发布媒体沟通会",
            purpose="确认发布会流程与分工",
            start=_at(now, 1, 10),
            duration=60,
            link="https://meet.example.org/j/8848",
            participants=[li, wang, emma],
            agenda=[
                AgendaItem("开场与目标", "陈静", 5),
                AgendaItem("发布流程", "李明", 40),
                AgendaItem("分工", "", 15),
            ],
        )
    )
    svc.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="年度媒体峰会筹备会",
            purpose="确定峰会议程、嘉宾和场地",
            start=_at(now, 6, 14),
            duration=120,
            room="5楼 大会议室",
            host="陈静",
            note_taker="李明",
            participants=[li, wang, emma, zhao],
            agenda=[
                AgendaItem("议程草案", "陈静", 40),
                AgendaItem("嘉宾名单", "王芳", 40),
                AgendaItem("场地与预算", "赵磊", 40),
            ],
            materials=["峰会预算表", "嘉宾候选名单"],
            equipment=[
                ChecklistItem("投影仪"),
                ChecklistItem("白板"),
                ChecklistItem("白板笔"),
                ChecklistItem("座位牌"),
            ],
            preparation=[ChecklistItem("预订会议室", True), ChecklistItem("打印议程")],
        )
    )
    count += 2

    weekly = Meeting(
        kind=MeetingKind.CONFERENCE,
        topic="传播部周例会 Weekly comms stand-up",
        purpose="本周进展与下周计划",
        start=_at(now, -14, 9, 30),
        duration=30,
        link="https://meet.example.org/j/weekly",
        participants=[li, wang, emma],
        host="陈静",
        note_taker="李明",
        agenda=[AgendaItem("本周进展", "", 15), AgendaItem("下周计划", "", 10)],
    )
    series = svc.create_series(weekly, Frequency.WEEKLY, count=8, backlog=["年度计划讨论", "新同事介绍"])
    first, second = series.meeting_ids[:2]
    _minutes(
        ctx,
        first,
        [(0, "官网新闻栏目改版完成。")],
        [(1, "下周起周报改为周四发送。")],
        [
            ActionItem(
                "更新周报模板", "李明", li.email, _at(now, -10, 0).date(), owner_person_id=li.person_id
            ),
            ActionItem(
                "Check translation vendor quotes",
                "Emma Schmidt",
                emma.email,
                _at(now, -3, 0).date(),
                owner_person_id=emma.person_id,
            ),
        ],
        {0, 1, 2},
        "approved",
        out_at=_at(now, -14, 16),
        now=now,
    )
    _close(ctx, "更新周报模板", _at(now, -11, 17), now)  # a day early
    _close(ctx, "Check translation vendor quotes", _at(now, -2, 10), now)  # a day late
    _minutes(
        ctx,
        second,
        [(1, "媒体名单清理进行中。")],
        [],
        [
            ActionItem(
                "准备峰会新闻稿初稿",
                "王芳",
                wang.email,
                _at(now, 5, 0).date(),
                owner_person_id=wang.person_id,
            )
        ],
        {0, 2},
        "circulated",
        out_at=_at(now, -7, 12),  # two hours after the stand-up
        now=now,
    )
    count += len(series.meeting_ids)
    return {"meetings": count}

"""Demo: the staff directory's subscription lists and four announcements in different states of
their review: one sent to its list, one waiting for the reviewer, one important notice in draft, one
approved; the three not sent yet are planned for the coming days and weeks (in the organisation's
zone), so the publishing calendar shows them."""

from __future__ import annotations

from datetime import date, time, timedelta

from commdesk.core import timezones as tz
from commdesk.demo.foundation import demo_person
from commdesk.services.announcements import AnnouncementService
from commdesk.services.staff.service import StaffService

ORDER = 47  # after the mail account (40)

MEMBERS = [
    ("张伟", "zhang.wei@example.org", "品牌传播部"),
    ("刘洋", "liu.yang@example.org", "市场部"),
    ("陈晨", "chen.chen@example.org", "人事部"),
    ("杨帆", "yang.fan@example.org", "财务部"),
    ("黄丽", "huang.li@example.org", "行政部"),
    ("周杰", "zhou.jie@example.org", "研发中心"),
    ("吴静", "wu.jing@example.org", "研发中心"),
    ("Emma Schmidt", "emma.schmidt@example.org", "International"),
]


def _next_weekday(day: date, weekday: int) -> date:
    """The first ``weekday`` (0 = Monday) after ``day``."""
    return day + timedelta(days=(weekday - day.weekday() - 1) % 7 + 1)


def seed(ctx, rng, now) -> dict[str, int]:
    from commdesk.services.settings import SettingsService

    clock = ctx.clock
    admin = demo_person(ctx, "陈静")
    officer = demo_person(ctx, "李明")
    reviewer = demo_person(ctx, "王芳")
    ctx.current = lambda: admin
    staff = ctx.service(StaffService)
    everyone = staff.save_list(
        "全员通知", "All staff", description="全体员工的内部通知", cap_count=3, cap_days=7
    )
    press = staff.save_list("品牌传播周报", "Brand weekly", description="品牌传播部每周动态")
    for name, email, department in MEMBERS:
        m = staff.add_member(name, email, department)
        staff.subscribe(m.id, everyone.id)
        if department in ("品牌传播部", "市场部", "International"):
            staff.subscribe(m.id, press.id)
    staff.unsubscribe(staff.member("wu.jing@example.org").id, everyone.id)
    staff.record_bounce("yang.fan@example.org")

    zone = ctx.service(SettingsService).time_zone()
    today = tz.today_in(zone, lambda: now)
    svc = ctx.service(AnnouncementService)
    ctx.current = lambda: officer
    ctx.clock = lambda: now - timedelta(days=3)
    sent = svc.create(
        "年会安排",
        "各位同事：\n\n今年的年会定于下周五下午三点在总部一楼举行，请准时参加。",
        "normal",
        [everyone.id],
    )
    svc.submit(sent.id)
    ctx.current = lambda: reviewer
    svc.approve(sent.id, note="时间地点已核对")
    ctx.current = lambda: officer
    svc.send(sent.id)
    ctx.clock = lambda: now - timedelta(days=1)
    waiting = svc.create(
        "品牌传播周报第48期",
        "本周要点：\n\n一、新品发布会媒体邀约已完成。\n\n二、官方微博粉丝突破十万。",
        "normal",
        [press.id],
        planned_at=tz.wall_clock(_next_weekday(today, 4), time(17, 0), zone),  # the coming Friday
    )
    svc.submit(waiting.id)
    ctx.clock = clock
    svc.create(
        "办公室搬迁",
        "各位同事：\n\n下周一起品牌传播部搬至科技园3号楼5层办公，请于本周五前整理好个人物品。",
        "important",
        [everyone.id],
        planned_at=tz.wall_clock(today + timedelta(days=1), time(9, 0), zone),
    )
    meeting_day = _next_weekday(today, 2) + timedelta(weeks=3)  # a Wednesday some weeks ahead
    all_hands = svc.create(
        "季度全员大会通知",
        f"各位同事：\n\n本季度全员大会定于{meeting_day.month}月{meeting_day.day}日（周三）下午两点在总部一楼报告厅举行，"
        "请提前十分钟入场。不能出席的同事请向部门负责人说明。",
        "normal",
        [everyone.id],
        planned_at=tz.wall_clock(meeting_day - timedelta(days=7), time(10, 0), zone),  # a week before
    )
    svc.submit(all_hands.id)
    ctx.current = lambda: reviewer
    svc.approve(all_hands.id, note="日期与会场已确认")
    ctx.current = lambda: officer
    return {
        "staff members": len(MEMBERS),
        "subscription lists": 2,
        "announcements": 4,
        "announcements planned": 3,
    }


__all__ = ["ORDER", "seed"]

"""Demo: the staff directory's subscription lists and three announcements in different states of
their review (one sent to its list, one waiting for the reviewer, one important notice in draft)."""

from __future__ import annotations

from datetime import timedelta

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


def seed(ctx, rng, now) -> dict[str, int]:
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
    )
    svc.submit(waiting.id)
    ctx.clock = clock
    svc.create(
        "办公室搬迁",
        "各位同事：\n\n下周一起品牌传播部搬至科技园3号楼5层办公，请于本周五前整理好个人物品。",
        "important",
        [everyone.id],
    )
    return {"staff members": len(MEMBERS), "subscription lists": 2, "announcements": 3}


__all__ = ["ORDER", "seed"]

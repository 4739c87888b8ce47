"""Demo crisis log (SM-5, EV-7): a product-safety drill held two weeks ago — opened by 李明, the
holding statement drafted from the crisis template and approved by 王芳, a media inquiry and a
story linked, notes, most of the checklist ticked, the post-crisis review written — and one issue
still being watched (a thread on social media)."""

from __future__ import annotations

from datetime import time, timedelta

from commdesk.core import timezones as tz
from commdesk.core.cases.workflow import Channel
from commdesk.core.releases.records import Coverage
from commdesk.core.releases.workflow import Action
from commdesk.demo.foundation import demo_person
from commdesk.services.cases.service import CaseService
from commdesk.services.crisis import CrisisService
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService

ORDER = 80  # after the releases (20), the cases desk and its media inquiries (50)


def seed(ctx, rng, now) -> dict[str, int]:
    li, wang = demo_person(ctx, "李明"), demo_person(ctx, "王芳")
    original_clock, original_current = ctx.clock, ctx.current
    zone = ctx.service(SettingsService).time_zone()
    # the drill began at 10:00 in the office, two weeks ago
    start = tz.wall_clock(tz.today_in(zone, lambda: now) - timedelta(days=14), time(10, 0), zone)

    def at(minutes: int, person) -> None:
        ctx.clock = lambda: start + timedelta(minutes=minutes)
        ctx.current = lambda: person

    try:
        at(0, li)
        crises = ctx.service(CrisisService)
        drill = crises.open(
            "智能门锁电池过热传言",
            "product_safety",
            3,
            summary="演练情景：社交媒体流传某批次智能门锁电池过热的视频，多家媒体来电询问。",
            drill=True,
        )
        at(10, li)
        crises.tick(drill.id, "assess")
        crises.tick(drill.id, "team")
        at(25, li)
        statement = crises.statement(drill.id, "zh", "关于智能门锁电池安全的说明")
        releases = ctx.service(ReleaseService)
        at(40, li)
        releases.act(statement.id, Action.SUBMIT, note="演练：请审核待发声明", reviewer_ids=(wang.id,))
        at(65, wang)
        releases.act(statement.id, Action.APPROVE, note="口径准确，可发布")
        at(66, li)
        crises.tick(drill.id, "holding_statement")
        cases = ctx.service(CaseService)
        # journalists of the demo who asked before: two of them call about the rumour
        earlier = [c for c in cases.list(limit=None) if c.channel is Channel.MEDIA_INQUIRY]
        journalists = list(dict.fromkeys(cases.get(c.id).contact_id for c in earlier[:6]))[:2]
        for n, contact_id in enumerate(journalists):
            at(45 + 15 * n, li)
            inquiry = cases.create(
                Channel.MEDIA_INQUIRY,
                "询问门锁电池过热传言是否属实（演练）",
                contact_id=contact_id,
                answered_at=start + timedelta(minutes=70 + 10 * n),
            )
            crises.link(drill.id, "case", inquiry.id)
        at(66, li)
        crises.tick(drill.id, "inquiries")
        at(90, li)
        story = ctx.service(ReleaseCoverageService).add(
            Coverage(
                statement.id,
                "第一财经",
                tz.to_zone(ctx.clock(), zone).date(),
                headline="华信回应门锁电池传言：已启动排查",
            )
        )
        crises.link(drill.id, "coverage", story.id)
        crises.tick(drill.id, "monitor")
        at(120, li)
        crises.note(drill.id, "监测：相关话题转发量较峰值下降六成，负面评论以询问为主。")
        at(150, li)
        crises.tick(drill.id, "regulator")
        crises.tick(drill.id, "answer_calmly")
        at(24 * 60, li)
        crises.tick(drill.id, "review")
        crises.review(
            drill.id,
            "声明从立项到审批用时 40 分钟，符合预期；媒体问询均在截止前答复。"
            "改进：提前准备问答口径；客服热线话术需与声明同步。",
        )
        # an issue still being watched, opened yesterday evening: relative to now, not to the drill's
        # 10:00 (14 days after it was today's 09:00, still ahead when the demo is made before nine)
        ctx.clock = lambda: now - timedelta(hours=20)
        ctx.current = lambda: li
        watch = crises.open(
            "微博话题：快递延误投诉集中",
            "social_media_storm",
            1,
            summary="一条关于售后快递延误的微博转发量上升，持续观察。",
        )
        crises.note(watch.id, "已请客服核实涉及的订单。")
        return {
            "crises": 2,
            "holding statements": 1,
            "crisis media inquiries": len(journalists),
            "crisis stories": 1,
        }
    finally:
        ctx.clock, ctx.current = original_clock, original_current


__all__ = ["ORDER", "seed"]

"""Demo procedure (AP-1..4): the shipped procedure imported as version 1, in force from the first day
of the year (in the office's zone); 李明, 王芳 and Emma Schmidt acknowledged it in its first weeks,
陈静 and 赵磊 have not yet (Home reminds them; the administrators' list shows who has). Last year's
review is recorded with its findings, 165 days ago, so the next one is due in 200 days, as the
organisation's settings say."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from commdesk.core import timezones as tz
from commdesk.demo.foundation import demo_person
from commdesk.services.procedure import ProcedureService
from commdesk.services.settings import SettingsService

ORDER = 5  # right after the people and the organisation (0)

FINDINGS = (
    "年度审视：内部邮件主题基本符合 EM-1；会议纪要仍有约三成未在当天发出（PC-5）；"
    "热线首次解决率未达 85% 的目标（HL-3）。"
)
DECISIONS = "继续执行现行第 1 版；新员工入职一周内完成阅读确认（AP-3）；简化纪要模板，下次审视时再看 PC-5 的执行情况。"
READERS = (("李明", 3), ("王芳", 5), ("Emma Schmidt", 12))  # who acknowledged, days after the start


def seed(ctx, rng, now) -> dict[str, int]:
    zone = tz.org_zone(ctx.service(SettingsService).organisation())
    today = tz.today_in(zone, lambda: now)
    start = today.replace(month=1, day=1)
    svc = ctx.service(ProcedureService)
    admin = demo_person(ctx, "陈静")
    readers = [(demo_person(ctx, name), days) for name, days in READERS]
    original_clock, original_current = ctx.clock, ctx.current
    try:
        ctx.clock = lambda: now
        ctx.current = lambda: admin
        svc.import_shipped(start)
        svc.record_review(today - timedelta(days=165), FINDINGS, DECISIONS)
        for person, days in readers:
            day = min(start + timedelta(days=days), today)
            moment = min(datetime.combine(day, time(10, 30), zone).astimezone(UTC), now)
            ctx.clock = lambda moment=moment: moment
            ctx.current = lambda person=person: person
            svc.acknowledge()
    finally:
        ctx.clock, ctx.current = original_clock, original_current
    return {"procedure versions": 1, "procedure acknowledgements": len(READERS)}

"""Demo cases: categories with routing, managers, the contacts' media inquiries as cases, and 150
hotline calls, feedback mails, web forms, letters and walk-ins over the last six months;
most resolved (some on first contact, with satisfaction), some late, some open and overdue, a few
complaints graded and escalated."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.cases.workflow import Channel, Priority
from commdesk.demo.foundation import demo_person
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import MEDIA_INQUIRY_CATEGORY, CaseService

ORDER = 50
TZ = ZoneInfo("Asia/Shanghai")
CASES = 150  # kept modest: every case adds audit entries the demo's audit PDF (and its tests) carry

# (code, Chinese, English, department, complaint, sub-categories)
CATEGORIES = (
    (
        "product",
        "产品咨询",
        "Product questions",
        "产品部",
        False,
        (("product_use", "使用方法", "How to use"),),
    ),
    (
        "service",
        "服务咨询",
        "Service questions",
        "行政部",
        False,
        (("opening_hours", "营业时间", "Opening hours"),),
    ),
    (
        "complaint",
        "投诉",
        "Complaints",
        "总经理办公室",
        True,
        (("billing_complaint", "收费投诉", "Billing"),),
    ),
    ("suggestion", "建议", "Suggestions", "品牌传播部", False, ()),
)

SUMMARIES = {
    "product": ("询问新品发布时间", "产品说明书下载地址", "Asked where to find the manual", "咨询产品保修期"),
    "service": ("询问营业时间", "预约参观", "Asked for the opening hours on holidays", "发票补开"),
    "complaint": ("投诉：多次扣费", "投诉：客服态度", "Complaint: delivery two weeks late", "投诉：维修未果"),
    "suggestion": ("建议增加周末热线", "建议官网增加英文版", "Suggests an app for appointments"),
}
NAMES = ("赵先生", "钱女士", "孙先生", "李女士", "周先生", "吴女士", "Mr Meyer", "Ms Rossi", "")
CHANNELS = (
    Channel.HOTLINE,
    Channel.HOTLINE,
    Channel.MAILBOX,
    Channel.WEB_FORM,
    Channel.LETTER,
    Channel.WALK_IN,
)


def _working_instant(rng, now: datetime, days_back: int) -> datetime:
    day = now.astimezone(TZ).date() - timedelta(days=days_back)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 10, 25, 40, 55))), TZ)


def seed(ctx, rng, now: datetime) -> dict[str, int]:
    admin = demo_person(ctx, "陈静")
    officers = [demo_person(ctx, "李明"), demo_person(ctx, "Emma Schmidt")]
    reviewer = demo_person(ctx, "王芳")
    clock = {"t": now}
    real_clock = ctx.clock
    ctx.clock = lambda: clock["t"]
    try:
        ctx.current = lambda: admin
        keep = ctx.service(CaseAdminService)
        categories: dict[str, tuple[int, tuple[int, ...]]] = {}
        for code, zh, en, department, complaint, subs in CATEGORIES:
            top = keep.save_category(code, zh, en, department=department, complaint=complaint)
            made = tuple(keep.save_category(c, z, e, parent=top.id).id for c, z, e in subs)
            categories[code] = (top.id, made)
        media = keep.save_category(
            MEDIA_INQUIRY_CATEGORY, "媒体问询", "Media inquiries", department="品牌传播部"
        )
        keep.set_manager(officers[0].id, admin.id)
        keep.set_manager(officers[1].id, reviewer.id)

        cases = ctx.service(CaseService)
        ctx.current = lambda: officers[0]
        adopted = cases.adopt_inquiries()
        # the contacts' media inquiries were logged before the category was kept: filed under it now
        for case in cases.list(limit=None):
            if case.channel is Channel.MEDIA_INQUIRY and not case.category:
                cases.assign(case.id, category=media.id)
        count = breached = 0
        for n in range(CASES):
            officer = officers[n % 2]
            ctx.current = lambda officer=officer: officer
            code = rng.choice(tuple(categories))
            top, subs = categories[code]
            sub = rng.choice(subs) if subs and rng.random() < 0.5 else None
            channel = rng.choice(CHANNELS)
            days_back = rng.randint(0, 180) if n >= 12 else rng.randint(0, 3)
            received = _working_instant(rng, now, days_back)
            if received > now:
                received -= timedelta(days=1)
            name = rng.choice(NAMES)
            phone = f"+86139{rng.randint(10000000, 99999999)}" if channel is Channel.HOTLINE else ""
            email = (
                f"customer{rng.randint(1, 400)}@example.org"
                if channel in (Channel.MAILBOX, Channel.WEB_FORM)
                else ""
            )
            customer = (name, phone, email) if (name or phone or email) else None
            call = None
            if channel is Channel.HOTLINE:
                call = (
                    received,
                    received + timedelta(minutes=rng.randint(2, 14), seconds=rng.randint(0, 59)),
                )
            clock["t"] = (call[1] if call else received) + timedelta(minutes=1)
            case = cases.create(
                channel,
                rng.choice(SUMMARIES[code]),
                category=top,
                subcategory=sub,
                customer=customer,
                priority=rng.choice((Priority.NORMAL, Priority.NORMAL, Priority.HIGH, Priority.LOW)),
                received_at=received,
                call=call,
            )
            count += 1
            if n < 12:  # the last days: still open, some waiting, some overdue
                if n % 4 == 1:
                    clock["t"] = received + timedelta(hours=2)
                    cases.wait_for_them(case.id, "请补充订单号")
                continue
            if channel is Channel.HOTLINE and rng.random() < 0.7:  # settled on the phone
                clock["t"] = call[1] if call else received
                if case.complaint:
                    cases.set_grade(case.id, 1)  # settled at the desk: the officer decides
                cases.resolve(
                    case.id,
                    "电话中已解答",
                    first_contact_resolution=True,
                    csat=rng.choice((5, 5, 5, 4, 4, 3)),
                )
                continue
            # an answer after some working hours (sometimes too late), then the resolution
            clock["t"] = received + timedelta(hours=rng.choice((1, 2, 3, 5, 20, 30, 50)))
            if clock["t"] >= now:
                continue
            if case.complaint:
                cases.set_grade(case.id, rng.choice((1, 1, 2)))
            if rng.random() < 0.3:
                breached += len(cases.escalate_overdue())
            cases.log_message_out(case.id, "您好，已收到您的反馈，我们正在处理。")
            clock["t"] += timedelta(days=rng.randint(1, 9))
            if clock["t"] >= now:
                continue
            if case.complaint:
                ctx.current = lambda: reviewer
            cases.resolve(
                case.id,
                "已处理并告知结果",
                first_contact_resolution=False,
                csat=rng.choice((5, 4, 4, 3, 2, None)),
            )
        clock["t"] = now
        ctx.current = lambda: officers[0]
        breached += len(cases.escalate_overdue())
    finally:
        ctx.clock = real_clock
    return {"cases": count + adopted, "media inquiries as cases": adopted, "escalations": breached}

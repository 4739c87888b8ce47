"""Demo cases: categories with routing, managers, and about three hundred cases over the last six
months in every channel and every status: hotline calls settled on the phone (first-contact
resolution, satisfaction asked) or followed up, feedback mail and web forms acknowledged and
answered (some through the outbox, their answer threaded back into the case), complaints and
questions left under the office's social-media posts (made cases as the publishing calendar's
comments are), letters and walk-ins,
media inquiries of journalists, graded complaints (grades 1-3, each decided by whom it must be),
answers in time and late (breached clocks, escalated to the managers), cases reopened, waiting for
them, closed. The contacts' media inquiries (logged before the category existed) are filed under
the media-inquiry category. The summary counts the cases there are.

Deterministic for a given ``rng`` and ``now``. Each case goes through the cases service as an
officer would work it; mail is taken in as the intake does (``open_in`` with its acknowledgement in
one unit of work). Every step adds audit entries the demo's audit PDF (and its tests) carry, so the
count stays at a few hundred."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.cases.workflow import CaseStatus, Channel, Priority
from commdesk.core.contacts.query import ContactQuery
from commdesk.demo.contacts import GIVEN, SURNAMES
from commdesk.demo.foundation import demo_person
from commdesk.persistence.repositories.mail import OutboxRepository
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
from commdesk.services.cases.service import MEDIA_INQUIRY_CATEGORY, CaseService, MessageIn
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import OutboxService

ORDER = 50
TZ = ZoneInfo("Asia/Shanghai")
CASES = 285  # with the media inquiries: about three hundred
RECENT = 34  # the first cases are of the last days: still open, some overdue
DAYS = 182  # six months
MAIL_DOMAIN = "mail.example.org"

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
WEIGHTS = {"product": 3, "service": 3, "complaint": 2, "suggestion": 1}

SUMMARIES = {
    "product": (
        "询问新品发布时间",
        "产品说明书下载地址",
        "Asked where to find the manual",
        "咨询产品保修期",
        "设备无法开机，询问维修网点",
        "咨询智能工厂方案的报价",
    ),
    "service": (
        "询问营业时间",
        "预约参观",
        "Asked for the opening hours on holidays",
        "发票补开",
        "发票抬头写错，申请重开",
        "退款进度查询",
    ),
    "complaint": (
        "投诉：多次扣费",
        "投诉：客服态度",
        "Complaint: delivery two weeks late",
        "投诉：维修未果",
        "投诉：楼下装修噪音",
        "投诉：退款迟迟未到账",
    ),
    "suggestion": (
        "建议增加周末热线",
        "建议官网增加英文版",
        "Suggests an app for appointments",
        "建议停车场延长开放时间",
    ),
}
MESSAGES = {
    "product": "您好，我上个月购买的设备说明书找不到了，请问在哪里可以下载？型号是 HX-200。",
    "service": "您好，我的发票抬头写错了，应为“上海华信贸易有限公司”，麻烦重新开具，谢谢。",
    "complaint": "你们已经连续两个月多扣了我的费用，客服电话一直打不通，请尽快处理并退款。",
    "suggestion": "建议贵公司在周末也开通热线，工作日白天上班的人很难打进来。",
}
ANSWERS = (
    "您好，已收到您的反馈，我们正在核实，三个工作日内答复您。",
    "您好，问题已转交相关部门处理，处理结果会及时告知您。",
    "Thank you for your message; we are looking into it and will reply within three working days.",
)
FOLLOW_UPS = (
    "谢谢答复。补充一下订单号：HX20260518-0032。",
    "好的，我等你们的消息。另外附上付款截图的文字说明：5 月 18 日扣款 299 元。",
    "Thanks. The order number is HX-2026-0419, in case you need it.",
)
# who comments under the office's posts, and where (the social demo's accounts)
HANDLES = ("@老李的工厂", "@自动化小王", "@上海用户8812", "@华东设备采购", "@Anna_M", "@小陈不加班")
SOCIAL_WHERE = (
    "微博 · 华信科技 (@华信科技) 上的评论",
    "微信公众号 · 华信科技服务号 上的消息",
    "LinkedIn · Huaxin Technology 上的评论",
)
LATIN = ("Anna Meyer", "Luca Rossi", "Tom Baker", "Sofia Garcia", "Jan Novak", "Emily Clark")
CHANNELS = (
    (Channel.HOTLINE, 36),
    (Channel.MAILBOX, 22),
    (Channel.WEB_FORM, 14),
    (Channel.SOCIAL_MEDIA, 6),
    (Channel.LETTER, 8),
    (Channel.WALK_IN, 12),
    (Channel.MEDIA_INQUIRY, 8),
)


@dataclass
class _Desk:
    """What the seeder works with: the services, the people, the clock it moves."""

    ctx: object
    cases: CaseService
    officers: list
    reviewer: object
    manager: object
    clock: dict
    now: datetime
    categories: dict
    media_category: int
    contacts: list
    customers: list
    escalations: int = 0
    grades: dict = field(default_factory=dict)  # case id: the complaint grade given

    def at(self, when: datetime) -> None:
        self.clock["t"] = min(when, self.now)

    def acting(self, person) -> None:
        self.ctx.current = lambda: person  # type: ignore[attr-defined]


def _working_instant(rng, now: datetime, days_back: int) -> datetime:
    day = now.astimezone(TZ).date() - timedelta(days=days_back)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    instant = datetime.combine(day, time(rng.randint(9, 16), rng.choice((0, 10, 25, 40, 55))), TZ)
    return instant if instant <= now else instant - timedelta(days=1)


def _weighted(rng, pairs):
    values, weights = zip(*pairs, strict=True)
    return rng.choices(values, weights)[0]


def _customers(rng, n: int = 90) -> list[tuple[str, str, str]]:
    """People who raise cases, each with a name, a mobile number and an address of their own (so a
    repeated name never leaves the service asking which record is meant)."""
    out = []
    for k in range(n):
        if k % 15 == 7:
            name = LATIN[(k // 15) % len(LATIN)]
        else:
            name = rng.choice(SURNAMES) + rng.choice(("先生", "女士", rng.choice(GIVEN) + rng.choice(GIVEN)))
        out.append((name, f"+86139{10_000_000 + k * 104_729:08d}", f"customer{k + 1}@example.org"))
    return out


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
        cases.adopt_inquiries()  # inquiries only in a contact's history (none in a new demo)
        # the contacts' media inquiries were logged before the category was kept: filed under it now
        for case in cases.list(limit=None):
            if case.channel is Channel.MEDIA_INQUIRY and not case.category:
                cases.assign(case.id, category=media.id)
        contacts = [c.id for c in ctx.service(ContactService).search(ContactQuery(), limit=60)]
        desk = _Desk(
            ctx, cases, officers, reviewer, admin, clock, now, categories, media.id, contacts, _customers(rng)
        )
        for n in range(CASES):
            _one_case(desk, rng, n)
        desk.at(now)
        desk.acting(officers[0])
        desk.escalations += len(cases.escalate_overdue())
    finally:
        ctx.clock = real_clock
    desk_view = ctx.service(CaseDeskService)
    return {
        "cases": desk_view.count(CaseFilter()),
        "media inquiries as cases": desk_view.count(CaseFilter(channel=Channel.MEDIA_INQUIRY)),
        "escalations": desk.escalations,
    }


@dataclass(frozen=True)
class _Logged:
    """What the seeder keeps of a case it logged."""

    id: int
    channel: Channel
    complaint: bool
    interaction_id: int | None = None


def _one_case(desk: _Desk, rng, n: int) -> None:
    """Case ``n``: the first ``RECENT`` came in over the last days and are still being worked;
    the others, over six months, were answered (in time or late) and resolved, the older ones
    mostly closed."""
    officer = desk.officers[n % 2]
    desk.acting(officer)
    channel = _weighted(rng, CHANNELS)
    code = _weighted(rng, tuple(WEIGHTS.items())) if channel is not Channel.MEDIA_INQUIRY else ""
    recent = n < RECENT
    days_back = rng.randint(0, 4) if recent else rng.randint(5, DAYS)
    received = _working_instant(rng, desk.now, days_back)
    if recent:
        _recent(desk, rng, n, _open(desk, rng, n, channel, code, received), received)
        return
    on_phone = channel is Channel.HOTLINE and rng.random() < 0.7
    delay = timedelta(hours=rng.choice((1, 2, 3, 5, 20, 30, 50)))
    late = delay >= timedelta(hours=20) and rng.random() < 0.4  # escalated before the answer
    # the answer: written in the conversation (mail, some others, the late ones), or only noted
    # as the case's first response when it was logged afterwards
    written = channel in (Channel.MAILBOX, Channel.WEB_FORM) or late or n % 4 == 0
    answered = None if on_phone or written else received + delay
    case = _open(desk, rng, n, channel, code, received, answered_at=answered)
    if on_phone:
        end = received + timedelta(minutes=15)
        desk.at(end)
        _resolve(
            desk, rng, case, "电话中已解答", fcr=True, csat=rng.choice((5, 5, 5, 4, 4, 3, None)), grade=1
        )
        _maybe_close(desk, rng, case, end)
        return
    _worked(desk, rng, n, case, received + delay, written=written, late=late)


def _open(
    desk: _Desk,
    rng,
    n: int,
    channel: Channel,
    code: str,
    received: datetime,
    *,
    answered_at: datetime | None = None,
) -> _Logged:
    """Log the case as it came in: a call with its length, mail through the intake's path (with
    its acknowledgement), a media inquiry on the journalist's contact, a letter or a visit
    (``answered_at``: logged afterwards, when it had been answered already)."""
    cases = desk.cases
    if channel is Channel.MEDIA_INQUIRY:
        desk.at((answered_at or received) + timedelta(minutes=5))
        case = cases.create(
            channel,
            rng.choice(
                ("采访请求：新品发布会", "请求提供年度报告数据", "Interview request on the smart factory")
            ),
            contact_id=desk.contacts[n % len(desk.contacts)],
            category=desk.media_category,
            received_at=received,
            answered_at=answered_at,
        )
        return _Logged(case.id, channel, case.complaint, case.interaction_id)
    top, subs = desk.categories[code]
    sub = rng.choice(subs) if subs and rng.random() < 0.4 else None
    summary = rng.choice(SUMMARIES[code])
    name, phone, email = rng.choice(desk.customers)
    priority = _weighted(
        rng, ((Priority.NORMAL, 70), (Priority.HIGH, 18), (Priority.LOW, 8), (Priority.URGENT, 4))
    )
    complaint = code == "complaint"
    if channel in (Channel.MAILBOX, Channel.WEB_FORM, Channel.SOCIAL_MEDIA):
        social = channel is Channel.SOCIAL_MEDIA  # as SocialMessageService.make_case logs a comment
        if social:
            name, email = rng.choice(HANDLES), ""
            message = MessageIn(
                body=MESSAGES[code], from_name=name, subject=rng.choice(SOCIAL_WHERE), at=received
            )
        else:
            message = MessageIn(
                body=MESSAGES[code],
                message_id=f"<demo-{n}-1@{MAIL_DOMAIN}>",
                from_address=email,
                from_name=name,
                subject=summary,
                at=received,
            )
        desk.at(received + timedelta(minutes=20 if social else 1))
        with desk.ctx.unit_of_work() as uow:  # type: ignore[attr-defined]
            opened = cases.open_in(
                uow,
                channel,
                summary,
                category=top,
                customer=(name, "", email),
                received_at=received,
                message=message,
            )
            if not social and (n % 7 != 3 or n >= RECENT):  # a few of the last days' wait for it
                cases.acknowledged_in(uow, opened.id, "自动确认回执已发出")
        return _Logged(opened.id, channel, complaint)
    anonymous = channel is Channel.HOTLINE and n % 13 == 5
    call = None
    if channel is Channel.HOTLINE:
        call = (received, received + timedelta(minutes=rng.randint(2, 14), seconds=rng.randint(0, 59)))
    desk.at((answered_at or (call[1] if call else received)) + timedelta(minutes=1))
    case = cases.create(
        channel,
        summary,
        category=top,
        subcategory=sub,
        customer=None if anonymous else (name, phone, email),
        priority=priority,
        received_at=received,
        call=call,
        answered_at=answered_at,
    )
    return _Logged(case.id, channel, case.complaint)


def _recent(desk: _Desk, rng, n: int, case: _Logged, received: datetime) -> None:
    """The last days: new, acknowledged, answered and in progress, waiting for them, or already
    resolved; whatever is still open runs its clocks (some out today)."""
    cases = desk.cases
    step = n % 6
    if step == 0 or case.channel is Channel.MEDIA_INQUIRY:
        return  # as it came in
    later = received + timedelta(hours=rng.choice((1, 2, 3)))
    if later >= desk.now:
        return
    desk.at(later)
    if step == 1 and case.channel not in (Channel.MAILBOX, Channel.WEB_FORM):  # mail: acknowledged
        cases.acknowledge(case.id)
    elif step == 2:
        cases.log_message_out(case.id, rng.choice(ANSWERS))
        _in_progress(desk, case.id)
    elif step == 3:
        cases.wait_for_them(case.id, "请补充订单号")
    elif step == 4:
        _resolve(
            desk,
            rng,
            case,
            "已答复并处理",
            fcr=case.channel is Channel.HOTLINE,
            csat=rng.choice((5, 4, None)),
        )


def _worked(
    desk: _Desk, rng, n: int, case: _Logged, answer_at: datetime, *, written: bool, late: bool
) -> None:
    """An older case answered at ``answer_at`` (``written``: the answer is in the conversation;
    ``late``: its clock ran out first and was escalated), perhaps by mail threaded both ways, then
    resolved; most older ones are closed a week later, a few reopened and resolved again; some stay
    in progress, overdue."""
    cases = desk.cases
    if answer_at >= desk.now:
        return
    if written:
        desk.at(answer_at)
        if late:
            desk.escalations += len(cases.escalate_overdue())
        if case.channel is Channel.MAILBOX and n % 5 == 0:
            _answer_by_mail(desk, rng, n, case)
        elif case.channel is Channel.MEDIA_INQUIRY and case.interaction_id is not None:
            cases.answer_inquiry(case.interaction_id, answer_at)
        else:
            cases.log_message_out(case.id, rng.choice(ANSWERS))
    if n % 23 == 11:  # still in progress: its resolution clock runs out (escalated at the end)
        desk.at(max(answer_at, desk.clock["t"]) + timedelta(minutes=30))
        _in_progress(desk, case.id)
        return
    done = answer_at + timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
    if done >= desk.now:
        return
    desk.at(done)
    _resolve(desk, rng, case, "已处理并告知结果", fcr=False, csat=rng.choice((5, 4, 4, 3, 2, None)))
    if n % 29 == 13:  # they were not satisfied after all: reopened, settled again
        again = done + timedelta(days=2)
        if again < desk.now:
            desk.at(again)
            cases.reopen(case.id, "客户来电表示问题仍未解决")
            desk.at(again + timedelta(hours=4))
            _resolve(desk, rng, case, "再次处理，客户确认已解决", fcr=False, csat=4)
            done = again
    _maybe_close(desk, rng, case, done)


def _in_progress(desk: _Desk, case_id: int) -> None:
    """Work on the case goes on (unless it moved on already)."""
    if desk.cases.get(case_id).status in (CaseStatus.NEW, CaseStatus.ACKNOWLEDGED):
        desk.cases.set_status(case_id, CaseStatus.IN_PROGRESS)


def _answer_by_mail(desk: _Desk, rng, n: int, case: _Logged) -> None:
    """An answer through the outbox (the reference in its subject, threaded to their message),
    sent; their reply comes back to the case by its headers, as the intake threads it."""
    cases = desk.cases
    answered, ids = cases.reply(case.id, rng.choice(ANSWERS))
    sent_at = desk.clock["t"] + timedelta(minutes=2)
    with desk.ctx.unit_of_work() as uow:  # type: ignore[attr-defined]
        outbox = OutboxRepository(uow.session)
        for i in ids:
            outbox.transition(i, ("queued",), status="sent", attempts=1, sending_at=sent_at, sent_at=sent_at)
    ours = desk.ctx.service(OutboxService).get(ids[0])  # type: ignore[attr-defined]
    back = desk.clock["t"] + timedelta(hours=rng.randint(2, 20))
    if back >= desk.now:
        return
    desk.at(back)
    first = f"<demo-{n}-1@{MAIL_DOMAIN}>"
    subject = "Re: " + ours.subject
    found = cases.case_for_message(subject, [ours.message_id, first])
    if found != case.id:  # threading is what the demo shows here
        raise RuntimeError(f"the demo's answer to {ours.subject} threads to case {found}, not {case.id}")
    cases.add_message_in(
        found,
        rng.choice(FOLLOW_UPS),
        message_id=f"<demo-{n}-2@{MAIL_DOMAIN}>",
        in_reply_to=ours.message_id,
        references=[first, ours.message_id],
        from_address=answered.reply_to,
        subject=subject,
        received_at=back,
    )


def _resolve(
    desk: _Desk, rng, case, outcome: str, *, fcr: bool, csat: int | None, grade: int | None = None
) -> None:
    """Resolve ``case``; a complaint is graded first (once) and resolved by someone who may decide
    its grade (grade 1 the officer, 2 a reviewer, 3 the officer's manager)."""
    cases = desk.cases
    officer = desk.officers[case.id % 2]
    if case.complaint:
        if case.id not in desk.grades:
            desk.grades[case.id] = grade or rng.choice((1, 1, 2, 2, 3))
            cases.set_grade(case.id, desk.grades[case.id])
        desk.acting({1: officer, 2: desk.reviewer, 3: desk.manager}[desk.grades[case.id]])
    cases.resolve(case.id, outcome, first_contact_resolution=fcr, csat=csat)
    desk.acting(officer)


def _maybe_close(desk: _Desk, rng, case, done: datetime) -> None:
    """Cases resolved more than a month ago are mostly closed a week after their resolution."""
    closing = done + timedelta(days=7)
    if closing < desk.now - timedelta(days=21) and rng.random() < 0.6:
        desk.at(closing)
        desk.cases.close(case.id)

"""Demo press releases in every state, with revisions, comments, approvals (one voided by an edit),
publications and coverage; dates relative to ``now``."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.releases.content import paragraphs
from commdesk.core.releases.records import Coverage
from commdesk.core.releases.workflow import Action
from commdesk.demo.foundation import demo_person
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.review import ReleaseReviewService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.releases.templates import ReleaseTemplateService

ORDER = 20
SHANGHAI = ZoneInfo("Asia/Shanghai")

OUTLETS = [
    ("新华网", "online", "张伟"),
    ("人民日报", "newspaper", "刘洋"),
    ("第一财经", "tv", "陈晨"),
    ("澎湃新闻", "online", "李娜"),
    ("财新", "magazine", "周婷"),
    ("路透社 Reuters", "agency", "Tom Baker"),
    ("36氪", "online", "吴迪"),
    ("上海广播", "radio", "孙浩"),
    ("微博 @科技日报", "social", ""),
]

VALUES = {
    "zh": {
        "spokesperson": "陈静",
        "spokesperson_title": "总裁",
        "quote": "我们希望让每一家工厂都能用上安全、可负担的智能制造技术。",
        "product": "华信智联平台 3.0",
        "product_summary": "一套连接车间设备、实时监测能耗与故障的工业物联网平台",
        "availability": "即日起面向全国客户开放试用",
        "price": "基础版每年人民币 9,800 元",
        "event_name": "华信科技 2026 开放日",
        "event_date": "2026年12月18日（星期五）14:00-17:00",
        "event_place": "上海市浦东新区张江路 88 号华信大厦一层",
        "registration": "请于12月15日前发送邮件至 press@example.org 报名",
        "subject": "近期网络上关于我司苏州工厂的不实信息",
        "incident": "12月1日，我司东莞仓库发生一起小型火情，无人员受伤",
        "measures": "已成立专项工作组，配合有关部门调查\n已对所有仓库进行安全检查",
        "next_update": "12月3日18:00前",
        "hotline": "400-820-0100",
        "website": "https://www.example.org",
    },
    "en": {
        "spokesperson": "Chen Jing",
        "spokesperson_title": "President",
        "quote": "We want every factory to have safe, affordable smart manufacturing.",
        "product": "Huaxin Connect 3.0",
        "product_summary": "an industrial IoT platform that connects shop-floor "
        "machines and monitors energy use and faults in real time",
        "availability": "available for trial from today",
        "price": "from RMB 9,800 a year",
        "event_name": "Huaxin Open Day 2026",
        "event_date": "Friday, December 18, 2026, 2:00-5:00 p.m.",
        "event_place": "Huaxin Tower, 88 Zhangjiang Road, Pudong, Shanghai",
        "registration": "please register by December 15 at press@example.org",
        "subject": "recent untrue reports online about our Suzhou plant",
        "incident": "A small fire broke out at our Dongguan warehouse on December 1; nobody was hurt",
        "measures": "We have set up a task force and are assisting the authorities",
        "next_update": "by 6:00 p.m. on December 3",
        "hotline": "+86 400 820 0100",
        "website": "https://www.example.org/en",
    },
}

ABOUT_EN = (
    "Founded in 2008 and based in Shanghai, Huaxin Technology builds industrial IoT and smart "
    "manufacturing solutions for more than 2,000 customers in over 30 countries and regions."
)
CONTACT_EN = "Chen Jing, Brand Communications\nPhone: +86 21 5555 0100\nEmail: press@example.org"


class _Clock:
    """Lets the seeder act at earlier moments (a release drafted last month, published last week)."""

    def __init__(self, ctx, now: datetime):
        self.ctx, self.now, self.t = ctx, now, now
        self.original = ctx.clock
        ctx.clock = lambda: self.t

    def at(self, days: float = 0, hours: float = 0) -> None:
        self.t = self.now + timedelta(days=days, hours=hours)

    def restore(self) -> None:
        self.ctx.clock = self.original


def seed(ctx, rng, now) -> dict[str, int]:
    li, wang, emma, chen = (demo_person(ctx, n) for n in ("李明", "王芳", "Emma Schmidt", "陈静"))
    svc = ctx.service(ReleaseService)
    review = ctx.service(ReleaseReviewService)
    templates = ctx.service(ReleaseTemplateService)
    coverage = ctx.service(ReleaseCoverageService)
    clock = _Clock(ctx, now)
    original_current = ctx.current

    def as_(person):
        ctx.current = lambda: person

    def draft(
        person,
        key,
        lang,
        title,
        days,
        city="上海",
        subtitle="",
        embargo=None,
        reviewers=(wang,),
        rule="any",
        channels=("newsroom", "wechat"),
    ):
        clock.at(days)
        as_(person)
        r = templates.draft_from(key, lang, title, city=city, extra=VALUES[lang])
        content = replace(r.content, subtitle=subtitle, embargo=embargo)
        if lang == "en":
            content = replace(content, boilerplate=ABOUT_EN, media_contact=CONTACT_EN)
        return svc.save(
            r.id,
            r.edit(
                content=content,
                embargo_tz="Asia/Shanghai" if embargo else "",
                reviewer_ids=tuple(p.id for p in reviewers),
                review_rule=rule,
                channels=channels,
            ),
            r.version,
            note="",
        )

    def edit(person, r, days, **changes):
        clock.at(days)
        as_(person)
        r = svc.get(r.id)
        return svc.save(r.id, r.edit(content=replace(r.content, **changes)), r.version)

    def act(person, r, action, days, note="", publications=None):
        clock.at(days)
        as_(person)
        return svc.act(r.id, action, note=note, publications=publications)

    def comment(person, r, text, days, paragraph=None, parent=None):
        clock.at(days)
        as_(person)
        pid = paragraphs(svc.get(r.id).content.body_markdown)[paragraph].id if paragraph is not None else ""
        return review.add_comment(r.id, text, paragraph_id=pid, parent_id=parent)

    counts = {"press releases": 0, "coverage": 0}
    try:
        # Draft
        draft(
            li, "standard", "zh", "华信科技发布新一代工业物联网平台", -2, subtitle="华信智联平台 3.0 正式上线"
        )
        # In review, with a paragraph comment awaiting an answer
        d2 = draft(li, "product_launch", "zh", "华信智联平台 3.0 面向中小企业开放试用", -6)
        act(li, d2, Action.SUBMIT, -5, "请重点核对价格与上市时间。")
        comment(wang, d2, "第二段的客户数量请注明统计口径。", -4.9, paragraph=1)
        # Changes requested (English statement by Emma, reviewed by 王芳)
        d3 = draft(
            emma, "statement", "en", "Statement on recent reports about our Suzhou plant", -8, city="Shanghai"
        )
        act(emma, d3, Action.SUBMIT, -7.8, "Please check the legal wording in paragraph 2.")
        c = comment(wang, d3, "Avoid 'no impact at all'; say what was checked.", -7.5, paragraph=1)
        comment(wang, d3, "Add the date of the inspection.", -7.5)
        act(wang, d3, Action.REQUEST_CHANGES, -7.4, "See the two comments.")
        comment(emma, d3, "Rewording now; the inspection was on 3 March.", -7.2, parent=c.id)
        # Approved, rule "all", with one approval voided by a later edit
        d4 = draft(
            li,
            "event_notice",
            "zh",
            "华信科技 2026 开放日媒体邀请",
            -12,
            reviewers=(wang, emma),
            rule="all",
            channels=("newsroom", "mailing"),
        )
        act(li, d4, Action.SUBMIT, -11.5, "活动地址已与行政部确认。")
        act(wang, d4, Action.APPROVE, -11)
        d4 = edit(li, d4, -10.5, subtitle="欢迎各媒体朋友报名参加")
        act(wang, d4, Action.APPROVE, -10)
        act(emma, d4, Action.APPROVE, -9.8)
        # Scheduled: embargo two days ahead
        embargo = (
            (now + timedelta(days=2)).astimezone(SHANGHAI).replace(hour=10, minute=0, second=0, microsecond=0)
        )
        d5 = draft(li, "standard", "zh", "华信科技与同济大学共建智能制造联合实验室", -4, embargo=embargo)
        act(li, d5, Action.SUBMIT, -3.8, "禁发时间为签约仪式开始时。")
        act(wang, d5, Action.APPROVE, -3.5)
        act(li, d5, Action.SCHEDULE, -3.4)
        # Published, zh + en linked, coverage
        past = (
            (now - timedelta(days=20)).astimezone(SHANGHAI).replace(hour=9, minute=0, second=0, microsecond=0)
        )
        d6 = draft(li, "product_launch", "zh", "华信科技发布华信智联平台 3.0", -24, embargo=past)
        act(li, d6, Action.SUBMIT, -23.5, "请审核。")
        comment(wang, d6, "标题很好。第三段数字请再确认。", -23, paragraph=2)
        act(wang, d6, Action.REQUEST_CHANGES, -23, "见评论。")
        d6 = edit(li, d6, -22.5, body_markdown=d6.content.body_markdown + "\n\n（数据截至2026年2月底。）")
        act(li, d6, Action.SUBMIT, -22.4, "已补充数据说明。")
        act(wang, d6, Action.APPROVE, -22)
        d6en = draft(
            emma,
            "product_launch",
            "en",
            "Huaxin launches Huaxin Connect 3.0",
            -22,
            city="Shanghai",
            embargo=past,
            reviewers=(wang,),
        )
        as_(emma)
        svc.save(d6en.id, svc.get(d6en.id).edit(linked_id=d6.id), svc.get(d6en.id).version)
        as_(li)
        svc.save(d6.id, svc.get(d6.id).edit(linked_id=d6en.id), svc.get(d6.id).version)
        act(emma, d6en, Action.SUBMIT, -21.8, "English version of PR for Connect 3.0.")
        act(wang, d6en, Action.APPROVE, -21.5)
        clock.t = past + timedelta(minutes=2)
        as_(li)
        svc.act(
            d6.id,
            Action.PUBLISH,
            publications=[
                ("newsroom", "https://www.example.org/news/connect-3"),
                ("wechat", "https://mp.weixin.qq.com/s/huaxin-connect3"),
            ],
        )
        as_(emma)
        svc.act(
            d6en.id, Action.PUBLISH, publications=[("wire", "https://www.prnewswire.example/huaxin-connect")]
        )
        as_(li)
        for i in range(14):
            outlet, kind, journalist = OUTLETS[i % len(OUTLETS)]
            clock.at(-19)
            coverage.add(
                Coverage(
                    d6.id,
                    outlet,
                    (past + timedelta(days=rng.randint(0, 6))).date(),
                    kind,
                    None,
                    journalist,
                    f"https://news.example/{i + 1}",
                    "华信智联平台 3.0 发布",
                    rng.choice([3000, 12000, 50000, 250000, 800000]),
                    rng.choices(["positive", "neutral", "negative"], [6, 3, 1])[0],
                    i % 4 != 3,
                )
            )
            counts["coverage"] += 1
        # Archived
        old = (
            (now - timedelta(days=90))
            .astimezone(SHANGHAI)
            .replace(hour=10, minute=0, second=0, microsecond=0)
        )
        d7 = draft(li, "standard", "zh", "华信科技2025年度社会责任报告发布", -95, embargo=old)
        act(li, d7, Action.SUBMIT, -94, "年度报告摘要，数据已经财务部确认。")
        act(wang, d7, Action.APPROVE, -93)
        clock.t = old + timedelta(hours=1)
        as_(li)
        svc.act(d7.id, Action.PUBLISH, publications=[("newsroom", "https://www.example.org/news/csr-2025")])
        for i in range(4):
            outlet, kind, journalist = OUTLETS[(i * 2) % len(OUTLETS)]
            coverage.add(
                Coverage(
                    d7.id,
                    outlet,
                    (old + timedelta(days=i)).date(),
                    kind,
                    None,
                    journalist,
                    "",
                    "华信发布社会责任报告",
                    rng.choice([5000, 20000, 90000]),
                    "positive",
                    True,
                )
            )
            counts["coverage"] += 1
        act(chen, d7, Action.ARCHIVE, -60)
        # Withdrawn
        d8 = draft(li, "crisis_response", "zh", "关于东莞仓库火情的情况说明", -15)
        act(li, d8, Action.SUBMIT, -15, "紧急：请尽快审核。")
        act(li, d8, Action.WITHDRAW, -14.8, "情况已由园区统一发布，我司不再单独发声明。")
        counts["press releases"] = 9
    finally:
        ctx.current = original_current
        clock.restore()
    return counts

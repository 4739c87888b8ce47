"""Demo social posts: the usual platforms, three accounts (Weibo, the WeChat official account,
LinkedIn) with their SM-1 check, a quarter of posts: thirteen weeks around today (the six gone by
reviewed and published, this one and the six to come planned, some in review), two weeks below the
Weibo target so the cadence warning shows (the coming one is resolved by planning one more post; the
other accounts are on target), comments waiting for an answer, reply templates and six months of
figures. Deterministic for a given ``rng`` and ``now``."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from commdesk.demo.foundation import demo_person

ORDER = 65  # after releases (20): a post promotes a release

WEIBO_LINES = (
    "【新品速递】华信智能网关 G3 今日发布，支持 5G 与边缘计算。",
    "#工业物联网# 一图看懂：设备数据如何从车间走向云端？",
    "投票：您最关心智能制造的哪个环节？A 质量 B 效率 C 安全",
    "客户故事：苏州工厂上线三个月，停机时间下降 32%。",
    "问答时间：关于 G3 的安装与维护，欢迎在评论区提问。",
    "展会预告：下周三起，我们在上海国家会展中心 5.1 馆等您。",
)
WECHAT_TITLES = (
    ("深度 | 智能制造的下一个十年", "本文梳理了工业物联网在质量、效率与安全三方面的实践……"),
    ("案例 | 一家苏州工厂的数字化之路", "从试点到全面上线，我们和客户一起走过的 90 天……"),
    ("解读 | 数据安全新规对制造企业意味着什么", "新规将于明年起施行，本文逐条说明企业需要准备的事项……"),
)
LINKEDIN_LINES = (
    "Huaxin launches the G3 smart gateway: 5G and edge computing for factories.",
    "Case study: how a Suzhou plant cut downtime by 32% in three months.",
    "Meet us at the Shanghai industrial fair next week, hall 5.1.",
)


#: a quarter: thirteen weeks relative to this one, six gone by (published), this one, six to come
WEEKS = range(-6, 7)
#: the Weibo weeks planned below the 3-5 target (two posts): one gone by, one to come that the
#: calendar's cadence warning asks to resolve with one more post
BELOW_TARGET = (-5, 2)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def seed(ctx, rng, now: datetime) -> dict[str, int]:
    from commdesk.core import timezones as tz
    from commdesk.services.publishing.accounts import AccountService
    from commdesk.services.publishing.messages import SocialMessageService
    from commdesk.services.publishing.metrics import SocialMetricsService
    from commdesk.services.publishing.posts import PostEdit, PostService
    from commdesk.services.settings import SettingsService

    admin, officer, reviewer = demo_person(ctx, "陈静"), demo_person(ctx, "李明"), demo_person(ctx, "王芳")
    zone = ctx.service(SettingsService).time_zone()
    real = ctx.current
    posts = ctx.service(PostService)
    counts = {"social posts": 0, "social posts published": 0}
    try:
        ctx.current = lambda: admin
        accounts = ctx.service(AccountService)
        platforms = {p.code: p for p in accounts.add_standard_platforms()}
        weibo = accounts.save_account(platforms["weibo"].id, "华信科技", handle="@华信科技")
        wechat = accounts.save_account(platforms["wechat"].id, "华信科技服务号", target_min=1, target_max=2)
        linkedin = accounts.save_account(
            platforms["linkedin"].id, "Huaxin Technology", target_min=1, target_max=2
        )
        for account in (weibo, wechat):
            accounts.check_identity(account.id, name=True, avatar=True, profile=True, note="2025 新版标志")
        accounts.check_identity(
            linkedin.id, name=True, avatar=False, profile=True, note="头像仍是旧标志，待更换"
        )

        today = tz.today_in(zone, lambda: now)
        this_monday = _monday(today)
        plan: list[tuple[object, PostEdit]] = []
        for week in WEEKS:
            monday = this_monday + timedelta(weeks=week)
            weibo_count = 2 if week in BELOW_TARGET else rng.choice((3, 4, 4, 5))
            for n, weekday in enumerate(sorted(rng.sample(range(7), weibo_count))):
                at = tz.wall_clock(monday + timedelta(days=weekday), time(rng.choice((9, 12, 18)), 0), zone)
                text = WEIBO_LINES[(week * 3 + n) % len(WEIBO_LINES)]
                kind = "poll" if text.startswith("投票") else "qa" if text.startswith("问答") else "post"
                plan.append((weibo, PostEdit(weibo.id, text, at, kind=kind, campaign="G3 发布")))
            title, body = WECHAT_TITLES[week % len(WECHAT_TITLES)]
            at = tz.wall_clock(monday + timedelta(days=3), time(20, 0), zone)
            plan.append((wechat, PostEdit(wechat.id, body, at, title=title, campaign="G3 发布")))
            # LinkedIn weekly, as its 1-2 target asks: only the Weibo weeks are off target
            at = tz.wall_clock(monday + timedelta(days=1), time(10, 0), zone)
            plan.append((linkedin, PostEdit(linkedin.id, LINKEDIN_LINES[week % 3], at)))

        comment_on = None
        for account, edit in plan:
            ctx.current = lambda: officer
            post = posts.save(edit)
            counts["social posts"] += 1
            past = edit.planned_at < now
            if not past and rng.random() < 0.6:
                continue  # a plan, still a draft
            status = posts.submit(post.id, post.review.version if post.review else None)
            if not past and rng.random() < 0.5:
                continue  # waiting for the reviewer
            ctx.current = lambda: reviewer
            posts.approve(post.id, status.version)
            if past:
                ctx.current = lambda: officer
                done = posts.record_published(
                    post.id, f"https://example.org/{account.platform.code}/{post.id}", edit.planned_at
                )
                counts["social posts published"] += 1
                if account.id == weibo.id:
                    comment_on = done

        ctx.current = lambda: officer
        messages = ctx.service(SocialMessageService)
        messages.save_template("感谢关注", "感谢您的关注与支持！如有问题欢迎私信，我们会在一个工作日内回复。")
        messages.save_template("转客服", "您好，您反映的问题我们已记录，客服同事会尽快与您联系，请留意私信。")
        if comment_on is not None:
            messages.log(
                weibo.id,
                "G3 支持哪些工业协议？",
                author="@自动化小王",
                post_id=comment_on.id,
                received_at=now - timedelta(hours=3),
            )
            complaint = messages.log(
                weibo.id,
                "上个月报修到现在还没人上门，太失望了！",
                author="@老李的工厂",
                post_id=comment_on.id,
                received_at=now - timedelta(hours=1),
            )
            messages.make_case(complaint.id, complaint.version)  # a complaint: a case on the desk (SM-3)
            counts["social comments made cases"] = 1

        metrics = ctx.service(SocialMetricsService)
        month = today.replace(day=1)
        followers = {weibo.id: 18_000, wechat.id: 9_500, linkedin.id: 2_100}
        for back in range(6, 0, -1):
            first = month
            for _ in range(back):
                first = (first - timedelta(days=1)).replace(day=1)
            for aid, base in followers.items():
                grown = base + (6 - back) * rng.randint(150, 400)
                reach = grown * rng.randint(3, 6)
                reads = reach // rng.randint(2, 4)
                metrics.enter(
                    aid,
                    first,
                    followers=grown,
                    reach=reach,
                    reads=reads,
                    interactions=reads // rng.randint(8, 20),
                )
        counts["social metrics months"] = 6
    finally:
        ctx.current = real
    return counts

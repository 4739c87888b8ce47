"""A complaint left under a social post (SM-3) becomes a case of the cases desk's own channel,
"social media": raised by the comment's author, holding the comment as their message with the
platform, the account and the post's link, its clocks running from when the comment came in, and
counted, filtered and reported under that channel."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import Channel, Priority
from commdesk.core.errors import ConflictError
from commdesk.services.cases.desk import CaseDeskService, CaseFilter
from commdesk.services.cases.figures import CaseFiguresService
from commdesk.services.cases.service import CaseService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.messages import SocialMessageService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.settings import SettingsService

NOW = datetime(2026, 11, 4, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Shanghai


@pytest.fixture
def weibo(ctx, people, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.clock = lambda: NOW
    accounts = ctx.service(AccountService)
    platforms = {p.code: p for p in accounts.add_standard_platforms()}
    account = accounts.save_account(platforms["weibo"].id, "市民服务中心", handle="@shiminfuwu")
    as_person(people["officer"])
    return account


def _published_post(ctx, people, as_person, account) -> int:
    posts = ctx.service(PostService)
    post = posts.save(
        PostEdit(account_id=account.id, text="本周六市民开放日。", planned_at=NOW - timedelta(days=1))
    )
    status = posts.submit(post.id, post.review.version)
    as_person(people["reviewer"])
    posts.approve(post.id, status.version)
    as_person(people["officer"])
    posts.record_published(post.id, "https://weibo.com/123/open-day", NOW - timedelta(days=1))
    return post.id


def test_a_complaint_under_a_post_is_a_social_media_case_with_where_it_was_said(
    ctx, people, as_person, weibo
):
    post_id = _published_post(ctx, people, as_person, weibo)
    messages = ctx.service(SocialMessageService)
    said = NOW - timedelta(hours=2)
    comment = messages.log(
        weibo.id, "上次排队两小时没人管！\n太差了", author="@老李", post_id=post_id, received_at=said
    )

    made = messages.make_case(comment.id, comment.version)

    case = ctx.service(CaseService).get(made.case_id)
    assert made.status == "case"
    assert case.channel is Channel.SOCIAL_MEDIA and case.channel.label == "Social media"
    assert case.complaint and case.priority is Priority.NORMAL
    assert case.raised_by == "@老李" and case.received_at == said
    assert "Weibo · 市民服务中心 (@shiminfuwu)" in case.summary and "上次排队两小时没人管" in case.summary
    [entry] = case.entries
    assert entry.kind == "message_in" and entry.author == "@老李" and entry.at == said
    assert entry.subject == "Comment on Weibo · 市民服务中心 (@shiminfuwu)"
    assert entry.body.startswith("上次排队两小时没人管！\n太差了")
    assert "https://weibo.com/123/open-day" in entry.body
    # the clocks count from when the comment came in, not from when it was made a case
    first = next(c for c in case.clocks if c.kind is ClockKind.FIRST_RESPONSE)
    assert first.due is not None and first.due < NOW + timedelta(days=1)


def test_a_private_message_not_under_a_post_and_without_an_author_is_an_anonymous_case(ctx, weibo):
    messages = ctx.service(SocialMessageService)
    dm = messages.log(weibo.id, "你们的投诉电话打不通。", kind="message")

    case = ctx.service(CaseService).get(messages.make_case(dm.id).case_id)

    assert case.channel is Channel.SOCIAL_MEDIA and case.raised_by == "" and case.customer_id is None
    [entry] = case.entries
    assert entry.subject.startswith("Message on Weibo") and entry.body == "你们的投诉电话打不通。"


def test_a_comment_under_a_post_not_published_yet_names_the_post(ctx, weibo):
    post = ctx.service(PostService).save(
        PostEdit(
            account_id=weibo.id, text="开放日报名即将开始\n详情见官网", planned_at=NOW + timedelta(days=1)
        )
    )
    messages = ctx.service(SocialMessageService)
    comment = messages.log(weibo.id, "报名入口在哪里？根本找不到！", author="@小王", post_id=post.id)

    case = ctx.service(CaseService).get(messages.make_case(comment.id).case_id)

    assert "“开放日报名即将开始” (no link recorded yet)" in case.entries[0].body


def test_a_stale_comment_makes_no_case(ctx, weibo):
    messages = ctx.service(SocialMessageService)
    comment = messages.log(weibo.id, "客服态度太差。", author="@老李")
    messages.answer(comment.id, "抱歉，我们已转客服跟进。", comment.version)

    with pytest.raises(ConflictError):
        messages.make_case(comment.id, comment.version)  # answered meanwhile

    assert ctx.service(CaseDeskService).count(CaseFilter()) == 0


def test_the_desk_filters_counts_and_reports_the_social_media_channel(ctx, weibo):
    messages = ctx.service(SocialMessageService)
    for n in range(2):
        comment = messages.log(weibo.id, f"投诉第{n + 1}条：维修无人上门。", author=f"@用户{n}")
        messages.make_case(comment.id)
    cases = ctx.service(CaseService)
    cases.create(Channel.HOTLINE, "询问开放时间", customer=("王女士", "", ""))

    desk = ctx.service(CaseDeskService)
    assert desk.count(CaseFilter(channel=Channel.SOCIAL_MEDIA)) == 2
    assert desk.count(CaseFilter(channel=Channel.WEB_FORM)) == 0
    figures = ctx.service(CaseFiguresService).figures(date(2026, 11, 1), date(2026, 12, 1))
    by_channel = dict(figures.by_channel)
    assert list(by_channel) == list(Channel)  # every channel, in its order
    assert by_channel[Channel.SOCIAL_MEDIA] == 2 and by_channel[Channel.HOTLINE] == 1

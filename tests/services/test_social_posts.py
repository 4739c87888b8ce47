"""Social posts through the services on a real database: platforms and accounts (SM-1's checklist),
a post reviewed, voided by an edit, re-approved, copied and recorded as published (the gate refusing
every step out of turn), the weekly cadence (SM-2), the reminder's due list, the asset library
(fingerprints, duplicates, rights warnings), comments answered or made cases (SM-3) and monthly
metrics imported all-or-nothing with the month's report (SM-6)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from commdesk.core.errors import NotFound, PermissionDenied, ValidationError
from commdesk.core.publishing.cadence import Cadence
from commdesk.core.review.workflow import State
from commdesk.services.cases.service import CaseService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.assets import AssetService
from commdesk.services.publishing.messages import SocialMessageService
from commdesk.services.publishing.metrics import SocialMetricsService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.review.gate import GateClosed
from commdesk.services.settings import SettingsService

NOW = datetime(2026, 11, 4, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Shanghai


@pytest.fixture
def desk(ctx, people):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.clock = lambda: NOW
    accounts = ctx.service(AccountService)
    added = accounts.add_standard_platforms()
    by_code = {p.code: p for p in added}
    weibo = accounts.save_account(by_code["weibo"].id, "市民服务中心", handle="@shiminfuwu")
    wechat = accounts.save_account(by_code["wechat"].id, "市民服务中心", target_min=1, target_max=2)
    x = accounts.save_account(by_code["x"].id, "CityService")
    return {"weibo": weibo, "wechat": wechat, "x": x, "platforms": by_code}


def _edit(account, text="本周六市民开放日，欢迎报名。", **kw):
    return PostEdit(
        account_id=account.id, text=text, planned_at=kw.pop("planned_at", NOW + timedelta(days=1)), **kw
    )


def test_platforms_are_added_once_and_the_accounts_checklist_names_who_checked(ctx, people, desk, as_person):
    accounts = ctx.service(AccountService)
    assert [p.code for p in accounts.platforms()] == [
        "wechat",
        "weibo",
        "douyin",
        "xiaohongshu",
        "linkedin",
        "x",
    ]
    assert accounts.add_standard_platforms() == []  # nothing twice
    weibo = desk["weibo"]
    assert (weibo.target_min, weibo.target_max) == (3, 5) and not weibo.consistent
    as_person(people["officer"])
    checked = accounts.check_identity(weibo.id, name=True, avatar=True, profile=True, note="头像已换新标志")
    assert checked.consistent and checked.checked_by == people["officer"].id and checked.checked_at == NOW
    with pytest.raises(PermissionDenied):
        accounts.add_standard_platforms()  # administrators keep the list
    with pytest.raises(ValidationError, match="already"):
        accounts.save_account(desk["platforms"]["weibo"].id, "市民服务中心")
    assert accounts.find_account("weibo/市民服务中心").id == weibo.id
    with pytest.raises(NotFound, match="weibo/市民服务中心"):
        accounts.find_account("nobody")


def test_a_post_reviewed_voided_by_an_edit_reapproved_copied_and_published(ctx, people, desk, as_person):
    posts = ctx.service(PostService)
    as_person(people["officer"])
    post = posts.save(_edit(desk["weibo"]))
    assert post.review is not None and post.review.state is State.DRAFT
    with pytest.raises(GateClosed):
        posts.final_copy(post.id)  # not reviewed: nothing to copy
    status = posts.submit(post.id, post.review.version)
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        posts.approve(post.id, status.version)  # neither a reviewer nor four eyes
    as_person(people["reviewer"])
    status = posts.approve(post.id, status.version)
    assert status.state is State.APPROVED

    as_person(people["officer"])
    assert posts.final_copy(post.id).text == "本周六市民开放日，欢迎报名。"
    edited = posts.save(_edit(desk["weibo"], "本周六市民开放日，名额有限，欢迎报名。"), post.id, post.version)
    assert edited.review.state is State.IN_REVIEW  # the approval went with the old text
    with pytest.raises(GateClosed, match="approved"):
        posts.final_copy(post.id)
    with pytest.raises(GateClosed):
        posts.record_published(post.id, "https://weibo.com/123/abc")

    moved = posts.replan(post.id, NOW + timedelta(days=2), edited.version)  # a new time keeps the text
    as_person(people["reviewer"])
    posts.approve(post.id, moved.review.version)
    as_person(people["officer"])
    assert posts.replan(post.id, NOW + timedelta(days=1), moved.version).review.state is State.APPROVED
    copy = posts.final_copy(post.id)
    assert copy.clipboard == "本周六市民开放日，名额有限，欢迎报名。" and copy.folder is None
    with pytest.raises(ValidationError, match="https://"):
        posts.record_published(post.id, "weibo.com/123")
    published = posts.record_published(post.id, "https://weibo.com/123/abc")
    assert published.published_at == NOW and published.review.state is State.PUBLISHED
    assert published.published_url == "https://weibo.com/123/abc"
    with pytest.raises(ValidationError, match="published"):
        posts.record_published(post.id, "https://weibo.com/123/abc")
    with pytest.raises(ValidationError, match="published"):
        posts.save(_edit(desk["weibo"], "改一下"), post.id)


def test_a_text_over_the_platforms_limit_is_refused_by_how_much(ctx, people, desk):
    posts = ctx.service(PostService)
    with pytest.raises(ValidationError) as refused:
        posts.save(_edit(desk["x"], "汉" * 141))  # X counts a Chinese character twice: 282
    assert "282" in str(refused.value) and "2 over" in str(refused.value) and "280" in str(refused.value)
    assert posts.save(_edit(desk["x"], "a" * 280)).length.fits
    with pytest.raises(ValidationError, match="title"):
        posts.save(_edit(desk["wechat"], "正文", title="标" * 65))  # WeChat's title: 64


def test_the_copy_brings_the_posts_files_under_their_names(ctx, people, desk, tmp_path, as_person):
    image = tmp_path / "开放日海报.png"
    image.write_bytes(b"\x89PNG poster")
    added = ctx.service(AssetService).add(image, tags="开放日, 海报", rights="本单位自有")
    posts = ctx.service(PostService)
    post = posts.save(_edit(desk["wechat"], "开放日回顾", title="开放日", asset_ids=(added.asset.id,)))
    assert post.asset_ids == (added.asset.id,)
    status = posts.submit(post.id)
    as_person(people["reviewer"])
    posts.approve(post.id, status.version)
    as_person(people["admin"])
    copy = posts.final_copy(post.id)
    assert copy.clipboard == "开放日\n\n开放日回顾"
    assert [f.name for f in copy.files] == ["开放日海报.png"]
    assert copy.files[0].read_bytes() == b"\x89PNG poster"
    assert copy.files[0].parent == copy.folder


@pytest.mark.timezones
def test_the_cadence_shows_weeks_below_and_above_the_target(ctx, people, desk):
    posts = ctx.service(PostService)
    monday = datetime(2026, 11, 1, 16, 0, tzinfo=UTC)  # Monday 2 November, 00:00 in Shanghai
    for day in range(6):
        posts.save(_edit(desk["weibo"], f"第{day}条", planned_at=monday + timedelta(days=day, hours=1)))
    cancelled = posts.save(_edit(desk["weibo"], "取消的", planned_at=monday + timedelta(days=8)))
    posts.cancel(cancelled.id, cancelled.version)
    with pytest.raises(ValidationError, match="cancelled"):
        posts.final_copy(cancelled.id)
    weeks = {(w.account_id, w.monday): w for w in posts.cadence(date(2026, 11, 2), date(2026, 11, 15))}
    first, second = weeks[(desk["weibo"].id, date(2026, 11, 2))], weeks[(desk["weibo"].id, date(2026, 11, 9))]
    assert (first.count, first.status) == (6, Cadence.ABOVE)
    assert (second.count, second.status) == (0, Cadence.BELOW)  # the cancelled post does not count
    assert weeks[(desk["wechat"].id, date(2026, 11, 2))].status is Cadence.BELOW


def test_the_reminder_names_posts_whose_time_came_and_that_are_not_out(ctx, people, desk):
    posts = ctx.service(PostService)
    due = posts.save(_edit(desk["weibo"], "十点发", planned_at=NOW))
    posts.save(_edit(desk["weibo"], "明天发", planned_at=NOW + timedelta(days=1)))
    assert [p.id for p in posts.due(NOW - timedelta(minutes=1), NOW)] == [due.id]
    assert posts.due(NOW, NOW + timedelta(minutes=1)) == []  # told once


def test_the_asset_library_keeps_one_copy_per_fingerprint_and_warns_about_rights(ctx, people, desk, tmp_path):
    assets = ctx.service(AssetService)
    a = tmp_path / "a.jpg"
    a.write_bytes(b"same bytes")
    b = tmp_path / "b-copy.jpg"
    b.write_bytes(b"same bytes")
    first = assets.add(a, tags="活动", expires_on=date(2026, 11, 4))
    again = assets.add(b)
    assert not first.duplicate and again.duplicate and again.asset.id == first.asset.id
    stored = assets.path_of(first.asset)
    assert stored.read_bytes() == b"same bytes" and first.asset.sha256 in stored.name
    assert oct(stored.stat().st_mode & 0o777) == "0o600"
    warnings = assets.warnings([first.asset.id], NOW + timedelta(days=3), "Asia/Shanghai")
    assert any("not recorded" in w for w in warnings)
    assert any("2026-11-04" in w and "before" in w for w in warnings)
    assert [x.file_name for x in assets.list("活动")] == ["a.jpg"]


def test_comments_are_answered_or_become_cases(ctx, people, desk):
    messages = ctx.service(SocialMessageService)
    posts = ctx.service(PostService)
    post = posts.save(_edit(desk["weibo"]))
    question = messages.log(desk["weibo"].id, "几点开始？", author="@小王", post_id=post.id)
    complaint = messages.log(desk["weibo"].id, "上次排队两小时没人管！\n太差了", author="@老李")
    answered = messages.answer(question.id, "上午九点开始，欢迎参加。", question.version)
    assert answered.status == "answered" and answered.answered_at == NOW
    made = messages.make_case(complaint.id, complaint.version)
    case = ctx.service(CaseService).get(made.case_id)
    assert made.status == "case" and "上次排队两小时没人管" in case.summary
    with pytest.raises(ValidationError, match="already"):
        messages.make_case(complaint.id)
    assert [m.id for m in messages.list(open_only=True)] == []
    template = messages.save_template("开放时间", "您好，开放时间为每天9:00-17:00。")
    assert [t.title for t in messages.templates()] == [template.title]


WEIBO_EXPORT = (
    "日期,粉丝数,阅读数,转发数,评论数,点赞数\n2026-10-01,1000,300,1,2,3\n2026-10-31,1100,200,0,0,4\n"
)


def test_metrics_are_imported_all_or_nothing_and_reported_by_month(ctx, people, desk, tmp_path):
    metrics = ctx.service(SocialMetricsService)
    weibo = desk["weibo"]
    good = tmp_path / "weibo-oct.csv"
    good.write_bytes(WEIBO_EXPORT.encode("gb18030"))
    bad = tmp_path / "weibo-bad.csv"
    bad.write_bytes((WEIBO_EXPORT + "2026-11-01,1200,abc,0,0,0\n").encode("utf-8-sig"))
    with pytest.raises(ValidationError, match="Line 4, column 阅读数"):
        metrics.import_file(weibo.id, bad)
    assert metrics.series(weibo.id) == []  # nothing from the refused file
    metrics.enter(weibo.id, date(2026, 10, 1), followers=5, reach=999)
    report = metrics.import_file(weibo.id, good)
    assert (report.encoding, report.months, report.rows_used, report.updated) == (
        "gb18030",
        (date(2026, 10, 1),),
        2,
        1,
    )
    [october] = metrics.series(weibo.id)
    assert (october.followers, october.reads, october.interactions, october.reach) == (1100, 500, 10, 999)
    metrics.enter(weibo.id, date(2026, 9, 15), followers=900)
    month = metrics.month_report(date(2026, 10, 1))
    line = next(x for x in month.lines if x.account_id == weibo.id)
    assert line.growth == 200 and line.figures.engagement == pytest.approx(10 / 999)
    assert line.weeks_below == 5  # no post planned in October: every week of it is below 3


def test_who_may_do_what(ctx, people, desk, as_person):
    posts = ctx.service(PostService)
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        posts.save(_edit(desk["weibo"]))
    assert posts.list() == []  # reviewers read the calendar


def test_a_save_from_a_stale_copy_is_refused_with_both_versions_as_people_read_them(ctx, people, desk):
    from commdesk.core.errors import ConflictError

    posts = ctx.service(PostService)
    post = posts.save(_edit(desk["weibo"]))
    posts.save(_edit(desk["weibo"], text="甲：开放日改到周日"), post.id, post.version)  # saved first
    with pytest.raises(ConflictError) as caught:
        posts.save(_edit(desk["weibo"], text="乙：开放日名额已满"), post.id, post.version)
    mine, theirs = caught.value.mine, caught.value.theirs
    assert mine["Text"] == "乙：开放日名额已满" and theirs["Text"] == "甲：开放日改到周日"
    assert theirs["Planned"] == "2026-11-05 10:00 (Asia/Shanghai, UTC+08:00)"
    assert theirs["Account"] == "Weibo · 市民服务中心" and theirs["Kind"] == "Post"
    assert posts.get(post.id).text == "甲：开放日改到周日"  # nothing of the stale copy saved


def test_posts_carry_their_authors_name_read_once_for_the_whole_list(ctx, people, desk, as_person):
    """The author's name comes with each post; the list reads the names of all its authors in one
    statement, so listing many posts by several people costs what listing one does."""
    from sqlalchemy import event

    def statements(fn):
        seen: list[str] = []

        def count(conn, cursor, statement, parameters, context, executemany):
            seen.append(statement)

        event.listen(ctx.engine, "before_cursor_execute", count)
        try:
            return fn(), len(seen)
        finally:
            event.remove(ctx.engine, "before_cursor_execute", count)

    posts = ctx.service(PostService)
    as_person(people["officer"])
    first = posts.save(_edit(desk["weibo"], "李明写的第一条"))
    assert first.author_id == people["officer"].id and first.author_name == "李明 Li Ming"
    one, cost_one = statements(posts.list)
    assert [(p.id, p.author_name) for p in one] == [(first.id, "李明 Li Ming")]
    for i, who in enumerate(("officer2", "admin", "officer2", "officer")):
        as_person(people[who])
        posts.save(_edit(desk["wechat"], f"第{i}条", planned_at=NOW + timedelta(days=2, hours=i)))
    many, cost_many = statements(posts.list)
    assert len(many) == 5 and cost_many == cost_one
    assert [p.author_name for p in many] == [
        "李明 Li Ming",
        "Emma Schmidt",
        people["admin"].name,
        "Emma Schmidt",
        "李明 Li Ming",
    ]
    assert posts.get(many[1].id).author_name == "Emma Schmidt"  # the one post read as the list reads it


@pytest.mark.timezones
def test_an_accounts_weeks_count_from_its_first_post_not_before(ctx, people, desk):
    """A quarter's weeks before an account was first used are not "below target" (nothing can be
    planned in them); an account with no post at all has every week below, to be planned."""
    posts = ctx.service(PostService)
    first = datetime(2026, 11, 10, 2, 0, tzinfo=UTC)  # Tuesday 10 November in Shanghai
    posts.save(_edit(desk["weibo"], "第一条", planned_at=first))
    cancelled = posts.save(_edit(desk["weibo"], "取消的", planned_at=first - timedelta(weeks=3)))
    posts.cancel(cancelled.id, cancelled.version)  # a cancelled post does not start the account
    weeks = posts.cadence(date(2026, 10, 1), date(2026, 11, 22))
    weibo = [(w.monday, w.count) for w in weeks if w.account_id == desk["weibo"].id]
    assert weibo == [(date(2026, 11, 9), 1), (date(2026, 11, 16), 0)]
    wechat = [w for w in weeks if w.account_id == desk["wechat"].id]
    assert len(wechat) == 8 and all(w.status is Cadence.BELOW for w in wechat)


def test_a_file_that_cannot_be_read_is_named_with_why(ctx, people, desk, tmp_path):
    """'weibo.csv cannot be read; choose the file again' said nothing of why: a missing file names
    its folder, a folder says to choose the file in it (the metrics import and the asset library)."""
    metrics, assets = ctx.service(SocialMetricsService), ctx.service(AssetService)
    missing = tmp_path / "exports" / "weibo-11.csv"
    with pytest.raises(ValidationError, match=r"weibo-11\.csv is not there: check its folder") as caught:
        metrics.import_file(desk["weibo"].id, missing)
    assert str(missing.parent) in str(caught.value)
    with pytest.raises(ValidationError, match="is a folder: choose the file in it"):
        metrics.read_file(tmp_path)
    with pytest.raises(ValidationError, match=r"poster\.png is not there"):
        assets.add(tmp_path / "poster.png")
    with pytest.raises(ValidationError, match="is a folder"):
        assets.add(tmp_path)
    assert assets.list() == []


@pytest.mark.parametrize(
    ("zone", "over"),
    [("Asia/Shanghai", True), ("America/New_York", False)],
)
def test_a_week_over_in_the_organisations_zone_advises_nothing(ctx, people, desk, zone, over):
    """Sunday 2026-11-08 20:00 UTC is already Monday 11-09 in Shanghai (the week of 11-02 is over)
    but still Sunday afternoon in New York (a post can still go out that week)."""
    posts = ctx.service(PostService)
    posts.save(_edit(desk["weibo"]))  # Thursday 11-05: one post in the week of 11-02
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone=zone))
    ctx.clock = lambda: datetime(2026, 11, 8, 20, 0, tzinfo=UTC)
    weeks = {(w.account_id, w.monday): w for w in posts.cadence(date(2026, 11, 2), date(2026, 11, 15))}
    week = weeks[(desk["weibo"].id, date(2026, 11, 2))]
    assert week.count == 1 and week.status is Cadence.BELOW and week.over is over
    if over:
        assert "2 short of the target of 3-5 (SM-2); the week is over" in week.explain()
        assert "plan" not in week.explain()
    else:
        assert week.explain().endswith("plan 2 more.")
    # the week after is to come in both zones: it says what to plan
    assert weeks[(desk["weibo"].id, date(2026, 11, 9))].explain().endswith("plan 3 more.")

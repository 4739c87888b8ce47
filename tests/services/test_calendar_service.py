"""The one calendar through the services on a real database: every kind of entry in a period, the
filters, the cadence warning of SM-2 shown and resolved by re-planning, and each kind re-planned by
its own service with its own checks (a release's embargo and an event's time void their approvals;
a post's time does not; what cannot move says why)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from commdesk.core.calendar.entries import EntryKind, Filter
from commdesk.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from commdesk.core.events.records import EventEdit
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.core.publishing.cadence import Cadence
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.core.releases.workflow import State as ReleaseState
from commdesk.core.review.workflow import State
from commdesk.services.calendar import CalendarService
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.releases.service import ReleaseService
from commdesk.services.settings import SettingsService

pytestmark = pytest.mark.timezones

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in Shanghai
MONDAY = datetime(2027, 1, 3, 16, 0, tzinfo=UTC)  # Monday 4 January 2027, 00:00 in Shanghai
QUARTER = (date(2027, 1, 4), date(2027, 4, 4))  # thirteen whole weeks from the first Monday of 2027


@pytest.fixture
def desk(ctx, people, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="华信科技", time_zone="Asia/Shanghai"))
    ctx.clock = lambda: NOW
    accounts = ctx.service(AccountService)
    by_code = {p.code: p for p in accounts.add_standard_platforms()}
    weibo = accounts.save_account(by_code["weibo"].id, "市民服务中心", target_min=3, target_max=5)
    as_person(people["officer"])
    return {"weibo": weibo}


def _plan_quarter(ctx, weibo):
    """Three posts a week for the quarter, except the week of 11 January which gets one."""
    posts = ctx.service(PostService)
    made = []
    for week in range(13):
        count = 1 if week == 1 else 3
        for i in range(count):
            at = MONDAY + timedelta(weeks=week, days=i * 2, hours=2)
            made.append(
                posts.save(
                    PostEdit(weibo.id, f"第{week}周第{i}条", at, campaign="开放日" if week < 4 else "")
                )
            )
    return made


def test_a_quarter_planned_with_the_cadence_warning_shown_and_resolved(ctx, desk, people):
    made = _plan_quarter(ctx, desk["weibo"])
    calendar = ctx.service(CalendarService)
    view = calendar.view(*QUARTER)
    assert view.zone == "Asia/Shanghai"
    assert len([e for e in view.entries if e.kind is EntryKind.POST]) == len(made) == 37
    below = view.warnings()
    assert [(w.monday, w.status) for w in below] == [(date(2027, 1, 11), Cadence.BELOW)]
    assert "plan 2 more" in below[0].explain()
    # two posts of the week after (which has three) move into the thin week: it is then on target,
    # and the week they left falls below
    week3 = [p for p in made if MONDAY + timedelta(weeks=2) <= p.planned_at < MONDAY + timedelta(weeks=3)]
    for post in week3[:2]:
        calendar.replan(EntryKind.POST, post.id, post.planned_at - timedelta(weeks=1), post.version)
    after = {w.monday: w for w in calendar.view(*QUARTER).cadence}
    assert after[date(2027, 1, 11)].status is Cadence.WITHIN
    assert after[date(2027, 1, 18)].status is Cadence.BELOW
    # a post planned for the week that lost two resolves the quarter
    ctx.service(PostService).save(PostEdit(desk["weibo"].id, "补一条", MONDAY + timedelta(weeks=2, days=4)))
    ctx.service(PostService).save(PostEdit(desk["weibo"].id, "再补一条", MONDAY + timedelta(weeks=2, days=5)))
    assert calendar.view(*QUARTER).warnings() == []


def test_every_kind_is_on_the_calendar_in_the_organisations_days_and_filters_apply(
    ctx, desk, people, as_person
):
    posts = ctx.service(PostService)
    post = posts.save(
        PostEdit(desk["weibo"].id, "开放日预告", MONDAY + timedelta(hours=-1), campaign="开放日")
    )
    embargo = datetime(2027, 1, 6, 10, 0, tzinfo=UTC)
    release = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="华信发布新平台", embargo=embargo), embargo_tz="Asia/Shanghai")
    )
    event = ctx.service(EventService).create(
        EventEdit(
            "发布会",
            MONDAY + timedelta(days=2, hours=6),
            MONDAY + timedelta(days=2, hours=8),
            "Asia/Shanghai",
        )
    )
    meeting = ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="选题会",
            start=MONDAY + timedelta(days=1, hours=1),
            duration=60,
            room="201",
        )
    )
    calendar = ctx.service(CalendarService)
    week = calendar.view(date(2027, 1, 4), date(2027, 1, 10))
    got = {(e.kind, e.id) for e in week.entries}
    assert (EntryKind.EMBARGO, release.id) in got
    assert (EntryKind.EVENT, event.id) in got and (EntryKind.MEETING, meeting.id) in got
    assert (EntryKind.POST, post.id) not in got  # Sunday 23:00 in Shanghai: the week before
    assert (EntryKind.POST, post.id) in {
        (e.kind, e.id) for e in calendar.entries(date(2027, 1, 3), date(2027, 1, 3))
    }
    assert "开放日" not in week.campaigns
    only_meetings = calendar.entries(
        date(2027, 1, 4), date(2027, 1, 10), Filter(kinds=frozenset({EntryKind.MEETING}))
    )
    assert [e.title for e in only_meetings] == ["选题会"]
    mine = calendar.entries(date(2027, 1, 4), date(2027, 1, 10), Filter(owner=people["officer"].name))
    assert {e.kind for e in mine} >= {EntryKind.EMBARGO, EntryKind.EVENT}
    with pytest.raises(ValidationError, match="earlier date"):
        calendar.view(date(2027, 1, 10), date(2027, 1, 4))


def test_moving_an_embargo_or_an_event_voids_their_approval_as_their_editors_do(ctx, desk, people, as_person):
    releases = ctx.service(ReleaseService)
    r = releases.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台", body_markdown="正文。", embargo=datetime(2027, 1, 6, 2, tzinfo=UTC)
            ),
            embargo_tz="Asia/Shanghai",
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    r = releases.act(r.id, Action.SUBMIT, note="请审")
    as_person(people["reviewer"])
    r = releases.act(r.id, Action.APPROVE)
    assert r.state is ReleaseState.APPROVED
    as_person(people["officer"])
    calendar = ctx.service(CalendarService)
    calendar.replan(EntryKind.EMBARGO, r.id, datetime(2027, 1, 7, 2, tzinfo=UTC))
    moved = releases.get(r.id)
    assert moved.content.embargo == datetime(2027, 1, 7, 2, tzinfo=UTC)
    assert moved.state is ReleaseState.IN_REVIEW  # P-7: the approval went with the old embargo

    events = ctx.service(EventService)
    event = events.create(
        EventEdit(
            "发布会",
            MONDAY + timedelta(days=2, hours=6),
            MONDAY + timedelta(days=2, hours=8),
            "Asia/Shanghai",
            invitation_subject="邀请",
            invitation_body="诚邀。",
        )
    )
    review = ctx.service(EventReview)
    review.submit(event.id)
    as_person(people["reviewer"])
    review.approve(event.id)
    as_person(people["officer"])
    calendar.replan(EntryKind.EVENT, event.id, MONDAY + timedelta(days=3, hours=6))
    after = events.get(event.id)
    assert after.starts_at == MONDAY + timedelta(days=3, hours=6)
    assert after.ends_at - after.starts_at == timedelta(hours=2)
    assert review.states([event.id])[event.id] != State.APPROVED.value


def test_a_moved_meeting_and_post_keep_their_length_and_approval_and_what_cannot_move_says_why(
    ctx, desk, people, as_person
):
    meetings = ctx.service(MeetingService)
    m = meetings.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="选题会",
            start=MONDAY + timedelta(hours=1),
            duration=90,
            room="201",
        )
    )
    calendar = ctx.service(CalendarService)
    calendar.replan(EntryKind.MEETING, m.id, MONDAY + timedelta(days=1, hours=2), m.version)
    again = meetings.get(m.id)
    assert again.start == MONDAY + timedelta(days=1, hours=2) and again.duration == 90

    posts = ctx.service(PostService)
    post = posts.save(PostEdit(desk["weibo"].id, "开放日预告", MONDAY + timedelta(hours=3)))
    status = posts.submit(post.id, post.review.version)
    as_person(people["reviewer"])
    posts.approve(post.id, status.version)
    as_person(people["officer"])
    calendar.replan(EntryKind.POST, post.id, MONDAY + timedelta(days=1, hours=3))
    assert posts.get(post.id).review.state is State.APPROVED  # what the reviewer approved is unchanged

    stale = posts.get(post.id).version - 1
    with pytest.raises(ConflictError):
        calendar.replan(EntryKind.POST, post.id, MONDAY + timedelta(days=2), stale)

    meetings.cancel(m.id, "改期")
    cancelled = next(
        e for e in calendar.entries(date(2027, 1, 4), date(2027, 1, 10)) if e.kind is EntryKind.MEETING
    )
    assert not cancelled.can_move and "cancelled" in cancelled.movable
    with pytest.raises(ValidationError, match="cancelled"):
        calendar.replan(EntryKind.MEETING, m.id, MONDAY + timedelta(days=3))
    with pytest.raises(NotFound, match="no announcement 1"):
        calendar.replan(EntryKind.ANNOUNCEMENT, 1, MONDAY)
    with pytest.raises(ValidationError, match="time zone"):
        calendar.replan(EntryKind.POST, post.id, datetime(2027, 1, 5, 10, 0))


def test_a_reviewer_sees_why_nothing_moves_and_the_service_refuses_them(ctx, desk, people, as_person):
    post = ctx.service(PostService).save(
        PostEdit(desk["weibo"].id, "开放日预告", MONDAY + timedelta(hours=3))
    )
    as_person(people["reviewer"])
    calendar = ctx.service(CalendarService)
    entry = next(e for e in calendar.entries(date(2027, 1, 4), date(2027, 1, 10)) if e.id == post.id)
    assert not entry.can_move and entry.movable  # in words, from the posts service
    with pytest.raises(PermissionDenied):
        calendar.replan(EntryKind.POST, post.id, MONDAY + timedelta(days=1))


def test_an_event_dragged_from_a_stale_calendar_is_a_conflict_not_a_silent_overwrite(ctx, desk):
    """The calendar passes the version it read: an event changed in its own pane since (here its
    place) is not overwritten by a drop made on the older copy."""
    events = ctx.service(EventService)
    event = events.create(
        EventEdit("发布会", MONDAY + timedelta(hours=6), MONDAY + timedelta(hours=8), "Asia/Shanghai")
    )
    calendar = ctx.service(CalendarService)
    [entry] = [e for e in calendar.entries(*QUARTER) if e.kind is EntryKind.EVENT]
    assert entry.version == event.version
    events.save(event.id, event.edit(place="二楼报告厅"), event.version)  # meanwhile, in the events pane
    with pytest.raises(ConflictError):
        calendar.replan(EntryKind.EVENT, event.id, MONDAY + timedelta(days=1, hours=6), entry.version)
    assert events.get(event.id).starts_at == MONDAY + timedelta(hours=6)
    assert events.get(event.id).place == "二楼报告厅"


def test_a_planned_announcement_is_on_the_calendar_and_moves_through_its_own_save(
    ctx, desk, people, as_person, smtp_server, tmp_path
):
    """An announcement planned for a day shows there before it is sent; moving it keeps its approval
    (the time is not what was reviewed) and checks the version read; once sent it stays put."""
    from tests.support.outbox import configure

    from commdesk.services.announcements import AnnouncementService
    from commdesk.services.staff.service import StaffService

    as_person(people["admin"])
    configure(ctx, smtp_server, tmp_path)
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    m = staff.add_member("王芳", "wang@example.org", "办公室")
    staff.subscribe(m.id, lst.id)
    as_person(people["officer"])
    announcements = ctx.service(AnnouncementService)
    planned = MONDAY + timedelta(days=2, hours=1)  # Wednesday 6 January 09:00 in Shanghai
    a = announcements.create("年会安排", "年会定于周五晚举行。", "normal", [lst.id], planned_at=planned)
    announcements.create("未定时间", "还没有计划时间。", "normal", [lst.id])  # not on the calendar
    announcements.submit(a.id)
    as_person(people["reviewer"])
    announcements.approve(a.id)
    as_person(people["officer"])

    calendar = ctx.service(CalendarService)
    [entry] = calendar.entries(*QUARTER, Filter(frozenset({EntryKind.ANNOUNCEMENT})))
    assert (entry.id, entry.start, entry.can_move, entry.channel) == (a.id, planned, True, "全员通知")
    with pytest.raises(ValidationError, match="time zone"):
        announcements.save(
            a.id, None, a.subject, a.body, a.priority, a.list_ids, planned_at=datetime(2027, 1, 8)
        )

    calendar.replan(EntryKind.ANNOUNCEMENT, a.id, planned + timedelta(days=1), entry.version)
    moved = announcements.get(a.id)
    assert moved.planned_at == planned + timedelta(days=1)
    assert moved.state is State.APPROVED  # the reviewed text is the same
    with pytest.raises(ConflictError):  # a drop from a calendar read before that move
        calendar.replan(EntryKind.ANNOUNCEMENT, a.id, planned, entry.version)

    announcements.send(a.id)
    [sent] = calendar.entries(
        date(2026, 11, 30), date(2026, 12, 6), Filter(frozenset({EntryKind.ANNOUNCEMENT}))
    )
    assert sent.start == NOW and not sent.can_move and "sent" in sent.movable
    assert calendar.entries(*QUARTER, Filter(frozenset({EntryKind.ANNOUNCEMENT}))) == []
    with pytest.raises(ValidationError, match="was sent"):
        calendar.replan(EntryKind.ANNOUNCEMENT, a.id, planned, announcements.get(a.id).version)


def test_the_owner_filter_finds_the_posts_of_their_author(ctx, desk, people, as_person, tmp_path):
    """A post's owner on the calendar is its author: the owner filter finds each person's posts
    (with their other items), the filter bar offers the authors, and the .ics feed names them."""
    from icalendar import Calendar

    posts = ctx.service(PostService)
    as_person(people["officer"])
    mine = posts.save(PostEdit(desk["weibo"].id, "李明的帖子", MONDAY + timedelta(days=1, hours=2)))
    event = ctx.service(EventService).create(
        EventEdit(
            "发布会",
            MONDAY + timedelta(days=2, hours=6),
            MONDAY + timedelta(days=2, hours=8),
            "Asia/Shanghai",
        )
    )
    as_person(people["officer2"])
    theirs = posts.save(PostEdit(desk["weibo"].id, "Emma's post", MONDAY + timedelta(days=3, hours=2)))
    calendar = ctx.service(CalendarService)
    week = (date(2027, 1, 4), date(2027, 1, 10))
    view = calendar.view(*week)
    assert {"李明 Li Ming", "Emma Schmidt"} <= set(view.owners)
    by_key = {e.key: e for e in view.entries}
    assert by_key[f"post-{mine.id}"].owner == "李明 Li Ming"
    assert by_key[f"post-{theirs.id}"].owner == "Emma Schmidt"

    li = calendar.entries(*week, Filter(owner="李明 li ming"))  # as typed, in any case
    assert {(e.kind, e.id) for e in li} == {(EntryKind.POST, mine.id), (EntryKind.EVENT, event.id)}
    emma = calendar.entries(*week, Filter(kinds=frozenset({EntryKind.POST}), owner="Emma Schmidt"))
    assert [e.id for e in emma] == [theirs.id]

    feed = tmp_path / "emma.ics"
    calendar.export(feed, *week, Filter(owner="Emma Schmidt"), fmt="ics")
    (only,) = Calendar.from_ical(feed.read_bytes()).walk("VEVENT")
    assert str(only["summary"]) == "Emma's post" and "Emma Schmidt" in str(only["description"])


def test_the_posts_view_holds_the_posts_alone_those_off_the_plan_too(ctx, desk, people, as_person):
    """What the Posts pane's calendar shows: posts only (of one account or all), one taken off the
    plan still there (struck through: its status says so), the cadence of the account shown, and
    what the acting person may not move saying why."""
    accounts = ctx.service(AccountService)
    wechat = accounts.save_account(
        next(p for p in accounts.platforms() if p.code == "wechat").id, "华信科技服务号"
    )
    posts = ctx.service(PostService)
    kept = posts.save(PostEdit(desk["weibo"].id, "保留的帖子", MONDAY + timedelta(hours=10)))
    dropped = posts.save(PostEdit(desk["weibo"].id, "撤下的帖子", MONDAY + timedelta(days=1, hours=10)))
    posts.cancel(dropped.id, dropped.version)
    other = posts.save(PostEdit(wechat.id, "服务号的帖子", MONDAY + timedelta(days=2, hours=10)))
    ctx.service(EventService).create(
        EventEdit("发布会", MONDAY + timedelta(days=2), MONDAY + timedelta(days=2, hours=2), "Asia/Shanghai")
    )
    calendar = ctx.service(CalendarService)
    week = (date(2027, 1, 4), date(2027, 1, 10))
    view = calendar.posts_view(*week, account_id=desk["weibo"].id)
    assert [(e.kind, e.id, e.status) for e in view.entries] == [
        (EntryKind.POST, kept.id, "draft"),
        (EntryKind.POST, dropped.id, "cancelled"),
    ]
    assert {w.account_id for w in view.cadence} == {desk["weibo"].id}
    assert view.owners == ("李明 Li Ming",)
    assert {e.id for e in calendar.posts_view(*week).entries} == {kept.id, dropped.id, other.id}
    assert dropped.id not in {e.id for e in calendar.entries(*week)}  # the one calendar: plans only
    as_person(people["reviewer"])
    assert all(not e.can_move for e in calendar.posts_view(*week).entries)


def test_an_owners_calendar_carries_the_cadence_of_their_posts_accounts_only(ctx, desk, people, as_person):
    """Under an owner (or campaign) filter the SM-2 warnings are those of the accounts of the posts
    shown: someone with no post has none, someone with posts has their accounts' weeks."""
    accounts = ctx.service(AccountService)
    wechat_platform = next(p for p in accounts.platforms() if p.code == "wechat")
    wechat = accounts.save_account(wechat_platform.id, "华信服务号", target_min=1, target_max=2)
    posts = ctx.service(PostService)
    as_person(people["officer"])
    posts.save(PostEdit(desk["weibo"].id, "李明的帖子", MONDAY + timedelta(days=1, hours=2)))
    as_person(people["officer2"])
    posts.save(PostEdit(wechat.id, "Emma 的推文", MONDAY + timedelta(days=2, hours=12)))
    calendar = ctx.service(CalendarService)
    week = (date(2027, 1, 4), date(2027, 1, 10))
    everyone = {w.account for w in calendar.view(*week).warnings()}
    assert everyone == {desk["weibo"].label()}  # Weibo 1 of 3-5; WeChat's 1 is on target
    li = calendar.view(*week, Filter(owner="李明 Li Ming")).warnings()
    assert [w.account for w in li] == [desk["weibo"].label()]
    assert calendar.view(*week, Filter(owner="Emma Schmidt")).warnings() == []
    nobody = calendar.view(*week, Filter(owner="王芳 Wang Fang"))
    assert nobody.warnings() == [] and nobody.entries == ()
    campaign = calendar.view(*week, Filter(campaign="没有的专题"))
    assert campaign.warnings() == []

"""The demo's publishing plan as a new user meets it on the calendar: a quarter of posts (thirteen
weeks around today, those gone by published, the coming ones planned and some in review), the
cadence warning on two Weibo weeks only and resolved by planning one more post, monthly figures
for every account, and the announcements not sent yet at their planned times in the coming weeks."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from commdesk.bootstrap import open_database
from commdesk.core import timezones as tz
from commdesk.core.calendar.entries import EntryKind, Filter
from commdesk.services.calendar import CalendarService
from commdesk.services.people import PeopleService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.metrics import SocialMetricsService
from commdesk.services.publishing.posts import PostEdit, PostService

pytestmark = pytest.mark.timezones

NOW = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)  # Tuesday 10:00 in Shanghai, the demo's zone
THIS_MONDAY = date(2026, 11, 30)
FIRST, LAST = THIS_MONDAY - timedelta(weeks=6), THIS_MONDAY + timedelta(weeks=7) - timedelta(days=1)


@pytest.fixture
def desk(tmp_path_factory, demo_factory):
    path = demo_factory(tmp_path_factory.mktemp("demo") / "demo.sqlite3", now=NOW)
    ctx = open_database(path).ctx
    li = ctx.service(PeopleService).find("李明")
    ctx.current = lambda: li
    ctx.clock = lambda: NOW
    yield ctx
    ctx.engine.dispose()


def test_a_quarter_of_posts_with_the_cadence_warning_shown_and_resolved(desk):
    calendar = desk.service(CalendarService)
    wide = calendar.view(
        FIRST - timedelta(weeks=8), LAST + timedelta(weeks=8), Filter(frozenset({EntryKind.POST}))
    )
    posts = wide.entries
    days = sorted(tz.to_zone(e.start, calendar.zone()).date() for e in posts)
    assert FIRST <= days[0] < FIRST + timedelta(weeks=1) and LAST - timedelta(weeks=1) < days[-1] <= LAST
    published = [e for e in posts if e.state == "Published"]
    coming = [e for e in posts if e.start > NOW]
    assert published and all(e.start < NOW for e in published)
    assert coming and not any(e.state == "Published" for e in coming)
    assert any(e.state == "In review" for e in coming) and any(e.state == "Draft" for e in coming)
    assert {e.channel.split(" · ")[0] for e in posts} == {"Weibo", "WeChat official account", "LinkedIn"}

    quarter = calendar.view(FIRST, LAST)
    off = [(w.account, w.monday) for w in quarter.warnings()]
    assert off == [
        ("Weibo · 华信科技", THIS_MONDAY - timedelta(weeks=5)),  # gone by
        ("Weibo · 华信科技", THIS_MONDAY + timedelta(weeks=2)),  # to come: plan one more
    ]

    weibo = next(a for a in desk.service(AccountService).accounts() if a.name == "华信科技")
    wednesday = THIS_MONDAY + timedelta(weeks=2, days=2)
    at = tz.wall_clock(wednesday, time(12, 0), calendar.zone())
    desk.service(PostService).save(PostEdit(weibo.id, "年终回顾：G3 上线一年，感谢每一位用户。", at))
    assert [w.monday for w in calendar.view(FIRST, LAST).warnings()] == [THIS_MONDAY - timedelta(weeks=5)]

    figures = desk.service(SocialMetricsService).series()
    assert {(f.account_id, f.month) for f in figures} >= {
        (a.id, date(2026, 11, 1)) for a in desk.service(AccountService).accounts()
    }


def test_the_announcements_not_sent_yet_are_on_the_calendar_at_their_planned_times(desk):
    calendar = desk.service(CalendarService)
    shown = calendar.view(FIRST, LAST, Filter(frozenset({EntryKind.ANNOUNCEMENT}))).entries
    planned = [e for e in shown if e.start > NOW]
    assert len(planned) == 3 and all(e.start < NOW + timedelta(weeks=4) for e in planned)
    assert {e.state for e in planned} == {"Draft", "In review", "Approved"}
    assert [e.state for e in shown if e.start < NOW] == ["Sent"]

"""A social post, an announcement and an event invitation submitted for review wait in Home's
"Reviews awaiting me" box of a reviewer who did not write them (the review engine's four eyes), each
opening its own pane on its record; the author does not see them; once approved they are gone; the
start-up glance shows the same lines."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.ui.test_home_procedure_review import _glance_reviews, _lines

from commdesk.core.events.records import EventEdit
from commdesk.services.announcements import AnnouncementService
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.home import HomeService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.staff.service import StaffService
from commdesk.ui.announcements.pane import AnnouncementsPane
from commdesk.ui.home.pane import HomePane

LATER = datetime.now(UTC) + timedelta(days=7)


def _service_reviews(ctx, now) -> list[tuple]:
    box = next(s for s in HomeService(ctx).sections(now) if s.key == "reviews")
    return [(e.text, e.detail, e.pane, e.record_id, e.when) for e in box.entries]


def _submit_three(ctx, app_services, people):
    """As the officer: a post, an announcement and an event invitation written and submitted."""
    ctx.current = app_services.person
    app_services.set_person(people["admin"])
    staff = ctx.service(StaffService)
    everyone = staff.save_list("全员通知", "All staff")
    staff.subscribe(staff.add_member("王芳", "wang@example.org", "办公室").id, everyone.id)
    accounts = ctx.service(AccountService)
    platforms = {p.code: p for p in accounts.add_standard_platforms()}
    weibo = accounts.save_account(platforms["weibo"].id, "市民服务中心")
    app_services.set_person(people["officer"])
    posts = ctx.service(PostService)
    post = posts.save(PostEdit(weibo.id, "开放日预告：周六欢迎来访\n地点：一楼大厅", LATER))
    posts.submit(post.id, post.review.version)
    announcements = ctx.service(AnnouncementService)
    notice = announcements.create("年会安排", "年会定于周五晚举行。", "normal", [everyone.id])
    announcements.submit(notice.id)
    announcements.create("停电通知", "周日检修。", "normal", [everyone.id])  # a draft, not in review
    event = ctx.service(EventService).create(
        EventEdit(
            "新闻发布会",
            LATER,
            LATER + timedelta(hours=2),
            "Asia/Shanghai",
            invitation_subject="邀请",
            invitation_body="诚邀。",
        )
    )
    ctx.service(EventReview).submit(event.id)
    return post, notice, event


def test_a_reviewer_sees_every_kind_in_review_and_each_opens_its_pane(
    qtbot, ctx, app_services, people, db_url
):
    post, notice, event = _submit_three(ctx, app_services, people)
    qtbot.waitUntil(lambda: app_services.announced_upto == app_services.commits_so_far())

    app_services.set_person(people["reviewer"])
    home = HomePane(app_services)
    qtbot.addWidget(home)
    opened = []
    home.navigate.connect(lambda pane, record: opened.append((pane, record)))
    home.show()
    with qtbot.waitSignal(home.sections_shown):
        home.refresh()
    lines = _lines(home)
    author = people["officer"].name
    wanted = {
        "Social post: 开放日预告：周六欢迎来访 地点：一楼大厅": ("posts", post.id),
        "Announcement: 年会安排": ("announcements", notice.id),
        "Event invitation: 新闻发布会": ("events", event.id),
    }
    for words in wanted:
        [line] = [t for t in lines if words in t]
        assert author in line
    # the same lines in the start-up glance, field for field
    service_box = _service_reviews(ctx, home._now)
    assert {e[0] for e in service_box} >= set(wanted)
    assert _glance_reviews(db_url, people["reviewer"].id, home._now) in (None, service_box)

    box = home.boxes["reviews"].list
    for words, target in wanted.items():
        row = next(i for i in range(box.count()) if words in box.item(i).text())
        box.itemActivated.emit(box.item(row))
        assert opened[-1] == target
    announcements_pane = AnnouncementsPane(app_services)  # the Announcements pane opens on it
    qtbot.addWidget(announcements_pane)
    announcements_pane.open_record(notice.id)
    assert announcements_pane.current is not None and announcements_pane.current.id == notice.id

    with qtbot.waitSignal(home.sections_shown):  # an approval is a commit Home follows
        ctx.service(PostService).approve(post.id)
    with qtbot.waitSignal(home.sections_shown):
        ctx.service(AnnouncementService).approve(notice.id)
    with qtbot.waitSignal(home.sections_shown):
        ctx.service(EventReview).approve(event.id)
    assert not any(words in t for t in _lines(home) for words in wanted)
    assert _glance_reviews(db_url, people["reviewer"].id, home._now) in (None, [])


def test_the_author_does_not_see_their_own_items_to_review(qtbot, ctx, app_services, people, db_url):
    _submit_three(ctx, app_services, people)
    home = HomePane(app_services)  # the author's own Home
    qtbot.addWidget(home)
    home.show()
    with qtbot.waitSignal(home.sections_shown):
        home.refresh()
    assert not any(title in t for t in _lines(home) for title in ("开放日预告", "年会安排", "新闻发布会"))
    assert _service_reviews(ctx, home._now) == []
    assert _glance_reviews(db_url, people["officer"].id, home._now) in (None, [])

"""Home follows a change by reading again only the boxes and charts made of the tables it changed:
a release approved elsewhere reads Home's boxes of releases (in one or two statements, whatever
their sizes), not the meetings, cases or outbox; what Home then shows is what reading everything
again shows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event

from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services import home as home_service
from commdesk.services.home import HomeService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.home.pane import HomePane

NOW = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)  # 08:30 in Shanghai, a Wednesday


def _fields(sections) -> list[tuple]:
    return [(s.key, s.title, s.count, [(e.text, e.detail, e.urgent) for e in s.entries]) for s in sections]


@pytest.fixture
def desk(qtbot, ctx, app_services, people):
    ctx.clock = lambda: NOW
    ctx.current = app_services.person
    app_services.set_person(people["officer"])
    ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="每日站会",
            purpose="同步",
            start=NOW + timedelta(hours=2),
            duration=15,
            tz="Asia/Shanghai",
            room="301",
            participants=[Participant("李明", "li@example.org")],
        )
    )
    svc = ctx.service(ReleaseService)
    made = []
    for title, embargo in (("华信发布新平台", NOW + timedelta(days=1)), ("年度报告", None)):
        r = svc.create(
            ReleaseEdit(
                ReleaseContent(
                    title=title,
                    body_markdown="第一段。",
                    dateline_city="上海",
                    dateline_date=date(2026, 12, 2),
                    embargo=embargo,
                ),
                embargo_tz="Asia/Shanghai" if embargo else "",
                reviewer_ids=(people["reviewer"].id,),
            )
        )
        made.append(svc.act(r.id, Action.SUBMIT, note="请审"))
    # what the fixture wrote is announced before the tests begin (not together with their change)
    qtbot.waitUntil(lambda: app_services.announced_upto == app_services.commits_so_far())
    return svc, made


def _statements(ctx) -> list[str]:
    seen: list[str] = []
    event.listen(ctx.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    return seen


def test_the_pane_watches_every_table_home_reads():
    assert HomePane.tables == home_service.TABLES
    assert home_service.boxes_for({"settings"}) == frozenset(home_service.BOX_TABLES)
    assert home_service.boxes_for({"audit_log"}) == frozenset()


def test_an_approval_reads_the_boxes_of_releases_only(qtbot, ctx, app_services, people, desk, monkeypatch):
    svc, (first, second) = desk
    app_services.set_person(people["reviewer"])
    home = HomePane(app_services)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitExposed(home)
    with qtbot.waitSignal(home.figures_shown):
        home.refresh()
    assert home.boxes["reviews"].list.count() == 2
    meetings_before = next(s for s in home._sections if s.key == "meetings")
    seen = _statements(ctx)
    asked: list[tuple[frozenset[str] | None, int]] = []
    sections = home.home.sections

    def counted(now=None, keys=None):
        before = len(seen)
        out = sections(now, keys)
        # the organisation's settings aside (read once per desk on a server, each time on a file)
        asked.append((keys, sum(1 for text in seen[before:] if "FROM settings" not in text)))
        return out

    monkeypatch.setattr(home.home, "sections", counted)

    with qtbot.waitSignal(home.figures_shown):
        svc.act(first.id, Action.APPROVE)  # as another desk's approval arrives: a commit, announced
    # the three boxes of releases, in two statements: the releases of the three boxes, then the
    # reviewers and approvals of those in review; a third, the posts, announcements and event
    # invitations in the review engine's review with their approvals (one statement for the three
    # kinds); and a fourth, the procedure version in review that the reviews box lists too (none
    # here: its approvals are not read)
    assert asked == [(frozenset({"reviews", "returned", "embargoes"}), 4)]
    assert next(s for s in home._sections if s.key == "meetings") is meetings_before  # not read again
    assert home.boxes["reviews"].list.count() == 1
    assert second.content.title in home.boxes["reviews"].list.item(0).text()
    assert _fields(home._sections) == _fields(HomeService(ctx).sections(home._now))
    assert home.snapshot is not None
    assert dict(home.snapshot.figures.releases_by_state)["Approved"] == 1
    assert home.snapshot.figures == HomeService(ctx).figures(home._now)


def test_changes_requested_reads_back_as_a_whole_reading(qtbot, ctx, app_services, people, desk):
    svc, (first, _second) = desk
    home = HomePane(app_services)  # the officer's Home, hidden behind another pane
    qtbot.addWidget(home)
    assert home.show_sections()
    assert home.boxes["returned"].list.count() == 0
    with qtbot.waitSignal(home.sections_shown):  # announced once the event loop runs again
        ctx.current = lambda: people["reviewer"]  # as the reviewer's desk would
        svc.act(first.id, Action.REQUEST_CHANGES, note="请补充数据")
        ctx.current = app_services.person
    [line] = [home.boxes["returned"].list.item(i).text() for i in range(home.boxes["returned"].list.count())]
    assert first.content.title in line and "请补充数据" in line
    assert _fields(home._sections) == _fields(HomeService(ctx).sections(home._now))
    assert home.snapshot is None  # the charts are counted when Home is shown
    home.show()
    qtbot.waitUntil(lambda: home.snapshot is not None)
    assert home.snapshot.figures == HomeService(ctx).figures(home._now)

"""Home stays a few bounded reads however large the office: each list stops at HomeService.LIMIT
entries (the earliest first) and says how many there are in all; the box's title shows that number."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.home import HomeSection, HomeService
from commdesk.services.releases.service import ReleaseService

NOW = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)  # a Wednesday morning in Shanghai


def _section(snapshot, key) -> HomeSection:
    return next(s for s in snapshot.sections if s.key == key)


def test_home_lists_stop_at_their_limit_and_count_the_rest(ctx, people, monkeypatch):
    ctx.clock = lambda: NOW
    ctx.current = lambda: people["officer"]
    releases = ctx.service(ReleaseService)
    for hours in (30, 10, 20):
        r = releases.create(
            ReleaseEdit(
                ReleaseContent(
                    title=f"embargo in {hours} h",
                    body_markdown="第一段。",
                    dateline_city="上海",
                    dateline_date=date(2026, 12, 2),
                    embargo=NOW + timedelta(hours=hours),
                ),
                embargo_tz="Asia/Shanghai",
                reviewer_ids=(people["reviewer"].id,),
            )
        )
        releases.act(r.id, Action.SUBMIT, note="请审")
    monkeypatch.setattr(HomeService, "LIMIT", 2)
    ctx.current = lambda: people["reviewer"]
    snap = ctx.service(HomeService).snapshot()
    embargoes = _section(snap, "embargoes")
    assert [e.text for e in embargoes.entries] == ["embargo in 10 h", "embargo in 20 h"]
    assert embargoes.count == 3 == snap.counts["embargoes"]
    assert len(_section(snap, "reviews").entries) == 2  # all three wait for this reviewer


def test_a_box_titles_the_whole_count(qtbot):
    from PySide6.QtWidgets import QWidget

    from commdesk.services.home import HomeEntry
    from commdesk.ui.home.pane import SectionBox

    parent = QWidget()
    qtbot.addWidget(parent)
    box = SectionBox("actions", parent)
    entries = tuple(HomeEntry(f"action {i}", "due", "meetings", i) for i in range(2))
    box.show_section(HomeSection("actions", "My open and overdue actions", entries, "none", total=250))
    assert box.title() == "My open and overdue actions (250)"
    assert box.list.count() == 2


def test_minutes_due_are_those_whose_newest_minutes_are_not_out(ctx, people):
    from commdesk.persistence.models.meetings import MeetingRow, MinutesRow
    from commdesk.persistence.repositories import home as home_repo

    start = NOW - timedelta(days=2)
    out = NOW - timedelta(days=1)
    with ctx.unit_of_work() as uow:
        for uid, versions in (
            ("none", ()),  # no minutes yet
            ("out", ((1, out),)),  # distributed
            ("reopened", ((1, out), (2, None))),  # distributed, then re-opened: the newest is not out
        ):
            meeting = MeetingRow(
                uid=uid, kind="in_person", topic=uid, start=start, duration=60, tz="Asia/Shanghai"
            )
            uow.session.add(meeting)
            uow.session.flush()
            for number, distributed in versions:
                uow.session.add(MinutesRow(meeting_id=meeting.id, number=number, distributed_at=distributed))
        uow.session.flush()
        lines = home_repo.meetings_without_minutes_out(uow.session, NOW - timedelta(days=30), NOW, 10)
    assert [m.topic for m in lines] == ["none", "reopened"]

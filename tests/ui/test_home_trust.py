"""Home: a meeting's time in its own zone (not the process's), the embargo in the same
words as the releases pane, "returned to me" with the reviewer's note and a badge, and held outbox
messages with the reason (clicking goes to the outbox). Run under TZ=Asia/Shanghai and
TZ=America/Los_Angeles: the same text either way."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
import tests.support.smtp as loopback
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.home import HomeService
from commdesk.services.mail.sending import ReleaseMailer
from commdesk.services.meetings.service import MeetingService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.home.pane import HomePane
from commdesk.ui.releases.pane import ReleasesPane

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)
SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)  # 08:30 in Shanghai, a Wednesday
EMBARGO = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai


def _section(snapshot, key):
    return next(s for s in snapshot.sections if s.key == key)


@pytest.fixture
def desk(ctx, people):
    ctx.clock = lambda: NOW
    ctx.current = lambda: people["officer"]
    svc = ctx.service(ReleaseService)
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台",
                body_markdown="第一段。",
                dateline_city="上海",
                dateline_date=date(2026, 12, 2),
                embargo=EMBARGO,
            ),
            embargo_tz="Asia/Shanghai",
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    ctx.current = lambda: people["admin"]
    return svc, r


def test_meeting_and_embargo_times_are_in_their_own_zone(ctx, people, desk):
    ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="每日站会",
            purpose="同步",
            start=datetime(2026, 12, 2, 9, 30, tzinfo=SHANGHAI),
            duration=15,
            tz="Asia/Shanghai",
            room="301",
            participants=[Participant("李明", "li@example.org")],
        )
    )
    snap = ctx.service(HomeService).snapshot()
    [meeting] = _section(snap, "meetings").entries
    assert meeting.detail.startswith(("today 09:30", "今天 09:30"))
    assert "01:30" not in meeting.detail and "17:30" not in meeting.detail
    [embargo] = _section(snap, "embargoes").entries
    assert "2026-12-03 10:00 (Asia/Shanghai, UTC+08:00)" in embargo.detail


def test_the_releases_list_heading_and_tooltip_agree_on_the_embargo(qtbot, app_services, people, desk):
    _svc, r = desk
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.select(r.id)
    row = pane.model.row_of(r.id)
    shown = "2026-12-03 10:00 (Asia/Shanghai, UTC+08:00)"
    index = pane.model.index(row, pane.model.EMBARGO)
    assert pane.model.data(index) == shown
    from PySide6.QtCore import Qt

    assert shown in pane.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert shown in pane.heading.text()


def test_returned_to_me_shows_the_note_and_counts_on_the_badge(qtbot, ctx, app_services, people, desk):
    svc, r = desk
    ctx.current = lambda: people["reviewer"]
    from commdesk.services.releases.review import ReleaseReviewService

    ctx.service(ReleaseReviewService).add_comment(r.id, "第一段数据来源？")
    svc.act(r.id, Action.REQUEST_CHANGES, note="请补充数据来源")
    app_services.ctx.current = app_services.person
    app_services.set_person(people["officer"])
    badges = []
    app_services.badge_changed.connect(lambda key, n: badges.append((key, n)))
    pane = HomePane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh()
    box = pane.boxes["returned"]
    assert box.list.count() == 1
    text = box.list.item(0).text()
    assert "请补充数据来源" in text and "王芳" in text and ("1 open comment" in text or "1 条未解决" in text)
    assert ("home", 1) in badges or any(k == "home" and n >= 1 for k, n in badges)
    with qtbot.waitSignal(pane.navigate) as sig:
        box.list.itemActivated.emit(box.list.item(0))
    assert sig.args == ["releases", r.id]
    app_services.set_person(people["reviewer"])  # not the reviewer's: empty for them
    assert pane.boxes["returned"].list.count() == 0


def test_held_messages_are_one_line_per_release_on_home_and_open_the_outbox(
    qtbot, ctx, app_services, people, desk, smtp_server, tmp_path
):
    svc, r = desk
    contacts = ctx.service(ContactService)
    ids = [
        contacts.create(
            ContactRecord(
                full_name=f"记者{n}", outlet="新华社", emails=[Email("work", f"r{n}@media.example.cn")]
            )
        ).id
        for n in range(3)
    ]
    lists = ctx.service(ContactListService)
    press = lists.create_static("媒体")
    lists.add(press.id, ids)
    ctx.current = lambda: people["officer"]
    release = svc.get(r.id)
    svc.save(r.id, release.edit(lists=((press.id, "媒体"),)), release.version)
    ctx.current = lambda: people["reviewer"]
    svc.act(r.id, Action.APPROVE)
    ctx.current = lambda: people["admin"]
    outbox = configure(ctx, smtp_server, tmp_path)
    ctx.current = lambda: people["officer"]
    ctx.service(ReleaseMailer).send_to_lists(r.id)
    release = svc.get(r.id)
    svc.save(
        r.id,
        release.edit(
            content=release.content.__class__(
                **{**release.content.__dict__, "title": "华信发布新平台（修订）"}
            )
        ),
        release.version,
    )
    assert outbox.send_pending().held == 3
    [line] = _section(ctx.service(HomeService).snapshot(), "outbox").entries
    assert line.urgent and line.pane == "outbox" and "no longer approved" in line.detail
    assert line.text.startswith("3 message(s) held") or "3" in line.text


@pytest.mark.parametrize("org_zone, suffix", [("Asia/Shanghai", ""), ("Europe/Berlin", " (Asia/Shanghai)")])
def test_the_organisations_zone_decides_today_and_names_a_meeting_elsewhere(
    ctx, people, desk, org_zone, suffix
):
    from commdesk.services.settings import OrgSettings, SettingsService

    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信", time_zone=org_zone))
    ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="每日站会",
            purpose="同步",
            start=datetime(2026, 12, 2, 9, 30, tzinfo=SHANGHAI),
            duration=15,
            tz="Asia/Shanghai",
            room="301",
            participants=[Participant("李明", "li@example.org")],
        )
    )
    [meeting] = _section(ctx.service(HomeService).snapshot(), "meetings").entries
    assert meeting.detail.split(" · ")[0] in (f"today 09:30{suffix}", f"今天 09:30{suffix}")


def test_review_record_times_are_in_the_organisations_zone(ctx, people, desk, tmp_path):
    from pypdf import PdfReader

    from commdesk.services.releases.export import ReleaseExportService
    from commdesk.services.settings import OrgSettings, SettingsService

    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信", time_zone="Asia/Shanghai"))
    _svc, r = desk  # submitted at NOW: 08:30 in Shanghai
    path = ctx.service(ReleaseExportService).export(r.id, tmp_path / "review.pdf", "review")
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert "2026-12-02 08:30 (UTC+08:00)" in text.replace("\n", " ")

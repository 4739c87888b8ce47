"""Home: the day word and the time next to it come from the same zone, and minutes
show their real PC-5 deadline ("due Mon 12-07 18:00"), "today" only when it is today, "late" when
past. Run under two process zones: the same text either way."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.meetings.model import Meeting, MeetingKind, Participant
from commdesk.services.home import HomeService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.settings import OrgSettings, SettingsService

pytestmark = pytest.mark.timezones
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _entries(ctx, key):
    snap = ctx.service(HomeService).snapshot()
    return next(s for s in snap.sections if s.key == key).entries


def _meeting(ctx, people, topic, start, zone="Asia/Shanghai", minutes=15):
    ctx.current = lambda: people["admin"]
    return ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic=topic,
            purpose="同步",
            start=start,
            duration=minutes,
            tz=zone,
            room="301",
            participants=[Participant("李明", "li@example.org")],
        )
    )


def _org(ctx, people, zone):
    ctx.current = lambda: people["admin"]
    ctx.service(SettingsService).save_organisation(OrgSettings(name="华信", time_zone=zone))


def test_a_meeting_tomorrow_in_its_zone_is_not_called_today_in_an_office_where_it_is_still_yesterday(
    ctx, people, process_tz
):
    _org(ctx, people, "America/Los_Angeles")
    ctx.clock = lambda: datetime(2026, 12, 6, 4, 52, tzinfo=UTC)  # Sat 5 Dec 20:52 in Los Angeles
    _meeting(ctx, people, "传播部周例会", datetime(2026, 12, 6, 9, 30, tzinfo=SHANGHAI))
    [entry] = _entries(ctx, "meetings")
    when = entry.detail.split(" · ")[0]
    assert when == "2026-12-06 09:30 (Asia/Shanghai)"
    assert "today" not in entry.detail and "今天" not in entry.detail


def test_today_is_said_when_it_is_today_in_both_zones(ctx, people, process_tz):
    _org(ctx, people, "Asia/Shanghai")
    ctx.clock = lambda: datetime(2026, 12, 3, 0, 30, tzinfo=UTC)  # Thu 3 Dec 08:30 in Shanghai
    _meeting(ctx, people, "传播部周例会", datetime(2026, 12, 3, 9, 30, tzinfo=SHANGHAI))
    _meeting(ctx, people, "发布会彩排", datetime(2026, 12, 4, 9, 30, tzinfo=SHANGHAI))
    _meeting(
        ctx,
        people,
        "US partners",
        datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        zone="America/Los_Angeles",
    )
    details = sorted(e.detail.split(" · ")[0] for e in _entries(ctx, "meetings"))
    # it is still 2 December in Los Angeles: that meeting's date is written out, in its own zone
    assert details == ["2026-12-03 10:00 (America/Los_Angeles)", "today 09:30", "tomorrow 09:30"]


@pytest.mark.parametrize(
    "now, expected, urgent",
    [
        (datetime(2026, 12, 6, 2, 0, tzinfo=UTC), "minutes due Mon 12-07 18:00 (PC-5)", False),  # Sunday
        (datetime(2026, 12, 7, 2, 0, tzinfo=UTC), "minutes due today 18:00 (PC-5)", False),  # Monday
        (datetime(2026, 12, 8, 2, 0, tzinfo=UTC), "minutes late, were due Mon 12-07 18:00 (PC-5)", True),
    ],
)
def test_minutes_show_their_real_deadline(ctx, people, process_tz, now, expected, urgent):
    _org(ctx, people, "Asia/Shanghai")
    ctx.clock = lambda: datetime(2026, 12, 5, 6, 0, tzinfo=UTC)
    m = _meeting(ctx, people, "展会物料协调会", datetime(2026, 12, 5, 15, 0, tzinfo=SHANGHAI), minutes=60)
    ctx.clock = lambda: now
    view = next(v for v in ctx.service(MeetingService).list(now.replace(day=1), now) if v.id == m.id)
    assert view.minutes_due_at == datetime(2026, 12, 7, 18, 0, tzinfo=SHANGHAI)
    [entry] = _entries(ctx, "minutes")
    assert entry.detail == f"{expected} · met 2026-12-05 15:00 (Asia/Shanghai, UTC+08:00)"
    assert entry.urgent is urgent


def test_the_status_report_from_home_is_in_the_organisations_zone(
    qtbot, app_services, people, process_tz, monkeypatch
):
    from commdesk.ui.common import export
    from commdesk.ui.home.pane import HomePane

    _org(app_services.ctx, people, "Europe/Berlin")
    app_services.ctx.clock = lambda: datetime(2026, 12, 3, 0, 30, tzinfo=UTC)
    built = []
    monkeypatch.setattr(
        export, "export_pdf_interactively", lambda _w, _s, _t, _n, build: built.append(build())
    )
    pane = HomePane(app_services)
    qtbot.addWidget(pane)
    pane.export_pdf()
    [(doc, _blocks)] = built
    assert doc.zone == "Europe/Berlin"
    assert doc.subtitle == "2026-12-03 01:30 (Europe/Berlin, UTC+01:00)"

"""The .ics invitations, read back with an independent parser (vobject) and checked line by line."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest
import vobject
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from commdesk.core.errors import ValidationError
from commdesk.core.meetings.ics import clean_text, display_name, export_filename, invitation_ics
from commdesk.core.meetings.model import Participant
from commdesk.core.meetings.schedule import Recurrence, series_dates
from meetings.factories import BERLIN, make_conference, make_in_person

# time-sensitive: every test here runs under two process zones (tests/conftest.py)
pytestmark = pytest.mark.timezones

STAMP = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def parse(data: bytes):
    assert isinstance(data, bytes)
    return vobject.readOne(data.decode("utf-8"))


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 75, line  # RFC 5545 3.1: 75 octets, excluding the line break
        line.decode("utf-8")  # folding never splits a UTF-8 sequence
    return lines


def rfc6868_decode(value: str) -> str:
    """vobject does not decode RFC 6868 caret escapes in parameter values; do it here."""
    return re.sub(r"\^(.)", lambda m: {"^": "^", "'": '"', "n": "\n"}.get(m[1], m[0]), value)


def test_invitation_for_a_call():
    meeting = make_conference(
        participants=[
            Participant("李雷", "li.lei@example.cn", required=True),
            Participant("Jane Doe", "jane@example.com", required=False),
            Participant("没有邮箱的人"),
        ]
    )
    data = invitation_ics(meeting, password="8812", dtstamp=STAMP)
    physical_lines(data)
    cal = parse(data)
    assert cal.version.value == "2.0"
    assert cal.prodid.value.startswith("-//commdesk//")
    assert cal.method.value == "REQUEST"
    event = cal.vevent
    assert event.uid.value == meeting.uid
    assert int(event.sequence.value) == 0
    assert event.summary.value == "新品发布媒体沟通会"
    assert event.status.value == "CONFIRMED"
    assert event.dtstamp.value == STAMP
    assert b"\r\nDTSTART;TZID=Asia/Shanghai:20250320T100000\r\n" in data
    assert cal.vtimezone.tzid.value == "Asia/Shanghai"
    assert event.dtstart.value == meeting.start
    assert event.dtend.value - event.dtstart.value == timedelta(minutes=60)
    assert event.location.value == meeting.link and event.url.value == meeting.link

    assert event.organizer.value == "mailto:wang.fang@example.cn"
    assert event.organizer.params["CN"] == ["王芳"]
    attendees = {a.value: a.params for a in event.attendee_list}
    assert set(attendees) == {"mailto:li.lei@example.cn", "mailto:jane@example.com"}
    assert attendees["mailto:li.lei@example.cn"]["ROLE"] == ["REQ-PARTICIPANT"]
    assert attendees["mailto:li.lei@example.cn"]["CN"] == ["李雷"]
    assert attendees["mailto:jane@example.com"]["ROLE"] == ["OPT-PARTICIPANT"]
    for params in attendees.values():
        assert params["RSVP"] == ["TRUE"] and params["PARTSTAT"] == ["NEEDS-ACTION"]

    (alarm,) = event.valarm_list
    assert alarm.action.value == "DISPLAY"
    assert alarm.trigger.value == timedelta(minutes=-15)

    text = event.description.value
    assert "确认发布会流程与分工" in text
    assert "1. 开场与目标 (5 min, 王芳)" in text and "3. 分工 (15 min)" in text
    assert meeting.link in text and meeting.dial_in in text
    assert "Password: 8812" in text


def test_password_only_when_given():
    meeting = make_conference(has_password=True)
    data = invitation_ics(meeting, dtstamp=STAMP)
    assert b"Password" not in data and "Password" not in parse(data).vevent.description.value


def test_vtimezone_matches_the_zone_across_dst():
    meeting = make_conference(tz="Europe/Berlin", start=datetime(2025, 3, 28, 10, tzinfo=BERLIN))
    cal = parse(invitation_ics(meeting, dtstamp=STAMP, recurrence=Recurrence("weekly", count=3)))
    assert cal.vtimezone.tzid.value == "Europe/Berlin"
    expected = series_dates(meeting.start, "weekly", count=3)
    got = list(cal.vevent.getrruleset())
    assert [d.astimezone(UTC) for d in got] == [d.astimezone(UTC) for d in expected]
    assert got[1].utcoffset() == timedelta(hours=2)


@pytest.mark.parametrize(
    "day, frequency", [(31, "monthly"), (30, "monthly"), (29, "monthly"), (15, "monthly"), (31, "biweekly")]
)
def test_series_rrule_gives_the_same_dates_as_series_dates(day, frequency):
    start = datetime(2024, 1, day, 9, 30, tzinfo=BERLIN)
    meeting = make_in_person(tz="Europe/Berlin", start=start)
    for rec in (
        Recurrence(frequency, count=14),
        Recurrence(frequency, until=date(2025, 2, 28)),
        Recurrence(frequency, count=30, until=date(2024, 6, 30)),
        Recurrence(frequency, count=3, until=date(2024, 6, 30)),
    ):
        cal = parse(invitation_ics(meeting, dtstamp=STAMP, recurrence=rec))
        expected = series_dates(start, rec.frequency, rec.count, rec.until)
        assert [d.astimezone(UTC) for d in cal.vevent.getrruleset()] == [d.astimezone(UTC) for d in expected]


def test_in_person_invitation_has_room_and_materials():
    meeting = make_in_person()
    event = parse(invitation_ics(meeting, dtstamp=STAMP)).vevent
    assert event.location.value == "3楼 301会议室"
    assert "url" not in event.contents
    assert "笔记本电脑" in event.description.value and "季度报告" in event.description.value


def test_update_and_cancellation_raise_the_sequence():
    meeting = make_conference()
    first = parse(invitation_ics(meeting, dtstamp=STAMP))
    meeting.sequence += 1
    meeting.start += timedelta(hours=1)
    update = parse(invitation_ics(meeting, dtstamp=STAMP + timedelta(hours=1)))
    meeting.sequence += 1
    cancel = parse(invitation_ics(meeting, method="CANCEL", dtstamp=STAMP + timedelta(hours=2)))
    assert update.method.value == "REQUEST" and cancel.method.value == "CANCEL"
    assert first.vevent.uid.value == update.vevent.uid.value == cancel.vevent.uid.value
    assert (
        int(first.vevent.sequence.value)
        < int(update.vevent.sequence.value)
        < int(cancel.vevent.sequence.value)
    )
    assert cancel.vevent.status.value == "CANCELLED"
    assert "valarm" not in cancel.vevent.contents
    assert len(cancel.vevent.attendee_list) == len(meeting.participants)


def test_missing_essentials_are_refused_with_the_field_named():
    with pytest.raises(ValidationError) as err:
        invitation_ics(make_conference(start=None, organiser=None))
    assert set(err.value.errors) == {"start", "organiser"}
    with pytest.raises(ValueError):
        invitation_ics(make_conference(), method="PUBLISH")
    with pytest.raises(ValidationError) as err:
        invitation_ics(make_conference(), recurrence=Recurrence("weekly", until=date(2025, 3, 1)))
    assert set(err.value.errors) == {"until"}


def test_export_filename():
    assert export_filename(make_conference(topic="发布会/预演: 第1次")) == "2025-03-20 发布会_预演_ 第1次.ics"


# Text a user can type: any Unicode except surrogates (which cannot be encoded).
user_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(topic=user_text, purpose=user_text, presenter=user_text, name=user_text)
@example(topic="C:\\Notes\\N; a, b", purpose="\\N", presenter="\\n", name="x")  # a backslash stays one
def test_any_text_gives_a_parseable_calendar_that_keeps_it(topic, purpose, presenter, name):
    meeting = make_conference(topic=topic, purpose=purpose)
    meeting.agenda[0].presenter = presenter
    meeting.participants[0].name = name
    data = invitation_ics(meeting, dtstamp=STAMP)
    physical_lines(data)
    event = parse(data).vevent
    assert event.summary.value == clean_text(topic.strip())
    assert clean_text(purpose.strip()) in event.description.value
    assert clean_text(presenter.strip()) in event.description.value
    attendee = next(a for a in event.attendee_list if a.value == "mailto:p0@example.cn")
    if clean_text(name.strip()):
        (cn,) = attendee.params["CN"]
        assert rfc6868_decode(cn) == display_name(name)
        assert "\n" not in cn and '"' not in cn


def test_long_chinese_text_is_folded_on_character_boundaries():
    topic = "关于二〇二五年第二季度新闻发布会筹备工作、媒体邀请名单确认及现场分工安排的专题电话会议" * 3
    data = invitation_ics(make_conference(topic=topic), dtstamp=STAMP)
    lines = physical_lines(data)
    assert sum(1 for line in lines if line.startswith(b" ")) > 5
    assert parse(data).vevent.summary.value == topic


def test_export_filename_without_a_start_uses_the_meetings_own_today():
    from datetime import datetime as _dt
    from zoneinfo import ZoneInfo

    # Kiritimati is UTC+14: its date is often not the UTC date nor the process's
    name = export_filename(make_conference(topic="待定", start=None, tz="Pacific/Kiritimati"))
    assert name == f"{_dt.now(ZoneInfo('Pacific/Kiritimati')).date().isoformat()} 待定.ics"


LOS_ANGELES = "America/Los_Angeles"


def test_a_meeting_across_the_night_the_clocks_go_back_lasts_its_duration():
    from datetime import datetime as _dt

    from icalendar import Calendar

    # 01:30 PDT on 1 November 2026; an hour later the clocks read 01:30 again (PST)
    start = _dt(2026, 11, 1, 8, 30, tzinfo=UTC)
    meeting = make_conference(start=start, duration=60, tz=LOS_ANGELES)
    # (compared in UTC: Python's == between zones is always False for a time in the repeated hour)
    assert meeting.end.astimezone(UTC) == _dt(2026, 11, 1, 9, 30, tzinfo=UTC)
    assert meeting.end.strftime("%H:%M") == "01:30" and meeting.end.utcoffset() == timedelta(hours=-8)
    event = Calendar.from_ical(invitation_ics(meeting)).walk("VEVENT")[0]
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=1)
    # an ordinary day keeps DTEND in the meeting's zone
    normal = make_conference(start=_dt(2026, 11, 2, 17, 30, tzinfo=UTC), duration=60, tz=LOS_ANGELES)
    assert b"DTEND;TZID=America/Los_Angeles:20261102T103000" in invitation_ics(normal)


def test_agenda_times_count_real_minutes_across_the_switch():
    from datetime import datetime as _dt

    from commdesk.core.documents.meetings import agenda_blocks
    from commdesk.core.documents.spec import Table
    from commdesk.core.meetings.model import AgendaItem

    meeting = make_conference(
        start=_dt(2026, 11, 1, 8, 30, tzinfo=UTC),
        duration=90,
        tz=LOS_ANGELES,
        agenda=[AgendaItem("A", "", 45), AgendaItem("B", "", 45), AgendaItem("C", "", 0)],
    )
    table = next(b for b in agenda_blocks(meeting) if isinstance(b, Table))
    assert [row[1] for row in table.rows] == ["01:30", "01:15", "02:00"]  # 01:30 PDT, then PST

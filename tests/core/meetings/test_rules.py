"""PC-1, PC-2, FM-1 and the agenda time-box check, each at its boundaries."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta

import pytest

from commdesk.core.meetings.model import AgendaItem, MeetingKind, Organiser, Participant
from commdesk.core.rules import Level
from commdesk.core.rules.meetings import (
    agenda_fits,
    check_invitation,
    fm_1,
    headcount,
    pc_1,
    pc_2,
)
from meetings.factories import BERLIN, SHANGHAI, make_conference, make_in_person, people

# time-sensitive: every test here runs under two process zones (tests/conftest.py)
pytestmark = pytest.mark.timezones


def rules(findings):
    return [f.rule for f in findings]


# --- PC-2: 24 hours ahead --------------------------------------------------------------------


def test_pc2_complete_call_24h_ahead_is_clean(conference):
    assert pc_2(conference, conference.start - timedelta(hours=24)) == []


def test_pc2_one_minute_short_of_24h_warns(conference):
    findings = pc_2(conference, conference.start - timedelta(hours=23, minutes=59))
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.rule, finding.level) == ("PC-2", Level.WARN)
    assert "23 h 59 min" in finding.message and "24 hours" in finding.message


def test_pc2_lead_time_measured_across_zones(conference):
    # The organiser sits in Berlin, the call is planned in Shanghai time: 24 h of real time count.
    sent = (conference.start - timedelta(hours=24)).astimezone(BERLIN)
    assert pc_2(conference, sent) == []


def test_pc2_counts_real_hours_across_a_dst_switch_in_one_zone():
    # 09:00 Saturday 7 March (PST) to 09:00 Sunday 8 March (PDT) in Los Angeles: 24 hours on the
    # clock, 23 real hours, with both times in the same zone
    from zoneinfo import ZoneInfo

    la = ZoneInfo("America/Los_Angeles")
    call = make_conference(start=datetime(2026, 3, 8, 9, tzinfo=la), tz="America/Los_Angeles")
    (finding,) = pc_2(call, datetime(2026, 3, 7, 9, tzinfo=la))
    assert finding.rule == "PC-2" and "23" in finding.message
    assert pc_2(call, datetime(2026, 3, 7, 8, tzinfo=la)) == []


def test_pc2_past_call_warns(conference):
    (finding,) = pc_2(conference, conference.start + timedelta(minutes=1))
    assert finding.rule == "PC-2" and "already started" in finding.message


@pytest.mark.parametrize(
    "change, label",
    [
        ({"topic": "  "}, "topic"),
        ({"start": None}, "start time"),
        ({"duration": None}, "duration"),
        ({"duration": 0}, "duration"),
        ({"participants": []}, "participants"),
        ({"link": "", "dial_in": ""}, "link or dial-in"),
        ({"agenda": []}, "agenda"),
    ],
)
def test_pc2_each_missing_field_warns_once(change, label):
    meeting = make_conference(**change)
    sent = datetime(2025, 3, 1, 9, tzinfo=SHANGHAI)
    findings = pc_2(meeting, sent)
    assert len(findings) == 1, findings
    assert findings[0].level is Level.WARN and label in findings[0].message and "PC-2" in findings[0].message


def test_pc2_link_or_dial_in_is_enough():
    sent = datetime(2025, 3, 1, 9, tzinfo=SHANGHAI)
    assert pc_2(make_conference(link=""), sent) == []
    assert pc_2(make_conference(dial_in=""), sent) == []


def test_pc2_password_that_cannot_be_read_warns(conference):
    conference.has_password = True
    sent = datetime(2025, 3, 1, 9, tzinfo=SHANGHAI)
    assert pc_2(conference, sent) == []
    (finding,) = pc_2(conference, sent, password_known=False)
    assert "password" in finding.message


def test_pc2_all_missing_gives_one_finding_per_field():
    meeting = make_conference(
        topic="", start=None, duration=None, participants=[], link="", dial_in="", agenda=[]
    )
    assert rules(pc_2(meeting, datetime(2025, 3, 1, tzinfo=SHANGHAI))) == ["PC-2"] * 6


def test_pc2_ignores_in_person_meetings(in_person):
    assert pc_2(in_person, in_person.start - timedelta(hours=1)) == []


def test_naive_sent_at_is_refused(conference):
    with pytest.raises(ValueError):
        pc_2(conference, datetime(2025, 3, 1))


# --- FM-1: 3 to 7 calendar days ahead --------------------------------------------------------


@pytest.mark.parametrize("days_before, warns", [(2, True), (3, False), (5, False), (7, False), (8, True)])
def test_fm1_window_in_calendar_days(in_person, days_before, warns):
    # The invitation goes out late in the evening: calendar days count, not 72-hour blocks.
    sent = datetime.combine(
        in_person.start.date() - timedelta(days=days_before), datetime.min.time(), SHANGHAI
    ).replace(hour=23, minute=30)
    findings = fm_1(in_person, sent)
    assert rules(findings) == (["FM-1"] if warns else [])
    if warns:
        assert f"{days_before} days" in findings[0].message and "3 to 7" in findings[0].message


def test_fm1_days_counted_in_the_meetings_zone(in_person):
    # 2025-03-13 05:00 in Shanghai is still 2025-03-12 22:00 in Berlin: 7 days for the meeting's
    # zone (fine), 8 days by the sender's calendar. The meeting's zone decides.
    sent = datetime(2025, 3, 13, 5, 0, tzinfo=SHANGHAI).astimezone(BERLIN)
    assert sent.day == 12
    assert fm_1(in_person, sent) == []


@pytest.mark.parametrize(
    "change, label",
    [
        ({"topic": ""}, "topic"),
        ({"purpose": ""}, "purpose"),
        ({"start": None}, "start time"),
        ({"room": " "}, "place"),
        ({"participants": []}, "participants"),
        ({"agenda": []}, "agenda"),
        ({"materials": []}, "materials"),
    ],
)
def test_fm1_each_missing_field_warns(change, label):
    sent = datetime(2025, 3, 15, 9, tzinfo=SHANGHAI)
    findings = fm_1(make_in_person(**change), sent)
    assert len(findings) == 1, findings
    assert findings[0].rule == "FM-1" and label in findings[0].message


def test_fm1_ignores_calls(conference):
    assert fm_1(conference, conference.start - timedelta(days=30)) == []


# --- PC-1: head count ------------------------------------------------------------------------


@pytest.mark.parametrize("invited, warns", [(1, False), (2, False), (9, False), (14, False), (15, True)])
def test_pc1_far_outside_3_to_10(invited, warns):
    # head count = invited + organiser
    meeting = make_conference(participants=people(invited))
    assert headcount(meeting) == invited + 1
    assert rules(pc_1(meeting)) == (["PC-1"] if warns else [])


def test_pc1_organiser_alone_warns():
    meeting = make_conference(participants=[Participant("王芳", "Wang.Fang@example.cn")])
    assert headcount(meeting) == 1
    (finding,) = pc_1(meeting)
    assert finding.rule == "PC-1" and "3-10" in finding.message


def test_pc1_silent_without_participants_and_for_in_person():
    assert pc_1(make_conference(participants=[])) == []
    assert pc_1(make_in_person(participants=people(40))) == []


def test_headcount_counts_people_once():
    meeting = make_conference(
        participants=people(3) + people(3) + [Participant("外部记者")],
        organiser=Organiser("王芳", "p0@example.cn"),
    )
    assert headcount(meeting) == 4


# --- agenda time boxes -----------------------------------------------------------------------


def test_agenda_exactly_filling_the_meeting_is_fine(conference):
    assert conference.agenda_minutes == conference.duration == 60
    assert agenda_fits(conference) == []


def test_agenda_one_minute_over_warns(conference):
    conference.agenda.append(AgendaItem("其他事项", minutes=1))
    (finding,) = agenda_fits(conference)
    assert finding.rule == "PC-4" and "61" in finding.message and "60" in finding.message


def test_agenda_items_without_time_box_count_zero(in_person):
    in_person.agenda.append(AgendaItem("自由讨论"))
    assert agenda_fits(in_person) == []
    in_person.duration = 89
    assert rules(agenda_fits(in_person)) == ["FM-3"]


def test_agenda_without_duration_is_left_to_pc2():
    assert agenda_fits(make_conference(duration=None)) == []


# --- check_invitation ------------------------------------------------------------------------


def test_call_for_tomorrow_morning_shows_the_24h_warning(conference):
    sent = conference.start - timedelta(hours=17)
    assert rules(check_invitation(conference, sent)) == ["PC-2"]


def test_check_invitation_runs_the_rules_of_the_kind():
    big_short_call = make_conference(participants=people(20), duration=30)
    sent = big_short_call.start - timedelta(hours=2)
    assert sorted(rules(check_invitation(big_short_call, sent))) == ["PC-1", "PC-2", "PC-4"]

    meeting = make_in_person(materials=[], duration=60)
    sent = meeting.start - timedelta(days=1)
    assert sorted(rules(check_invitation(meeting, sent))) == ["FM-1", "FM-1", "FM-3"]
    assert check_invitation(make_in_person(), make_in_person().start - timedelta(days=4)) == []


def test_every_finding_is_a_sentence_naming_its_rule():
    meeting = make_conference(topic="", participants=people(30), agenda=[AgendaItem("x", minutes=999)])
    for finding in check_invitation(meeting, meeting.start - timedelta(hours=1)):
        assert finding.rule in finding.message and finding.message.endswith(".")


def test_kind_from_string_and_aware_start_required():
    assert make_conference(kind="in_person").kind is MeetingKind.IN_PERSON
    with pytest.raises(ValueError):
        make_conference(start=datetime(2025, 3, 20, 10))
    assert dataclasses.replace(make_conference(), topic="x").topic == "x"


def test_pc_5_late_and_unknown_holidays():
    from datetime import date as _date

    from commdesk.core.rules.meetings import pc_5
    from commdesk.core.workcalendar import WorkCalendar, covered_years

    cal = WorkCalendar(zone="Asia/Shanghai")
    end = datetime(2026, 9, 30, 18, 30, tzinfo=SHANGHAI)
    assert pc_5(end, datetime(2026, 10, 8, 17, tzinfo=SHANGHAI), None, cal) == []  # due 8 Oct 18:00
    [late] = pc_5(end, datetime(2026, 10, 8, 18, 1, tzinfo=SHANGHAI), None, cal)
    assert late.rule == "PC-5" and "2026-10-08 18:00" in late.message
    assert (
        pc_5(end, datetime(2026, 10, 9, tzinfo=SHANGHAI), datetime(2026, 10, 2, tzinfo=SHANGHAI), cal) == []
    )
    year = covered_years().stop + 1
    later = datetime(year, 3, 10, 10, tzinfo=SHANGHAI)
    [unknown] = pc_5(later, later, None, cal)
    assert unknown.rule == "PC-5" and str(year) in unknown.message and _date(year, 3, 10).year == year

"""Working-hours arithmetic (PC-5), series dates across DST and short months, action due state."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from commdesk.core.meetings.model import ActionItem, ActionStatus
from commdesk.core.meetings.schedule import (
    Frequency,
    MinutesDue,
    Recurrence,
    due_soon,
    minutes_due,
    minutes_status,
    overdue,
    series_dates,
)
from commdesk.core.workcalendar import WorkCalendar
from meetings.factories import BERLIN, SHANGHAI

# time-sensitive: every test here runs under two process zones (tests/conftest.py)
pytestmark = pytest.mark.timezones


def at(y, mo, d, h=0, mi=0, tz=SHANGHAI):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


# --- PC-5 minutes due ------------------------------------------------------------------------
# 2025-03-20 is a Thursday, 03-21 a Friday.


@pytest.mark.parametrize(
    "end, due",
    [
        (at(2025, 3, 20, 11), at(2025, 3, 20, 18)),  # morning meeting: same day 18:00
        (at(2025, 3, 20, 7, 30), at(2025, 3, 20, 18)),  # before hours: still that working day
        (at(2025, 3, 20, 17, 59), at(2025, 3, 20, 18)),
        (at(2025, 3, 20, 18, 0), at(2025, 3, 21, 18)),  # at end of hours: next working day
        (at(2025, 3, 21, 19, 30), at(2025, 3, 24, 18)),  # Friday evening: Monday
        (at(2025, 3, 22, 10), at(2025, 3, 24, 18)),  # Saturday: Monday
        (at(2025, 3, 23, 23, 59), at(2025, 3, 24, 18)),  # Sunday night: Monday
    ],
)
def test_minutes_due(end, due):
    assert minutes_due(end) == due


def test_minutes_due_in_working_hours_zone():
    # The meeting end comes in UTC; the office works 9-18 in Shanghai.
    hours = WorkCalendar(zone="Asia/Shanghai")
    end = datetime(2025, 3, 21, 9, 30, tzinfo=UTC)  # Friday 17:30 in Shanghai
    assert minutes_due(end, hours) == at(2025, 3, 21, 18)
    end = datetime(2025, 3, 21, 10, 30, tzinfo=UTC)  # Friday 18:30 in Shanghai
    assert minutes_due(end, hours) == at(2025, 3, 24, 18)


def test_minutes_due_keeps_18_00_across_dst():
    # Friday 2025-03-28 evening in Berlin; Monday 03-31 is summer time: still 18:00 local.
    due = minutes_due(at(2025, 3, 28, 19, tz=BERLIN))
    assert due.astimezone(BERLIN).replace(tzinfo=None) == datetime(2025, 3, 31, 18)
    assert due.utcoffset() == timedelta(hours=2)


def test_custom_hours_holidays_and_weekdays():
    # a plain weekday calendar (no public calendar) with the office's own closed day
    hours = WorkCalendar(
        start=time(8, 30),
        end=time(17, 30),
        weekdays=frozenset({0, 1, 2, 3, 4, 5}),
        closed_days={date(2025, 3, 24): ""},
        public_holidays=False,
    )
    assert minutes_due(at(2025, 3, 21, 17, 45), hours) == at(2025, 3, 22, 17, 30)  # Saturday works
    assert minutes_due(at(2025, 3, 22, 18), hours) == at(2025, 3, 25, 17, 30)  # Monday is a holiday
    with pytest.raises(ValueError):
        WorkCalendar(start=time(18), end=time(9))
    with pytest.raises(ValueError):
        minutes_due(datetime(2025, 3, 20, 11))


def test_minutes_status():
    end = at(2025, 3, 21, 16)
    assert minutes_status(end, at(2025, 3, 21, 15), None) is MinutesDue.NOT_YET
    assert minutes_status(end, end, None) is MinutesDue.DUE
    assert minutes_status(end, at(2025, 3, 21, 18), None) is MinutesDue.DUE
    assert minutes_status(end, at(2025, 3, 21, 18, 1), None) is MinutesDue.LATE
    assert minutes_status(end, at(2025, 4, 1), at(2025, 3, 25)) is MinutesDue.DONE
    assert MinutesDue.LATE.label == "Minutes late"


# --- series ----------------------------------------------------------------------------------


def test_weekly_series_keeps_wall_clock_across_berlin_dst():
    first = at(2025, 3, 24, 10, tz=BERLIN)  # Monday, CET (+1)
    dates = series_dates(first, Frequency.WEEKLY, count=3)
    assert [d.replace(tzinfo=None) for d in dates] == [
        datetime(2025, 3, 24, 10),
        datetime(2025, 3, 31, 10),
        datetime(2025, 4, 7, 10),
    ]
    assert [d.utcoffset() for d in dates] == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=2)]
    # one week of real time across the change is 167 hours
    assert dates[1].astimezone(UTC) - dates[0].astimezone(UTC) == timedelta(hours=167)


def test_series_back_to_winter_time():
    dates = series_dates(at(2025, 10, 20, 9, tz=BERLIN), "weekly", count=2)
    assert dates[1].replace(tzinfo=None) == datetime(2025, 10, 27, 9)
    assert dates[1].utcoffset() == timedelta(hours=1)


def test_series_in_a_utc_start_uses_the_given_zone():
    first = at(2025, 3, 24, 10, tz=BERLIN).astimezone(UTC)
    dates = series_dates(first, "weekly", count=2, tz="Europe/Berlin")
    assert dates[1].hour == 10 and dates[1].utcoffset() == timedelta(hours=2)


def test_wall_clock_time_in_the_spring_gap_moves_forward():
    dates = series_dates(at(2025, 3, 23, 2, 30, tz=BERLIN), "weekly", count=2)
    assert dates[1].replace(tzinfo=None) == datetime(2025, 3, 30, 3, 30)


def test_biweekly_until_date_is_inclusive():
    dates = series_dates(at(2025, 1, 6, 9), Frequency.BIWEEKLY, until=date(2025, 2, 17))
    assert [d.date() for d in dates] == [
        date(2025, 1, 6),
        date(2025, 1, 20),
        date(2025, 2, 3),
        date(2025, 2, 17),
    ]
    assert series_dates(at(2025, 1, 6, 9), "biweekly", until=at(2025, 2, 17, 8, 59))[-1].day == 3


def test_monthly_31st_clamps_to_last_day_and_comes_back():
    dates = series_dates(at(2024, 1, 31, 15), Frequency.MONTHLY, count=5)
    assert [d.date() for d in dates] == [
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
    ]
    assert all(d.hour == 15 for d in dates)


def test_monthly_across_year_end_and_30th():
    dates = series_dates(at(2024, 11, 30, 9), "monthly", count=4)
    assert [d.date() for d in dates] == [
        date(2024, 11, 30),
        date(2024, 12, 30),
        date(2025, 1, 30),
        date(2025, 2, 28),
    ]


def test_series_needs_an_end():
    with pytest.raises(ValueError):
        series_dates(at(2025, 1, 6, 9), "weekly")
    with pytest.raises(ValueError):
        series_dates(at(2025, 1, 6, 9), "weekly", count=0)
    with pytest.raises(ValueError):
        series_dates(datetime(2025, 1, 6, 9), "weekly", count=2)
    # a far "until" stops at the cap instead of running away
    assert len(series_dates(at(2025, 1, 6, 9), "weekly", until=date(2200, 1, 1))) == 520


def test_recurrence_from_strings():
    rec = Recurrence("monthly", count=3)
    assert rec.frequency is Frequency.MONTHLY and Frequency.BIWEEKLY.label == "Every two weeks"


# --- action items ----------------------------------------------------------------------------

TODAY = date(2025, 3, 20)


@pytest.mark.parametrize(
    "deadline, is_overdue, is_soon",
    [
        (date(2025, 3, 19), True, False),
        (date(2025, 3, 20), False, True),  # due today: not overdue yet
        (date(2025, 3, 23), False, True),  # three days ahead: due soon
        (date(2025, 3, 24), False, False),
        (None, False, False),
    ],
)
def test_action_due_state(deadline, is_overdue, is_soon):
    action = ActionItem("发送新闻稿终稿", "李雷", "li.lei@example.cn", deadline)
    assert overdue(action, TODAY) is is_overdue
    assert due_soon(action, TODAY) is is_soon


@pytest.mark.parametrize(
    "status, active", [("open", True), ("in_progress", True), ("done", False), ("cancelled", False)]
)
def test_closed_actions_are_never_due(status, active):
    action = ActionItem("x", deadline=date(2025, 3, 1), status=status)
    assert action.status is ActionStatus(status)
    assert overdue(action, TODAY) is active
    action.deadline = TODAY
    assert due_soon(action, TODAY, days=0) is active

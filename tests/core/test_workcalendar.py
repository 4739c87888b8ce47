"""The working calendar (core/workcalendar.py): Chinese public holidays and make-up working days
(调休) from chinese-calendar, the organisation's closed days, working hours in a zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.workcalendar import WorkCalendar, covered_years

pytestmark = pytest.mark.timezones

SH = ZoneInfo("Asia/Shanghai")
CAL = WorkCalendar(zone="Asia/Shanghai")


def at(y, m, d, hh=0, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def test_national_day_2026_is_off_and_the_make_up_days_are_worked():
    # State Council 2026: 1-7 October off; Sunday 20 September and Saturday 10 October are worked.
    for day in range(1, 8):
        assert not CAL.is_working_day(date(2026, 10, day)), day
    assert CAL.is_working_day(date(2026, 9, 20)) and date(2026, 9, 20).weekday() == 6
    assert CAL.is_working_day(date(2026, 10, 10)) and date(2026, 10, 10).weekday() == 5
    assert not CAL.is_working_day(date(2026, 10, 11))  # an ordinary Sunday
    assert CAL.next_working_day(date(2026, 9, 30)) == date(2026, 10, 8)
    assert "National Day" in CAL.day_note(date(2026, 10, 3))
    assert "Make-up" in CAL.day_note(date(2026, 10, 10))


def test_spring_festival_2026():
    for day in range(15, 24):
        assert not CAL.is_working_day(date(2026, 2, day)), day
    assert CAL.is_working_day(date(2026, 2, 14))  # Saturday, make-up working day
    assert CAL.next_working_day(date(2026, 2, 14)) == date(2026, 2, 24)
    assert CAL.add_working_days(date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert CAL.working_days_between(date(2026, 2, 13), date(2026, 2, 25)) == 3  # 14th, 24th, 25th


def test_minutes_due_across_national_day():
    # A meeting ending on 30 September after hours: the minutes are due at the end of 8 October.
    assert CAL.end_of_working_day(at(2026, 9, 30, 18, 30)) == at(2026, 10, 8, 18)
    # Ending at 16:00 on the make-up Saturday 10 October: due that day.
    assert CAL.end_of_working_day(at(2026, 10, 10, 16)) == at(2026, 10, 10, 18)
    # On a holiday: the next working day.
    assert CAL.end_of_working_day(at(2026, 10, 3, 10)) == at(2026, 10, 8, 18)
    # The end of the meeting in UTC gives the same answer (zone of the calendar, not of the process).
    assert CAL.end_of_working_day(at(2026, 9, 30, 18, 30).astimezone(UTC)) == at(2026, 10, 8, 18)


def test_add_working_time_and_working_time_between():
    # 16:00 on 30 September + 4 working hours: 2 h that day, 2 h on 8 October.
    assert CAL.add_working_time(at(2026, 9, 30, 16), 4) == at(2026, 10, 8, 11)
    assert CAL.working_time_between(at(2026, 9, 30, 16), at(2026, 10, 8, 11)) == timedelta(hours=4)
    assert CAL.working_time_between(at(2026, 10, 8, 11), at(2026, 9, 30, 16)) == -timedelta(hours=4)
    # Outside working hours: the clock starts at the next opening.
    assert CAL.add_working_time(at(2026, 10, 9, 20), 1) == at(2026, 10, 10, 10)
    assert CAL.add_working_time(at(2026, 10, 9, 20), 0) == at(2026, 10, 10, 9)
    # A whole week across Spring Festival: 14 Feb (Sat, worked) and then 24 Feb onwards.
    assert CAL.working_time_between(at(2026, 2, 13, 18), at(2026, 2, 25, 9)) == timedelta(hours=18)
    with pytest.raises(ValueError):
        CAL.add_working_time(at(2026, 10, 9, 9), -1)


def test_closed_days_and_hours_from_settings():
    from commdesk.services.settings import OrgSettings

    org = OrgSettings(
        work_start=time(8, 30),
        work_end=time(17, 30),
        time_zone="Asia/Shanghai",
        closed_days=((date(2026, 10, 8), "Company anniversary"),),
    )
    cal = WorkCalendar.from_settings(org)
    assert not cal.is_working_day(date(2026, 10, 8))
    assert cal.day_note(date(2026, 10, 8)) == "Company anniversary"
    assert cal.end_of_working_day(at(2026, 9, 30, 18)) == at(2026, 10, 9, 17, 30)


def test_a_year_without_data_is_said_not_guessed():
    years = covered_years()
    assert 2026 in years
    later = years.stop + 1
    assert CAL.coverage_warning(date(2026, 10, 1)) == ""
    warning = CAL.coverage_warning(date(later, 3, 2))
    assert str(later) in warning and "not known" in warning
    # Monday to Friday is what is counted then, and that is what the warning says.
    monday = date(later, 3, 1) + timedelta(days=(7 - date(later, 3, 1).weekday()) % 7)
    assert CAL.is_working_day(monday) and not CAL.is_working_day(monday + timedelta(days=5))


def test_calendar_refuses_nonsense():
    with pytest.raises(ValueError):
        WorkCalendar(start=time(18), end=time(9))
    with pytest.raises((ValueError, KeyError)):  # ZoneInfoNotFoundError is a KeyError
        WorkCalendar(zone="Mars/Olympus")
    with pytest.raises(ValueError):
        CAL.end_of_working_day(datetime(2026, 10, 9, 10))


LA = ZoneInfo("America/Los_Angeles")
ROUND_THE_CLOCK = WorkCalendar(
    start=time(0),
    end=time(23, 59),
    zone="America/Los_Angeles",
    public_holidays=False,
    weekdays=frozenset(range(7)),
)


def test_working_time_is_elapsed_time_on_a_day_the_clocks_change():
    # 8 March 2026, Los Angeles: 02:00 PST -> 03:00 PDT, so 00:00-06:00 on the clock is 5 hours
    a, b = datetime(2026, 3, 8, 0, tzinfo=LA), datetime(2026, 3, 8, 6, tzinfo=LA)
    assert ROUND_THE_CLOCK.working_time_between(a, b) == timedelta(hours=5)
    # the same instants given in UTC give the same answer
    assert ROUND_THE_CLOCK.working_time_between(a.astimezone(UTC), b.astimezone(UTC)) == timedelta(hours=5)
    # 01:00 PST + 2 hours of work = 04:00 PDT
    assert ROUND_THE_CLOCK.add_working_time(datetime(2026, 3, 8, 1, tzinfo=LA), 2) == datetime(
        2026, 3, 8, 4, tzinfo=LA
    )
    # 1 November 2026: 02:00 PDT -> 01:00 PST, so 00:00-06:00 on the clock is 7 hours
    a, b = datetime(2026, 11, 1, 0, tzinfo=LA), datetime(2026, 11, 1, 6, tzinfo=LA)
    assert ROUND_THE_CLOCK.working_time_between(a, b) == timedelta(hours=7)
    assert ROUND_THE_CLOCK.working_time_between(a.astimezone(UTC), b.astimezone(UTC)) == timedelta(hours=7)


def test_office_hours_in_los_angeles_across_the_switch():
    cal = WorkCalendar(zone="America/Los_Angeles", public_holidays=False)
    friday_evening = datetime(2026, 3, 6, 17, tzinfo=LA)  # PST
    # 1 hour on Friday, 1 hour on Monday morning (PDT): 18:00 still means 18:00 on the clock
    assert cal.add_working_time(friday_evening, 2) == datetime(2026, 3, 9, 10, tzinfo=LA)
    assert cal.add_working_time(friday_evening, 2).utcoffset() == timedelta(hours=-7)
    assert cal.end_of_working_day(datetime(2026, 3, 6, 18, 30, tzinfo=LA)) == datetime(
        2026, 3, 9, 18, tzinfo=LA
    )
    assert cal.working_time_between(friday_evening, datetime(2026, 3, 9, 10, tzinfo=LA)) == timedelta(hours=2)


def test_a_meeting_in_another_zone_is_due_by_the_offices_day():
    # The office is in Shanghai; a call at 09:00 Thursday in Los Angeles ends at 01:00 Friday in
    # Shanghai, before the office opens: due at the end of that Friday, Shanghai time.
    end = datetime(2026, 12, 3, 9, tzinfo=LA)
    assert CAL.end_of_working_day(end) == at(2026, 12, 4, 18)
    # ending at 03:00 Friday in Los Angeles = 19:00 Friday in Shanghai, after hours: Monday 7 December
    assert CAL.end_of_working_day(datetime(2026, 12, 4, 3, tzinfo=LA)) == at(2026, 12, 7, 18)


def test_closed_days_on_a_holiday_and_on_a_make_up_saturday():
    cal = WorkCalendar(
        zone="Asia/Shanghai", closed_days={date(2026, 10, 2): "Team trip", date(2026, 10, 10): "Office move"}
    )
    assert not cal.is_working_day(date(2026, 10, 2))  # off either way
    assert cal.day_note(date(2026, 10, 2)) == "Team trip"  # the office's own reason first
    assert not cal.is_working_day(date(2026, 10, 10))  # the make-up Saturday is closed too
    assert cal.next_working_day(date(2026, 10, 9)) == date(2026, 10, 12)
    # 30 Sep after hours: 8 and 9 October are worked, so due on the 8th as before
    assert cal.end_of_working_day(at(2026, 9, 30, 19)) == at(2026, 10, 8, 18)
    assert cal.working_days_between(date(2026, 9, 30), date(2026, 10, 12)) == 3  # 8, 9, 12


def test_coverage_counts_an_instant_by_its_day_in_the_calendars_zone():
    last = covered_years()[-1]
    # 00:30 UTC on 1 January of the first year without data is still 31 December in Los Angeles:
    # a Los Angeles calendar looked only at a year it knows
    moment = datetime(last + 1, 1, 1, 0, 30, tzinfo=UTC)
    la = WorkCalendar(zone="America/Los_Angeles")
    assert la.coverage_warning(moment) == ""
    assert str(last + 1) in CAL.coverage_warning(moment)  # 08:30 on 1 January in Shanghai


def test_a_whole_year_of_working_time_and_the_length_of_a_day():
    # Every working day of 2026 by the package itself, nine hours each: a clock open for a year (the
    # cases desk's oldest open cases) counts the same as adding the days up one by one.
    import chinese_calendar

    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(365)]
    worked = sum(chinese_calendar.is_workday(d) for d in days)
    assert CAL.working_time_between(at(2026, 1, 1), at(2027, 1, 1)) == worked * timedelta(hours=9)
    assert CAL.day_length() == timedelta(hours=9)
    assert WorkCalendar(start=time(8, 30), end=time(12, 0)).day_length() == timedelta(hours=3, minutes=30)
    # A Berlin year without the Chinese calendar: Monday to Friday, DST nights change nothing.
    berlin = WorkCalendar(zone="Europe/Berlin", public_holidays=False)
    weekdays = sum(d.weekday() < 5 for d in days)
    first, last = datetime(2026, 1, 1, tzinfo=ZoneInfo("Europe/Berlin")), datetime(2027, 1, 1, tzinfo=UTC)
    assert berlin.working_time_between(first, last) == weekdays * timedelta(hours=9)

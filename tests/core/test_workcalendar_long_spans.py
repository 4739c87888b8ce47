"""The working calendar over long spans (core/workcalendar.py): a clock started decades ago (a
letter dated 1970 by a broken device clock, a case logged years late) is counted, not refused, and
the weeks outside the years with holiday data are counted the same as adding up their days."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from commdesk.core.workcalendar import WorkCalendar, covered_years

pytestmark = pytest.mark.timezones

SH = ZoneInfo("Asia/Shanghai")


def day_by_day(cal: WorkCalendar, a: datetime, b: datetime) -> timedelta:
    """The working time between two instants by looking at every day (the slow reference)."""
    zone = ZoneInfo(cal.zone) if cal.zone else a.tzinfo
    total, day = timedelta(0), a.astimezone(zone).date()
    while day <= b.astimezone(zone).date():
        if cal.is_working_day(day):
            opens = datetime.combine(day, cal.start, zone)
            closes = datetime.combine(day, cal.end, zone)
            begin, finish = max(opens, a), min(closes, b)
            if finish > begin:
                total += finish - begin
        day += timedelta(days=1)
    return total


def test_a_clock_started_fifteen_years_ago_is_counted():
    cal = WorkCalendar(zone="Asia/Shanghai")
    start, now = datetime(2011, 6, 1, 10, 0, tzinfo=SH), datetime(2026, 12, 6, 21, 49, tzinfo=SH)
    assert cal.working_time_between(start, now) == day_by_day(cal, start, now)
    assert cal.working_time_between(now, start) == -day_by_day(cal, start, now)
    # A deadline from then is then, not an error.
    assert cal.add_working_time(start, 24) == datetime(2011, 6, 3, 16, 0, tzinfo=SH)


def test_weeks_outside_the_holiday_data_count_as_their_days_also_with_closed_days():
    first_covered = covered_years()[0]
    cal = WorkCalendar(
        zone="Asia/Shanghai",
        start=time(8, 30),
        end=time(17, 0),
        closed_days={date(1999, 10, 1): "National Day", date(2001, 2, 14): ""},
        weekdays=frozenset({0, 1, 2, 3, 4, 5}),
    )
    for a, b in [
        (datetime(1970, 1, 1, 0, 0, tzinfo=SH), datetime(first_covered + 1, 3, 4, 12, 15, tzinfo=SH)),
        (datetime(1998, 12, 30, 16, 59, tzinfo=SH), datetime(2001, 2, 20, 8, 31, tzinfo=SH)),
        (datetime(1999, 9, 27, 9, 0, tzinfo=SH), datetime(1999, 10, 12, 9, 0, tzinfo=SH)),
    ]:
        assert cal.working_time_between(a, b) == day_by_day(cal, a, b), (a, b)
    # The organisation's closed day inside a skipped stretch is not counted.
    with_it = WorkCalendar(zone="Asia/Shanghai", closed_days={date(1999, 10, 6): "Closed"})
    without = WorkCalendar(zone="Asia/Shanghai")
    a, b = datetime(1999, 1, 1, tzinfo=SH), datetime(2000, 1, 1, tzinfo=SH)
    assert without.working_time_between(a, b) - with_it.working_time_between(a, b) == timedelta(hours=9)


def test_an_instant_after_the_holiday_data_still_has_a_next_working_day():
    cal = WorkCalendar(zone="Asia/Shanghai")
    last = covered_years()[-1]
    friday = next(date(last + 12, 1, d) for d in range(1, 8) if date(last + 12, 1, d).weekday() == 4)
    assert cal.next_working_day(friday) == friday + timedelta(days=3)
    start = datetime(last + 12, 1, 1, 12, 0, tzinfo=SH)
    end = datetime(last + 30, 1, 1, 12, 0, tzinfo=SH)
    assert cal.working_time_between(start, end) == day_by_day(cal, start, end)

"""The working calendar: which days and hours the office works, for every deadline commdesk counts.

A day is a working day when
- the organisation has not closed it (its own closed days, from the settings), and
- for a year the ``chinese-calendar`` package has data for: the State Council's calendar says so
  (public holidays off, make-up working days 调休 on, even on a Saturday or Sunday);
- for a year without data: Monday to Friday, and ``coverage_warning`` says that the public holidays
  of that year are not known (the caller shows it; commdesk never guesses silently).

Working hours are wall-clock times in the calendar's zone (``zone``; ``None`` means the zone of the
instant passed in), so a DST change does not move 18:00. Pure: no Qt, no database; the cases desk and
the meetings area share it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from types import MappingProxyType
from zoneinfo import ZoneInfo

from commdesk.core.i18n import translate
from commdesk.core.timezones import org_zone_name, wall_clock


def _package():
    import chinese_calendar

    return chinese_calendar


@lru_cache(maxsize=1)
def covered_years() -> range:
    """The years for which the installed ``chinese-calendar`` knows holidays and make-up days."""
    cc = _package()
    years = sorted({d.year for d in cc.holidays} | {d.year for d in cc.workdays})
    return range(years[0], years[-1] + 1) if years else range(0)


@lru_cache(maxsize=16384)
def public_holiday(day: date) -> tuple[bool, str | None] | None:
    """``(is_holiday, name)`` from the package (name ``None`` for a plain weekend day), or ``None``
    when the package has no data for that year. Remembered per day: the package scans its whole table
    on every question, and a clock open for a year asks about every day of it."""
    if day.year not in covered_years():
        return None
    try:
        return _package().get_holiday_detail(day)
    except NotImplementedError:
        return None


@dataclass(frozen=True)
class WorkCalendar:
    start: time = time(9, 0)
    end: time = time(18, 0)
    zone: str | None = None  # IANA name; None: the zone of the instant given
    closed_days: Mapping[date, str] = field(default_factory=dict)  # the organisation's own, with a label
    public_holidays: bool = True  # follow the Chinese public calendar (holidays and 调休)
    weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0; for years without data

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError("working hours must start before they end")
        if not self.weekdays:
            raise ValueError("at least one working weekday is needed")
        if self.zone is not None:
            ZoneInfo(self.zone)  # an unknown name fails here, not at the first deadline
        object.__setattr__(self, "closed_days", MappingProxyType(dict(self.closed_days)))

    @classmethod
    def from_settings(cls, org, zone: str | None = None) -> WorkCalendar:
        """The organisation's calendar: its working hours, closed days and zone (``OrgSettings``)."""
        return cls(
            start=org.work_start,
            end=org.work_end,
            zone=zone or org_zone_name(org),
            closed_days=dict(getattr(org, "closed_days", ()) or ()),
        )

    def day_length(self) -> timedelta:
        """The working time of one working day (its hours; a DST change at night does not shorten it)."""
        some_day = date(2000, 1, 3)
        return datetime.combine(some_day, self.end) - datetime.combine(some_day, self.start)

    # ---------------------------------------------------------------------------------- days
    def has_data(self, year: int) -> bool:
        return not self.public_holidays or year in covered_years()

    def is_working_day(self, day: date) -> bool:
        if day in self.closed_days:
            return False
        if self.public_holidays:
            detail = public_holiday(day)
            if detail is not None:
                return not detail[0]
        return day.weekday() in self.weekdays

    def day_note(self, day: date) -> str:
        """Why a day is off (or a weekend day is worked), in words; "" for an ordinary day."""
        if day in self.closed_days:
            return self.closed_days[day] or translate("WorkCalendar", "Closed")
        if self.public_holidays:
            detail = public_holiday(day)
            if detail is not None and detail[1]:
                name = _holiday_name(detail[1])
                if detail[0]:
                    return name
                return translate("WorkCalendar", "Make-up working day ({holiday})").format(holiday=name)
        return ""

    def next_working_day(self, day: date) -> date:
        # Ends: past the last closed day and the last year with holiday data every week has a
        # working weekday (``weekdays`` is never empty).
        while True:
            day += timedelta(days=1)
            if self.is_working_day(day):
                return day

    def add_working_days(self, day: date, days: int) -> date:
        """The working day ``days`` working days after ``day`` (``day`` itself not counted)."""
        if days < 0:
            raise ValueError("days must not be negative")
        for _ in range(days):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, first: date, last: date) -> int:
        """Working days after ``first`` up to and including ``last`` (0 when ``last <= first``)."""
        count, day = 0, first
        while day < last:
            day += timedelta(days=1)
            count += self.is_working_day(day)
        return count

    def coverage_warning(self, *days: date | datetime) -> str:
        """A sentence saying which years have no public-holiday data, or "" when all are covered.
        An instant counts by its day in the calendar's zone (the day the calendar looked at)."""
        days = tuple(d.astimezone(self.zone_for(d)).date() if isinstance(d, datetime) else d for d in days)
        missing = sorted({d.year for d in days if not self.has_data(d.year)})
        if not missing:
            return ""
        return translate(
            "WorkCalendar",
            "The public holidays of {years} are not known to this copy of commdesk; deadlines in that year "
            "count Monday to Friday as working days. Update commdesk (chinese-calendar) or add the holidays "
            "as closed days in the organisation settings.",
        ).format(years=translate("WorkCalendar", ", ").join(str(y) for y in missing))

    # ---------------------------------------------------------------------------------- instants
    def zone_for(self, moment: datetime) -> tzinfo:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"an aware datetime is needed, got {moment!r}")
        return ZoneInfo(self.zone) if self.zone else moment.tzinfo

    def _windows(self, moment: datetime):
        """The working windows (opens, closes) from the day of ``moment`` on, as UTC instants: the
        arithmetic on them is then real elapsed time, also on a day whose clocks change (aware
        datetimes sharing a zone would add and subtract wall-clock time)."""
        zone = self.zone_for(moment)
        day = moment.astimezone(zone).date()
        while True:  # ends as next_working_day does; the callers stop at their own end
            if self.is_working_day(day):
                yield _day_window(day, self.start, self.end, zone)
            day += timedelta(days=1)

    def _plain_week(self, day: date) -> bool:
        """Whether the seven days from ``day`` follow the weekday pattern alone: no public-holiday
        data for them and none of them closed by the organisation (their working time is then
        ``len(weekdays)`` working days, counted without looking at each day)."""
        last = day + timedelta(days=6)
        if self.public_holidays and (day.year in covered_years() or last.year in covered_years()):
            return False
        return not any(day + timedelta(days=i) in self.closed_days for i in range(7))

    def end_of_working_day(self, moment: datetime) -> datetime:
        """PC-5's "same working day": the end of working hours on ``moment``'s day when that is a
        working day and ``moment`` is before its end (also before the start); otherwise the end of the
        next working day (nobody is expected to work at night or on a day off)."""
        zone = self.zone_for(moment)
        local = moment.astimezone(zone)
        day = local.date()
        if self.is_working_day(day) and local < wall_clock(day, self.end, zone):
            return wall_clock(day, self.end, zone)
        return wall_clock(self.next_working_day(day), self.end, zone)

    def add_working_time(self, start: datetime, hours: float | timedelta) -> datetime:
        """The instant when ``hours`` of working time after ``start`` have passed (time outside
        working hours and on days off does not count). ``hours`` 0 gives the next working moment.
        The result is wall-clock time in the calendar's zone."""
        remaining = hours if isinstance(hours, timedelta) else timedelta(hours=hours)
        if remaining < timedelta(0):
            raise ValueError("working time must not be negative")
        zone = self.zone_for(start)
        start = start.astimezone(UTC)
        for opens, closes in self._windows(start.astimezone(zone)):
            if closes <= start:
                continue
            begin = max(opens, start)
            if begin + remaining <= closes:
                return (begin + remaining).astimezone(zone)
            remaining -= closes - begin
        raise AssertionError("unreachable")  # pragma: no cover - _windows never ends

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time between ``a`` and ``b`` (negative when ``b`` is before ``a``)."""
        zone = self.zone_for(a)
        self.zone_for(b)  # both must be aware
        first, last = a.astimezone(UTC), b.astimezone(UTC)  # elapsed time, not wall-clock time
        if last < first:
            return -self.working_time_between(b, a)
        # One step per day of the span, except whole weeks inside it that follow the weekday
        # pattern alone (before and after the years with holiday data): those count at once, so a
        # clock started decades ago costs little.
        first_day, last_day = first.astimezone(zone).date(), last.astimezone(zone).date()
        week = timedelta(days=7)
        plain_week = len(self.weekdays) * self.day_length()
        total, day = timedelta(0), first_day
        while day <= last_day:
            if first_day < day and day + week <= last_day and self._plain_week(day):
                total += plain_week  # the whole week lies inside the span
                day += week
                continue
            if self.is_working_day(day):
                opens, closes = _day_window(day, self.start, self.end, zone)
                begin, finish = max(opens, first), min(closes, last)
                if finish > begin:
                    total += finish - begin
            day += timedelta(days=1)
        return total


@lru_cache(maxsize=16384)
def _day_window(day: date, start: time, end: time, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants at which working hours ``start``-``end`` of ``day`` begin and end in ``zone``
    (remembered: every deadline over a long stretch asks for the same days again)."""
    return wall_clock(day, start, zone).astimezone(UTC), wall_clock(day, end, zone).astimezone(UTC)


def _holiday_name(english: str) -> str:
    names = {
        "New Year's Day": translate("WorkCalendar", "New Year's Day"),
        "Spring Festival": translate("WorkCalendar", "Spring Festival"),
        "Tomb-sweeping Day": translate("WorkCalendar", "Tomb-sweeping Day"),
        "Labour Day": translate("WorkCalendar", "Labour Day"),
        "Dragon Boat Festival": translate("WorkCalendar", "Dragon Boat Festival"),
        "National Day": translate("WorkCalendar", "National Day"),
        "Mid-autumn Festival": translate("WorkCalendar", "Mid-autumn Festival"),
    }
    return names.get(english, english)

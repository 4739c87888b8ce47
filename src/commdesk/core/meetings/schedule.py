"""Time arithmetic for meetings: minutes due (PC-5), series dates, action items falling due (PC-7).

Minutes due (PC-5, "the same working day"):
- a meeting that ends on a working day before the end of working hours (also before they start)
  has its minutes due at the end of working hours that day;
- a meeting that ends at or after the end of working hours, or on a day off, has its minutes due at
  the end of the next working day (nobody is expected to write minutes at night).
Working days and hours come from a working calendar (``core/workcalendar.py``: Chinese public
holidays and make-up working days, the organisation's closed days, its hours and zone); the default
is that calendar with 9-18 in the zone of the meeting end passed in (a plain weekday calendar is
``WorkCalendar(public_holidays=False, weekdays=...)``). Working hours are wall-clock times, so a DST
change does not move 18:00.

Series: each occurrence keeps the first one's wall-clock time in the meeting's zone, across DST
changes. A monthly series on the 29th-31st falls on the last day of shorter months and returns to
the original day afterwards (31 Jan, 28 Feb, 31 Mar). A wall-clock time that does not exist on a
spring-forward day is moved forward by the gap (02:30 -> 03:30).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from commdesk.core.i18n import translate
from commdesk.core.meetings.model import _LABELS, ActionItem, _Labelled
from commdesk.core.timezones import wall_clock
from commdesk.core.workcalendar import WorkCalendar

MAX_OCCURRENCES = 520  # ten years of weekly meetings; guards against a runaway "until"


DEFAULT_HOURS = WorkCalendar()


class MinutesDue(_Labelled):
    NOT_YET = "not_yet"  # the meeting has not ended
    DUE = "due"  # ended, minutes not out, still in time
    LATE = "late"  # past the PC-5 deadline
    DONE = "done"  # distributed


_LABELS.update(
    {
        MinutesDue.NOT_YET: lambda: translate("Meetings", "Meeting not over yet"),
        MinutesDue.DUE: lambda: translate("Meetings", "Minutes due"),
        MinutesDue.LATE: lambda: translate("Meetings", "Minutes late"),
        MinutesDue.DONE: lambda: translate("Meetings", "Minutes distributed"),
    }
)


def minutes_due(meeting_end: datetime, hours: WorkCalendar = DEFAULT_HOURS) -> datetime:
    """PC-5: when the minutes of a meeting ending at ``meeting_end`` must be out (see module doc)."""
    return hours.end_of_working_day(meeting_end)


def minutes_status(
    meeting_end: datetime, now: datetime, distributed_at: datetime | None, hours: WorkCalendar = DEFAULT_HOURS
) -> MinutesDue:
    if distributed_at is not None:
        return MinutesDue.DONE
    if now < meeting_end:
        return MinutesDue.NOT_YET
    return MinutesDue.DUE if now <= minutes_due(meeting_end, hours) else MinutesDue.LATE


# --- series ---------------------------------------------------------------------------------


class Frequency(_Labelled):
    WEEKLY = "weekly"
    BIWEEKLY = "biweekly"
    MONTHLY = "monthly"

    def rrule(self, first_local: datetime) -> dict:
        """The RFC 5545 RRULE parts (for ``icalendar.vRecur``) that give the same dates as ``series_dates``."""
        if self is Frequency.WEEKLY:
            return {"FREQ": "WEEKLY"}
        if self is Frequency.BIWEEKLY:
            return {"FREQ": "WEEKLY", "INTERVAL": 2}
        if first_local.day <= 28:
            return {"FREQ": "MONTHLY", "BYMONTHDAY": first_local.day}
        # "the 30th, or the last day of a shorter month": the last of 28..day that the month has.
        return {"FREQ": "MONTHLY", "BYMONTHDAY": list(range(28, first_local.day + 1)), "BYSETPOS": -1}


_LABELS.update(
    {
        Frequency.WEEKLY: lambda: translate("Meetings", "Every week"),
        Frequency.BIWEEKLY: lambda: translate("Meetings", "Every two weeks"),
        Frequency.MONTHLY: lambda: translate("Meetings", "Every month"),
    }
)


@dataclass(frozen=True)
class Recurrence:
    frequency: Frequency
    count: int | None = None
    until: date | datetime | None = None  # inclusive; a date means "up to and including that day"

    def __post_init__(self) -> None:
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        if self.count is None and self.until is None:
            raise ValueError("a series needs a count or an end date")
        if self.count is not None and not 1 <= self.count <= MAX_OCCURRENCES:
            raise ValueError(f"a series has 1 to {MAX_OCCURRENCES} meetings")


def _occurrence(first: datetime, frequency: Frequency, index: int) -> datetime:
    naive = first.replace(tzinfo=None)
    if frequency is Frequency.WEEKLY:
        return naive + timedelta(weeks=index)
    if frequency is Frequency.BIWEEKLY:
        return naive + timedelta(weeks=2 * index)
    months = first.month - 1 + index
    year, month = first.year + months // 12, months % 12 + 1
    day = min(first.day, calendar.monthrange(year, month)[1])
    return naive.replace(year=year, month=month, day=day)


def series_dates(
    first_start: datetime,
    frequency: Frequency | str,
    count: int | None = None,
    until: date | datetime | None = None,
    tz: str | None = None,
) -> list[datetime]:
    """Start times of a series, the first included, in ``tz`` (default: ``first_start``'s zone)."""
    rec = Recurrence(Frequency(frequency), count, until)
    if first_start.tzinfo is None or first_start.utcoffset() is None:
        raise ValueError(f"first_start must be an aware datetime, got {first_start!r}")
    zone = ZoneInfo(tz) if tz else first_start.tzinfo
    first = first_start.astimezone(zone)
    dates: list[datetime] = []
    for index in range(MAX_OCCURRENCES):
        if rec.count is not None and len(dates) >= rec.count:
            break
        occurrence = _occurrence(first, rec.frequency, index)
        moment = wall_clock(occurrence.date(), occurrence.time(), zone)  # a gap moves it forward
        if isinstance(rec.until, datetime):
            if moment > rec.until:
                break
        elif rec.until is not None and moment.date() > rec.until:
            break
        dates.append(moment)
    return dates


# --- action items (PC-7, FM-5) ----------------------------------------------------------------


def overdue(action: ActionItem, today: date) -> bool:
    """Still open or in progress and its deadline has passed (the deadline day itself is not overdue)."""
    return action.status.is_active and action.deadline is not None and action.deadline < today


def due_soon(action: ActionItem, today: date, days: int = 3) -> bool:
    """Still open or in progress and due between today and ``days`` days from today, both included."""
    return (
        action.status.is_active
        and action.deadline is not None
        and today <= action.deadline <= today + timedelta(days=days)
    )

"""When a new embargo starts and when one is already past (the editor's defaults and warnings).

An embargo is a wall-clock time in its own zone (``Release.embargo_tz``); these helpers work in that
zone, never in the process's (``core.timezones``).
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from commdesk.core import timezones as tz

#: A new embargo is lifted at this time of the next working day, in the embargo's zone.
DEFAULT_TIME = time(10, 0)


def default_embargo(now: datetime, zone: str, calendar=None) -> datetime:
    """The next working day at 10:00 in ``zone`` (``calendar``: a ``WorkCalendar``; without one,
    Monday to Friday)."""
    day = tz.to_zone(now, zone).date()
    if calendar is not None:
        try:
            day = calendar.next_working_day(day)
        except ValueError:
            day += timedelta(days=1)
    else:
        day += timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    return tz.wall_clock(day, DEFAULT_TIME, zone)


def embargo_is_past(embargo: datetime | None, now: datetime) -> bool:
    """Whether ``embargo`` is already over at ``now`` (both aware)."""
    return embargo is not None and tz.to_utc(embargo) <= tz.to_utc(now)


def embargo_text(moment: datetime, zone_name: str | None, fallback: str | None = None) -> str:
    """``2026-03-12 10:00 (Asia/Shanghai, UTC+08:00)``: an embargo in its own zone, as the releases
    pane, its list, Home and the documents show it. ``fallback`` (the organisation's zone) names the
    zone of an embargo that has none (older data); the computer's zone by name when not given."""
    where = (
        zone_name
        if tz.is_valid_zone(zone_name)
        else (fallback if tz.is_valid_zone(fallback) else tz.system_zone_name())
    )
    return tz.format_instant(moment, where)

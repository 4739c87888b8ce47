"""Which days the month, week and list views show, and where each entry goes on them.

Days are the organisation's (``zone``): an entry at 2026-03-01 17:00 UTC is on 2 March in Beijing.
Weeks start on Monday, as calendars in China do (and ISO 8601). An entry spanning several days
(an event over two days) is listed on each of them. Pure functions; no Qt, no database.
"""

from __future__ import annotations

import calendar as _calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from commdesk.core import timezones as tz
from commdesk.core.calendar.entries import Entry


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_days(day: date) -> list[date]:
    """The seven days, Monday first, of ``day``'s week."""
    monday = monday_of(day)
    return [monday + timedelta(days=i) for i in range(7)]


def month_weeks(year: int, month: int) -> list[list[date]]:
    """The month as rows of seven days, Monday first, from the week of its first day to the week of
    its last (days of the months around it fill the first and last rows)."""
    first = date(year, month, 1)
    last = date(year, month, _calendar.monthrange(year, month)[1])
    weeks, monday = [], monday_of(first)
    while monday <= last:
        weeks.append([monday + timedelta(days=i) for i in range(7)])
        monday += timedelta(weeks=1)
    return weeks


def month_bounds(day: date) -> tuple[date, date]:
    first = day.replace(day=1)
    return first, first.replace(day=_calendar.monthrange(first.year, first.month)[1])


def quarter_bounds(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s quarter."""
    first_month = 3 * ((day.month - 1) // 3) + 1
    first = date(day.year, first_month, 1)
    last_month = first_month + 2
    return first, date(day.year, last_month, _calendar.monthrange(day.year, last_month)[1])


def period(first: date, last: date, zone: str) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the days ``first``..``last`` (both included) in ``zone``."""
    start = tz.wall_clock(first, time.min, zone).astimezone(UTC)
    end = tz.wall_clock(last + timedelta(days=1), time.min, zone).astimezone(UTC)
    return start, end


def days_of(entry: Entry, zone: str) -> list[date]:
    """The days (in ``zone``) an entry is on: its start's, and each following day its end reaches
    (an end at midnight does not reach into that day)."""
    first = tz.to_zone(entry.start, zone).date()
    if entry.end is None or entry.end <= entry.start:
        return [first]
    local_end = tz.to_zone(entry.end, zone)
    last = local_end.date()
    if local_end.time() == time.min and last > first:
        last -= timedelta(days=1)
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def sort_key(entry: Entry) -> tuple:
    return (not entry.all_day, entry.start, entry.kind.value, entry.title.casefold(), entry.id)


def by_day(entries: Iterable[Entry], zone: str, first: date, last: date) -> dict[date, list[Entry]]:
    """Every day from ``first`` to ``last`` with its entries (all-day first, then by time)."""
    out: dict[date, list[Entry]] = {first + timedelta(days=i): [] for i in range((last - first).days + 1)}
    for entry in entries:
        for day in days_of(entry, zone):
            if day in out:
                out[day].append(entry)
    for day_entries in out.values():
        day_entries.sort(key=sort_key)
    return out


def agenda(entries: Iterable[Entry], zone: str, first: date, last: date) -> list[tuple[date, list[Entry]]]:
    """The list view: only the days that have entries, in order."""
    return [(d, es) for d, es in by_day(entries, zone, first, last).items() if es]


@dataclass(frozen=True)
class Placed:
    """An entry in a day's column: ``lane`` of ``lanes`` side by side while it overlaps others."""

    entry: Entry
    lane: int
    lanes: int


def lanes(day_entries: Iterable[Entry]) -> list[Placed]:
    """Lay a day's entries out side by side where they overlap in time (an instant takes 30
    minutes of room): each group of overlapping entries shares the width, each in the first free
    lane."""
    items = sorted(day_entries, key=sort_key)
    out: list[Placed] = []
    group: list[tuple[Entry, int]] = []
    ends: list[datetime] = []  # per lane, when it is free again
    group_end: datetime | None = None

    def close() -> None:
        width = max((lane for _e, lane in group), default=-1) + 1
        out.extend(Placed(e, lane, width) for e, lane in group)

    for entry in items:
        end = entry.end if entry.end and entry.end > entry.start else entry.start + timedelta(minutes=30)
        if group_end is not None and entry.start >= group_end:
            close()
            group, ends, group_end = [], [], None
        lane = next((i for i, free in enumerate(ends) if free <= entry.start), len(ends))
        if lane == len(ends):
            ends.append(end)
        else:
            ends[lane] = end
        group.append((entry, lane))
        group_end = end if group_end is None else max(group_end, end)
    close()
    return out


def moved_to_day(entry: Entry, day: date, zone: str) -> datetime:
    """The new start (UTC) when an entry is dropped on ``day``: the same wall-clock time there (in
    ``zone``; a DST gap moves forward), as a person dragging it to another day expects."""
    local = tz.to_zone(entry.start, zone)
    return tz.wall_clock(day, local.time().replace(tzinfo=None), zone).astimezone(UTC)


def nudged(entry: Entry, days: int, hours: int, zone: str) -> datetime:
    """The new start (UTC) of an entry moved from the keyboard: ``days`` later (earlier when
    negative) at the same wall-clock time in ``zone``, then ``hours`` later (an hour of real time,
    also across a DST change)."""
    start = entry.start
    if days:
        start = moved_to_day(entry, tz.to_zone(start, zone).date() + timedelta(days=days), zone)
    return start + timedelta(hours=hours)


def moved_to(day: date, clock: time, zone: str) -> datetime:
    """The instant (UTC) of ``day`` at ``clock`` in ``zone`` (the "Move to…" dialog's answer)."""
    return tz.wall_clock(day, clock, zone).astimezone(UTC)

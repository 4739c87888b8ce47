"""The crisis timeline, assembled from dated events of the linked records and the log's notes.

The service turns each linked record into events (a release submitted, approved, published; a post
published; a case received, first answered, resolved; a story's day; a note); this module only
orders them and says when each happened in the organisation's zone, naming the zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from commdesk.core.timezones import format_instant, wall_clock

#: what a crisis links to (kind of record, by id): the timeline reads each one's dated steps
LINK_KINDS = ("release", "post", "case", "coverage", "meeting")


@dataclass(frozen=True)
class Event:
    """Something that happened. ``at`` is an aware instant, or a day (coverage is logged by day)."""

    at: datetime | date
    source: str  # what kind of record, in words ("Press release", "Case" ...)
    reference: str  # the record's reference ("PR-2026-004", "C-2026-0012", "")
    what: str  # what happened, in words


@dataclass(frozen=True)
class TimelineEntry:
    when: str  # "2026-12-06 09:30 (CST, UTC+08:00)" or "2026-12-06" for a day
    source: str
    reference: str
    what: str
    instant: datetime  # for ordering: a day counts as its last moment in the zone


def instant_of(at: datetime | date, zone: str) -> datetime:
    if isinstance(at, datetime):
        if at.tzinfo is None:
            raise ValueError("a timeline event needs an aware instant")
        return at
    # a day's story came out some time that day: after what has a time on that day, never before
    # the crisis that day began
    return wall_clock(at + timedelta(days=1), time(0, 0), zone) - timedelta(microseconds=1)


def assemble(events: Iterable[Event], zone: str) -> list[TimelineEntry]:
    """``events`` in the order they happened (a day after the instants of that day; ties keep
    the order given), each with its time in ``zone``."""
    entries = []
    for e in events:
        instant = instant_of(e.at, zone)
        when = format_instant(instant, zone) if isinstance(e.at, datetime) else e.at.isoformat()
        entries.append(TimelineEntry(when, e.source, e.reference, e.what, instant))
    return sorted(entries, key=lambda t: t.instant)

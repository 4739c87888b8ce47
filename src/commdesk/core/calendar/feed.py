"""The calendar as an ``.ics`` feed (RFC 5545, through the ``icalendar`` library).

One VEVENT per entry: its UID is the entry's kind and record id at this desk (stable across
exports, so a calendar program that subscribed updates the event instead of adding a copy),
DTSTART/DTEND in UTC (a program shows them in its own zone; ``X-WR-TIMEZONE`` names the
organisation's), all-day entries as dates, CATEGORIES the entry's kind. Text goes in as text: the
library escapes commas, semicolons and line breaks, and nothing a person typed is read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event

from commdesk.core import timezones as tz
from commdesk.core.calendar.entries import Entry
from commdesk.core.i18n import translate

PRODID = "-//commdesk//publishing calendar//EN"


def uid(entry: Entry, desk: str) -> str:
    return f"{entry.key}@{desk}.commdesk"


def description(entry: Entry) -> str:
    lines = [entry.kind.label]
    for label, value in (
        (translate("Calendar", "Reference"), entry.reference),
        (translate("Calendar", "State"), entry.state),
        (translate("Calendar", "Channel"), entry.channel),
        (translate("Calendar", "Campaign"), entry.campaign),
        (translate("Calendar", "Owner"), entry.owner),
    ):
        if value:
            lines.append(f"{label}: {value}")
    if entry.detail:
        lines.append(entry.detail)
    return "\n".join(lines)


def feed(
    entries: Iterable[Entry], zone: str, *, stamp: datetime, desk: str = "desk", name: str = ""
) -> bytes:
    """The ``.ics`` file's bytes. ``stamp`` (aware) is DTSTAMP, when the feed was made; ``desk``
    tells this desk's records from another's in the UIDs; ``name`` is the calendar's name."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name or translate("Calendar", "Publishing calendar"))
    cal.add("x-wr-timezone", zone)
    stamp_utc = tz.to_utc(stamp)
    for entry in entries:
        event = Event()
        event.add("uid", uid(entry, desk))
        event.add("dtstamp", stamp_utc)
        if entry.all_day:
            day = tz.to_zone(entry.start, zone).date()
            last = tz.to_zone(entry.end, zone).date() if entry.end else day
            event.add("dtstart", day)
            event.add("dtend", max(last, day) + timedelta(days=1))
        else:
            event.add("dtstart", entry.start.astimezone(UTC))
            if entry.end is not None and entry.end > entry.start:
                event.add("dtend", entry.end.astimezone(UTC))
        event.add("summary", entry.title or entry.kind.label)
        event.add("description", description(entry))
        event.add("categories", [entry.kind.value])
        if entry.reference:
            event.add("x-commdesk-reference", entry.reference)
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()

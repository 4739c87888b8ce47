"""The event as an iCalendar file attached to its invitation (RFC 5545): METHOD:PUBLISH, so a
calendar program adds it without answering by itself; the answer comes as a reply to the mail,
whose subject carries the invitee's RSVP reference. Times carry the event's own zone (its rules
around the date are included); every text is escaped as RFC 5545 says, a backslash staying a
backslash."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar

from commdesk.core import timezones as tz
from commdesk.core.events.records import Event
from commdesk.core.meetings.ics import clean_text, display_name, one_line

PRODID = "-//commdesk//commdesk events//ZH"


class _EscapedText(icalendar.vText):
    """A TEXT value escaped by RFC 5545 3.3.11 alone (icalendar would read a typed backslash-n as a
    line break)."""

    def to_ical(self) -> bytes:
        raw = str(self)
        for char, escaped in (("\\", "\\\\"), (";", r"\;"), (",", r"\,"), ("\n", r"\n")):
            raw = raw.replace(char, escaped)
        return raw.encode(getattr(self, "encoding", "utf-8"))


def uid(event: Event, domain: str = "commdesk") -> str:
    return f"{event.reference.lower()}@{one_line(domain) or 'commdesk'}"


def event_ics(
    event: Event, organiser_name: str = "", organiser_email: str = "", *, dtstamp: datetime | None = None
) -> bytes:
    """The calendar file of ``event`` (start and end in its zone)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    entry = icalendar.Event()
    entry.add("uid", uid(event))
    entry.add("dtstamp", (dtstamp or datetime.now(UTC)).astimezone(UTC))
    entry.add("dtstart", tz.to_zone(event.starts_at, event.zone))
    entry.add("dtend", tz.to_zone(event.ends_at, event.zone))
    entry.add("summary", _EscapedText(clean_text(event.title)))
    if event.place:
        entry.add("location", _EscapedText(clean_text(event.place)))
    description = "\n\n".join(p for p in (event.agenda, event.invitation_body) if p.strip())
    if description:
        entry.add("description", _EscapedText(clean_text(description)))
    if one_line(organiser_email):
        organiser = icalendar.vCalAddress(f"mailto:{one_line(organiser_email)}")
        if organiser_name.strip():
            organiser.params["CN"] = display_name(organiser_name)
        entry.add("organizer", organiser)
    entry.add("status", "CONFIRMED")
    entry.add("transp", "OPAQUE")
    cal.add_component(entry)
    day = tz.to_zone(event.starts_at, event.zone).date()
    cal.add_missing_timezones(first_date=day - timedelta(days=366), last_date=day + timedelta(days=366))
    return cal.to_ical()


def ics_filename(event: Event) -> str:
    return f"{event.reference}.ics"

"""Invitations as iCalendar (RFC 5545 / iTIP RFC 5546) files that Outlook, Google and Thunderbird accept.

``invitation_ics(meeting)`` gives METHOD:REQUEST (a new invitation or an update: the caller raises
``meeting.sequence`` on every change), ``method="CANCEL"`` a cancellation. The UID stays the one
stored with the meeting. The meeting password is passed in by the caller (it lives in the OS keyring)
and appears only in the DESCRIPTION, and only when given.

Participants without an e-mail address cannot receive an invitation and get no ATTENDEE line. Text
is cleaned of control characters a calendar cannot carry (everything below U+0020 except line
breaks and tabs; CR LF, CR and the Unicode line separators become LF, which icalendar escapes as
``\n``). Values that are one line by nature (addresses, links, UID) lose every line break and
control character, so no field can ever split a content line, whatever the database holds (the
service also refuses such values at save).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import icalendar

from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.core.meetings.schedule import MAX_OCCURRENCES, Recurrence, series_dates
from commdesk.core.timezones import today_in

DEFAULT_PRODID = "-//commdesk//commdesk meetings//ZH"
ALARM_BEFORE = timedelta(minutes=15)
METHODS = ("REQUEST", "CANCEL")

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_ONE_LINE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


class _Text(icalendar.vText):
    """A TEXT value escaped exactly as RFC 5545 3.3.11 says. icalendar's own escaping first turns a
    literal backslash-N into a line break (so "C:\\Notes" would arrive as "C:" and "otes"); here a
    backslash is always just a backslash."""

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,").replace("\n", r"\n")
        return text.encode(getattr(self, "encoding", "utf-8"))  # vText sets it in __new__


def clean_text(text: str) -> str:
    """What of ``text`` survives into a calendar: no control characters, LF line breaks."""
    return _CONTROL.sub("", _BREAKS.sub("\n", text))


def one_line(text: str) -> str:
    """A value that is one line by nature (address, link, UID): every break and control character removed."""
    return _ONE_LINE.sub("", text).strip()


def display_name(name: str) -> str:
    """A name as it goes into a CN parameter: one line, no double quotes.

    RFC 5545 parameter values cannot hold DQUOTE or line breaks; RFC 6868 escapes them, but many
    clients (Outlook among them) do not read that escaping, so they become ' and a space. A caret
    is still written RFC 6868-escaped (``^^``) by icalendar.
    """
    return clean_text(name.strip()).replace("\n", " ").replace('"', "'")


def description(meeting: Meeting, password: str | None = None) -> str:
    """The plain-text body of the invitation: purpose, agenda, how to join, what to bring."""
    lines: list[str] = []
    if meeting.purpose.strip():
        lines += [translate("Meetings", "Purpose: {purpose}").format(purpose=meeting.purpose.strip()), ""]
    if meeting.agenda:
        lines.append(translate("Meetings", "Agenda:"))
        for number, item in enumerate(meeting.agenda, start=1):
            details = []
            if item.minutes:
                details.append(translate("Meetings", "{minutes} min").format(minutes=item.minutes))
            if item.presenter.strip():
                details.append(item.presenter.strip())
            line = f"{number}. {item.title.strip()}"
            if details:
                line += f" ({', '.join(details)})"
            lines.append(line)
            for document in item.documents:
                lines.append("   " + translate("Meetings", "Document: {name}").format(name=document))
        lines.append("")
    if meeting.kind is MeetingKind.CONFERENCE:
        if meeting.link.strip():
            lines.append(translate("Meetings", "Join: {link}").format(link=meeting.link.strip()))
        if meeting.dial_in.strip():
            lines.append(translate("Meetings", "Dial-in: {number}").format(number=meeting.dial_in.strip()))
    elif meeting.room.strip():
        lines.append(translate("Meetings", "Place: {room}").format(room=meeting.room.strip()))
    if password:
        lines.append(translate("Meetings", "Password: {password}").format(password=password))
    if meeting.materials:
        lines.append(
            translate("Meetings", "Please bring: {materials}").format(
                materials=translate("Meetings", ", ").join(meeting.materials)
            )
        )
    if meeting.host.strip():
        lines.append(translate("Meetings", "Host: {name}").format(name=meeting.host.strip()))
    if meeting.note_taker.strip():
        lines.append(translate("Meetings", "Note-taker: {name}").format(name=meeting.note_taker.strip()))
    return clean_text("\n".join(lines).strip())


def _address(name: str, email: str, **params: str) -> icalendar.vCalAddress:
    address = icalendar.vCalAddress(f"mailto:{one_line(email)}")
    if name.strip():
        address.params["CN"] = display_name(name)
    address.params.update(params)
    return address


def _check(meeting: Meeting, method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"method must be one of {METHODS}, got {method!r}")
    errors = {}
    if meeting.start is None:
        errors["start"] = translate("Meetings", "An invitation needs a start time; enter one.")
    if not meeting.duration or meeting.duration <= 0:
        errors["duration"] = translate("Meetings", "An invitation needs a duration; enter one in minutes.")
    if meeting.organiser is None or not one_line(meeting.organiser.email):
        errors["organiser"] = translate(
            "Meetings", "An invitation needs the organiser's e-mail address, to which answers go; enter it."
        )
    if errors:
        raise ValidationError(errors)


def _scheduled_start(meeting: Meeting) -> datetime:
    """The local start of a meeting already checked to have one (``_check`` says so to the user)."""
    if meeting.local_start is None:
        raise ValueError("a calendar entry needs the meeting's start")
    return meeting.local_start


def _series_dates(meeting: Meeting, recurrence: Recurrence) -> list:
    dates = series_dates(_scheduled_start(meeting), recurrence.frequency, recurrence.count, recurrence.until)
    if not dates:
        raise ValidationError(
            {
                "until": translate(
                    "Meetings", "The series ends before its first meeting; choose a later end date."
                )
            }
        )
    return dates


def _event(
    meeting: Meeting, method: str, password: str | None, dtstamp: datetime, recurrence: Recurrence | None
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", one_line(meeting.uid))
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", dtstamp)
    start = _scheduled_start(meeting)
    event.add("dtstart", start)
    end, organiser = meeting.end, meeting.organiser
    if end is None or meeting.duration is None or organiser is None:
        raise ValueError("a calendar entry needs the meeting's length and organiser")
    if end.replace(tzinfo=None) - start.replace(tzinfo=None) != timedelta(minutes=meeting.duration):
        # the clocks change during the meeting: a local DTEND would be ambiguous or read as the wrong
        # length (01:30 + 60 min on the night they go back is 01:30 again), so it is given in UTC
        end = end.astimezone(UTC)
    event.add("dtend", end)
    if recurrence is not None:
        rule = recurrence.frequency.rrule(start)
        dates = _series_dates(meeting, recurrence)
        if recurrence.until is None or len(dates) == MAX_OCCURRENCES:
            rule["COUNT"] = len(dates)
        else:
            # UNTIL must be UTC when DTSTART has a TZID (RFC 5545 3.3.10): the last occurrence's start.
            # With both a count and an end date, this is whichever ends the series first.
            rule["UNTIL"] = dates[-1].astimezone(UTC)
        event.add("rrule", icalendar.vRecur(rule))
    event.add("summary", _Text(clean_text(meeting.topic.strip())))
    body = description(meeting, password)
    if body:
        event.add("description", _Text(body))
    if meeting.kind is MeetingKind.CONFERENCE:
        if meeting.link.strip():
            event.add("location", one_line(meeting.link))
            event.add("url", one_line(meeting.link))
        elif meeting.dial_in.strip():
            event.add("location", one_line(meeting.dial_in))
    elif meeting.room.strip():
        event.add("location", _Text(clean_text(meeting.room.strip())))
    event.add("organizer", _address(organiser.name, organiser.email))
    for person in meeting.participants:
        if not one_line(person.email):
            continue
        event.add(
            "attendee",
            _address(
                person.name,
                person.email,
                CUTYPE="INDIVIDUAL",
                ROLE="REQ-PARTICIPANT" if person.required else "OPT-PARTICIPANT",
                PARTSTAT="NEEDS-ACTION",
                RSVP="TRUE",
            ),
        )
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    if method == "REQUEST":
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _Text(clean_text(meeting.topic.strip()) or translate("Meetings", "Meeting")))
        alarm.add("trigger", -ALARM_BEFORE)
        event.add_component(alarm)
    return event


def invitation_ics(
    meeting: Meeting,
    method: str = "REQUEST",
    password: str | None = None,
    prodid: str = DEFAULT_PRODID,
    *,
    dtstamp: datetime | None = None,
    recurrence: Recurrence | None = None,
) -> bytes:
    """The ``.ics`` file for ``meeting``: an invitation/update (REQUEST) or a cancellation (CANCEL).

    With ``recurrence`` the event is the whole series (RRULE from the meeting's start). ``dtstamp``
    defaults to now. Raises ``ValidationError`` when start, duration or organiser e-mail is missing.
    """
    _check(meeting, method)
    if recurrence is not None:
        _series_dates(meeting, recurrence)
    stamp = (dtstamp or datetime.now(UTC)).astimezone(UTC)
    cal = icalendar.Calendar()
    cal.add("prodid", prodid)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add_component(_event(meeting, method, password, stamp, recurrence))
    first = _scheduled_start(meeting).date()
    last = first
    if recurrence is not None:
        last = _series_dates(meeting, recurrence)[-1].date()
    # Only the DST rules around the meeting (a year either side), not decades of transitions.
    cal.add_missing_timezones(first_date=first - timedelta(days=366), last_date=last + timedelta(days=366))
    return cal.to_ical()


def export_filename(meeting: Meeting, suffix: str = ".ics") -> str:
    """A safe file name for the export: the date and the topic (Chinese kept)."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", meeting.topic.strip())[:60] or "meeting"
    day = meeting.local_start.date().isoformat() if meeting.local_start else today_in(meeting.tz).isoformat()
    return f"{day} {stem}{suffix}"

"""Procedure checks for meeting invitations: PC-1, PC-2, FM-1 and the agenda time boxes (PC-4/FM-3);
and PC-5, the minutes the same working day.

Every check returns a list of ``Finding`` (empty when nothing is wrong); all of them are ``WARN``:
the organiser may send anyway with a reason, which the calling service writes to the audit log.
``check_invitation`` runs the checks that apply to the meeting's kind.

Decisions:
- PC-1 says a conference has "typically 3-10 people". A one-to-one call or a call of a dozen is
  normal, so only a head count *far* outside that range warns: fewer than ``PC1_FAR_BELOW`` (2,
  i.e. the organiser alone) or more than ``PC1_FAR_ABOVE`` (15, half again the upper bound). The head
  count is the participants plus the organiser, each person once (by e-mail, else by name). With no
  participants at all PC-1 stays silent: PC-2's "participants" field finding already says it.
- PC-2's 24 hours are measured exactly: 23 h 59 min ahead warns, 24 h does not.
- FM-1's 3-7 days are calendar days in the meeting's time zone (the date the invitation goes out
  against the meeting's date), both ends included, as people count "three days ahead".
- PC-5's "same working day" comes from the working calendar (``core/workcalendar.py``: Chinese public
  holidays and make-up days, the office's closed days and hours). A year the calendar has no
  holiday data for is said in a finding, never silently counted as Monday to Friday.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from commdesk.core.i18n import translate
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.core.rules import Finding, Level
from commdesk.core.timezones import format_instant, to_utc

PC1_FAR_BELOW = 2
PC1_FAR_ABOVE = 15
PC2_MIN_LEAD = timedelta(hours=24)
FM1_MIN_DAYS = 3
FM1_MAX_DAYS = 7

# Field labels used in "missing field" findings; looked up at call time so the language can change.
_FIELD_LABELS: dict[str, Callable[[], str]] = {
    "topic": lambda: translate("Meetings", "the topic"),
    "purpose": lambda: translate("Meetings", "the purpose"),
    "time": lambda: translate("Meetings", "the start time"),
    "duration": lambda: translate("Meetings", "the duration"),
    "participants": lambda: translate("Meetings", "the participants"),
    "link": lambda: translate("Meetings", "a link or dial-in number"),
    "password": lambda: translate("Meetings", "the meeting password"),
    "place": lambda: translate("Meetings", "the place (room)"),
    "agenda": lambda: translate("Meetings", "the agenda"),
    "materials": lambda: translate("Meetings", "the materials to bring"),
}


def _require_aware(sent_at: datetime) -> None:
    if sent_at.utcoffset() is None:
        raise ValueError(f"sent_at must be an aware datetime, got {sent_at!r}")


def _missing(rule: str, field: str) -> Finding:
    return Finding(
        rule,
        Level.WARN,
        translate(
            "Meetings",
            "The invitation lacks {field}, which {rule} requires; fill it in or give a reason to send without it.",
        ).format(field=_FIELD_LABELS[field](), rule=rule),
    )


def _format_lead(lead: timedelta) -> str:
    minutes = int(lead.total_seconds() // 60)
    return translate("Meetings", "{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)


def headcount(meeting: Meeting) -> int:
    """Distinct people in the meeting: participants plus the organiser (by e-mail, else by name)."""
    people = {(p.email.strip().lower() or p.name.strip()) for p in meeting.participants}
    if meeting.organiser is not None:
        people.add(meeting.organiser.email.strip().lower() or meeting.organiser.name.strip())
    people.discard("")
    return len(people)


def pc_1(meeting: Meeting) -> list[Finding]:
    """PC-1: a conference call is for about 3-10 people; warn when far outside that."""
    if meeting.kind is not MeetingKind.CONFERENCE or not meeting.participants:
        return []
    count = headcount(meeting)
    if count < PC1_FAR_BELOW:
        return [
            Finding(
                "PC-1",
                Level.WARN,
                translate(
                    "Meetings",
                    "Only {count} person takes part in this call; PC-1 plans conference calls for 3-10 people. "
                    "Invite the participants or give a reason.",
                ).format(count=count),
            )
        ]
    if count > PC1_FAR_ABOVE:
        return [
            Finding(
                "PC-1",
                Level.WARN,
                translate(
                    "Meetings",
                    "{count} people are invited to this call; PC-1 plans conference calls for 3-10 people. "
                    "Invite fewer people, split the call, or use an announcement; or give a reason.",
                ).format(count=count),
            )
        ]
    return []


def pc_2(meeting: Meeting, sent_at: datetime, *, password_known: bool = True) -> list[Finding]:
    """PC-2: a conference invitation goes out at least 24 h ahead and holds every listed field.

    ``password_known`` is False when the meeting has a password but the caller could not read it
    from the keyring, so the invitation would go out without it.
    """
    _require_aware(sent_at)
    if meeting.kind is not MeetingKind.CONFERENCE:
        return []
    findings: list[Finding] = []
    if meeting.start is not None:
        lead = to_utc(meeting.start) - to_utc(sent_at)  # real time, also when both share a DST zone
        if lead <= timedelta(0):
            findings.append(
                Finding(
                    "PC-2",
                    Level.WARN,
                    translate(
                        "Meetings",
                        "The call has already started or is over; PC-2 asks for the invitation 24 hours ahead. "
                        "Check the start time or give a reason.",
                    ),
                )
            )
        elif lead < PC2_MIN_LEAD:
            findings.append(
                Finding(
                    "PC-2",
                    Level.WARN,
                    translate(
                        "Meetings",
                        "The invitation goes out {lead} before the call; PC-2 asks for at least 24 hours. "
                        "Move the call later or give a reason.",
                    ).format(lead=_format_lead(lead)),
                )
            )
    if not meeting.topic.strip():
        findings.append(_missing("PC-2", "topic"))
    if meeting.start is None:
        findings.append(_missing("PC-2", "time"))
    if not meeting.duration or meeting.duration <= 0:
        findings.append(_missing("PC-2", "duration"))
    if not meeting.participants:
        findings.append(_missing("PC-2", "participants"))
    if not meeting.link.strip() and not meeting.dial_in.strip():
        findings.append(_missing("PC-2", "link"))
    if meeting.has_password and not password_known:
        findings.append(_missing("PC-2", "password"))
    if not meeting.agenda:
        findings.append(_missing("PC-2", "agenda"))
    return findings


def fm_1(meeting: Meeting, sent_at: datetime) -> list[Finding]:
    """FM-1: an in-person invitation goes out 3-7 days ahead and holds every listed field."""
    _require_aware(sent_at)
    if meeting.kind is not MeetingKind.IN_PERSON:
        return []
    findings: list[Finding] = []
    if meeting.local_start is not None:
        days = (meeting.local_start.date() - sent_at.astimezone(meeting.zone).date()).days
        if days < FM1_MIN_DAYS:
            findings.append(
                Finding(
                    "FM-1",
                    Level.WARN,
                    translate(
                        "Meetings",
                        "The invitation goes out {days} days before the meeting; FM-1 asks for 3 to 7 days. "
                        "Move the meeting later or give a reason.",
                    ).format(days=days),
                )
            )
        elif days > FM1_MAX_DAYS:
            findings.append(
                Finding(
                    "FM-1",
                    Level.WARN,
                    translate(
                        "Meetings",
                        "The invitation goes out {days} days before the meeting; FM-1 asks for 3 to 7 days. "
                        "Send it later (people forget) or give a reason.",
                    ).format(days=days),
                )
            )
    if not meeting.topic.strip():
        findings.append(_missing("FM-1", "topic"))
    if not meeting.purpose.strip():
        findings.append(_missing("FM-1", "purpose"))
    if meeting.start is None:
        findings.append(_missing("FM-1", "time"))
    if not meeting.room.strip():
        findings.append(_missing("FM-1", "place"))
    if not meeting.participants:
        findings.append(_missing("FM-1", "participants"))
    if not meeting.agenda:
        findings.append(_missing("FM-1", "agenda"))
    if not meeting.materials:
        findings.append(_missing("FM-1", "materials"))
    return findings


def agenda_fits(meeting: Meeting) -> list[Finding]:
    """PC-4 / FM-3: the agenda's time boxes must fit in the meeting (equal is fine)."""
    if not meeting.duration:
        return []
    total = meeting.agenda_minutes
    if total <= meeting.duration:
        return []
    rule = "PC-4" if meeting.kind is MeetingKind.CONFERENCE else "FM-3"
    return [
        Finding(
            rule,
            Level.WARN,
            translate(
                "Meetings",
                "The agenda's time boxes add up to {total} minutes but the meeting lasts {duration} ({rule}: end "
                "on time). Shorten the items, drop one, or make the meeting longer.",
            ).format(total=total, duration=meeting.duration, rule=rule),
        )
    ]


def check_invitation(meeting: Meeting, sent_at: datetime, *, password_known: bool = True) -> list[Finding]:
    """Every check that applies before the invitation for ``meeting`` goes out at ``sent_at``."""
    if meeting.kind is MeetingKind.CONFERENCE:
        findings = pc_1(meeting) + pc_2(meeting, sent_at, password_known=password_known)
    else:
        findings = fm_1(meeting, sent_at)
    return findings + agenda_fits(meeting)


def pc_5(meeting_end: datetime, now: datetime, distributed_at: datetime | None, calendar) -> list[Finding]:
    """PC-5: minutes out the same working day. Warns when they are late, and when the working calendar
    does not know the public holidays of the days it counted."""
    _require_aware(now)
    due = calendar.end_of_working_day(meeting_end)
    findings: list[Finding] = []
    coverage = calendar.coverage_warning(meeting_end, due)
    if coverage:
        findings.append(Finding("PC-5", Level.WARN, coverage))
    if distributed_at is None and now > due:
        findings.append(
            Finding(
                "PC-5",
                Level.WARN,
                translate(
                    "Meetings",
                    "The minutes were due by {due} (PC-5: the same working day); send them out now.",
                ).format(due=format_instant(due, due.tzinfo)),
            )
        )
    return findings

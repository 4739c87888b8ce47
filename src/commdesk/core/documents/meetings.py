"""The meetings area's PDFs through the document layer: invitation/agenda, minutes, action report.

Each function says what goes on the page (blocks) and returns the PDF bytes; the layer does fonts,
page furniture and escaping. The meeting password never appears in a PDF (it goes only into the
invitation the participants receive).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from commdesk.core.documents.rendering import render_bytes
from commdesk.core.documents.spec import (
    BulletList,
    Callout,
    Document,
    Heading,
    KeyValue,
    Letterhead,
    Markdown,
    Paragraph,
    Signature,
    SignatureBlock,
    Table,
)
from commdesk.core.i18n import translate
from commdesk.core.meetings.minutes import MinutesDraft
from commdesk.core.meetings.model import ActionStatus, Meeting, MeetingKind, MinutesState
from commdesk.core.timezones import format_instant, format_span, org_zone_name, to_utc, to_zone


def _letterhead(org) -> Letterhead | None:
    return Letterhead(org.name, org.logo_png) if org is not None and org.name else None


def when_text(meeting: Meeting) -> str:
    """The meeting's time in its own zone, naming the zone and its offset."""
    if meeting.start is None:
        return translate("Meetings", "not set")
    return format_span(meeting.start, meeting.end, meeting.tz)


def keep_line_breaks(text: str) -> str:
    """Markdown joins the lines of a paragraph; minutes keep every line break typed (hard breaks)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = []
    for line, following in zip(lines, [*lines[1:], ""], strict=False):
        if line.strip() and following.strip() and not line.endswith("\\"):
            line = line.rstrip() + "  "
        out.append(line)
    return "\n".join(out)


def signoff_text(draft: MinutesDraft, meeting: Meeting) -> tuple[str, str]:
    """(who, when) of the minutes' approval; when in the meeting's zone, naming it."""
    when = format_instant(draft.approved_at, meeting.tz) if draft.approved_at else ""
    return draft.approved_by, when


def _facts(meeting: Meeting) -> list[tuple[str, str]]:
    pairs = [
        (translate("Meetings", "Topic"), meeting.topic),
        (translate("Meetings", "Kind"), meeting.kind.label),
        (translate("Meetings", "Date and time"), when_text(meeting)),
    ]
    if meeting.purpose:
        pairs.append((translate("Meetings", "Purpose"), meeting.purpose))
    if meeting.kind is MeetingKind.CONFERENCE:
        if meeting.link:
            pairs.append((translate("Meetings", "Link"), meeting.link))
        if meeting.dial_in:
            pairs.append((translate("Meetings", "Dial-in"), meeting.dial_in))
        if meeting.has_password:
            pairs.append(
                (
                    translate("Meetings", "Password"),
                    translate("Meetings", "sent with the calendar invitation"),
                )
            )
    elif meeting.room:
        pairs.append((translate("Meetings", "Place"), meeting.room))
    if meeting.organiser:
        pairs.append((translate("Meetings", "Organiser"), meeting.organiser.name))
    if meeting.host:
        pairs.append((translate("Meetings", "Host"), meeting.host))
    if meeting.note_taker:
        pairs.append((translate("Meetings", "Note-taker"), meeting.note_taker))
    return pairs


def _response(p) -> str:
    return p.response.label


def agenda_blocks(meeting: Meeting) -> list:
    blocks: list = [KeyValue(_facts(meeting))]
    if meeting.cancelled:
        blocks.append(
            Callout(
                "warning",
                translate("Meetings", "This meeting is cancelled."),
                translate("Meetings", "Cancelled"),
            )
        )
    blocks.append(Heading(translate("Meetings", "Agenda")))
    if meeting.agenda:
        rows, elapsed = [], 0
        for number, item in enumerate(meeting.agenda, start=1):
            # each item's start: real minutes after the meeting's start, on its zone's clock
            at = (
                to_zone(to_utc(meeting.start) + timedelta(minutes=elapsed), meeting.tz).strftime("%H:%M")
                if meeting.start is not None
                else ""
            )
            elapsed += item.minutes or 0
            box = translate("Meetings", "{minutes} min").format(minutes=item.minutes) if item.minutes else ""
            title = item.title + (
                "".join(
                    "\n" + translate("Meetings", "Document: {name}").format(name=d) for d in item.documents
                )
            )
            rows.append([str(number), at, title, item.presenter, box])
        blocks.append(
            Table(
                [
                    translate("Meetings", "No."),
                    translate("Meetings", "At"),
                    translate("Meetings", "Item"),
                    translate("Meetings", "Presenter"),
                    translate("Meetings", "Time box"),
                ],
                rows,
                widths=(0.5, 0.9, 4, 1.6, 1),
            )
        )
    else:
        blocks.append(Paragraph(translate("Meetings", "No agenda yet.")))
    if meeting.participants:
        blocks.append(Heading(translate("Meetings", "Participants")))
        blocks.append(
            Table(
                [
                    translate("Meetings", "Name"),
                    translate("Meetings", "E-mail"),
                    translate("Meetings", "Role"),
                    translate("Meetings", "Answer"),
                ],
                [
                    [
                        p.name,
                        p.email,
                        translate("Meetings", "required")
                        if p.required
                        else translate("Meetings", "optional"),
                        _response(p),
                    ]
                    for p in meeting.participants
                ],
                widths=(2, 3, 1.2, 1.4),
            )
        )
    if meeting.materials:
        blocks += [Heading(translate("Meetings", "Please bring")), BulletList(meeting.materials)]
    if meeting.equipment:
        blocks += [
            Heading(translate("Meetings", "Equipment")),
            BulletList([("☑ " if c.done else "☐ ") + c.text for c in meeting.equipment]),
        ]
    if meeting.preparation:
        blocks += [
            Heading(translate("Meetings", "Preparation")),
            BulletList([("☑ " if c.done else "☐ ") + c.text for c in meeting.preparation]),
        ]
    return blocks


def agenda_document(meeting: Meeting, org=None, author: str = "") -> tuple[Document, list]:
    doc = Document(
        title=translate("Meetings", "Invitation and agenda"),
        subtitle=meeting.topic,
        reference=f"MTG-{meeting.id or 0}" + (f" #{meeting.sequence}" if meeting.sequence else ""),
        status=translate("Meetings", "Cancelled") if meeting.cancelled else "",
        author=author,
        subject=meeting.topic,
        keywords=(translate("Meetings", "Meeting"),),
        letterhead=_letterhead(org),
        zone=org_zone_name(org),
        watermark=translate("Meetings", "CANCELLED") if meeting.cancelled else "",
    )
    return doc, agenda_blocks(meeting)


def agenda_pdf(meeting: Meeting, org=None, author: str = "") -> bytes:
    return render_bytes(*agenda_document(meeting, org, author))


def _action_line(a) -> str:
    parts = [a.description]
    details = []
    if a.owner_name:
        details.append(translate("Meetings", "Owner: {name}").format(name=a.owner_name))
    if a.deadline:
        details.append(translate("Meetings", "Deadline: {date}").format(date=a.deadline.isoformat()))
    if a.status is not ActionStatus.OPEN:
        details.append(a.status.label)
    if details:
        parts.append(" · ".join(details))
    return "\n".join(parts)


def minutes_blocks(meeting: Meeting, draft: MinutesDraft) -> list:
    facts = _facts(meeting)
    present = [p.name for pos, p in enumerate(meeting.participants) if draft.attendance.get(pos) is True]
    absent = [p.name for pos, p in enumerate(meeting.participants) if draft.attendance.get(pos) is False]
    unknown = [p.name for pos, p in enumerate(meeting.participants) if draft.attendance.get(pos) is None]
    sep = translate("Meetings", ", ")
    facts.append((translate("Meetings", "Present"), sep.join(present) or "—"))
    facts.append((translate("Meetings", "Absent"), sep.join(absent) or "—"))
    if unknown:
        facts.append((translate("Meetings", "Attendance not recorded"), sep.join(unknown)))
    blocks: list = [KeyValue(facts)]
    sections = [*list(enumerate(meeting.agenda)), (None, None)]
    for index, item in sections:
        points = [p.text for p in draft.points if p.agenda_index == index]
        decisions = [d.text for d in draft.decisions if d.agenda_index == index]
        actions = [a for a in draft.actions if a.agenda_index == index]
        reviews = draft.reviews if item is not None and item.review_of_actions else []
        if item is None and not (points or decisions or actions):
            continue
        title = (
            f"{index + 1}. {item.title}"
            if item is not None and index is not None
            else translate("Meetings", "Other business")
        )
        blocks.append(Heading(title, 2))
        if reviews:
            blocks.append(
                Table(
                    [
                        translate("Meetings", "Action"),
                        translate("Meetings", "Owner"),
                        translate("Meetings", "Outcome"),
                        translate("Meetings", "Status"),
                    ],
                    [
                        [
                            r.description + ("\n" + r.from_meeting if r.from_meeting else ""),
                            r.owner_name,
                            r.outcome,
                            r.status.label,
                        ]
                        for r in reviews
                    ],
                    widths=(3, 1.3, 3, 1.2),
                )
            )
        if points:
            blocks.append(BulletList(points))
        for text in decisions:
            blocks.append(Callout("decision", text, translate("Meetings", "Decision")))
        for a in actions:
            blocks.append(Callout("action", _action_line(a), translate("Meetings", "Action")))
        if not (points or decisions or actions or reviews):
            blocks.append(Paragraph(translate("Meetings", "Nothing recorded.")))
    if draft.notes.strip():
        blocks += [Heading(translate("Meetings", "Notes"), 2), Markdown(keep_line_breaks(draft.notes))]
    if draft.actions:
        blocks.append(Heading(translate("Meetings", "Action items")))
        blocks.append(
            Table(
                [
                    translate("Meetings", "Action"),
                    translate("Meetings", "Owner"),
                    translate("Meetings", "Deadline"),
                    translate("Meetings", "Status"),
                ],
                [
                    [
                        a.description,
                        a.owner_name,
                        a.deadline.isoformat() if a.deadline else "",
                        a.status.label,
                    ]
                    for a in draft.actions
                ],
                widths=(4, 1.5, 1.2, 1.2),
            )
        )
    return blocks


def minutes_document(
    meeting: Meeting,
    draft: MinutesDraft,
    org=None,
    author: str = "",
    approved_by: str = "",
    approved_on: str = "",
) -> tuple[Document, list]:
    state = draft.state
    doc = Document(
        title=translate("Meetings", "Minutes"),
        subtitle=meeting.topic,
        reference=f"MIN-{meeting.id or 0} v{draft.number}",
        status=state.label,
        author=author,
        subject=meeting.topic,
        keywords=(translate("Meetings", "Minutes"),),
        letterhead=_letterhead(org),
        zone=org_zone_name(org),
        watermark=translate("Meetings", "DRAFT") if state is MinutesState.DRAFT else "",
    )
    blocks = minutes_blocks(meeting, draft)
    if state is MinutesState.APPROVED:
        who, when = signoff_text(draft, meeting)
        approved_by, approved_on = approved_by or who, approved_on or when
        blocks.insert(
            0,
            Callout(
                "note",
                translate("Meetings", "Approved by {name} on {when}.").format(
                    name=approved_by or "?", when=approved_on or "?"
                ),
                translate("Meetings", "Sign-off"),
            ),
        )
        blocks.append(
            SignatureBlock([Signature(translate("Meetings", "Approved"), approved_by or "", approved_on)])
        )
    return doc, blocks


def minutes_pdf(
    meeting: Meeting,
    draft: MinutesDraft,
    org=None,
    author: str = "",
    approved_by: str = "",
    approved_on: str = "",
) -> bytes:
    return render_bytes(*minutes_document(meeting, draft, org, author, approved_by, approved_on))


def action_report_document(views, org, group: str, today: date, author: str = "") -> tuple[Document, list]:
    titles = {
        "owner": translate("Meetings", "Action items by owner"),
        "meeting": translate("Meetings", "Action items by meeting"),
        "overdue": translate("Meetings", "Overdue action items"),
    }
    doc = Document(
        title=titles.get(group, titles["owner"]),
        subtitle=translate("Meetings", "As of {date}").format(date=today.isoformat()),
        reference="ACT-" + today.strftime("%Y%m%d"),
        author=author,
        letterhead=_letterhead(org),
        zone=org_zone_name(org),
    )
    groups: dict[str, list] = defaultdict(list)
    for v in views:
        key = (v.meeting_topic if group == "meeting" else v.action.owner_name) or translate(
            "Meetings", "No owner"
        )
        groups[key].append(v)
    header = [
        translate("Meetings", "Action"),
        translate("Meetings", "Owner") if group == "meeting" else translate("Meetings", "Meeting"),
        translate("Meetings", "Deadline"),
        translate("Meetings", "Status"),
    ]
    blocks: list = []
    if not views:
        blocks.append(Paragraph(translate("Meetings", "No action items.")))
    overdue_count = sum(1 for v in views if v.overdue)
    if overdue_count:
        blocks.append(
            Callout(
                "warning",
                translate("Meetings", "{count} action items are overdue.").format(count=overdue_count),
                translate("Meetings", "Overdue"),
            )
        )
    for key in sorted(groups):
        blocks.append(Heading(key, 2))
        rows = []
        for v in groups[key]:
            status = v.action.status.label + (" · " + translate("Meetings", "overdue") if v.overdue else "")
            other = v.action.owner_name if group == "meeting" else v.meeting_topic
            rows.append(
                [
                    v.action.description + (f"\n{v.action.note}" if v.action.note else ""),
                    other,
                    v.action.deadline.isoformat() if v.action.deadline else "",
                    status,
                ]
            )
        blocks.append(Table(header, rows, widths=(3.4, 2, 1.3, 1.9)))
    return doc, blocks

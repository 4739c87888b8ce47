"""Meetings in and out of the database: rows <-> ``core.meetings.model`` dataclasses, and the queries.

Repositories take a Session and flush; the services commit. Child lists (participants, agenda) are
written by position: existing rows are updated in place, surplus rows deleted, so the audit log shows
what changed rather than a delete and re-create of everything.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from commdesk.core.meetings.model import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    ChecklistItem,
    Meeting,
    MeetingKind,
    Organiser,
    Participant,
    Response,
)
from commdesk.persistence.models.base import Base
from commdesk.persistence.models.meetings import (
    ActionReviewRow,
    ActionRow,
    AgendaItemRow,
    MeetingRow,
    MeetingSeriesRow,
    MinuteEntryRow,
    MinutesRow,
    ParticipantRow,
)


def json_list(text: str) -> list:
    """A JSON list column's items (an empty list for an empty, unreadable or non-list value)."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def json_text(value: object) -> str:
    """A list column's value as stored: JSON keeping Chinese text readable."""
    return json.dumps(value, ensure_ascii=False)


# ------------------------------------------------------------------------------------ meetings
def meeting_row(session: Session, meeting_id: int | str | None) -> MeetingRow | None:
    """The meeting with id ``meeting_id`` (an int, or its text as an outbox message keeps it);
    None when there is none or the id is not a number."""
    if meeting_id is None:
        return None
    try:
        key = int(meeting_id)
    except ValueError:
        return None
    return session.get(MeetingRow, key)


def participants_of(session: Session, meeting_id: int) -> list[ParticipantRow]:
    return list(
        session.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.meeting_id == meeting_id)
            .order_by(ParticipantRow.position)
        )
    )


def agenda_of(session: Session, meeting_id: int) -> list[AgendaItemRow]:
    return list(
        session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.meeting_id == meeting_id)
            .order_by(AgendaItemRow.position)
        )
    )


def to_meeting(session: Session, row: MeetingRow) -> Meeting:
    organiser = None
    if row.organiser_name or row.organiser_email:
        organiser = Organiser(row.organiser_name, row.organiser_email, row.organiser_id)
    return Meeting(
        kind=MeetingKind(row.kind),
        topic=row.topic,
        purpose=row.purpose,
        start=row.start,
        duration=row.duration,
        tz=row.tz,
        organiser=organiser,
        host=row.host,
        note_taker=row.note_taker,
        participants=[
            Participant(
                p.name, p.email, p.person_id, p.contact_id, p.required, Response(p.response), p.attended
            )
            for p in participants_of(session, row.id)
        ],
        room=row.room,
        link=row.link,
        dial_in=row.dial_in,
        has_password=row.has_password,
        agenda=[
            AgendaItem(
                a.title,
                a.presenter,
                a.minutes,
                [str(d) for d in json_list(a.documents)],
                a.review_of_actions,
            )
            for a in agenda_of(session, row.id)
        ],
        materials=[str(m) for m in json_list(row.materials)],
        equipment=[
            ChecklistItem(str(c.get("text", "")), bool(c.get("done")))
            for c in json_list(row.equipment)
            if isinstance(c, dict)
        ],
        preparation=[
            ChecklistItem(str(c.get("text", "")), bool(c.get("done")))
            for c in json_list(row.preparation)
            if isinstance(c, dict)
        ],
        series_id=row.series_id,
        invitation_sent_at=row.invitation_sent_at,
        id=row.id,
        uid=row.uid,
        sequence=row.sequence,
        cancelled=row.cancelled,
        version=row.version,
    )


#: Fields whose change makes a new invitation (higher SEQUENCE) necessary once one went out.
INVITATION_FIELDS = (
    "kind",
    "topic",
    "purpose",
    "start",
    "duration",
    "tz",
    "organiser_name",
    "organiser_email",
    "host",
    "note_taker",
    "room",
    "link",
    "dial_in",
    "materials",
)


def write_meeting(session: Session, row: MeetingRow, m: Meeting) -> bool:
    """Copy ``m`` onto ``row`` and its children; True when something an invitee sees changed."""
    org = m.organiser
    values = {
        "kind": m.kind.value,
        "topic": m.topic.strip(),
        "purpose": m.purpose.strip(),
        "start": m.start,
        "duration": m.duration,
        "tz": m.tz,
        "organiser_id": org.person_id if org else None,
        "organiser_name": org.name.strip() if org else "",
        "organiser_email": org.email.strip() if org else "",
        "host": m.host.strip(),
        "note_taker": m.note_taker.strip(),
        "room": m.room.strip(),
        "link": m.link.strip(),
        "dial_in": m.dial_in.strip(),
        "materials": json_text([s.strip() for s in m.materials if s.strip()]),
        "equipment": json_text(
            [{"text": c.text.strip(), "done": c.done} for c in m.equipment if c.text.strip()]
        ),
        "preparation": json_text(
            [{"text": c.text.strip(), "done": c.done} for c in m.preparation if c.text.strip()]
        ),
        "series_id": m.series_id,
    }
    visible = False
    for key, value in values.items():
        if getattr(row, key) != value:
            if key in INVITATION_FIELDS:
                visible = True
            setattr(row, key, value)
    session.flush()
    visible |= _write_children(session, row.id, m)
    return visible


def _write_children(session: Session, meeting_id: int, m: Meeting) -> bool:
    visible = False
    rows = participants_of(session, meeting_id)
    for pos, p in enumerate(m.participants):
        row = rows[pos] if pos < len(rows) else None
        if row is None:
            row = ParticipantRow(meeting_id=meeting_id, position=pos)
            session.add(row)
            visible = True
        new = {
            "name": p.name.strip(),
            "email": p.email.strip(),
            "person_id": p.person_id,
            "contact_id": p.contact_id,
            "required": p.required,
            "response": Response(p.response).value,
            "attended": p.attended,
        }
        for key, value in new.items():
            if getattr(row, key, None) != value:
                if key in ("name", "email", "required"):
                    visible = True
                setattr(row, key, value)
    for row in rows[len(m.participants) :]:
        session.delete(row)
        visible = True
    items = agenda_of(session, meeting_id)
    for pos, a in enumerate(m.agenda):
        item = items[pos] if pos < len(items) else None
        if item is None:
            item = AgendaItemRow(meeting_id=meeting_id, position=pos)
            session.add(item)
        new = {
            "title": a.title.strip(),
            "presenter": a.presenter.strip(),
            "minutes": a.minutes,
            "documents": json_text(list(a.documents)),
            "review_of_actions": a.review_of_actions,
        }
        for key, value in new.items():
            if getattr(item, key, None) != value:
                visible = True
                setattr(item, key, value)
    for item in items[len(m.agenda) :]:
        session.delete(item)
        visible = True
    session.flush()
    return visible


def list_meetings(
    session: Session,
    start: datetime | None = None,
    end: datetime | None = None,
    text: str = "",
    kind: str | None = None,
    include_cancelled: bool = True,
    series_id: int | None = None,
) -> list[MeetingRow]:
    q = select(MeetingRow)
    if start is not None:
        q = q.where(MeetingRow.start >= start)
    if end is not None:
        q = q.where(MeetingRow.start < end)
    if kind:
        q = q.where(MeetingRow.kind == kind)
    if not include_cancelled:
        q = q.where(MeetingRow.cancelled.is_(False))
    if series_id is not None:
        q = q.where(MeetingRow.series_id == series_id)
    if text.strip():
        like = f"%{text.strip()}%"
        q = q.where(
            or_(MeetingRow.topic.ilike(like), MeetingRow.purpose.ilike(like), MeetingRow.room.ilike(like))
        )
    return list(session.scalars(q.order_by(MeetingRow.start, MeetingRow.id)))


# ------------------------------------------------------------------------------------ minutes
def latest_minutes(session: Session, meeting_id: int) -> MinutesRow | None:
    return session.scalars(
        select(MinutesRow)
        .where(MinutesRow.meeting_id == meeting_id)
        .order_by(MinutesRow.number.desc())
        .limit(1)
    ).first()


def minutes_by_meeting(session: Session, meeting_ids: list[int]) -> dict[int, MinutesRow]:
    if not meeting_ids:
        return {}
    newest = (
        select(MinutesRow.meeting_id, func.max(MinutesRow.number).label("n"))
        .where(MinutesRow.meeting_id.in_(meeting_ids))
        .group_by(MinutesRow.meeting_id)
        .subquery()
    )
    rows = session.scalars(
        select(MinutesRow).join(
            newest, (MinutesRow.meeting_id == newest.c.meeting_id) & (MinutesRow.number == newest.c.n)
        )
    )
    return {r.meeting_id: r for r in rows}


def action_row(session: Session, action_id: int) -> ActionRow | None:
    return session.get(ActionRow, action_id)


def review_row(session: Session, review_id: int) -> ActionReviewRow | None:
    return session.get(ActionReviewRow, review_id)


def series_row(session: Session, series_id: int) -> MeetingSeriesRow | None:
    return session.get(MeetingSeriesRow, series_id)


def stage(session: Session, row: Base) -> None:
    """Add a new row of the meetings area, written with the next flush."""
    session.add(row)


def minutes_versions(session: Session, meeting_id: int) -> list[MinutesRow]:
    """Every minutes version of a meeting, the first first."""
    return list(
        session.scalars(
            select(MinutesRow).where(MinutesRow.meeting_id == meeting_id).order_by(MinutesRow.number)
        )
    )


def minute_entries_of(session: Session, minutes_id: int) -> list[MinuteEntryRow]:
    """The points and decisions of one minutes version, in their order."""
    return list(
        session.scalars(
            select(MinuteEntryRow)
            .where(MinuteEntryRow.minutes_id == minutes_id)
            .order_by(MinuteEntryRow.position)
        )
    )


# ------------------------------------------------------------------------------------ actions
def to_action(row: ActionRow) -> ActionItem:
    return ActionItem(
        row.description,
        row.owner_name,
        row.owner_email,
        row.deadline,
        ActionStatus(row.status),
        row.note,
        row.owner_person_id,
        row.owner_contact_id,
        row.agenda_index,
        row.meeting_id,
        row.id,
    )


def meetings_by_id(session: Session, meeting_ids: set[int]) -> dict[int, MeetingRow]:
    if not meeting_ids:
        return {}
    return {m.id: m for m in session.scalars(select(MeetingRow).where(MeetingRow.id.in_(meeting_ids)))}


def actions_of_meetings(session: Session, meeting_ids: list[int]) -> list[ActionRow]:
    """The action items recorded in any of these meetings."""
    return list(session.scalars(select(ActionRow).where(ActionRow.meeting_id.in_(meeting_ids))))


def reviews_of_action(session: Session, action_id: int) -> list[ActionReviewRow]:
    """Where an action item was (or is to be) reviewed."""
    return list(session.scalars(select(ActionReviewRow).where(ActionReviewRow.action_id == action_id)))


def reviews_of_actions(session: Session, action_ids: list[int]) -> dict[int, list[ActionReviewRow]]:
    """``reviews_of_action`` for many action items in one statement (every id is a key)."""
    out: dict[int, list[ActionReviewRow]] = {i: [] for i in action_ids}
    if action_ids:
        for r in session.scalars(
            select(ActionReviewRow)
            .where(ActionReviewRow.action_id.in_(action_ids))
            .order_by(ActionReviewRow.id)
        ):
            out[r.action_id].append(r)
    return out


def remove(session: Session, row: object) -> None:
    """Delete one row (a minutes entry, an action nobody worked on, a pending review)."""
    session.delete(row)


def actions_of(session: Session, meeting_id: int) -> list[ActionRow]:
    return list(
        session.scalars(select(ActionRow).where(ActionRow.meeting_id == meeting_id).order_by(ActionRow.id))
    )


def query_actions(
    session: Session,
    *,
    statuses: list[str] | None = None,
    owner_person_id: int | None = None,
    owner_text: str = "",
    meeting_id: int | None = None,
    due_before: date | None = None,
    due_on_or_before: date | None = None,
) -> list[ActionRow]:
    q = select(ActionRow)
    if statuses:
        q = q.where(ActionRow.status.in_(statuses))
    if owner_person_id is not None:
        q = q.where(ActionRow.owner_person_id == owner_person_id)
    if owner_text.strip():
        like = f"%{owner_text.strip()}%"
        q = q.where(or_(ActionRow.owner_name.ilike(like), ActionRow.owner_email.ilike(like)))
    if meeting_id is not None:
        q = q.where(ActionRow.meeting_id == meeting_id)
    if due_before is not None:
        q = q.where(ActionRow.deadline < due_before)
    if due_on_or_before is not None:
        q = q.where(ActionRow.deadline <= due_on_or_before)
    return list(session.scalars(q.order_by(ActionRow.deadline.is_(None), ActionRow.deadline, ActionRow.id)))


def reviews_at(session: Session, meeting_id: int) -> list[ActionReviewRow]:
    return list(
        session.scalars(
            select(ActionReviewRow)
            .where(ActionReviewRow.meeting_id == meeting_id)
            .order_by(ActionReviewRow.action_id)
        )
    )

"""Is what a queued meeting mail carries still current? Digests of an invitation and of the minutes.

A meeting invitation or minutes mail records the revision it was built from (``source_revision``);
the outbox asks ``invitation_check`` / ``minutes_check`` (registered where the app is assembled)
before it sends or exports one, and holds a message whose meeting or minutes changed since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from commdesk.core.mail.labels import HOLD_MEETING_CHANGED, HOLD_MEETING_GONE, HOLD_MINUTES_CHANGED
from commdesk.persistence.repositories import meetings as repo
from commdesk.services.context import ServiceContext

#: ``check(session, related_id, source_revision) -> hold code or None``
RevisionCheck = Callable[[Session, str | None, str | None], str | None]


def _digest(value: Any) -> str:
    return hashlib.sha256(
        json.dumps(value, ensure_ascii=False, sort_keys=True, default=str).encode()
    ).hexdigest()


def invitation_revision_in(session: Session, meeting_id: int | str | None) -> str | None:
    """What an invitation carries, as a digest: the fields that make a new invitation necessary
    (``INVITATION_FIELDS``), whether there is a password, cancelled, participants and agenda. Not
    the replies, attendance, checklists or when the invitation went out."""
    row = repo.meeting_row(session, meeting_id)
    if row is None:
        return None
    return _digest(
        {
            "fields": {name: getattr(row, name) for name in repo.INVITATION_FIELDS},
            "password": bool(row.has_password),
            "cancelled": bool(row.cancelled),
            "participants": [
                (p.name, p.email, bool(p.required)) for p in repo.participants_of(session, row.id)
            ],
            "agenda": [
                (a.title, a.presenter, a.minutes, a.documents, bool(a.review_of_actions))
                for a in repo.agenda_of(session, row.id)
            ],
        }
    )


def minutes_revision_in(session: Session, meeting_id: int | str | None) -> str | None:
    """What a minutes mail carries, as a digest: the latest minutes version, its state and sign-off,
    points and decisions, the action items as recorded (what, who, by when), the review outcomes,
    attendance and the meeting's title and time. Not when they were distributed (the first message
    sent records that) nor later progress on the actions."""
    row = repo.meeting_row(session, meeting_id)
    if row is None:
        return None
    minutes = repo.latest_minutes(session, row.id)
    entries = (
        []
        if minutes is None
        else [
            (e.position, e.kind, e.agenda_index, e.text) for e in repo.minute_entries_of(session, minutes.id)
        ]
    )
    return _digest(
        {
            "meeting": (row.topic, row.start, row.duration, row.tz),
            "minutes": None
            if minutes is None
            else (minutes.number, minutes.state, minutes.notes, minutes.approved_by, minutes.approved_at),
            "entries": entries,
            "attendance": [(p.name, p.attended) for p in repo.participants_of(session, row.id)],
            "actions": [
                (a.description, a.owner_name, a.owner_email, a.deadline, a.agenda_index)
                for a in repo.actions_of(session, row.id)
            ],
            "reviews": [(r.action_id, r.outcome) for r in repo.reviews_at(session, row.id)],
        }
    )


def _check(revision_in: Callable[[Session, int | str | None], str | None], changed: str) -> RevisionCheck:
    def check(session: Session, related_id: str | None, message_revision: str | None) -> str | None:
        if message_revision is None:  # queued before messages kept a revision: as it was
            return None
        current = revision_in(session, related_id)
        if current is None:
            return HOLD_MEETING_GONE
        return None if current == message_revision else changed

    return check


#: An invitation must carry what the meeting is now; a minutes mail what the minutes are now.
invitation_check: RevisionCheck = _check(invitation_revision_in, HOLD_MEETING_CHANGED)
minutes_check: RevisionCheck = _check(minutes_revision_in, HOLD_MINUTES_CHANGED)

_REVISIONS = {"meetings": invitation_revision_in, "meeting_minutes": minutes_revision_in}


def record_revision(entity: str, record_id: int | str) -> Callable[[ServiceContext], str | None]:
    """``f(ctx) -> revision``: the current revision of a meeting (``"meetings"``) or its minutes
    (``"meeting_minutes"``), read in its own transaction (taken before the draft is built, so a
    message never claims a newer state than it carries)."""

    def read(ctx: ServiceContext) -> str | None:
        with ctx.unit_of_work() as uow:
            return _REVISIONS[entity](uow.session, record_id)

    return read

"""The evaluation's reads (EV-2, EV-5, EV-6): each source's figures for a period, counted in the
database in a few aggregate statements; where a figure needs the working calendar or a median, the
rows read are only the period's (meetings held, approvals, answered inquiries), never a whole table.

``start``/``end`` are UTC instants (``[start, end)``), ``first``/``end_day`` the period's days in the
organisation's zone (``[first, end_day)``) for the columns that hold days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from commdesk.persistence.models.cases import CaseClockRow, CaseRow
from commdesk.persistence.models.mail import OutboxMessageRow
from commdesk.persistence.models.meetings import ActionRow, MeetingRow, MinutesRow
from commdesk.persistence.models.releases import CoverageRow, ReleaseRow, ReleaseStepRow
from commdesk.persistence.models.social import SocialPostRow

MEDIA_INQUIRY = "media_inquiry"


@dataclass(frozen=True)
class MailCounts:
    sent: int
    follow_ups_due: int
    follow_ups_done: int


def mail_counts(session: Session, start: datetime, end: datetime, first: date, end_day: date) -> MailCounts:
    sent = session.execute(
        select(func.count()).where(
            OutboxMessageRow.status == "sent",
            OutboxMessageRow.sent_at >= start,
            OutboxMessageRow.sent_at < end,
        )
    ).scalar_one()
    due, done = session.execute(
        select(func.count(), func.count(OutboxMessageRow.follow_up_done_at)).where(
            OutboxMessageRow.status == "sent",
            OutboxMessageRow.follow_up_by >= first,
            OutboxMessageRow.follow_up_by < end_day,
        )
    ).one()
    return MailCounts(int(sent), int(due or 0), int(done or 0))


@dataclass(frozen=True)
class HeldMeeting:
    start: datetime
    minutes: int | None  # planned length
    distributed_at: datetime | None  # the first minutes distributed


def meetings_held(session: Session, start: datetime, end: datetime, now: datetime) -> list[HeldMeeting]:
    """Meetings not cancelled that started in the period before ``now``, with their first minutes'
    distribution (one statement)."""
    distributed = (
        select(func.min(MinutesRow.distributed_at))
        .where(MinutesRow.meeting_id == MeetingRow.id)
        .correlate(MeetingRow)
        .scalar_subquery()
    )
    rows = session.execute(
        select(MeetingRow.start, MeetingRow.duration, distributed).where(
            MeetingRow.cancelled.is_(False),
            MeetingRow.start >= start,
            MeetingRow.start < end,
            MeetingRow.start <= now,
        )
    )
    return [HeldMeeting(s, d, at) for s, d, at in rows if s is not None]


@dataclass(frozen=True)
class DueAction:
    deadline: date
    done: bool
    changed_at: datetime | None  # the last change (when a done action was marked done, at the latest)


def actions_due(session: Session, first: date, end_day: date) -> list[DueAction]:
    rows = session.execute(
        select(ActionRow.deadline, ActionRow.status, ActionRow.updated_at).where(
            ActionRow.deadline >= first, ActionRow.deadline < end_day, ActionRow.status != "cancelled"
        )
    )
    return [DueAction(d, status == "done", at) for d, status, at in rows if d is not None]


def releases_published(session: Session, start: datetime, end: datetime) -> int:
    return int(
        session.execute(
            select(func.count()).where(ReleaseRow.published_at >= start, ReleaseRow.published_at < end)
        ).scalar_one()
    )


def review_turnarounds(session: Session, start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    """(submitted, approved) of each approval in the period: the release's last submission before it."""
    submit = aliased(ReleaseStepRow)
    approve = aliased(ReleaseStepRow)
    submitted = (
        select(func.max(submit.at))
        .where(submit.release_id == approve.release_id, submit.action == "submit", submit.at <= approve.at)
        .correlate(approve)
        .scalar_subquery()
    )
    rows = session.execute(
        select(submitted, approve.at).where(
            approve.to_state == "approved", approve.at >= start, approve.at < end
        )
    )
    return [(s, a) for s, a in rows if s is not None]


@dataclass(frozen=True)
class CoverageGroup:
    subject: str  # "": the organisation
    outlet_kind: str
    tone: str
    stories: int
    reach: int


def coverage_groups(session: Session, first: date, end_day: date) -> list[CoverageGroup]:
    """Stories of the period by subject, outlet kind and tone, with their reach (one statement)."""
    rows = session.execute(
        select(
            CoverageRow.subject,
            CoverageRow.outlet_kind,
            CoverageRow.tone,
            func.count(),
            func.coalesce(func.sum(CoverageRow.reach), 0),
        )
        .where(CoverageRow.day >= first, CoverageRow.day < end_day)
        .group_by(CoverageRow.subject, CoverageRow.outlet_kind, CoverageRow.tone)
    )
    return [CoverageGroup(s, k, t, int(n), int(r)) for s, k, t, n, r in rows]


def top_outlets(session: Session, first: date, end_day: date, limit: int) -> list[tuple[str, int, int, int]]:
    """The organisation's outlets of the period, most stories first: (outlet, stories, reach, positive)."""
    stories = func.count()
    rows = session.execute(
        select(
            CoverageRow.outlet,
            stories,
            func.coalesce(func.sum(CoverageRow.reach), 0),
            func.count(case((CoverageRow.tone == "positive", 1))),
        )
        .where(CoverageRow.day >= first, CoverageRow.day < end_day, CoverageRow.subject == "")
        .group_by(CoverageRow.outlet)
        .order_by(stories.desc(), CoverageRow.outlet)
        .limit(limit)
    )
    return [(o, int(n), int(r), int(p)) for o, n, r, p in rows]


@dataclass(frozen=True)
class InquiryCounts:
    received: int
    decided: int  # first-answer clocks stopped, or running past their due time
    met: int
    answered: list[tuple[datetime, datetime]]  # (received, first answer) of the answered ones


def inquiries(session: Session, start: datetime, end: datetime, now: datetime) -> InquiryCounts:
    period = (CaseRow.channel == MEDIA_INQUIRY, CaseRow.received_at >= start, CaseRow.received_at < end)
    received = session.execute(select(func.count()).where(*period)).scalar_one()
    stopped = CaseClockRow.stopped_at.is_not(None)
    decided, met = session.execute(
        select(
            func.count(case((stopped, 1), (CaseClockRow.due_at <= now, 1))),
            func.count(case((and_(stopped, CaseClockRow.stopped_at <= CaseClockRow.due_at), 1))),
        )
        .join(CaseRow, CaseRow.id == CaseClockRow.case_id)
        .where(*period, CaseClockRow.kind == "first_response", CaseClockRow.due_at.is_not(None))
    ).one()
    answered = [
        (r, a)
        for r, a in session.execute(
            select(CaseRow.received_at, CaseRow.first_response_at).where(
                *period, CaseRow.first_response_at.is_not(None)
            )
        )
        if a is not None
    ]
    return InquiryCounts(int(received), int(decided or 0), int(met or 0), answered)


def posts_published(session: Session, start: datetime, end: datetime) -> int:
    return int(
        session.execute(
            select(func.count()).where(
                SocialPostRow.cancelled.is_(False),
                SocialPostRow.published_at >= start,
                SocialPostRow.published_at < end,
            )
        ).scalar_one()
    )


# ------------------------------------------------------------------------- coverage without a release
def add_stories(session: Session, rows: list[CoverageRow]) -> list[CoverageRow]:
    """Add stories logged without a release (one flush for the lot: an import is one unit of work)."""
    session.add_all(rows)
    session.flush()
    return rows


def stories(session: Session, first: date, end_day: date) -> list[CoverageRow]:
    """Every story of the period, with or without a release, by day."""
    return list(
        session.scalars(
            select(CoverageRow)
            .where(CoverageRow.day >= first, CoverageRow.day < end_day)
            .order_by(CoverageRow.day, CoverageRow.id)
        )
    )


# ---------------------------------------------------------------------------------------- decisions
def add_actions(session: Session, rows: list[ActionRow]) -> list[ActionRow]:
    """The evaluation's decisions as action items of the review meeting (ids given by the flush)."""
    session.add_all(rows)
    session.flush()
    return rows


def meeting_topic(session: Session, meeting_id: int) -> str | None:
    """The topic of a meeting that is not cancelled, None when there is none."""
    return session.execute(
        select(MeetingRow.topic).where(MeetingRow.id == meeting_id, MeetingRow.cancelled.is_(False))
    ).scalar_one_or_none()

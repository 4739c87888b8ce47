"""Home's reads: the day's work of one person and the figures behind it, straight from the tables.

Home opens first thing in the morning, so every read here is bounded and indexed, whatever the
size of the office: lists stop at ``limit`` rows (their totals are counted from indexes), figures
are counted by the database (GROUP BY), never by loading every row. Reads only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, exists, func, literal, select, true, union_all
from sqlalchemy.orm import Session, aliased

from commdesk.core.cases.workflow import OPEN_STATUSES
from commdesk.core.releases.records import TONES
from commdesk.core.releases.workflow import Approval, ReleaseFacts, State
from commdesk.persistence.models.case_replies import CaseIntakeMessageRow
from commdesk.persistence.models.cases import CaseRow
from commdesk.persistence.models.contacts import ContactRow, InteractionRow
from commdesk.persistence.models.foundation import PersonRow
from commdesk.persistence.models.mail import OutboxMessageRow
from commdesk.persistence.models.meetings import ActionRow, MeetingRow, MinutesRow
from commdesk.persistence.models.releases import (
    CoverageRow,
    ReleaseApprovalRow,
    ReleaseCommentRow,
    ReleaseReviewerRow,
    ReleaseRow,
    ReleaseStepRow,
)
from commdesk.persistence.repositories import releases as releases_repo

#: the workflow states whose releases still wait to go out (their embargo matters)
UNFINISHED = ("draft", "in_review", "changes_requested", "approved", "scheduled")
ACTIVE_ACTIONS = ("open", "in_progress")
#: the statuses of a case still being worked on (its clocks run or wait)
OPEN_CASES = tuple(sorted(s.value for s in OPEN_STATUSES))


@dataclass(frozen=True)
class ReleaseLine:
    id: int
    reference: str
    title: str
    state: str
    author: str
    updated_at: datetime
    embargo: datetime | None  # in the release's own zone
    embargo_tz: str


@dataclass(frozen=True)
class ReturnedLine:
    id: int
    reference: str
    title: str
    note: str
    by: str
    at: datetime
    open_comments: int


@dataclass(frozen=True)
class ActionLine:
    id: int
    meeting_id: int
    description: str
    deadline: date | None
    status: str
    meeting_topic: str


@dataclass(frozen=True)
class MeetingLine:
    id: int
    topic: str
    kind: str
    start: datetime | None
    duration: int | None
    tz: str
    place: str  # the room of a meeting in person, else its link or dial-in


@dataclass(frozen=True)
class InquiryLine:
    contact_id: int
    name: str
    summary: str
    deadline: datetime | None


@dataclass(frozen=True)
class OutboxLine:
    id: int
    status: str
    subject: str
    recipients: tuple[str, ...]
    related: tuple[str | None, str | None]
    last_error: str | None
    uncertain: bool
    retrying: bool
    held_reason: str | None


def _line(row: ReleaseRow, author: str) -> ReleaseLine:
    return ReleaseLine(
        row.id,
        row.reference,
        row.title,
        row.state,
        author,
        row.updated_at,
        releases_repo.embargo_of(row),
        row.embargo_tz,
    )


def _author_name():
    """A release's author's name, read with the release (a lookup afterwards was a round trip)."""
    return select(PersonRow.name).where(PersonRow.id == ReleaseRow.author_id).scalar_subquery()


def in_review_for(session: Session, person_id: int, limit: int) -> list[tuple[ReleaseLine, ReleaseFacts]]:
    """Releases in review that name ``person_id`` as a reviewer, the last changed first, with what the
    workflow decides on (whether they still wait for that person is the workflow's answer). Three
    reads, whatever ``limit`` is: the releases with their authors' names, their reviewers, their
    valid approvals."""
    found = session.execute(
        select(ReleaseRow, _author_name())
        .join(ReleaseReviewerRow, ReleaseReviewerRow.release_id == ReleaseRow.id)
        .where(ReleaseReviewerRow.person_id == person_id, ReleaseRow.state == "in_review")
        .order_by(ReleaseRow.updated_at.desc(), ReleaseRow.id.desc())
        .limit(limit)
    ).all()
    if not found:
        return []
    rows = [r for r, _author in found]
    names = {r.author_id: author or "?" for r, author in found}
    ids = [r.id for r in rows]
    reviewers: dict[int, set[int]] = {}
    for release_id, reviewer in session.execute(
        select(ReleaseReviewerRow.release_id, ReleaseReviewerRow.person_id).where(
            ReleaseReviewerRow.release_id.in_(ids)
        )
    ):
        reviewers.setdefault(release_id, set()).add(reviewer)
    approvals: dict[int, list[Approval]] = {}
    for release_id, reviewer, content_hash in session.execute(
        select(ReleaseApprovalRow.release_id, ReleaseApprovalRow.reviewer_id, ReleaseApprovalRow.content_hash)
        .where(ReleaseApprovalRow.release_id.in_(ids), ReleaseApprovalRow.voided_at.is_(None))
        .order_by(ReleaseApprovalRow.id)
    ):
        approvals.setdefault(release_id, []).append(Approval(reviewer, content_hash))
    return [
        (
            _line(r, names.get(r.author_id, "?")),
            ReleaseFacts(
                state=State(r.state),
                author_id=r.author_id,
                last_editor_id=r.last_editor_id,
                content_hash=r.content_hash,
                reviewer_ids=frozenset(reviewers.get(r.id, ())),
                review_rule=r.review_rule,
                approvals=tuple(approvals.get(r.id, ())),
                embargo=releases_repo.embargo_of(r),
                submit_note=r.submit_note,
            ),
        )
        for r in rows
    ]


def _with_total(session: Session, query: Select, *, rows: bool = False) -> tuple[list[Any], int]:
    """The first rows of ``query`` (it has its LIMIT) and how many rows it has without the limit,
    in one statement (``count(*) OVER ()`` is counted before the LIMIT applies): the count and the
    rows used to be two round trips to a server. ``rows``: plain rows, else the query's one entity."""
    found = session.execute(query.add_columns(func.count().over())).all()
    total = int(found[0][-1]) if found else 0
    if rows:
        return [tuple(r)[:-1] for r in found], total
    return [r[0] for r in found], total


def returned_to(session: Session, person_id: int, limit: int) -> tuple[list[ReturnedLine], int]:
    """Releases with "changes requested" whose author or last editor is ``person_id`` (the last
    changed first, at most ``limit``), with the last change request and the open comments; and how
    many there are. Four reads, whatever ``limit`` is."""
    mine = (
        ReleaseRow.state == "changes_requested",
        (ReleaseRow.author_id == person_id) | (ReleaseRow.last_editor_id == person_id),
    )
    rows, total = _with_total(
        session, select(ReleaseRow).where(*mine).order_by(ReleaseRow.updated_at.desc()).limit(limit)
    )
    ids = [r.id for r in rows]
    steps: dict[int, ReleaseStepRow] = {}
    comments: dict[int, int] = {}
    if ids:
        last = (
            select(func.max(ReleaseStepRow.id))
            .where(ReleaseStepRow.release_id.in_(ids), ReleaseStepRow.action == "request_changes")
            .group_by(ReleaseStepRow.release_id)
        )
        steps = {
            step.release_id: step
            for step in session.scalars(select(ReleaseStepRow).where(ReleaseStepRow.id.in_(last)))
        }
        comments = {
            release_id: int(n)
            for release_id, n in session.execute(
                select(ReleaseCommentRow.release_id, func.count())
                .where(ReleaseCommentRow.release_id.in_(ids), ReleaseCommentRow.resolved_at.is_(None))
                .group_by(ReleaseCommentRow.release_id)
            )
        }
    out = []
    for r in rows:
        step = steps.get(r.id)
        out.append(
            ReturnedLine(
                r.id,
                r.reference,
                r.title,
                step.note if step else "",
                step.actor_name if step else "",
                step.at if step else r.updated_at,
                comments.get(r.id, 0),
            )
        )
    return out, int(total)


def embargoes_until(session: Session, until: datetime, limit: int) -> tuple[list[ReleaseLine], int]:
    """Releases not yet out (``UNFINISHED``) whose embargo ends by ``until`` (passed ones too), the
    earliest first, at most ``limit``; and how many there are. Read per state from
    ``ix_releases_state_embargo``."""
    where = (ReleaseRow.state.in_(UNFINISHED), ReleaseRow.embargo.is_not(None), ReleaseRow.embargo <= until)
    rows, total = _with_total(
        session,
        select(ReleaseRow, _author_name()).where(*where).order_by(ReleaseRow.embargo).limit(limit),
        rows=True,
    )
    return [_line(r, author or "?") for r, author in rows], int(total)


def release_state_counts(session: Session) -> dict[str, int]:
    """How many releases are in each state (counted from ``ix_releases_state``)."""
    rows = session.execute(select(ReleaseRow.state, func.count()).group_by(ReleaseRow.state))
    return {state: int(n) for state, n in rows}


def open_actions_of(session: Session, person_id: int, limit: int) -> tuple[list[ActionLine], int]:
    """The open and in-progress action items ``person_id`` owns, the earliest deadline first (none
    last), at most ``limit``, with their meeting's topic; and how many there are."""
    where = (ActionRow.owner_person_id == person_id, ActionRow.status.in_(ACTIVE_ACTIONS))
    rows, total = _with_total(
        session,
        select(
            ActionRow.id,
            ActionRow.meeting_id,
            ActionRow.description,
            ActionRow.deadline,
            ActionRow.status,
            MeetingRow.topic,
        )
        .join(MeetingRow, MeetingRow.id == ActionRow.meeting_id)
        .where(*where)
        .order_by(ActionRow.deadline.is_(None), ActionRow.deadline, ActionRow.id)
        .limit(limit),
        rows=True,
    )
    return [ActionLine(*row) for row in rows], total


_MEETING_COLUMNS = (
    MeetingRow.id,
    MeetingRow.topic,
    MeetingRow.kind,
    MeetingRow.start,
    MeetingRow.duration,
    MeetingRow.tz,
    MeetingRow.room,
    MeetingRow.link,
    MeetingRow.dial_in,
)


def _meeting_line(row) -> MeetingLine:
    place = row.room if row.kind == "in_person" else (row.link or row.dial_in)
    return MeetingLine(row.id, row.topic, row.kind, row.start, row.duration, row.tz, place)


def meetings_without_minutes_out(
    session: Session, start: datetime, end: datetime, limit: int
) -> list[MeetingLine]:
    """Meetings not cancelled that started from ``start`` up to ``end`` (excluded) whose newest
    minutes have not been distributed (or that have none), the earliest first, at most ``limit``:
    the ones whose minutes may be due or late (PC-5)."""
    newest, newer = aliased(MinutesRow), aliased(MinutesRow)
    out = (
        exists()
        .where(newest.meeting_id == MeetingRow.id, newest.distributed_at.is_not(None))
        .where(~exists().where(newer.meeting_id == newest.meeting_id, newer.number > newest.number))
    )
    rows = session.execute(
        select(*_MEETING_COLUMNS)
        .where(MeetingRow.start >= start, MeetingRow.start < end, MeetingRow.cancelled.is_(False), ~out)
        .order_by(MeetingRow.start, MeetingRow.id)
        .limit(limit)
    )
    return [_meeting_line(r) for r in rows]


def meetings_of_home(
    session: Session, week: tuple[datetime, datetime], past: tuple[datetime, datetime], limit: int
) -> tuple[list[MeetingLine], list[MeetingLine]]:
    """(meetings not cancelled that start in ``week``, from its start up to its end excluded, the
    earliest first, at most ``limit``, read from ``ix_meetings_start``; ``meetings_without_minutes_out``
    of ``past``) in one statement, each its own walk with its own limit, put together: Home shows
    both boxes, and each was a round trip of its own."""
    newest, newer = aliased(MinutesRow), aliased(MinutesRow)
    out = (
        exists()
        .where(newest.meeting_id == MeetingRow.id, newest.distributed_at.is_not(None))
        .where(~exists().where(newer.meeting_id == newest.meeting_id, newer.number > newest.number))
    )
    held = MeetingRow.cancelled.is_(False)
    walks = [
        select(literal(part).label("part"), *_MEETING_COLUMNS)
        .where(MeetingRow.start >= start, MeetingRow.start < end, held, *extra)
        .order_by(MeetingRow.start, MeetingRow.id)
        .limit(limit)
        .subquery()
        for part, (start, end), extra in ((0, week, ()), (1, past, (~out,)))
    ]
    rows = sorted(
        session.execute(union_all(*(select(*walk.c) for walk in walks))).all(),
        key=lambda r: (r.part, r.start, r.id),
    )
    return [_meeting_line(r) for r in rows if r.part == 0], [_meeting_line(r) for r in rows if r.part == 1]


def action_counts_by_deadline(session: Session, first: date, end: date) -> list[tuple[date, str, int]]:
    """(deadline, status, count) of the action items due from ``first`` up to ``end`` (excluded)."""
    rows = session.execute(
        select(ActionRow.deadline, ActionRow.status, func.count())
        .where(ActionRow.deadline >= first, ActionRow.deadline < end)
        .group_by(ActionRow.deadline, ActionRow.status)
    )
    return [(d, status, int(n)) for d, status, n in rows if d is not None]


def coverage_counts(session: Session) -> tuple[dict[str, int], dict[str, int]]:
    """Coverage entries by tone (every tone, in ``TONES`` order) and by outlet kind (the most first),
    counted from ``ix_release_coverage_tone_kind``."""
    tones = dict.fromkeys(TONES, 0)
    kinds: dict[str, int] = {}
    for tone, kind, n in session.execute(
        select(CoverageRow.tone, CoverageRow.outlet_kind, func.count()).group_by(
            CoverageRow.tone, CoverageRow.outlet_kind
        )
    ):
        if tone in tones:
            tones[tone] += int(n)
        kinds[kind] = kinds.get(kind, 0) + int(n)
    return tones, dict(sorted(kinds.items(), key=lambda kv: -kv[1]))


def open_inquiries(session: Session, limit: int) -> tuple[list[InquiryLine], int]:
    """Media inquiries not answered yet of contacts not in the trash, the earliest deadline first
    (none last), at most ``limit``; and how many there are (MD-5). The inquiries are read first and
    their contacts looked up by id (a join may start from a million contacts instead)."""
    in_use = exists().where(ContactRow.id == InteractionRow.contact_id, ContactRow.deleted.is_(False))
    where = (InteractionRow.kind == "inquiry", InteractionRow.answered_at.is_(None), in_use)
    name = select(ContactRow.full_name).where(ContactRow.id == InteractionRow.contact_id).scalar_subquery()
    rows, total = _with_total(
        session,
        select(InteractionRow.contact_id, name, InteractionRow.summary, InteractionRow.deadline)
        .where(*where)
        .order_by(InteractionRow.deadline.is_(None), InteractionRow.deadline, InteractionRow.id)
        .limit(limit),
        rows=True,
    )
    return [
        InquiryLine(cid, full_name or "", summary, deadline) for cid, full_name, summary, deadline in rows
    ], total


def answered_inquiries_since(session: Session, since: datetime) -> list[tuple[datetime, datetime]]:
    """(asked, answered) of every media inquiry asked since ``since`` that has its answer (MD-5)."""
    rows = session.execute(
        select(InteractionRow.at, InteractionRow.answered_at).where(
            InteractionRow.kind == "inquiry",
            InteractionRow.answered_at.is_not(None),
            InteractionRow.at >= since,
        )
    )
    return [(asked, answered) for asked, answered in rows if answered is not None]


def outbox_trouble(session: Session, limit: int) -> list[OutboxLine]:
    """Held and failed messages (each status read from ``ix_mail_outbox_status``), the held ones
    first, the newest first, at most ``limit`` of each status: one statement (each status's walk
    with its own limit, put together), where each status used to be a round trip of its own."""
    statuses = ("held", "failed")
    walks = [
        select(
            OutboxMessageRow.id,
            OutboxMessageRow.status,
            OutboxMessageRow.subject,
            OutboxMessageRow.recipients,
            OutboxMessageRow.related_entity,
            OutboxMessageRow.related_id,
            OutboxMessageRow.last_error,
            OutboxMessageRow.uncertain,
            OutboxMessageRow.next_attempt_at,
            OutboxMessageRow.held_reason,
        )
        .where(OutboxMessageRow.status == status)
        .order_by(OutboxMessageRow.id.desc())
        .limit(limit)
        .subquery()
        for status in statuses
    ]
    rows = sorted(
        session.execute(union_all(*(select(*walk.c) for walk in walks))).all(),
        key=lambda r: (statuses.index(r.status), -r.id),
    )
    return [
        OutboxLine(
            r.id,
            r.status,
            r.subject,
            tuple(json.loads(r.recipients or "[]")),
            (r.related_entity, r.related_id),
            r.last_error,
            bool(r.uncertain),
            r.status == "failed" and r.next_attempt_at is not None,
            r.held_reason,
        )
        for r in rows
    ]


# ------------------------------------------------------------------------------------ the cases desk
@dataclass(frozen=True)
class CaseLine:
    id: int
    reference: str
    summary: str
    status: str
    received_at: datetime
    next_due_at: datetime | None
    owner: str


def _case_columns():
    owner = select(PersonRow.name).where(PersonRow.id == CaseRow.owner_id).scalar_subquery().label("owner")
    return (
        CaseRow.id,
        CaseRow.reference,
        CaseRow.summary,
        CaseRow.status,
        CaseRow.received_at,
        CaseRow.next_due_at,
        owner,
    )


def _case_line(row) -> CaseLine:
    case_id, reference, summary, status, received_at, due, owner = row
    return CaseLine(case_id, reference, summary or "", status, received_at, due, owner or "")


def cases_due_before(session: Session, end: datetime, limit: int) -> tuple[list[CaseLine], int]:
    """Open cases whose earliest running clock is due before ``end`` (the overdue ones included),
    the soonest due first, at most ``limit``; and how many there are. Read through
    ``ix_cases_status_due`` (status, due time): only the cases due by then are touched."""
    rows, total = _with_total(
        session,
        select(*_case_columns())
        .where(
            CaseRow.status.in_(OPEN_CASES),
            CaseRow.next_due_at.is_not(None),
            CaseRow.next_due_at < end,
        )
        .order_by(CaseRow.next_due_at, CaseRow.id)
        .limit(limit),
        rows=True,
    )
    return [_case_line(r) for r in rows], total


def case_intake(session: Session) -> tuple[int, int, CaseLine | None]:
    """(messages the intake set aside that no person has looked at yet, new cases not yet
    acknowledged, the open case received first that has no response yet — no call back, no answer
    sent — or None), in one statement: both counts come from indexes (outcome, status), the oldest
    is read per open status through ``ix_cases_status_received`` (one row each, never the years of
    closed cases) and the earliest of those kept. Three reads and more used to be as many round
    trips each time Home was filled."""
    set_aside = (
        select(func.count())
        .select_from(CaseIntakeMessageRow)
        .where(CaseIntakeMessageRow.outcome == "set_aside", CaseIntakeMessageRow.looked_at.is_(None))
        .scalar_subquery()
    )
    new = select(func.count()).select_from(CaseRow).where(CaseRow.status == "new").scalar_subquery()
    firsts = [
        select(*_case_columns())
        .where(CaseRow.status == status, CaseRow.first_response_at.is_(None))
        .order_by(CaseRow.received_at, CaseRow.id)
        .limit(1)
        .subquery()
        for status in OPEN_CASES
    ]
    each = union_all(*(select(*first.c) for first in firsts)).subquery()
    oldest = select(*each.c).order_by(each.c.received_at, each.c.id).limit(1).subquery()
    counts = select(set_aside.label("set_aside"), new.label("new")).subquery()
    row = session.execute(
        select(counts.c.set_aside, counts.c.new, *oldest.c).select_from(counts.outerjoin(oldest, true()))
    ).one()
    found = _case_line(row[2:]) if row[2] is not None else None
    return int(row[0] or 0), int(row[1] or 0), found

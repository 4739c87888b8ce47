"""Home's reads: the day's work of one person and the figures behind it, straight from the tables.

Home opens first thing in the morning, so every read here is bounded and indexed, whatever the
size of the office: lists stop at ``limit`` rows (their totals are counted from indexes), figures
are counted by the database (GROUP BY), never by loading every row. Reads only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, Select, String, cast, exists, func, literal, select, true, union_all
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


def _author_name():
    """A release's author's name, read with the release (a lookup afterwards was a round trip)."""
    return select(PersonRow.name).where(PersonRow.id == ReleaseRow.author_id).scalar_subquery()


#: Home's boxes of releases, read together by ``release_boxes``
REVIEWS, RETURNED, EMBARGOES = "reviews", "returned", "embargoes"


@dataclass(frozen=True)
class ReleaseBoxes:
    """What ``release_boxes`` read, per box (an empty list for a box not asked for)."""

    reviews: list[tuple[ReleaseLine, ReleaseFacts]]
    returned: list[ReturnedLine]
    returned_total: int
    embargoes: list[ReleaseLine]
    embargoes_total: int


def _embargo(row) -> datetime | None:
    tz = releases_repo.zone(row.embargo_tz)
    return row.embargo.astimezone(tz) if row.embargo is not None and tz is not None else row.embargo


def release_boxes(
    session: Session, person_id: int | None, embargo_until: datetime, limit: int, boxes: Iterable[str]
) -> ReleaseBoxes:
    """Home's three boxes of releases, those of ``boxes`` only, in two statements whatever their
    sizes (each box used to be one to three round trips of its own):

    1. one UNION ALL of a walk per box, each with its own order, limit and total (``count(*)
       OVER ()``, counted before the limit) and its place in its order (``row_number()``):
       ``REVIEWS``, releases in review that name ``person_id`` as a reviewer, the last changed
       first (whether they still wait for that person is the workflow's answer, from the facts);
       ``RETURNED``, releases with "changes requested" whose author or last editor is
       ``person_id``, the last changed first; ``EMBARGOES``, releases not yet out
       (``UNFINISHED``) whose embargo ends by ``embargo_until`` (passed ones too), the earliest
       first, read per state from ``ix_releases_state_embargo``;
    2. one UNION ALL of what those releases need besides their rows: the reviewers and valid
       approvals of those in review, the last change request and the open comments of those
       returned (not read when there are none)."""
    wanted = set(boxes)
    if person_id is None:
        wanted -= {REVIEWS, RETURNED}
    columns = (
        ReleaseRow.id,
        ReleaseRow.reference,
        ReleaseRow.title,
        ReleaseRow.state,
        ReleaseRow.author_id,
        ReleaseRow.last_editor_id,
        ReleaseRow.content_hash,
        ReleaseRow.review_rule,
        ReleaseRow.submit_note,
        ReleaseRow.updated_at,
        ReleaseRow.embargo,
        ReleaseRow.embargo_tz,
        _author_name().label("author"),
    )
    latest = (ReleaseRow.updated_at.desc(), ReleaseRow.id.desc())
    walks = {
        REVIEWS: (
            (ReleaseRow.state == State.IN_REVIEW.value,),
            latest,
            lambda q: q.join(ReleaseReviewerRow, ReleaseReviewerRow.release_id == ReleaseRow.id).where(
                ReleaseReviewerRow.person_id == person_id
            ),
        ),
        RETURNED: (
            (
                ReleaseRow.state == State.CHANGES_REQUESTED.value,
                (ReleaseRow.author_id == person_id) | (ReleaseRow.last_editor_id == person_id),
            ),
            latest,
            lambda q: q,
        ),
        EMBARGOES: (
            (
                ReleaseRow.state.in_(UNFINISHED),
                ReleaseRow.embargo.is_not(None),
                ReleaseRow.embargo <= embargo_until,
            ),
            (ReleaseRow.embargo, ReleaseRow.id),
            lambda q: q,
        ),
    }
    found: dict[str, list[Any]] = {box: [] for box in (REVIEWS, RETURNED, EMBARGOES)}
    totals: dict[str, int] = dict.fromkeys(found, 0)
    parts = [box for box in (REVIEWS, RETURNED, EMBARGOES) if box in wanted]
    if parts:
        subqueries = []
        for box in parts:
            where, order, join = walks[box]
            q = select(
                literal(box).label("box"),
                *columns,
                func.count().over().label("total"),
                func.row_number().over(order_by=order).label("place"),
            )
            subqueries.append(join(q).where(*where).order_by(*order).limit(limit).subquery())
        rows = session.execute(union_all(*(select(*sq.c) for sq in subqueries))).all()
        for row in sorted(rows, key=lambda r: (parts.index(r.box), r.place)):
            found[row.box].append(row)
            totals[row.box] = int(row.total)
    reviewing = [r.id for r in found[REVIEWS]]
    returned = [r.id for r in found[RETURNED]]
    reviewers: dict[int, set[int]] = {}
    approvals: dict[int, list[tuple[int, Approval]]] = {}
    steps: dict[int, tuple[int, str, str, datetime]] = {}
    comments: dict[int, int] = {}
    if reviewing or returned:
        for kind, release_id, person, text, name, at, n in session.execute(
            _release_details(reviewing, returned)
        ):
            if kind == "reviewer":
                reviewers.setdefault(release_id, set()).add(person)
            elif kind == "approval":
                approvals.setdefault(release_id, []).append((n, Approval(person, text)))
            elif kind == "step":  # the last change request: one per release
                steps[release_id] = (n, text or "", name or "", at)
            else:
                comments[release_id] = int(n)

    def line(r) -> ReleaseLine:
        return ReleaseLine(
            r.id, r.reference, r.title, r.state, r.author or "?", r.updated_at, _embargo(r), r.embargo_tz
        )

    def facts(r) -> ReleaseFacts:
        return ReleaseFacts(
            state=State(r.state),
            author_id=r.author_id,
            last_editor_id=r.last_editor_id,
            content_hash=r.content_hash,
            reviewer_ids=frozenset(reviewers.get(r.id, ())),
            review_rule=r.review_rule,
            approvals=tuple(a for _id, a in sorted(approvals.get(r.id, ()), key=lambda x: x[0])),
            embargo=_embargo(r),
            submit_note=r.submit_note,
        )

    def back(r) -> ReturnedLine:
        step = steps.get(r.id)
        if step is None:
            return ReturnedLine(r.id, r.reference, r.title, "", "", r.updated_at, comments.get(r.id, 0))
        _n, note, by, at = step
        return ReturnedLine(r.id, r.reference, r.title, note, by, at, comments.get(r.id, 0))

    return ReleaseBoxes(
        [(line(r), facts(r)) for r in found[REVIEWS]],
        [back(r) for r in found[RETURNED]],
        totals[RETURNED],
        [line(r) for r in found[EMBARGOES]],
        totals[EMBARGOES],
    )


def _release_details(reviewing: list[int], returned: list[int]):
    """(kind, release id, person, text, name, at, n) rows: "reviewer" (person), "approval" (person,
    content hash as text, n its id: their order), valid ones, of the releases ``reviewing``;
    "step" (the last change request: note as text, the actor's name, at, n its id) and "comments"
    (n open ones) of the releases ``returned``."""
    no_text, no_person = cast(None, String()), cast(None, Integer())
    no_at = cast(None, ReleaseStepRow.__table__.c.at.type)
    parts = []
    if reviewing:
        parts += releases_repo.review_selects(reviewing, (no_text.label("name"), no_at.label("at")))
    if returned:
        last = (
            select(func.max(ReleaseStepRow.id))
            .where(ReleaseStepRow.release_id.in_(returned), ReleaseStepRow.action == "request_changes")
            .group_by(ReleaseStepRow.release_id)
        )
        parts += [
            select(
                literal("step"),
                ReleaseStepRow.release_id,
                no_person,
                ReleaseStepRow.note,
                ReleaseStepRow.actor_name,
                ReleaseStepRow.at,
                ReleaseStepRow.id,
            ).where(ReleaseStepRow.id.in_(last)),
            select(
                literal("comments"),
                ReleaseCommentRow.release_id,
                no_person,
                no_text,
                no_text,
                no_at,
                func.count(),
            )
            .where(ReleaseCommentRow.release_id.in_(returned), ReleaseCommentRow.resolved_at.is_(None))
            .group_by(ReleaseCommentRow.release_id),
        ]
    return union_all(*parts)


def _with_total(session: Session, query: Select, *, rows: bool = False) -> tuple[list[Any], int]:
    """The first rows of ``query`` (it has its LIMIT) and how many rows it has without the limit,
    in one statement (``count(*) OVER ()`` is counted before the LIMIT applies): the count and the
    rows used to be two round trips to a server. ``rows``: plain rows, else the query's one entity."""
    found = session.execute(query.add_columns(func.count().over())).all()
    total = int(found[0][-1]) if found else 0
    if rows:
        return [tuple(r)[:-1] for r in found], total
    return [r[0] for r in found], total


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
    """Coverage about the organisation (not the competitors' stories logged for share of voice) by
    tone (every tone, in ``TONES`` order) and by outlet kind (the most first)."""
    tones = dict.fromkeys(TONES, 0)
    kinds: dict[str, int] = {}
    for tone, kind, n in session.execute(
        select(CoverageRow.tone, CoverageRow.outlet_kind, func.count())
        .where(CoverageRow.subject == "")
        .group_by(CoverageRow.tone, CoverageRow.outlet_kind)
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


def _cases_due(end: datetime, limit: int) -> Select:
    """Open cases whose earliest running clock is due before ``end`` (the overdue ones included),
    the soonest due first, at most ``limit``, each with how many there are (``total``). Read
    through ``ix_cases_status_due`` (status, due time): only the cases due by then are touched."""
    return (
        select(*_case_columns(), func.count().over().label("total"))
        .where(CaseRow.status.in_(OPEN_CASES), CaseRow.next_due_at.is_not(None), CaseRow.next_due_at < end)
        .order_by(CaseRow.next_due_at, CaseRow.id)
        .limit(limit)
    )


def _case_intake() -> Select:
    """One row: (``set_aside``: messages the intake set aside that no person has looked at yet,
    ``new``: new cases not yet acknowledged, then the open case received first that has no
    response yet — no call back, no answer sent — or NULLs). Both counts come from indexes
    (outcome, status), the oldest is read per open status through ``ix_cases_status_received``
    (one row each, never the years of closed cases) and the earliest of those kept."""
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
    return select(counts.c.set_aside, counts.c.new, *oldest.c).select_from(counts.outerjoin(oldest, true()))


def _intake_of(set_aside, new, case) -> tuple[int, int, CaseLine | None]:
    return int(set_aside or 0), int(new or 0), _case_line(case) if case[0] is not None else None


def cases_due_before(session: Session, end: datetime, limit: int) -> tuple[list[CaseLine], int]:
    """``_cases_due``: the lines, and how many there are."""
    rows = session.execute(_cases_due(end, limit)).all()
    return [_case_line(tuple(r)[:-1]) for r in rows], int(rows[0].total) if rows else 0


def case_intake(session: Session) -> tuple[int, int, CaseLine | None]:
    """``_case_intake`` as (set aside, new, the oldest unanswered case or None), in one statement:
    three reads and more used to be as many round trips each time Home was filled."""
    row = session.execute(_case_intake()).one()
    return _intake_of(row[0], row[1], tuple(row)[2:])


def cases_desk(
    session: Session, end: datetime, limit: int
) -> tuple[list[CaseLine], int, tuple[int, int, CaseLine | None]]:
    """``cases_due_before`` and ``case_intake`` together, in one statement (Home's two boxes of the
    cases desk were a round trip each): a UNION ALL of the cases due (part 0) and the intake's row
    (part 1), each padded with typed NULLs where the other has its columns."""
    due, intake = _cases_due(end, limit).subquery(), _case_intake().subquery()
    keys = [c.name for c in _case_columns()]
    no = cast(None, Integer())
    rows = session.execute(
        union_all(
            select(
                literal(0).label("part"),
                *(due.c[k] for k in keys),
                due.c.total,
                no.label("set_aside"),
                no.label("new"),
            ),
            select(literal(1), *(intake.c[k] for k in keys), no, intake.c.set_aside, intake.c.new),
        )
    ).all()
    width = len(keys)
    lines = sorted((r for r in rows if r.part == 0), key=lambda r: (r.next_due_at, r.id))
    [row] = [r for r in rows if r.part == 1]
    total = int(lines[0].total) if lines else 0
    return (
        [_case_line(tuple(r)[1 : 1 + width]) for r in lines],
        total,
        _intake_of(row.set_aside, row.new, tuple(row)[1 : 1 + width]),
    )

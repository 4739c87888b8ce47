"""The cases desk's figures in the database: counts and sums over the cases received in a period.

Every query here aggregates in the database (``GROUP BY``, ``count``, ``sum``, ``avg``) over the
cases whose ``received_at`` lies in ``[start, end)`` (an index walk on ``ix_cases_received_at``),
so a report on an office with 200,000 cases reads a month's cases, not all of them. The only rows
handed back one by one are a period's stopped clocks (their working time needs the organisation's
calendar, which lives in Python) and the few oldest open cases.

What each figure means is written once, in ``services/cases/figures.py``; these functions only count.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, exists, func, select
from sqlalchemy.orm import Session, aliased

from commdesk.persistence.models.cases import CaseCategoryRow, CaseClockRow, CaseEntryRow, CaseRow
from commdesk.persistence.models.foundation import PersonRow


def _received(start: datetime, end: datetime) -> Any:
    return and_(CaseRow.received_at >= start, CaseRow.received_at < end)


def _seconds_between(session: Session, first: Any, last: Any) -> Any:
    """``last - first`` in seconds as an SQL expression of the session's database."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", last - first)
    return (func.julianday(last) - func.julianday(first)) * 86400.0


@dataclass(frozen=True)
class CaseCounts:
    """Counts over the cases received in a period (see ``case_counts``)."""

    received: int
    resolved: int  # resolved or closed now
    calls_answered: int  # hotline cases with a call in their conversation
    fcr_yes: int  # of those: resolved on first contact
    csat_asked: int  # cases with a satisfaction score
    csat_sum: int
    csat_satisfied: int  # score 4 or 5
    complaints: int


def case_counts(session: Session, start: datetime, end: datetime, done_statuses: Iterable[str]) -> CaseCounts:
    """One pass over the period's cases: how many, resolved, FCR, CSAT and complaints."""
    done = sorted(done_statuses)
    has_call = exists().where(CaseEntryRow.case_id == CaseRow.id, CaseEntryRow.kind == "call")
    answered = and_(CaseRow.channel == "hotline", has_call)
    query = select(
        func.count(CaseRow.id),
        func.count(case((CaseRow.status.in_(done), 1))),
        func.count(case((answered, 1))),
        func.count(case((and_(answered, CaseRow.first_contact_resolution.is_(True)), 1))),
        func.count(CaseRow.csat),
        func.coalesce(func.sum(CaseRow.csat), 0),
        func.count(case((CaseRow.csat >= 4, 1))),
        func.count(case((CaseRow.complaint.is_(True), 1))),
    ).where(_received(start, end))
    row = session.execute(query).one()
    return CaseCounts(*(int(v or 0) for v in row))


def by_channel(session: Session, start: datetime, end: datetime) -> dict[str, int]:
    """Cases received in the period per channel (channels with none are absent)."""
    query = (
        select(CaseRow.channel, func.count(CaseRow.id)).where(_received(start, end)).group_by(CaseRow.channel)
    )
    return {str(c): int(n) for c, n in session.execute(query)}


@dataclass(frozen=True)
class CategoryCount:
    category_id: int | None  # None: no category
    code: str
    name_zh: str
    name_en: str
    count: int


def by_category(session: Session, start: datetime, end: datetime) -> list[CategoryCount]:
    """Cases received in the period per top-level category, most first (then by the category's order)."""
    counted = (
        select(CaseRow.category_id.label("cid"), func.count(CaseRow.id).label("n"))
        .where(_received(start, end))
        .group_by(CaseRow.category_id)
        .subquery()
    )
    query = (
        select(
            counted.c.cid,
            CaseCategoryRow.code,
            CaseCategoryRow.name_zh,
            CaseCategoryRow.name_en,
            counted.c.n,
            CaseCategoryRow.position,
        )
        .outerjoin(CaseCategoryRow, CaseCategoryRow.id == counted.c.cid)
        .order_by(counted.c.n.desc(), CaseCategoryRow.position, counted.c.cid)
    )
    return [
        CategoryCount(cid, code or "", zh or "", en or "", int(n))
        for cid, code, zh, en, n, _pos in session.execute(query)
    ]


def complaint_grades(session: Session, start: datetime, end: datetime) -> dict[int | None, int]:
    """Complaints received in the period per grade (None: not graded yet)."""
    query = (
        select(CaseRow.complaint_grade, func.count(CaseRow.id))
        .where(_received(start, end), CaseRow.complaint.is_(True))
        .group_by(CaseRow.complaint_grade)
    )
    return {(None if g is None else int(g)): int(n) for g, n in session.execute(query)}


def call_handling(session: Session, start: datetime, end: datetime) -> tuple[int, float]:
    """(calls, their total length in seconds): the calls (with a start and an end) in the
    conversations of the cases received in the period."""
    seconds = _seconds_between(session, CaseEntryRow.call_started_at, CaseEntryRow.call_ended_at)
    query = (
        select(func.count(CaseEntryRow.id), func.coalesce(func.sum(seconds), 0))
        .join(CaseRow, CaseRow.id == CaseEntryRow.case_id)
        .where(
            _received(start, end),
            CaseEntryRow.kind == "call",
            CaseEntryRow.call_started_at.is_not(None),
            CaseEntryRow.call_ended_at.is_not(None),
        )
    )
    calls, total = session.execute(query).one()
    return int(calls or 0), float(total or 0.0)


@dataclass(frozen=True)
class ClockCounts:
    """The clocks of one kind of the cases received in a period, counted."""

    clocks: int  # every clock of the kind with a due time
    stopped: int  # met or met late
    met: int  # stopped at or before the due time
    running_overdue: int  # still running past the due time at ``now``
    escalated: int  # the manager was told


def clock_counts(session: Session, kind: str, start: datetime, end: datetime, now: datetime) -> ClockCounts:
    stopped = CaseClockRow.stopped_at.is_not(None)
    query = (
        select(
            func.count(CaseClockRow.id),
            func.count(case((stopped, 1))),
            func.count(case((and_(stopped, CaseClockRow.stopped_at <= CaseClockRow.due_at), 1))),
            func.count(case((and_(CaseClockRow.stopped_at.is_(None), CaseClockRow.due_at <= now), 1))),
            func.count(CaseClockRow.escalated_at),
        )
        .join(CaseRow, CaseRow.id == CaseClockRow.case_id)
        .where(_received(start, end), CaseClockRow.kind == kind, CaseClockRow.due_at.is_not(None))
    )
    return ClockCounts(*(int(v or 0) for v in session.execute(query).one()))


@dataclass(frozen=True)
class StoppedClock:
    started_at: datetime
    due_at: datetime
    stopped_at: datetime
    target_minutes: int | None  # None: a fixed due time


def stopped_clocks(session: Session, kind: str, start: datetime, end: datetime) -> list[StoppedClock]:
    """The stopped clocks of one kind (with a due time) of the cases received in the period: the
    rows whose working time the service counts on the calendar."""
    query = (
        select(
            CaseClockRow.started_at, CaseClockRow.due_at, CaseClockRow.stopped_at, CaseClockRow.target_minutes
        )
        .join(CaseRow, CaseRow.id == CaseClockRow.case_id)
        .where(
            _received(start, end),
            CaseClockRow.kind == kind,
            CaseClockRow.due_at.is_not(None),
            CaseClockRow.stopped_at.is_not(None),
        )
    )
    return [
        StoppedClock(a, d, s, t)
        for a, d, s, t in session.execute(query)
        if d is not None and s is not None  # the query's conditions, for the type checker
    ]


def escalations(session: Session, start: datetime, end: datetime) -> int:
    """Clocks (any kind) of the cases received in the period whose running out was escalated."""
    query = (
        select(func.count(CaseClockRow.id))
        .join(CaseRow, CaseRow.id == CaseClockRow.case_id)
        .where(_received(start, end), CaseClockRow.escalated_at.is_not(None))
    )
    return int(session.scalar(query) or 0)


@dataclass(frozen=True)
class OpenCaseLine:
    id: int
    reference: str
    channel: str
    status: str
    priority: str
    summary: str
    received_at: datetime
    next_due_at: datetime | None
    owner: str
    category_code: str
    category_zh: str
    category_en: str


def oldest_open(
    session: Session, open_statuses: Iterable[str], before: datetime, limit: int = 10
) -> list[OpenCaseLine]:
    """The open cases received before ``before``, oldest first (``ix_cases_status_received``)."""
    owner = aliased(PersonRow)
    query = (
        select(
            CaseRow.id,
            CaseRow.reference,
            CaseRow.channel,
            CaseRow.status,
            CaseRow.priority,
            CaseRow.summary,
            CaseRow.received_at,
            CaseRow.next_due_at,
            owner.name,
            CaseCategoryRow.code,
            CaseCategoryRow.name_zh,
            CaseCategoryRow.name_en,
        )
        .outerjoin(owner, owner.id == CaseRow.owner_id)
        .outerjoin(CaseCategoryRow, CaseCategoryRow.id == CaseRow.category_id)
        .where(CaseRow.status.in_(sorted(open_statuses)), CaseRow.received_at < before)
        .order_by(CaseRow.received_at, CaseRow.id)
        .limit(limit)
    )
    return [
        OpenCaseLine(i, ref, ch, st, pr, summ or "", rec, due, own or "", code or "", zh or "", en or "")
        for i, ref, ch, st, pr, summ, rec, due, own, code, zh, en in session.execute(query)
    ]

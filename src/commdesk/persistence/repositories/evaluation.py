"""The evaluation's reads (EV-2, EV-5, EV-6): each source's figures for a period, counted in the
database in a few aggregate statements; where a figure needs the working calendar or a median, the
rows read are only the period's (meetings held, approvals, answered inquiries), never a whole table.

``start``/``end`` are UTC instants (``[start, end)``), ``first``/``end_day`` the period's days in the
organisation's zone (``[first, end_day)``) for the columns that hold days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from commdesk.persistence.models.cases import CaseClockRow, CaseRow
from commdesk.persistence.models.evaluation import (
    InterviewRow,
    SurveyAnswerRow,
    SurveyMappingRow,
    SurveyQuestionRow,
    SurveyResponseRow,
    SurveyRow,
    TrainingAttendanceRow,
    TrainingSessionRow,
)
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


def period_decisions(session: Session, period_code: str, rule: str = "EV-8") -> list[ActionRow]:
    """The action items recorded as decisions of the evaluation of ``period_code``, oldest first:
    their note names the period and the rule, in whichever language it was written (the year 2026
    is not the quarter 2026Q4: the code stands alone)."""
    alone = re.compile(rf"(?<![\w-]){re.escape(period_code)}(?![\w-])")
    rows = session.scalars(
        select(ActionRow)
        .where(ActionRow.note.contains(period_code), ActionRow.note.contains(rule))
        .order_by(ActionRow.id)
    )
    return [row for row in rows if alone.search(row.note)]


def meeting_topic(session: Session, meeting_id: int) -> str | None:
    """The topic of a meeting that is not cancelled, None when there is none."""
    return session.execute(
        select(MeetingRow.topic).where(MeetingRow.id == meeting_id, MeetingRow.cancelled.is_(False))
    ).scalar_one_or_none()


# ------------------------------------------------------------------ what people say (EV-1, EV-3, EV-4)
def survey_mapping(session: Session, kind: str) -> SurveyMappingRow | None:
    return session.execute(select(SurveyMappingRow).where(SurveyMappingRow.kind == kind)).scalar_one_or_none()


def save_survey_mapping(session: Session, kind: str, mapping_json: str) -> None:
    row = survey_mapping(session, kind)
    if row is None:
        session.add(SurveyMappingRow(kind=kind, mapping_json=mapping_json))
    elif row.mapping_json != mapping_json:
        row.mapping_json = mapping_json


def add_survey(
    session: Session,
    survey: SurveyRow,
    questions: list[SurveyQuestionRow],
    responses: list[tuple[SurveyResponseRow, list[tuple[float | None, str]]]],
) -> SurveyRow:
    """A survey with its questions, responses and answers (answers in the questions' order)."""
    session.add(survey)
    session.flush()
    for q in questions:
        q.survey_id = survey.id
    session.add_all(questions)
    for r, _answers in responses:
        r.survey_id = survey.id
    session.add_all([r for r, _a in responses])
    session.flush()
    session.add_all(
        SurveyAnswerRow(response_id=r.id, question_id=q.id, value=value, text=text)
        for r, answers in responses
        for q, (value, text) in zip(questions, answers, strict=True)
        if value is not None or text
    )
    session.flush()
    return survey


def surveys(
    session: Session, first: date | None = None, end_day: date | None = None
) -> list[tuple[SurveyRow, int]]:
    """Surveys (closing in ``[first, end_day)`` when given) with their count of responses, newest first."""
    responses = (
        select(SurveyResponseRow.survey_id, func.count().label("n"))
        .group_by(SurveyResponseRow.survey_id)
        .subquery()
    )
    query = select(SurveyRow, func.coalesce(responses.c.n, 0)).outerjoin(
        responses, responses.c.survey_id == SurveyRow.id
    )
    if first is not None and end_day is not None:
        query = query.where(SurveyRow.closes_on >= first, SurveyRow.closes_on < end_day)
    rows = session.execute(query.order_by(SurveyRow.closes_on.desc(), SurveyRow.id.desc())).all()
    return [(s, int(n)) for s, n in rows]


@dataclass(frozen=True)
class QuestionAnswers:
    survey_id: int
    question_id: int
    position: int
    text: str
    kind: str
    scale_max: int
    values: tuple[float, ...]  # the scale's numbers
    texts: int  # text answers given


def question_answers(session: Session, survey_ids: list[int]) -> list[QuestionAnswers]:
    """Every question of the surveys with its answers' numbers (a few per response, all of them)."""
    if not survey_ids:
        return []
    questions = session.execute(
        select(SurveyQuestionRow)
        .where(SurveyQuestionRow.survey_id.in_(survey_ids))
        .order_by(SurveyQuestionRow.survey_id, SurveyQuestionRow.position)
    ).scalars()
    values: dict[int, list[float]] = {}
    texts: dict[int, int] = {}
    for qid, value, text in session.execute(
        select(SurveyAnswerRow.question_id, SurveyAnswerRow.value, SurveyAnswerRow.text)
        .join(SurveyQuestionRow, SurveyQuestionRow.id == SurveyAnswerRow.question_id)
        .where(SurveyQuestionRow.survey_id.in_(survey_ids))
    ):
        if value is not None:
            values.setdefault(qid, []).append(float(value))
        if text:
            texts[qid] = texts.get(qid, 0) + 1
    return [
        QuestionAnswers(
            q.survey_id,
            q.id,
            q.position,
            q.text,
            q.kind,
            q.scale_max,
            tuple(values.get(q.id, ())),
            texts.get(q.id, 0),
        )
        for q in questions
    ]


def add_interview(session: Session, row: InterviewRow) -> InterviewRow:
    session.add(row)
    session.flush()
    return row


def interviews(
    session: Session, first: date | None = None, end_day: date | None = None
) -> list[InterviewRow]:
    query = select(InterviewRow)
    if first is not None and end_day is not None:
        query = query.where(InterviewRow.day >= first, InterviewRow.day < end_day)
    return list(session.execute(query.order_by(InterviewRow.day.desc(), InterviewRow.id.desc())).scalars())


def add_training(session: Session, row: TrainingSessionRow) -> TrainingSessionRow:
    session.add(row)
    session.flush()
    return row


def training(session: Session, session_id: int) -> TrainingSessionRow | None:
    return session.get(TrainingSessionRow, session_id)


def attendance(session: Session, session_id: int, person: str) -> TrainingAttendanceRow | None:
    return session.execute(
        select(TrainingAttendanceRow).where(
            TrainingAttendanceRow.session_id == session_id, TrainingAttendanceRow.person == person
        )
    ).scalar_one_or_none()


def add_attendance(session: Session, row: TrainingAttendanceRow) -> TrainingAttendanceRow:
    session.add(row)
    session.flush()
    return row


@dataclass(frozen=True)
class TrainingLine:
    id: int
    day: date
    topic: str
    trainer: str
    expected: int
    present: int


def trainings(session: Session, first: date | None = None, end_day: date | None = None) -> list[TrainingLine]:
    """Training sessions (held in ``[first, end_day)`` when given) with the people expected and present."""
    query = (
        select(
            TrainingSessionRow.id,
            TrainingSessionRow.day,
            TrainingSessionRow.topic,
            TrainingSessionRow.trainer,
            func.count(TrainingAttendanceRow.id),
            func.coalesce(func.sum(case((TrainingAttendanceRow.present.is_(True), 1), else_=0)), 0),
        )
        .outerjoin(TrainingAttendanceRow, TrainingAttendanceRow.session_id == TrainingSessionRow.id)
        .group_by(TrainingSessionRow.id)
    )
    if first is not None and end_day is not None:
        query = query.where(TrainingSessionRow.day >= first, TrainingSessionRow.day < end_day)
    rows = session.execute(query.order_by(TrainingSessionRow.day.desc(), TrainingSessionRow.id.desc())).all()
    return [TrainingLine(i, d, t, tr, int(n), int(p)) for i, d, t, tr, n, p in rows]


def attendances(
    session: Session, first: date | None = None, end_day: date | None = None
) -> list[tuple[int, str, bool]]:
    """Who was marked at each training session (held in ``[first, end_day)`` when given):
    ``(session_id, person, present)``, the sessions newest first, then by name (one statement)."""
    query = select(
        TrainingAttendanceRow.session_id, TrainingAttendanceRow.person, TrainingAttendanceRow.present
    ).join(TrainingSessionRow, TrainingSessionRow.id == TrainingAttendanceRow.session_id)
    if first is not None and end_day is not None:
        query = query.where(TrainingSessionRow.day >= first, TrainingSessionRow.day < end_day)
    rows = session.execute(
        query.order_by(
            TrainingSessionRow.day.desc(), TrainingSessionRow.id.desc(), TrainingAttendanceRow.person
        )
    ).all()
    return [(int(i), str(p), bool(present)) for i, p, present in rows]


def interview(session: Session, interview_id: int) -> InterviewRow | None:
    return session.get(InterviewRow, interview_id)

"""The evaluation report (EV-8, CR-5): the KPI table with the previous period, the change and the
trend, a chart per group, the coverage by outlet kind and against the competitors, and the
decisions; each decision becomes an action item (owner, deadline) in the action tracker.

The action tracker keeps every action item on a meeting. The decisions go on the review meeting
they were taken at, when the person making the report names it (the window's list, ``--meeting``).
Otherwise they go on the period's *record of decisions*: a meeting entry with no time, made with the
first decisions and reused by every later report of the period. Having no time, it is not a meeting
held: the evaluation's meeting figures do not count it, Home does not list it, and no minutes are
due for it (PC-5) — the decisions were taken somewhere, and that meeting's own minutes say so."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from commdesk.core.domain.people import Role
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.evaluation.catalogue import Period, parse_period
from commdesk.core.evaluation.decisions import Decision
from commdesk.core.i18n import translate
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.persistence.models.meetings import ActionRow
from commdesk.persistence.repositories import evaluation as repo
from commdesk.services.context import ServiceContext
from commdesk.services.evaluation.figures import Evaluation, EvaluationFiguresService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.people import PeopleService

WRITERS = (Role.OFFICER, Role.ADMINISTRATOR)


def _decide() -> str:
    return translate("Evaluation", "record the evaluation's decisions")


def record_topic(period: Period) -> str:
    """The topic of the period's record of decisions, as the tracker and Home show it."""
    return translate("Evaluation", "Evaluation review {period}: record of decisions").format(
        period=period.code
    )


@dataclass(frozen=True)
class RecordedDecision:
    decision: Decision
    action_id: int
    owner: str  # as the tracker shows it
    new: bool = True  # False: the same decision was recorded before, on the same meeting
    meeting_id: int | None = None  # the review meeting whose action item it is


@dataclass(frozen=True)
class CrisisReview:
    """An issue or crisis of the period (opened or closed in it) with its post-crisis review (EV-7)."""

    title: str
    kind: str  # as people read it
    severity: str
    drill: bool
    opened: date  # in the organisation's zone
    closed: date | None
    review: str  # "" while not reviewed yet


@dataclass(frozen=True)
class EvaluationReport:
    evaluation: Evaluation
    decisions: tuple[RecordedDecision, ...]
    meeting_id: int | None  # the review meeting the decisions' action items belong to
    meeting_topic: str
    crises: tuple[CrisisReview, ...] = ()
    earlier: tuple[RecordedDecision, ...] = ()  # the period's decisions recorded by earlier reports

    @property
    def all_decisions(self) -> tuple[RecordedDecision, ...]:
        """Every decision of the period: the earlier reports' and this one's, oldest first."""
        return tuple(sorted(self.earlier + self.decisions, key=lambda d: d.action_id))


class EvaluationReportService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def may_decide(self) -> str:
        """ "" when the acting person may record decisions with a report now, else why not in words
        (a report without decisions needs no role)."""
        return self.ctx.refusal(*WRITERS, action=_decide())

    def report(
        self, period: Period | str, decisions: Sequence[Decision] = (), meeting_id: int | None = None
    ) -> EvaluationReport:
        """Count the period and record its decisions as action items, in one unit of work."""
        if isinstance(period, str):
            period = parse_period(period)
        if decisions:
            self.ctx.require(*WRITERS, action=_decide())
        with self.ctx.unit_of_work() as uow:
            evaluation = self.ctx.service(EvaluationFiguresService).evaluate(period)
            crises = self._crises(period, evaluation.zone)
            before = repo.period_decisions(uow.session, period.code)
            earlier = tuple(
                RecordedDecision(
                    Decision(r.description, r.owner_name, r.deadline), r.id, r.owner_name, False, r.meeting_id
                )
                for r in before
                if r.deadline is not None
            )
            if not decisions:
                meetings = {r.meeting_id for r in before}
                if len(meetings) != 1:
                    return EvaluationReport(evaluation, (), None, "", crises, earlier)
                (held,) = meetings
                topic = repo.meeting_topic(uow.session, held) or ""
                return EvaluationReport(evaluation, (), held, topic, crises, earlier)
            if meeting_id is None and before:
                meeting_id = before[-1].meeting_id  # the meeting (or record) of the period's decisions
            if meeting_id is None:
                meeting_id = self._record_of_decisions(period, evaluation.zone).id
                topic = record_topic(period)
            else:
                found = repo.meeting_topic(uow.session, meeting_id)
                if found is None:
                    raise NotFound(
                        translate(
                            "Evaluation", "There is no meeting {id} to record the decisions on."
                        ).format(id=meeting_id)
                    )
                topic = found
            people = self.ctx.service(PeopleService).list()
            rows = []
            again: dict[int, ActionRow] = {}  # decision's place -> the same decision recorded before
            for n, d in enumerate(decisions):
                key = d.owner.strip().casefold()
                person = next((p for p in people if key in (p.name.casefold(), p.email.casefold())), None)
                same = next(
                    (
                        r
                        for r in before
                        if r.meeting_id == meeting_id
                        and r.description == d.text.strip()
                        and r.deadline == d.deadline
                        and key in (r.owner_name.casefold(), r.owner_email.casefold())
                    ),
                    None,
                )
                if same is not None:  # the report made again with the same decision: no second item
                    again[n] = same
                    continue
                rows.append(
                    ActionRow(
                        meeting_id=meeting_id,
                        description=d.text.strip(),
                        owner_name=person.name if person else d.owner.strip(),
                        owner_email=person.email if person else (d.owner.strip() if "@" in d.owner else ""),
                        owner_person_id=person.id if person else None,
                        deadline=d.deadline,
                        status="open",
                        note=translate("Evaluation", "Decision of the evaluation {period} (EV-8)").format(
                            period=period.code
                        ),
                    )
                )
            stored = iter(repo.add_actions(uow.session, rows) if rows else [])
            recorded = []
            for n, d in enumerate(decisions):
                if n in again:
                    recorded.append(RecordedDecision(d, again[n].id, again[n].owner_name, False, meeting_id))
                else:
                    row = next(stored)
                    recorded.append(RecordedDecision(d, row.id, row.owner_name, True, meeting_id))
            given = {r.action_id for r in recorded}
            return EvaluationReport(
                evaluation,
                tuple(recorded),
                meeting_id,
                topic,
                crises,
                tuple(e for e in earlier if e.action_id not in given),
            )

    def _record_of_decisions(self, period: Period, zone: str) -> Meeting:
        """The period's record of decisions (module doc): no time, so not a meeting held."""
        return self.ctx.service(MeetingService).save(
            Meeting(
                kind=MeetingKind.IN_PERSON,
                topic=record_topic(period),
                purpose=translate(
                    "Evaluation",
                    "The decisions of the evaluation {period} (EV-8), recorded with its report without "
                    "naming the review meeting they were taken at. This entry has no time: it is not "
                    "a meeting held, no minutes are due for it, and the evaluation does not count it.",
                ).format(period=period.code),
                start=None,
                duration=None,
                tz=zone,
            )
        )

    def _crises(self, period: Period, zone: str) -> tuple[CrisisReview, ...]:
        """The crises and drills opened or closed in ``period`` (days in ``zone``), oldest first."""
        from zoneinfo import ZoneInfo

        from commdesk.services.crisis.service import CrisisService

        tz = ZoneInfo(zone)
        crises = self.ctx.service(CrisisService)
        found = []
        for c in crises.list():
            opened = c.opened_at.astimezone(tz).date()
            closed = c.closed_at.astimezone(tz).date() if c.closed_at else None
            if not any(d is not None and period.first <= d < period.end for d in (opened, closed)):
                continue
            full = crises.get(c.id)
            found.append(
                CrisisReview(c.title, c.kind_label, c.severity_label, c.drill, opened, closed, full.review)
            )
        return tuple(sorted(found, key=lambda r: r.opened))

    def report_document(self, report: EvaluationReport):
        from commdesk.core.documents.reports import ui_language
        from commdesk.core.evaluation.document import evaluation_document
        from commdesk.services.reports import author, letterhead

        return evaluation_document(
            report, language=ui_language(), letterhead=letterhead(self.ctx), author=author(self.ctx)
        )

    def report_pdf(
        self,
        path: str | os.PathLike,
        period: Period | str,
        decisions: Sequence[Decision] = (),
        meeting_id: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancel=None,
    ) -> tuple[Path, EvaluationReport]:
        """Count, record the decisions, and write the report as PDF to ``path`` (atomically)."""
        from commdesk.core.documents.rendering import render

        for d in decisions:
            if not d.text.strip() or not d.owner.strip():
                raise ValidationError(
                    {"decision": translate("Evaluation", "Every decision needs a text and an owner.")}
                )
        report = self.report(period, decisions, meeting_id)
        doc, blocks = self.report_document(report)
        return render(doc, blocks, path, progress=progress, cancel=cancel), report

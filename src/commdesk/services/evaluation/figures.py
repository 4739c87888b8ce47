"""Every figure of the KPI catalogue (``core/evaluation/catalogue.py``) for a period and the period
before it, counted from the records (EV-2, EV-5, EV-6, EV-8).

A figure whose source has no records in a period is ``None`` ("no records"), never 0: a rate with
nothing to divide, a volume of a channel that logged nothing, an average of no meetings. The cases
desk's figures are its own (``CaseFiguresService``), the posts' cadence and the accounts' monthly
figures the publishing calendar's (``PostService.cadence``, ``SocialMetricsService.series``); the
rest is counted in ``persistence/repositories/evaluation.py``, a few statements per period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from commdesk.core import timezones as tz
from commdesk.core.evaluation.catalogue import CATALOGUE, Kpi, Period, Trend, parse_period, trend
from commdesk.core.meetings.schedule import minutes_due
from commdesk.core.publishing.cadence import Cadence
from commdesk.core.workcalendar import WorkCalendar
from commdesk.persistence.repositories import evaluation as repo
from commdesk.services.cases.figures import CaseFiguresService, median
from commdesk.services.context import ServiceContext
from commdesk.services.evaluation.voices import EvaluationVoicesService, Voices
from commdesk.services.publishing.metrics import SocialMetricsService
from commdesk.services.publishing.posts import PostService
from commdesk.services.settings import SettingsService

TOP_OUTLETS = 10


@dataclass(frozen=True)
class Figure:
    kpi: Kpi
    value: float | None  # None: no records in the period
    previous: float | None
    change: float | None
    trend: Trend


@dataclass(frozen=True)
class OutletKindLine:
    outlet_kind: str
    stories: int
    reach: int
    positive: int
    neutral: int
    negative: int


@dataclass(frozen=True)
class Evaluation:
    period: Period
    previous_period: Period
    zone: str
    made_at: datetime
    figures: tuple[Figure, ...]  # in the catalogue's order
    by_outlet_kind: tuple[OutletKindLine, ...]  # the organisation's stories, most first
    top_outlets: tuple[tuple[str, int, int, int], ...]  # (outlet, stories, reach, positive)
    share_of_voice: tuple[tuple[str, int], ...]  # ("" for the organisation, stories), most first
    voices: Voices | None = None  # what people say in the period (EV-1, EV-3, EV-4)

    def figure(self, key: str) -> Figure:
        return next(f for f in self.figures if f.kpi.key == key)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _count(n: int) -> float | None:
    return float(n) if n else None


class EvaluationFiguresService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _place(self) -> tuple[WorkCalendar, str]:
        org = self.ctx.service(SettingsService).organisation()
        zone = tz.org_zone_name(org)
        return WorkCalendar.from_settings(org, zone), zone

    def evaluate(self, period: Period | str) -> Evaluation:
        """Every figure for ``period`` (``2026Q4`` or a ``Period``) and the one before, in one unit of work."""
        if isinstance(period, str):
            period = parse_period(period)
        before = period.previous()
        calendar, zone = self._place()
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            current, groups = self._values(uow.session, calendar, zone, period, now)
            previous, _ = self._values(uow.session, calendar, zone, before, now)
            voices = self.ctx.service(EvaluationVoicesService)
            said, said_before = voices.voices_in(uow.session, period), voices.voices_in(uow.session, before)
            outlets = tuple(repo.top_outlets(uow.session, period.first, period.end, TOP_OUTLETS))
        current.update(_said(said))
        previous.update(_said(said_before))
        figures = []
        for kpi in CATALOGUE:
            change, direction = trend(kpi, current[kpi.key], previous[kpi.key])
            figures.append(Figure(kpi, current[kpi.key], previous[kpi.key], change, direction))
        return Evaluation(
            period,
            before,
            zone,
            now,
            tuple(figures),
            _by_kind(groups),
            outlets,
            _voices(groups),
            said,
        )

    # --------------------------------------------------------------------------------- counting
    def _values(
        self, s, calendar: WorkCalendar, zone: str, period: Period, now: datetime
    ) -> tuple[dict[str, float | None], list[repo.CoverageGroup]]:
        start, end = period.bounds(zone)
        values: dict[str, float | None] = {}

        # a follow-up, the minutes or an action item that is not due yet is neither on time nor late:
        # only what fell due before now counts (a period that has not ended counts what is due so far)
        today = tz.today_in(zone, lambda: now)
        mail = repo.mail_counts(s, start, end, period.first, min(period.end, today))
        values["mail.sent"] = _count(mail.sent)
        values["mail.follow_up_rate"] = _share(mail.follow_ups_done, mail.follow_ups_due)

        held = repo.meetings_held(s, start, end, now)
        lengths = [m.minutes for m in held if m.minutes is not None]
        values["meetings.held"] = _count(len(held))
        values["meetings.average_length"] = sum(lengths) / len(lengths) if lengths else None
        minutes = [
            (m.distributed_at, minutes_due(m.start + timedelta(minutes=m.minutes or 0), calendar))
            for m in held
        ]
        minutes = [(out, due) for out, due in minutes if out is not None or due <= now]
        on_time = sum(1 for out, due in minutes if out is not None and out <= due)
        values["meetings.minutes_on_time"] = _share(on_time, len(minutes))

        due = [a for a in repo.actions_due(s, period.first, period.end) if a.done or a.deadline < today]
        in_time = sum(
            1
            for a in due
            if a.done
            and a.changed_at is not None
            and a.changed_at < tz.wall_clock(a.deadline + timedelta(days=1), time(0), zone)
        )
        values["actions.closed_on_time"] = _share(in_time, len(due))

        published = repo.releases_published(s, start, end)
        values["releases.per_month"] = published / period.months if published else None
        turnarounds = [a - b for b, a in repo.review_turnarounds(s, start, end)]
        middle = median(turnarounds)
        values["releases.review_turnaround"] = middle.total_seconds() / 3600 if middle is not None else None

        groups = repo.coverage_groups(s, period.first, period.end)
        ours = [g for g in groups if not g.subject]
        stories = sum(g.stories for g in ours)
        values["coverage.count"] = _count(stories)
        values["coverage.reach"] = float(sum(g.reach for g in ours)) if stories else None
        values["coverage.positive_share"] = _share(
            sum(g.stories for g in ours if g.tone == "positive"), stories
        )
        values["coverage.negative_share"] = _share(
            sum(g.stories for g in ours if g.tone == "negative"), stories
        )
        competitors = sum(g.stories for g in groups if g.subject)
        # share of voice needs at least one named competitor's story: alone, it would always be 100 %
        values["coverage.share_of_voice"] = _share(stories, stories + competitors) if competitors else None

        asked = repo.inquiries(s, start, end, now)
        values["inquiries.count"] = _count(asked.received)
        answer = median([a - r for r, a in asked.answered])
        values["inquiries.median_response"] = answer.total_seconds() / 3600 if answer is not None else None
        values["inquiries.deadline_met"] = _share(asked.met, asked.decided)

        cases = self.ctx.service(CaseFiguresService).figures(period.first, period.end)
        values["cases.received"] = _count(cases.received)
        values["cases.first_response_met"] = cases.first_response.met_rate
        values["cases.resolution_met"] = cases.resolution.met_rate
        values["cases.fcr"] = cases.fcr_rate
        values["cases.csat"] = cases.csat_rate
        values["cases.complaints"] = float(cases.complaints) if cases.received else None

        values["social.posts"] = _count(repo.posts_published(s, start, end))
        weeks = self.ctx.service(PostService).cadence(period.first, period.last)
        # weeks without a single post of any account are no records of the calendar, not a 0 % week
        planned = len(weeks) if any(w.count for w in weeks) else 0
        values["social.weeks_on_target"] = _share(
            sum(1 for w in weeks if w.status is Cadence.WITHIN), planned
        )
        months = self.ctx.service(SocialMetricsService).series(first=period.first, last=period.last)
        values["social.reach"] = float(sum(m.reach for m in months)) if months else None
        values["social.interactions"] = float(sum(m.interactions for m in months)) if months else None

        return values, groups


def _said(v: Voices) -> dict[str, float | None]:
    """The figures of what people say (EV-1, EV-3, EV-4); None where nothing was recorded."""
    return {
        "voices.survey_responses": _count(v.responses) if v.surveys else None,
        "voices.survey_score": v.mean_of_five,
        "voices.survey_satisfied": _share(v.satisfied, v.scale_answers),
        "voices.interviews": _count(v.interviews),
        "voices.training_sessions": _count(len(v.trainings)),
        "voices.training_attendance": _share(v.present, v.expected),
    }


def _by_kind(groups: list[repo.CoverageGroup]) -> tuple[OutletKindLine, ...]:
    lines: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for g in groups:
        if g.subject:
            continue
        line = lines[g.outlet_kind]
        line["stories"] += g.stories
        line["reach"] += g.reach
        line[g.tone] += g.stories
    out = [
        OutletKindLine(kind, v["stories"], v["reach"], v["positive"], v["neutral"], v["negative"])
        for kind, v in lines.items()
    ]
    return tuple(sorted(out, key=lambda x: (-x.stories, x.outlet_kind)))


def _voices(groups: list[repo.CoverageGroup]) -> tuple[tuple[str, int], ...]:
    stories: dict[str, int] = defaultdict(int)
    for g in groups:
        stories[g.subject] += g.stories
    return tuple(sorted(stories.items(), key=lambda kv: (-kv[1], kv[0])))

"""The cases desk's figures for a period and the one before it: the daily, weekly or monthly report
(FB-5, EV-2, EV-5, HL-3) on screen and as PDF.

The definitions, written once (the evaluation reuses them):

* **Period.** Days ``[first, end)`` in the organisation's zone: from midnight of ``first`` to
  midnight of ``end`` there (``end`` is the first day not counted). The *previous period* has the
  same length and ends where this one starts; a period of whole calendar months (``first`` on the
  1st, ``end`` a whole number of months later) is compared with the same number of months before
  it (month on month, EV-2), whatever their number of days.
* **Cohort.** Every figure but the oldest open cases counts the cases *received* in the period
  (``cases.received_at``), and what happened to them up to the moment the report is made. A report
  of a past period made again later can only change by what was done on its cases since.
* **Volumes** (EV-2, FB-5): cases received, per channel and per top-level category.
* **Resolved** (EV-5 "resolution rate"): of the cases received, those resolved or closed now.
* **Clock figures** (HL-2, FB-2, P-1), for the first-response and the resolution clock (each case
  has one of each, ``case_clocks``; clocks without a due time are left out):

  - *within target* (met %): clocks stopped at or before their due time, out of the *decided*
    clocks: those stopped (in time or late) plus those still running past their due time now. A
    clock still running before its due time is not decided yet and not counted.
  - *median* and *90th percentile* of the working time the stopped clocks took, on the
    organisation's working calendar (working hours, public holidays and make-up days, closed
    days), pauses while waiting for them excluded: the target less the working time between the
    stop and the due time when in time, the target plus the working time from the due time to the
    stop when late (pauses after a missed due time are not taken off). The 90th percentile is the
    nearest-rank one: the smallest time at least 90 % of the clocks took no longer than.
  - *running overdue*: clocks still running past their due time now.
* **FCR** (HL-3, target 85 %): calls answered = hotline cases with a call in their conversation;
  FCR = those marked resolved on first contact / calls answered.
* **CSAT** (HL-3, EV-5): among the cases with a satisfaction score (asked), the average score
  (1-5) and the share of satisfied ones, a score of 4 or 5; the procedure's target is at least
  95 % satisfied (EV-5: 满意度 95 % 以上).
* **Complaints** (HL-4): cases marked as complaints, per grade 1-3 (and not graded yet).
* **Average handling time** (HL-3, AHT): the average length (end less start) of the calls in the
  conversations of the cases received.
* **Escalations** (HL-4, P-1): clocks of the cases received whose running out was escalated to the
  owner's manager.
* **Oldest open cases** (P-1): open cases received before the period's end, oldest first, as they
  stand when the report is made.

Everything is counted in the database (``persistence/repositories/case_figures.py``); only the
working time of each stopped clock is counted here, on the calendar.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import DONE_STATUSES, OPEN_STATUSES, Channel
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate
from commdesk.core.workcalendar import WorkCalendar
from commdesk.persistence.repositories import case_figures as repo
from commdesk.services.context import ServiceContext
from commdesk.services.settings import SettingsService

PERIODS = ("day", "week", "month")
# The procedure's targets the report measures against.
FCR_TARGET = 0.85  # HL-3: first-contact resolution 85 %
CSAT_TARGET = 0.95  # EV-5: at least 95 % satisfied (a score of 4 or 5 out of 5)
SATISFIED_SCORE = 4  # the lowest score counted as satisfied
OLDEST_OPEN = 10  # how many of the oldest open cases the report lists


def _months_later(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    return date(year, month % 12 + 1, 1) if day.day == 1 else date(year, month % 12 + 1, day.day)


def end_after_last_day(first: date, last: date) -> date:
    """The first day not counted, for a period whose last counted day is ``last`` (the report
    window's "To" and ``cases report --to`` both name the last day, included); refused in words,
    in the days the person gave, when it comes before ``first``."""
    if last < first:
        raise ValidationError(
            {
                "to": translate(
                    "Cases",
                    "The last day ({last}) comes before the first day ({first}); give a later last day.",
                ).format(last=last.isoformat(), first=first.isoformat())
            }
        )
    return last + timedelta(days=1)


def period_end(first: date, period: str) -> date:
    """The first day after a ``period`` (day, week, month) that starts on ``first``."""
    if period == "day":
        return first + timedelta(days=1)
    if period == "week":
        return first + timedelta(days=7)
    if period == "month":
        if first.day != 1:
            raise ValidationError(
                {"from": translate("Cases", "A month starts on the 1st; give the first day of the month.")}
            )
        return _months_later(first, 1)
    raise ValidationError(
        {
            "period": translate("Cases", "'{value}' is not one of: {choices}.").format(
                value=period, choices=", ".join(PERIODS)
            )
        }
    )


def whole_months(first: date, end: date) -> int:
    """How many calendar months ``[first, end)`` is, 0 when it is not whole months."""
    if first.day != 1 or end.day != 1:
        return 0
    months = (end.year - first.year) * 12 + end.month - first.month
    return max(months, 0)


def previous_period(first: date, end: date) -> tuple[date, date]:
    """The period before ``[first, end)``: the same number of months for whole months, else of days."""
    months = whole_months(first, end)
    if months:
        return _months_later(first, -months), first
    return first - (end - first), first


def nearest_rank(values: Sequence[timedelta], share: float) -> timedelta | None:
    """The nearest-rank percentile: the smallest value at least ``share`` of ``values`` are at most."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)), 1) - 1]


def median(values: Sequence[timedelta]) -> timedelta | None:
    """The median (the mean of the two middle values for an even count)."""
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def clock_working_time(calendar: WorkCalendar, clock: repo.StoppedClock) -> timedelta:
    """The working time a stopped clock took (pauses before its due time excluded, from the clock's
    stored due time): see the module's definitions."""
    zone = calendar.zone_for(clock.started_at)
    started, due, stopped = (
        clock.started_at.astimezone(zone),
        clock.due_at.astimezone(zone),
        clock.stopped_at.astimezone(zone),
    )
    if clock.target_minutes is not None:
        target = timedelta(minutes=clock.target_minutes)
    else:  # a fixed due time (a media inquiry's deadline): its target is the working time up to it
        target = calendar.working_time_between(started, max(due, started))
    if stopped <= due:
        return target - calendar.working_time_between(stopped, due)
    return target + calendar.working_time_between(due, stopped)


@dataclass(frozen=True)
class ClockFigures:
    """One clock kind over a period's cases (see the module's definitions)."""

    kind: ClockKind
    clocks: int
    decided: int  # stopped, or running past the due time
    met: int  # stopped at or before the due time
    running_overdue: int
    median: timedelta | None  # working time the stopped clocks took
    p90: timedelta | None
    target_median: timedelta | None  # the stopped clocks' median target

    @property
    def met_rate(self) -> float | None:
        return self.met / self.decided if self.decided else None


@dataclass(frozen=True)
class CategoryVolume:
    category_id: int | None
    name: str  # in the interface's language; "" : no category
    count: int


@dataclass(frozen=True)
class PeriodFigures:
    first: date  # the first day
    end: date  # the first day not counted
    start_at: datetime  # UTC instants of the bounds
    end_at: datetime
    received: int
    resolved: int
    by_channel: tuple[tuple[Channel, int], ...]  # every channel, in its order
    by_category: tuple[CategoryVolume, ...]  # most first
    first_response: ClockFigures
    resolution: ClockFigures
    calls_answered: int
    fcr_yes: int
    csat_asked: int
    csat_sum: int
    csat_satisfied: int
    complaints: int
    grades: tuple[tuple[int | None, int], ...]  # (1, n), (2, n), (3, n), (None, n not graded)
    calls: int
    handling_seconds: float
    escalations: int

    @property
    def last(self) -> date:
        """The last day counted."""
        return self.end - timedelta(days=1)

    @property
    def resolution_rate(self) -> float | None:
        return self.resolved / self.received if self.received else None

    @property
    def fcr_rate(self) -> float | None:
        return self.fcr_yes / self.calls_answered if self.calls_answered else None

    @property
    def csat_average(self) -> float | None:
        return self.csat_sum / self.csat_asked if self.csat_asked else None

    @property
    def csat_rate(self) -> float | None:
        return self.csat_satisfied / self.csat_asked if self.csat_asked else None

    @property
    def average_handling(self) -> timedelta | None:
        return timedelta(seconds=round(self.handling_seconds / self.calls)) if self.calls else None


@dataclass(frozen=True)
class OpenCase:
    id: int
    reference: str
    channel: Channel
    status: str
    summary: str
    category: str
    owner: str
    received_at: datetime
    next_due_at: datetime | None
    age_days: int  # whole days since it was received, at the report's moment


@dataclass(frozen=True)
class CaseReport:
    """This period, the one before, and the oldest open cases; ``made_at``: when it was counted."""

    period: str  # day, week, month, or "" for any other stretch
    current: PeriodFigures
    previous: PeriodFigures
    oldest_open: tuple[OpenCase, ...]
    zone: str
    made_at: datetime
    fcr_target: float = FCR_TARGET
    csat_target: float = CSAT_TARGET


class CaseFiguresService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def _place(self) -> tuple[WorkCalendar, str]:
        org = self.ctx.service(SettingsService).organisation()
        zone = tz.org_zone_name(org)
        return WorkCalendar.from_settings(org, zone), zone

    @staticmethod
    def check_period(first: date, end: date) -> None:
        if end <= first:
            raise ValidationError(
                {
                    "to": translate(
                        "Cases", "The period ends ({end}) before it starts ({first}); give a later end."
                    ).format(end=end.isoformat(), first=first.isoformat())
                }
            )

    def figures(self, first: date, end: date) -> PeriodFigures:
        """The figures of the cases received in ``[first, end)`` (days in the organisation's zone)."""
        self.check_period(first, end)
        calendar, zone = self._place()
        now = self.ctx.clock()
        with self.ctx.unit_of_work() as uow:
            return self._figures(uow.session, calendar, zone, first, end, now)

    def report(self, first: date, end: date, period: str = "") -> CaseReport:
        """This period's figures, the previous period's, and the oldest open cases, read in one go."""
        self.check_period(first, end)
        calendar, zone = self._place()
        now = self.ctx.clock()
        before = previous_period(first, end)
        with self.ctx.unit_of_work() as uow:
            s = uow.session
            current = self._figures(s, calendar, zone, first, end, now)
            previous = self._figures(s, calendar, zone, *before, now)
            lang = _lang()
            lines = repo.oldest_open(s, {v.value for v in OPEN_STATUSES}, current.end_at, OLDEST_OPEN)
            oldest = tuple(
                OpenCase(
                    id=line.id,
                    reference=line.reference,
                    channel=Channel(line.channel),
                    status=line.status,
                    summary=line.summary,
                    category=_name(line.category_code, line.category_zh, line.category_en, lang),
                    owner=line.owner,
                    received_at=line.received_at,
                    next_due_at=line.next_due_at,
                    age_days=max((now - line.received_at).days, 0),
                )
                for line in lines
            )
        return CaseReport(period, current, previous, oldest, zone, now)

    def _figures(self, s, calendar: WorkCalendar, zone: str, first: date, end: date, now: datetime):
        start_at = tz.wall_clock(first, time(0), zone).astimezone(UTC)
        end_at = tz.wall_clock(end, time(0), zone).astimezone(UTC)
        counts = repo.case_counts(s, start_at, end_at, {v.value for v in DONE_STATUSES})
        channels = repo.by_channel(s, start_at, end_at)
        lang = _lang()
        categories = tuple(
            CategoryVolume(c.category_id, _name(c.code, c.name_zh, c.name_en, lang), c.count)
            for c in repo.by_category(s, start_at, end_at)
        )
        grades = repo.complaint_grades(s, start_at, end_at)
        calls, seconds = repo.call_handling(s, start_at, end_at)
        clocks = {
            kind: self._clock(s, calendar, kind, start_at, end_at, now)
            for kind in (ClockKind.FIRST_RESPONSE, ClockKind.RESOLUTION)
        }
        return PeriodFigures(
            first=first,
            end=end,
            start_at=start_at,
            end_at=end_at,
            received=counts.received,
            resolved=counts.resolved,
            by_channel=tuple((c, channels.get(c.value, 0)) for c in Channel),
            by_category=categories,
            first_response=clocks[ClockKind.FIRST_RESPONSE],
            resolution=clocks[ClockKind.RESOLUTION],
            calls_answered=counts.calls_answered,
            fcr_yes=counts.fcr_yes,
            csat_asked=counts.csat_asked,
            csat_sum=counts.csat_sum,
            csat_satisfied=counts.csat_satisfied,
            complaints=counts.complaints,
            grades=tuple((g, grades.get(g, 0)) for g in (1, 2, 3, None)),
            calls=calls,
            handling_seconds=seconds,
            escalations=repo.escalations(s, start_at, end_at),
        )

    @staticmethod
    def _clock(
        s, calendar: WorkCalendar, kind: ClockKind, start_at: datetime, end_at: datetime, now: datetime
    ) -> ClockFigures:
        counts = repo.clock_counts(s, kind.value, start_at, end_at, now)
        stopped = repo.stopped_clocks(s, kind.value, start_at, end_at)
        took = [clock_working_time(calendar, c) for c in stopped]
        targets = [timedelta(minutes=c.target_minutes) for c in stopped if c.target_minutes is not None]
        return ClockFigures(
            kind=kind,
            clocks=counts.clocks,
            decided=counts.stopped + counts.running_overdue,
            met=counts.met,
            running_overdue=counts.running_overdue,
            median=median(took),
            p90=nearest_rank(took, 0.9),
            target_median=median(targets),
        )

    # ------------------------------------------------------------------------------ the PDF
    def report_document(self, report: CaseReport):
        """The report as a document of the document layer (letterhead, author, the interface's language)."""
        from commdesk.core.documents.cases_report import case_report_document
        from commdesk.core.documents.reports import ui_language
        from commdesk.services.reports import author, letterhead

        return case_report_document(
            report, language=ui_language(), letterhead=letterhead(self.ctx), author=author(self.ctx)
        )

    def report_pdf(
        self,
        path: str | os.PathLike,
        first: date,
        end: date,
        period: str = "",
        progress: Callable[[int, int], None] | None = None,
        cancel=None,
    ) -> Path:
        """Count the period and write its report as PDF to ``path`` (atomically; a cancel leaves
        no file)."""
        from commdesk.core.documents.rendering import render

        report = self.report(first, end, period)
        doc, blocks = self.report_document(report)
        return render(doc, blocks, path, progress=progress, cancel=cancel)


def _name(code: str, zh: str, en: str, lang: str) -> str:
    first, second = (zh, en) if lang.startswith("zh") else (en, zh)
    return first or second or code


def _lang() -> str:
    from commdesk.core.i18n import language

    return language()

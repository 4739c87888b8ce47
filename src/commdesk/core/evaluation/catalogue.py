"""The KPI catalogue of the evaluation (EV-2, EV-5, EV-6, EV-8) and the periods it is counted for.

Each figure names the procedure rule it measures, says in words (both languages, through
``translate``) what it counts, where its records come from, its unit, and whether a higher value is
better (``None``: neither, a volume). The services count them (``services/evaluation/figures.py``);
this module only describes them and knows the periods.

Periods: a month ``2026-11``, a quarter ``2026Q4``, a half-year ``2026H2`` or a year ``2026``, parsed
here and nowhere else. A period is the days ``[first, end)`` in the organisation's zone; the previous
period is the one of the same kind just before it (the third quarter before the fourth, the first
half before the second, the year before).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from commdesk.core import timezones as tz
from commdesk.core.errors import ValidationError
from commdesk.core.i18n import translate


class Unit(enum.StrEnum):
    COUNT = "count"
    PERCENT = "percent"  # a share 0..1, shown as a percentage
    MINUTES = "minutes"
    HOURS = "hours"
    PER_MONTH = "per_month"
    SCORE = "score"  # 1-5

    @property
    def label(self) -> str:
        return {
            Unit.COUNT: lambda: translate("Evaluation", "count"),
            Unit.PERCENT: lambda: translate("Evaluation", "%"),
            Unit.MINUTES: lambda: translate("Evaluation", "minutes"),
            Unit.HOURS: lambda: translate("Evaluation", "hours"),
            Unit.PER_MONTH: lambda: translate("Evaluation", "per month"),
            Unit.SCORE: lambda: translate("Evaluation", "score 1-5"),
        }[self]()


class Group(enum.StrEnum):
    MAIL = "mail"
    MEETINGS = "meetings"
    MEDIA = "media"
    INQUIRIES = "inquiries"
    CASES = "cases"
    SOCIAL = "social"
    VOICES = "voices"

    @property
    def label(self) -> str:
        return {
            Group.MAIL: lambda: translate("Evaluation", "Mail"),
            Group.MEETINGS: lambda: translate("Evaluation", "Meetings and actions"),
            Group.MEDIA: lambda: translate("Evaluation", "Releases and coverage"),
            Group.INQUIRIES: lambda: translate("Evaluation", "Media inquiries"),
            Group.CASES: lambda: translate("Evaluation", "Cases desk"),
            Group.SOCIAL: lambda: translate("Evaluation", "Social media"),
            Group.VOICES: lambda: translate("Evaluation", "What people say"),
        }[self]()


@dataclass(frozen=True)
class Kpi:
    key: str
    rule: str  # the procedure rule(s) it measures
    group: Group
    unit: Unit
    higher_is_better: bool | None  # None: a volume, neither better nor worse
    _name: Callable[[], str]
    _definition: Callable[[], str]
    _source: Callable[[], str]

    @property
    def name(self) -> str:
        return self._name()

    @property
    def definition(self) -> str:
        return self._definition()

    @property
    def source(self) -> str:
        return self._source()


def _mail() -> str:
    return translate("Evaluation", "Outbox (mail sent by commdesk)")


def _meetings() -> str:
    return translate("Evaluation", "Meetings, their minutes and action items")


def _releases() -> str:
    return translate("Evaluation", "Press releases and their workflow steps")


def _coverage() -> str:
    return translate("Evaluation", "Coverage log (with or without a release)")


def _cases() -> str:
    return translate("Evaluation", "Cases desk (cases received in the period)")


def _surveys() -> str:
    return translate("Evaluation", "Staff surveys imported (those whose period ends in this one)")


def _interviews() -> str:
    return translate("Evaluation", "Managers' interviews recorded")


def _training() -> str:
    return translate("Evaluation", "Training sessions and their attendance")


def _social() -> str:
    return translate("Evaluation", "Publishing calendar: posts, cadence targets, monthly figures")


CATALOGUE: tuple[Kpi, ...] = (
    Kpi(
        "mail.sent",
        "EV-2",
        Group.MAIL,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Mail sent"),
        lambda: translate("Evaluation", "Messages the outbox sent in the period (sent time)."),
        _mail,
    ),
    Kpi(
        "mail.follow_up_rate",
        "EM-5",
        Group.MAIL,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Follow-ups done"),
        lambda: translate(
            "Evaluation",
            "Of the sent messages whose follow-up date falls in the period and has passed, the share "
            "whose follow-up is marked done.",
        ),
        _mail,
    ),
    Kpi(
        "meetings.held",
        "EV-2",
        Group.MEETINGS,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Meetings held"),
        lambda: translate(
            "Evaluation", "Meetings not cancelled that started in the period, before the report was made."
        ),
        _meetings,
    ),
    Kpi(
        "meetings.average_length",
        "EV-2",
        Group.MEETINGS,
        Unit.MINUTES,
        False,
        lambda: translate("Evaluation", "Average meeting length"),
        lambda: translate("Evaluation", "The average planned length of the meetings held."),
        _meetings,
    ),
    Kpi(
        "meetings.minutes_on_time",
        "PC-5",
        Group.MEETINGS,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Minutes on time"),
        lambda: translate(
            "Evaluation",
            "Of the meetings held whose minutes are due by now (or out already), the share whose "
            "minutes were distributed by the end of the working day the meeting ended (the working "
            "calendar's hours and holidays).",
        ),
        _meetings,
    ),
    Kpi(
        "actions.closed_on_time",
        "PC-7",
        Group.MEETINGS,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Actions closed on time"),
        lambda: translate(
            "Evaluation",
            "Of the action items due in the period whose deadline has passed or that are done (not "
            "cancelled), the share marked done whose last change was on or before their deadline day.",
        ),
        _meetings,
    ),
    Kpi(
        "releases.per_month",
        "MD-6",
        Group.MEDIA,
        Unit.PER_MONTH,
        None,
        lambda: translate("Evaluation", "Releases per month"),
        lambda: translate("Evaluation", "Releases published in the period, divided by its months."),
        _releases,
    ),
    Kpi(
        "releases.review_turnaround",
        "MD-6",
        Group.MEDIA,
        Unit.HOURS,
        False,
        lambda: translate("Evaluation", "Review turnaround (median)"),
        lambda: translate(
            "Evaluation",
            "For each approval in the period, the hours since the release was last submitted for "
            "review; the median.",
        ),
        _releases,
    ),
    Kpi(
        "coverage.count",
        "MD-6",
        Group.MEDIA,
        Unit.COUNT,
        True,
        lambda: translate("Evaluation", "Coverage about us"),
        lambda: translate(
            "Evaluation", "Stories about the organisation that appeared in the period (not competitors')."
        ),
        _coverage,
    ),
    Kpi(
        "coverage.reach",
        "MD-6",
        Group.MEDIA,
        Unit.COUNT,
        True,
        lambda: translate("Evaluation", "Coverage reach"),
        lambda: translate("Evaluation", "The reach of the stories about the organisation, added up."),
        _coverage,
    ),
    Kpi(
        "coverage.positive_share",
        "EV-7",
        Group.MEDIA,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Positive tone"),
        lambda: translate(
            "Evaluation", "Of the stories about the organisation, the share with a positive tone."
        ),
        _coverage,
    ),
    Kpi(
        "coverage.negative_share",
        "EV-7",
        Group.MEDIA,
        Unit.PERCENT,
        False,
        lambda: translate("Evaluation", "Negative tone"),
        lambda: translate(
            "Evaluation", "Of the stories about the organisation, the share with a negative tone."
        ),
        _coverage,
    ),
    Kpi(
        "coverage.share_of_voice",
        "EV-6",
        Group.MEDIA,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Share of voice"),
        lambda: translate(
            "Evaluation",
            "Stories about the organisation out of all logged stories about it and the named competitors.",
        ),
        _coverage,
    ),
    Kpi(
        "inquiries.count",
        "MD-5",
        Group.INQUIRIES,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Media inquiries"),
        lambda: translate("Evaluation", "Media inquiries received in the period."),
        _cases,
    ),
    Kpi(
        "inquiries.median_response",
        "MD-5",
        Group.INQUIRIES,
        Unit.HOURS,
        False,
        lambda: translate("Evaluation", "Inquiry response time (median)"),
        lambda: translate(
            "Evaluation",
            "Hours from an inquiry's arrival to its first answer, over the answered inquiries; the median.",
        ),
        _cases,
    ),
    Kpi(
        "inquiries.deadline_met",
        "MD-5",
        Group.INQUIRIES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Inquiries answered by the deadline"),
        lambda: translate(
            "Evaluation",
            "Of the inquiries whose first-answer clock is decided, the share answered by its due time.",
        ),
        _cases,
    ),
    Kpi(
        "cases.received",
        "EV-5",
        Group.CASES,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Cases received"),
        lambda: translate("Evaluation", "Cases of every channel received in the period."),
        _cases,
    ),
    Kpi(
        "cases.first_response_met",
        "EV-5",
        Group.CASES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "First response in time"),
        lambda: translate(
            "Evaluation", "Of the decided first-response clocks, the share stopped by their due time."
        ),
        _cases,
    ),
    Kpi(
        "cases.resolution_met",
        "EV-5",
        Group.CASES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Resolved in time"),
        lambda: translate(
            "Evaluation", "Of the decided resolution clocks, the share stopped by their due time."
        ),
        _cases,
    ),
    Kpi(
        "cases.fcr",
        "EV-5",
        Group.CASES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "First-contact resolution"),
        lambda: translate("Evaluation", "Of the calls answered, the share resolved on first contact."),
        _cases,
    ),
    Kpi(
        "cases.csat",
        "EV-5",
        Group.CASES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Satisfied (CSAT 4-5)"),
        lambda: translate("Evaluation", "Of the cases with a satisfaction score, the share scoring 4 or 5."),
        _cases,
    ),
    Kpi(
        "cases.complaints",
        "EV-5",
        Group.CASES,
        Unit.COUNT,
        False,
        lambda: translate("Evaluation", "Complaints"),
        lambda: translate("Evaluation", "Cases received in the period marked as complaints."),
        _cases,
    ),
    Kpi(
        "social.posts",
        "SM-6",
        Group.SOCIAL,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Posts published"),
        lambda: translate("Evaluation", "Social posts published in the period."),
        _social,
    ),
    Kpi(
        "social.weeks_on_target",
        "SM-2",
        Group.SOCIAL,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Weeks on cadence"),
        lambda: translate(
            "Evaluation",
            "Of the active accounts' weeks in the period (from each account's first post), the share "
            "whose posts met the account's target (published, or planned and not cancelled).",
        ),
        _social,
    ),
    Kpi(
        "social.reach",
        "SM-6",
        Group.SOCIAL,
        Unit.COUNT,
        True,
        lambda: translate("Evaluation", "Social reach"),
        lambda: translate("Evaluation", "The accounts' monthly reach for the period's months, added up."),
        _social,
    ),
    Kpi(
        "social.interactions",
        "SM-6",
        Group.SOCIAL,
        Unit.COUNT,
        True,
        lambda: translate("Evaluation", "Social interactions"),
        lambda: translate(
            "Evaluation", "The accounts' monthly interactions for the period's months, added up."
        ),
        _social,
    ),
    Kpi(
        "voices.survey_responses",
        "EV-1",
        Group.VOICES,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Survey responses"),
        lambda: translate(
            "Evaluation",
            "Responses to the staff surveys whose period ends in this period (blank rows left out).",
        ),
        _surveys,
    ),
    Kpi(
        "voices.survey_score",
        "EV-1",
        Group.VOICES,
        Unit.SCORE,
        True,
        lambda: translate("Evaluation", "Survey average score"),
        lambda: translate(
            "Evaluation",
            "The average of every scale answer of those surveys, a 1-10 scale brought to 1-5.",
        ),
        _surveys,
    ),
    Kpi(
        "voices.survey_satisfied",
        "EV-1",
        Group.VOICES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Survey answers satisfied"),
        lambda: translate(
            "Evaluation",
            "Of the scale answers of those surveys, the share in the top two steps (4-5 of 5, 8-10 of 10).",
        ),
        _surveys,
    ),
    Kpi(
        "voices.interviews",
        "EV-3",
        Group.VOICES,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Managers' interviews"),
        lambda: translate("Evaluation", "Interviews held in the period (their day)."),
        _interviews,
    ),
    Kpi(
        "voices.training_sessions",
        "EV-4",
        Group.VOICES,
        Unit.COUNT,
        None,
        lambda: translate("Evaluation", "Training sessions"),
        lambda: translate("Evaluation", "Communication training sessions held in the period."),
        _training,
    ),
    Kpi(
        "voices.training_attendance",
        "EV-4",
        Group.VOICES,
        Unit.PERCENT,
        True,
        lambda: translate("Evaluation", "Training attendance"),
        lambda: translate(
            "Evaluation", "Of the people expected at the period's sessions, the share who attended."
        ),
        _training,
    ),
)

BY_KEY: dict[str, Kpi] = {k.key: k for k in CATALOGUE}


# ---------------------------------------------------------------------------------------- periods
class PeriodKind(enum.StrEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "half": 6, "year": 12}[self.value]


_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})$"), PeriodKind.MONTH),
    (re.compile(r"^(\d{4})[Qq]([1-4])$"), PeriodKind.QUARTER),
    (re.compile(r"^(\d{4})[Hh]([12])$"), PeriodKind.HALF),
    (re.compile(r"^(\d{4})$"), PeriodKind.YEAR),
)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    """A month, quarter, half-year or year: days ``[first, end)`` in the organisation's zone."""

    kind: PeriodKind
    first: date

    @property
    def end(self) -> date:
        """The first day after the period."""
        return _add_months(self.first, self.kind.months)

    @property
    def months(self) -> int:
        return self.kind.months

    @property
    def last(self) -> date:
        return date.fromordinal(self.end.toordinal() - 1)

    def previous(self) -> Period:
        return Period(self.kind, _add_months(self.first, -self.kind.months))

    @property
    def code(self) -> str:
        """The period as typed: 2026-11, 2026Q4, 2026H2, 2026."""
        year = self.first.year
        if self.kind is PeriodKind.MONTH:
            return f"{year}-{self.first.month:02d}"
        if self.kind is PeriodKind.QUARTER:
            return f"{year}Q{(self.first.month - 1) // 3 + 1}"
        if self.kind is PeriodKind.HALF:
            return f"{year}H{(self.first.month - 1) // 6 + 1}"
        return str(year)

    def label(self) -> str:
        """The period in words, with its days."""
        return translate("Evaluation", "{code} ({first} to {last})").format(
            code=self.code, first=self.first.isoformat(), last=self.last.isoformat()
        )

    def bounds(self, zone: str) -> tuple[datetime, datetime]:
        """The period's start and end as UTC instants: midnight of ``first`` and of ``end`` in ``zone``."""
        return (
            tz.wall_clock(self.first, time(0), zone).astimezone(UTC),
            tz.wall_clock(self.end, time(0), zone).astimezone(UTC),
        )


def parse_period(text: str) -> Period:
    """``2026-11``, ``2026Q4``, ``2026H2`` or ``2026``; refused in words otherwise."""
    value = (text or "").strip()
    for pattern, kind in _PATTERNS:
        match = pattern.match(value)
        if not match:
            continue
        year = int(match.group(1))
        if kind is PeriodKind.YEAR:
            return Period(kind, date(year, 1, 1))
        number = int(match.group(2))
        if kind is PeriodKind.MONTH:
            if not 1 <= number <= 12:
                break
            return Period(kind, date(year, number, 1))
        if kind is PeriodKind.QUARTER:
            return Period(kind, date(year, (number - 1) * 3 + 1, 1))
        return Period(kind, date(year, (number - 1) * 6 + 1, 1))
    raise ValidationError(
        {
            "period": translate(
                "Evaluation",
                "'{value}' is not a period; give a month (2026-11), a quarter (2026Q4), a half-year "
                "(2026H2) or a year (2026).",
            ).format(value=value)
        }
    )


def period_containing(day: date, kind: PeriodKind) -> Period:
    """The period of ``kind`` that holds ``day``."""
    months = kind.months
    month = (day.month - 1) // months * months + 1
    return Period(kind, date(day.year, month, 1))


# ------------------------------------------------------------------------------- values and trends
class Trend(enum.StrEnum):
    BETTER = "better"
    WORSE = "worse"
    SAME = "same"
    UP = "up"  # a volume rose (neither better nor worse)
    DOWN = "down"
    UNKNOWN = "unknown"  # one of the periods has no records

    @property
    def label(self) -> str:
        return {
            Trend.BETTER: lambda: translate("Evaluation", "better"),
            Trend.WORSE: lambda: translate("Evaluation", "worse"),
            Trend.SAME: lambda: translate("Evaluation", "unchanged"),
            Trend.UP: lambda: translate("Evaluation", "up"),
            Trend.DOWN: lambda: translate("Evaluation", "down"),
            Trend.UNKNOWN: lambda: translate("Evaluation", "no comparison"),
        }[self]()


def trend(kpi: Kpi, value: float | None, previous: float | None) -> tuple[float | None, Trend]:
    """The change from ``previous`` to ``value`` and what it means for this figure."""
    if value is None or previous is None:
        return None, Trend.UNKNOWN
    change = value - previous
    if abs(change) < 1e-9:
        return 0.0, Trend.SAME
    if kpi.higher_is_better is None:
        return change, Trend.UP if change > 0 else Trend.DOWN
    return change, Trend.BETTER if (change > 0) == kpi.higher_is_better else Trend.WORSE


def no_records() -> str:
    return translate("Evaluation", "no records")


def format_value(kpi: Kpi, value: float | None) -> str:
    """A figure as shown in the table, the PDF and the command: '—' never, 'no records' when its
    source has none in the period."""
    if value is None:
        return no_records()
    if kpi.unit is Unit.PERCENT:
        return f"{value * 100:.1f} %"
    if kpi.unit is Unit.COUNT:
        return f"{round(value):,}"
    if kpi.unit is Unit.SCORE:
        return f"{value:.2f}"
    return f"{value:.1f} {kpi.unit.label}"  # minutes, hours, per month: the unit said


def format_change(kpi: Kpi, change: float | None) -> str:
    if change is None:
        return ""
    if kpi.unit is Unit.PERCENT:
        return translate("Evaluation", "{sign}{value} points").format(
            sign="+" if change > 0 else "", value=f"{change * 100:.1f}"
        )
    sign = "+" if change > 0 else ""
    if kpi.unit is Unit.COUNT:
        return f"{sign}{round(change):,}"
    if kpi.unit is Unit.SCORE:
        return f"{sign}{change:.2f}"
    return f"{sign}{change:.1f} {kpi.unit.label}"  # minutes, hours, per month: the unit said, as the values

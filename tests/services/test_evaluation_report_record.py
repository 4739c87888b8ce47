"""Where the evaluation's decisions go in the action tracker: on the review meeting named, or else
on the period's record of decisions, which is not a meeting held (the report used to make a meeting
starting "now", 60 minutes long: it counted as held, showed on Home and asked for minutes)."""

from __future__ import annotations

from datetime import timedelta

from commdesk.core.evaluation.catalogue import PeriodKind, period_containing
from commdesk.core.evaluation.decisions import Decision
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.core.meetings.schedule import MinutesDue
from commdesk.core.timezones import org_zone_name, today_in
from commdesk.services.actions import ActionFilter, ActionService
from commdesk.services.evaluation.figures import EvaluationFiguresService
from commdesk.services.evaluation.report import EvaluationReportService
from commdesk.services.home import HomeService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.settings import SettingsService


def _zone(ctx) -> str:
    return org_zone_name(ctx.service(SettingsService).organisation())


def _this_quarter(ctx):
    return period_containing(today_in(_zone(ctx), ctx.clock), PeriodKind.QUARTER)


def _meetings_on_home(ctx) -> list[str]:
    sections = ctx.service(HomeService).sections(keys=["meetings", "minutes"])
    return [f"{s.key}: {e.text}" for s in sections for e in s.entries]


def _held(ctx, period) -> tuple[float | None, float | None]:
    evaluation = ctx.service(EvaluationFiguresService).evaluate(period)
    return evaluation.figure("meetings.held").value, evaluation.figure("meetings.average_length").value


def test_decisions_without_a_meeting_go_on_a_record_that_is_no_meeting_held(ctx, people):
    period = _this_quarter(ctx)
    held, home = _held(ctx, period), _meetings_on_home(ctx)
    decision = Decision("每周发布一篇公众号文章", people["officer"].name, period.end)
    report = ctx.service(EvaluationReportService).report(period, [decision])

    assert report.meeting_topic == f"Evaluation review {period.code}: record of decisions"
    (made,) = ctx.service(ActionService).list(ActionFilter(meeting_id=report.meeting_id))
    assert made.action.description == "每周发布一篇公众号文章" and made.meeting_topic == report.meeting_topic
    record = ctx.service(MeetingService).get(report.meeting_id)
    assert record.start is None and record.duration is None  # no time: not a meeting that took place
    assert "not a meeting held" in record.purpose and "no minutes are due" in record.purpose
    (summary,) = [m for m in ctx.service(MeetingService).list() if m.id == report.meeting_id]
    assert summary.minutes_due is MinutesDue.NOT_YET and summary.minutes_due_at is None  # PC-5 asks nothing
    assert _held(ctx, period) == held  # the evaluation's meetings held and their length: unchanged
    assert _meetings_on_home(ctx) == home  # neither this week's meetings nor the minutes due

    # a later report of the period puts its new decisions on the same record
    later = ctx.service(EvaluationReportService).report(
        period, [Decision("统一对外口径", people["admin"].name, period.end)]
    )
    assert later.meeting_id == report.meeting_id


def test_decisions_go_on_the_review_meeting_named_and_no_record_is_made(ctx, people):
    period = _this_quarter(ctx)
    start = ctx.clock() - timedelta(minutes=5)  # begun: held
    review = ctx.service(MeetingService).save(
        Meeting(kind=MeetingKind.IN_PERSON, topic="季度评估复盘会", start=start, duration=90, tz=_zone(ctx))
    )
    decision = Decision("纪要当天分发", people["officer"].name, period.end)
    report = ctx.service(EvaluationReportService).report(period, [decision], meeting_id=review.id)
    assert (report.meeting_id, report.meeting_topic) == (review.id, "季度评估复盘会")
    (made,) = ctx.service(ActionService).list(ActionFilter(meeting_id=review.id))
    assert made.action.description == "纪要当天分发"
    assert not [m for m in ctx.service(MeetingService).list() if "record of decisions" in m.topic]
    assert _held(ctx, period)[0] == 1  # the real meeting is held, and counted

"""The evaluation report made again for a period (on SQLite and PostgreSQL): the period's review
meeting and a decision already recorded on it are reused, and every decision of the period is
listed, also by a report made later without decisions; another period (the year) lists none."""

from __future__ import annotations

from datetime import date

from commdesk.core.evaluation.decisions import Decision
from commdesk.services.actions import ActionFilter, ActionService
from commdesk.services.evaluation.report import EvaluationReportService


def test_a_report_made_again_records_each_decision_once(ctx, people):
    reports = ctx.service(EvaluationReportService)
    minutes = Decision("纪要 24 小时内分发", people["officer"].name, date(2027, 1, 15))
    calendar = Decision("统一发布日历", people["admin"].email, date(2027, 2, 1))
    first = reports.report("2026Q4", [minutes])
    again = reports.report("2026Q4", [minutes, calendar])
    assert again.meeting_id == first.meeting_id
    assert [(d.action_id, d.new) for d in again.decisions] == [
        (first.decisions[0].action_id, False),
        (again.decisions[1].action_id, True),
    ]
    actions = ctx.service(ActionService).list(ActionFilter(meeting_id=first.meeting_id))
    assert sorted(a.action.description for a in actions) == ["纪要 24 小时内分发", "统一发布日历"]
    later = reports.report("2026Q4")
    assert [d.decision.text for d in later.all_decisions] == ["纪要 24 小时内分发", "统一发布日历"]
    assert later.meeting_id == first.meeting_id and later.meeting_topic
    assert reports.report("2026").all_decisions == ()  # the year is not the quarter
    assert reports.report("2027Q1").all_decisions == ()

"""The demo's meetings and what people say, as the evaluation reads them (L4): minutes sent when a
note-taker sends them and actions closed when their owners closed them, so PC-5 and PC-7 are neither
0 % nor 100 %; the demo's 问卷星 survey and monitoring export go through the real imports (no trace of
who answered, the organisation's short names counted as ours). Built at 02:00 and 16:00 in Shanghai,
the hours at which UTC's day and the office's differ or not."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from commdesk import demo
from commdesk.bootstrap import open_database
from commdesk.core.evaluation.catalogue import PeriodKind, period_containing
from commdesk.demo import evaluation, foundation, meetings
from commdesk.services.evaluation.figures import EvaluationFiguresService

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize("hour", [2, 16])
def test_the_demo_s_minutes_and_actions_have_real_times(tmp_path, monkeypatch, hour):
    now = datetime(2026, 12, 9, hour, 10, tzinfo=SHANGHAI)  # a Wednesday, late in the quarter
    monkeypatch.setattr(demo, "seeders", lambda: [foundation, meetings, evaluation])
    demo.create_demo(tmp_path / "demo.sqlite3", now=now)
    opened = open_database(tmp_path / "demo.sqlite3")
    try:
        ctx = opened.ctx
        ctx.clock = lambda: now
        with ctx.engine.connect() as conn:
            sent = conn.execute(
                text(
                    "SELECT m.start, m.duration, n.distributed_at FROM meeting_minutes n "
                    "JOIN meetings m ON m.id = n.meeting_id WHERE n.distributed_at IS NOT NULL"
                )
            ).all()
            done = conn.execute(
                text("SELECT deadline, updated_at FROM meeting_actions WHERE status = 'done'")
            ).all()
            stored = "\n".join(
                str(v)
                for table in ("survey_responses", "survey_answers", "survey_questions", "audit_log")
                for row in conn.execute(text(f"SELECT * FROM {table}"))
                for v in row
            )
            subjects = {s for (s,) in conn.execute(text("SELECT DISTINCT subject FROM release_coverage"))}
        assert len(sent) == 4
        for start, duration, out in sent:  # sent after the meeting, before the demo was made
            start, out = _aware(start), _aware(out)
            assert start + timedelta(minutes=duration) < out < now
        assert len(done) == 4
        closed_in_time = [
            d for d, at in done if _aware(at).astimezone(SHANGHAI).date() <= _day(d) and _aware(at) < now
        ]
        assert len(closed_in_time) == 3  # most before their deadline, one a day late

        quarter = period_containing(now.date(), PeriodKind.QUARTER)
        result = ctx.service(EvaluationFiguresService).evaluate(quarter.code)
        for key in ("meetings.minutes_on_time", "actions.closed_on_time"):
            value = result.figure(key).value
            assert value is not None and 0 < value < 1, key
        coverage = result.figure("coverage.count")  # 华信科技 and 华信; Huaxin the quarter before
        assert (coverage.value, coverage.previous) == (2, 1)
        assert subjects == {"", "智联科技", "恒通电子"}
        for trace in (
            "上海-浦东",
            "秒",
            "企业微信",
            "直接访问",
            "陈晨",
            "卫红",
            "13800138001",
            "跳过",
            "(空)",
        ):
            assert trace not in stored, trace
        assert "跨部门会议太多" in stored
    finally:
        opened.ctx.engine.dispose()


def _aware(value) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo("UTC"))


def _day(value):
    from datetime import date

    return value if isinstance(value, date) else date.fromisoformat(value)

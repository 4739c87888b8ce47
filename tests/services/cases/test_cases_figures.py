"""The cases desk's figures against the records: a month with known answers (volumes, clocks in
working time over a public holiday, FCR, CSAT, grades, handling time, escalations, oldest open
cases, the previous month), and generated sets of cases compared with a plain count of the cases
as the service shows them one by one. In two process zones: the answers must not move."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import DONE_STATUSES, OPEN_STATUSES, Channel
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.figures import (
    CaseFiguresService,
    nearest_rank,
    previous_period,
)
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

pytestmark = pytest.mark.timezones
SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI)


@pytest.fixture
def desk(ctx, people, as_person):
    settings_ = ctx.service(SettingsService)
    org = settings_.organisation()
    settings_.save_organisation(
        replace(org, time_zone="Asia/Shanghai", departments=("客户服务部",), name="华信")
    )
    admin = ctx.service(CaseAdminService)
    cats = {
        "service": admin.save_category("service", "服务", "Service", department="客户服务部"),
        "complaint": admin.save_category(
            "complaint", "投诉", "Complaint", department="客户服务部", complaint=True
        ),
    }
    as_person(people["reviewer"])  # works cases and may resolve complaints of grades 1 and 2
    return cats


def test_a_month_with_known_answers(ctx, desk):
    now = {"t": at(2026, 4, 1, 9, 0)}
    ctx.clock = lambda: now["t"].astimezone(UTC)
    cases = ctx.service(CaseService)

    def log(when, channel, summary, category, **kw):
        now["t"] = when
        return cases.create(channel, summary, category=desk[category].id, received_at=when, **kw)

    # March 2026 (Shanghai): Tuesday 3rd to Tuesday 31st; working day 09:00-18:00
    c1 = log(
        at(2026, 3, 3, 10, 0),
        Channel.HOTLINE,
        "营业时间",
        "service",
        call=(at(2026, 3, 3, 10, 0), at(2026, 3, 3, 10, 6)),
    )
    cases.resolve(c1.id, "已告知", first_contact_resolution=True, csat=5)
    c2 = log(
        at(2026, 3, 3, 11, 0),
        Channel.HOTLINE,
        "服务态度",
        "complaint",
        call=(at(2026, 3, 3, 11, 0), at(2026, 3, 3, 11, 10)),
    )
    cases.set_grade(c2.id, 2)
    now["t"] = at(2026, 3, 5, 11, 0)
    cases.resolve(c2.id, "已道歉", first_contact_resolution=False, csat=3)
    c3 = log(
        at(2026, 3, 4, 9, 30),
        Channel.HOTLINE,
        "账单疑问",
        "service",
        call=(at(2026, 3, 4, 9, 30), at(2026, 3, 4, 9, 34)),
    )
    # a web form answered 3 working hours later (in time), a letter answered 2 working days late
    c4 = log(at(2026, 3, 6, 10, 0), Channel.WEB_FORM, "发票", "service")
    now["t"] = at(2026, 3, 6, 13, 0)
    cases.log_message_out(c4.id, "已回复", at=at(2026, 3, 6, 13, 0))
    now["t"] = at(2026, 3, 9, 15, 0)
    cases.resolve(c4.id, "已开票", csat=4)
    c5 = log(at(2026, 3, 10, 17, 0), Channel.LETTER, "来信投诉", "complaint")
    now["t"] = at(
        2026, 3, 13, 17, 0
    )  # due Wednesday 11th 17:00; answered Friday 17:00: 1 + 9 + 9 + 8 = 27 h of work
    cases.log_message_out(c5.id, "已回函", at=at(2026, 3, 13, 17, 0))
    # a case left unanswered and overdue, escalated
    c6 = log(at(2026, 3, 20, 9, 0), Channel.MAILBOX, "没有回音", "service")
    now["t"] = at(2026, 3, 24, 9, 0)
    escalated = cases.escalate_overdue()
    assert {e.case_id for e in escalated} >= {c5.id, c6.id}
    # February: one case; April: one case (neither counted in March)
    feb = log(
        at(2026, 2, 27, 10, 0),
        Channel.HOTLINE,
        "二月",
        "service",
        call=(at(2026, 2, 27, 10, 0), at(2026, 2, 27, 10, 2)),
    )
    now["t"] = at(2026, 4, 1, 8, 59)
    log(at(2026, 4, 1, 8, 59), Channel.WALK_IN, "四月", "service")
    # late on 31 March in Shanghai is still March, though it is the 31st in UTC too only before 16:00
    late = log(at(2026, 3, 31, 23, 30), Channel.WALK_IN, "深夜来访", "service")
    now["t"] = at(2026, 4, 1, 10, 0)  # the walk-in's first response is due at 18:00 today

    report = ctx.service(CaseFiguresService).report(date(2026, 3, 1), date(2026, 4, 1), "month")
    cur, pre = report.current, report.previous
    assert (pre.first, pre.end) == (date(2026, 2, 1), date(2026, 3, 1))
    assert cur.received == 7 and pre.received == 1
    assert dict(cur.by_channel) == {
        Channel.HOTLINE: 3,
        Channel.MAILBOX: 1,
        Channel.WEB_FORM: 1,
        Channel.SOCIAL_MEDIA: 0,
        Channel.LETTER: 1,
        Channel.WALK_IN: 1,
        Channel.MEDIA_INQUIRY: 0,
    }
    assert {c.name: c.count for c in cur.by_category} == {"Service": 5, "Complaint": 2} or {
        c.name: c.count for c in cur.by_category
    } == {"服务": 5, "投诉": 2}
    assert cur.resolved == 3 and cur.resolution_rate == pytest.approx(3 / 7)
    assert (cur.calls_answered, cur.fcr_yes) == (3, 1)
    assert (cur.csat_asked, cur.csat_sum, cur.csat_satisfied) == (3, 12, 2)
    assert cur.csat_average == pytest.approx(4.0) and cur.csat_rate == pytest.approx(2 / 3)
    assert cur.complaints == 2 and dict(cur.grades) == {1: 0, 2: 1, 3: 0, None: 1}
    assert cur.calls == 3 and cur.average_handling == timedelta(minutes=20) / 3
    fr = cur.first_response
    # stopped: c1 c2 c3 (calls, 0 min), c4 (3 h), c5 (27 h, late); running overdue: c6 (late too),
    # the walk-in of the 31st is running and not due yet
    assert (fr.clocks, fr.decided, fr.met, fr.running_overdue) == (7, 6, 4, 1)
    assert fr.median == timedelta(0) and fr.p90 == timedelta(hours=27)
    assert cur.escalations >= 2 and pre.escalations == 0
    # every stopped clock's working time as the case itself shows it (the clocks' own evaluation)
    took = sorted(
        c.state.elapsed
        for cid in (c1.id, c2.id, c3.id, c4.id, c5.id)
        for c in cases.get(cid).clocks
        if c.kind is ClockKind.FIRST_RESPONSE
    )
    assert took == [timedelta(0)] * 3 + [timedelta(hours=3), timedelta(hours=27)]
    assert nearest_rank(took, 0.9) == fr.p90
    res = cur.resolution
    # resolved in time: c1, c2, c4; past their five working days and still open: c3, c5, c6
    assert (res.clocks, res.decided, res.met, res.running_overdue) == (7, 6, 3, 3)
    # the oldest open cases, oldest first (February's too), the one received after the period left out
    assert [o.id for o in report.oldest_open] == [feb.id, c3.id, c5.id, c6.id, late.id]


def test_previous_periods():
    assert previous_period(date(2026, 3, 1), date(2026, 4, 1)) == (date(2026, 2, 1), date(2026, 3, 1))
    assert previous_period(date(2026, 1, 1), date(2026, 4, 1)) == (date(2025, 10, 1), date(2026, 1, 1))
    assert previous_period(date(2026, 3, 2), date(2026, 3, 9)) == (date(2026, 2, 23), date(2026, 3, 2))
    assert previous_period(date(2026, 3, 5), date(2026, 3, 6)) == (date(2026, 3, 4), date(2026, 3, 5))


# ---------------------------------------------------------------------------------- generated
CASE = st.fixed_dictionaries(
    {
        "minute": st.integers(0, 60 * 24 * 20),  # within 20 days from 1 March 00:00 Shanghai
        "channel": st.sampled_from(list(Channel)),
        "complaint": st.booleans(),
        "grade": st.sampled_from([None, 1, 2, 3]),
        "call": st.integers(1, 30),
        "answer_after": st.sampled_from([None, 30, 600, 3000]),  # minutes, or never
        "resolve": st.booleans(),
        "fcr": st.sampled_from([None, True, False]),
        "csat": st.sampled_from([None, 1, 2, 3, 4, 5]),
    }
)


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(specs=st.lists(CASE, min_size=1, max_size=6), first=st.integers(0, 19), days=st.integers(1, 12))
def test_generated_cases_counted_as_a_plain_count_does(ctx, desk, specs, first, days):
    """Cases pile up over the examples; every example compares the figures of a period with a plain
    count over every case in the database, read one by one through ``CaseService.get``."""
    cases = ctx.service(CaseService)
    base = at(2026, 3, 1, 0, 0)
    for spec in sorted(specs, key=lambda s: s["minute"]):
        received = base + timedelta(minutes=spec["minute"])
        ctx.clock = lambda r=received: (r + timedelta(minutes=40)).astimezone(UTC)
        hotline = spec["channel"] is Channel.HOTLINE
        channel = Channel.WEB_FORM if spec["channel"] is Channel.MEDIA_INQUIRY else spec["channel"]
        call = (received, received + timedelta(minutes=spec["call"])) if hotline else None
        case = cases.create(
            channel,
            "generated",
            category=desk["complaint" if spec["complaint"] else "service"].id,
            received_at=received,
            call=call,
        )
        later = received + timedelta(minutes=spec["answer_after"] or 30)
        ctx.clock = lambda t=later: (t + timedelta(minutes=1)).astimezone(UTC)
        if spec["grade"] is not None and spec["complaint"]:
            cases.set_grade(case.id, spec["grade"])
        if spec["answer_after"] is not None and not hotline:
            cases.log_message_out(case.id, "answer", at=later)
        graded = spec["grade"] is not None or not spec["complaint"]
        # a complaint is graded before it is resolved; grade 3 is a manager's to decide
        if spec["resolve"] and graded and (spec["grade"] or 0) < 3:
            cases.resolve(case.id, "done", first_contact_resolution=spec["fcr"], csat=spec["csat"])
    now = at(2026, 4, 10, 12, 0)
    ctx.clock = lambda: now.astimezone(UTC)
    start, end = date(2026, 3, 1) + timedelta(days=first), date(2026, 3, 1) + timedelta(days=first + days)
    got = ctx.service(CaseFiguresService).figures(start, end)

    everything = [cases.get(s.id) for s in cases.list(limit=None)]
    lo, hi = (
        datetime.combine(start, datetime.min.time(), SHANGHAI),
        datetime.combine(end, datetime.min.time(), SHANGHAI),
    )
    mine = [c for c in everything if lo <= c.received_at < hi]
    assert got.received == len(mine)
    assert dict(got.by_channel) == {ch: sum(c.channel is ch for c in mine) for ch in Channel}
    assert got.resolved == sum(c.status in DONE_STATUSES for c in mine)
    answered = [c for c in mine if c.channel is Channel.HOTLINE and any(e.kind == "call" for e in c.entries)]
    assert got.calls_answered == len(answered)
    assert got.fcr_yes == sum(c.first_contact_resolution is True for c in answered)
    scores = [c.csat for c in mine if c.csat is not None]
    assert (got.csat_asked, got.csat_sum, got.csat_satisfied) == (
        len(scores),
        sum(scores),
        sum(s >= 4 for s in scores),
    )
    assert got.complaints == sum(c.complaint for c in mine)
    assert dict(got.grades) == {
        g: sum(c.complaint and c.complaint_grade == g for c in mine) for g in (1, 2, 3, None)
    }
    calls = [
        e.handling_time for c in mine for e in c.entries if e.kind == "call" and e.handling_time is not None
    ]
    assert got.calls == len(calls)
    assert got.handling_seconds == pytest.approx(sum(t.total_seconds() for t in calls), abs=0.01)
    for kind, figures in (
        (ClockKind.FIRST_RESPONSE, got.first_response),
        (ClockKind.RESOLUTION, got.resolution),
    ):
        clocks = [k for c in mine for k in c.clocks if k.kind is kind]
        stopped = [k for k in clocks if k.state.stopped is not None]
        overdue = [k for k in clocks if k.state.stopped is None and k.state.breached_at is not None]
        assert figures.met == sum(not k.state.is_breached for k in stopped)
        assert figures.running_overdue == len(overdue)
        assert figures.decided == len(stopped) + len(overdue)
        took = [k.state.elapsed for k in stopped]
        assert figures.p90 == nearest_rank(took, 0.9)
    open_ = sorted(
        (c for c in everything if c.status in OPEN_STATUSES and c.received_at < hi),
        key=lambda c: (c.received_at, c.id),
    )
    report = ctx.service(CaseFiguresService).report(start, end)
    assert [o.id for o in report.oldest_open] == [c.id for c in open_[:10]]

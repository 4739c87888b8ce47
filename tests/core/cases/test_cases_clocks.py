"""Service clocks in working time: across the 2026 National Day holiday and its make-up working day,
paused while waiting for them, met / met late / breached, a Berlin calendar across both DST changes,
and properties of the due time. Every test runs under two process zones (``TZ``): the answers are
the calendar's, never the computer's."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commdesk.core.cases.clocks import (
    DEFAULT_CLOCK_POLICIES,
    ClockKind,
    ClockPhase,
    ClockPolicy,
    Pause,
    breaches_between,
    default_clock_policies,
    describe,
    evaluate,
    format_working_time,
    pauses_from_history,
    resolution_inputs,
)
from commdesk.core.cases.workflow import CaseStatus, Priority
from commdesk.core.workcalendar import WorkCalendar

pytestmark = pytest.mark.timezones

SH = ZoneInfo("Asia/Shanghai")
BERLIN = ZoneInfo("Europe/Berlin")
CAL = WorkCalendar(zone="Asia/Shanghai")  # 09:00-18:00, Chinese holidays and make-up days
BERLIN_CAL = WorkCalendar(zone="Europe/Berlin", public_holidays=False)  # Monday to Friday 09:00-18:00
H = timedelta(hours=1)
R = ClockKind.RESOLUTION
# the process zone fixture is function-scoped on purpose: every example runs under the zone in force
PROPERTY = settings(suppress_health_check=[HealthCheck.function_scoped_fixture])


def sh(m, d, hh=0, mm=0):
    return datetime(2026, m, d, hh, mm, tzinfo=SH)


# A complaint received on Tuesday 29 September 2026 at 14:00 in Shanghai, normal priority: the
# resolution clock has 5 working days = 45 working hours (09:00-18:00). chinese-calendar 2026:
# 25-27 Sep Mid-autumn off, 1-7 Oct National Day off, Saturday 10 Oct a make-up working day, Sunday
# 11 Oct off. Counted by hand:
#   Tue 29 Sep 14:00-18:00   4 h   (4)
#   Wed 30 Sep 09:00-18:00   9 h   (13)
#   Thu 1 - Wed 7 Oct        0 h   National Day
#   Thu 8 Oct                9 h   (22)
#   Fri 9 Oct                9 h   (31)
#   Sat 10 Oct (make-up)     9 h   (40)
#   Sun 11 Oct               0 h
#   Mon 12 Oct 09:00-14:00   5 h   (45)  -> due Monday 12 October 14:00 CST = 06:00 UTC
# (Monday to Friday without the holiday calendar would have made it Tuesday 6 October 14:00.)
RECEIVED = sh(9, 29, 14)
TARGET = DEFAULT_CLOCK_POLICIES[Priority.NORMAL].resolution
DUE = datetime(2026, 10, 12, 6, 0, tzinfo=UTC)


def complaint(now, pauses=(), stopped=None, calendar=CAL):
    return evaluate(R, RECEIVED, TARGET, calendar, now, pauses=pauses, stopped=stopped)


def test_the_default_resolution_target_is_five_working_days():
    assert TARGET == 45 * H


def test_complaint_due_across_national_day_and_the_make_up_saturday():
    during_holiday = complaint(sh(10, 3, 11))
    assert during_holiday.phase is ClockPhase.RUNNING
    assert during_holiday.due == DUE and during_holiday.due.tzinfo is UTC
    assert during_holiday.remaining == 32 * H  # 13 h counted before the holiday, none during it
    assert during_holiday.started == RECEIVED.astimezone(UTC)

    on_make_up_day = complaint(sh(10, 10, 12))
    assert on_make_up_day.remaining == (45 - 31 - 3) * H  # Saturday 09:00-12:00 counts
    assert on_make_up_day.phase is ClockPhase.RUNNING

    at_due = complaint(DUE)
    assert at_due.remaining == timedelta(0) and at_due.phase is ClockPhase.RUNNING

    late = complaint(sh(10, 12, 15, 30))
    assert late.phase is ClockPhase.BREACHED
    assert late.breached_at == DUE and late.due == DUE
    assert late.remaining == -90 * timedelta(minutes=1)
    assert "Overdue" in describe(late) and "1 h 30 min" in describe(late)

    # In the evening no working time passes: overdue since 14:00, by the 4 working hours until 18:00.
    evening = complaint(sh(10, 12, 21))
    assert evening.phase is ClockPhase.BREACHED and evening.remaining == -4 * H

    # Run out at 18:00 sharp, looked at in the evening: overdue by no working time yet, so the words
    # say since when (in the organisation's zone).
    at_closing = evaluate(R, RECEIVED, 13 * H, CAL, sh(9, 30, 20))
    assert at_closing.due == sh(9, 30, 18).astimezone(UTC) and at_closing.phase is ClockPhase.BREACHED
    assert at_closing.remaining == timedelta(0)
    assert (
        describe(at_closing, "Asia/Shanghai") == "Overdue since 2026-09-30 18:00 (Asia/Shanghai, UTC+08:00)"
    )
    assert describe(at_closing) == "Overdue"

    # Without the State Council's calendar the same clock would be due a week earlier.
    weekdays_only = WorkCalendar(zone="Asia/Shanghai", public_holidays=False)
    assert complaint(sh(9, 29, 15), calendar=weekdays_only).due == sh(10, 6, 14).astimezone(UTC)


def test_first_response_due_on_the_make_up_saturday():
    # Received Friday 9 October 15:00, one working day (9 h) to answer: 3 h on Friday, 6 h on the
    # make-up Saturday -> due Saturday 10 October 15:00 CST.
    state = evaluate(ClockKind.FIRST_RESPONSE, sh(10, 9, 15), 9 * H, CAL, sh(10, 9, 16))
    assert state.due == sh(10, 10, 15).astimezone(UTC)
    # Received on the last day before the holiday, at 17:00: 1 h then, 8 h on Thursday 8 October.
    before_holiday = evaluate(ClockKind.FIRST_RESPONSE, sh(9, 30, 17), 9 * H, CAL, sh(10, 1, 9))
    assert before_holiday.due == sh(10, 8, 17).astimezone(UTC)


def test_met_met_late_and_breached():
    met = complaint(sh(10, 20), stopped=sh(10, 12, 13, 59))
    assert met.phase is ClockPhase.MET and met.breached_at is None
    assert met.remaining == timedelta(minutes=1) and met.stopped == sh(10, 12, 13, 59).astimezone(UTC)
    assert describe(met) == "Met"

    exactly = complaint(sh(10, 20), stopped=DUE)
    assert exactly.phase is ClockPhase.MET and exactly.remaining == timedelta(0)

    met_late = complaint(sh(10, 20), stopped=sh(10, 12, 16))
    assert met_late.phase is ClockPhase.MET_LATE
    assert met_late.breached_at == DUE and met_late.remaining == -2 * H
    assert "Met late" in describe(met_late)

    # A stopped clock stays as it stopped, however late it is looked at.
    assert complaint(sh(12, 31), stopped=sh(10, 12, 16)) == met_late

    breached = complaint(sh(10, 13, 10))
    assert breached.phase is ClockPhase.BREACHED and breached.is_open and breached.is_breached
    assert breached.remaining == -(4 + 1) * H  # Monday 14:00-18:00 and Tuesday 09:00-10:00

    with pytest.raises(ValueError):
        complaint(sh(10, 20), stopped=sh(9, 1))


def test_waiting_for_them_pauses_the_clock():
    # Waiting from Thursday 8 October 10:00 until Friday 9 October 15:00: 8 h + 6 h = 14 working hours
    # do not count. Monday 12 October 14:00 has then counted 31 h; 14 h more: Monday 14:00-18:00
    # (4 h), Tuesday (9 h), Wednesday 09:00-10:00 (1 h) -> due Wednesday 14 October 10:00 CST.
    waited = Pause(sh(10, 8, 10), sh(10, 9, 15))
    state = complaint(sh(10, 12, 15), pauses=[waited])
    assert state.phase is ClockPhase.RUNNING
    assert state.due == sh(10, 14, 10).astimezone(UTC)
    assert state.remaining == 13 * H  # 46 h of working time by Monday 15:00, less 14 h waiting: 32 h

    # While still waiting: paused, no due, the working time left frozen at the pause's start.
    waiting = complaint(sh(10, 9, 11), pauses=[Pause(sh(10, 8, 10))])
    assert waiting.phase is ClockPhase.PAUSED and waiting.due is None
    assert waiting.paused_since == sh(10, 8, 10).astimezone(UTC)
    assert waiting.remaining == (45 - 14) * H  # 13 h before the holiday and 09:00-10:00 on the 8th
    assert complaint(sh(10, 20, 11), pauses=[Pause(sh(10, 8, 10))]).remaining == waiting.remaining
    assert "Paused" in describe(waiting)

    # A pause recorded as ending after the instant looked at is still in force then.
    assert complaint(sh(10, 9, 11), pauses=[waited]).phase is ClockPhase.PAUSED

    # Overlapping and repeated pauses count once; a pause before the clock started counts from it.
    same = complaint(
        sh(10, 12, 15),
        pauses=[Pause(sh(10, 8, 10), sh(10, 9, 9)), Pause(sh(10, 8, 15), sh(10, 9, 15)), waited],
    )
    assert same.due == state.due and same.remaining == state.remaining
    early = complaint(sh(10, 12, 15), pauses=[Pause(sh(9, 28, 9), sh(9, 29, 16))])
    assert early.due == evaluate(R, sh(9, 29, 16), TARGET, CAL, sh(10, 12, 15)).due


def test_a_clock_breached_before_the_wait_stays_breached():
    state = complaint(sh(10, 14, 12), pauses=[Pause(sh(10, 13, 9))])
    assert state.phase is ClockPhase.BREACHED and state.due == DUE and state.breached_at == DUE
    assert state.paused_since == sh(10, 13, 9).astimezone(UTC)
    assert state.remaining == -4 * H  # Monday 14:00-18:00; nothing counts while they are asked


def test_a_calendar_in_berlin_across_both_dst_changes():
    # Autumn: Friday 23 October 2026 16:00 CEST (UTC+2) + 4 working hours: 2 h on Friday, 2 h on
    # Monday 26 October after the clocks went back on Sunday -> 11:00 CET (UTC+1) = 10:00 UTC.
    autumn = evaluate(
        ClockKind.FIRST_RESPONSE,
        datetime(2026, 10, 23, 16, tzinfo=BERLIN),
        4 * H,
        BERLIN_CAL,
        datetime(2026, 10, 24, tzinfo=UTC),
    )
    assert autumn.due == datetime(2026, 10, 26, 10, tzinfo=UTC)
    assert autumn.due.astimezone(BERLIN).time() == time(11, 0)
    # Spring: Friday 27 March 17:00 CET + 2 h: 1 h on Friday, 1 h on Monday 30 March after the clocks
    # went forward -> 10:00 CEST (UTC+2) = 08:00 UTC. The start given in UTC gives the same answer.
    start = datetime(2026, 3, 27, 16, tzinfo=UTC)  # 17:00 CET
    spring = evaluate(ClockKind.FIRST_RESPONSE, start, 2 * H, BERLIN_CAL, start)
    assert spring.due == datetime(2026, 3, 30, 8, tzinfo=UTC)
    assert spring.remaining == 2 * H
    # Overdue by the working time of Monday 10:00-12:00 CEST, not by the weekend's hours.
    late = evaluate(ClockKind.FIRST_RESPONSE, start, 2 * H, BERLIN_CAL, datetime(2026, 3, 30, 10, tzinfo=UTC))
    assert late.phase is ClockPhase.BREACHED and late.remaining == -2 * H


def test_a_calendar_without_a_zone_uses_the_zone_of_the_start():
    no_zone = WorkCalendar(public_holidays=False)
    state = evaluate(
        ClockKind.FIRST_RESPONSE,
        datetime(2026, 10, 23, 16, tzinfo=BERLIN),
        4 * H,
        no_zone,
        datetime(2026, 10, 24, tzinfo=UTC),
    )
    assert state.due == datetime(2026, 10, 26, 10, tzinfo=UTC)


def test_bad_input_is_refused():
    with pytest.raises(ValueError):
        evaluate(R, datetime(2026, 10, 1, 9), H, CAL, sh(10, 2))  # naive start
    with pytest.raises(ValueError):
        evaluate(R, RECEIVED, -H, CAL, sh(10, 2))
    with pytest.raises(ValueError):
        Pause(sh(10, 2), sh(10, 1))
    with pytest.raises(ValueError):
        Pause(datetime(2026, 10, 1))


def test_a_zero_target_is_due_at_once():
    state = evaluate(ClockKind.FIRST_RESPONSE, RECEIVED, timedelta(0), CAL, RECEIVED)
    assert state.due == RECEIVED.astimezone(UTC) and state.phase is ClockPhase.RUNNING


def test_breaches_between_lists_todays_breaches_earliest_first():
    today = (sh(10, 12), sh(10, 13))
    running_due_today = complaint(sh(10, 12, 9))  # due 14:00 today, nobody has answered yet
    breached_today = complaint(sh(10, 12, 15))
    first_response = evaluate(ClockKind.FIRST_RESPONSE, sh(10, 12, 9), 2 * H, CAL, sh(10, 12, 9, 30))  # 11:00
    later = evaluate(R, sh(10, 12, 9), 45 * H, CAL, sh(10, 12, 10))
    paused = complaint(sh(10, 12, 9), pauses=[Pause(sh(10, 8, 10))])
    met_late = complaint(sh(10, 12, 17), stopped=sh(10, 12, 16))
    states = [later, paused, met_late, breached_today, running_due_today, first_response]
    assert breaches_between(states, *today) == [first_response, breached_today, running_due_today]
    # Clocks breaching at the same instant keep the order they were given in.
    assert breaches_between(states, *today, include_stopped=True) == [
        first_response,
        met_late,
        breached_today,
        running_due_today,
    ]
    assert breaches_between(states, sh(10, 13), sh(10, 14)) == []
    # Half-open window: a clock due exactly at the end belongs to the next window.
    assert breaches_between([running_due_today], sh(10, 12), DUE) == []
    assert breaches_between([running_due_today], DUE, sh(10, 13)) == [running_due_today]


def test_pauses_from_the_status_history():
    changes = [
        (sh(10, 8, 9), CaseStatus.ACKNOWLEDGED),
        (sh(10, 8, 10), CaseStatus.WAITING),
        (sh(10, 9, 15), CaseStatus.IN_PROGRESS),
        (sh(10, 12, 9), CaseStatus.WAITING),
    ]
    assert pauses_from_history(reversed(changes)) == (
        Pause(sh(10, 8, 10), sh(10, 9, 15)),
        Pause(sh(10, 12, 9), None),
    )


def test_the_resolution_clock_stops_at_the_resolution_and_goes_on_after_a_reopen():
    changes = [
        (sh(9, 29, 14), CaseStatus.NEW),
        (sh(10, 8, 10), CaseStatus.WAITING),
        (sh(10, 9, 15), CaseStatus.IN_PROGRESS),
        (sh(10, 12, 11), CaseStatus.RESOLVED),
        (sh(10, 12, 12), CaseStatus.CLOSED),
    ]
    pauses, stopped = resolution_inputs(changes)
    assert stopped == sh(10, 12, 11)
    assert pauses == (Pause(sh(10, 8, 10), sh(10, 9, 15)),)
    state = complaint(sh(10, 20), pauses=pauses, stopped=stopped)
    assert state.phase is ClockPhase.MET

    # Reopened on 13 October 09:00: the time it stood resolved does not count, the clock goes on.
    reopened = [*changes, (sh(10, 13, 9), CaseStatus.IN_PROGRESS)]
    pauses, stopped = resolution_inputs(reopened)
    assert stopped is None
    assert pauses == (Pause(sh(10, 8, 10), sh(10, 9, 15)), Pause(sh(10, 12, 11), sh(10, 13, 9)))
    # By the resolution on Monday 12 October 11:00: 40 h up to Saturday and 2 h on Monday = 42 h,
    # less 14 h waiting = 28 h counted, 17 h left. Monday 11:00 to Tuesday 09:00 stood resolved. From
    # Tuesday 09:00: Tuesday (9 h) and Wednesday 09:00-17:00 (8 h) -> due Wednesday 14 October 17:00;
    # at Tuesday 10:00, 16 h are left.
    state = complaint(sh(10, 13, 10), pauses=pauses, stopped=stopped)
    assert state.remaining == 16 * H
    assert state.due == sh(10, 14, 17).astimezone(UTC)

    # Resolved while waiting: the wait counts as a pause until the resolution, which stops the clock.
    pauses, stopped = resolution_inputs(
        [
            (sh(10, 8, 9), CaseStatus.IN_PROGRESS),
            (sh(10, 8, 10), CaseStatus.WAITING),
            (sh(10, 9, 9), CaseStatus.RESOLVED),
        ]
    )
    assert stopped == sh(10, 9, 9) and pauses == (Pause(sh(10, 8, 10), sh(10, 9, 9)),)


def test_policies():
    normal = DEFAULT_CLOCK_POLICIES[Priority.NORMAL]
    assert normal.first_response == 9 * H  # HL-2: 24 hours = one working day
    assert set(DEFAULT_CLOCK_POLICIES) == set(Priority)
    for priority in Priority:
        policy = DEFAULT_CLOCK_POLICIES[priority]
        assert policy.first_response <= DEFAULT_CLOCK_POLICIES[Priority.LOW].first_response
        assert policy.target(ClockKind.RESOLUTION) == policy.resolution
    ranked = sorted(Priority, key=lambda p: p.rank)
    for lower, higher in pairwise(ranked):
        for kind in ClockKind:
            assert DEFAULT_CLOCK_POLICIES[higher].target(kind) <= DEFAULT_CLOCK_POLICIES[lower].target(kind)
    # An office working 08:30-16:30 has eight-hour days: the targets in days follow it.
    eight = WorkCalendar(start=time(8, 30), end=time(16, 30), zone="Asia/Shanghai")
    assert eight.day_length() == 8 * H
    assert default_clock_policies(eight.day_length())[Priority.NORMAL].resolution == 40 * H
    assert ClockPolicy().target(ClockKind.NEXT_UPDATE) is None
    with pytest.raises(ValueError):
        ClockPolicy(resolution=-H)


def test_working_time_in_words():
    assert format_working_time(timedelta(hours=2, minutes=5)) == "2 h 05 min"
    assert format_working_time(-timedelta(minutes=45)) == "45 min"


# ------------------------------------------------------------------------------------ properties
CALENDARS = st.sampled_from([CAL, BERLIN_CAL])
# Starts across 2026, Spring Festival, National Day and both of Berlin's DST changes included.
STARTS = st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2026, 11, 30)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=UTC)
)
TARGETS = st.integers(min_value=0, max_value=15 * 9 * 60).map(lambda m: timedelta(minutes=m))
PAUSES = st.lists(
    st.tuples(
        st.integers(min_value=-600, max_value=20 * 24 * 60), st.integers(min_value=0, max_value=3 * 24 * 60)
    ),
    max_size=4,
)
LATER = timedelta(days=75)  # after every due these targets and pauses can produce


def as_pauses(started, raw):
    return [Pause(started + timedelta(minutes=a), started + timedelta(minutes=a + n)) for a, n in raw]


@PROPERTY
@given(CALENDARS, STARTS, TARGETS, TARGETS, PAUSES)
def test_due_is_monotonic_in_the_target(calendar, started, t1, t2, raw):
    t1, t2 = sorted((t1, t2))
    pauses = as_pauses(started, raw)
    first = evaluate(R, started, t1, calendar, started + LATER, pauses)
    second = evaluate(R, started, t2, calendar, started + LATER, pauses)
    assert first.due is not None and second.due is not None
    assert first.due <= second.due


@PROPERTY
@given(CALENDARS, STARTS, TARGETS, PAUSES)
def test_remaining_at_due_is_zero(calendar, started, target, raw):
    pauses = as_pauses(started, raw)
    due = evaluate(R, started, target, calendar, started + LATER, pauses).due
    assert due is not None and due.tzinfo is UTC
    at_due = evaluate(R, started, target, calendar, due, pauses)
    assert at_due.remaining == timedelta(0)
    assert at_due.phase in (ClockPhase.RUNNING, ClockPhase.PAUSED)  # not yet breached
    assert (
        evaluate(R, started, target, calendar, started + LATER, pauses, stopped=due).phase is ClockPhase.MET
    )


@PROPERTY
@given(
    CALENDARS,
    STARTS,
    TARGETS,
    PAUSES,
    st.integers(min_value=-600, max_value=20 * 24 * 60),
    st.integers(min_value=0, max_value=3 * 24 * 60),
)
def test_pausing_never_makes_due_earlier(calendar, started, target, raw, extra_start, extra_length):
    pauses = as_pauses(started, raw)
    extra = as_pauses(started, [(extra_start, extra_length)])
    before = evaluate(R, started, target, calendar, started + LATER, pauses)
    after = evaluate(R, started, target, calendar, started + LATER, pauses + extra)
    assert before.due is not None and after.due is not None
    assert after.due >= before.due
    assert after.remaining >= before.remaining  # less working time counted, never more


def test_day_length_of_the_default_calendar():
    assert WorkCalendar().day_length() == 9 * H
    assert date(2026, 10, 10).weekday() == 5 and CAL.is_working_day(date(2026, 10, 10))


@PROPERTY
@given(
    CALENDARS,
    STARTS,
    TARGETS,
    PAUSES,
    st.integers(min_value=0, max_value=40 * 24 * 60),
    st.integers(min_value=0, max_value=5 * 24 * 60),
)
def test_as_time_passes_less_is_left_and_overdue_means_past_due(calendar, started, target, raw, first, more):
    pauses = as_pauses(started, raw)
    earlier = evaluate(R, started, target, calendar, started + timedelta(minutes=first), pauses)
    now = started + timedelta(minutes=first + more)
    later = evaluate(R, started, target, calendar, now, pauses)
    assert later.remaining <= earlier.remaining
    # What is known at ``now``: the pauses begun by then, the one not over yet still open.
    known = [
        Pause(p.start, p.end if p.end is not None and p.end <= now else None)
        for p in pauses
        if p.start <= now
    ]
    assert evaluate(R, started, target, calendar, now, known) == later
    # If nothing more happens, the clock runs out at this due (None: waiting for them for good).
    final_due = evaluate(R, started, target, calendar, started + LATER, known).due
    assert (later.phase is ClockPhase.BREACHED) == (final_due is not None and final_due < now)
    if later.phase is ClockPhase.RUNNING:
        assert later.due == final_due
    if later.phase is ClockPhase.PAUSED:
        assert later.due is None and later.remaining >= timedelta(0)  # paused before running out

"""The calendar's days (Monday-first weeks, the organisation's zone), overlaps and filters."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from commdesk.core.calendar import layout
from commdesk.core.calendar.entries import Entry, EntryKind, Filter, choices, parse_kind

pytestmark = pytest.mark.timezones

SH = "Asia/Shanghai"


def entry(kind=EntryKind.POST, id=1, start=datetime(2026, 3, 2, 2, 0, tzinfo=UTC), end=None, **kw) -> Entry:
    return Entry(kind, id, kw.pop("title", f"{kind.value} {id}"), start, end, **kw)


def test_march_2026_is_laid_out_monday_first_from_the_week_of_its_first_day():
    weeks = layout.month_weeks(2026, 3)
    assert weeks[0][0] == date(2026, 2, 23)  # 1 March 2026 is a Sunday: its week starts on 23 Feb
    assert weeks[0][6] == date(2026, 3, 1)
    assert weeks[-1][-1] >= date(2026, 3, 31)
    assert all(w[0].weekday() == 0 and len(w) == 7 for w in weeks)
    assert layout.week_days(date(2026, 3, 4))[0] == date(2026, 3, 2)


def test_an_entry_falls_on_the_day_of_the_organisations_zone_not_utcs():
    late = entry(start=datetime(2026, 3, 1, 17, 0, tzinfo=UTC))  # 2 March 01:00 in Beijing
    days = layout.by_day([late], SH, date(2026, 3, 1), date(2026, 3, 2))
    assert days[date(2026, 3, 1)] == [] and days[date(2026, 3, 2)] == [late]
    assert layout.by_day([late], "UTC", date(2026, 3, 1), date(2026, 3, 2))[date(2026, 3, 1)] == [late]


def test_the_period_of_days_is_their_midnights_in_the_zone():
    start, end = layout.period(date(2026, 3, 2), date(2026, 3, 8), SH)
    assert start == datetime(2026, 3, 1, 16, 0, tzinfo=UTC)
    assert end - start == timedelta(days=7)


def test_an_event_over_two_days_is_on_both_and_an_end_at_midnight_does_not_reach_the_next():
    two = entry(
        EntryKind.EVENT, 2, datetime(2026, 3, 2, 1, 0, tzinfo=UTC), datetime(2026, 3, 3, 9, 0, tzinfo=UTC)
    )
    to_midnight = entry(
        EntryKind.MEETING, 3, datetime(2026, 3, 2, 14, 0, tzinfo=UTC), datetime(2026, 3, 2, 16, 0, tzinfo=UTC)
    )  # 22:00-24:00 in Beijing
    assert layout.days_of(two, SH) == [date(2026, 3, 2), date(2026, 3, 3)]
    assert layout.days_of(to_midnight, SH) == [date(2026, 3, 2)]


def test_overlapping_entries_share_the_day_side_by_side_and_others_take_the_whole_width():
    at = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
    a = entry(id=1, start=at, end=at + timedelta(hours=2))
    b = entry(EntryKind.MEETING, 2, at + timedelta(hours=1), at + timedelta(hours=3))
    c = entry(id=3, start=at + timedelta(hours=2, minutes=30))  # overlaps b only
    d = entry(id=4, start=at + timedelta(hours=5))
    placed = {p.entry.id: p for p in layout.lanes([d, c, b, a])}
    assert (placed[1].lane, placed[1].lanes) == (0, 2)
    assert (placed[2].lane, placed[2].lanes) == (1, 2)
    assert placed[3].lane == 0 and placed[3].lanes == 2  # a's lane is free again at 2:30
    assert (placed[4].lane, placed[4].lanes) == (0, 1)


def test_the_list_shows_only_days_with_entries_in_time_order():
    a = entry(id=1, start=datetime(2026, 3, 3, 8, 0, tzinfo=UTC))
    b = entry(id=2, start=datetime(2026, 3, 3, 1, 0, tzinfo=UTC))
    c = entry(id=3, start=datetime(2026, 3, 5, 1, 0, tzinfo=UTC))
    got = layout.agenda([a, b, c], SH, date(2026, 3, 1), date(2026, 3, 31))
    assert [(d, [e.id for e in es]) for d, es in got] == [(date(2026, 3, 3), [2, 1]), (date(2026, 3, 5), [3])]


def test_dropping_on_another_day_keeps_the_wall_clock_time_across_a_dst_change():
    ny = "America/New_York"
    before = entry(start=datetime(2026, 3, 6, 14, 0, tzinfo=UTC))  # Friday 09:00 EST
    moved = layout.moved_to_day(before, date(2026, 3, 9), ny)  # Monday, after the change to EDT
    assert moved == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)  # still 09:00 there
    assert layout.moved_to(date(2026, 3, 9), time(10, 30), SH) == datetime(2026, 3, 9, 2, 30, tzinfo=UTC)


def test_the_keyboard_moves_a_day_at_the_same_wall_clock_time_and_an_hour_of_real_time():
    ny = "America/New_York"
    friday = entry(start=datetime(2026, 3, 6, 14, 0, tzinfo=UTC))  # Friday 09:00 EST
    assert layout.nudged(friday, 3, 0, ny) == datetime(2026, 3, 9, 13, 0, tzinfo=UTC)  # Monday 09:00 EDT
    assert layout.nudged(friday, -1, 0, ny) == datetime(2026, 3, 5, 14, 0, tzinfo=UTC)
    night = entry(start=datetime(2026, 3, 8, 6, 30, tzinfo=UTC))  # 01:30 EST, before the change
    assert layout.nudged(night, 0, 1, ny) == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)  # 03:30 EDT
    assert layout.nudged(night, 0, -1, ny) == datetime(2026, 3, 8, 5, 30, tzinfo=UTC)
    late = entry(start=datetime(2026, 3, 2, 15, 30, tzinfo=UTC))  # Monday 23:30 in Shanghai
    assert layout.nudged(late, 1, 0, SH) == datetime(2026, 3, 3, 15, 30, tzinfo=UTC)  # Tuesday's, not UTC's


def test_quarter_and_month_bounds():
    assert layout.quarter_bounds(date(2026, 5, 17)) == (date(2026, 4, 1), date(2026, 6, 30))
    assert layout.month_bounds(date(2026, 2, 10)) == (date(2026, 2, 1), date(2026, 2, 28))


def test_the_filter_keeps_what_matches_every_part_given():
    post = entry(
        id=1, channel="WeChat · 官方号", channels=("WeChat · 官方号",), campaign="春季", owner="李明"
    )
    release = entry(EntryKind.RELEASE, 2, channels=("newsroom", "wechat"), owner="王芳")
    meeting = entry(EntryKind.MEETING, 3)
    everything = [post, release, meeting]
    assert Filter().apply(everything) == everything and Filter().empty
    assert Filter(kinds=frozenset({EntryKind.POST, EntryKind.MEETING})).apply(everything) == [post, meeting]
    assert Filter(channels=frozenset({"wechat"})).apply(everything) == [release]
    assert Filter(campaign="春季").apply(everything) == [post]
    assert Filter(owner="王芳").apply(everything) == [release]
    assert choices(everything) == (["WeChat · 官方号", "newsroom", "wechat"], ["春季"], ["李明", "王芳"])


def test_a_kind_is_read_from_its_code_or_label_and_a_wrong_one_is_refused_naming_the_kinds():
    assert parse_kind(" Post ") is EntryKind.POST
    assert parse_kind("Media event") is EntryKind.EVENT
    with pytest.raises(ValueError, match="announcement"):
        parse_kind("tweet")

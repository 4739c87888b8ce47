"""When the door is open for check-in: the event's own day in its own zone, a little longer when it
ends late; outside it the refusal names the event's time and zone and when the door opens or
closed. Pure: no database, no Qt."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from commdesk.core.events.checkin import AFTER_THE_END, door_refusal, door_window

pytestmark = pytest.mark.timezones

SHANGHAI = "Asia/Shanghai"


def test_the_door_is_the_events_day_in_its_own_zone():
    starts = datetime(2027, 1, 20, 6, 0, tzinfo=UTC)  # 14:00 in Shanghai
    window = door_window(starts, starts + timedelta(hours=2), SHANGHAI)
    assert window.opens == datetime(2027, 1, 19, 16, 0, tzinfo=UTC)  # 00:00 on the 20th there
    assert window.closes == datetime(2027, 1, 20, 16, 0, tzinfo=UTC)  # 00:00 on the 21st there
    assert window.opens in window and window.closes not in window


def test_an_event_ending_late_keeps_the_door_open_some_hours_after_it():
    starts = datetime(2027, 1, 20, 12, 0, tzinfo=UTC)  # 20:00 to 23:30 in Shanghai
    ends = starts + timedelta(hours=3, minutes=30)
    assert door_window(starts, ends, SHANGHAI).closes == ends + AFTER_THE_END


def test_a_day_that_changes_the_clocks_opens_at_its_own_midnight():
    # 2027-03-14: clocks in Los Angeles go from 02:00 to 03:00; the midnight before is still PST
    starts = datetime(2027, 3, 14, 17, 0, tzinfo=UTC)  # 10:00 PDT
    window = door_window(starts, starts + timedelta(hours=2), "America/Los_Angeles")
    assert window.opens == datetime(2027, 3, 14, 8, 0, tzinfo=UTC)  # 00:00 PST
    assert window.closes == datetime(2027, 3, 15, 7, 0, tzinfo=UTC)  # 00:00 PDT
    assert window.closes - window.opens == timedelta(hours=23)


def test_the_refusal_names_the_event_its_zone_and_the_door():
    starts = datetime(2027, 1, 20, 6, 0, tzinfo=UTC)
    ends = starts + timedelta(hours=2)
    early = door_refusal(starts, ends, SHANGHAI, datetime(2026, 12, 7, 2, 0, tzinfo=UTC))
    assert "2027-01-20 14:00–16:00 (Asia/Shanghai, UTC+08:00)" in early
    assert "opens on the day of the event, at 2027-01-20 00:00" in early
    late = door_refusal(starts, ends, SHANGHAI, datetime(2027, 1, 21, 1, 0, tzinfo=UTC))
    assert "closed at 2027-01-21 00:00" in late and "Asia/Shanghai" in late and "follow-up" in late
    assert door_refusal(starts, ends, SHANGHAI, starts - timedelta(minutes=40)) == ""

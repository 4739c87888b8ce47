"""core/timezones.py: one rule for zones; never the process's zone by accident."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from commdesk.core import timezones as tz
from commdesk.services.settings import OrgSettings

pytestmark = pytest.mark.timezones


def test_the_marker_sets_the_process_zone(process_tz):
    assert os.environ["TZ"] == process_tz
    assert tz.system_zone_name() == process_tz
    # the default organisation zone is the computer's
    assert tz.org_zone_name(OrgSettings()) == process_tz


def test_org_zone_from_settings_wins_over_the_process():
    assert tz.org_zone_name(OrgSettings(time_zone="Europe/Berlin")) == "Europe/Berlin"
    assert tz.org_zone(OrgSettings(time_zone="Asia/Shanghai")) == ZoneInfo("Asia/Shanghai")
    assert tz.org_zone_name(OrgSettings(time_zone="Not/AZone")) == tz.system_zone_name()


def test_format_instant_names_the_zone():
    instant = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # 03:00 on 4 December in Shanghai
    assert tz.format_instant(instant, "Asia/Shanghai") == "2026-12-04 03:00 (Asia/Shanghai, UTC+08:00)"
    assert tz.format_instant(instant, "Asia/Shanghai", with_zone=False) == "2026-12-04 03:00"
    assert (
        tz.format_instant(instant, "America/Los_Angeles")
        == "2026-12-03 11:00 (America/Los_Angeles, UTC-08:00)"
    )
    end = datetime(2026, 12, 3, 20, 30, tzinfo=UTC)
    assert (
        tz.format_span(instant, end, "Asia/Shanghai") == "2026-12-04 03:00–04:30 (Asia/Shanghai, UTC+08:00)"
    )
    assert tz.format_instant(None, "UTC") == ""
    with pytest.raises(ValueError):
        tz.to_zone(datetime(2026, 12, 4, 3), "Asia/Shanghai")  # naive: no guessing
    with pytest.raises(ValueError):
        tz.zone(None)


def test_wall_clock_gaps_and_now():
    assert tz.wall_clock(date(2026, 3, 8), time(2, 30), "America/Los_Angeles").hour == 3  # spring forward
    assert tz.wall_clock(date(2026, 12, 4), time(3), "Asia/Shanghai") == datetime(2026, 12, 3, 19, tzinfo=UTC)
    fixed = datetime(2026, 12, 3, 19, tzinfo=UTC)
    assert tz.now_in("Asia/Shanghai", lambda: fixed).hour == 3
    assert tz.today_in("Asia/Shanghai", lambda: fixed) == date(2026, 12, 4)


def test_zone_list():
    names = tz.all_zone_names()
    assert "Asia/Shanghai" in names and "UTC" in names and "America/Los_Angeles" in names
    assert all(tz.is_valid_zone(n) for n in names[:50])
    assert not tz.is_valid_zone("../etc/passwd") and not tz.is_valid_zone("")

"""``meetings list`` days and ``meetings export`` of a past meeting, as an office in another zone sees them."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.timezones


def _plan(run_cli, db, start: str, zone: str) -> str:
    code, out, err = run_cli(
        "--db",
        db,
        "meetings",
        "add",
        "--title",
        "凌晨发布会",
        "--kind",
        "in_person",
        "--start",
        start,
        "--tz",
        zone,
        "--minutes",
        "60",
        "--room",
        "A",
        "--json",
    )
    assert code == 0, err
    return str(json.loads(out)["id"])


def test_list_names_the_zone_of_its_days_and_shows_the_office_time_beside(
    run_cli, demo_factory, tmp_path, remember_person
):
    db = demo_factory(tmp_path / "demo.sqlite3")
    remember_person(db, "陈静", "demo")  # an officer plans the meetings
    # The demo office is in Shanghai whatever the computer's zone; the meeting is in Berlin.
    meeting = _plan(run_cli, db, "2027-01-15 03:00", "Europe/Berlin")
    code, out, err = run_cli("--db", db, "meetings", "list", "--from", "2027-01-15", "--to", "2027-01-15")
    assert code == 0, err
    line = next(row for row in out.splitlines() if row.strip().startswith(meeting))
    assert "2027-01-15 03:00" in line and "Europe/Berlin" in line
    assert "= 2027-01-15 10:00" in line and "Asia/Shanghai" in out
    assert "organisation's time zone" in out
    assert "Asia/Shanghai" in out.splitlines()[0]
    code, out, err = run_cli("--db", db, "meetings", "list", "--from", "2027-01-14", "--to", "2027-01-14")
    assert not any(row.strip().startswith(meeting) for row in out.splitlines())


def test_export_of_a_past_meeting_gives_no_invitation_timing_warning(
    run_cli, demo_factory, tmp_path, remember_person
):
    db = demo_factory(tmp_path / "demo.sqlite3")
    remember_person(db, "陈静", "demo")  # an officer plans the meetings
    meeting = _plan(run_cli, db, "2020-01-15 10:00", "Asia/Shanghai")
    code, _, err = run_cli("--db", db, "meetings", "export", meeting, str(tmp_path / "old.ics"))
    assert code == 0, err
    assert "warning" not in err and "days before the meeting" not in err

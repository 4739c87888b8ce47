"""``commdesk cases show`` says the working calendar's warning under a clock counted into a year whose
public holidays the installed chinese-calendar does not know (``--json``: each clock's
``calendar_warning``), and nothing for a clock inside the
known years."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.core.workcalendar import covered_years
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService

LAST = covered_years()[-1]
# the last Monday of the last known year, 16:00 in Shanghai: the resolution clock (a working week)
# runs into the next year, the first response (a working day) does not
LATE_DECEMBER = next(
    datetime(LAST, 12, day, 8, 0, tzinfo=UTC)
    for day in range(25, 32)
    if datetime(LAST, 12, day).weekday() == 0
)


@pytest.fixture
def office(ctx, people, monkeypatch):
    """The office in Shanghai, its clock (and the command's) at the late-December Monday."""
    import commdesk.services.context as context

    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):
            return LATE_DECEMBER.astimezone(tz) if tz else LATE_DECEMBER.replace(tzinfo=None)

    monkeypatch.setattr(context, "datetime", Frozen)
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.clock = lambda: LATE_DECEMBER
    return ctx


@pytest.mark.timezones
def test_show_warns_under_the_clock_that_runs_into_an_unknown_year(run_cli, db_url, office):
    svc = office.service(CaseService)
    late = svc.create(Channel.LETTER, "来信：年底停水", received_at=LATE_DECEMBER)
    early = svc.create(Channel.LETTER, "来信：月初停水", received_at=datetime(LAST, 12, 1, 2, 0, tzinfo=UTC))

    code, out, err = run_cli("--db", db_url, "cases", "show", late.reference)
    assert code == 0, err
    lines = out.splitlines()
    resolution = next(i for i, line in enumerate(lines) if line.startswith("clock Resolution"))
    first = next(i for i, line in enumerate(lines) if line.startswith("clock First response"))
    assert f"due {LAST + 1}-" in lines[resolution] and "Asia/Shanghai" in lines[resolution]
    warning = lines[resolution + 1]
    assert warning.startswith("  ! ") and f"public holidays of {LAST + 1}" in warning
    assert "Monday to Friday" in warning
    assert not lines[first + 1].startswith("  ! ")  # due the next day: inside the known year

    code, out, err = run_cli("--db", db_url, "cases", "show", late.reference, "--json")
    assert code == 0, err
    clocks = {k["kind"]: k for k in json.loads(out)["clocks"]}
    assert str(LAST + 1) in clocks["resolution"]["calendar_warning"]
    assert clocks["first_response"]["calendar_warning"] == ""

    code, out, err = run_cli("--db", db_url, "cases", "show", early.reference)
    assert code == 0, err
    assert "public holidays" not in out

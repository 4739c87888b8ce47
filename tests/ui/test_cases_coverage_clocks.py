"""A clock counted into a year whose public holidays the installed chinese-calendar does not know is
never shown silently: the case view marks that clock and says the calendar's warning, and the call
screen says it before a call goes on as a case; a clock that stays inside the known years is shown
plainly. A case received in late December of the last known year has its resolution clock run into
the next one (the first response, due the next day, does not)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import Channel
from commdesk.core.workcalendar import covered_years
from commdesk.services.cases.service import CaseService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.pane import CasesPane

pytestmark = pytest.mark.timezones

LAST = covered_years()[-1]  # the last year the package knows
UNKNOWN = str(LAST + 1)
# the Monday of the last week of the last known year, 16:00 in Shanghai: a working week from here
# (the resolution clock) ends in the next year, a working day (the first response) in this one
LATE_DECEMBER = next(
    datetime(LAST, 12, day, 8, 0, tzinfo=UTC)
    for day in range(25, 32)
    if datetime(LAST, 12, day).weekday() == 0
)
EARLY_DECEMBER = datetime(LAST, 12, 1, 2, 0, tzinfo=UTC)


@pytest.fixture
def shanghai(app_services):
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    return app_services


def make_pane(qtbot, app_services):
    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1200, 760)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    return pane


def clock_lines(pane) -> list[str]:
    return pane.view.fields["clocks"].text().splitlines()


def test_the_case_view_warns_next_to_the_clock_that_runs_into_an_unknown_year(qtbot, shanghai):
    ctx = shanghai.ctx
    ctx.clock = lambda: LATE_DECEMBER
    svc = shanghai.get(CaseService)
    case = svc.create(Channel.LETTER, "来信：年底停水", received_at=LATE_DECEMBER)
    by_kind = {k.kind: k for k in case.clocks}
    assert by_kind[ClockKind.RESOLUTION].due.year == LAST + 1  # what the test is about
    assert by_kind[ClockKind.FIRST_RESPONSE].due.year == LAST

    pane = make_pane(qtbot, shanghai)
    pane.open_record(case.id)
    lines = clock_lines(pane)
    resolution = next(line for line in lines if ClockKind.RESOLUTION.label in line)
    first = next(line for line in lines if ClockKind.FIRST_RESPONSE.label in line)
    assert resolution.startswith("⚠") and f"{LAST + 1}-" in resolution  # its due time, in the next year
    assert not first.startswith("⚠")
    warning = next(line for line in lines if "public holidays" in line)
    assert UNKNOWN in warning and "Monday to Friday" in warning
    assert warning.count(UNKNOWN) == 1 and sum("public holidays" in line for line in lines) == 1  # said once


def test_a_case_within_the_known_years_shows_no_warning(qtbot, shanghai):
    shanghai.ctx.clock = lambda: EARLY_DECEMBER
    case = shanghai.get(CaseService).create(Channel.LETTER, "来信：月初停水", received_at=EARLY_DECEMBER)
    pane = make_pane(qtbot, shanghai)
    pane.open_record(case.id)
    lines = clock_lines(pane)
    assert lines and not any(line.startswith("⚠") or "public holidays" in line for line in lines)


def test_the_call_screen_warns_before_a_call_goes_on_as_such_a_case(qtbot, shanghai):
    shanghai.ctx.clock = lambda: LATE_DECEMBER
    pane = make_pane(qtbot, shanghai)
    dlg = pane.take_call()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.summary_edit, "water cut at year end")
    qtbot.keyClick(dlg.summary_edit, Qt.Key.Key_Escape)  # hang up
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.fcr)
    assert dlg.fcr.isChecked() and not dlg.coverage.isVisible()  # resolved now: no clock runs on
    qtbot.keyClick(dlg.fcr, Qt.Key.Key_Space)  # not resolved: it goes on as a case
    assert dlg.coverage.isVisible()
    text = dlg.coverage.text()
    assert ClockKind.RESOLUTION.label in text and f"{LAST + 1}-" in text and "Asia/Shanghai" in text
    assert UNKNOWN in text and "public holidays" in text
    qtbot.keyClick(dlg.fcr, Qt.Key.Key_Return)  # saved: the case shows the same warning
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert pane.view.case.id == dlg.saved.id
    assert any("public holidays" in line and UNKNOWN in line for line in clock_lines(pane))


def test_the_call_screen_says_nothing_within_the_known_years(qtbot, shanghai):
    shanghai.ctx.clock = lambda: EARLY_DECEMBER
    pane = make_pane(qtbot, shanghai)
    dlg = pane.take_call()
    qtbot.waitExposed(dlg)
    qtbot.keyClicks(dlg.summary_edit, "parking fee")
    qtbot.keyClick(dlg.summary_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dlg.fcr)
    qtbot.keyClick(dlg.fcr, Qt.Key.Key_Space)
    assert not dlg.fcr.isChecked() and not dlg.coverage.isVisible()
    dlg.store.discard(dlg.key)

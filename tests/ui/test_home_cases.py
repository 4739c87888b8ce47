"""Home as a case worker meets it: the case whose clock ran out is listed among the cases overdue or
due today (in the warning colour, since when in the organisation's zone, named), the intake box names the oldest unanswered case with its age in
working time, Enter on the entry opens the case in the Cases pane; someone who does not work cases
sees neither box."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from commdesk.core.cases.workflow import Channel
from commdesk.core.domain.people import Role
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.service import CaseService
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService
from commdesk.ui.home.pane import HomePane

pytestmark = pytest.mark.timezones

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai


@pytest.fixture
def desk(app_services, people):
    ctx = app_services.ctx
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    billing = app_services.get(CaseAdminService).save_category("billing", "账单", "Billing")
    ctx.clock = lambda: NOW
    svc = app_services.get(CaseService)
    late = svc.create(
        Channel.LETTER, "来信：账单有误", category=billing.id, received_at=NOW - timedelta(days=7)
    )
    fresh = svc.create(Channel.HOTLINE, "停车场收费", category=billing.id, received_at=NOW)
    return {"late": late, "fresh": fresh}


def _home(qtbot, app_services) -> HomePane:
    home = HomePane(app_services)
    qtbot.addWidget(home)
    home.show()
    qtbot.waitExposed(home)
    with qtbot.waitSignal(home.sections_shown):
        home.refresh()
    return home


def _lines(box) -> list[str]:
    return [box.list.item(i).text() for i in range(box.list.count())]


def test_a_case_worker_sees_the_breaching_case_and_the_oldest_unanswered(qtbot, app_services, people, desk):
    app_services.set_person(people["officer"])
    home = _home(qtbot, app_services)
    cases, intake = home.boxes["cases"], home.boxes["intake"]
    assert cases.isVisible() and intake.isVisible()
    late = desk["late"]
    first = cases.list.item(0)
    assert late.reference in first.text() and "overdue since" in first.text()
    # overdue for a week: the date written out, in the organisation's zone, named
    due = first.data(Qt.ItemDataRole.UserRole).when.astimezone(ZoneInfo("Asia/Shanghai"))
    assert due.date() < NOW.date()
    assert f"overdue since {due:%Y-%m-%d %H:%M} (Asia/Shanghai, UTC+08:00)" in first.text(), first.text()
    assert first.foreground().color().red() > 150  # the warning colour
    # the heading says what the box lists: the overdue cases (of any day) and those due today
    assert "Cases overdue or due today" in cases.title()
    words = _lines(intake)
    assert any("2 new case(s) not yet acknowledged" in w for w in words), words
    oldest = next(w for w in words if w.startswith("Oldest unanswered"))
    # a week ago in Shanghai: five working days of nine hours, counted on the working calendar
    assert late.reference in oldest and "5 working day(s)" in oldest, oldest
    assert "received" in oldest and "(Asia/Shanghai, UTC+08:00)" in oldest, oldest  # its zone, named


def test_someone_who_does_not_work_cases_sees_no_cases_box(qtbot, app_services, people, desk):
    press = app_services.get(PeopleService).create(
        "赵敏", "zhao@example.cn", "办公室", {Role.ADMINISTRATOR}, passphrase="zhao-min passphrase 2026"
    )
    app_services.set_person(press)
    home = _home(qtbot, app_services)
    assert not home.boxes["cases"].isVisible() and not home.boxes["intake"].isVisible()
    assert {s.key for s in home._sections}.isdisjoint({"cases", "intake"})


def test_enter_on_the_entry_opens_the_case_in_the_cases_pane(qtbot, app_services, people, desk):
    from commdesk.ui.main_window import MainWindow

    app_services.set_person(people["officer"])
    window = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(window)
    window.attach(app_services)
    window.show()
    qtbot.waitExposed(window)
    home = window.pane("home")
    window.open_record("home", None)
    with qtbot.waitSignal(home.sections_shown):
        home.refresh()
    box = home.boxes["cases"].list
    box.setFocus()
    box.setCurrentRow(0)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_pane() is window.panes.get("cases"))
    pane = window.panes["cases"]
    qtbot.waitUntil(lambda: pane.current is not None and pane.current.id == desk["late"].id)


def test_both_boxes_of_the_cases_desk_are_read_in_one_statement(app_services, desk):
    """Home reads the cases due and the intake's row together: what it gets is what reading each
    alone gets (with a limit below the count too), in one statement."""
    from sqlalchemy import event

    from commdesk.persistence.repositories import home as home_repo

    ctx = app_services.ctx
    seen: list[str] = []
    event.listen(ctx.engine, "before_cursor_execute", lambda *args: seen.append(args[2]))
    end = NOW + timedelta(days=1)
    with ctx.unit_of_work() as uow:
        for limit in (100, 1):
            before = len(seen)
            lines, total, intake = home_repo.cases_desk(uow.session, end, limit)
            assert len(seen) == before + 1
            assert (lines, total) == home_repo.cases_due_before(uow.session, end, limit)
            assert intake == home_repo.case_intake(uow.session)
            assert len(lines) == min(limit, total) and total >= 1 and intake[2] is not None

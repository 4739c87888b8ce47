"""The Meetings pane offers only what the acting person may do (CR-2): a reviewer sees New, Edit, Send
invitation, Cancel… disabled with the reason, an officer gets them at once after switching person
(no reselecting), and on a read-only database (chmod 444) every writing button is off and says why."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt

from commdesk.core.meetings.model import ActionItem, AgendaItem, Meeting, MeetingKind, Participant
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService
from commdesk.ui.meetings.pane import MeetingsPane

PLANNING = ("new", "edit", "live", "send_invite", "send_minutes", "cancel")


@pytest.fixture
def meeting(app_services):
    m = app_services.get(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="季度复盘会",
            purpose="复盘",
            room="301",
            start=datetime.now(UTC) + timedelta(days=3),
            duration=60,
            participants=[Participant("李明", "li@example.org"), Participant("王芳", "wang@example.org")],
            agenda=[AgendaItem("数据", "李明", 20)],
        )
    )
    minutes = app_services.get(MeetingMinutesService)
    draft = minutes.draft(m.id)
    draft.actions = [ActionItem("发新闻稿", "李明", deadline=date.today() + timedelta(days=5))]
    minutes.save(draft)
    return m


def _pane(qtbot, app_services, meeting):
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.open_record(meeting.id)
    assert pane.selected_id() == meeting.id
    return pane


def test_reviewer_sees_planning_buttons_disabled_with_the_reason(qtbot, app_services, people, meeting):
    pane = _pane(qtbot, app_services, meeting)
    assert all(pane.buttons[k].isEnabled() for k in PLANNING)  # the administrator may
    app_services.set_person(people["reviewer"])  # no reselecting: at once
    for key in PLANNING:
        button = pane.buttons[key]
        assert not button.isEnabled(), key
        tip = button.toolTip()
        assert "王芳" in tip and "Officer" in tip, (key, tip)  # who, and the role it needs
    assert not pane.buttons["circulate"].isEnabled() and "Officer" in pane.buttons["circulate"].toolTip()
    assert not pane.can_create()  # File > New follows too
    assert pane.buttons["invite"].isEnabled()  # exporting the invitation is reading
    # the action tracker's status buttons: a reviewer who does not own the item may not change it
    pane.tabs.setCurrentIndex(3)
    pane.actions_table.selectRow(0)
    assert pane.selected_action() is not None
    done = pane.status_buttons[next(iter(pane.status_buttons))]
    assert not done.isEnabled() and "Officer" in done.toolTip()
    # clicking a disabled button does nothing (nothing is cancelled behind the user's back)
    qtbot.mouseClick(pane.buttons["cancel"], Qt.MouseButton.LeftButton)
    assert not app_services.get(MeetingService).get(meeting.id).cancelled

    app_services.set_person(people["officer"])
    assert all(pane.buttons[k].isEnabled() for k in PLANNING)
    assert all(pane.buttons[k].toolTip() == "" for k in PLANNING)
    assert pane.can_create() and done.isEnabled() and done.toolTip() == ""


def test_open_minutes_window_follows_a_switch_of_person(qtbot, app_services, people, meeting):
    pane = _pane(qtbot, app_services, meeting)
    window = pane.open_minutes(meeting.id)
    qtbot.addWidget(window)
    assert window.save_button.isEnabled()
    app_services.set_person(people["reviewer"])  # the window stays open across the switch
    assert not window.save_button.isEnabled() and "王芳" in window.save_button.toolTip()
    app_services.set_person(people["officer"])
    assert window.save_button.isEnabled() and window.save_button.toolTip() == ""
    window.editor.dirty = False
    window.close()


def test_selection_decides_too_and_says_so(qtbot, app_services, people, meeting):
    pane = _pane(qtbot, app_services, meeting)
    pane.table.clearSelection()
    assert not pane.buttons["edit"].isEnabled() and pane.buttons["edit"].toolTip()
    assert pane.buttons["new"].isEnabled()
    pane.open_record(meeting.id)
    assert pane.buttons["edit"].isEnabled()
    # not circulated: approve is off with the state's reason, not the role's
    assert not pane.buttons["approve"].isEnabled() and "circulated" in pane.buttons["approve"].toolTip()


@pytest.fixture
def read_only_db(demo_db):
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # chmod 444
    yield demo_db
    os.chmod(demo_db, stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_database_disables_every_writing_button(qtbot, read_only_db, tmp_path):
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService
    from commdesk.translations import install
    from commdesk.ui.common.services import AppServices, Preferences
    from commdesk.ui.main_window import MainWindow
    from commdesk.ui.navigation import PANES

    install("en")
    opened = open_database(read_only_db)
    try:
        assert opened.read_only
        services = AppServices(
            opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
        )
        services.set_person(services.get(PeopleService).find("陈静"))  # administrator and officer
        window = MainWindow(services.prefs, "en")
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.attach(services)
        window.nav.setCurrentRow([p.key for p in PANES].index("meetings"))
        pane = window.panes["meetings"]
        pane.range.setCurrentIndex(pane.range.findData("all"))
        assert pane.model.rowCount() > 0
        pane.table.selectRow(0)
        for key in (*PLANNING, "circulate", "approve", "cancel", "backlog"):
            button = pane.buttons[key]
            assert not button.isEnabled(), key
            assert button.toolTip(), key
        assert "read-only" in pane.buttons["edit"].toolTip()
        assert not window.new_action.isEnabled()
        assert pane.buttons["invite"].isEnabled()  # reading and exporting still work
        window.grab().save(str(tmp_path / "meetings-readonly.png"))
    finally:
        services.runner.wait(10000)
        opened.ctx.engine.dispose()

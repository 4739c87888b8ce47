"""Meetings as a user drives them across zones and with the keyboard:
a meeting planned at 03:00 Shanghai reads 03:00 everywhere whatever the computer's zone; Tab leaves
the start field; Ctrl+S saves; Enter on the recovery prompt recovers (agenda item and timer too);
approving asks first and the sign-off is shown."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, QTimeZone
from PySide6.QtWidgets import QApplication, QMessageBox

from commdesk.core.meetings.minutes import MINUTES_DRAFTS, MinutesDraft
from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, MinutesState, Participant, Point
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService

STORED = {}


def _plan(qtbot, app_services):
    from commdesk.ui.meetings.dialogs import PlanningDialog

    dlg = PlanningDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.topic.setText("凌晨发布会")
    dlg.link.setText("https://meet.example.org/j/1")
    dlg.participants.set_values([Participant("李明", "li@example.org")])
    dlg.agenda.set_values([AgendaItem("流程", "李明", 30)])
    dlg.tz.setCurrentText("Asia/Shanghai")
    # what typing "2026-12-04 03:00" into the field leaves there
    dlg.start.edit.setDateTime(QDateTime(QDate(2026, 12, 4), QTime(3, 0), QTimeZone.utc()))
    return dlg


@pytest.mark.timezones
def test_03_00_shanghai_reads_03_00_everywhere(qtbot, app_services, answer, process_tz):
    import io

    from pypdf import PdfReader

    from commdesk.ui.meetings.dialogs import PlanningDialog
    from commdesk.ui.meetings.models import MeetingTableModel
    from commdesk.ui.meetings.pane import MeetingsPane

    app_services.ctx.clock = lambda: datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    dlg = _plan(qtbot, app_services)
    assert "Asia/Shanghai, UTC+08:00" in dlg.start.zone_label.text()  # the editor names its zone
    dlg.commit(False)
    saved = dlg.saved
    assert saved.start == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # stored instant, any process zone
    svc = app_services.get(MeetingService)
    ics, _ = svc.invitation_ics(saved.id)
    assert b"DTSTART;TZID=Asia/Shanghai:20261204T030000" in ics
    assert b"BEGIN:VTIMEZONE" in ics and b"TZID:Asia/Shanghai" in ics
    # the same .ics bytes under every process zone (DTSTAMP is the service clock; UID differs per meeting)
    normalised = ics.replace(saved.uid.encode(), b"UID")
    STORED.setdefault("ics", normalised)
    assert STORED["ics"] == normalised
    # the agenda PDF
    doc = svc.agenda_document(saved.id)
    from commdesk.core.documents.rendering import render_bytes

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(render_bytes(*doc))).pages)
    assert "2026-12-04 03:00" in text and "Asia/Shanghai" in text
    # the list
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.range.setCurrentIndex(pane.range.findData("all"))
    row = next(r for r in range(pane.model.rowCount()) if pane.model.rows[r].id == saved.id)
    shown = pane.model.data(pane.model.index(row, MeetingTableModel.START))
    assert "2026-12-04" in shown and "03:00" in shown and "UTC+08:00" in shown
    # and the editor again
    again = PlanningDialog(app_services, svc.get(saved.id))
    qtbot.addWidget(again)
    assert again.start.edit.text() == "2026-12-04 03:00" and again.tz.zone() == "Asia/Shanghai"


def test_changing_the_zone_keeps_the_wall_clock_time(qtbot, app_services, answer):
    dlg = _plan(qtbot, app_services)
    dlg.tz.setCurrentText("Europe/Berlin")
    assert dlg.collect().start == datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 03:00 in Berlin
    assert "Europe/Berlin, UTC+01:00" in dlg.start.zone_label.text()
    dlg.tz.setCurrentText("Nowhere/City")
    answer.reply = QMessageBox.StandardButton.Ok
    dlg.commit(False)
    assert dlg.saved is None and "not a time zone" in answer.asked[-1][2]


def test_tab_leaves_the_date_field_and_ctrl_s_saves(qtbot, app_services, answer):
    dlg = _plan(qtbot, app_services)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    dlg.start.edit.setFocus()
    qtbot.waitUntil(lambda: dlg.start.edit.hasFocus())
    qtbot.keyClick(dlg.start.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not dlg.start.edit.hasFocus())
    focused = QApplication.focusWidget()
    assert focused is dlg.duration or dlg.duration.isAncestorOf(focused)
    qtbot.keyClick(dlg.duration, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dlg.saved is not None)
    assert app_services.get(MeetingService).get(dlg.saved.id).topic == "凌晨发布会"


def _past_meeting(app_services, **kw):
    values = {
        "kind": MeetingKind.IN_PERSON,
        "topic": "季度复盘会",
        "purpose": "复盘",
        "room": "301",
        "start": datetime.now(UTC) - timedelta(hours=2),
        "duration": 60,
        "note_taker": "",
        "participants": [Participant("李明", "li@example.org")],
        "agenda": [AgendaItem("数据", "李明", 10), AgendaItem("讨论", "", 20)],
        "materials": ["报告"],
    }
    values.update(kw)
    return app_services.get(MeetingService).save(Meeting(**values))


@pytest.mark.real_dialogs
def test_enter_on_the_recovery_prompt_recovers_item_and_timer(qtbot, app_services):
    """No answering hook: the real message box, and the Enter key."""
    from commdesk.ui.meetings.pane import MeetingsPane

    m = _past_meeting(app_services)
    pane = MeetingsPane(app_services)  # nothing to recover yet
    qtbot.addWidget(pane)
    QApplication.processEvents()
    store = MINUTES_DRAFTS.open(app_services.ctx)
    store.save(
        str(m.id),
        MinutesDraft(m.id, notes="第一行\n第二行", points=[Point("要点", 1)]),
        label=m.topic,
        extra={"item": 1, "seconds": 125, "running": False},
    )
    seen = {}

    def press_enter():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen["default"] = box.defaultButton().text()
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, press_enter)
    assert pane.offer_recovery() == [m.id]
    assert seen["default"] == "&Recover"
    window = pane.windows[-1]
    editor = window.editor
    assert editor.notes.toPlainText() == "第一行\n第二行"
    assert editor.agenda.currentRow() == 1 and editor.item_seconds() == 125
    assert editor.timer_label.text() == "02:05"
    assert store.load(str(m.id)) is not None  # kept until saved
    qtbot.keyClick(editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert app_services.get(MeetingMinutesService).draft(m.id).notes == "第一行\n第二行"
    assert store.load(str(m.id)) is None
    window.close()


@pytest.mark.real_dialogs
def test_escape_on_the_recovery_prompt_keeps_the_copy(qtbot, app_services):
    from commdesk.ui.meetings.pane import MeetingsPane

    m = _past_meeting(app_services)
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    QApplication.processEvents()
    store = MINUTES_DRAFTS.open(app_services.ctx)
    store.save(str(m.id), MinutesDraft(m.id, notes="草稿"), label=m.topic)

    def press_escape():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_escape)
            return
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(0, press_escape)
    assert pane.offer_recovery() == []
    assert store.load(str(m.id)) is not None


def test_approving_asks_and_names_the_approver(qtbot, app_services, answer, people, as_person):
    from commdesk.ui.meetings.pane import MeetingsPane

    m = _past_meeting(app_services)
    minutes = app_services.get(MeetingMinutesService)
    as_person(people["officer"])  # the officer takes the minutes ...
    d = minutes.draft(m.id)
    d.notes = "讨论"
    minutes.save(d)
    minutes.circulate(m.id)
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.open_record(m.id)
    app_services.set_person(people["officer"])
    pane.update_buttons()
    assert not pane.buttons["approve"].isEnabled() and "four eyes" in pane.buttons["approve"].toolTip()
    as_person(people["admin"])  # ... the administrator approves them
    app_services.set_person(people["admin"])
    pane.update_buttons()
    assert pane.buttons["approve"].isEnabled()
    answer.reply = QMessageBox.StandardButton.No
    pane.approve()
    assert minutes.draft(m.id).state is MinutesState.CIRCULATED  # No: nothing happened
    assert answer.asked[-1][1] == "Approve minutes"
    answer.reply = QMessageBox.StandardButton.Yes
    pane.approve()
    signed = minutes.draft(m.id)
    assert signed.state is MinutesState.APPROVED and signed.approved_by == people["admin"].name
    window = pane.open_minutes(m.id)
    assert people["admin"].name in window.editor.state_label.text()
    assert "UTC" in window.editor.state_label.text()
    window.close()


def test_backlog_enter_adds_without_closing_and_ctrl_s_saves(qtbot, app_services, answer):
    from commdesk.core.meetings.schedule import Frequency
    from commdesk.ui.meetings.backlog import BacklogDialog

    svc = app_services.get(MeetingService)
    first = Meeting(
        kind=MeetingKind.CONFERENCE,
        topic="周例会",
        start=datetime.now(UTC) + timedelta(days=1),
        duration=30,
        tz="Asia/Shanghai",
    )
    series = svc.create_series(first, Frequency.WEEKLY, count=2, backlog=["预算"])
    dlg = BacklogDialog(app_services, series.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    assert "Asia/Shanghai" in dlg.heading.text()  # the next meeting's time names its zone
    dlg.new_item.setFocus()
    qtbot.waitUntil(dlg.new_item.hasFocus)
    qtbot.keyClicks(dlg.new_item, "Training")
    qtbot.keyClick(dlg.new_item, Qt.Key.Key_Return)
    assert dlg.isVisible() and dlg.items() == ["预算", "Training"]
    qtbot.keyClick(dlg.new_item, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: svc.series(series.id).backlog == ["预算", "Training"])
    qtbot.keyClick(dlg.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dlg.isVisible())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_planning_and_minutes_windows_fit_and_screenshot(qtbot, app_services, answer, lang, tmp_path):
    from pathlib import Path

    from commdesk.translations import install
    from commdesk.ui.common.fonts import ensure_cjk_font
    from commdesk.ui.meetings.pane import MeetingsPane

    ensure_cjk_font(QApplication.instance())
    if lang != "en":
        install(lang)
    try:
        out = Path(os.environ.get("COMMDESK_SHOTS", tmp_path))
        dlg = _plan(qtbot, app_services)
        dlg.show()
        qtbot.waitExposed(dlg)
        assert dlg.width() <= 1280 - 170 and dlg.height() <= 800 - 80
        dlg.grab().save(str(out / f"meetings-planning-{lang}.png"))
        m = _past_meeting(app_services)
        pane = MeetingsPane(app_services)
        qtbot.addWidget(pane)
        window = pane.open_minutes(m.id)
        window.resize(1100, 700)
        window.editor.notes.setPlainText("第一行\n第二行")
        window.grab().save(str(out / f"meetings-minutes-{lang}.png"))
        assert (out / f"meetings-minutes-{lang}.png").stat().st_size > 1000
        answer.reply = QMessageBox.StandardButton.No
        window.close()
    finally:
        if lang != "en":
            install("en")


def test_escape_closes_the_minutes_window_after_asking(qtbot, app_services, answer):
    from commdesk.ui.meetings.pane import MeetingsPane

    m = _past_meeting(app_services)
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    window = pane.open_minutes(m.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.editor.notes.setPlainText("未保存")
    answer.reply = QMessageBox.StandardButton.Yes  # "Save the minutes?" -> Yes
    qtbot.keyClick(window.editor.notes, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert answer.asked[-1][1] == "Save the minutes?"
    assert app_services.get(MeetingMinutesService).draft(m.id).notes == "未保存"


@pytest.mark.timezones
def test_week_view_days_are_the_offices_and_a_meeting_elsewhere_keeps_its_own_date(
    qtbot, app_services, answer
):
    from dataclasses import replace

    from commdesk.services.settings import SettingsService
    from commdesk.ui.meetings.pane import MeetingsPane

    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    app_services.ctx.clock = lambda: datetime(2026, 12, 2, 4, 0, tzinfo=UTC)  # Wednesday in Shanghai
    svc = app_services.get(MeetingService)
    # 09:00 Thursday 3 December in Los Angeles = 01:00 Friday 4 December in Shanghai
    svc.save(
        Meeting(
            kind=MeetingKind.CONFERENCE,
            topic="US partners",
            link="https://x.example/j",
            start=datetime(2026, 12, 3, 17, 0, tzinfo=UTC),
            duration=30,
            tz="America/Los_Angeles",
        )
    )
    svc.save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="Stand-up",
            room="301",
            start=datetime(2026, 12, 4, 1, 30, tzinfo=UTC),
            duration=15,
            tz="Asia/Shanghai",
        )
    )
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    week = pane.week
    week.move(0)
    assert "Asia/Shanghai" in week.title.text()
    friday = week.grid.item(0, 4).text().splitlines()
    assert friday[0] == "12-04"
    assert "09:30 Stand-up" in friday  # the office's own zone: time only
    assert "12-03 09:00 (America/Los_Angeles, UTC-08:00) US partners" in friday
    assert "US partners" not in week.grid.item(0, 3).text()


@pytest.mark.timezones
def test_a_new_meeting_starts_tomorrow_at_the_next_full_hour_in_the_offices_zone(qtbot, app_services, answer):
    from dataclasses import replace

    from commdesk.services.settings import SettingsService
    from commdesk.ui.meetings.dialogs import PlanningDialog

    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="America/Los_Angeles"))
    # 01:30:45 PST on Saturday 7 March; tomorrow 02:00 does not exist (spring forward): 03:00 PDT
    app_services.ctx.clock = lambda: datetime(2026, 3, 7, 9, 30, 45, tzinfo=UTC)
    dlg = PlanningDialog(app_services)
    qtbot.addWidget(dlg)
    assert dlg.meeting.tz == "America/Los_Angeles" and dlg.tz.zone() == "America/Los_Angeles"
    assert dlg.meeting.start == datetime(2026, 3, 8, 10, 0, tzinfo=UTC)
    assert dlg.start.edit.text() == "2026-03-08 03:00"
    assert "America/Los_Angeles, UTC-07:00" in dlg.start.zone_label.text()

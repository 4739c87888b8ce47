"""The Meetings pane as a user drives it: planning with live warnings, keyboard minutes, recovery, tracker."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.core.meetings.minutes import MINUTES_DRAFTS, MinutesDraft
from commdesk.core.meetings.model import ActionItem, AgendaItem, Meeting, MeetingKind, Participant, Point
from commdesk.services.audit import AuditService
from commdesk.services.meetings.minutes import MeetingMinutesService
from commdesk.services.meetings.service import MeetingService


def _meeting(app_services, **kw):
    values = {
        "kind": MeetingKind.IN_PERSON,
        "topic": "季度复盘会",
        "purpose": "复盘",
        "room": "301",
        "start": datetime.now(UTC) - timedelta(hours=2),
        "duration": 60,
        "participants": [Participant("李明", "li@example.org"), Participant("王芳", "wang@example.org")],
        "agenda": [AgendaItem("数据", "李明", 1), AgendaItem("讨论", "", 20)],
        "materials": ["报告"],
    }
    values.update(kw)
    return app_services.get(MeetingService).save(Meeting(**values))


def test_models_and_badge(qtbot, qtmodeltester, app_services, answer):
    from commdesk.ui.meetings.pane import MeetingsPane

    m = _meeting(app_services)
    minutes = app_services.get(MeetingMinutesService)
    d = minutes.draft(m.id)
    d.actions = [ActionItem("overdue", "李明", deadline=date.today() - timedelta(days=2))]
    minutes.save(d)
    badges = []
    app_services.badge_changed.connect(lambda key, n: badges.append((key, n)))
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    pane.range.setCurrentIndex(2)
    assert pane.model.rowCount() == 1
    qtmodeltester.check(pane.model)
    qtmodeltester.check(pane.action_model)
    assert ("meetings", 1) in badges
    pane.tabs.setCurrentWidget(pane.month)
    assert any("季度复盘会" in (pane.month.grid.item(r, c).text()) for r in range(6) for c in range(7))


def test_planning_shows_pc2_live_and_override_reason_is_audited(qtbot, app_services, answer):
    from commdesk.ui.meetings.dialogs import PlanningDialog

    dlg = PlanningDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.topic.setText("明早电话会")
    dlg.link.setText("https://meet.example.org/j/1")
    dlg.participants.set_values(
        [Participant("李明", "li@example.org"), Participant("王芳", "wang@example.org", required=False)]
    )
    dlg.agenda.set_values([AgendaItem("流程", "李明", 30)])
    from datetime import UTC

    dlg.start.set_instant(app_services.ctx.clock().astimezone(UTC) + timedelta(hours=18))
    dlg.update_findings()
    texts = [dlg.findings.item(i).text() for i in range(dlg.findings.count())]
    assert any("PC-2" in t and "24" in t for t in texts)
    answer.text = "客户要求明早开会"
    dlg.commit(True)
    assert dlg.saved is not None and dlg.saved.invitation_sent_at is not None
    assert not dlg.saved.participants[1].required
    events = app_services.get(AuditService).history("meetings", dlg.saved.id)
    assert any(e.action == "override" and "客户要求明早开会" in (e.note or "") for e in events)


def test_live_mode_with_the_keyboard_only(qtbot, app_services, tmp_path):
    from commdesk.ui.meetings.live import MinutesEditor

    m = _meeting(app_services)
    store = MINUTES_DRAFTS.store(tmp_path)
    minutes = app_services.get(MeetingMinutesService)
    editor = MinutesEditor(m, minutes.draft(m.id), store, minutes.save)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.capture.setFocus()
    qtbot.keyClicks(editor.capture, "Numbers are up")
    qtbot.keyClick(editor.capture, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert [p.text for p in editor.draft.points] == ["Numbers are up"], editor.status.text()
    qtbot.keyClick(editor.capture, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.capture, "Keep the format")
    qtbot.keyClick(editor.capture, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.capture, "Send the report @li !2030-01-15")
    qtbot.keyClick(editor.capture, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(
        editor.attendance,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    editor.attendance.setCurrentRow(0)
    editor.attendance.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClick(editor.capture, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = minutes.draft(m.id)
    assert [(p.text, p.agenda_index) for p in stored.points] == [("Numbers are up", 0)]
    assert [(d.text, d.agenda_index) for d in stored.decisions] == [("Keep the format", 1)]
    [action] = stored.actions
    assert action.description == "Send the report" and action.owner_name == "li"
    assert action.deadline == date(2030, 1, 15)
    assert stored.attendance[0] is True
    assert store.load(str(m.id)) is None  # saved: the recovery copy is gone
    editor.agenda.setCurrentRow(0)
    editor.paused_ms = 61_000  # past the 1 min time box
    editor._tick()
    assert "1 min" in editor.warning.text() and "over" in editor.warning.text()


def test_recovery_is_offered_at_start(qtbot, app_services, answer):
    from commdesk.ui.meetings.pane import MeetingsPane

    m = _meeting(app_services)
    store = MINUTES_DRAFTS.open(app_services.ctx)
    store.save(str(m.id), MinutesDraft(m.id, notes="全部内容", points=[Point("要点", 0)]), label=m.topic)
    answer.reply = QMessageBox.StandardButton.Yes
    pane = MeetingsPane(app_services)
    qtbot.addWidget(pane)
    assert pane.offer_recovery() == [m.id]
    window = pane.windows[-1]
    assert window.editor.notes.toPlainText() == "全部内容" and window.editor.dirty
    assert window.editor.save()
    assert app_services.get(MeetingMinutesService).draft(m.id).points[0].text == "要点"
    window.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_screenshots(qtbot, app_services, answer, lang, tmp_path):
    from PySide6.QtWidgets import QApplication

    from commdesk.translations import install
    from commdesk.ui.common.fonts import ensure_cjk_font
    from commdesk.ui.meetings.live import MinutesEditor
    from commdesk.ui.meetings.pane import MeetingsPane

    ensure_cjk_font(QApplication.instance())
    if lang != "en":
        install(lang)
    try:
        m = _meeting(app_services)
        _meeting(
            app_services,
            kind=MeetingKind.CONFERENCE,
            topic="Weekly call",
            link="https://x.example/j",
            start=datetime.now(UTC) + timedelta(days=1),
        )
        out = Path(os.environ.get("COMMDESK_SHOTS", tmp_path))
        pane = MeetingsPane(app_services)
        qtbot.addWidget(pane)
        pane.resize(1200, 700)
        pane.range.setCurrentIndex(2)
        pane.grab().save(str(out / f"meetings-list-{lang}.png"))
        pane.tabs.setCurrentWidget(pane.month)
        pane.grab().save(str(out / f"meetings-month-{lang}.png"))
        editor = MinutesEditor(
            m, app_services.get(MeetingMinutesService).draft(m.id), MINUTES_DRAFTS.store(tmp_path)
        )
        qtbot.addWidget(editor)
        editor.resize(1100, 650)
        editor.capture.setText("Send the report @李明 !2030-01-15")
        editor.capture_as("action")
        editor.grab().save(str(out / f"meetings-live-{lang}.png"))
        assert (out / f"meetings-live-{lang}.png").stat().st_size > 1000
    finally:
        if lang != "en":
            install("en")

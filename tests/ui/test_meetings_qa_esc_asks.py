"""The meeting planning dialog and the minutes window never lose typed text to Esc or the close
button without asking, and ask once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.core.meetings.model import AgendaItem, Participant
from commdesk.services.meetings.service import MeetingService


def _planning(qtbot, app_services, meeting=None):
    from commdesk.ui.meetings.dialogs import PlanningDialog

    dlg = PlanningDialog(app_services, meeting)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.topic.setFocus()
    qtbot.waitUntil(dlg.topic.hasFocus)
    return dlg


def _saved_meeting(app_services):
    from commdesk.ui.meetings.dialogs import PlanningDialog

    dlg = PlanningDialog(app_services)
    dlg.topic.setText("季度复盘会")
    dlg.link.setText("https://meet.example.org/j/2")
    dlg.participants.set_values([Participant("李明", "li@example.org")])
    dlg.agenda.set_values([AgendaItem("流程", "李明", 30)])
    dlg.commit(False)
    assert dlg.saved is not None
    return app_services.get(MeetingService).get(dlg.saved.id)


def test_esc_after_typing_in_a_meeting_asks(qtbot, app_services, answer):
    dlg = _planning(qtbot, app_services, _saved_meeting(app_services))
    qtbot.keyClicks(dlg.topic, "abc")
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dlg.topic, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and dlg.isVisible() and dlg.topic.text() == "季度复盘会abc"
    dlg.close()
    assert len(answer.asked) == 2 and dlg.isVisible()
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dlg.topic, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    assert app_services.get(MeetingService).get(dlg.meeting.id).topic == "季度复盘会"


def test_a_new_meeting_untouched_closes_at_once(qtbot, app_services, answer):
    dlg = _planning(qtbot, app_services)
    qtbot.keyClick(dlg.topic, Qt.Key.Key_Escape)
    assert answer.asked == [] and not dlg.isVisible()


def test_a_participant_added_counts_as_a_change(qtbot, app_services, answer):
    dlg = _planning(qtbot, app_services, _saved_meeting(app_services))
    dlg.participants.set_values([*dlg.participants.values(), Participant("王芳", "wang@example.org")])
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dlg.topic, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and dlg.isVisible()


def test_minutes_window_close_button_asks_once(qtbot, app_services, answer, tmp_path):
    from commdesk.core.meetings.minutes import MINUTES_DRAFTS
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.ui.meetings.pane import MinutesWindow

    meeting = _saved_meeting(app_services)
    win = MinutesWindow(
        app_services,
        meeting,
        app_services.get(MeetingMinutesService).draft(meeting.id),
        MINUTES_DRAFTS.store(tmp_path),
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.editor.mark_dirty()
    answer.reply = QMessageBox.StandardButton.No
    win.close()
    assert [a[1] for a in answer.asked] == ["Save the minutes?"]


def test_series_backlog_typed_topic_asks_before_esc(qtbot, app_services, answer):
    from datetime import UTC, datetime, timedelta

    from commdesk.core.meetings.model import Meeting, MeetingKind
    from commdesk.core.meetings.schedule import Frequency
    from commdesk.ui.meetings.backlog import BacklogDialog

    svc = app_services.get(MeetingService)
    first = Meeting(
        kind=MeetingKind.IN_PERSON,
        topic="周例会",
        room="301",
        duration=60,
        start=datetime.now(UTC) + timedelta(days=1),
        agenda=[AgendaItem("进展", "", 20)],
    )
    series = svc.create_series(first, Frequency.WEEKLY, count=2, backlog=["预算"])
    dlg = BacklogDialog(app_services, series.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.new_item.setFocus()
    qtbot.waitUntil(dlg.new_item.hasFocus)
    qtbot.keyClick(dlg.new_item, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert answer.asked == [] and not dlg.isVisible()
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(dlg.isActiveWindow)
    dlg.new_item.setFocus()
    qtbot.waitUntil(dlg.new_item.hasFocus)
    qtbot.keyClicks(dlg.new_item, "budget")
    qtbot.keyClick(dlg.new_item, Qt.Key.Key_Return)  # added to the list, not saved
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dlg.new_item, Qt.Key.Key_Escape)
    assert len(answer.asked) == 1 and dlg.isVisible() and dlg.items() == ["预算", "budget"]

"""The training window (EV-4) as a user meets it: the period's sessions with how many came, a new
session typed in and listed, people ticked (the app's people, someone typed in) and marked present
or absent with the counts updated, a person marked again counted once; a reviewer reads only."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.services.evaluation.voices import EvaluationVoicesService
from commdesk.services.settings import SettingsService
from commdesk.ui.evaluation.training_dialog import TrainingDialog

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


@pytest.fixture
def desk(app_services):
    app_services.ctx.clock = lambda: NOW
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="示例单位", time_zone="Asia/Shanghai"))
    voices = app_services.get(EvaluationVoicesService)
    held = voices.add_training(date(2026, 10, 15), "公文与通知写作", "陈静")
    voices.attend(held.id, ["甲", "乙", "丙"])
    voices.attend(held.id, ["丁"], present=False)
    voices.add_training(date(2026, 7, 2), "旧课程")
    return app_services


def _rows(window):
    t = window.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _window(qtbot, services, period="2026Q4"):
    window = TrainingDialog(services, period)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _item(window, name):
    return next(
        window.people.item(i)
        for i in range(window.people.count())
        if window.people.item(i).data(Qt.ItemDataRole.UserRole) == name
    )


def _tick(window, name, on=True):
    item = _item(window, name)
    window.people.setCurrentItem(item)
    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def _absentees(window):
    return [window.absentees.item(i).text() for i in range(window.absentees.count())]


def test_the_period_s_sessions_are_listed_with_who_came(qtbot, desk, answer):
    window = _window(qtbot, desk)
    assert _rows(window) == [["2026-10-15", "公文与通知写作", "陈静", "3", "1", "3 of 4 (75.0 %)"]]
    assert window.summary.text() == (
        "Sessions in 2026Q4 (2026-10-01 to 2026-12-31): 1; 3 of 4 people expected attended (75.0 %)."
    )
    window.period.edit.setText("2026")
    qtbot.keyClick(window.period.edit, Qt.Key.Key_Return)  # shows the year; the window stays open
    assert window.isVisible()
    assert [r[1] for r in _rows(window)] == ["公文与通知写作", "旧课程"]
    assert _rows(window)[1][3:] == ["0", "0", "0 of 0 (–)"]


def test_the_chosen_session_shows_who_came_and_who_did_not(qtbot, desk, people, answer):
    window = _window(qtbot, desk)
    assert set(window.ticked()) == {"甲", "乙", "丙"}  # marked present: ticked
    assert _item(window, "丁").text() == "丁 (absent)"
    assert _item(window, "丁").checkState() == Qt.CheckState.Unchecked
    li = _item(window, "李明 Li Ming")
    assert li.text() == f"李明 Li Ming — {people['officer'].department}"  # not marked: no tick, no note
    assert li.checkState() == Qt.CheckState.Unchecked
    assert not window.save_button.isEnabled()  # nothing changed yet

    # nobody among the app's people came; 丁 was expected and did not come
    app_people = {p.name for p in people.values()}
    assert set(_absentees(window)) == app_people | {"丁"}
    assert window.absent_box.title() == f"Not at any session in this period: {len(app_people) + 1}"

    window.period.edit.setText("2026Q3")
    window.period.apply()  # 旧课程: nobody marked, so no tick
    assert window.ticked() == [] and _rows(window)[0][1] == "旧课程"
    assert set(_absentees(window)) == app_people  # marked in another period only: not counted here


def test_a_session_added_appears_and_attendance_saved_is_counted(qtbot, desk, people, answer):
    window = _window(qtbot, desk)
    names = [window.people.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.people.count())]
    assert set(names) >= {
        "陈静 Chen Jing",
        "李明 Li Ming",
        "王芳 Wang Fang",
        "Emma Schmidt",
    }  # the app's people

    window.day.setDate(QDate(2026, 11, 26))
    window.topic.insert("媒体采访应对")  # typed through an input method
    qtbot.keyClicks(window.trainer, "Emma Schmidt")
    qtbot.keyClick(window.trainer, Qt.Key.Key_Return)  # Enter adds the session
    assert window.isVisible()
    assert _rows(window)[0] == ["2026-11-26", "媒体采访应对", "Emma Schmidt", "0", "0", "0 of 0 (–)"]
    assert window.table.currentRow() == 0  # the new session is the one marked
    assert window.topic.text() == "" and window.trainer.text() == ""
    assert "2026-12-31): 2;" in window.summary.text()
    assert window.ticked() == []  # nobody marked at the new session
    assert not window.save_button.isEnabled() and not window.absent_button.isEnabled()

    _tick(window, "李明 Li Ming")
    window.people.setCurrentItem(_item(window, "陈静 Chen Jing"))
    qtbot.keyClick(window.people, Qt.Key.Key_Space)  # ticked from the keyboard
    window.other.insert("孙丽")  # someone in neither list
    qtbot.keyClick(window.other, Qt.Key.Key_Return)
    assert sorted(window.ticked()) == sorted(["李明 Li Ming", "陈静 Chen Jing", "孙丽"])
    assert window.unsaved.text() == "Ticks changed and not saved yet: 3."
    window.save_button.click()
    assert _rows(window)[0][3:] == ["3", "0", "3 of 3 (100.0 %)"]
    assert sorted(window.ticked()) == sorted(["李明 Li Ming", "陈静 Chen Jing", "孙丽"])  # as recorded
    assert not window.save_button.isEnabled() and not window.unsaved.isVisible()
    assert "孙丽" in window.done_label.text()
    assert "李明 Li Ming" not in _absentees(window) and "孙丽" not in _absentees(window)

    _tick(window, "孙丽", on=False)  # came after all? no: unticked, recorded absent
    window.people.clearSelection()
    _item(window, "王芳 Wang Fang").setSelected(True)  # expected, did not come
    assert window.absent_button.isEnabled()
    window.absent_button.click()
    assert _rows(window)[0][3:] == ["3", "1", "3 of 4 (75.0 %)"]
    assert _item(window, "王芳 Wang Fang").text().endswith("(absent)")
    assert window.unsaved.text() == "Ticks changed and not saved yet: 1."  # 孙丽 still to save
    window.save_button.click()
    assert _rows(window)[0][3:] == ["2", "2", "2 of 4 (50.0 %)"]
    assert _item(window, "孙丽").text() == "孙丽 (absent)"
    assert "5 of 8 people expected attended (62.5 %)" in window.summary.text()
    assert _rows(window)[1][3:] == ["3", "1", "3 of 4 (75.0 %)"]  # the other session untouched
    assert "孙丽" in _absentees(window) and "王芳 Wang Fang" in _absentees(window)
    marked = desk.get(EvaluationVoicesService).attendance("2026Q4")
    assert {(a.person, a.present) for a in marked if a.session_id == window.sessions[0].id} == {
        ("李明 Li Ming", True),
        ("陈静 Chen Jing", True),
        ("孙丽", False),
        ("王芳 Wang Fang", False),
    }
    assert not answer.asked


def test_ticks_changed_at_one_session_wait_while_another_is_looked_at(qtbot, desk, answer):
    voices = desk.get(EvaluationVoicesService)
    voices.add_training(date(2026, 11, 3), "新闻发布会")
    window = _window(qtbot, desk)
    assert [r[1] for r in _rows(window)] == ["新闻发布会", "公文与通知写作"]
    window.table.selectRow(1)
    _tick(window, "甲", on=False)
    window.table.selectRow(0)
    assert window.ticked() == [] and not window.save_button.isEnabled()
    assert window.unsaved.text() == "Not saved at other sessions: 1."
    window.table.selectRow(1)
    assert "甲" not in window.ticked() and window.save_button.isEnabled()
    _tick(window, "甲")  # ticked again: as stored, nothing to save
    assert not window.save_button.isEnabled() and not window.unsaved.isVisible()


def test_closing_with_ticked_people_not_recorded_asks_first(qtbot, desk, answer):
    window = _window(qtbot, desk)
    _tick(window, "李明 Li Ming")
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.isVisible() and len(answer.asked) == 1
    window.save_button.click()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)  # all recorded: closes at once
    assert not window.isVisible() and len(answer.asked) == 1


def test_a_reviewer_reads_the_plan_but_records_nothing(qtbot, desk, people, answer):
    desk.set_person(people["reviewer"])
    window = _window(qtbot, desk)
    assert len(_rows(window)) == 1
    assert not window.add_button.isEnabled() and window.add_button.toolTip()
    assert set(window.ticked()) == {"甲", "乙", "丙"}  # read, as marked
    item = _item(window, "李明 Li Ming")
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable  # cannot be ticked
    window.people.setCurrentItem(item)
    qtbot.keyClick(window.people, Qt.Key.Key_Space)
    assert item.checkState() == Qt.CheckState.Unchecked
    item.setSelected(True)
    assert not window.save_button.isEnabled() and not window.absent_button.isEnabled()


def test_the_evaluation_pane_opens_both_windows_on_its_period(qtbot, desk, answer):
    from commdesk.ui.evaluation.interviews_dialog import InterviewsDialog
    from commdesk.ui.evaluation.pane import EvaluationPane

    pane = EvaluationPane(desk)
    qtbot.addWidget(pane)
    pane.show()
    pane.period_edit.setText("2026-10")
    pane.training_button.click()
    window = pane.voices_dialog
    assert isinstance(window, TrainingDialog) and window.isVisible()
    assert window.period.edit.text() == "2026-10"
    assert [r[1] for r in _rows(window)] == ["公文与通知写作"]
    window.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # closed: deleted, nothing left behind
    pane.interviews_button.click()
    assert isinstance(pane.voices_dialog, InterviewsDialog) and pane.voices_dialog.isVisible()
    assert pane.voices_dialog.period.edit.text() == "2026-10"
    interviews = pane.voices_dialog
    interviews.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(interviews))
    desk.runner.wait(10000)

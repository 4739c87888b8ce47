"""The interviews window (EV-3) as a user meets it: the period's interviews listed with their role,
themes and a summary; a new one typed in the editor (themes used before offered to tick) appears in
the list; the list filtered by theme; the chosen one corrected in the same editor (from its version:
someone else's save in between is shown beside it); what is typed survives a crash and is offered
back, Recover first; Cancel asks before throwing typed notes away; a reviewer may read but not add
or correct."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPlainTextEdit, QTableWidget

from commdesk.services.audit import AuditService
from commdesk.services.evaluation.voices import EvaluationVoicesService
from commdesk.services.settings import SettingsService
from commdesk.ui.evaluation.interviews_dialog import (
    INTERVIEW_DRAFTS,
    InterviewDialog,
    InterviewDraft,
    InterviewsDialog,
    draft_key,
)

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


@pytest.fixture
def desk(app_services):
    app_services.ctx.clock = lambda: NOW
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="示例单位", time_zone="Asia/Shanghai"))
    voices = app_services.get(EvaluationVoicesService)
    voices.add_interview(
        date(2026, 10, 9), "研发中心总监", "跨部门沟通、会议效率", "项目例会常超时。\n第二行"
    )
    voices.add_interview(date(2026, 11, 3), "销售部经理", "信息获取、跨部门沟通", "资料到销售手中太晚。")
    voices.add_interview(date(2026, 8, 14), "人力资源部经理", "内部公告", "公告渠道多。")
    return app_services


def _rows(window):
    t = window.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _window(qtbot, services, period="2026Q4"):
    window = InterviewsDialog(services, period)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def typed(widget, text):
    """Chinese typed through an input method (keyClicks types ASCII only)."""
    if isinstance(widget, QPlainTextEdit):
        widget.insertPlainText(text)
    else:
        widget.insert(text)


def _save(editor):
    editor.box.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_period_s_interviews_are_listed_newest_first_with_role_themes_and_summary(qtbot, desk, answer):
    window = _window(qtbot, desk)
    assert _rows(window) == [
        ["2026-11-03", "销售部经理", "信息获取、跨部门沟通", "资料到销售手中太晚。"],
        ["2026-10-09", "研发中心总监", "跨部门沟通、会议效率", "项目例会常超时。"],
    ]
    assert window.summary.text() == "Interviews in 2026Q4 (2026-10-01 to 2026-12-31): 2."
    assert "销售部经理" in window.detail.toPlainText() and "资料到销售手中太晚" in window.detail.toPlainText()
    window.table.selectRow(1)
    assert "第二行" in window.detail.toPlainText()  # the whole notes beside the list
    assert not answer.asked

    window.period.edit.setText("2026Q3")
    qtbot.keyClick(window.period.edit, Qt.Key.Key_Return)
    assert _rows(window) == [["2026-08-14", "人力资源部经理", "内部公告", "公告渠道多。"]]

    window.period.edit.setText("2026Q7")
    window.period.show_button.click()
    assert window.period.error.isVisible() and "2026Q7" in window.period.error.text()


def test_filtering_by_theme_keeps_the_interviews_that_name_it(qtbot, desk, answer):
    window = _window(qtbot, desk)
    themes = [window.theme.itemText(i) for i in range(window.theme.count())]
    assert themes == ["All themes", "跨部门沟通 (2)", "会议效率 (1)", "信息获取 (1)"]
    window.theme.setCurrentIndex(2)
    assert [r[1] for r in _rows(window)] == ["研发中心总监"]
    assert "naming this theme: 1 of 2." in window.summary.text()
    window.theme.setCurrentIndex(0)
    assert len(_rows(window)) == 2


def test_an_interview_typed_in_the_editor_appears_in_the_list(qtbot, desk, answer, monkeypatch):
    window = _window(qtbot, desk)
    offered = []

    def type_and_save(editor):
        offered.extend(editor.used_themes.item(i).text() for i in range(editor.used_themes.count()))
        editor.day.setDate(QDate(2026, 11, 18))
        typed(editor.role, "部门经理")
        tick = next(
            editor.used_themes.item(i)
            for i in range(editor.used_themes.count())
            if editor.used_themes.item(i).text() == "信息获取"
        )
        editor.used_themes.setCurrentItem(tick)
        qtbot.keyClick(editor.used_themes, Qt.Key.Key_Space)  # ticked from the keyboard
        typed(editor.new_themes, "培训需求，信息获取")
        typed(editor.notes, "希望多一些写作培训。")
        typed(editor.follow_ups, "下季度安排公文写作课")
        _save(editor)
        return editor.result()

    monkeypatch.setattr(InterviewDialog, "exec", type_and_save)
    window.add_button.click()
    # every theme used before, the most named first, in any period
    assert offered == ["跨部门沟通", "会议效率", "内部公告", "信息获取"]
    assert _rows(window)[0] == ["2026-11-18", "部门经理", "信息获取、培训需求", "希望多一些写作培训。"]
    assert window.table.currentRow() == 0  # the new one chosen
    assert "下季度安排公文写作课" in window.detail.toPlainText()
    assert window.summary.text().endswith(": 3.")
    assert window.theme.findText("信息获取 (2)") >= 0
    assert INTERVIEW_DRAFTS.open(desk.ctx).load(draft_key(desk)) is None  # saved: no copy left


def test_an_interview_on_a_day_of_another_period_is_shown_in_that_period(qtbot, desk, answer, monkeypatch):
    window = _window(qtbot, desk)

    def type_and_save(editor):
        editor.day.setDate(QDate(2027, 1, 6))
        typed(editor.role, "总经理")
        typed(editor.new_themes, "年度计划")
        _save(editor)
        return editor.result()

    monkeypatch.setattr(InterviewDialog, "exec", type_and_save)
    window.add_button.click()
    assert window.period.edit.text() == "2027Q1"
    assert [r[1] for r in _rows(window)] == ["总经理"]


def test_a_refused_interview_keeps_the_editor_open_with_what_was_typed(qtbot, desk, answer):
    editor = InterviewDialog(desk, InterviewsDialog(desk).used_before())
    qtbot.addWidget(editor)
    editor.show()
    typed(editor.notes, "没有写角色和主题")
    _save(editor)
    kind, _title, text = answer.asked[-1]
    assert kind == "error" and "role" in text and "theme" in text
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    kept = INTERVIEW_DRAFTS.open(desk.ctx).load(draft_key(desk))
    assert kept is not None and kept.value.notes == "没有写角色和主题"
    editor.autosave.stop()


def test_typed_notes_survive_a_crash_and_are_offered_back_recover_first(qtbot, desk, answer, monkeypatch):
    window = _window(qtbot, desk)
    editor = InterviewDialog(desk, window.used_before())
    qtbot.addWidget(editor)
    editor.show()
    typed(editor.role, "财务部经理")
    typed(editor.notes, "报销流程说明不清楚，")
    store = INTERVIEW_DRAFTS.open(desk.ctx)
    # copied every few seconds while typing, without saving
    qtbot.waitUntil(lambda: store.load(draft_key(desk)) is not None, timeout=10000)
    assert "kept on this computer" in editor.copy_state.text()
    typed(editor.notes, "希望出一页图解。")
    qtbot.waitUntil(lambda: store.load(draft_key(desk)).value.notes.endswith("图解。"), timeout=10000)
    editor.autosave.stop()
    editor.hide()  # commdesk stops here: neither saved nor cancelled
    window.close()

    recovered = []

    def save_what_came_back(dlg):
        recovered.append((dlg.role.text(), dlg.notes.toPlainText(), dlg.copy_state.text()))
        typed(dlg.new_themes, "报销")
        _save(dlg)
        return dlg.result()

    monkeypatch.setattr(InterviewDialog, "exec", save_what_came_back)
    answer.reply = QMessageBox.StandardButton.Yes  # Recover
    again = _window(qtbot, desk)
    qtbot.waitUntil(lambda: bool(recovered), timeout=5000)
    kind, title, text = answer.asked[0]
    assert kind == "question" and "Recover" in title and "财务部经理" in text
    assert recovered[0][:2] == ("财务部经理", "报销流程说明不清楚，希望出一页图解。")
    assert "Continued from the copy" in recovered[0][2]
    assert _rows(again)[0][1] == "财务部经理"
    assert store.load(draft_key(desk)) is None


def test_later_keeps_the_copy_and_add_continues_it(qtbot, desk, answer, monkeypatch):
    store = INTERVIEW_DRAFTS.open(desk.ctx)
    editor = InterviewDialog(desk, InterviewsDialog(desk).used_before())
    qtbot.addWidget(editor)
    typed(editor.notes, "留到以后")
    editor.write_draft()
    editor.autosave.stop()
    answer.reply = QMessageBox.StandardButton.No  # Later
    window = _window(qtbot, desk)
    qtbot.waitUntil(lambda: bool(answer.asked), timeout=5000)
    assert store.load(draft_key(desk)) is not None
    seen = []
    monkeypatch.setattr(InterviewDialog, "exec", lambda dlg: seen.append(dlg.notes.toPlainText()) or 0)
    window.add_button.click()
    assert seen == ["留到以后"]


def test_cancel_asks_before_throwing_typed_notes_away(qtbot, desk, answer):
    store = INTERVIEW_DRAFTS.open(desk.ctx)
    editor = InterviewDialog(desk, InterviewsDialog(desk).used_before())
    qtbot.addWidget(editor)
    editor.show()
    typed(editor.notes, "还没写完")
    editor.write_draft()
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(editor.notes, Qt.Key.Key_Escape)
    assert editor.isVisible() and len(answer.asked) == 1  # kept typing
    answer.reply = QMessageBox.StandardButton.Yes
    editor.box.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not editor.isVisible()
    assert store.load(draft_key(desk)) is None  # thrown away on purpose: no copy offered later


def test_a_reviewer_reads_the_interviews_but_cannot_add_one(qtbot, desk, people, answer):
    desk.set_person(people["reviewer"])
    window = _window(qtbot, desk)
    assert len(_rows(window)) == 2
    assert not window.add_button.isEnabled()
    assert window.add_button.toolTip()  # says why
    assert not window.edit_button.isEnabled() and window.edit_button.toolTip()
    assert window.edit_interview() is None  # no editor opens


def test_a_damaged_copy_is_set_aside_not_offered(qtbot, desk, answer):
    store = INTERVIEW_DRAFTS.open(desk.ctx)
    path = store.save(draft_key(desk), InterviewDraft(day="2026-11-19", notes="半句"), saved_at=NOW)
    path.write_text(path.read_text(encoding="utf-8").replace("2026-11-19", "not a day"), encoding="utf-8")
    window = _window(qtbot, desk)
    QCoreApplication.processEvents()  # the offer would be made now, once the window shows
    assert store.load(draft_key(desk)) is None and not answer.asked
    assert len(_rows(window)) == 2


def _sales(desk):
    return next(i for i in desk.get(EvaluationVoicesService).interviews() if i.role == "销售部经理")


def test_the_chosen_interview_is_corrected_in_the_editor(qtbot, desk, answer, monkeypatch):
    window = _window(qtbot, desk)
    before = _sales(desk)
    seen = []

    def correct(editor):
        ticked = [
            editor.used_themes.item(i).text()
            for i in range(editor.used_themes.count())
            if editor.used_themes.item(i).checkState() == Qt.CheckState.Checked
        ]
        seen.append((editor.windowTitle(), editor.role.text(), sorted(ticked), editor.notes.toPlainText()))
        editor.role.clear()
        typed(editor.role, "销售部副经理")
        editor.notes.moveCursor(QTextCursor.MoveOperation.End)
        typed(editor.notes, "希望每周收到产品资料。")
        typed(editor.new_themes, "产品资料")
        _save(editor)
        return editor.result()

    monkeypatch.setattr(InterviewDialog, "exec", correct)
    window.table.selectRow(0)
    assert window.edit_button.isEnabled()
    window.edit_button.click()
    assert seen == [
        ("Edit interview", "销售部经理", sorted(["信息获取", "跨部门沟通"]), "资料到销售手中太晚。")
    ]
    assert _rows(window)[0] == [
        "2026-11-03",
        "销售部副经理",
        "信息获取、跨部门沟通、产品资料",
        "资料到销售手中太晚。希望每周收到产品资料。",
    ]
    assert len(_rows(window)) == 2 and window.table.currentRow() == 0  # corrected, not added
    after = next(i for i in desk.get(EvaluationVoicesService).interviews() if i.id == before.id)
    assert after.version == before.version + 1
    logged = {
        (e.action, e.field, e.old, e.new) for e in desk.get(AuditService).history("interviews", before.id)
    }
    assert ("update", "interviewee_role", "销售部经理", "销售部副经理") in logged
    assert INTERVIEW_DRAFTS.open(desk.ctx).load(draft_key(desk, before.id)) is None  # saved: no copy

    window.table.selectRow(1)  # a double-click opens the editor on that row too
    monkeypatch.setattr(InterviewDialog, "exec", lambda dlg: seen.append(dlg.role.text()) or 0)
    window.table.itemDoubleClicked.emit(window.table.item(1, 1))
    assert seen[-1] == "研发中心总监"


def test_a_correction_meeting_someone_else_s_save_offers_both_versions(qtbot, desk, answer, monkeypatch):
    from commdesk.ui.common.conflict import ConflictDialog

    window = _window(qtbot, desk)
    voices = desk.get(EvaluationVoicesService)
    shown = []

    def choose(parent, exc):
        dialog = ConflictDialog(exc)
        table = dialog.findChild(QTableWidget)  # the versions side by side
        shown.append(
            {
                table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                for r in range(table.rowCount())
            }
        )
        dialog.deleteLater()
        return choices.pop(0)

    choices = ["cancel", "mine"]
    monkeypatch.setattr("commdesk.ui.evaluation.interviews_dialog.resolve_conflict", choose)
    outcome = []

    def correct_while_someone_else_saves(editor):
        sales = _sales(desk)
        voices.edit_interview(  # another desk, meanwhile
            sales.id, sales.day, "销售总监", list(sales.themes), sales.notes, expected_version=sales.version
        )
        editor.notes.moveCursor(QTextCursor.MoveOperation.End)
        typed(editor.notes, "补充：样品也晚。")
        _save(editor)
        outcome.append((editor.result() == QDialog.DialogCode.Accepted, editor.notes.toPlainText()))
        _save(editor)  # Keep mine
        return editor.result()

    monkeypatch.setattr(InterviewDialog, "exec", correct_while_someone_else_saves)
    window.table.selectRow(0)
    window.edit_button.click()
    assert outcome == [(False, "资料到销售手中太晚。补充：样品也晚。")]  # Cancel: still editing, as typed
    assert shown[0] == {
        "Interviewee (role)": ("销售部经理", "销售总监"),
        "Notes": ("资料到销售手中太晚。补充：样品也晚。", "资料到销售手中太晚。"),
    }
    sales_id = window.current().id
    stored = voices.interview(sales_id)
    assert (stored.role, stored.notes, stored.version) == (
        "销售部经理",
        "资料到销售手中太晚。补充：样品也晚。",
        3,
    )
    assert _rows(window)[0][1] == "销售部经理"

    choices.append("theirs")  # this time the other desk's version is taken

    def correct_and_lose(editor):
        voices.edit_interview(
            sales_id, stored.day, "销售总监", list(stored.themes), "另一版本", expected_version=3
        )
        typed(editor.follow_ups, "不会保存")
        _save(editor)
        return editor.result()

    monkeypatch.setattr(InterviewDialog, "exec", correct_and_lose)
    window.edit_button.click()
    assert (_rows(window)[0][1], _rows(window)[0][3]) == ("销售总监", "另一版本")  # theirs shown
    assert voices.interview(sales_id).follow_ups == ""
    assert INTERVIEW_DRAFTS.open(desk.ctx).load(draft_key(desk, sales_id)) is None


def test_an_unsaved_correction_survives_a_crash_and_is_saved_from_its_version(
    qtbot, desk, answer, monkeypatch
):
    window = _window(qtbot, desk)
    sales = _sales(desk)
    editor = InterviewDialog(desk, window.used_before(), editing=sales)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.has_unsaved_edits()  # the stored interview, as it is
    typed(editor.follow_ups, "每周一发资料包")
    editor.write_draft()
    editor.autosave.stop()
    editor.hide()  # commdesk stops here
    window.close()
    kept = INTERVIEW_DRAFTS.open(desk.ctx).load(draft_key(desk, sales.id))
    assert kept is not None and kept.base_version == sales.version

    recovered = []

    def save_what_came_back(dlg):
        recovered.append((dlg.windowTitle(), dlg.role.text(), dlg.follow_ups.toPlainText()))
        _save(dlg)
        return dlg.result()

    monkeypatch.setattr(InterviewDialog, "exec", save_what_came_back)
    answer.reply = QMessageBox.StandardButton.Yes  # Recover
    again = _window(qtbot, desk)
    qtbot.waitUntil(lambda: bool(recovered), timeout=5000)
    kind, _title, text = answer.asked[0]
    assert kind == "question" and "corrections" in text and "销售部经理" in text
    assert recovered == [("Edit interview", "销售部经理", "每周一发资料包")]
    assert desk.get(EvaluationVoicesService).interview(sales.id).follow_ups == "每周一发资料包"
    assert "每周一发资料包" in again.detail.toPlainText()
    assert INTERVIEW_DRAFTS.open(desk.ctx).load(draft_key(desk, sales.id)) is None


def test_a_window_closed_before_its_offer_came_round_asks_nothing(qtbot, desk, answer):
    store = INTERVIEW_DRAFTS.open(desk.ctx)
    store.save(draft_key(desk), InterviewDraft(day="2026-11-19", notes="半句"), saved_at=NOW, person_id=1)
    window = InterviewsDialog(desk, "2026Q4")
    qtbot.addWidget(window)
    window.show()  # the offer is made once the window has shown ...
    window.reject()  # ... and it was closed at once
    QCoreApplication.processEvents()
    assert not answer.asked and store.load(draft_key(desk)) is not None  # kept for the next time

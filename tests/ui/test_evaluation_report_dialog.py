"""The evaluation report made from the pane as a user makes it: decisions typed with their owners
chosen from the people and their deadlines, the file chosen, the PDF made off the GUI thread and
read back (the pane's figures are in it), each decision an action item of the tracker; a decision
without a text or owner is said in the dialog; who may not record decisions can still make the
report without them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

from commdesk.core.evaluation.catalogue import CATALOGUE
from commdesk.core.evaluation.monitoring_csv import Story
from commdesk.services.actions import ActionFilter, ActionService
from commdesk.services.evaluation.coverage import EvaluationCoverageService
from commdesk.services.settings import SettingsService
from commdesk.ui.common import export
from commdesk.ui.evaluation.pane import EvaluationPane

NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


@pytest.fixture
def desk(app_services, people):
    ctx = app_services.ctx
    ctx.clock = lambda: NOW
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), name="示例单位", time_zone="Asia/Shanghai"))
    coverage = app_services.get(EvaluationCoverageService)
    coverage.log(Story(0, date(2026, 11, 3), "人民日报", tone="positive", reach=1000))
    coverage.log(Story(0, date(2026, 11, 4), "财新", tone="negative", reach=500))
    coverage.log(Story(0, date(2026, 8, 5), "新华网", tone="positive", reach=10))
    return app_services


@pytest.fixture
def saving(monkeypatch, tmp_path):
    """The save-file dialog answered with a name without .pdf; the questions it was asked."""
    asked: list[Path] = []

    def choose(parent, caption, suggested):
        asked.append(suggested)
        return tmp_path / "评估报告"

    monkeypatch.setattr(export, "choose_save_path", choose)
    return asked


def counted_pane(qtbot, services) -> EvaluationPane:
    pane = EvaluationPane(services)
    qtbot.addWidget(pane)
    pane.resize(1100, 760)
    pane.show()
    pane.activated()
    qtbot.waitUntil(lambda: pane.evaluation is not None, timeout=20000)
    return pane


def type_in(qtbot, line, text: str) -> None:
    """Type ``text`` into ``line``: keys for ASCII, an input method's commit for Chinese."""
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        line.insert(text)


def pdf_text(path: Path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)


def test_decisions_become_action_items_and_the_pdf_holds_the_figures(qtbot, desk, people, saving, tmp_path):
    pane = counted_pane(qtbot, desk)
    assert pane.report_button.isEnabled()
    pane.report_button.click()
    dialog = pane.report_dialog
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle().endswith("2026Q4") and not dialog.meeting.isEnabled()

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    first = dialog.rows[0]
    qtbot.waitUntil(first.text.hasFocus)  # typing goes straight into the new decision
    type_in(qtbot, first.text, "每月发布一次内部通讯")
    first.owner.setCurrentIndex(first.owner.findData("li@example.org"))
    first.deadline.setDate(QDate(2027, 1, 31))
    dialog.add_button.click()
    second = dialog.rows[1]
    type_in(qtbot, second.text, "Reply to inquiries within a day")
    dialog.ok_button.click()  # no owner yet: said, and no file is asked for
    assert dialog.error.isVisible() and "Decision 2" in dialog.error.text()
    qtbot.waitUntil(second.owner.hasFocus)
    assert not saving
    second.owner.setCurrentIndex(second.owner.findData("emma@example.org"))
    assert dialog.meeting.isEnabled() and dialog.meeting.currentData() is None  # the record of decisions

    # Tab walks the rows in order: each decision's text, owner, deadline (Tab also steps through the
    # date's year, month and day, as in every date field), Remove, then the next one
    first.text.setFocus()
    walked = [first.text]
    for _ in range(10):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is not walked[-1]:
            walked.append(dialog.focusWidget())
    assert walked[:6] == [first.text, first.owner, first.deadline, first.remove, second.text, second.owner]

    dialog.ok_button.click()
    assert [p.name for p in saving] == ["evaluation-2026Q4.pdf"]
    assert export.default_folder(desk) == tmp_path  # the next export starts in the folder chosen
    path = tmp_path / "评估报告.pdf"
    qtbot.waitUntil(lambda: path.name in pane.notice.text(), timeout=30000)

    actions = desk.get(ActionService).list(ActionFilter(owner=""))
    made = [a for a in actions if a.meeting_topic == "Evaluation review 2026Q4: record of decisions"]
    assert sorted((a.action.description, a.action.owner_email, a.action.deadline) for a in made) == [
        ("Reply to inquiries within a day", "emma@example.org", date(2026, 12, 20)),
        ("每月发布一次内部通讯", "li@example.org", date(2027, 1, 31)),
    ]
    ids = sorted(a.id for a in made)
    # the notice says where a new user finds them, in the words of the Meetings pane's tab
    assert "2 action items made" in pane.notice.text()
    assert "see Meetings › Action items" in pane.notice.text()
    assert f"#{ids[0]}, #{ids[1]}" in pane.notice.text()

    text = pdf_text(path)
    row = next(i for i, k in enumerate(CATALOGUE) if k.key == "coverage.count")
    name, this, previous = (pane.table.item(row, c).text() for c in (1, 2, 3))
    assert (name, this, previous) == ("Coverage about us", "2", "1")
    assert f"{name} {this} {previous}" in text  # the figure as the pane shows it
    shown = [pane.table.item(r, 1).text() for r in range(pane.table.rowCount())]
    assert len(shown) == len(CATALOGUE) and all(figure in text for figure in shown)  # every figure
    assert "2026Q4" in text and "每月发布一次内部通讯" in text
    assert all(f"#{i}" in text for i in ids)


def test_the_report_made_again_with_the_same_decision_makes_no_second_item(qtbot, desk, saving, tmp_path):
    pane = counted_pane(qtbot, desk)
    for _run in (1, 2):
        pane.notice.clear()
        pane.report_button.click()
        dialog = pane.report_dialog
        dialog.add_button.click()
        type_in(qtbot, dialog.rows[0].text, "增加竞品监测")
        dialog.rows[0].owner.setCurrentIndex(dialog.rows[0].owner.findData("li@example.org"))
        dialog.rows[0].deadline.setDate(QDate(2027, 2, 1))
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: "saved as" in pane.notice.text(), timeout=30000)
    (made,) = [a for a in desk.get(ActionService).list() if a.action.description == "增加竞品监测"]
    assert "action items made" not in pane.notice.text()
    assert f"so not made twice: action items #{made.id}." in pane.notice.text()
    assert pdf_text(tmp_path / "评估报告.pdf").count("增加竞品监测") == 1


@pytest.fixture
def cancel_while_drawing(desk, monkeypatch):
    """Press Cancel (the task's own cancel, as the progress dialog's button does) once the report is
    counted and its decisions recorded, as the PDF is being drawn."""
    from commdesk.services.evaluation.report import EvaluationReportService

    drawn = EvaluationReportService.report_document

    def pressed(self, report):
        for task in list(desk.runner._running):
            task.cancel.set()
        return drawn(self, report)

    monkeypatch.setattr(EvaluationReportService, "report_document", pressed)


def test_the_report_goes_on_a_chosen_meeting_and_a_late_cancel_keeps_the_pdf(
    qtbot, desk, saving, tmp_path, cancel_while_drawing
):
    from commdesk.core.meetings.model import Meeting, MeetingKind
    from commdesk.services.meetings.service import MeetingService

    review = desk.get(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="四季度复盘会",
            purpose="复盘",
            start=datetime(2026, 12, 28, 2, 0, tzinfo=UTC),
            duration=60,
            tz="Asia/Shanghai",
        )
    )
    pane = counted_pane(qtbot, desk)
    pane.report_button.click()
    dialog = pane.report_dialog
    dialog.add_button.click()
    type_in(qtbot, dialog.rows[0].text, "增加竞品监测")
    dialog.rows[0].owner.setCurrentIndex(dialog.rows[0].owner.findData("chen@example.org"))
    dialog.meeting.setCurrentIndex(dialog.meeting.findData(review.id))
    dialog.accept()
    qtbot.waitUntil(lambda: "saved as" in pane.notice.text(), timeout=30000)
    (made,) = desk.get(ActionService).list(ActionFilter(meeting_id=review.id))
    assert made.action.description == "增加竞品监测" and "四季度复盘会" in pane.notice.text()
    # Cancel came once the action item was recorded: the PDF listing it is made all the same
    assert "Cancel came after the decisions were recorded" in pane.notice.text()
    assert "增加竞品监测" in pdf_text(tmp_path / "评估报告.pdf")


def test_cancel_without_decisions_writes_nothing(qtbot, desk, saving, tmp_path, cancel_while_drawing):
    pane = counted_pane(qtbot, desk)
    pane.report_button.click()
    pane.report_dialog.ok_button.click()
    qtbot.waitUntil(lambda: "cancelled" in pane.notice.text(), timeout=30000)
    assert "nothing was recorded and no file was written" in pane.notice.text()
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.iterdir()) == []


def test_a_removed_row_is_not_recorded_and_esc_asks_first(qtbot, desk, saving, answer):
    from PySide6.QtWidgets import QMessageBox

    pane = counted_pane(qtbot, desk)
    pane.report_button.click()
    dialog = pane.report_dialog
    for text in ("甲", "乙"):
        dialog.add_button.click()
        type_in(qtbot, dialog.rows[-1].text, text)
    dialog.rows[0].remove.click()
    assert [r.text.text() for r in dialog.rows] == ["乙"]
    assert dialog.rows[0].text.accessibleName() == "Decision 1"
    answer.reply = QMessageBox.StandardButton.No
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and answer.asked  # typed decisions are not thrown away unasked
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and not saving


def test_who_may_not_record_decisions_makes_the_report_without_them(qtbot, desk, people, saving, tmp_path):
    desk.set_person(people["reviewer"])
    pane = counted_pane(qtbot, desk)
    assert pane.report_button.isEnabled()
    assert not pane.survey_button.isEnabled() and "may not" in pane.survey_button.toolTip()
    pane.report_button.click()
    dialog = pane.report_dialog
    assert not dialog.add_button.isEnabled() and dialog.why_not.isVisible()
    assert "Wang Fang" in dialog.why_not.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "saved as" in pane.notice.text(), timeout=30000)
    assert "Action items" not in pane.notice.text()
    assert "No decision was recorded with this report." in pdf_text(tmp_path / "评估报告.pdf")
    desk.set_person(people["admin"])
    pane.apply_person(people["admin"])
    assert pane.survey_button.isEnabled()

"""The Crisis pane: a crisis opened through its dialog shows its playbook's checklist; checking a
step ticks it (in the database, with who and when); a note and the holding statement appear on the
timeline; a reviewer sees the log but may not write to it."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from commdesk.services.crisis import CrisisService
from commdesk.ui.crisis.dialogs import OpenCrisisDialog
from commdesk.ui.crisis.pane import CrisisPane

SHOTS = os.environ.get("CRISIS_SHOTS", "")  # a folder for screenshots, to look at them


@pytest.fixture
def pane(qtbot, app_services, people):
    p = CrisisPane(app_services)
    qtbot.addWidget(p)
    p.resize(1280 - 170, 800)
    p.show()
    return p


def test_open_tick_note_and_statement_from_the_pane(qtbot, pane, app_services, answer, monkeypatch):
    def fill(self):
        self.title.setText("演练：数据泄露")
        self.kind.setCurrentIndex(self.kind.findData("data_leak"))
        self.drill.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OpenCrisisDialog, "exec", fill)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert pane.list.count() == 1 and pane.shown is not None and pane.shown.drill
    # the title says 演练 itself: the list does not say it twice ("Drill: 演练：数据泄露")
    assert pane.list.item(0).text().startswith("演练：数据泄露")
    assert pane.checklist.hasFocus() and pane.checklist.currentRow() == 0  # the keyboard goes on here
    steps = [pane.checklist.item(i).data(Qt.ItemDataRole.UserRole) for i in range(pane.checklist.count())]
    assert steps[:3] == ["assess", "team", "holding_statement"] and "contain" in steps
    pane.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    stored = app_services.get(CrisisService).get(pane.shown.id)
    assert (
        stored.checklist[0].done_at is not None and stored.checklist[0].done_by == app_services.person().name
    )
    answer.text = "已通知监管部门"
    qtbot.mouseClick(pane.note_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pane.statement_button, Qt.MouseButton.LeftButton)
    shown = pane.timeline.toPlainText()
    assert "已通知监管部门" in shown and "drafted" in shown and "PR-" in shown
    # the zone is named once, in the heading row, not after every time
    zone = app_services.get(CrisisService).zone()
    assert shown.count(zone) == 1 and "When (" + zone in shown
    assert [k.kind for k in pane.shown.links] == ["release"]
    answer.text = "release 4711"  # no such release: said in words, nothing linked
    qtbot.mouseClick(pane.link_button, Qt.MouseButton.LeftButton)
    kind, _title, text = answer.asked[-1]
    assert kind != "text" and "4711" in text and len(pane.shown.links) == 1
    if SHOTS:
        QApplication.processEvents()  # the layout after the last change, for the picture only
        pane.grab().save(os.path.join(SHOTS, "crisis_pane.png"))


def test_a_reviewer_reads_but_does_not_write(qtbot, pane, app_services, people, as_person):
    app_services.get(CrisisService).open("服务中断", "service_outage", 2)
    as_person(people["reviewer"])
    pane.refresh()
    assert pane.list.count() == 1 and pane.timeline.toPlainText()
    assert not pane.new_button.isEnabled() and not pane.note_button.isEnabled()
    assert not pane.checklist.isEnabled() and pane.pdf_button.isEnabled()


def test_a_drill_whose_title_does_not_say_so_is_marked(qtbot, pane, app_services):
    crises = app_services.get(CrisisService)
    crises.open("数据泄露", "data_leak", 2, drill=True)
    crises.open("Drill - outage", "service_outage", 2, drill=True)
    pane.refresh()
    qtbot.waitUntil(lambda: pane.list.count() == 2)
    texts = sorted(pane.list.item(i).text() for i in range(pane.list.count()))
    assert texts[0].startswith("Drill - outage") and texts[1].startswith("Drill: 数据泄露")


def test_the_post_crisis_review_is_written_in_paragraphs_and_closes_the_crisis(qtbot, pane, monkeypatch):
    """Post-crisis review… opens a text of several lines (a one-line field before); Save closes the
    crisis with the review shown under its timeline."""
    from commdesk.ui.crisis.dialogs import CrisisReviewDialog

    monkeypatch.setattr(
        OpenCrisisDialog,
        "exec",
        lambda self: (self.title.setText("Drill: outage"), QDialog.DialogCode.Accepted)[1],
    )
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    seen = []

    def write(self):
        seen.append((self.text.lineWrapMode(), self.save_button.isEnabled(), self.width()))
        qtbot.keyClicks(self.text, "Went well: statement in 40 minutes.")
        qtbot.keyClick(self.text, Qt.Key.Key_Return)  # a new line, not Save
        qtbot.keyClicks(self.text, "Change: hotline script ready beforehand.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CrisisReviewDialog, "exec", write)
    qtbot.mouseClick(pane.review_button, Qt.MouseButton.LeftButton)
    assert seen and seen[0][1] is False and seen[0][2] >= 600  # nothing to save yet; room to write
    assert pane.shown.closed_at is not None
    assert (
        pane.shown.review == "Went well: statement in 40 minutes.\nChange: hotline script ready beforehand."
    )

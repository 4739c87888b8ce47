"""The announcements pane as people use it: an officer writes an important announcement in the
editor, submits it; the pane refuses to send it before approval; a reviewer returns it with a
comment, then approves the corrected text (the changes since approval shown); the officer sends it
to the list and the outbox holds one copy per subscriber."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.support.outbox import configure

from commdesk.services.announcements import AnnouncementService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.staff.service import StaffService
from commdesk.ui.announcements.dialogs import AnnouncementDialog
from commdesk.ui.announcements.pane import AnnouncementsPane


@pytest.fixture
def staff_list(ctx, people, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    for name, email in (("张三", "zhang@example.org"), ("孙七", "sun@example.org")):
        staff.subscribe(staff.add_member(name, email).id, lst.id)
    staff.unsubscribe(staff.member("sun@example.org").id, lst.id)
    return lst


def test_write_review_and_send_an_announcement_in_the_pane(qtbot, app_services, people, staff_list, answer):
    app_services.set_person(people["officer"])
    pane = AnnouncementsPane(app_services)
    qtbot.addWidget(pane)
    assert pane.new_button.isEnabled() and not pane.send_button.isEnabled()

    dialog = AnnouncementDialog(app_services, None, pane, subject="办公室搬迁", important=True)
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("下周一起在新址办公。")
    dialog.save()  # no list chosen: refused in words, the dialog stays
    assert answer.asked and "subscription list" in answer.asked[-1][2]
    dialog.audience.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    assert dialog.saved is not None and dialog.result() == dialog.DialogCode.Accepted
    pane.refresh()
    assert pane.model.rowCount() == 1 and pane.model.rows[0].subject == "办公室搬迁"
    assert "【重要通知】" in pane.model.data(pane.model.index(0, 0))
    assert pane.submit_button.isEnabled() and not pane.approve_button.isEnabled()
    qtbot.mouseClick(pane.submit_button, Qt.MouseButton.LeftButton)
    assert pane.current.state.value == "in_review" and not pane.send_button.isEnabled()
    assert not pane.approve_button.isEnabled()  # the author never approves

    app_services.set_person(people["reviewer"])
    pane.refresh()
    assert pane.approve_button.isEnabled() and not pane.new_button.isEnabled()
    answer.text = "地点写清楚"
    qtbot.mouseClick(pane.return_button, Qt.MouseButton.LeftButton)
    assert pane.current.state.value == "returned"
    assert "地点写清楚" in pane.comments.item(0).text()

    app_services.set_person(people["officer"])
    pane.refresh()
    a = pane.current
    app_services.get(AnnouncementService).save(
        a.id, a.version, a.subject, "下周一起在新址（科技园 3 号楼）办公。", "important", a.list_ids
    )
    pane.refresh()
    qtbot.mouseClick(pane.submit_button, Qt.MouseButton.LeftButton)
    app_services.set_person(people["reviewer"])
    pane.refresh()
    assert "科技园" in pane.changes.toPlainText()  # nothing approved yet: the whole text is new
    qtbot.mouseClick(pane.approve_button, Qt.MouseButton.LeftButton)
    assert pane.current.state.value == "approved"

    app_services.set_person(people["officer"])
    pane.refresh()
    assert pane.send_button.isEnabled()
    pane.tabs.setCurrentIndex(3)
    assert "全员通知" in pane.audience.toPlainText()
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(pane.send_button, Qt.MouseButton.LeftButton)
    assert pane.current.state.value == "sent"
    [copy] = app_services.get(OutboxService).for_record("announcements", a.id)
    assert copy.recipients == ("zhang@example.org",) and copy.subject.startswith("【重要通知】")
    assert pane.model.data(pane.model.index(0, pane.model.SENT))  # sent: when it went to the lists

    # edited before its copy went out: reviewed again, the copy held; the list no longer says "sent"
    # at that time, and the text says what became of the copies and what to do
    sent = pane.current
    app_services.get(AnnouncementService).save(
        sent.id,
        sent.version,
        sent.subject,
        "下周一起在新址（科技园 5 号楼）办公。",
        "important",
        sent.list_ids,
    )
    pane.refresh()
    assert pane.current.state.value == "in_review"
    assert pane.model.data(pane.model.index(0, pane.model.SENT)) == ""
    assert "held in the Outbox" in pane.text.toPlainText()
    [held] = app_services.get(OutboxService).for_record("announcements", a.id)
    assert held.status == "held"


def test_administrators_choose_one_or_two_reviewers_per_kind(qtbot, app_services, people, answer):
    from commdesk.core.review.kinds import Kind
    from commdesk.services.review import ReviewService
    from commdesk.ui.announcements.dialogs import ReviewersDialog

    pane = AnnouncementsPane(app_services)
    qtbot.addWidget(pane)
    assert pane.reviewers_button.isEnabled()  # the administrator
    dialog = ReviewersDialog(app_services, pane)
    qtbot.addWidget(dialog)
    assert [c.currentData() for c in dialog.combos.values()] == [1] * len(
        Kind
    )  # every kind, the procedure too
    dialog.combos[Kind.ANNOUNCEMENT].setCurrentIndex(1)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    review = app_services.get(ReviewService)
    assert review.reviewers_needed(Kind.ANNOUNCEMENT) == 2 and review.reviewers_needed(Kind.POST) == 1
    app_services.set_person(people["officer"])
    pane.refresh_permissions()
    assert not pane.reviewers_button.isEnabled()


def test_the_editor_plans_when_an_announcement_goes_out_and_keeps_it_on_edit(
    qtbot, app_services, people, staff_list
):
    """Planned to send, ticked and given a time: saved, shown in the pane
    in the organisation's zone; editing the text keeps the plan, unticking removes it."""
    from datetime import UTC, datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    app_services.set_person(people["officer"])
    pane = AnnouncementsPane(app_services)
    qtbot.addWidget(pane)
    dialog = AnnouncementDialog(app_services, None, pane, subject="年会安排")
    qtbot.addWidget(dialog)
    dialog.body.setPlainText("周五晚举行。")
    dialog.audience.item(0).setCheckState(Qt.CheckState.Checked)
    assert not dialog.planned.isEnabled()
    dialog.plan.setChecked(True)
    assert dialog.planned.isEnabled()
    dialog.planned.setDateTime(QDateTime(QDate(2027, 1, 8), QTime(9, 0)))
    dialog.save()
    saved = dialog.saved
    zone = dialog.zone
    from commdesk.core import timezones as tz

    assert saved.planned_at == tz.wall_clock(
        datetime(2027, 1, 8).date(), datetime(2027, 1, 8, 9).time(), zone
    )
    pane.refresh()
    assert "2027-01-08 09:00" in pane.text.toPlainText()

    edit = AnnouncementDialog(app_services, saved, pane)
    qtbot.addWidget(edit)
    assert edit.plan.isChecked()
    edit.body.setPlainText("周五晚七点举行。")
    edit.save()
    assert edit.saved.planned_at == saved.planned_at
    again = AnnouncementDialog(app_services, edit.saved, pane)
    qtbot.addWidget(again)
    again.plan.setChecked(False)
    again.save()
    assert app_services.get(AnnouncementService).get(saved.id).planned_at is None
    assert saved.planned_at.tzinfo is not None and saved.planned_at.astimezone(UTC).minute == 0

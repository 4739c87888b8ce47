"""AN-4 in the compose dialog: ticking 【重要通知】 offers to write an announcement (reviewed before it
is sent), and a hand-typed 【重要通知】 subject is refused when put in the outbox or saved as .eml."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.support.outbox import configure

from commdesk.services.announcements import AnnouncementService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.staff.service import StaffService
from commdesk.ui.announcements import dialogs as announcement_dialogs
from commdesk.ui.mail.dialogs import ComposeDialog


def test_an_important_notice_becomes_a_draft_announcement(qtbot, app_services, people, answer, monkeypatch):
    staff = app_services.get(StaffService)
    staff.save_list("全员通知", "All staff")
    app_services.set_person(people["officer"])
    seen = {}

    def fill_and_save(dialog):  # the person ticks a list and presses Save
        seen["subject"], seen["body"] = dialog.subject.text(), dialog.body.toPlainText()
        seen["important"] = dialog.important.isChecked()
        dialog.audience.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(announcement_dialogs.AnnouncementDialog, "exec", fill_and_save)
    compose = ComposeDialog(app_services)
    qtbot.addWidget(compose)
    compose.important.setChecked(True)
    compose.content.setText("办公室搬迁")
    compose.body.setPlainText("下周一起在新址办公。")
    answer.reply = QMessageBox.StandardButton.Yes
    compose.build_subject()
    assert seen == {"subject": "办公室搬迁", "body": "下周一起在新址办公。", "important": True}
    [made] = app_services.get(AnnouncementService).list()
    assert made.state.value == "draft" and made.priority.value == "important"
    assert compose.result() == compose.DialogCode.Rejected  # nothing went to the outbox
    assert app_services.get(OutboxService).list() == []


@pytest.mark.parametrize(
    "subject",
    ["【重要通知】-办公室搬迁", "[重要通知]-办公室搬迁", "［重要通知］办公室搬迁", "〖 重要通知 〗-搬迁"],
)
def test_a_typed_important_notice_is_refused_by_put_in_outbox_and_save_as_eml(
    qtbot, app_services, ctx, people, answer, smtp_server, tmp_path, monkeypatch, subject
):
    configure(ctx, smtp_server, tmp_path)
    app_services.get(StaffService).add_member("张三", "zhang@example.org")
    compose = ComposeDialog(app_services)
    qtbot.addWidget(compose)
    compose.subject.setText(subject)
    compose.to.setPlainText("张三 <zhang@example.org>")
    compose.body.setPlainText("下周一起在新址办公。")
    compose.queue()
    assert "Announcements" in answer.asked[-1][2]
    assert app_services.get(OutboxService).list() == [] and compose.result() != compose.DialogCode.Accepted
    folder = tmp_path / "eml"
    folder.mkdir()
    monkeypatch.setattr(
        "commdesk.ui.mail.dialogs.QFileDialog.getExistingDirectory", lambda *a, **k: str(folder)
    )
    compose.save_eml()
    assert "Announcements" in answer.asked[-1][2] and list(folder.iterdir()) == []

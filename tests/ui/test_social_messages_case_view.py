"""A complaint under a post, made a case from the Comments dialog, as the cases desk then shows it:
channel "Social media" in the person's language, raised by the comment's author, the comment in
the conversation headed with the platform and account it was said on and followed by the post it is
under, and the Reply button off, saying why (a social-media user has no e-mail address to answer)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from commdesk.services.cases.service import CaseService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.messages import SocialMessageService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.view import CaseView
from commdesk.ui.publishing.messages_dialog import MessagesDialog

NOW = datetime(2026, 11, 4, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Shanghai


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    from commdesk.translations import install

    install(request.param)
    yield request.param
    install("en")


@pytest.fixture
def post(app_services):
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    app_services.ctx.clock = lambda: NOW
    accounts = app_services.get(AccountService)
    platforms = {p.code: p for p in accounts.add_standard_platforms()}
    weibo = accounts.save_account(platforms["weibo"].id, "市民服务中心", handle="@shiminfuwu")
    return app_services.get(PostService).save(
        PostEdit(weibo.id, "周六开放日\n欢迎报名", NOW + timedelta(days=1))
    )


def test_a_comment_made_a_case_reads_as_a_social_media_case(qtbot, app_services, post, answer, language):
    dlg = MessagesDialog(app_services, post_id=post.id)
    qtbot.addWidget(dlg)
    dlg.body.setPlainText("报名入口根本打不开！")
    dlg.author.setText("@老李")
    qtbot.mouseClick(dlg.log_button, Qt.MouseButton.LeftButton)
    dlg.table.selectRow(0)
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dlg.case_button, Qt.MouseButton.LeftButton)
    [made] = [m for m in app_services.get(SocialMessageService).list() if m.case_id]
    case = app_services.get(CaseService).get(made.case_id)

    view = CaseView()
    qtbot.addWidget(view)
    view.show_case(case)

    zh = language == "zh_CN"
    assert view.fields["channel"].text() == ("社交媒体" if zh else "Social media")
    assert view.fields["raised"].text() == "@老李"
    said = view.conversation.toPlainText()
    where = "微博 · 市民服务中心 (@shiminfuwu)" if zh else "Weibo · 市民服务中心 (@shiminfuwu)"
    assert (f"{where} 上的评论" if zh else f"Comment on {where}") in said
    assert "报名入口根本打不开！" in said and "周六开放日" in said
    assert not view.reply_button.isEnabled() and case.reference in view.reply_button.toolTip()

"""The compose window with text that holds "{{ name }}": an ordinary mail quoting it is warned about
(it goes as written) and sent with a reason, word for word; a Bcc mail with it is still refused
until personalisation is switched on, as before."""

from __future__ import annotations

from email import message_from_bytes, policy

from tests.support.outbox import configure

from commdesk.services.mail.outbox import OutboxService
from commdesk.ui.mail.dialogs import ComposeDialog

QUOTE = "赵先生您好：\n\n您说我们的通知开头写着“{{ name }}”，没有替换成您的名字。我们已修正，抱歉。"


def test_an_ordinary_mail_quoting_a_placeholder_is_sent_as_written(
    qtbot, app_services, smtp_server, tmp_path, answer
):
    configure(app_services.ctx, smtp_server, tmp_path)
    dialog = ComposeDialog(app_services)
    qtbot.addWidget(dialog)
    dialog.subject.setText("【客服中心】通知称呼错误的答复-20261203")
    dialog.to.setPlainText("赵先生 <zhao@example.org>")
    dialog.direct.setChecked(True)
    dialog.body.setPlainText(QUOTE)

    findings = dialog.check()
    assert not any(f.blocking for f in findings)
    assert "{{ name }}" in dialog.findings.text() and "as written" in dialog.findings.text()

    answer.text = "引用客户原话"
    dialog.queue()
    assert answer.asked and answer.asked[-1][0] == "text"  # the reason for sending anyway
    outbox = app_services.get(OutboxService)
    [queued] = outbox.list()
    raw = outbox.message(queued.id).as_bytes()
    text = message_from_bytes(raw, policy=policy.default).get_body(("plain",)).get_content()
    assert "“{{ name }}”，没有替换成您的名字" in text


def test_a_bcc_mail_with_a_placeholder_is_refused_until_personalised(
    qtbot, app_services, smtp_server, tmp_path, answer
):
    configure(app_services.ctx, smtp_server, tmp_path)
    dialog = ComposeDialog(app_services)
    qtbot.addWidget(dialog)
    dialog.subject.setText("【客服中心】服务时间调整-20261203")
    dialog.to.setPlainText("张三 <a@example.org>\n李四 <b@example.org>")
    dialog.bcc.setChecked(True)
    dialog.body.setPlainText("{{ name }} 您好：\n\n服务时间调整为 9:00-18:00。")

    dialog.queue()

    assert app_services.get(OutboxService).list() == []
    assert "personalis" in dialog.findings.text()
    dialog.personal.setChecked(True)
    dialog.queue()
    assert len(app_services.get(OutboxService).list()) == 2

"""An announcement's own words reach the subscribers exactly as approved: braces in its subject and
text ("{{ name }}", a quoted "{%") are text, never placeholders, and nothing invisible is slipped
between them; the copy's own unsubscribe lines are still filled in per member."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest
from tests.support.outbox import configure

from commdesk.services.announcements import AnnouncementService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.staff.service import StaffService

TEXT = "系统升级后，邮件模板中的 {{ name }} 会自动替换为姓名；{% if %} 之类的写法请勿使用。"


@pytest.fixture
def subscribed(ctx, people, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    member = staff.add_member("王芳", "wang@example.org", "办公室")
    staff.subscribe(member.id, lst.id)
    return lst


def test_braces_in_an_announcement_are_sent_as_written(ctx, people, subscribed, smtp_server):
    ctx.current = lambda: people["officer"]
    svc = ctx.service(AnnouncementService)
    a = svc.create("{{ name }} 模板说明", TEXT, "normal", [subscribed.id])
    svc.submit(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["reviewer"]
    svc.approve(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["officer"]

    assert svc.send(a.id).queued == 1
    assert ctx.service(OutboxService).send_pending().sent == 1

    [got] = smtp_server.messages
    msg = message_from_bytes(got.data, policy=policy.default)
    assert str(msg["Subject"]).startswith("{{ name }} 模板说明")
    text = msg.get_body(("plain",)).get_content()
    assert TEXT in text and "\u200b" not in text and "\u200b" not in str(msg["Subject"])
    assert "全员通知" in text.split("————", 1)[1]  # the member's own unsubscribe lines, filled in

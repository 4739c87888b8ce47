"""The staff directory's mail in the feedback mailbox is the directory's, never a case: a member's
unsubscribe (the announcement's List-Unsubscribe mailto) unsubscribes them, a confirmation confirms,
a bounce of the directory's mail marks the address bounced, a member's reply to it is their activity
and is set aside for a person to read; a customer's mail in the same batch is still a case."""

from __future__ import annotations

from email import message_from_bytes, policy
from urllib.parse import unquote

import pytest
from tests.support.outbox import configure

from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.staff.service import StaffService


@pytest.fixture
def staff(ctx, people, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    return ctx.service(StaffService)


def eml(sender: str, subject: str, body: str, message_id: str, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: press@example.org\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
        f"{extra}Date: Fri, 13 Mar 2026 15:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"{body}\r\n"
    ).encode()


def bounce(original_id: str, address: str) -> bytes:
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\nTo: press@example.org\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-1@mx.example.org>\r\n"
        "Date: Fri, 13 Mar 2026 15:00:00 +0800\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\r\n\r\n'
        "--b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n"
        f"Final-Recipient: rfc822; {address}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--b\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"To: {address}\r\nSubject: confirm\r\nMessage-ID: {original_id}\r\n"
        "--b--\r\n"
    ).encode()


def take_in(ctx, tmp_path, *messages: bytes):
    paths = []
    for n, data in enumerate(messages):
        path = tmp_path / f"in{n}-{len(data)}.eml"
        path.write_bytes(data)
        paths.append(path)
    return ctx.service(CaseIntakeService).take_in_files(paths)


def test_unsubscribes_confirmations_bounces_and_replies_are_the_directorys(staff, ctx, tmp_path):
    news = staff.save_list("全员通知", "All staff")
    board = staff.save_list("董事会简报", "Board briefing", double_opt_in=True)
    wang = staff.add_member("王芳", "wang@example.org")
    li = staff.add_member("李明", "li@example.org")
    staff.subscribe(wang.id, news.id)
    pending = staff.subscribe(li.id, board.id)
    header = staff.recipients(news.id).recipients[0].headers["List-Unsubscribe"]
    unsubscribe = unquote(header[1:-1].split("?subject=", 1)[1])  # what the mailto's message says
    outbox = ctx.service(OutboxService)
    [confirmation] = outbox.for_record("staff_subscriptions", pending.id)
    sent = message_from_bytes(outbox.message(confirmation.id).as_bytes(), policy=policy.default)
    assert sent["Message-ID"] == confirmation.message_id
    cases_before = ctx.service(CaseService).count()

    result = take_in(
        ctx,
        tmp_path,
        eml("王芳 <wang@example.org>", unsubscribe, "", "<u-1@example.org>"),
        bounce(confirmation.message_id, "li@example.org"),
        eml(
            "李明 <li@example.org>",
            "Re: 董事会简报",
            "这个列表是做什么的？",
            "<r-1@example.org>",
            extra=f"In-Reply-To: {confirmation.message_id}\r\n",
        ),
        eml("赵先生 <zhao@example.cn>", "停车场收费", "收费太贵了。", "<c-1@example.cn>"),
    )
    assert [i.outcome.value for i in result.items] == ["staff", "staff", "set_aside", "new"]
    assert result.counts()["staff"] == 2
    assert "Unsubscribed" in result.items[0].reason
    assert "li@example.org" in result.items[1].reason and "bounced" in result.items[1].reason
    assert "activity" in result.items[2].reason
    assert staff.member(wang.id).subscriptions[0].status is SubscriptionStatus.UNSUBSCRIBED
    assert staff.member(li.id).subscriptions[0].status is SubscriptionStatus.BOUNCED
    assert ctx.service(CaseService).count() == cases_before + 1  # only the customer's mail
    # nothing was acknowledged but the customer's mail (no mail loops with mailer daemons)
    assert [i.acknowledgement_id is not None for i in result.items] == [False, False, False, True]
    again = take_in(ctx, tmp_path, eml("王芳 <wang@example.org>", unsubscribe, "", "<u-1@example.org>"))
    assert [i.outcome.value for i in again.items] == ["duplicate"]  # nothing taken in twice

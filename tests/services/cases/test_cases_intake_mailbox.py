"""The feedback mailbox as a new user meets it: a message fetched from a real IMAP server (Dovecot)
becomes a case, is acknowledged at once through the outbox (sent to the test SMTP server, read back
as mail), routed by the administrators' rule, answered with the reference, and the sender's reply
joins the same case; automatic replies and bounces are recorded but never acknowledged, a duplicate
is skipped, a broken message is set aside with its reason, and nothing is fetched twice."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
from tests.support.outbox import configure

from commdesk.core import timezones as tz
from commdesk.core.cases.clocks import ClockKind
from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.mail.incoming import MessageKind
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.replies import CaseRepliesService
from commdesk.services.cases.service import CaseService
from commdesk.services.mail.imap_fetch import MailboxFetchService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 3, 9, 10, 0, tzinfo=SHANGHAI).astimezone(UTC)  # a Monday, working hours

FEEDBACK = (
    "From: 王芳 <wangfang@example.cn>\r\n"
    "To: feedback@office.example.org\r\n"
    "Subject: 投诉：快递延误一周\r\n"
    "Message-ID: <feedback-1@example.cn>\r\n"
    "Date: Mon, 09 Mar 2026 09:30:00 +0800\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n\r\n"
    "我上周一下的订单到现在还没收到，请尽快处理。\r\n"
).encode()


def _mail(headers: dict[str, str], body: str) -> bytes:
    lines = [f"{k}: {v}" for k, v in headers.items()]
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n" + body + "\r\n").encode()


@pytest.fixture
def desk(ctx, people, imap_mailbox, smtp_server, tmp_path):
    """The office in Shanghai with a complaints category, the rule that sends 投诉 there, the
    feedback mailbox on Dovecot and the outbox on the test SMTP server; the administrator acts."""
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai", name="华信"))
    complaints = ctx.service(CaseAdminService).save_category(
        "complaint", "投诉", "Complaint", department="客户服务部", complaint=True
    )
    ctx.service(CaseRepliesService).save_rule("subject", "投诉", complaints.id)
    fetcher = ctx.service(MailboxFetchService)
    fetcher.save_account(imap_mailbox.account("none"))
    fetcher.set_password(imap_mailbox.password)
    configure(ctx, smtp_server, tmp_path)
    ctx.clock = lambda: NOW
    return {"complaints": complaints}


def _sent(smtp_server, index: int):
    return message_from_bytes(smtp_server.messages[index].data, policy=policy.default)


@pytest.mark.timezones
def test_feedback_is_acknowledged_routed_answered_and_the_reply_threads_back(
    ctx, desk, imap_mailbox, smtp_server, process_tz
):
    intake = ctx.service(CaseIntakeService)
    cases = ctx.service(CaseService)
    outbox = ctx.service(OutboxService)

    imap_mailbox.deliver(FEEDBACK)
    result = intake.take_in_mailbox()
    assert result.fetched == 1 and result.counts() == {
        "new": 1,
        "joined": 0,
        "duplicate": 0,
        "set_aside": 0,
        "staff": 0,
        "event": 0,
        "acknowledged": 1,
    }
    [item] = result.new
    case = cases.get(item.case_id)
    assert case.channel is Channel.MAILBOX and case.status is CaseStatus.ACKNOWLEDGED
    assert case.category_id == desk["complaints"].id and case.department == "客户服务部" and case.complaint
    assert case.raised_by == "王芳" and case.received_at == datetime(2026, 3, 9, 1, 30, tzinfo=UTC)
    assert case.acknowledged_at == NOW  # within the same minute as it was taken in
    [message_in] = [e for e in case.entries if e.kind == "message_in"]
    assert message_in.message_id == "<feedback-1@example.cn>" and "还没收到" in message_in.body
    due = next(k for k in case.clocks if k.kind is ClockKind.FIRST_RESPONSE).due
    assert due is not None

    summary = outbox.send_pending()
    assert summary.sent == 1
    ack = _sent(smtp_server, 0)
    assert smtp_server.messages[0].rcpt_tos == ["wangfang@example.cn"]
    assert str(ack["Subject"]) == f"[{case.reference}] 已收到您的来信：投诉：快递延误一周"
    body = ack.get_content()
    assert case.reference in body and tz.format_instant(due, "Asia/Shanghai") in body
    assert "王芳，您好" in body  # the Chinese template: the message is in Chinese
    assert ack["Auto-Submitted"] == "auto-replied" and ack["In-Reply-To"] == "<feedback-1@example.cn>"

    # nothing new on the server: nothing fetched again
    again = intake.take_in_mailbox()
    assert again.fetched == 0 and again.items == []

    # the answer goes out with the reference and threads under their message
    cases.reply(case.id, "王女士您好，您的快递已于今天重新发出。", override="answer to a complaint")
    outbox.send_pending()
    answer = _sent(smtp_server, 1)
    assert case.reference in str(answer["Subject"]) and answer["In-Reply-To"] == "<feedback-1@example.cn>"

    # their reply names our answer (and the reference): it joins the same case, unacknowledged
    imap_mailbox.deliver(
        _mail(
            {
                "From": "王芳 <wangfang@example.cn>",
                "To": "feedback@office.example.org",
                "Subject": f"回复：{answer['Subject']}",
                "Message-ID": "<feedback-2@example.cn>",
                "In-Reply-To": answer["Message-ID"],
                "References": f"<feedback-1@example.cn> {answer['Message-ID']}",
                "Date": "Mon, 09 Mar 2026 11:00:00 +0800",
            },
            "收到了，谢谢！",
        )
    )
    joined = intake.take_in_mailbox()
    [back] = joined.joined
    assert back.case_id == case.id and back.acknowledgement_id is None and joined.new == []
    assert [e.body for e in cases.get(case.id).entries if e.kind == "message_in"][-1] == "收到了，谢谢！"
    assert outbox.counts().get("queued", 0) == 0  # nothing queued for their reply


def test_automatic_mail_is_never_acknowledged(ctx, desk, imap_mailbox):
    intake = ctx.service(CaseIntakeService)
    outbox = ctx.service(OutboxService)
    imap_mailbox.deliver(FEEDBACK)
    [item] = intake.take_in_mailbox().new
    ack_id = item.acknowledgement_id
    ack_message_id = outbox.message(ack_id)["Message-ID"]

    # an out-of-office answer to our acknowledgement, a bounce of it, and an auto-reply about nothing
    imap_mailbox.deliver(
        _mail(
            {
                "From": "王芳 <wangfang@example.cn>",
                "To": "feedback@office.example.org",
                "Subject": "自动回复：已收到您的来信",
                "Auto-Submitted": "auto-replied",
                "Message-ID": "<ooo-1@example.cn>",
                "In-Reply-To": ack_message_id,
                "Date": "Mon, 09 Mar 2026 09:40:00 +0800",
            },
            "我正在休假，3月16日回来。",
        )
    )
    imap_mailbox.deliver(
        _mail(
            {
                "From": "Mail Delivery System <MAILER-DAEMON@mx.example.cn>",
                "To": "feedback@office.example.org",
                "Subject": "Undelivered Mail Returned to Sender",
                "Message-ID": "<bounce-1@mx.example.cn>",
                "References": ack_message_id,
                "Date": "Mon, 09 Mar 2026 09:41:00 +0800",
            },
            "The mail could not be delivered.",
        )
    )
    imap_mailbox.deliver(
        _mail(
            {
                "From": "someone@elsewhere.example",
                "To": "feedback@office.example.org",
                "Subject": "Out of office",
                "Auto-Submitted": "auto-replied",
                "Message-ID": "<ooo-2@elsewhere.example>",
                "Date": "Mon, 09 Mar 2026 09:42:00 +0800",
            },
            "I am away.",
        )
    )
    result = intake.take_in_mailbox()
    assert result.fetched == 3 and result.acknowledged == [] and result.new == []
    ooo, bounce = result.joined
    assert (ooo.kind, bounce.kind) == (MessageKind.AUTO_REPLY, MessageKind.BOUNCE)
    assert ooo.case_id == bounce.case_id == item.case_id
    [stray] = result.set_aside
    assert "automatic reply" in stray.reason and "no case" in stray.reason
    notes = [e.body for e in ctx.service(CaseService).get(item.case_id).entries if e.kind == "note"]
    assert any("我正在休假" in n for n in notes) and any("delivery failure" in n.lower() for n in notes)
    assert ctx.service(OutboxService).counts().get("queued", 0) == 1  # the one acknowledgement only
    # kept for a person to look at, with the reason and the message as it came
    [kept] = intake.set_aside_messages()
    assert kept.reason == stray.reason and b"I am away." in intake.set_aside_raw(kept.id)


def test_duplicates_are_skipped_and_broken_mail_is_set_aside_with_its_reason(ctx, desk, imap_mailbox):
    intake = ctx.service(CaseIntakeService)
    imap_mailbox.deliver(FEEDBACK)
    imap_mailbox.deliver(FEEDBACK)  # the same message twice in the mailbox
    imap_mailbox.deliver(b"this is just a line of text\r\n")
    result = intake.take_in_mailbox(batch_size=1)  # one message per batch: the cursor moves each time
    assert [i.outcome.value for i in result.items] == ["new", "duplicate", "set_aside"]
    broken = result.set_aside[0]
    assert "not an e-mail message" in broken.reason and broken.origin.endswith("UID 3")
    assert len(ctx.service(CaseService).list()) == 1
    # the same message as a saved file later is the same message
    assert intake.take_in_mailbox().items == []
    [kept] = intake.set_aside_messages()
    intake.mark_looked_at(kept.id)
    assert intake.set_aside_messages() == [] and intake.count_set_aside() == 0


def test_a_stopped_intake_keeps_what_it_took_in_and_goes_on_from_there(ctx, desk, imap_mailbox):
    import threading

    from commdesk.core.errors import Cancelled

    intake = ctx.service(CaseIntakeService)
    for n in range(3):
        imap_mailbox.deliver(FEEDBACK.replace(b"<feedback-1@", f"<feedback-stop-{n}@".encode()))
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        stop.set()  # the user presses Cancel after the first message

    with pytest.raises(Cancelled):
        intake.take_in_mailbox(progress=progress, cancel=stop)
    assert seen == [(1, 3)] and len(ctx.service(CaseService).list()) == 1
    rest = intake.take_in_mailbox()
    assert rest.fetched == 2 and len(rest.new) == 2 and rest.duplicates == []

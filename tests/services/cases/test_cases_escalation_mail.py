"""The desk's own mail, read back as its reader gets it: the manager's escalation mail is in the
desk's language whatever language the program that escalated runs in, in sentence case, signed by
the desk (not by the personal name the mail account's signature holds); an answer to them is signed
by the officer who wrote it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from tests.support.outbox import configure

from commdesk.core.cases.workflow import Channel, Priority
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.replies import CaseRepliesService
from commdesk.services.cases.service import CaseService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")
ACCOUNT_SIGNATURE = "陈静"  # an administrator put her own name in the account's signature


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai", name="华信"))
    configure(ctx, smtp_server, tmp_path, signature=ACCOUNT_SIGNATURE)
    admin = ctx.service(CaseAdminService)
    admin.set_manager(people["officer"].id, people["admin"].id)
    now = {"t": at(2026, 12, 3, 10, 0)}
    ctx.clock = lambda: now["t"]
    as_person(people["officer"])
    return ctx, now


def mail(ctx, outbox_id: int):
    raw = ctx.service(OutboxService).message(outbox_id).as_bytes()
    message = BytesParser(policy=policy.default).parsebytes(raw)
    return str(message["Subject"]), message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def escalate_one(ctx, now, summary: str):
    cases = ctx.service(CaseService)
    case = cases.create(Channel.MAILBOX, summary, priority=Priority.HIGH, received_at=now["t"])
    now["t"] += timedelta(hours=6)  # past the 4 working hours of a high priority's first response
    [escalation] = [e for e in cases.escalate_overdue() if e.case_id == case.id]
    [queued] = escalation.outbox_ids
    return case, mail(ctx, queued)


def test_the_escalation_mail_is_in_the_desks_language_signed_by_the_desk(desk, people, as_person):
    ctx, now = desk
    case, (subject, body) = escalate_one(ctx, now, "投诉：客服态度")
    # this process speaks English (no translator installed): the mail does not follow it
    assert subject == f"[{case.reference}] 【升级】首次响应已超时"
    assert body.startswith(f"案件 {case.reference} 的首次响应时限已于 2026-12-03 14:00")
    assert "状态：新建。" in body
    assert body.rstrip().endswith("-- \n华信案件台（系统自动发送）")
    assert ACCOUNT_SIGNATURE not in body

    as_person(people["admin"])
    ctx.service(CaseRepliesService).set_default_language("en")
    as_person(people["officer"])
    now["t"] = at(2026, 12, 4, 10, 0)
    case, (subject, body) = escalate_one(ctx, now, "Complaint: rude staff")
    assert subject == f"[{case.reference}] [Escalation] First response overdue"
    assert body.startswith(f"The first response clock of case {case.reference} ran out at")
    assert "Status: new." in body
    assert body.rstrip().endswith("-- \n华信 cases desk (sent automatically)")
    assert ACCOUNT_SIGNATURE not in body


def test_an_answer_is_signed_by_the_officer_who_wrote_it(desk, people):
    ctx, _now = desk
    cases = ctx.service(CaseService)
    case = cases.create(Channel.MAILBOX, "咨询：发票", customer=("赵先生", "", "zhao@example.org"))
    _case, [queued] = cases.reply(case.id, "您好，发票已于今日寄出。")
    _subject, body = mail(ctx, queued)
    assert body.rstrip().endswith(f"-- \n{people['officer'].name}\n华信")
    assert ACCOUNT_SIGNATURE not in body


def test_an_acknowledgement_is_signed_by_the_desk(desk, tmp_path):
    from commdesk.services.cases.intake import CaseIntakeService

    ctx, _now = desk
    path = tmp_path / "q.eml"
    path.write_bytes(
        "From: 赵先生 <zhao@example.org>\r\nTo: press@example.org\r\nSubject: 发票\r\n"
        "Message-ID: <q-1@example.org>\r\nDate: Thu, 03 Dec 2026 09:55:00 +0800\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        "请问发票何时寄出？\r\n".encode()
    )
    [item] = ctx.service(CaseIntakeService).take_in_files([path]).items
    _subject, body = mail(ctx, item.acknowledgement_id)
    assert body.rstrip().endswith("-- \n华信案件台（系统自动发送）")
    assert ACCOUNT_SIGNATURE not in body and body.count("华信") == 1

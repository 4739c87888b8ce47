"""The desk's mail quoting the customer's words is sent as written, even when those words hold
"{{ name }}": an officer's answer, the automatic acknowledgement of a message whose subject holds it,
and the manager's escalation mail of a case whose summary does. None is refused by EM-2's
unfilled-placeholder check, none needs a reason, and the braces reach the reader unchanged."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from tests.support.outbox import configure

from commdesk.core.cases.workflow import Channel, Priority
from commdesk.core.mail.incoming import IncomingMessage, Party
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")
QUOTED = "你们群发的邮件开头写着“{{ name }}”，没有替换成我的名字"


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI).astimezone(UTC)


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path, as_person):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai", name="华信"))
    configure(ctx, smtp_server, tmp_path)
    ctx.service(CaseAdminService).set_manager(people["officer"].id, people["admin"].id)
    now = {"t": at(2026, 12, 3, 10, 0)}
    ctx.clock = lambda: now["t"]
    as_person(people["officer"])
    return ctx, now


def mail(ctx, outbox_id: int) -> tuple[str, str]:
    raw = ctx.service(OutboxService).message(outbox_id).as_bytes()
    message = BytesParser(policy=policy.default).parsebytes(raw)
    return str(message["Subject"]), message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def test_an_answer_quoting_the_customer_goes_without_a_reason(desk):
    ctx, _now = desk
    cases = ctx.service(CaseService)
    case = cases.create(
        Channel.MAILBOX, "投诉：群发邮件称呼错误", customer=("赵先生", "", "zhao@example.org")
    )
    answer = f"赵先生您好：\n\n您反映“{QUOTED}”，我们已核实并修正了群发设置。"

    _case, [queued] = cases.reply(case.id, answer)  # no override: nothing to answer for

    _subject, body = mail(ctx, queued)
    assert QUOTED in body


def test_a_message_whose_subject_holds_a_placeholder_is_acknowledged(desk):
    ctx, _now = desk
    result = ctx.service(CaseIntakeService).take_in(
        [
            IncomingMessage(
                "<q1@x>",
                "fp-q1",
                subject="投诉：{{ name }}",
                sender=Party("Bo", "b@x.example"),
                text=QUOTED,
            )
        ]
    )
    [case] = result.new
    assert case.acknowledgement_id is not None, "the acknowledgement was refused"
    subject, _body = mail(ctx, case.acknowledgement_id)
    assert "投诉：{{ name }}" in subject


def test_the_escalation_of_a_case_whose_summary_holds_a_placeholder_is_mailed(desk):
    ctx, now = desk
    cases = ctx.service(CaseService)
    case = cases.create(Channel.MAILBOX, f"投诉：{QUOTED}", priority=Priority.HIGH, received_at=now["t"])
    now["t"] += timedelta(hours=6)  # past the 4 working hours of a high priority's first response

    [escalation] = [e for e in cases.escalate_overdue() if e.case_id == case.id]

    [queued] = escalation.outbox_ids
    _subject, body = mail(ctx, queued)
    assert QUOTED in body

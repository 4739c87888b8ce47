"""Feedback taken in from saved .eml files and web forms: who raised it (a contact by address, else
a customer record, else anonymous), the acknowledgement's promised time on the working calendar in
the office's zone whatever the computer's zone, its language, the administrators' templates and
canned responses, and text people wrote never read as a template."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from email import policy
from email.parser import BytesParser
from zoneinfo import ZoneInfo

import pytest
from tests.support.outbox import configure

from commdesk.core.cases.workflow import CaseStatus, Channel
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.mail.incoming import IncomingMessage, Party, Source
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.replies import CaseRepliesService
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.settings import SettingsService

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=SHANGHAI).astimezone(UTC)


def eml(
    sender: str, subject: str, body: str, message_id: str, date: str = "Fri, 13 Mar 2026 15:00:00 +0800"
) -> bytes:
    return (
        f"From: {sender}\r\nTo: feedback@office.example.org\r\nSubject: {subject}\r\n"
        f"Message-ID: {message_id}\r\nDate: {date}\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        f"{body}\r\n"
    ).encode()


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai", name="华信"))
    configure(ctx, smtp_server, tmp_path)
    ctx.clock = lambda: at(2026, 3, 13, 15, 5)  # a Friday afternoon
    return ctx


def _outgoing(ctx, outbox_id: int):
    raw = ctx.service(OutboxService).message(outbox_id).as_bytes()
    return BytesParser(policy=policy.default).parsebytes(raw)


@pytest.mark.timezones
def test_the_promised_time_is_on_the_working_calendar_in_the_office_zone(desk, tmp_path, process_tz):
    path = tmp_path / "feedback.eml"
    path.write_bytes(
        eml("王芳 <wangfang@example.cn>", "咨询开票", "请问如何开具增值税发票？", "<f-1@example.cn>")
    )
    [item] = desk.service(CaseIntakeService).take_in_files([path]).new
    case = desk.service(CaseService).get(item.case_id)
    assert case.received_at == at(2026, 3, 13, 15, 0) and case.status is CaseStatus.ACKNOWLEDGED
    ack = _outgoing(desk, item.acknowledgement_id)
    body = ack.get_content()
    # one working day from Friday 15:00 is Monday 15:00 (the weekend does not count), in Shanghai
    assert "2026-03-16 15:00 (Asia/Shanghai" in body and case.reference in body
    assert str(ack["Subject"]) == f"[{case.reference}] 已收到您的来信：咨询开票"


def test_who_raised_it_contact_customer_or_anonymous(desk, people):
    desk.service(ContactService).create(
        ContactRecord(full_name="王伟", outlet="新华社", emails=[Email("work", "Wang.Wei@Media.example.cn")])
    )
    intake = desk.service(CaseIntakeService)
    messages = [
        IncomingMessage(
            "<m1@x>", "fp-1", subject="采访请求", sender=Party("王伟", "wang.wei@media.example.cn"), text="t"
        ),
        IncomingMessage("<m2@x>", "fp-2", subject="退款", sender=Party("刘洋", "liu@example.cn"), text="t"),
        IncomingMessage("<m3@x>", "fp-3", subject="再问退款", sender=Party("", "liu@example.cn"), text="t"),
        IncomingMessage("<m4@x>", "fp-4", subject="匿名建议", text="t", source=Source.WEB_FORM),
    ]
    result = intake.take_in(messages)
    cases = [desk.service(CaseService).get(i.case_id) for i in result.new]
    journalist, customer, same_customer, anonymous = cases
    assert journalist.contact_id is not None and journalist.raised_by == "王伟"
    assert customer.customer_id is not None and customer.raised_by == "刘洋"
    assert same_customer.customer_id == customer.customer_id  # one record per address
    assert anonymous.contact_id is None and anonymous.customer_id is None
    assert anonymous.channel is Channel.WEB_FORM and anonymous.category == ""  # to be sorted
    assert [i.acknowledgement_id is not None for i in result.new] == [True, True, True, False]
    assert "no address to answer" in result.new[3].reason


def test_templates_per_category_and_language_and_their_text_stays_text(desk, people, as_person):
    replies = desk.service(CaseRepliesService)
    complaints = desk.service(CaseAdminService).save_category(
        "complaint", "投诉", "Complaint", complaint=True
    )
    replies.save_rule("subject", "complaint", complaints.id)
    replies.save_template(
        "acknowledgement",
        "Complaint {{ reference }} received",
        "Your complaint ({{ category }}) is {{ reference }}; first answer by {{ first_response_due }}.",
        language="en",
        category_id=complaints.id,
    )
    intake = desk.service(CaseIntakeService)
    result = intake.take_in(
        [
            IncomingMessage(
                "<c1@x>",
                "fp-c1",
                subject="A complaint {{ 7*7 }}",
                sender=Party("{{ 6*7 }}", "a@x.example"),
                text="Bad.",
            ),
            IncomingMessage(
                "<q1@x>",
                "fp-q1",
                subject="Question {% if 1 %}x{% endif %}",
                sender=Party("Bo", "b@x.example"),
            ),
        ]
    )
    complaint, question = result.new
    ack = _outgoing(desk, complaint.acknowledgement_id)
    # the subject already names the reference: it is not tagged twice
    assert str(ack["Subject"]) == f"Complaint {complaint.reference} received"
    assert ack.get_content().startswith(
        f"Your complaint (Complaint) is {complaint.reference}; first answer by 2026-03-16"
    )
    general = _outgoing(desk, question.acknowledgement_id)  # no template of its own: the built-in English
    assert str(general["Subject"]).endswith("We have received your message: Question {% if 1 %}x{% endif %}")
    assert "Dear Bo," in general.get_content()

    # a template that reaches into Python, or names what does not exist, is refused when saved
    with pytest.raises(ValidationError, match="may not do"):
        replies.save_template("acknowledgement", "{{ reference.__class__ }}", "x", language="en")
    with pytest.raises(ValidationError, match="unknown placeholder 'secret'"):
        replies.save_template("acknowledgement", "x", "{{ secret }}", language="en")
    as_person(people["officer"])
    with pytest.raises(PermissionDenied):
        replies.save_template("acknowledgement", "x", "y", language="en")


def test_canned_responses_an_answer_starts_from(desk, people):
    replies = desk.service(CaseRepliesService)
    billing = desk.service(CaseAdminService).save_category("billing", "账单", "Billing")
    replies.save_template(
        "canned",
        "发票 {{ reference }}",
        "您好，关于 {{ reference }}：发票将在三个工作日内寄出。",
        title="发票寄出",
        category_id=billing.id,
    )
    replies.save_template("canned", "", "感谢您的耐心等待。", title="致谢")
    case = desk.service(CaseService).create(Channel.MAILBOX, "发票", category=billing.id)
    offered = replies.canned_responses(billing.id)
    assert [t.title for t in offered] == ["发票寄出", "致谢"]
    assert [t.title for t in replies.canned_responses(None)] == ["致谢"]
    text = replies.start_reply(offered[0].id, case.id)
    assert text.subject == f"发票 {case.reference}" and case.reference in text.body
    with pytest.raises(ValidationError):
        replies.save_template("canned", "", "no title given")


def test_mail_from_the_desks_own_address_is_not_acknowledged(desk):
    [item] = (
        desk.service(CaseIntakeService)
        .take_in(
            [
                IncomingMessage(
                    "<own@x>", "fp-own", subject="转发：投诉", sender=Party("", "Press@example.org")
                )
            ]
        )
        .new
    )
    assert item.acknowledgement_id is None and "desk's own address" in item.reason


def test_the_desk_default_language_when_a_message_shows_none(desk):
    desk.service(CaseRepliesService).set_default_language("en")
    [item] = (
        desk.service(CaseIntakeService)
        .take_in(
            [IncomingMessage("<n1@x>", "fp-n1", subject="123", sender=Party("", "n@x.example"), text="!!!")]
        )
        .new
    )
    ack = _outgoing(desk, item.acknowledgement_id)
    assert "Dear Sir or Madam," in ack.get_content()


def test_a_message_another_desk_is_taking_in_or_a_stopped_intake_left_half_done(desk):
    """What an intake left behind when it stopped after making the case (its message not added,
    nothing acknowledged) is finished by a later intake: the same case, no second one, one
    acknowledgement; while it is fresh it counts as another desk's work and is left alone."""
    from datetime import timedelta

    from commdesk.persistence.repositories import case_replies as intake_log
    from commdesk.services.cases.intake import STALE_PENDING

    message = IncomingMessage(
        "<half@x>",
        "fp-half",
        subject="退款进度",
        sender=Party("刘洋", "liu@example.cn"),
        text="退款到哪一步了？",
    )
    made = desk.service(CaseService).create(Channel.MAILBOX, "退款进度", received_at=at(2026, 3, 13, 15, 0))
    with desk.unit_of_work() as uow:  # the state a stopped intake leaves: claimed, its case made
        intake_log.claim_intake(uow.session, fingerprint="fp-half", taken_at=desk.clock(), case_id=made.id)
    intake = desk.service(CaseIntakeService)
    assert [i.outcome.value for i in intake.take_in([message]).items] == ["duplicate"]  # fresh: not ours

    later = desk.clock() + STALE_PENDING + timedelta(minutes=1)
    desk.clock = lambda: later
    [item] = intake.take_in([message]).new
    assert item.case_id == made.id and item.acknowledgement_id is not None
    case = desk.service(CaseService).get(made.id)
    assert [e.body for e in case.entries if e.kind == "message_in"] == ["退款到哪一步了？"]
    assert len(desk.service(CaseService).list()) == 1
    assert len(desk.service(OutboxService).for_record("cases", made.id)) == 1
    assert intake.take_in([message]).duplicates  # finished now: a duplicate from here on


@pytest.mark.timezones
@pytest.mark.parametrize(
    "date, believed",
    [
        ("Wed, 11 Mar 2026 10:00:00 +0800", True),  # sat in the mailbox two days: the office had it then
        ("Mon, 01 Jan 2001 10:00:00 +0800", False),  # a sender's clock decades off
        ("Wed, 30 Sep 2026 16:00:00 +0800", False),  # in the future
        ("Sat, 10 Jan 2026 10:00:00 +0800", False),  # two months back: not believed
    ],
)
def test_a_message_date_decides_the_clocks_only_when_believable(desk, tmp_path, date, believed, process_tz):
    """Whoever writes the Date header must not decide that a case is born overdue (nor crash the
    intake with a date decades back), and the acknowledgement never promises a time already past."""
    path = tmp_path / "dated.eml"
    path.write_bytes(eml("刘洋 <liu@example.cn>", "咨询", "请问营业时间？", "<dated@example.cn>", date=date))
    [item] = desk.service(CaseIntakeService).take_in_files([path]).new
    case = desk.service(CaseService).get(item.case_id)
    taken_in = at(2026, 3, 13, 15, 5)
    assert case.received_at == (at(2026, 3, 11, 10, 0) if believed else taken_in)
    body = _outgoing(desk, item.acknowledgement_id).get_content()
    # believed: due Thursday 10:00, already past when taken in on Friday: one working day from now
    # instead; not believed: one working day from the intake, Monday 15:05 — in the future either way
    assert "2026-03-16 15:05 (Asia/Shanghai" in body

"""Announcements through the services on a real database (AN-1..4): refused unreviewed, then sent
to a subscription list with the unsubscribed and bounced left out, each copy with its own working
unsubscribe, the cap counted, and copies held when the announcement is edited after sending."""

from __future__ import annotations

from email import message_from_bytes, policy
from urllib.parse import unquote

import pytest
from tests.support.outbox import configure

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.review.workflow import State
from commdesk.core.staff.records import SubscriptionStatus
from commdesk.services.announcements import AnnouncementService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.review.gate import GateClosed
from commdesk.services.staff.service import StaffService


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff", cap_count=2, cap_days=7)
    members = {}
    for name, email in (
        ("王芳", "wang@example.org"),
        ("李明", "li@example.org"),
        ("赵六", "zhao@example.org"),
    ):
        m = staff.add_member(name, email, "办公室")
        staff.subscribe(m.id, lst.id)
        members[name] = m
    staff.unsubscribe(members["李明"].id, lst.id)
    staff.record_bounce("zhao@example.org")
    return lst, members


def approve(ctx, people, svc, a):
    ctx.current = lambda: people["officer"]
    svc.submit(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["reviewer"]
    status = svc.approve(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["officer"]
    return status


def test_an_important_announcement_is_refused_unreviewed_then_reaches_only_the_subscribed(
    ctx, people, desk, smtp_server
):
    lst, _members = desk
    ctx.current = lambda: people["officer"]
    svc = ctx.service(AnnouncementService)
    a = svc.create("办公室搬迁", "下周一起在新址办公。\n\n请提前整理物品。", "important", [lst.id])
    assert (a.owner_name, a.state, a.audience) == (people["officer"].name, State.DRAFT, "全员通知")
    for step in (lambda: svc.send(a.id), lambda: (svc.submit(a.id), svc.send(a.id))):
        with pytest.raises(GateClosed):
            step()
    assert ctx.service(OutboxService).for_record("announcements", a.id) == []

    ctx.current = lambda: people["officer"]
    with pytest.raises(PermissionDenied):  # the author never approves, nor an officer
        svc.approve(a.id)
    ctx.current = lambda: people["reviewer"]
    assert svc.approve(a.id).state is State.APPROVED
    ctx.current = lambda: people["officer"]
    preview = svc.audience_preview(a.id)
    assert [(p.name, p.recipients, p.left_out) for p in preview] == [("全员通知", 1, 2)]
    outcome = svc.send(a.id)
    assert outcome.queued == 1 and svc.get(a.id).state is State.SENT
    summary = ctx.service(OutboxService).send_pending()
    assert summary.sent == 1
    [got] = smtp_server.messages
    assert got.rcpt_tos == ["wang@example.org"]
    msg = message_from_bytes(got.data, policy=policy.default)
    assert msg["Subject"] == "【重要通知】-办公室搬迁"
    header = str(msg["List-Unsubscribe"])
    assert header.startswith("<mailto:") and "unsubscribe%20u" in header
    command = unquote(header[1:-1].split("?subject=", 1)[1])
    text = msg.get_body(("plain",)).get_content()
    assert "下周一起在新址办公" in text and command in text  # the unsubscribe lines under the text
    # the unsubscribe works from the mail itself: the intake hands over the subject of the mailto
    staff = ctx.service(StaffService)
    assert staff.process_mail(command).status is SubscriptionStatus.UNSUBSCRIBED
    assert staff.recipients(lst.id).recipients == ()


def test_an_edit_after_sending_holds_the_copies_not_yet_out_and_needs_a_new_review(ctx, people, desk):
    lst, _ = desk
    ctx.current = lambda: people["officer"]
    svc = ctx.service(AnnouncementService)
    a = svc.create("年会通知", "年会定于周五举行。", "normal", [lst.id])
    approve(ctx, people, svc, a)
    first = svc.send(a.id)
    outbox = ctx.service(OutboxService)
    [queued] = outbox.for_record("announcements", a.id)
    assert queued.status == "queued" and queued.subject.startswith("年会通知-")
    current = svc.get(a.id)
    edited = svc.save(a.id, current.version, "年会通知", "年会改在周六举行。", "normal", [lst.id])
    assert edited.state is State.IN_REVIEW
    [held] = outbox.for_record("announcements", a.id)
    assert held.status == "held" and held.held_reason == "review_changed" and "approved" in held.held_text
    assert outbox.send_pending().sent == 0
    with pytest.raises(GateClosed):
        svc.send(a.id)
    ctx.current = lambda: people["reviewer"]
    svc.approve(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["officer"]
    again = svc.send(a.id)
    assert again.cancelled == 1 and again.queued == 1 and again.message_ids != first.message_ids
    statuses = sorted(m.status for m in outbox.for_record("announcements", a.id))
    assert statuses == ["cancelled", "queued"]
    # sending again finds this text in the outbox: nothing doubled
    assert svc.send(a.id).already_queued
    assert len(outbox.for_record("announcements", a.id)) == 2


def test_the_frequency_cap_holds_back_who_had_enough_and_bad_input_is_refused_in_words(ctx, people, desk):
    lst, _ = desk
    ctx.current = lambda: people["officer"]
    svc = ctx.service(AnnouncementService)
    for n in range(2):
        a = svc.create(f"通知{n}", "内容", "normal", [lst.id])
        approve(ctx, people, svc, a)
        assert svc.send(a.id).queued == 1
    a = svc.create("第三条", "内容", "normal", [lst.id])
    approve(ctx, people, svc, a)
    with pytest.raises(ValidationError, match="frequency"):
        svc.send(a.id)
    assert svc.get(a.id).state is State.APPROVED
    with pytest.raises(ValidationError) as err:
        svc.create(" ", "", "normal", [])
    assert set(err.value.errors) == {"subject", "body", "audience"}
    with pytest.raises(ValidationError):
        svc.create("x", "y", "urgent", [lst.id])
    ctx.current = lambda: people["reviewer"]
    with pytest.raises(PermissionDenied):
        svc.create("x", "y", "normal", [lst.id])


def test_who_unsubscribes_or_bounces_after_the_send_gets_none_of_the_copies_still_waiting(
    ctx, people, desk, smtp_server
):
    """Never send to the unsubscribed: the unsubscribe in a copy still in the outbox (or a bounce, or
    an administrator's) cancels the copies waiting for that person, unless they still read another
    list of the same announcement."""
    lst, _members = desk
    system = ctx.current
    staff = ctx.service(StaffService)
    second = staff.save_list("品牌周报", "Brand weekly")
    qian = staff.add_member("钱七", "qian@example.org", "办公室")
    sun = staff.add_member("孙八", "sun@example.org", "办公室")
    zhou = staff.add_member("周九", "zhou@example.org", "办公室")
    for m in (qian, sun, zhou):
        staff.subscribe(m.id, lst.id)
    staff.subscribe(zhou.id, second.id)  # on both lists of the announcement
    ctx.current = lambda: people["officer"]
    svc = ctx.service(AnnouncementService)
    a = svc.create("年会安排", "年会定于周五晚举行。", "normal", [lst.id, second.id])
    approve(ctx, people, svc, a)
    outbox = ctx.service(OutboxService)
    assert svc.send(a.id).queued == 4  # 王芳, 钱七, 孙八, 周九 (once)
    copies = {m.recipients[0]: m.id for m in outbox.for_record("announcements", a.id)}

    # 钱七 unsubscribes with the mailto of the copy waiting for them
    ctx.current = system
    header = str(outbox.message(copies["qian@example.org"])["List-Unsubscribe"])
    command = unquote(header[1:-1].split("?subject=", 1)[1])
    assert staff.process_mail(command).status is SubscriptionStatus.UNSUBSCRIBED
    staff.record_bounce("sun@example.org")  # 孙八's mailbox bounced another mail
    staff.unsubscribe(zhou.id, lst.id)  # 周九 leaves one list, still reads the other

    states = {m.recipients[0]: m.status for m in outbox.for_record("announcements", a.id)}
    assert states == {
        "wang@example.org": "queued",
        "qian@example.org": "cancelled",
        "sun@example.org": "cancelled",
        "zhou@example.org": "queued",
    }
    assert outbox.send_pending().sent == 2
    assert sorted(m.rcpt_tos[0] for m in smtp_server.messages) == ["wang@example.org", "zhou@example.org"]


def test_the_unsubscribe_lines_are_in_the_announcements_language_not_the_senders(ctx, people, desk):
    """A Chinese notice sent from the English command line ended in English unsubscribe lines: the
    lines follow the announcement's language (as an event invitation's words do); the token the
    intake reads is the same in both."""
    lst, _members = desk
    svc, outbox = ctx.service(AnnouncementService), ctx.service(OutboxService)
    texts = {}
    for subject, body in (
        ("网络维护", "本周六 22:00 起内网维护。"),
        ("Network maintenance", "Saturday from 22:00."),
    ):
        ctx.current = lambda: people["officer"]
        a = svc.create(subject, body, "normal", [lst.id])
        approve(ctx, people, svc, a)
        [mid] = svc.send(a.id).message_ids
        message = outbox.message(mid)
        command = unquote(str(message["List-Unsubscribe"])[1:-1].split("?subject=", 1)[1])
        texts[subject] = (message.get_body(("plain",)).get_content(), command)
    zh, zh_command = texts["网络维护"]
    assert "您作为订阅列表“全员通知”的成员收到本邮件" in zh and "如需退订" in zh and zh_command in zh
    assert "subscriber" not in zh
    en, en_command = texts["Network maintenance"]
    assert "You receive this as a subscriber of the list “全员通知”" in en and en_command in en
    assert "退订" not in en

"""The outbox against a real SMTP server (STARTTLS + AUTH on 127.0.0.1): queue, send, fail, retry,
resume after an outage or a crash without sending anything twice."""

from __future__ import annotations

import datetime as dt
import threading
from collections import Counter

import pytest
from tests.support.outbox import configure, recipients, release_draft
from tests.support.smtp import PASSWORD, USER

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.mail.compose import Delivery, Draft
from commdesk.core.mail.transport import MailError
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import (
    CANCELLED,
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    NeedsOverride,
    OutboxService,
)


class Clock:
    def __init__(self, ctx):
        self.now = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)
        ctx.clock = lambda: self.now

    def advance(self, **kw):
        self.now += dt.timedelta(**kw)


@pytest.fixture
def clock(ctx):
    return Clock(ctx)


def ids_received(server):
    return Counter(m.message["Message-ID"] for m in server.messages)


def test_queue_then_send_personalised_over_starttls(ctx, people, smtp_server, tmp_path, clock):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(3), "contacts", 7)
    items = [outbox.get(i) for i in ids]
    assert [i.status for i in items] == [QUEUED] * 3
    assert [i.recipients for i in items] == [("r0@example.org",), ("r1@example.org",), ("r2@example.org",)]
    assert [i.recipient_keys for i in items] == [(100,), (101,), (102,)]
    assert len({i.message_id for i in items}) == 3
    seen = []
    summary = outbox.send_pending(lambda done, total: seen.append((done, total)))
    assert (summary.sent, summary.failed, summary.remaining) == (3, 0, 0)
    assert seen[-1] == (3, 3)
    assert [m.login for m in smtp_server.messages] == [USER] * 3
    for got, item in zip(smtp_server.messages, items, strict=False):
        msg = got.message
        assert got.rcpt_tos == list(item.recipients)
        assert msg["Message-ID"] == item.message_id
        assert msg["To"].addresses[0].addr_spec == item.recipients[0] and msg["Cc"] is None
        assert msg.get_body(("plain",)).get_content().startswith("尊敬的")
        [att] = list(msg.iter_attachments())
        assert att.get_content() == b"%PDF-1.4 release"
    sent = outbox.for_record("contacts", 7)
    assert {i.status for i in sent} == {SENT} and all(i.server_reply.startswith("250") for i in sent)
    assert all(i.sent_at == clock.now for i in sent)
    assert outbox.counts()[SENT] == 3 and outbox.for_record("contacts", 8) == []


def test_bcc_send_reaches_everyone_without_showing_them(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path)
    [_mid] = outbox.queue(
        Draft("【行政部】办公室搬迁-20261201", "各位：下周一起在新址办公。", recipients(4), Delivery.BCC)
    )  # (an 【重要通知】 is an announcement's, reviewed first: tests/services/test_announcements_paths.py)
    outbox.send_pending()
    [got] = smtp_server.messages
    assert sorted(got.rcpt_tos) == sorted(["officer@example.org"] + [f"r{i}@example.org" for i in range(4)])
    assert b"r1@example.org" not in got.data and got.message["Bcc"] is None


def test_vague_subject_needs_a_reason_that_lands_in_the_audit_log(ctx, people, smtp_server, tmp_path):
    from commdesk.services.audit import AuditService

    outbox = configure(ctx, smtp_server, tmp_path)
    draft = Draft("咨询", "想问一下发布会的时间。", recipients(1), Delivery.DIRECT)
    with pytest.raises(NeedsOverride) as raised:
        outbox.queue(draft)
    assert raised.value.findings[0].rule == "EM-1"
    [mid] = outbox.queue(draft, override="对方要求用这个主题")
    history = ctx.service(AuditService).history("mail_outbox", mid)
    assert any(e.action == "override" and "对方要求用这个主题" in (e.note or "") for e in history)


def test_server_down_mid_batch_then_back_sends_the_rest_once(ctx, people, smtp_server, tmp_path, clock):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(6), "contacts", 1)

    def progress(done, total):
        if done == 2 and smtp_server.running:
            smtp_server.stop()  # the server goes away after two messages

    first = outbox.send_pending(progress)
    assert first.sent == 2 and first.failed == first.retrying == 0 and first.remaining == 4
    assert "127.0.0.1" in first.stopped_reason
    assert {outbox.get(i).status for i in ids[2:]} == {QUEUED}  # never handed over: still queued
    assert outbox.get(ids[2]).attempts == 0

    smtp_server.start()  # back on the same port
    again = outbox.send_pending()
    assert again.sent == 4 and again.remaining == 0
    assert ids_received(smtp_server) == Counter({outbox.get(i).message_id: 1 for i in ids})
    assert {outbox.get(i).status for i in ids} == {SENT}
    assert outbox.send_pending().total == 0


def test_crash_after_handing_over_is_never_resent_automatically(
    ctx, people, smtp_server, tmp_path, clock, monkeypatch
):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(3))
    real = OutboxService._mark_sent

    def crash_on_second(self, message_id, result):
        if message_id == ids[1]:
            raise SystemExit("power cut")  # the server has the message; commdesk never hears back
        return real(self, message_id, result)

    monkeypatch.setattr(OutboxService, "_mark_sent", crash_on_second)
    with pytest.raises(SystemExit):
        outbox.send_pending()
    monkeypatch.setattr(OutboxService, "_mark_sent", real)
    assert outbox.get(ids[1]).status == SENDING

    resumed = outbox.send_pending()  # soon after the restart: the "sending" one is left alone
    assert resumed.sent == 1 and outbox.get(ids[1]).status == SENDING
    clock.advance(minutes=10)
    later = outbox.send_pending()
    assert later.uncertain == 1 and later.sent == 0
    item = outbox.get(ids[1])
    assert item.status == FAILED and item.uncertain and not item.retrying
    assert ids_received(smtp_server) == Counter({outbox.get(i).message_id: 1 for i in ids})
    with pytest.raises(ValidationError):
        outbox.retry([ids[1]])  # the user must say they checked
    outbox.confirm_delivered(ids[1])
    assert outbox.get(ids[1]).status == SENT and outbox.failures() == 0


def test_uncertain_message_can_be_resent_when_the_user_confirms(
    ctx, people, smtp_server, tmp_path, clock, monkeypatch
):
    outbox = configure(ctx, smtp_server, tmp_path)
    [mid] = outbox.queue(release_draft(1))
    monkeypatch.setattr(OutboxService, "_mark_sent", lambda *a: (_ for _ in ()).throw(SystemExit()))
    with pytest.raises(SystemExit):
        outbox.send_pending()
    monkeypatch.undo()
    clock.advance(minutes=6)
    assert outbox.recover_interrupted() == 1
    assert outbox.retry([mid], resend_uncertain=True) == 1
    outbox.send_pending()
    assert len(smtp_server.messages) == 2 and len(set(ids_received(smtp_server))) == 1  # same Message-ID


def test_temporary_refusal_retries_with_back_off_permanent_waits_for_the_user(
    ctx, people, smtp_server, tmp_path, clock
):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(3))
    smtp_server.fail_next(451, "4.3.0 Mailbox busy")
    smtp_server.fail_next(554, "5.7.1 Message rejected as spam")
    summary = outbox.send_pending()
    assert (summary.sent, summary.retrying, summary.failed) == (1, 1, 1)
    busy, spam = outbox.get(ids[0]), outbox.get(ids[1])
    assert busy.retrying and "451" in busy.last_error
    assert spam.status == FAILED and not spam.retrying and "5.7.1 Message rejected as spam" in spam.last_error
    assert outbox.failures() == 2
    smtp_server.fail_next(451, "4.3.0 Mailbox busy")
    clock.advance(minutes=1)
    outbox.send_pending()
    busy = outbox.get(ids[0])
    assert busy.attempts == 2 and busy.next_attempt_at == clock.now + dt.timedelta(minutes=5)
    clock.advance(minutes=5)
    outbox.send_pending()
    assert outbox.get(ids[0]).status == SENT
    assert outbox.retry([ids[1]]) == 1 and outbox.get(ids[1]).status == QUEUED  # retry now
    outbox.send_pending()
    assert outbox.get(ids[1]).status == SENT and outbox.failures() == 0


def test_cancel_and_what_cannot_be_cancelled(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(3))
    assert outbox.cancel([ids[0]]) == 1
    outbox.send_pending()
    assert outbox.cancel([ids[1]]) == 0  # already sent
    assert outbox.get(ids[0]).status == CANCELLED and len(smtp_server.messages) == 2
    assert [i.id for i in outbox.list(CANCELLED)] == [ids[0]]
    with pytest.raises(ValidationError):
        outbox.list("lost")


def test_cancel_during_batch_and_pause(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(4))
    cancel, pause = threading.Event(), threading.Event()
    paused = []

    def fake_sleep(seconds, cancel_event):
        paused.append(seconds)
        if len(paused) == 3:
            pause.clear()

    outbox.sleep = fake_sleep

    def progress(done, total):
        if done == 1:
            pause.set()
        if done == 3:
            cancel.set()

    summary = outbox.send_pending(progress, cancel, pause)
    assert len(paused) == 3 and summary.sent == 3 and summary.cancelled and summary.remaining == 1
    assert outbox.get(ids[3]).status == QUEUED


def test_rate_limit_is_respected(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path, per_minute=2)
    outbox.queue(release_draft(5))
    t = [1000.0]
    sent_at = []
    outbox.monotonic = lambda: t[0]
    outbox.sleep = lambda seconds, cancel: t.__setitem__(0, t[0] + seconds)
    real_send = outbox.transport_factory

    class Recording(real_send):
        def send(self, msg):
            sent_at.append(t[0])
            return super().send(msg)

    outbox.transport_factory = Recording
    assert outbox.send_pending().sent == 5
    for i in range(2, 5):
        assert sent_at[i] - sent_at[i - 2] >= 60.0  # never more than 2 in any minute


def test_wrong_password_stops_after_one_login_and_keeps_everything_queued(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path, password="wrong")
    ids = outbox.queue(release_draft(3))
    summary = outbox.send_pending()
    assert summary.failed == 0 and summary.remaining == 3 and "password" in summary.stopped_reason
    assert {outbox.get(i).status for i in ids} == {QUEUED} and smtp_server.messages == []
    ctx.service(MailAccountService).set_password(PASSWORD)
    assert outbox.send_pending().sent == 3


def test_no_password_says_how_to_set_it(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path, password=None)
    outbox.queue(release_draft(1))
    with pytest.raises(MailError, match="set-password"):
        outbox.send_pending()


def test_follow_up_listed_until_confirmed(ctx, people, smtp_server, tmp_path):
    outbox = configure(ctx, smtp_server, tmp_path)
    ids = outbox.queue(release_draft(2), follow_up_by=dt.date(2026, 12, 5))
    [other] = outbox.queue(
        Draft("【品牌传播部】采访确认-20261201", "请确认采访时间。", recipients(1), Delivery.DIRECT)
    )
    outbox.set_follow_up(other, dt.date(2026, 12, 3))
    assert [i.id for i in outbox.follow_ups()] == [other, *sorted(ids)] or [
        i.follow_up_by for i in outbox.follow_ups()
    ] == [dt.date(2026, 12, 3)] + [dt.date(2026, 12, 5)] * 2
    outbox.confirm_follow_up(other)
    assert other not in [i.id for i in outbox.follow_ups()] and len(outbox.follow_ups()) == 2


def test_reviewer_may_not_send(ctx, people, smtp_server, tmp_path, as_person):
    outbox = configure(ctx, smtp_server, tmp_path)
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        outbox.queue(release_draft(1))


def test_eml_without_an_account(ctx, people, tmp_path):
    from email import message_from_bytes, policy

    outbox = ctx.service(OutboxService)
    paths = outbox.save_as_eml(release_draft(2), tmp_path)
    assert [p.suffix for p in paths] == [".eml", ".eml"]
    msg = message_from_bytes(paths[0].read_bytes(), policy=policy.default)
    assert msg["X-Unsent"] == "1" and msg["From"].addresses[0].addr_spec == "chen@example.org"
    assert msg["To"].addresses[0].addr_spec == "r0@example.org"
    with pytest.raises(MailError, match="eml"):
        outbox.queue(release_draft(1))

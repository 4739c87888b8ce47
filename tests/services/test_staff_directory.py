"""The staff directory and its subscription lists through the services, on a real database:
double opt-in through the outbox, unsubscribing from the mail itself with a token (forged ones
refused), bounces, the recipients an announcement goes to (never the unsubscribed, bounced or
pending; the frequency cap), the list-hygiene report and who may do what."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from urllib.parse import unquote

import pytest
from tests.support.outbox import configure

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.staff.records import SubscriptionHow, SubscriptionStatus
from commdesk.services.audit import AuditService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.staff.service import StaffService


@pytest.fixture
def staff(ctx, people, smtp_server, tmp_path):
    configure(ctx, smtp_server, tmp_path)
    return ctx.service(StaffService)


def _token_of(header: str) -> str:
    """The subject of a ``List-Unsubscribe: <mailto:...?subject=...>`` header, decoded."""
    assert header.startswith("<mailto:") and header.endswith(">")
    return unquote(header[1:-1].split("?subject=", 1)[1])


def test_recipients_are_only_subscribed_active_members_each_with_a_working_unsubscribe(staff, ctx):
    news = staff.save_list("全员通知", "All staff")
    wang = staff.add_member("王芳", "Wang.Fang@Example.org", "市场部", "13912345678")
    li = staff.add_member("李明", "li.ming@example.org", "人事部")
    zhao = staff.add_member("赵六", "zhao@example.org")
    gone = staff.add_member("孙七", "sun@example.org")
    for m in (wang, li, zhao, gone):
        staff.subscribe(m.id, news.id)
    staff.unsubscribe(li.id, news.id)
    assert staff.record_bounce("ZHAO@example.org") == 1
    staff.set_active(gone.id, False)

    result = staff.recipients(news.id)
    assert [r.email for r in result.recipients] == ["Wang.Fang@example.org"]
    assert staff.member(wang.id).phone == "+8613912345678"
    header = result.recipients[0].headers["List-Unsubscribe"]
    assert header.startswith("<mailto:press@example.org?subject=unsubscribe%20u")
    assert "List-Unsubscribe-Post" not in result.recipients[0].headers  # mailto only (RFC 8058)

    # the member's mail program sends the mailto's message; the intake hands its subject over
    outcome = staff.process_unsubscribe(_token_of(header))
    assert outcome.changed and outcome.status is SubscriptionStatus.UNSUBSCRIBED
    assert staff.recipients(news.id).recipients == ()
    member = staff.member("wang.fang@example.org")
    assert member.subscriptions[0].how is SubscriptionHow.SELF
    assert member.last_active_at is not None
    again = staff.process_unsubscribe(_token_of(header))
    assert not again.changed and "Already" in again.reason


def test_forged_and_unknown_tokens_change_nothing(staff):
    news = staff.save_list("全员通知", "All staff")
    wang = staff.add_member("王芳", "wang@example.org")
    li = staff.add_member("李明", "li@example.org")
    sub_wang = staff.subscribe(wang.id, news.id)
    staff.subscribe(li.id, news.id)
    real = _token_of(staff.unsubscribe_headers(sub_wang.id)["List-Unsubscribe"])
    number, mac = real.split(" ")[1].split("-")
    forged = [
        f"unsubscribe {number}-{'a' * 32}",  # right subscription, made-up MAC
        f"unsubscribe u{sub_wang.id + 1}-{mac}",  # Wang's MAC on Li's subscription
        f"unsubscribe u99999-{mac}",  # no such subscription
        f"unsubscribe c{number[1:]}-{mac}",  # the unsubscribe MAC as a confirmation
        "unsubscribe me please",
    ]
    for text in forged:
        outcome = staff.process_mail(text)
        assert not outcome.changed, text
        assert outcome.reason
    assert {r.email for r in staff.recipients(news.id).recipients} == {"wang@example.org", "li@example.org"}
    # a renewed subscription has a new nonce: a token from before it no longer works
    staff.unsubscribe(wang.id, news.id)
    staff.subscribe(wang.id, news.id, resubscribe=True)
    assert not staff.process_mail(f"Re: {real}").changed


def test_double_opt_in_waits_for_the_members_confirmation_by_mail(staff, ctx):
    board = staff.save_list("董事会简报", "Board briefing", double_opt_in=True)
    wang = staff.add_member("王芳", "wang@example.org")
    sub = staff.subscribe(wang.id, board.id)
    assert sub.status is SubscriptionStatus.PENDING
    assert staff.recipients(board.id).recipients == ()  # pending people get nothing

    outbox = ctx.service(OutboxService)
    [item] = outbox.for_record("staff_subscriptions", sub.id)
    message = message_from_bytes(outbox.message(item.id).as_bytes(), policy=policy.default)
    assert message["To"].endswith("<wang@example.org>")
    assert message["Reply-To"] == "press@example.org"
    subject = str(message["Subject"])
    assert "confirm c" in subject
    # a reply keeps the subject ("Re: ..."): the intake hands it over
    assert not staff.process_unsubscribe("Re: " + subject).changed  # a confirmation is no unsubscribe
    outcome = staff.process_mail("Re: " + subject, "")
    assert outcome.changed and outcome.status is SubscriptionStatus.SUBSCRIBED
    assert [r.email for r in staff.recipients(board.id).recipients] == ["wang@example.org"]
    assert not staff.process_mail("Re: " + subject).changed  # spent


def test_the_frequency_cap_holds_back_who_had_enough_from_the_list(staff, ctx):
    weekly = staff.save_list("周报", "Weekly", cap_count=2, cap_days=7)
    a = staff.add_member("甲", "a@example.org")
    b = staff.add_member("乙", "b@example.org")
    for m in (a, b):
        staff.subscribe(m.id, weekly.id)
    start = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    ctx.clock = lambda: start
    staff.record_sent(weekly.id, [a.id, b.id], "announcement 1")
    ctx.clock = lambda: start + timedelta(days=1)
    staff.record_sent(weekly.id, [a.id], "announcement 2")
    capped = staff.recipients(weekly.id)
    assert [r.email for r in capped.recipients] == ["b@example.org"]
    assert capped.capped == (a.id,)
    ctx.clock = lambda: start + timedelta(days=7, hours=1)  # the first mail left the period
    assert {r.email for r in staff.recipients(weekly.id).recipients} == {"a@example.org", "b@example.org"}


def test_hygiene_names_bounced_and_long_inactive_addresses(staff, ctx, tmp_path):
    news = staff.save_list("全员通知", "All staff")
    start = datetime(2025, 1, 10, 2, 0, tzinfo=UTC)
    ctx.clock = lambda: start
    old = staff.add_member("老张", "old@example.org")
    bounce = staff.add_member("退信", "bounce@example.org")
    for m in (old, bounce):
        staff.subscribe(m.id, news.id)
    ctx.clock = lambda: start + timedelta(days=200)
    fresh = staff.add_member("新人", "fresh@example.org")
    staff.subscribe(fresh.id, news.id)
    staff.record_bounce("bounce@example.org")
    ctx.clock = lambda: start + timedelta(days=400)
    report = staff.hygiene()
    assert report.inactive_months == 12
    assert [line.email for line in report.bounced] == ["bounce@example.org"]
    assert [line.email for line in report.inactive] == ["old@example.org"]
    assert staff.note_activity("old@example.org")
    assert staff.hygiene().inactive == ()
    staff.set_inactive_months(6)
    ctx.clock = lambda: start + timedelta(days=400 + 190)
    assert {line.email for line in staff.hygiene().inactive} == {"old@example.org", "fresh@example.org"}

    path = tmp_path / "hygiene.csv"
    staff.export_hygiene(path, encoding="gb18030")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("gb18030"))))
    assert rows[0][:3] == ["Problem", "Name", "E-mail"]
    assert {(r[1], r[2]) for r in rows[1:]} == {
        ("退信", "bounce@example.org"),
        ("老张", "old@example.org"),
        ("新人", "fresh@example.org"),
    }
    assert path.stat().st_mode & 0o077 == 0


def test_administrators_keep_the_directory_officers_read_it(staff, ctx, people, as_person):
    news = staff.save_list("全员通知", "All staff")
    wang = staff.add_member("王芳", "wang@example.org")
    with pytest.raises(ValidationError):
        staff.add_member("王芳", "WANG@example.org")  # the same address, whatever its case
    as_person(people["officer"])
    assert [m.email for m in staff.members()] == ["wang@example.org"]
    assert [lst.name_zh for lst in staff.lists()] == ["全员通知"]
    for attempt in (
        lambda: staff.add_member("李明", "li@example.org"),
        lambda: staff.subscribe(wang.id, news.id),
        lambda: staff.save_list("周报", "Weekly"),
        lambda: staff.set_active(wang.id, False),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        staff.members()


def test_personal_fields_stay_out_of_the_audit_values(staff, ctx):
    wang = staff.add_member("王芳", "wang@example.org", phone="13912345678")
    entries = ctx.service(AuditService).history("staff_members", wang.id)
    text = repr(entries)
    assert "王芳" in text
    assert "wang@example.org" not in text and "13912345678" not in text


def test_an_officer_running_the_intake_and_the_sender_records_what_mail_says(staff, people, as_person):
    news = staff.save_list("全员通知", "All staff", cap_count=5, cap_days=7)
    board = staff.save_list("董事会简报", "Board briefing", double_opt_in=True)
    wang = staff.add_member("王芳", "wang@example.org")
    li = staff.add_member("李明", "li@example.org")
    for m in (wang, li):
        staff.subscribe(m.id, news.id)
    pending = staff.subscribe(wang.id, board.id)
    header = staff.unsubscribe_headers(
        next(s.id for s in staff.member(li.id).subscriptions if s.list_id == news.id)
    )["List-Unsubscribe"]
    as_person(people["officer"])
    assert staff.process_unsubscribe(_token_of(header)).changed
    assert staff.record_bounce("wang@example.org") == 2  # the live one and the pending one
    assert staff.note_activity("li@example.org")
    assert staff.recipients(news.id).recipients == ()
    assert not staff.process_mail(f"Re: confirm c{pending.id}-{'a' * 32}").changed
    as_person(people["admin"])
    carol = staff.add_member("Carol", "carol@example.org")
    staff.subscribe(carol.id, news.id)
    as_person(people["officer"])
    result = staff.recipients(news.id)
    assert [r.email for r in result.recipients] == ["carol@example.org"]
    staff.record_sent(news.id, [r.member_id for r in result.recipients], "announcement 1")

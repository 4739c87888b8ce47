"""AN-4: an important notice (【重要通知】) to staff leaves only as a reviewed announcement, by every
path: queueing a plain mail, saving it as .eml, a message already in the outbox (claimed, exported).
EM-1's 【重要通知】 subject stays open for mail to people outside the staff directory."""

from __future__ import annotations

import json
import uuid

import pytest
from tests.support.outbox import configure, recipients

from commdesk.core.errors import ValidationError
from commdesk.core.mail.compose import Delivery, Draft
from commdesk.persistence.models.mail import OutboxMessageRow
from commdesk.services.mail.outbox import HELD, HOLD_UNREVIEWED_NOTICE
from commdesk.services.staff.service import StaffService

NOTICE = "【重要通知】-办公室搬迁"
#: every way people frame the mark: other brackets, full or half width, spaces inside
VARIANTS = [
    NOTICE,
    "[重要通知]-办公室搬迁",
    "［重要通知］-办公室搬迁",
    "〖重要通知〗-办公室搬迁",
    "【 重要通知 】-办公室搬迁",
    "［ 重要 通知 ］办公室搬迁",
    "〔重要通知〕办公室搬迁",
    "Re: 〖重要\u200b通知〗-停电",  # a zero-width space between the words
]


def queue_by_hand(ctx, subject: str, to: str) -> int:
    """A plain mail written into the outbox table directly (queued before the rule, or by hand)."""
    now = ctx.clock()
    with ctx.unit_of_work() as uow:
        row = OutboxMessageRow(
            batch="b",
            kind="mail",
            status="queued",
            subject=subject,
            sender="press@example.org",
            recipients=json.dumps([to]),
            recipient_keys="[]",
            message_id=f"<{uuid.uuid4().hex}@example.org>",
            raw=b"Subject: x\r\n\r\nhello\r\n",
            size=20,
            attempts=0,
            uncertain=False,
            queued_by="x",
            created_at=now,
            updated_at=now,
        )
        uow.session.add(row)
        uow.session.flush()
        return row.id


@pytest.fixture
def outbox(ctx, people, smtp_server, tmp_path):
    staff = ctx.service(StaffService)
    for r in recipients(3)[1:]:  # r1, r2 are staff; r0 is a journalist
        staff.add_member(r.name, r.address)
    staff.add_member("王芳", "wang@example.org")
    return configure(ctx, smtp_server, tmp_path)


@pytest.mark.parametrize(
    "subject", [*VARIANTS, "【重要通知】办公室搬迁", "Re: 【重要 通知】-停电", "关于【重要通知】"]
)
@pytest.mark.parametrize("delivery", list(Delivery))
def test_a_plain_mail_presenting_itself_as_an_important_notice_is_refused(
    outbox, subject, delivery, tmp_path
):
    draft = Draft(subject, "下周一起在新址办公。", recipients(3), delivery)
    with pytest.raises(ValidationError, match="Announcements"):
        outbox.queue(draft)
    with pytest.raises(ValidationError, match="Announcements"):
        outbox.queue(draft, kind="invitation")  # a meeting's mail is not reviewed either
    with pytest.raises(ValidationError, match="Announcements"):
        outbox.save_as_eml(draft, tmp_path)
    assert outbox.list() == [] and list(tmp_path.glob("*.eml")) == []


@pytest.mark.parametrize("subject", VARIANTS)
def test_an_important_notice_already_in_the_outbox_is_held_never_sent_nor_exported(
    ctx, outbox, smtp_server, tmp_path, subject
):
    """A message queued before this rule (or written into the table by hand) is caught when it is
    claimed and when it is exported."""
    mid = queue_by_hand(ctx, subject, "wang@example.org")
    with pytest.raises(ValidationError, match="approved by a reviewer"):
        outbox.export_eml([mid], tmp_path)
    outbox.send_pending()
    assert smtp_server.messages == []
    item = outbox.get(mid)
    assert item.status == HELD and item.held_reason == HOLD_UNREVIEWED_NOTICE
    assert "Announcements" in item.held_text


def test_staff_confirmations_and_ordinary_mail_still_go(outbox):
    [mid] = outbox.queue(
        Draft("【行政部】办公室搬迁-20261201", "各位：下周搬迁。", recipients(2), Delivery.BCC)
    )
    assert outbox.get(mid).status == "queued"


@pytest.mark.parametrize("subject", ["关于重要通知的说明", "【重要】通知-停电", "【通知】重要事项"])
def test_a_subject_that_only_mentions_an_important_notice_goes_as_plain_mail(outbox, subject):
    [mid] = outbox.queue(Draft(subject, "各位：下周停电。", recipients(2), Delivery.BCC))
    assert outbox.get(mid).status == "queued"


@pytest.mark.parametrize("subject", VARIANTS[1:4])
def test_an_important_notice_in_any_brackets_to_people_outside_stays_open(outbox, subject):
    """EM-1's important notice to a journalist (not in the staff directory) is no AN-4 matter."""
    [mid] = outbox.queue(Draft(subject, "发布会改期。", recipients(1), Delivery.BCC))
    assert outbox.get(mid).status == "queued"
